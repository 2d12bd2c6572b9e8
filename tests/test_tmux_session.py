"""An interactive practice session in a real terminal: tmux send-keys in, capture-pane out.

Skipped when tmux is not installed (.ci/run installs it).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"
WAIT = 60.0

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One private tmux server running one command in a pane 50 lines high (100 columns unless told)."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], env=self.env, check=True,
                              capture_output=True, text=True, timeout=WAIT).stdout

    def start(self, command: list[str], *, width: int = 100) -> None:
        line = " ".join(shlex.quote(c) for c in command) + "; echo EXIT=$?; sleep 600"
        self.run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", str(width), "-y", "50", line)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", "t", *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "t", "-S", "-400")

    def wait_for(self, text: str) -> str:
        return self.wait_until(lambda screen: text in screen, text)

    def wait_until(self, ready: Callable[[str], bool], what: str = "the expected screen") -> str:
        deadline = time.monotonic() + WAIT
        while True:
            screen = self.screen()
            if ready(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{what!r} never appeared; the screen was:\n{screen}")
            time.sleep(0.1)


@pytest.fixture
def tmux(isolated_home: Path) -> Iterator[Tmux]:
    env = {**os.environ, "COACH_HOME": str(isolated_home), "TERM": "xterm-256color"}
    env.pop("TMUX", None)
    session = Tmux(f"coach-test-{os.getpid()}-{time.monotonic_ns()}", env)
    try:
        yield session
    finally:
        subprocess.run(["tmux", "-L", session.socket, "kill-server"], env=env, capture_output=True)


def _coach(*args: str) -> list[str]:
    return [sys.executable, "-c", MAIN, *args]


def test_interactive_session_end_to_end(tmux: Tmux) -> None:
    tmux.start(_coach("practice", "--pack", PACK, "-q", "meaning", "-q", "fixed"))
    screen = tmux.wait_for("Esc then Enter: submit")
    assert "Question 1 of 2" in screen and "time limit 1:30" in screen and "0 words" in screen
    tmux.keys("I put myself in their shoes and help quickly.", literal=True)
    tmux.keys("Enter")  # Enter is a new line, not a submit
    tmux.keys("I always stay polite.", literal=True)
    screen = tmux.wait_for("13 words")
    assert "Saved as attempt" not in screen
    tmux.keys("Escape", "Enter")
    screen = tmux.wait_for("[m]odel answer")
    assert "100/100" in screen and "Saved as attempt #1" in screen and "rated Easy" in screen
    tmux.keys("m")
    tmux.wait_for("An example of a strong answer")
    tmux.keys("n")
    screen = tmux.wait_for("OVER TIME")  # question 2 has a 2-second limit; the bar says so
    assert "Question 2 of 2" in screen
    tmux.keys("C-d")  # ends the session cleanly
    screen = tmux.wait_for("EXIT=")
    assert "Session summary" in screen and "EXIT=0" in screen
    with Store.open() as store:
        stored = store.attempts()
    assert [(a.question, a.answer) for a in stored] == [
        ("meaning", "I put myself in their shoes and help quickly.\nI always stay polite.")]
    assert stored[0].duration is not None and stored[0].duration > 0


def test_strict_time_submits_at_the_limit(tmux: Tmux) -> None:
    tmux.start(_coach("practice", "--pack", PACK, "-q", "fixed", "--strict-time"))
    tmux.wait_for("submits at the limit")
    tmux.keys("I follow up with empathy", literal=True)
    tmux.wait_for("submitted at the time limit")
    # The choice prompt is printed just after the report: wait for it rather than race it.
    assert "submitted at the time limit" in tmux.wait_for("[r]etry")
    tmux.keys("r")  # retry: the same question again, starting from the last answer
    tmux.wait_for("(retry)")
    # The retry has the same 2-second limit: it submits the prefilled answer unchanged. (Racing
    # that limit with a key press made this test depend on the machine's load.)
    tmux.wait_until(lambda screen: screen.count("submitted at the time limit") >= 2
                    and "[r]etry" in screen.split("submitted at the time limit")[-1])
    tmux.keys("q")
    screen = tmux.wait_for("EXIT=")
    assert "Session summary" in screen and "EXIT=0" in screen
    with Store.open() as store:
        assert [a.answer for a in store.attempts()] == ["I follow up with empathy"] * 2
