"""The problem going to someone at work ("a complaint or a refund goes straight to whoever's
supervising", "återbetalningar går direkt till chefen") or left to them ("I'd leave them to sort it
out") is handed off, for a criterion marked `ownership`; the candidate going somewhere, or what
goes to the one served, is not."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "Anything awkward, a complaint or a refund, goes straight to whoever's supervising that day.",
    "Refunds go to the duty manager, not the tills.",
])
def test_english_the_problem_going_to_someone_at_work_is_a_hand_off(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "problem-resolution", "deflection")


@pytest.mark.parametrize("text", [
    "I went to the stockroom and got her a refund.",
    "I went to my manager and got the refund signed off.",
    "I gave her a refund and arranged for the rest to go to his site the next morning.",
])
def test_english_the_candidate_going_still_earns(en_cs: Pack, text: str) -> None:
    assert "problem-resolution" in earned(en_cs, text)


def test_swedish_the_problem_going_to_the_manager_is_a_hand_off(sv_cs: Pack) -> None:
    text = "Klagomål och återbetalningar går direkt till chefen, så jag lämnar det."
    assert_set_aside(sv_cs, text, "problem-resolution", "deflection")
    assert "problem-resolution" in earned(sv_cs, "Jag gick till chefen och fick återbetalningen godkänd direkt.")


@pytest.mark.parametrize("text", [
    "If a colleague made a mistake I'd leave them to sort it out.",
    "I'd leave my colleague to sort it out.",
])
def test_english_leaving_someone_to_do_it_is_a_hand_off(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "problem-resolution", "deflection")


def test_english_leaving_someone_to_think_and_doing_it_still_earns(en_cs: Pack) -> None:
    text = "I left her to think about it and rang her back the next day to follow up."
    assert "follow-up" in earned(en_cs, text)
