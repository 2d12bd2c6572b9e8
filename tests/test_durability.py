"""History durability with real processes: SIGKILL mid-session, kills mid-write, two writers at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.store import Store, db_path

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
GOOD = "I put myself in their shoes, help quickly and stay polite and courteous."
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"
WAIT = 60.0  # generous upper bound for slow CI machines; tests finish as soon as the condition holds

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")

WRITER = r"""
import sys, json
from coach.store import Store
from coach.scoring import score_answer
from coach.packs import load_pack
from pathlib import Path
name, count, gate = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
pack = load_pack(sys.argv[4])
result = score_answer(pack, "meaning", "I help quickly and politely.").to_dict()
store = Store.open()
print("ready", flush=True)
while not gate.exists():
    pass
for i in range(count):
    aid = store.record_attempt(session=name, pack=pack.id, question=f"{name}-{i}", prompt="p",
                               answer=f"{name} answer {i}", result=result, duration=None,
                               time_limit=None, card=('{"n": %d}' % i, "2030-01-01T00:00:00+00:00"))
    print(aid, flush=True)
"""


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "COACH_HOME": str(home), "COLUMNS": "100", "PYTHONUNBUFFERED": "1"}


def _rows(sql: str) -> list[tuple]:
    db = sqlite3.connect(db_path(), timeout=30)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _count() -> int:
    if not db_path().exists():
        return 0
    try:
        return int(_rows("SELECT count(*) FROM attempts")[0][0])
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_sigkill_in_the_middle_of_a_session_loses_no_scored_attempt(isolated_home: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", MAIN, "practice", "--pack", PACK, "-q", "meaning",
                             "-q", "queue", "-q", "fixed"], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=_env(isolated_home))
    assert proc.stdin is not None
    try:
        proc.stdin.write(f"{GOOD}\n.\n")
        proc.stdin.flush()
        _wait_for(lambda: _count() == 1, "the first attempt")
        proc.stdin.write("I help quickly and follow up.\n.\n")
        proc.stdin.flush()
        _wait_for(lambda: _count() == 2, "the second attempt")
        proc.stdin.write("Half of a third answer, still being typed")  # no terminator: not scored
        proc.stdin.flush()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=WAIT)
    assert proc.returncode == -signal.SIGKILL
    assert _rows("PRAGMA integrity_check") == [("ok",)]
    with Store.open() as store:
        stored = store.attempts()
        assert [(a.question, a.answer) for a in stored] == [
            ("meaning", GOOD), ("queue", "I help quickly and follow up.")]
        assert {c.question for c in store.cards()} == {"meaning", "queue"}
    # The next session carries on from there.
    after = subprocess.run([sys.executable, "-c", MAIN, "practice", "--pack", PACK, "-q", "fixed"],
                           input="I follow up with empathy.\n", capture_output=True, text=True,
                           env=_env(isolated_home), timeout=WAIT)
    assert after.returncode == 0, after.stderr
    assert _count() == 3


def test_kills_in_the_middle_of_writes_leave_only_whole_attempts(isolated_home: Path, tmp_path: Path) -> None:
    """A writer is killed at an arbitrary point of a burst of writes, several times over: every
    attempt it reported as committed is there, and no attempt is there without its card."""
    reported: list[int] = []
    for round_ in range(3):
        gate = tmp_path / f"go-{round_}"
        proc = subprocess.Popen([sys.executable, "-c", WRITER, f"w{round_}", "100000", str(gate), PACK],
                                stdout=subprocess.PIPE, text=True, env=_env(isolated_home))
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        gate.touch()
        for _ in range(20 + 15 * round_):
            reported.append(int(proc.stdout.readline()))
        proc.send_signal(signal.SIGKILL)
        reported += [int(line) for line in proc.stdout.read().split()]
        proc.wait(timeout=WAIT)
        assert proc.returncode == -signal.SIGKILL
    assert _rows("PRAGMA integrity_check") == [("ok",)]
    ids = {r[0] for r in _rows("SELECT id FROM attempts")}
    assert set(reported) <= ids
    assert len(ids) - len(reported) <= 3  # at most one committed-but-unreported write per kill
    cards = _rows("SELECT count(*) FROM cards")[0][0]
    assert cards == len(ids)  # each attempt was written together with its own card


def test_two_writers_at_once_keep_all_their_attempts(isolated_home: Path, tmp_path: Path) -> None:
    Store.open().close()  # the file exists and is migrated before the race starts
    gate = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, name, "150", str(gate), PACK],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=_env(isolated_home)) for name in ("a", "b")]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    gate.touch()
    outputs = [proc.communicate(timeout=WAIT * 2) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    assert _rows("SELECT session, count(*) FROM attempts GROUP BY session ORDER BY session") == [
        ("a", 150), ("b", 150)]
    printed = [int(x) for out, _ in outputs for x in out.split()]  # "ready" was read already
    assert len(set(printed)) == 300


def test_two_practice_sessions_at_once(isolated_home: Path) -> None:
    """Two real `coach practice` processes, answers fed to each in turn: both keep everything."""
    procs = [subprocess.Popen([sys.executable, "-c", MAIN, "practice", "--pack", PACK, "-q", "meaning",
                               "-q", "queue", "-q", "fixed"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=_env(isolated_home)) for _ in range(2)]
    answers = [GOOD, "I help quickly and follow up, always polite.", "I follow up with empathy."]
    expected = 0
    for answer in answers:
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"{answer}\n.\n")
            proc.stdin.flush()
            expected += 1
            try:
                _wait_for(lambda n=expected: _count() == n, f"attempt {expected}")
            except AssertionError as exc:
                for other in procs:
                    other.kill()
                errors = [other.communicate()[1] for other in procs]
                raise AssertionError(f"{exc}; stored {_count()}; stderr: {errors!r}") from None
    for proc in procs:
        _out, err = proc.communicate(timeout=WAIT)
        assert proc.returncode == 0, err
    with Store.open() as store:
        stored = store.attempts()
    assert len(stored) == 6 and len({a.session for a in stored}) == 2
    for session in {a.session for a in stored}:
        assert [a.question for a in stored if a.session == session] == ["meaning", "queue", "fixed"]
