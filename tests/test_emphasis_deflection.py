"""English judgement on the bundled pack: double negatives and "never stop"-type emphasis
affirm; "impossible" negates; leaving the work to someone else is a deflection."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.packs import Pack, load_pack
from coach.scoring import detect

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def en() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service.yaml")


def earned(pack: Pack, text: str) -> set[str]:
    return {cid for cid, r in detect(pack, text).items() if r.earned}


@pytest.mark.parametrize("text, cid", [
    ("There isn't a single customer I don't follow up with.", "follow-up"),
    ("I'm not someone who doesn't listen to the customer.", "communication"),
    ("I never stop listening to the customer until they have finished.", "communication"),
    ("I never get tired of showing empathy to customers.", "empathy"),
    ("It's impossible to do this job without empathy.", "empathy"),
])
def test_emphasis_earns(en: Pack, text: str, cid: str) -> None:
    result = detect(en, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("I had no time and didn't follow up with the customer.", "follow-up"),
    ("It was impossible to follow up with the customer that week.", "follow-up"),
    ("I don't think empathy matters much in retail.", "empathy"),
    ("I don't stop and listen to customers when it's busy.", "communication"),
])
def test_plain_negation_still_negates(en: Pack, text: str, cid: str) -> None:
    assert not detect(en, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Honestly I'd call the manager over and let him sort it out while I serve the next person.",
     "problem-resolution"),
    ("I would tell the customer to write to head office and they will resolve it.",
     "problem-resolution"),
    ("I'd ask them to fill in a complaint form and the office would follow up with them.",
     "follow-up"),
    ("I would hand it over to my team leader and let them sort it out.", "problem-resolution"),
])
def test_leaving_the_work_to_someone_else_is_a_deflection(en: Pack, text: str, cid: str) -> None:
    result = detect(en, text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "deflection", result


@pytest.mark.parametrize("text, cid", [
    ("I got the technician to prioritise it and we sorted it out the same day.",
     "problem-resolution"),
    ("I escalated it to my manager, but I stayed with the customer and we fixed it together.",
     "problem-resolution"),
    ("I took ownership, fixed the fault myself and called her back the next day.", "follow-up"),
])
def test_owning_the_work_still_earns(en: Pack, text: str, cid: str) -> None:
    assert cid in earned(en, text)
