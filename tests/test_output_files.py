"""Files coach writes (`export -o`, `packs new -o`, `packs draft -o`, `packs add`): only
regular files, links followed on purpose, the umask respected, no overwrite without --force,
no temp file left by a killed writer; and output that survives an ASCII locale."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.errors import FileProblem
from coach.fileio import _host, atomic_write
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
CSV_INPUT = "id,question,model_answer\nq1,What is TCP?,A reliable connection-oriented transport protocol.\n"


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo


# -- atomic_write ---------------------------------------------------------------------------------


def test_a_fifo_is_refused_and_kept(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    with pytest.raises(FileProblem, match=r"pipe: is not a regular file \(a device, pipe or socket\)"):
        atomic_write(fifo, "x", what="report")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name != "coach-home"] == ["pipe"]


def test_a_character_device_is_refused_even_with_rights_to_replace_it() -> None:
    before = os.lstat("/dev/null")
    with pytest.raises(FileProblem, match="/dev/null: is not a regular file"):
        atomic_write(Path("/dev/null"), "x")
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="is a folder; give a file name"):
        atomic_write(tmp_path, "x")


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "made.md")
    atomic_write(dangling, "made")
    assert dangling.is_symlink() and (tmp_path / "made.md").read_text(encoding="utf-8") == "made"


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_respect_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    old = os.umask(mask)
    try:
        atomic_write(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == mode


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "kept.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, "new")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640 and target.read_text(encoding="utf-8") == "new"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temp_files_of_dead_writers_are_swept_live_ones_kept(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / f".r.md.coach-{_host()}-{dead}-abcd1234.tmp"
    live = tmp_path / f".other.md.coach-{_host()}-{os.getppid()}-abcd1234.tmp"
    other_host = tmp_path / f".r.md.coach-{'0' * 6 if _host() != '0' * 6 else '1' * 6}-{dead}-abcd1234.tmp"
    foreign = tmp_path / ".r.md.xyz.tmp"
    for path in (stale, live, other_host, foreign):
        path.write_text("partial", encoding="utf-8")
    atomic_write(tmp_path / "r.md", "whole")
    assert not stale.exists() and live.exists() and other_host.exists() and foreign.exists()


def test_a_killed_export_leaves_no_temp_file_after_the_next_run(tmp_path: Path, isolated_home: Path) -> None:
    """A real process killed with SIGKILL in the middle of writing; the next export cleans up."""
    with Store.open() as store:
        pack = load_pack(str(MINI))
        result = score_answer(pack, "meaning", "I show empathy").to_dict()
        store.record_attempt(session="s", pack="mini", question="meaning", prompt="p",
                             answer="I show empathy", result=result, duration=1.0, time_limit=None)
    target = tmp_path / "r.md"
    script = ("import os, sys, time\nfrom pathlib import Path\nimport coach.fileio as f\n"
              "f.os.fsync = lambda fd: time.sleep(600)\n"
              "f.atomic_write(Path(sys.argv[1]), 'partial', what='report')\n")
    writer = subprocess.Popen([sys.executable, "-c", script, str(target)], cwd=ROOT)
    try:
        for _ in range(600):  # until the temp file is there (the writer then sleeps in fsync)
            if list(tmp_path.glob(".r.md.*.tmp")):
                break
            time.sleep(0.05)
        assert list(tmp_path.glob(".r.md.*.tmp")), "the writer never started"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert list(tmp_path.glob(".r.md.*.tmp")) and not target.exists()
    result = run("export", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert not list(tmp_path.glob(".*.tmp")) and target.read_text(encoding="utf-8").startswith("# ")


# -- the commands ---------------------------------------------------------------------------------


def _command(kind: str, target: str, tmp_path: Path, *extra: str) -> list[str]:
    if kind == "export":
        return ["export", "-o", target, *extra]
    if kind == "new":
        return ["packs", "new", "mine", "-o", target, *extra]
    source = tmp_path / "q.csv"
    source.write_text(CSV_INPUT, encoding="utf-8")
    return ["packs", "draft", str(source), "--id", "quiz", "-o", target, *extra]


@pytest.mark.parametrize("kind", ["export", "new", "draft"])
def test_special_files_are_refused_even_with_force(kind: str, tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    for target in (str(fifo), "/dev/null"):
        result = run(*_command(kind, target, tmp_path, "--force"))
        assert result.exit_code == 1
        assert result.stderr == (f"coach: {target}: is not a regular file (a device, pipe or socket); coach "
                                 "writes only regular files; to write to standard output, use -o -\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("kind", ["export", "new", "draft"])
def test_existing_files_need_force_and_dash_is_stdout(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    refused = run(*_command(kind, str(target), tmp_path))
    assert refused.exit_code == 1 and "out.txt: already exists; use --force to overwrite it" in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run(*_command(kind, str(target), tmp_path, "--force")).exit_code == 0
    assert target.read_text(encoding="utf-8") != "keep me"
    before = sorted(p.name for p in tmp_path.iterdir())
    to_stdout = run(*_command(kind, "-", tmp_path))
    assert to_stdout.exit_code == 0 and to_stdout.stdout.startswith(("# Interview", "# ", "pack:"))
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no file named "-"


def test_packs_add_replaces_through_a_link_and_refuses_nothing_else(tmp_path: Path, isolated_home: Path) -> None:
    """`packs add` writes through atomic_write: an installed pack that is a link is updated
    where it lives (the link kept), not replaced by a copy."""
    elsewhere = tmp_path / "repo" / "mini.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    folder = isolated_home / "packs"
    folder.mkdir(parents=True)
    (folder / "mini.yaml").symlink_to(elsewhere)
    changed = tmp_path / "mini.yaml"
    changed.write_text(MINI.read_text(encoding="utf-8").replace("Mini pack", "Mini pack two"), encoding="utf-8")
    result = run("packs", "add", str(changed), "--force")
    assert result.exit_code == 0, result.stderr
    assert (folder / "mini.yaml").is_symlink() and "Mini pack two" in elsewhere.read_text(encoding="utf-8")


def test_draft_to_stdout_sanitises_a_bidi_override_in_the_title(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8").replace("title: Mini pack", "title: \"Mini \u202egnp.exe\""),
                    encoding="utf-8")
    shown = run("packs", "draft", str(pack), "--id", "drafted")
    assert shown.exit_code == 0, shown.stderr
    assert "\u202e" not in shown.stdout and "Mini \ufffdgnp.exe" in shown.stdout
    saved = run("packs", "draft", str(pack), "--id", "drafted", "-o", str(tmp_path / "d.yaml"))
    assert saved.exit_code == 0 and "\u202e" not in saved.stdout + saved.stderr


# -- an ASCII locale ------------------------------------------------------------------------------


def _ascii(args: list[str], tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "COACH_HOME": str(tmp_path / "home"),
           "COLUMNS": "100"}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run([sys.executable, "-m", "coach", *args], env=env, cwd=ROOT, capture_output=True,
                          input=stdin.encode() if stdin is not None else None, timeout=120, check=False)


def test_reports_do_not_crash_on_an_ascii_stdout(tmp_path: Path) -> None:
    answers = tmp_path / "a.jsonl"
    answers.write_text(json.dumps({"id": "café ✓", "question": "meaning", "answer": "I show empathy…"}) + "\n",
                       encoding="utf-8")
    for args in (["score", "-p", str(MINI), "-q", "meaning", "I show empathy, quickly"],
                 ["score", "-p", str(MINI), "-q", "meaning", "--explain", "I show empathy"],
                 ["grade", str(answers), "-p", str(MINI)],
                 ["grade", str(answers), "-p", str(MINI), "--format", "csv"],
                 ["grade", str(answers), "-p", str(MINI), "--format", "markdown"],
                 ["packs", "show", str(MINI)], ["packs", "test", str(MINI)]):
        result = _ascii(args, tmp_path)
        assert result.returncode == 0, (args, result.stderr.decode(errors="replace"))
        assert result.stdout.isascii() and result.stdout.strip(), args
        assert b"internal error" not in result.stderr
    graded = _ascii(["grade", str(answers), "-p", str(MINI), "--format", "json"], tmp_path)
    assert graded.stdout.isascii() and json.loads(graded.stdout)["results"][0]["id"] == "café ✓"
    scored = _ascii(["score", "-p", str(MINI), "-q", "meaning", "--json", "café"], tmp_path)
    assert scored.returncode == 0 and scored.stdout.isascii()
