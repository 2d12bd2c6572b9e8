"""A phrase whose object is a person ("rather than let them …") keeps its sense when a pronoun
fills the slot, even one that could be a possessive: "I rang her straight away rather than let
HER wait in all day" earns Realistic expectations. A possessive before someone else in that
place is still another sense: "rather than let her manager…"."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_the_pronoun_is_the_object(en_cs: Pack) -> None:
    text = "I rang her that afternoon rather than let her wait in all day for a bed that wasn't coming."
    assert detect(en_cs, text)["realistic-expectations"].earned


def test_a_possessive_before_a_colleague(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I'd rather than let her manager deal with it.",
                     "realistic-expectations", "object")
