"""Recording (coach/voice/record.py): the real sounddevice/PortAudio calls through an ALSA
file-backed input device, the level meter, and the one-line errors for a missing sounddevice,
a missing PortAudio library and a machine with no microphone.

The ALSA device is a `type file` PCM in an ~/.asoundrc under tmp_path (HOME points there, in a
subprocess: PortAudio reads the ALSA configuration once per process). Its `null` slave is not
paced in real time, so a recording of seconds takes a moment. Skipped with a message where
sounddevice or PortAudio is absent (.ci/run installs libportaudio2).
"""

from __future__ import annotations

import importlib.abc
import json
import math
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.voice import SAMPLE_RATE, SAMPLE_WIDTH
from coach.voice.record import PORTAUDIO_PACKAGE, VOICE_EXTRA, Level, RecordingError, input_device, level

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"


def tone(seconds: float, amplitude: int = 8000, hz: float = 440.0) -> bytes:
    """A sine tone as 16 kHz mono s16le."""
    return b"".join(struct.pack("<h", int(amplitude * math.sin(2 * math.pi * hz * i / SAMPLE_RATE)))
                    for i in range(int(seconds * SAMPLE_RATE)))


def alsa_home(tmp_path: Path, raw: bytes | None) -> Path:
    """A HOME whose ~/.asoundrc makes ALSA's default device replay `raw` as its input (or,
    with None, a default device that does not exist: no microphone)."""
    home = tmp_path / "alsa-home"
    home.mkdir()
    if raw is None:
        (home / ".asoundrc").write_text("pcm.!default { type hw card 99 }\n")
        return home
    (home / "in.raw").write_bytes(raw)
    (home / ".asoundrc").write_text(
        'pcm.!default {\n  type file\n  slave.pcm "null"\n  file "/dev/null"\n'
        f'  infile "{home / "in.raw"}"\n  format "raw"\n}}\n')
    return home


RECORD = """
import json, sys, time
from coach.voice.record import RecordingError, record, sounddevice
try:
    sd = sounddevice()
except RecordingError as exc:
    print(json.dumps({"skip": str(exc)}))
    raise SystemExit(0)

# The file-backed device is not paced: on a loaded machine it filled ten minutes of samples
# before the first look at the keys. A short pause in PortAudio's callback thread paces it
# (still far faster than real time) without changing what is recorded.
_stream = sd.RawInputStream
def paced(*args, callback, **kwargs):
    def each(*block):
        time.sleep(0.002)
        return callback(*block)
    return _stream(*args, callback=each, **kwargs)
sd.RawInputStream = paced

class Keys:
    def __init__(self, presses):
        self.polls, self.presses = 0, presses
    def wait_start(self):
        pass
    def pressed(self, timeout):
        self.polls += 1
        return self.presses is not None and self.polls >= self.presses

limit, strict, presses = float(sys.argv[1]), sys.argv[2] == "strict", json.loads(sys.argv[3])
cap = {"max_seconds": float(sys.argv[5])} if len(sys.argv) > 5 else {}
levels = []
done = record(limit, keys=Keys(presses), show=levels.append, strict=strict, **cap)
open(sys.argv[4], "wb").write(done.audio.pcm)
print(json.dumps({"timed_out": done.timed_out, "capped": done.capped, "shown": len(levels),
                  "levels": [lv.level for lv in levels], "elapsed": [lv.elapsed for lv in levels]}))
"""


