"""A stance adverb after a conjunction opens a statement of its own when a subject or a
determiner follows it ("so honestly that bit looks after itself", "and honestly the guest was
calm"): a marker, not a claim of honesty. "I told them honestly the wait would be long" is a
claim."""

from __future__ import annotations

from pathlib import Path

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack, load_pack
from coach.scoring import detect

HOTEL = Path(__file__).resolve().parent.parent / "bench" / "data" / "packs" / "hospitality.yaml"


def test_a_marker_before_a_determiner() -> None:
    text = "Our property system texts the guest automatically, so honestly that bit looks after itself."
    assert_set_aside(load_pack(HOTEL), text, "honesty", "idiom")


def test_a_claim_of_honesty_stays(en_cs: Pack) -> None:
    assert detect(en_cs, "I told them honestly the wait would be long.")["realistic-expectations"].earned
