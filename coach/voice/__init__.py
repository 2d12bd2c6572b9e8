"""Spoken answers: audio in, a transcript with word times out, and how it was spoken.

The rest of coach sees only these types. Audio travels as `Audio` (16 kHz, mono, signed
16-bit little-endian PCM), the format both engines decode; the engines, recording and their
optional dependencies (pocketsphinx, faster-whisper, sounddevice) are imported only inside
the modules that use them, so `import coach.voice` costs nothing.

  engines.py   the Engine interface's implementations, chosen by name (pocketsphinx, whisper)
  audio.py     WAV files in and out, resampled and padded for the engines
  speaking.py  pace, long pauses and time over the limit, from a transcript's word times
  record.py    recording from the microphone (sounddevice/PortAudio), with a level meter
"""

from __future__ import annotations

from typing import Protocol

from coach.records import record

SAMPLE_RATE = 16_000  # Hz: what pocketsphinx's bundled model and whisper both expect
SAMPLE_WIDTH = 2  # bytes: signed 16-bit little-endian


@record(slots=True)
class Audio:
    """Mono PCM at SAMPLE_RATE, SAMPLE_WIDTH bytes a sample."""

    pcm: bytes

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (SAMPLE_RATE * SAMPLE_WIDTH)


@record(slots=True)
class Word:
    """One recognised word and when it was said, in seconds from the start of the audio."""

    text: str
    start: float
    end: float


@record(slots=True)
class Transcript:
    """What an engine heard: the text to edit and score, and each word's time."""

    text: str
    words: tuple[Word, ...]
    seconds: float  # length of the audio
    engine: str  # "pocketsphinx" or "whisper:<model>"
    language: str  # the pack's language code


@record(slots=True)
class Pause:
    """A silence between two words of at least the long-pause threshold."""

    after_word: int  # index into Transcript.words of the word before the pause
    start: float
    seconds: float


@record(slots=True)
class Speaking:
    """How an answer was spoken: the delivery report stored with the attempt."""

    speaking_seconds: float  # first word's start to last word's end
    words_per_minute: float
    pauses: tuple[Pause, ...]
    over_limit_seconds: float  # 0 when within the question's limit (or it has none)


class Engine(Protocol):
    """A speech-to-text engine; raises coach.errors.CoachError subclasses on failure."""

    name: str

    def transcribe(self, audio: Audio, *, language: str, hints: str | None = None) -> Transcript:
        """The transcript of `audio`; `hints` is the pack's own text where the engine can use it."""
        ...
