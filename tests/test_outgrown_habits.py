"""A habit of the candidate's past turned by what they do now ("I used to ring customers back,
but now I leave that to the system", "Förr ringde jag alltid tillbaka, men nu …") is denied;
what they do now, after the turn, still earns, as does a past habit with no turn after it."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I used to ring customers back the next day, but now I leave that to the system."),
    # the turn opening the next sentence, and a past time opening the sentence
    ("en_cs", "When I started I'd always follow up with customers. Nowadays I just close the ticket."),
    ("en_cs", "At first, I followed up with every customer, but later I stopped bothering."),
    ("sv_cs", "Förr ringde jag alltid tillbaka till kunderna, men nu hinner jag inte."),
    ("sv_cs", "I början ringde jag alltid tillbaka till kunderna, men sen slutade jag."),
    ("te_cs", "ఒకప్పుడు నేను కస్టమర్లకు ఫాలో అప్ చేసేవాడిని, కానీ ఇప్పుడు టైమ్ లేదు."),
])
def test_a_past_habit_turned_by_now_is_denied(request: pytest.FixtureRequest, pack_name: str,
                                               text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    # what they do now
    ("en_cs", "I used to be shy, but now I always follow up with customers myself."),
    ("en_cs", "I used to follow up by email, but now I follow up by phone."),
    ("sv_cs", "Förr var jag blyg, men nu ringer jag alltid tillbaka till kunderna."),
    ("te_cs", "ఒకప్పుడు నేను సిగ్గుపడేవాడిని, కానీ ఇప్పుడు ప్రతి కస్టమర్‌కి ఫాలో అప్ చేస్తాను."),
    # the past time in another clause, or no turn after the habit
    ("en_cs", "I used to work at a bakery, where I always followed up with customers, but now I "
              "want to work in a hotel."),
    ("en_cs", "At first I followed up with every customer, and I still do."),
    ("en_cs", "I always follow up with customers, but now and then one slips through."),
])
def test_what_they_do_now_still_earns(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


def test_the_turn_is_reported_as_the_negation(en_cs: Pack) -> None:
    found = detect(en_cs, "I used to go the extra mile for customers, but now I stick to my job.")
    result = found["exceeding-expectations"]
    assert result.negated and result.negation is not None and result.negation.text == "but"
