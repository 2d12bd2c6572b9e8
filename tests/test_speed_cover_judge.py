"""Issue 16: judge.sequence_hits reads the collocation index by side (LanguageRules.sequence_sides):
it gives what judge.near gives, for every key word and neighbour of the bundled packs'
languages (tests/test_speed_prefilters.py compares whole answers' hits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.packs import load_pack
from coach.scoring import judge

ROOT = Path(__file__).resolve().parent.parent
PACKS = [ROOT / "questions" / "customer-service.yaml", ROOT / "questions" / "customer-service-sv.yaml",
         ROOT / "questions" / "customer-service-te.yaml", ROOT / "bench" / "data" / "packs" / "hospitality.yaml"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_the_index_by_side_gives_what_near_gives(path: Path) -> None:
    rules = load_pack(path).rubric.matcher.rules
    assert rules.sequence_sides.keys() == rules.sequences.keys()
    neighbours = [None, "", *{p[1] for groups in rules.sequences.values() for p in groups if p}]
    checked = 0
    for key, groups in rules.sequences.items():
        alone, after, before = rules.sequence_sides[key]
        for near in neighbours:
            # (one side at a time, then both: the order of the patterns is kept too)
            assert alone + after.get(near or "\0", ()) == judge.near(groups, None, near)
            assert alone + before.get(near or "\0", ()) == judge.near(groups, near, None)
            assert alone + after.get(near or "\0", ()) + before.get(near or "\0", ()) == \
                judge.near(groups, near, near)
            checked += 1
    assert checked > 1_000

