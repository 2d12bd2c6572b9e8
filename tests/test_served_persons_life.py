"""A phrase of someone's own life ("a day off") with the person served as its subject is what was
at stake for them, not the candidate's life: "She'd booked the day off work for it and I said I
completely understood why she was fed up" earns Empathy. The candidate's own day off still sets
the answer in their life."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "She'd taken the day off work for it and I said I completely understood why she was fed up.",
    "I rang her that evening and said I was sorry she'd booked the day off for nothing.",
])
def test_the_customers_day_off(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["empathy"].earned


def test_the_candidates_day_off(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I took the day off and said I was sorry.", "empathy", "sense")


@pytest.mark.parametrize("text", [
    "Nästa gång frågar jag hur flytten gick och hälsar på hennes hund med namn.",
    "Nästa gång frågar jag hur flytten gick och hälsar på hunden med namn.",
])
def test_swedish_the_customers_dog(sv_cs: Pack, text: str) -> None:
    assert detect(sv_cs, text)["personalization"].earned


def test_swedish_the_candidates_dog(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Jag går ut med min hund varje morgon och hälsar på alla med namn.",
                     "personalization", "sense")
