"""In a story told as the customer ("I've been that guest!", "när jag själv är kund"), what the
candidate does in the sentences after the frame is done as a customer, not serving anyone;
beside the frame in its sentence, or supposed at work ("If I were on the desk I'd…"), it is the
candidate's own service again."""

from __future__ import annotations

from pathlib import Path

import pytest
from judgement_support import earned

from coach.packs import Pack, load_pack

HOTEL = Path(__file__).resolve().parent.parent / "bench" / "data" / "packs" / "hospitality.yaml"


@pytest.mark.parametrize(("text", "cid"), [
    ("I've been that guest! A hen party next door kept me up. I stayed calm and polite when I rang "
     "down.", "composure"),
    ("I've been that guest! A hen party next door kept me up. I even followed up with a five-star "
     "review for the porter.", "follow-up"),
])
def test_the_candidate_as_the_customer_earns_nothing(text: str, cid: str) -> None:
    assert cid not in earned(load_pack(HOTEL), text)


def test_swedish_the_candidate_as_the_customer(sv_cs: Pack) -> None:
    text = ("Jag tänker mest på hur det är när jag själv är kund. Och så gillar jag när det går "
            "snabbt i kassan, för jag har nästan alltid bråttom.")
    assert "timeliness" not in earned(sv_cs, text)


@pytest.mark.parametrize("text", [
    "I've been on the other side of this, bumped at midnight. If I were on the desk I'd explain "
    "exactly what happened, no jargon.",
    "I've been that guest, so when I'm on the desk I explain exactly what's happening.",
])
def test_the_candidate_supposed_at_work_still_earns(text: str) -> None:
    assert "clear-explanation" in earned(load_pack(HOTEL), text)
