"""Signposts to the interviewer that sum up or soften the answer ("To summarise, …", "Politely
put, …", "Snabbt sammanfattat …", "క్విక్ గా చెప్పేస్తాను") are discourse markers: the keyword
inside earns nothing; the same word as a claim still earns."""

from __future__ import annotations

import pytest

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "marker", "claim"), [
    ("en_cs", "communication", "To summarise, I've done two years in a call centre and one in retail.",
     "I always summarise the next steps for the customer before I hang up."),
    ("en_cs", "respect", "Politely put, my last manager was not the easiest person to work for.",
     "I stay polite and respectful even when a customer shouts."),
    ("sv_cs", "timeliness", "Snabbt sammanfattat har jag jobbat på lager i tre år.",
     "Jag svarar alltid snabbt när en kund ringer."),
    ("sv_cs", "communication", "För att förklara det kort så flyttade jag hit från Umeå förra året.",
     "Jag förklarar alltid avgiften tydligt för kunden."),
    ("te_cs", "timeliness", "క్విక్ గా చెప్పేస్తాను సార్, నేను బీకామ్ చేశాను.",
     "కస్టమర్ కాల్ చేస్తే నేను వెంటనే స్పందిస్తాను."),
])
def test_a_signpost_earns_nothing_and_the_claim_earns(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, marker: str, claim: str) -> None:
    pack = request.getfixturevalue(pack_name)
    found = detect(pack, marker)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"
    assert detect(pack, claim)[criterion].earned