def recorded(tmp_path: Path, raw: bytes, limit: float, strict: bool, presses: int | None,
             max_seconds: float | None = None) -> tuple[bytes, dict]:
    home = alsa_home(tmp_path, raw)
    out = tmp_path / "out.raw"
    env = {**os.environ, "HOME": str(home)}
    cap = [str(max_seconds)] if max_seconds is not None else []
    done = subprocess.run([sys.executable, "-c", RECORD, str(limit), "strict" if strict else "loose",
                           json.dumps(presses), str(out), *cap], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if "skip" in report:
        pytest.skip(f"recording cannot run here: {report['skip']}")
    return out.read_bytes(), report


def test_strict_recording_is_the_device_input_up_to_the_limit(tmp_path: Path) -> None:
    raw = tone(1.0) + bytes(SAMPLE_RATE * SAMPLE_WIDTH)  # a second of tone, a second of silence
    pcm, report = recorded(tmp_path, raw, 1.5, True, None)
    assert pcm == raw[: int(1.5 * SAMPLE_RATE) * SAMPLE_WIDTH]  # the very samples, at 16 kHz mono
    assert report["timed_out"] is True and report["capped"] is False
    assert report["elapsed"][-1] == 1.5
    assert max(report["levels"]) > 0.5  # the tone moved the meter


def test_enter_stops_a_recording_before_the_limit(tmp_path: Path) -> None:
    raw = tone(4.0)
    # Enter at the first look: the device (not paced in real time) cannot fill ten minutes first.
    pcm, report = recorded(tmp_path, raw, 600.0, True, 1)
    assert report["timed_out"] is False and report["capped"] is False
    assert len(pcm) < 600 * SAMPLE_RATE * SAMPLE_WIDTH and len(pcm) % SAMPLE_WIDTH == 0
    assert pcm[: len(raw)] == raw[: len(pcm)]


def test_without_strict_time_a_recording_runs_past_the_limit_to_the_cap(tmp_path: Path) -> None:
    # (a cap of 3 s stands in for the 15-minute one: the file device is not paced, but 15
    # minutes of samples take too long on a loaded machine)
    raw = tone(2.0)
    pcm, report = recorded(tmp_path, raw, 0.5, False, None, max_seconds=3.0)
    assert report["timed_out"] is False and report["capped"] is True
    assert len(pcm) > SAMPLE_RATE * SAMPLE_WIDTH  # past the 0.5 s limit
    assert len(pcm) == 3 * SAMPLE_RATE * SAMPLE_WIDTH  # and ended at the cap
    assert pcm[: len(raw)] == raw


def test_level_meter() -> None:
    assert level(bytes(3200)) == 0.0
    assert level(b"") == 0.0
    assert level(struct.pack("<h", 32767) * 100) > 0.99
    assert 0.45 < level(tone(0.1, amplitude=int(32768 * 10 ** (-30 / 20) * math.sqrt(2)))) < 0.55  # -30 dB


def test_recording_screen_line() -> None:
    from coach.output.recording import level_line

    assert "0:12 / 2:00" in level_line(Level(12.4, 120, 0.5, False)).plain
    assert "▮" * 10 + "▯" * 10 in level_line(Level(12.4, 120, 0.5, False)).plain
    assert "OVER TIME" in level_line(Level(125, 120, 0.1, False)).plain
    assert "stops at the limit" in level_line(Level(5, 120, 0.1, True)).plain
    assert level_line(Level(120, 120, 0.0, True, done=True)).plain == "■ Recorded 2:00 / 2:00  (stopped at the limit)"
    assert level_line(Level(30, 120, 0.0, False, done=True)).plain == "■ Recorded 0:30 / 2:00"


# -- errors: each one line on stderr, exit 1 --------------------------------------------------


class _Refuse(importlib.abc.MetaPathFinder):
    """Importing sounddevice fails the way it does on a machine without PortAudio."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return None


def speak(*args: str) -> Any:
    return CliRunner().invoke(app, ["practice", "--pack", PACK, "-q", "meaning", "--speak", *args])


def one_line_error(result: Any) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_missing_sounddevice_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # as if not installed
    with pytest.raises(RecordingError, match=r"pip install 'coach\[voice\]'"):
        input_device()
    line = one_line_error(speak())
    assert "sounddevice" in line and VOICE_EXTRA in line


def test_missing_portaudio_names_libportaudio2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_Refuse(), *sys.meta_path])
    with pytest.raises(RecordingError, match="libportaudio2"):
        input_device()
    line = one_line_error(speak())
    assert "PortAudio" in line and PORTAUDIO_PACKAGE in line and "libportaudio2" in line


class _NoDevices:
    """A sounddevice whose system has no input device (as PortAudio reports it)."""

    class PortAudioError(Exception):
        pass

    def query_devices(self, device: Any = None, kind: str | None = None) -> Any:
        raise self.PortAudioError("Error querying device -1")


def test_no_microphone_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", _NoDevices())
    with pytest.raises(RecordingError, match="no microphone found"):
        input_device()
    line = one_line_error(speak())
    assert "no microphone found" in line and "arecord -l" in line


def test_no_microphone_through_alsa_in_a_real_process(tmp_path: Path) -> None:
    try:
        import sounddevice  # noqa: F401
    except (ImportError, OSError) as exc:
        pytest.skip(f"sounddevice or PortAudio is not installed: {exc}")
    home = alsa_home(tmp_path, None)
    env = {**os.environ, "HOME": str(home), "COACH_HOME": str(tmp_path / "coach")}
    done = subprocess.run([sys.executable, "-c", MAIN, "practice", "--pack", PACK, "-q", "meaning",
                           "--speak"], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.startswith("coach: no microphone found"), done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "coach" / "history.sqlite3").exists()  # nothing started


def test_voice_options_need_speak() -> None:
    for option in (["--keep-audio"], ["--engine", "pocketsphinx"], ["--model", "x"]):
        result = CliRunner().invoke(app, ["practice", "--pack", PACK, *option])
        assert result.exit_code == 2 and "goes with --speak" in result.stderr, result.output
    result = CliRunner().invoke(app, ["practice", "--pack", PACK, "--speak", "--json"], input="x\n")
    assert result.exit_code == 2 and "--speak cannot be combined with --json" in result.stderr


def test_recording_errors_speak_the_screen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    result = CliRunner().invoke(app, ["--lang", "sv", "practice", "--pack", PACK, "-q", "meaning", "--speak"])
    assert result.exit_code == 1
    assert "inspelning kräver paketet sounddevice, som inte är installerat: pip install 'coach[voice]'" \
        in result.stderr
