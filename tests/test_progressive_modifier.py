"""A pursuit's word in its progressive form right before a noun describes that noun ("the
climbing roses won't be in until May"), so it sets no scene of the candidate's own life for the
sentence beside it; "I go climbing every weekend" still does."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_a_modifier_is_no_pursuit(en_cs: Pack) -> None:
    text = ("I'd rather tell someone the climbing roses won't be in until May than let them drive "
            "out for nothing. I'm really empathetic.")
    assert detect(en_cs, text)["empathy"].earned


def test_a_pursuit_still_sets_the_scene(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I go climbing every weekend. I'm really empathetic.", "empathy", "sense")
