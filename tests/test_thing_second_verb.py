"""A thing described and then doing the keyword, as one subject with two verbs ("the system is
really quick and keeps people informed"), does it itself; what the candidate does beside it, and a
thing that was only done to, leave the candidate's claim standing."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


def test_a_described_thing_that_goes_on_to_act_does_it(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "The system is really quick and keeps people informed.", "communication", "thing")


@pytest.mark.parametrize("text", [
    "The system is really slow, so I keep people informed.",
    "The app is great and I keep people informed as well.",
    "The boiler was repaired and I kept them informed.",
])
def test_the_candidate_beside_a_thing_still_earns(en_cs: Pack, text: str) -> None:
    assert "communication" in earned(en_cs, text)


def test_the_candidate_as_an_object_is_no_doer(hotel: Pack) -> None:
    text = "The system does the follow-up for us and keeps them updated."
    assert_set_aside(hotel, text, "clear-explanation", "thing")
    assert "clear-explanation" in earned(hotel, "The system flags it for me and I keep them updated.")
