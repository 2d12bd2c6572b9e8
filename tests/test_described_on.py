"""A describing word set between commas after "was" goes on describing the same subject, so the
clause after it still shares that subject ("Their agent was brilliant, really patient, explained
the claim process clearly and followed up by email"): someone else's deeds; the candidate
describing themselves the same way keeps their own."""

from __future__ import annotations

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
