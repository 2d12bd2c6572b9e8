"""A feedback button's smiley face is no smile (Language.other_senses): "those smiley-face
buttons by the door" earns no Approachability; a smile given to someone still does."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "The shop has a feedback app, so after they pay the customer gets a text with smiley faces to tap.",
    "The airport has those smiley and frowny buttons after security.",
])
def test_smiley_buttons_are_another_sense(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "approachability", "sense")


def test_a_smile_still_earns(en_cs: Pack) -> None:
    assert detect(en_cs, "I look up, smile and say hello to everyone who walks in.")["approachability"].earned
