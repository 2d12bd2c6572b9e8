"""Swedish subjects after a link: "så" opens a clause whose subject follows it ("…, så HON
ordnade champagne"), and a pronoun after a verb put first counts after a coordinator too ("jag
gav honom numret och sen LÖSTE HON det"). A hand-off is not taken back by a candidate who only
opens a sentence in which someone else does the deed."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "Min kollega Nadia märkte att de firade bröllopsdag, så hon ordnade champagne på rummet.",
    "Jag gav honom numret till jouren och sen löste hon det.",
    "Jag gav honom numret till jouren och sen fick hon lösa det.",
])
def test_someone_else_after_a_link(sv_cs: Pack, text: str) -> None:
    assert_set_aside(sv_cs, text, "problem-resolution", "subject")


@pytest.mark.parametrize("text", [
    "Gästen var arg, så jag ordnade ett nytt rum direkt.",
    "Jag gav honom numret och sen löste jag det själv.",
    "Jag ringde och hon svarade, och sen löste jag det.",
])
def test_the_candidate_after_a_link_keeps_it(sv_cs: Pack, text: str) -> None:
    assert detect(sv_cs, text)["problem-resolution"].earned


def test_negation_reaches_over_sa(sv_cs: Pack) -> None:
    # "så" links clauses without ending a negation: "inte så snabb" is still "not fast"
    assert detect(sv_cs, "Jag var inte så snabb på att lösa det.")["problem-resolution"].negated


@pytest.mark.parametrize("after", [
    "Så jag gav honom numret till jouren och sen fick de lösa det.",
    "Jag gav honom numret till jouren och sen fick de lösa det.",
    "Jag gav honom numret till teknikern som kunde lösa det.",
])
def test_a_handoff_is_not_taken_back_by_an_opening_i(sv_cs: Pack, after: str) -> None:
    text = "Jag sa att det får fastighetsteknikern ta, det är inte mitt bord. " + after
    result = detect(sv_cs, text)["problem-resolution"]
    assert not result.earned and result.set_aside is not None
    assert detect(sv_cs, "Det är inte mitt bord, sa han. Sen löste jag det själv.")[
        "problem-resolution"].earned


@pytest.mark.parametrize("text", [
    "Hon blev ledsen och jag sa att jag förstod att det förstörde planerna.",
    "Hon hade tagit ledigt för det så jag sa att jag förstod att det var jättetråkigt.",
])
def test_a_match_that_opens_with_the_candidate_is_theirs(sv_cs: Pack, text: str) -> None:
    assert detect(sv_cs, text)["empathy"].earned


def test_a_colleague_after_vår_and_the_next_sentences_i(sv_cs: Pack) -> None:
    # "vår handläggare" (no definite ending after a possessive); the "Jag" that opens the next
    # sentence is no subject after a fronted verb
    text = "Vår handläggare är också jättebra på att förklara. Jag svarar mest i telefon."
    assert_set_aside(sv_cs, text, "communication", "subject")
