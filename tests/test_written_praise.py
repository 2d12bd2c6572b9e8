"""Praise someone else wrote or said, with where they said it between the verb and its "that"
("In my appraisal my manager wrote that I always go the extra mile", "She wrote on the feedback
card that I'd gone above and beyond"), is hearsay; what the candidate wrote or told someone is
their own."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text, cid", [
    ("In my last appraisal my manager wrote that I always go the extra mile.", "exceeding-expectations"),
    ("She wrote on the feedback card that I'd gone above and beyond.", "exceeding-expectations"),
    ("My manager said in my appraisal that I always follow up with customers.", "follow-up"),
])
def test_praise_written_or_said_by_others_is_hearsay(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "hearsay")


@pytest.mark.parametrize("text, cid", [
    ("I told her in plain words that I'd ring her back the next day to follow up.", "follow-up"),
    ("I wrote to him that evening to follow up on the refund.", "follow-up"),
])
def test_what_the_candidate_wrote_or_said_is_their_own(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
