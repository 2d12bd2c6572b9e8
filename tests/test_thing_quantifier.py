"""A word that may stand for anyone served ("each", "both") is a quantifier before a thing's
noun, not a person between a thing and the keyword: "The app explains each feature in plain
English" is the app's doing. A catalogue or brochure is a thing."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "The app explains each feature in plain English.",
    "The app explains both options in plain English.",
    "And the parts catalogue online explains everything to customers anyway.",
])
def test_a_thing_explaining_is_no_candidate(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "communication", "thing")


def test_a_person_after_the_thing_still_counts(en_cs: Pack) -> None:
    # (the candidate explaining each feature still earns)
    assert detect(en_cs, "I explain each feature in plain English.")["communication"].earned


def test_a_things_second_verb_past_adverbs(en_cs: Pack) -> None:
    text = "The system suggests the fix and pretty much knows every product for you."
    assert_set_aside(en_cs, text, "product-knowledge", "thing")
    assert detect(en_cs, "I check the system and pretty much know every product myself.")[
        "product-knowledge"].earned
