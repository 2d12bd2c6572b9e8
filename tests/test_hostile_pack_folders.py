"""Pack discovery with hostile folders: unreadable folders, FIFOs, symlink loops and folders
named `*.yaml` in COACH_PACKS_PATH are listed with the reason (never opened, never a crash),
and every other pack still lists and loads."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
runner = CliRunner()


def _folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A locked folder holding a pack, then a readable one with mini.yaml, in COACH_PACKS_PATH."""
    locked, good = tmp_path / "locked", tmp_path / "good"
    locked.mkdir()
    good.mkdir()
    shutil.copy(MINI, locked / "hidden.yaml")
    shutil.copy(MINI, good / "mini.yaml")
    monkeypatch.setenv("COACH_PACKS_PATH", os.pathsep.join([str(locked), str(good)]))
    return locked, good


def _deny(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What chmod 000 does for a normal user: the folder itself can be stat'ed, but not listed,
    and nothing inside it can be reached (tests run as root, where chmod does not stop reads)."""
    real_iterdir, real_stat = Path.iterdir, Path.stat

    def denied(path: Path) -> OSError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == folder:
            raise denied(self)
        return real_iterdir(self)

    def stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        if self.parent == folder:
            raise denied(self)
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    monkeypatch.setattr(Path, "stat", stat)


def _check_unreadable_is_listed_and_others_work(locked: Path) -> None:
    result = runner.invoke(app, ["packs", "list", "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    unreadable = [e for e in entries if e["status"] == "unreadable"]
    assert unreadable == [{"id": "locked", "title": None, "language": None, "questions": None,
                           "origin": "COACH_PACKS_PATH", "path": str(locked), "status": "unreadable",
                           "error": "cannot read the folder: Permission denied"}]
    assert any(e["id"] == "mini" and e["status"] == "ok" for e in entries)
    table = runner.invoke(app, ["packs", "list"], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    assert "unreadable: cannot read the folder: Permission denied" in table.stdout
    assert "coach: 1 pack folder could not be read; check its permissions" in table.stderr
    # A pack in a later folder is still found by id; an unknown id says what could not be read.
    scored = runner.invoke(app, ["score", "-p", "mini", "-q", "meaning", "I listen and explain."])
    assert scored.exit_code == 0, scored.output
    missing = runner.invoke(app, ["score", "-p", "some-id", "-q", "q", "answer"])
    assert missing.exit_code == 1
    assert "Traceback" not in missing.stderr
    assert missing.stderr.startswith("coach: no pack 'some-id'")
    assert f"could not read {locked}" in missing.stderr


def test_an_unreadable_pack_folder_is_listed_and_the_rest_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked, _good = _folders(tmp_path, monkeypatch)
    _deny(monkeypatch, locked)
    _check_unreadable_is_listed_and_others_work(locked)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="chmod 000 does not stop root (or Windows) from reading a folder")
def test_a_real_chmod_000_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked, _good = _folders(tmp_path, monkeypatch)
    locked.chmod(0)
    try:
        _check_unreadable_is_listed_and_others_work(locked)
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symbolic links")
def test_entries_that_are_not_pack_files_are_listed_as_skipped_never_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    (folder / "a-folder.yaml").mkdir()
    os.mkfifo(folder / "pipe.yaml")  # opening it would block until a writer came
    (folder / "loop-a.yaml").symlink_to(folder / "loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to(folder / "loop-a.yaml")
    (folder / "dangling.yml").symlink_to(folder / "nowhere.yaml")
    (folder / "z-linked.yaml").symlink_to(folder / "mini.yaml")  # a link to a pack is a pack
    monkeypatch.setenv("COACH_PACKS_PATH", str(folder))
    result = runner.invoke(app, ["packs", "list", "--json"])
    assert result.exit_code == 0, result.output
    entries = {Path(e["path"]).name: e for e in json.loads(result.stdout)
               if e["origin"] == "COACH_PACKS_PATH"}
    skipped = {name: e["error"] for name, e in entries.items() if e["status"] == "skipped"}
    assert skipped == {
        "a-folder.yaml": "a folder, not a pack file",
        "pipe.yaml": "a named pipe (FIFO), not a pack file",
        "loop-a.yaml": "a symbolic link loop, not a pack file",
        "loop-b.yaml": "a symbolic link loop, not a pack file",
        "dangling.yml": "a broken link",
    }
    assert entries["mini.yaml"]["status"] == "ok"
    assert entries["z-linked.yaml"]["status"] == "shadowed"
    table = runner.invoke(app, ["packs", "list"], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    assert "skipped: a named pipe (FIFO), not a pack file" in table.stdout
    assert "coach: 5 *.yaml entries left out: not a regular file" in table.stderr
    # Looking a pack up by id passes them by too (a FIFO is never opened to read its id).
    scored = runner.invoke(app, ["score", "-p", "mini", "-q", "meaning", "I listen."])
    assert scored.exit_code == 0, scored.output
    missing = runner.invoke(app, ["score", "-p", "pipe", "-q", "q", "answer"])
    assert missing.exit_code == 1 and missing.stderr.startswith("coach: no pack 'pipe'")
