"""A keyword asked as a short question and answered no in the next sentence ("Follow-up? Not
really my thing", "Uppföljning? Nä", "ఫాలో అప్? లేదు") is denied, in each language; answered
yes, or followed by a "not" that is no answer, it still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Follow-up? Not really my thing.", "follow-up"),
    ("en_cs", "Going above and beyond? Nah, I just do the job.", "exceeding-expectations"),
    ("sv_cs", "Uppföljning? Nä, inte direkt min grej.", "follow-up"),
    ("te_cs", "ఫాలో అప్? లేదు, అది నా పని కాదు.", "follow-up"),
])
def test_a_question_answered_no_is_denied(request: pytest.FixtureRequest, pack_name: str, text: str,
                                          cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Follow-up? Always, I ring everyone a week later.", "follow-up"),
    ("en_cs", "I always follow up. Not because I have to, but because I care.", "follow-up"),
    ("sv_cs", "Uppföljning? Alltid, jag ringer alla en vecka senare.", "follow-up"),
])
def test_answered_yes_or_no_question_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                 text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)
