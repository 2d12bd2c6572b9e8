"""A pronoun for a thing named before does what the keyword names ("Vi har ett bra kundsystem.
DET sparar kundens namn": the system), unless it is an empty subject: standing for a clause
after its copula ("It was great TO solve it quickly", "Det är viktigt ATT vara snabb") or
before a verb that takes none ("det går snabbt", "det ser ut att…")."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_swedish_det_for_a_thing(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Vi har ett bra kundsystem. Det sparar kundens namn.",
                     "personalization", "thing")
    assert_set_aside(sv_cs, "Vi har ett system som ringer upp kunderna, så det sköter ju mycket "
                     "av snabbheten.", "timeliness", "thing")


@pytest.mark.parametrize("text, cid", [
    ("Vi har en ny app. Det är viktigt att vara snabb.", "timeliness"),
    ("Vi har ett kölappsystem. Om det ser ut att dra ut på tiden säger jag som det är.",
     "realistic-expectations"),
])
def test_swedish_empty_det(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


def test_english_empty_it(en_cs: Pack) -> None:
    text = "We have a new booking app. It was great to solve it quickly for her."
    assert detect(en_cs, text)["problem-resolution"].earned
    assert_set_aside(en_cs, "Our app is brilliant. It's really quick and keeps people informed.",
                     "communication", "thing")
