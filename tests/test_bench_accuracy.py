"""bench/accuracy.py finds evaluation packs in bench/data/packs/, and the hotel front-desk set loads."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    """bench/accuracy.py imported from its path (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_accuracy", BENCH / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _pack(pack_id: str, title: str) -> str:
    return (ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8").replace(
        "pack: mini", f"pack: {pack_id}", 1).replace("title: Mini pack", f"title: {title}", 1)


def test_evaluation_pack_is_found_in_bench_data_packs(accuracy: ModuleType) -> None:
    pack = accuracy.load_pack_for("hospitality")
    assert pack.id == "hospitality"
    assert {"empathy", "apology", "problem-resolution", "follow-up"} <= set(pack.criteria)


def test_questions_folder_comes_before_bench_packs(accuracy: ModuleType, tmp_path: Path) -> None:
    for folder, title in (("questions", "Bundled"), ("bench/data/packs", "Evaluation")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "mini.yaml").write_text(_pack("mini", title), encoding="utf-8")
    assert accuracy.load_pack_for("mini", root=tmp_path).title == "Bundled"
    (tmp_path / "questions" / "mini.yaml").unlink()
    assert accuracy.load_pack_for("mini", root=tmp_path).title == "Evaluation"


def test_unknown_pack_is_still_an_error(accuracy: ModuleType, tmp_path: Path) -> None:
    from coach.errors import CoachError

    with pytest.raises(CoachError):
        accuracy.load_pack_for("no-such-pack-anywhere", root=tmp_path)


def test_hospitality_set_loads_with_each_judgement_tag_in_both_splits(accuracy: ModuleType) -> None:
    sets, skipped = accuracy.load_sets([BENCH / "data" / "en-hospitality.yaml"])
    assert skipped == []
    (data,) = sets
    assert data.pack.id == "hospitality" and len(data.items) >= 80
    # hos-001..hos-143 were split at random (see the file's header), each tag half and half;
    # answers after them were written as dev data, except the sixth round's blind batch
    # (hos-229..hos-246: holdout, never read), so they stay out of the balance check; the
    # seventh round's first blind batch (hos-247..hos-268) was read to find rules (dev), its
    # second (hos-269 onwards, with the tenth round's blind batch, hos-287 onwards, to hos-308)
    # is holdout, never read; the eighteenth round's stuffing batch (hos-309 onwards) is dev.
    number = {i.id: int(i.id.split("-")[1]) for i in data.items}
    shuffled = [i for i in data.items if number[i.id] <= 143]
    assert all(i.split == "dev" for i in data.items if 143 < number[i.id] < 229)
    assert all(i.split == "holdout" for i in data.items if 229 <= number[i.id] <= 246)
    assert all(i.split == "dev" for i in data.items if 246 < number[i.id] <= 268)
    assert all(i.split == "holdout" for i in data.items if 268 < number[i.id] <= 308)
    assert all(i.split == "dev" for i in data.items if number[i.id] > 308)
    for tag, least in (("idiom", 10), ("affirm", 10), ("sense", 10), ("deflect", 10),
                       ("stuffing", 10), ("negation", 10), ("off-topic", 5)):
        splits = Counter(i.split for i in shuffled if tag in i.tags)
        assert sum(splits.values()) >= least, tag
        assert abs(splits["dev"] - splits["holdout"]) <= 1, (tag, splits)
