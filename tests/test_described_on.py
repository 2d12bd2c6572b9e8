"""A describing word set between commas after "was" goes on describing the same subject, so the
clause after it still shares that subject ("Their agent was brilliant, really patient, explained
the claim process clearly and followed up by email"): someone else's deeds; the candidate
describing themselves the same way keeps their own. So does a short phrase with no subject or
verb of its own after a comma ("My old manager explained the booking system clearly, step by
step")."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


def test_a_describing_word_between_commas_keeps_someone_elses_subject(hotel: Pack) -> None:
    text = ("Their agent was brilliant, really patient, explained the claim process clearly and "
            "followed up by email every day until it turned up.")
    assert_set_aside(hotel, text, "follow-up", "subject")
    assert_set_aside(hotel, text, "clear-explanation", "subject")


def test_the_candidate_described_the_same_way_keeps_their_own(hotel: Pack) -> None:
    text = "I was calm, really patient, explained the charge clearly and followed up by email."
    assert {"follow-up", "clear-explanation"} <= earned(hotel, text)


@pytest.mark.parametrize("text", [
    "My old manager explained the new booking system really clearly, step by step.",
    "My manager explained the new system clearly, in plain words.",
])
def test_a_short_phrase_after_a_comma_goes_on_from_someone_elses_clause(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "communication", "subject")


@pytest.mark.parametrize("text", [
    "I explained the new booking system really clearly, step by step.",
    "She was upset, so I explained it all, step by step.",
])
def test_the_candidates_own_clause_with_a_short_phrase_still_earns(en_cs: Pack, text: str) -> None:
    assert "communication" in earned(en_cs, text)
