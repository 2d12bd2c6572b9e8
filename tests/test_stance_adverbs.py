"""A stance adverb ("honestly", "frankly") set in mid-statement is talk to the interviewer, not a
claim: after a form of "be" ("it was honestly the busiest night") or closing a clause that says what
something is ("I'm really flexible honestly"). With a verb of saying it is the claim the rubric
looks for ("I'd tell them honestly it'll be four")."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "It was honestly the busiest night we've had at the hotel.",
    "I'm really flexible honestly, I can do earlies, lates and weekends.",
    "Working nights was honestly hard at first, but I got used to it.",
    "I love a personal touch, and it's honestly why I applied for hospitality.",
    "That's honestly the best part of the job for me.",
])
def test_a_stance_adverb_in_mid_statement_is_a_marker(hotel: Pack, text: str) -> None:
    assert "honesty" not in earned(hotel, text)


def test_the_marker_is_named_as_an_idiom(hotel: Pack) -> None:
    assert_set_aside(hotel, "The breakfast there was honestly the best I've had.", "honesty", "idiom")


@pytest.mark.parametrize("text", [
    "I'd tell them honestly that four o'clock isn't something I can do.",
    "I was honest with him about the wait.",
    "I answered honestly.",
    "If they ask, I'll tell them honestly that it's not possible.",
])
def test_honesty_said_to_the_guest_still_earns(hotel: Pack, text: str) -> None:
    assert "honesty" in earned(hotel, text)
