"""Pay the candidate earns, the pets and things they keep and their home are their own life: a
keyword in a clause with one ("What motivates me most is the commission", "Det som ger mig en
kick är provisionen", "Vår katt är den mest empatiska", "an expert on my own phone", "Hemma
har vi…"), or wanted for themselves ("నాకు ఫ్రెండ్లీ గా ఉండే మేనేజర్ కావాలి", I want a friendly
manager), earns nothing; a claim beside it still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "passion", "What motivates me most is the commission, if I'm honest."),
    ("sv_cs", "passion", "Det som ger mig en kick är provisionen."),
    ("sv_cs", "empathy", "Vår katt är den mest empatiska i hela familjen."),
    ("te_cs", "passion", "నాకు ఈ జాబ్ అంటే ఇష్టం, కమిషన్ బాగా వస్తుంది."),
    ("en_cs", "product-knowledge", "I'm something of an expert on my own phone, I changed the "
                                   "battery myself."),
    ("sv_cs", "communication", "Hemma har vi infört att alla får prata klart vid middagen."),
    ("te_cs", "approachability", "నాకు ఫ్రెండ్లీ గా ఉండే మేనేజర్ కావాలి."),
])
def test_own_life_or_a_want_earns_nothing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                    text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'm paid on commission, but I always show empathy to customers who take "
                         "their time."),
    ("en_cs", "passion", "Commission aside, what motivates me is seeing a customer leave happy."),
    # what the customer wants, not the candidate
    ("te_cs", "approachability", "కస్టమర్ కి ఏం కావాలో అడిగి ఫ్రెండ్లీ గా సహాయం చేస్తాను."),
])
def test_a_claim_beside_pay_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                        criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_a_vehicle_described_is_a_thing(te_cs: Pack) -> None:
    # "My old Maruti Alto is a very reliable vehicle"
    found = detect(te_cs, "నా పాత మారుతి ఆల్టో చాలా నమ్మకమైన బండి.")["reliability"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "thing"
