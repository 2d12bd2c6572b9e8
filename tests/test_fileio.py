"""Atomic writes: a file is replaced whole or left as it was, and no temp file is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import FileProblem
from coach.fileio import atomic_write


def test_writes_and_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    atomic_write(target, "first\n")
    atomic_write(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_failure_keeps_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pack.yaml"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("coach.fileio.os.replace", broken_replace)
    with pytest.raises(FileProblem, match=r"pack.yaml: cannot write the pack \(No space left on device\)"):
        atomic_write(target, "new\n", what="pack")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.yaml"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="cannot write the report"):
        atomic_write(tmp_path / "nope" / "r.md", "x", what="report")
