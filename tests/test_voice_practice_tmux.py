"""`coach practice --speak` in a real terminal (tmux), end to end: Enter starts the recording
from an ALSA file-backed input device that replays a speech fixture, --strict-time ends it at the
question's limit, pocketsphinx transcribes it, the transcript opens in the editor, the candidate
corrects it, and the report shows the delivery.

Skipped with a message where tmux, sounddevice/PortAudio or pocketsphinx is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_tmux_session import Tmux, _coach
from test_voice_record import alsa_home

from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "audio" / "empathy-slt.wav"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@pytest.fixture
def speaking_tmux(isolated_home: Path, tmp_path: Path) -> Iterator[Tmux]:
    pytest.importorskip("pocketsphinx", reason="pocketsphinx (coach[voice]) is not installed")
    pytest.importorskip("coach.voice.audio", reason="coach.voice.audio is not present")
    probe = subprocess.run([sys.executable, "-c", "import sounddevice"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"sounddevice or PortAudio is not installed: {probe.stderr.strip().splitlines()[-1:]}")
    from coach.voice.audio import read_wav

    home = alsa_home(tmp_path, read_wav(FIXTURE).pcm)  # then silence, as the device gives after it
    env = {**os.environ, "COACH_HOME": str(isolated_home), "HOME": str(home), "TERM": "xterm-256color"}
    env.pop("TMUX", None)
    session = Tmux(f"coach-voice-{os.getpid()}-{time.monotonic_ns()}", env)
    try:
        yield session
    finally:
        subprocess.run(["tmux", "-L", session.socket, "kill-server"], env=env, capture_output=True)


def test_spoken_answer_end_to_end(speaking_tmux: Tmux, tmp_path: Path) -> None:
    pack = tmp_path / "spoken.yaml"  # the practice pack, with a 6-second limit on `meaning`
    text = (ROOT / "tests" / "data" / "practice.yaml").read_text(encoding="utf-8")
    pack.write_text(text.replace("time_limit: 90", "time_limit: 6", 1), encoding="utf-8")
    tmux = speaking_tmux
    tmux.start(_coach("practice", "--pack", str(pack), "-q", "meaning", "--speak", "--strict-time"))
    tmux.wait_for("Press Enter and answer aloud")
    tmux.keys("Enter")
    screen = tmux.wait_for("Esc then Enter: submit")
    assert "Recorded 0:06 / 0:06  (stopped at the limit)" in screen  # the meter's last line
    assert "Correct what was misheard" in screen and "OVER TIME" not in screen  # correcting is not timed
    assert "This is what pocketsphinx" in screen and "put myself in their shoes" in screen
    tmux.keys(" and I stay polite", literal=True)  # correct it: the cursor is after the transcript
    tmux.keys("Escape", "Enter")
    screen = tmux.wait_for("[r]etry")
    assert "Delivery: spoke" in screen and "words per minute" in screen
    tmux.keys("q")
    screen = tmux.wait_for("EXIT=")
    assert "EXIT=0" in screen
    with Store.open() as store:
        [attempt] = store.attempts()
    assert attempt.answer.endswith(" and I stay polite") and "their shoes" in attempt.answer
    assert attempt.delivery is not None and attempt.delivery.engine.startswith("pocketsphinx")
    assert attempt.delivery.audio is None and attempt.delivery.recorded_seconds == 6.0


@pytest.mark.parametrize(("key", "status"), [("C-d", "EXIT=0"), ("C-c", "EXIT=130")])
def test_ctrl_d_or_ctrl_c_before_recording_ends_the_session(speaking_tmux: Tmux, key: str,
                                                            status: str) -> None:
    tmux = speaking_tmux
    tmux.start(_coach("practice", "--pack", str(ROOT / "tests" / "data" / "practice.yaml"), "-q", "meaning",
                      "-q", "queue", "--speak"))
    tmux.wait_for("Press Enter and answer aloud")
    tmux.keys(key)
    screen = tmux.wait_for("EXIT=")
    assert status in screen and "No answers scored" in screen and "Traceback" not in screen
    with Store.open() as store:
        assert store.attempts() == []
