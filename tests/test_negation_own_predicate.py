"""Where a negation's reach ends: a phrase that opens with its own negation right after "and"
is a predicate of its own ("I wasn't sure and didn't want to guess"); a verb that negates its
object ("lost", "forgot") negates no statement opening with a subject of its own after it ("if
I'd lost four days of work I'd be livid too"), though it does its complement ("I forgot that I
had promised to follow up"); "not" opening a participle is no negation of what came before
("I'd be frightened too not knowing"). Each with the case that stays negated."""

from __future__ import annotations

import pytest
from judgement_support import assert_negated

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("I told her I wasn't sure and didn't want to guess.", "realistic-expectations"),
    ("I let him get it all out, and then said, look, if I'd lost four days of work I'd be livid too.",
     "empathy"),
    ("I said I'd be frightened too not knowing, and took her into the quiet room.", "empathy"),
])
def test_earned_not_negated(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert found.earned and not found.negated


@pytest.mark.parametrize("text, cid, cue", [
    ("I forgot that I had promised to follow up.", "follow-up", "forgot"),
    ("I didn't say sorry and I didn't follow up.", "follow-up", "didn't"),
    ("I wouldn't be frightened too, it's their problem.", "empathy", "wouldn't"),
])
def test_still_negated(en_cs: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(en_cs, text, cid, cue)
