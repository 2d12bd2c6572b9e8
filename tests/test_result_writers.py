"""The compiled writers of results (coach.scoring.results.compile_writers, which `coach grade`
uses through coach.pack_cache.ready_for_many) write every result exactly as the general walk
does: the same keys, in the same order, with the same values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from coach import load_pack, score_answer
from coach.scoring import results

ROOT = Path(__file__).resolve().parent.parent


def _scores() -> list[Any]:
    """A Score for every labelled answer of bench/data (set-asides, negations, red flags, STAR,
    parts, stuffing and three languages among them)."""
    packs: dict[str, Any] = {}
    found = []
    for path in sorted((ROOT / "bench" / "data").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        local = ROOT / "bench" / "data" / "packs" / f"{data['pack']}.yaml"
        pack = packs.setdefault(data["pack"], load_pack(local if local.is_file() else data["pack"]))
        found += [score_answer(pack, a["question"], a["answer"]) for a in data["answers"]]
    return found


def test_compiled_writers_write_what_the_general_walk_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    scores = _scores()
    monkeypatch.setattr(results, "_WRITERS", {})
    walked = [json.dumps(score.to_dict()) for score in scores]
    results.compile_writers()
    assert set(results._WRITERS) == {results.Score, results.CriterionResult, results.Evidence,
                                     results.RedFlagResult, results.WordCount, results.PartResult}
    assert [json.dumps(score.to_dict()) for score in scores] == walked  # keys, order, values
    assert any(s.red_flags for s in scores) and any(c.set_aside for s in scores for c in s.criteria)
    assert any(s.star for s in scores) and any(s.fillers for s in scores)
