"""Plain claims in the words candidates use earn their criterion in the bundled English and Swedish packs
(round 30: phrases with no false credit on the labelled dev answers, read from fresh plain
claims that earned nothing)."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize(("text", "cid"), [
    ("Our menu is fixed, but for a regular with an allergy I'll ask the chef to make something off the menu.",
     "flexibility"),
    ("Our menu is fixed, but if someone is coeliac I'll make them something that is not on the menu.",
     "flexibility"),
    ("I noticed his battery was nearly dead, so I swapped it for him, and he hadn't even asked.",
     "exceeding-expectations"),
    ("Busy or quiet, every single customer gets the same routine from me: greet, check, hand over.",
     "reliability"),
    ("I had his paper folded and his tea ready before he even asked.", "personalization"),
    ("When a customer is speaking I don't look at my phone, that is basic manners.", "respect"),
    ("Helping people find what they need is the best part of my day.", "passion"),
    ("I knew every tariff by heart, so I could explain the difference between the plans in a minute.",
     "product-knowledge"),
])
def test_a_plain_claim_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Hon behövde knapparna till bröllopet, så jag hämtade dem åt henne på min lunch.", "exceeding-expectations"),
    ("När det blev kö öppnade jag kassa två direkt.", "timeliness"),
    ("Hon jobbade natt, så jag lämnade ut paketet till henne innan vi öppnade.", "flexibility"),
])
def test_a_swedish_plain_claim_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Then I ask them to tell me which plan suits them, so I know it landed.", "communication"),
    ("I write the steps on the back of the receipt so they can do it at home.", "communication"),
    ("I told her I wouldn't give her a date until the depot had confirmed one.", "realistic-expectations"),
    ("Before a shift I flick through the product guide for anything new.", "product-knowledge"),
])
def test_a_plain_claim_read_from_the_labelled_dev_answers_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("I apologised and waived the delivery charge for her.", "problem-resolution"),
    ("There were no appointments left, so I booked him the first slot the next morning.", "problem-resolution"),
])
def test_a_plain_claim_of_a_fix_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
