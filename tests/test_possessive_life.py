"""A keyword for something of someone from the candidate's life, named by a possessive after a
preposition ("We went above and beyond for nan's eightieth", "på farmors åttioårsdag"), is
about that life; a served person's ("a customer's wedding", "kundens födelsedag", "her nan's
birthday") is not. Swedish "gav oss en …" (gave us a) is the candidate served, as English "gave
us a" is."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "We went above and beyond for nan's eightieth."),
    ("en_cs", "I went the extra mile for my friend's wedding."),
    ("sv_cs", "Vi gick verkligen utöver det vanliga på farmors åttioårsdag."),
    ("sv_cs", "Vi gick utöver det vanliga för min farmors åttioårsdag."),
])
def test_a_possessive_of_ones_own_people_is_ones_own_life(request: pytest.FixtureRequest,
                                                         pack_name: str, text: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, "exceeding-expectations", "sense")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I went the extra mile for a customer's wedding."),
    ("en_cs", "I went the extra mile to find a present for her nan's birthday."),
    ("sv_cs", "Jag gick utöver det vanliga för kundens födelsedag."),
])
def test_a_served_persons_possessive_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                 text: str) -> None:
    assert "exceeding-expectations" in earned(request.getfixturevalue(pack_name), text)


def test_swedish_gave_us_is_the_candidate_served(sv_cs: object) -> None:
    assert "exceeding-expectations" not in earned(sv_cs, "Hotellet vi bodde på i Spanien gav oss en gratis uppgradering.")
    assert "exceeding-expectations" in earned(sv_cs, "Jag gav henne en gratis uppgradering.")
