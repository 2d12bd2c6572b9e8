"""Negation in shapes a learner or a hurried speaker uses: a topic set off before its clause
("Empathy, I don't have so much", "Following up – not my thing"), "zero" as a negation ("Zero
follow-up", "I have zero patience"), "not so good in" (a degree "so" is no conjunction), and a
subordinate clause with its own subject, which a negation before it does not reach ("We got no
complaints after I started following up"; but "not a day when I don't…" still does)."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("text", "cid"), [
    ("Empathy, I don't have so much.", "empathy"),
    ("Following up – not my thing, honestly.", "follow-up"),
    ("Zero follow-up, I just move to the next customer.", "follow-up"),
    ("I have zero patience for rude customers.", "respect"),
    ("Patience I have zero.", "respect"),
    ("I am not so good in empathy with angry people.", "empathy"),
])
def test_these_shapes_negate(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize("text", [
    "We got no complaints after I started following up.",
    "We had zero complaints once I started following up with customers.",
    "There's not a day when I don't follow up.",
    "Following up, I always do it the next day.",
    "I wasn't busy so I followed up with her.",
])
def test_these_still_earn(en_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Noll uppföljning, jag tar bara nästa kund.", "follow-up"),
    ("Jag drar mig för att följa upp med kunder.", "follow-up"),
])
def test_swedish_these_shapes_negate(sv_cs: Pack, text: str, cid: str) -> None:
    found = detect(sv_cs, text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize("text", [
    "Vi fick inga klagomål efter att jag började följa upp.",
    "Vi fick noll klagomål efter att jag började följa upp.",
    "Det finns ingen dag då jag inte följer upp.",
])
def test_swedish_these_still_earn(sv_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(sv_cs, text)


@pytest.mark.parametrize("text", [
    "I've yet to follow up with a customer.",
    "I rarely, if ever, follow up with customers.",
    "Follow up? Only if my manager makes me.",
    "Honestly the follow-up side of things passes me by.",
])
def test_not_yet_hardly_ever_only_if_and_unnoticed_deny(en_cs: Pack, text: str) -> None:
    found = detect(en_cs, text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize("text", [
    "Follow up? Always, it's the first thing I do.",
    "If ever I'm unsure, I follow up with the customer.",
    "Following up with customers never slips my mind.",
])
def test_these_near_misses_still_earn(en_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(en_cs, text)
