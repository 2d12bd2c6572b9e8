"""bench/probes.py counts the traps and plain claims of a probe file, and names a bad line."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def probes() -> ModuleType:
    """bench/probes.py imported from its path, with bench/ on the path for its `accuracy`."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_probes", BENCH / "probes.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_a_probe_file_is_counted(probes: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "customer-service.t-dev.tsv"
    path.write_text("NO\tempathy\tMy mum is the most empathetic person I know.\n"
                    "NO\tfollow-up\tI'm terrible at following up with customers.\n"
                    "YES\tfollow-up\tI always ring customers back two days later to check.\n",
                    encoding="utf-8")
    result = probes.judge(path)
    assert (result.traps, result.traps_credited, result.claims, result.claims_credited) == (2, 0, 1, 1)
    assert result.wrong == []


def test_a_bad_line_names_the_file_and_line(probes: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "customer-service.t-dev.tsv"
    path.write_text("NO\tempathy\tfine\nMAYBE empathy no tabs\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"customer-service.t-dev.tsv:2: expected NO\|YES"):
        probes.judge(path)


def test_the_shipped_probe_sets_load(probes: ModuleType) -> None:
    files = sorted(probes.PROBES.glob("*.tsv"))
    assert files
    for path in files:
        assert probes.read_probes(path)
