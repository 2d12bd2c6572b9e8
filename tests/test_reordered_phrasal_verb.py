"""A keyword phrase matched out of order does not take a word that heads another phrasal verb
in the answer: "help them WORK OUT what they could GET" is not "got it working", "took the
plate STRAIGHT AWAY, TOLD the chef" is not "told them straight". In order, or with the
phrase's own particle, it still earns."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("In my last job the best bit was when a nervous kid came up with their pocket money and I "
     "could help them work out what they could get with it.", "problem-resolution"),
    ("I apologised, took the plate straight away, told the chef, and had a fresh one out to her "
     "within ten minutes.", "realistic-expectations"),
])
def test_another_phrasal_verb_is_not_the_phrase(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("The card machine was down, so I got it working again before the queue built up.",
     "problem-resolution"),
    ("I told them straight that the part would take a week.", "realistic-expectations"),
])
def test_the_phrase_itself_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_reordered_words_across_a_clause_opened_by_a_subject(en_cs: Pack) -> None:
    """A clause that opens with a subject pronoun parts two statements: "a diagnostic system
    that updates itself, IT knows every fault code" is no "know the system"."""
    text = "Our garage has a diagnostic system that updates itself, it knows every fault code for every make."
    assert not detect(en_cs, text)["product-knowledge"].earned
    assert detect(en_cs, "I know the booking system inside out.")["product-knowledge"].earned
