"""A rule cited to refuse ("Check-in is 3pm, that's the policy", "Policies are there for a
reason") is the red flag interviewers name, not the policy known and used for the guest: a
keyword inside one earns nothing (Language.refusals, every pack). The clause after it keeps
its own claims: "Rules are rules, I explain it calmly" still explains."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack, load_pack
from coach.scoring import detect

HOTEL = Path(__file__).resolve().parent.parent / "bench" / "data" / "packs" / "hospitality.yaml"


@pytest.mark.parametrize("text", [
    "Check in is 3pm, that's the policy and it's on the booking confirmation.",
    "Check-in time is 3 pm, that's the hotel policy.",
    "Policies are there for a reason.",
    # the terms cited instead of an answer
    "I'd explain that it's covered in the terms and conditions they accepted when booking.",
])
def test_a_policy_cited_to_refuse_earns_nothing(text: str) -> None:
    assert_set_aside(load_pack(HOTEL), text, "policy-knowledge", "deflection")


def test_a_policy_used_for_the_guest_still_earns() -> None:
    text = "I know our cancellation terms well, so I found a rate that let her cancel for free."
    assert detect(load_pack(HOTEL), text)["policy-knowledge"].earned
    text = "I'd read the terms and conditions on her booking to see whether the rate allowed it."
    assert detect(load_pack(HOTEL), text)["policy-knowledge"].earned


def test_the_clause_after_a_refusal_keeps_its_claim(en_cs: Pack, sv_cs: Pack) -> None:
    assert detect(en_cs, "Rules are rules, I explain it calmly and clearly to the customer.")[
        "communication"].earned
    assert detect(sv_cs, "Regler är regler, men jag förklarar lugnt varför.")["communication"].earned
