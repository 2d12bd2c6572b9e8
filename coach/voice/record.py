"""Recording a spoken answer from the microphone (sounddevice over PortAudio) into an Audio.

sounddevice is imported here and nowhere else (a ruff rule): the `voice` extra installs it, and
it needs the PortAudio library of the system (Debian's libportaudio2). Each missing piece is a
RecordingError naming what to install. Enter starts and stops a recording (`TerminalKeys`, or
any `Keys`); what is shown meanwhile goes to a `show` callback (coach/output/recording.py), so
this module knows nothing of screens.
"""

from __future__ import annotations

import math
import queue
from array import array
from collections.abc import Callable
from typing import Any, Protocol

from coach import records
from coach.errors import CoachError

from . import SAMPLE_RATE, SAMPLE_WIDTH, Audio

VOICE_EXTRA = "pip install 'coach[voice]'"
PORTAUDIO_PACKAGE = "apt install libportaudio2"
BLOCK_SECONDS = 0.05  # one block of samples from PortAudio: the level meter's resolution
POLL_SECONDS = 0.1  # how often the meter is redrawn and Enter is looked for
MAX_SECONDS = 15 * 60  # a recording never grows past this (30 MB), whatever the keys do
SILENT_DB = -60.0  # the level meter's floor: quieter than this shows as nothing


class RecordingError(CoachError):
    """Recording is not possible here: no sounddevice, no PortAudio, no input device."""


@records.record(slots=True)
class Level:
    """What the screen shows while recording: time so far against the limit, and loudness."""

    elapsed: float  # seconds of audio recorded
    limit: float  # the question's time limit, in seconds
    level: float  # loudness of the latest block, 0 (silence) to 1 (full scale)
    strict: bool  # the recording ends at the limit
    done: bool = False  # the recording has ended: the last line shown


@records.record(slots=True)
class Recording:
    """A finished recording, and whether it was ended by the time limit (--strict-time)."""

    audio: Audio
    timed_out: bool = False
    capped: bool = False  # ended at MAX_SECONDS


class Keys(Protocol):
    """Where Enter comes from. Both methods raise EOFError (Ctrl-D) or KeyboardInterrupt (Ctrl-C)."""

    def wait_start(self) -> None:
        """Return when Enter is pressed."""
        ...

    def pressed(self, timeout: float) -> bool:
        """Whether Enter was pressed within `timeout` seconds."""
        ...


def sounddevice() -> Any:
    """The sounddevice module, or a RecordingError naming what to install."""
    try:
        import sounddevice as sd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise RecordingError(f"recording needs the sounddevice package, which is not installed: "
                             f"{VOICE_EXTRA}") from None
    except OSError as exc:  # sounddevice raises OSError("PortAudio library not found") on import
        if "portaudio" in str(exc).lower():
            raise RecordingError(f"recording needs the PortAudio library, which is not installed: "
                                 f"{PORTAUDIO_PACKAGE} (Debian, Ubuntu; libportaudio2)") from None
        raise RecordingError(f"recording cannot start: sounddevice cannot be loaded ({exc})") from None
    return sd


def input_device(device: int | str | None = None) -> str:
    """The name of the input device a recording uses (the system's default when None);
    raises RecordingError when there is none."""
    sd = sounddevice()
    try:
        info = sd.query_devices(device, kind="input")
    except (sd.PortAudioError, ValueError) as exc:
        raise RecordingError(f"no microphone found: the system has no audio input device ({exc}); "
                             "connect one, or check that `arecord -l` lists it") from None
    if int(info.get("max_input_channels", 0)) < 1:
        raise RecordingError(f"no microphone found: {info.get('name', device)!r} cannot record; "
                             "connect one, or check that `arecord -l` lists it")
    return str(info["name"])


def level(block: bytes) -> float:
    """The loudness of a block of samples, 0-1: its RMS in dB full scale over SILENT_DB..0."""
    samples = array("h")
    samples.frombytes(block[: len(block) - len(block) % SAMPLE_WIDTH])
    if not samples:
        return 0.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    if rms < 1:
        return 0.0
    db = 20 * math.log10(rms / 32768)
    return min(1.0, max(0.0, 1 - db / SILENT_DB))


def record(limit: float, *, keys: Keys, show: Callable[[Level], None], strict: bool = False,
           device: int | str | None = None, max_seconds: float = MAX_SECONDS) -> Recording:
    """Record from `device` at 16 kHz mono until Enter (or the limit, when `strict`), showing
    the time and level as it goes. Ctrl-C and Ctrl-D stop it too, raising as `keys` does."""
    sd = sounddevice()
    input_device(device)
    seconds = min(limit, max_seconds) if strict else max_seconds
    cap = int(seconds * SAMPLE_RATE) * SAMPLE_WIDTH
    blocks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
    taken = [0]  # bytes handed over by the callback (it runs in PortAudio's thread)

    stopped = [False]  # Enter was pressed: what the device sends after it is not the answer

    def callback(data: Any, frames: int, time: Any, status: Any) -> None:
        if stopped[0]:
            raise sd.CallbackStop
        room = cap - taken[0]
        piece = bytes(data)[:room]
        taken[0] += len(piece)
        blocks.put(piece)
        if taken[0] >= cap:
            raise sd.CallbackStop

    pcm = bytearray()
    loud = 0.0

    def drain() -> None:
        # The meter holds the loudest block since it was last drawn, so a word is never missed.
        nonlocal loud
        loudest = None
        while True:
            try:
                piece = blocks.get_nowait()
            except queue.Empty:
                break
            pcm.extend(piece)
            loudest = max(loudest or 0.0, level(piece))
        if loudest is not None:
            loud = loudest

    try:
        stream = sd.RawInputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16", device=device,
                                   blocksize=int(SAMPLE_RATE * BLOCK_SECONDS), callback=callback)
    except (sd.PortAudioError, ValueError) as exc:
        raise RecordingError(f"the microphone cannot record at {SAMPLE_RATE} Hz mono ({exc})") from None
    with stream:
        while True:
            drain()
            show(Level(min(len(pcm), cap) / (SAMPLE_RATE * SAMPLE_WIDTH), limit, loud, strict))
            if len(pcm) >= cap:
                break
            if keys.pressed(POLL_SECONDS):
                stopped[0] = True
                break
    drain()
    full = len(pcm) >= cap
    audio = Audio(bytes(pcm[:cap]))
    show(Level(audio.seconds, limit, 0.0, strict, done=True))
    return Recording(audio, timed_out=full and strict and limit <= max_seconds, capped=full and not strict)


class TerminalKeys:
    """Enter (and Ctrl-D) read from a terminal without echo while recording; Ctrl-C raises
    KeyboardInterrupt as usual. Use as a context manager: it restores the terminal."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._saved: Any = None

    def __enter__(self) -> TerminalKeys:
        import termios
        import tty

        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        termios.tcflush(self.fd, termios.TCIFLUSH)  # an Enter typed before the question starts nothing
        return self

    def __exit__(self, *exc: object) -> None:
        import termios

        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def pressed(self, timeout: float) -> bool:
        import os
        import select

        ready, _w, _x = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        data = os.read(self.fd, 64)
        if not data or b"\x04" in data:
            raise EOFError
        return b"\n" in data or b"\r" in data

    def wait_start(self) -> None:
        while not self.pressed(1.0):
            pass
