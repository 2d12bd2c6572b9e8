"""A habit the candidate says they gave up, or meant but did not keep, after it in its sentence
("I used to follow up with every customer but I stopped", "…, not these days", "men jag slutade
med det", "I try to follow up but I usually forget"), is denied; "stopped" in another sense, or
a habit kept, still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I used to follow up with every customer but I stopped, nobody cared."),
    ("en_cs", "Back in the day I'd always call customers back, not these days."),
    ("sv_cs", "Förr ringde jag alltid tillbaka till kunderna, men jag slutade med det."),
    ("en_cs", "I try to follow up but I usually forget."),
    ("en_cs", "In theory I'd follow up, in practice it rarely happens."),
    ("en_cs", "She asked me to follow up about her order, but honestly it slipped my mind."),
    ("sv_cs", "Jag försöker följa upp men jag glömmer oftast."),
    ("te_cs", "ఫాలో అప్ చేయాలని ఉంటుంది కానీ మర్చిపోతాను."),
    ("te_cs", "ఇంకా బాగా ఫాలో అప్ చేయగలిగితే బాగుండు."),
    # a skill still to learn, or hard for the candidate
    ("te_cs", "ఫాలో అప్ విషయంలో నేను ఇంకా నేర్చుకోవాలి."),
    ("te_cs", "ఫాలో అప్ చేయడం నాకు కష్టం."),
    # meant but never managed ("… but not once has it worked out")
    ("te_cs", "కస్టమర్ కి మళ్ళీ కాల్ చేసి ఫాలో అప్ చేయాలని అనుకుంటా, కానీ ఒక్కసారి కూడా కుదరలేదు."),
])
def test_a_habit_given_up_is_denied(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I always follow up, I never stopped."),
    ("en_cs", "I follow up with every customer and I stopped the complaints going to head office."),
    ("sv_cs", "Jag följer upp med alla kunder."),
    ("te_cs", "నేను ఎప్పుడూ ఫాలో అప్ చేస్తాను."),
])
def test_a_habit_kept_still_earns(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


def test_a_step_dismissed_as_a_drag_is_denied(en_cs: Pack) -> None:
    text = "Saying sorry to everyone or telling them how long it'll be just slows me down."
    found = detect(en_cs, text)["communication"]
    assert not found.earned and found.negated


def test_a_lapse_negated_itself_leaves_the_habit(en_cs: Pack) -> None:
    text = "I tell them how long it'll be, it never slows me down much."
    assert "communication" in earned(en_cs, text)
