"""A negation after a match negates it only within its own predicate: "I stay polite AND DON'T
make her feel like she's trying it on" earns Respect, "jag försöker säga det direkt och inte
linda in det" earns Realistic expectations. Two nouns joined before one copula are one subject
that the negation covers: "Empathy and respect are not important to me" earns neither."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("First I stay polite and don't make her feel like she's trying it on.", "respect"),
    ("The ones who only need a form get done in a minute and don't sit for an hour behind a "
     "big housing case.", "timeliness"),
])
def test_a_second_predicates_negation_is_its_own(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_swedish_second_predicate(sv_cs: Pack) -> None:
    text = "Men jag försöker säga det direkt och inte linda in det, hellre det än att kunden hoppas."
    assert detect(sv_cs, text)["realistic-expectations"].earned


@pytest.mark.parametrize("text", [
    "Empathy and respect are not important to me.",
    "I don't stay polite and calm with rude people.",
])
def test_negation_still_covers_its_own(en_cs: Pack, text: str) -> None:
    results = detect(en_cs, text)
    assert not results["respect"].earned and results["respect"].negated
    if text.startswith("Empathy"):
        assert results["empathy"].negated


def test_swedish_joint_subject(sv_cs: Pack) -> None:
    results = detect(sv_cs, "Empati och respekt är inte viktigt för mig.")
    assert results["empathy"].negated and results["respect"].negated
