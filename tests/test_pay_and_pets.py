"""Pay the candidate earns and the pets they keep are their own life: a keyword in a clause
with one ("What motivates me most is the commission", "Det som ger mig en kick är
provisionen", "Vår katt är den mest empatiska") earns nothing; a claim beside it still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "passion", "What motivates me most is the commission, if I'm honest."),
    ("sv_cs", "passion", "Det som ger mig en kick är provisionen."),
    ("sv_cs", "empathy", "Vår katt är den mest empatiska i hela familjen."),
    ("te_cs", "passion", "నాకు ఈ జాబ్ అంటే ఇష్టం, కమిషన్ బాగా వస్తుంది."),
])
def test_pay_or_a_pet_earns_nothing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                    text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'm paid on commission, but I always show empathy to customers who take "
                         "their time."),
    ("en_cs", "passion", "Commission aside, what motivates me is seeing a customer leave happy."),
])
def test_a_claim_beside_pay_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                        criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
