"""Swedish: an own-life or other-sense phrase is void when the candidate stands right after it
as the subject of its fronted verb ("Allt det förklarar JAG utan krångliga ord", all that I
explain, is no "det förklarar", that explains); "kör" is a verb as often as a choir ("kör jag
samma lilla rutin", I run the same routine)."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("Allt det förklarar jag utan krångliga ord.", "communication"),
    ("När det är fullt på fredagskvällen kör jag samma lilla rutin vid varje bord, precis som en "
     "lugn tisdag. Och jag hälsar på alla som kommer in genom dörren fast jag har fullt upp.",
     "approachability"),
])
def test_the_candidate_does_it(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


def test_that_explains_is_still_another_sense(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Det förklarar varför kön var så lång.", "communication", "sense")
