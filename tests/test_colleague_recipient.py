"""A colleague of the candidate's as the one the keyword is said to or done for, right after it
("I had to apologise to my manager for being late", "patient with my trainee"), is the
workplace, not the person served; a word with a colleague that owns a problem still counts."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "I did have to apologise to my manager once for being late three days in a row.",
    "I apologised to my colleague for snapping at her.",
])
def test_an_apology_to_a_colleague_is_no_apology_to_a_guest(hotel: Pack, text: str) -> None:
    assert_set_aside(hotel, text, "apology", "object")


def test_patience_with_a_trainee_is_not_with_a_guest(hotel: Pack) -> None:
    assert_set_aside(hotel, "I stay really patient with my trainee when she mixes up the keys.",
                     "composure", "object")


@pytest.mark.parametrize("text", [
    "I apologised to the guest for the noise and moved her to a quieter room.",
    "I apologised to Mrs Patel and explained what had happened.",
])
def test_an_apology_to_a_guest_still_earns(hotel: Pack, text: str) -> None:
    assert "apology" in earned(hotel, text)


def test_a_word_with_a_colleague_that_owns_the_problem_still_earns(en_cs: Pack) -> None:
    text = ("A colleague had put the wrong ticket on a suit. I found it myself, took it to the "
            "customer's house, and afterwards had a quiet word with my colleague about tickets.")
    assert "problem-resolution" in earned(en_cs, text)
