"""A feeling that ends a phrase and is then the candidate's ("she could hear how frustrated I
WAS", "hon förstod hur frustrerad jag var") is someone understanding the candidate, not the
candidate's empathy; "I can tell you exactly what it looks like" is said to the interviewer."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_the_feeling_of_the_candidate_is_no_empathy(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "My broadband went down. She said she could hear how frustrated I was.",
                     "empathy", "sense")


@pytest.mark.parametrize("text", [
    "I could hear how frustrated she was, so I stopped and listened.",
    "I could see how worried they were, so I rang the surgery for them.",
])
def test_the_feeling_of_the_person_served_still_earns(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["empathy"].earned


def test_an_address_to_the_interviewer_is_a_marker(en_cs: Pack) -> None:
    result = detect(en_cs, "I can tell you exactly what it looks like, because it happened to me.")
    assert not result["communication"].earned
    assert detect(en_cs, "I tell them exactly what happens next.")["communication"].earned
