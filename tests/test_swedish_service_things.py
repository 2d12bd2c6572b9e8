"""Swedish things that do or are what a keyword names: an online service, a phone line, the gym
itself, and a compound whose head is a thing ("en KÖTELEFON som säger hur lång väntetiden är")
even where no plain thing word stands in the sentence."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("Sen har kommunen en e-tjänst som är snabb och svarar direkt.", "timeliness"),
    ("Det finns en kötelefon som säger hur lång väntetiden är.", "communication"),
    ("Vårt gym är ju redan väldigt flexibelt, man kan pausa kortet.", "flexibility"),
])
def test_a_thing_is_not_the_service(sv_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    ("Jag svarar alltid snabbt i telefonen.", "timeliness"),
    ("Jag säger alltid hur lång väntetiden är.", "communication"),
])
def test_the_candidate_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "Appen är snabb och flexibel.",
    "Vi har en app. Den är väldigt snabb och flexibel.",
])
def test_a_second_describing_word_of_a_thing(sv_cs: Pack, text: str) -> None:
    assert_set_aside(sv_cs, text, "flexibility", "thing")


def test_the_gym_where_the_candidate_works_is_work(sv_cs: Pack) -> None:
    text = "På gymmet där jag står i receptionen hälsar jag på alla stamkunder med namn."
    assert detect(sv_cs, text)["personalization"].earned
    # going to the gym is still the candidate's own life
    assert_set_aside(sv_cs, "Jag går till gymmet fem dagar i veckan och är väldigt konsekvent "
                     "med det.", "reliability", "sense")
