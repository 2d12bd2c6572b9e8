"""A clause that opens with its verb shares the subject of the clause before it: what a thing
or someone else does in a run of coordinated verbs is not the candidate's (English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import Pack
from coach.packs import load_pack
from coach.scoring import detect

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service.yaml")


@pytest.mark.parametrize(("text", "cid", "rule", "phrase"), [
    ("I'd say the cinema had great service because of the app. It's really quick, gives you "
     "personal recommendations.", "product-knowledge", "thing", "It's"),
    ("Our booking app is brilliant, sends everyone a reminder, follows up after every visit.",
     "follow-up", "thing", "app"),
    ("My manager Jonas took him aside, listened, explained the whole policy in plain words.",
     "communication", "subject", "manager"),
    ("My broadband kept dropping, so the engineer came round, explained everything and fixed it.",
     "communication", "subject", "engineer"),
])
def test_a_clause_opening_with_its_verb_shares_the_subject_before_it(
        pack: Pack, text: str, cid: str, rule: str, phrase: str) -> None:
    result = detect(pack, text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == rule
    assert result.set_aside.phrase == phrase


@pytest.mark.parametrize(("text", "cid"), [
    ("I took him aside, listened, explained the whole policy in plain words.", "communication"),
    ("I set up the booking app, sent everyone a reminder and followed up after every visit.",
     "follow-up"),
    # anyone at all is the service described, not someone else's deed
    ("Good service is simple. Someone listened, explained things clearly, told them the truth.",
     "communication"),
    # the clause has a subject of its own
    ("The app crashed, customers were waiting, I explained the delay to each of them.",
     "communication"),
])
def test_the_candidates_own_run_of_verbs_still_earns(pack: Pack, text: str, cid: str) -> None:
    assert detect(pack, text)[cid].earned
