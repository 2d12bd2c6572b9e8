"""Any trait claimed as the candidate's character ("I'm a very honest person", "Jag är en väldigt
empatisk människa", "నేను చాలా ఫ్రెండ్లీ మనిషిని") is claimed bare like an employee's trait: it
earns only where its sentence names someone served. A witness called to back it ("ask anyone
who knows me") is no one served."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I'm a really empathetic person.", "empathy"),
    ("en_cs", "I'm a friendly, approachable person.", "approachability"),
    ("en_cs", "I'm a really empathetic person, ask anyone who knows me.", "empathy"),
    ("en_cs", "We are very friendly people.", "approachability"),
    ("sv_cs", "Jag är en väldigt empatisk människa.", "empathy"),
    ("sv_cs", "Asså jag är typ super flexibel, kan jobba när som helst typ.", "flexibility"),
    ("sv_cs", "Jag är en väldigt empatisk person, fråga vem som helst.", "empathy"),
    ("te_cs", "నేను చాలా ఫ్రెండ్లీ మనిషిని.", "approachability"),
    ("te_cs", "నేను చాలా ఎంపతీ ఉన్న వ్యక్తిని.", "empathy"),
])
def test_a_character_trait_claimed_bare_earns_nothing(request: pytest.FixtureRequest,
                                                      pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "trait")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I'm a really empathetic person, so when a customer is upset I notice straight away.",
     "empathy"),
    ("en_cs", "I'm a friendly person and customers always come back to me.", "approachability"),
    ("en_cs", "I'm really empathetic with upset customers.", "empathy"),
    ("sv_cs", "Jag är en empatisk person, så när en kund är ledsen märker jag det direkt.", "empathy"),
    ("sv_cs", "Jag är super flexibel med kunderna när de vill byta.", "flexibility"),
    ("te_cs", "నేను చాలా ఫ్రెండ్లీ మనిషిని, అందుకే కస్టమర్లు నా దగ్గరికి వస్తారు.", "approachability"),
])
def test_a_character_trait_beside_someone_served_still_earns(request: pytest.FixtureRequest,
                                                             pack_name: str, text: str,
                                                             cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)
