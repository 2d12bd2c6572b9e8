"""Someone else's behaviour, probed from a general list of the people beside a front line
rather than the labelled answers: a keyword said of a colleague, a role or a person named by
what they are earns nothing for the candidate; the candidate's own still earns."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect

OTHERS = ["The previous agent", "One of the chefs", "The lady on the next till", "A guy called Rob",
          "The other cashier", "Two of our porters"]


@pytest.mark.parametrize("subject", OTHERS)
@pytest.mark.parametrize("predicate, cid", [
    ("was really empathetic with her.", "empathy"),
    ("stayed calm and polite the whole time.", "respect"),
    ("explained everything clearly.", "communication"),
    ("went the extra mile for her.", "exceeding-expectations"),
])
def test_a_keyword_said_of_someone_else_earns_nothing(en_cs: Pack, subject: str, predicate: str,
                                                      cid: str) -> None:
    assert not detect(en_cs, f"{subject} {predicate}")[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("I was really empathetic with her.", "empathy"),
    ("The first thing I did was explain everything clearly.", "communication"),
    ("One of the things I always do is explain everything clearly.", "communication"),
    ("The customer calmed down because I explained everything clearly.", "communication"),
    ("Two of our regulars came in, and I went the extra mile for them.", "exceeding-expectations"),
])
def test_the_candidates_own_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("subject", ["Den andra kassörskan", "Receptionisten", "Kocken",
                                     "En kille som hette Robin", "Apotekaren"])
def test_swedish_a_keyword_said_of_someone_else_earns_nothing(sv_cs: Pack, subject: str) -> None:
    assert not detect(sv_cs, f"{subject} visade mycket empati för henne.")["empathy"].earned


@pytest.mark.parametrize("text, cid", [
    ("Kaffemaskinen är väldigt pålitlig.", "reliability"),
    ("Bokningssystemet är väldigt flexibelt.", "flexibility"),
])
def test_swedish_a_compound_thing_described_earns_nothing(sv_cs: Pack, text: str, cid: str) -> None:
    assert not detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Mannen var arg, så jag förklarade allt tydligt.", "communication"),
    ("När en kund kommer tillbaka med samma fel på diskmaskinen förklarar jag vad garantin täcker.",
     "communication"),
])
def test_swedish_the_candidates_own_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned
