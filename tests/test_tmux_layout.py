"""`coach history` in a real 60-column terminal (tmux): the ID column stays, nothing is cut;
and redirected to a file from that terminal, every column is kept.

Skipped when tmux is not installed (.ci/run installs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import schedule
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"
WAIT = 60.0

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _attempts() -> list[int]:
    pack = load_pack(PACK)
    ids = []
    with Store.open() as store:
        for question, answer in (("meaning", "I put myself in their shoes and help quickly."),
                                 ("queue", "I stay polite and follow up.")):
            result = score_answer(pack, question, answer).to_dict()
            now = datetime.now(UTC)
            ids.append(store.record_attempt(
                session="s", pack=pack.id, question=question, prompt=pack.question(question).prompt,
                answer=answer, result=result, duration=75.0, time_limit=90,
                card=schedule.review(None, result["score"], now),
                created=now.isoformat(timespec="microseconds")))
    return ids


def test_history_at_60_columns_in_a_real_terminal(isolated_home: Path, tmp_path: Path) -> None:
    ids = _attempts()
    saved = tmp_path / "h.txt"
    coach = " ".join(shlex.quote(c) for c in (sys.executable, "-c", MAIN, "history"))
    line = f"{coach}; {coach} > {shlex.quote(str(saved))}; echo EXIT=$?; sleep 600"
    env = {**os.environ, "COACH_HOME": str(isolated_home), "TERM": "xterm-256color"}
    for name in ("TMUX", "COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        env.pop(name, None)
    socket = f"coach-layout-{os.getpid()}-{time.monotonic_ns()}"

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", "-L", socket, *args], env=env, check=True, capture_output=True,
                              text=True, timeout=WAIT).stdout

    try:
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "60", "-y", "30", line)
        deadline = time.monotonic() + WAIT
        while "EXIT=" not in (screen := tmux("capture-pane", "-p", "-t", "t")):
            assert time.monotonic() < deadline, f"coach history never finished:\n{screen}"
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], env=env, capture_output=True)
    assert "EXIT=0" in screen
    lines = screen.splitlines()
    header = next(line for line in lines if "Question" in line)
    assert header.split()[0] == "ID" and "Score" in header
    assert "…" not in screen and all(len(line) <= 60 for line in lines)
    for attempt_id, question in zip(ids, ("meaning", "queue"), strict=True):
        assert re.search(rf"^\s*{attempt_id}\s.*\b{question}\b", screen, re.M), screen
    # The same command redirected from this 60-column terminal: every column, nothing cut.
    written = saved.read_text(encoding="utf-8")
    assert all(name in written.splitlines()[0] for name in ("ID", "When", "Pack", "Earned", "Took"))
    assert "…" not in written
    assert re.search(rf"^\s*{ids[0]}\s.*practice-test\s+meaning\s.*1:15\s*$", written, re.M), written
