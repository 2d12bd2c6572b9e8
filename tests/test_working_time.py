"""The candidate's shift is the time they serve in, not their own life: "I smile at everyone
during my shift", "the same warm hello as the first call of my shift" earn; their working time
as the keyword's object is their own arrangement: "she let me swap all my shifts" earns no
Problem resolution. "temp" is a temperature as often as a temporary worker: "milk temp checked
every single time" is the candidate's routine."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("I smile at everyone during my shift.", "approachability"),
    ("The next caller gets the same warm hello as the first call of my shift.", "approachability"),
    ("Same recipe card for every flat white, milk temp checked every single time.", "reliability"),
])
def test_work_time_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "At my last job my boss let me swap all my shifts when my nan was ill.",
    "I swap my shifts with colleagues when I have exams.",
])
def test_the_candidates_own_shifts_as_the_object_are_their_life(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "problem-resolution", "sense")
