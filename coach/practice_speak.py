"""`coach practice --speak`: each question answered aloud, then corrected in the editor.

`SpokenResponder` wraps the responder a typed session would use (the terminal editor, or the
person's own editor): it records (a `Listener`, the microphone in a terminal), transcribes with
an Engine, measures the delivery, and opens the transcript in that editor for the candidate to
correct. Only what they submit there is scored: nothing the engine misheard is scored unseen.
Recordings are kept (`keep_recording`) only when --keep-audio asks.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .practice_events import Answer, Asked, Choice, Rate, Responder, Scored

if TYPE_CHECKING:
    from .packs import Pack
    from .store.records import Delivery
    from .voice import Audio, Engine, Speaking, Transcript
    from .voice.record import Recording

AUDIO_FOLDER = "audio"  # in the data folder, beside the history file
LONG_PAUSE = 1.5  # seconds: a silence this long between two words is reported


class Listener(Protocol):
    """Records one answer. Raises EOFError (Ctrl-D) or KeyboardInterrupt (Ctrl-C) to end."""

    def listen(self, asked: Asked, *, strict_time: bool) -> Recording:
        ...


class Screen(Protocol):
    """What the candidate is told between recording and editing (coach/output/recording.py)."""

    def transcribing(self, seconds: float, engine: str) -> Any:
        ...

    def heard(self, engine: str) -> None:
        ...


class MicrophoneListener:
    """The microphone in a terminal: Enter starts, Enter stops, a live meter meanwhile."""

    def __init__(self, screen: Any, fd: int, device: int | str | None = None) -> None:
        self.screen = screen
        self.fd = fd
        self.device = device

    def listen(self, asked: Asked, *, strict_time: bool) -> Recording:
        from .voice.record import TerminalKeys, record

        self.screen.ready()
        with TerminalKeys(self.fd) as keys:
            keys.wait_start()
            self.screen.start()
            try:
                return record(asked.time_limit, keys=keys, show=self.screen.show, strict=strict_time,
                              device=self.device)
            finally:
                self.screen.stop()


def corrected_count(transcript: Transcript, corrected: str) -> int | None:
    """How many words pace counts once the candidate has corrected the transcript: the corrected
    answer's, as the engine's word times are close but its word count is not (one word heard as
    two, two as one); None (the heard words) when the correction is a rewrite rather than a
    correction, under half or over twice the words heard, which says nothing about the speech."""
    from .voice.speaking import count_words

    heard, written = len(transcript.words), count_words(corrected)
    return written if heard and heard / 2 <= written <= heard * 2 else None


def delivery_of(transcript: Transcript, speaking: Speaking, recorded: float) -> Delivery:
    """The delivery report kept with the attempt: the measures, rounded, and each long pause
    with the word it follows."""
    from .store.records import Delivery, StoredPause

    words = transcript.words
    pauses = tuple(StoredPause(words[p.after_word].text if 0 <= p.after_word < len(words) else "",
                               p.after_word, round(p.start, 2), round(p.seconds, 2)) for p in speaking.pauses)
    return Delivery(round(speaking.speaking_seconds, 2), round(speaking.words_per_minute, 1),
                    round(speaking.over_limit_seconds, 2), round(recorded, 2), pauses, transcript.engine,
                    transcript.text)


class SpokenResponder:
    """Answers aloud: record, transcribe, measure, then the inner responder's editor opens on the
    transcript for corrections. Choices after the report are the inner responder's."""

    def __init__(self, inner: Responder, listener: Listener, engine: Engine, pack: Pack, *,
                 keep_audio: bool = False, screen: Screen | None = None) -> None:
        self.inner = inner
        self.listener = listener
        self.engine = engine
        self.pack = pack
        self.keep_audio = keep_audio
        self.screen = screen

    @property
    def offers_drafts(self) -> bool:
        return bool(getattr(self.inner, "offers_drafts", False))

    @property
    def ended(self) -> bool:
        return bool(getattr(self.inner, "ended", False))

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """Record and transcribe the answer, then the corrected transcript (None: input ended)."""
        from .voice.speaking import measure

        recording = self.listener.listen(asked, strict_time=strict_time)
        audio = recording.audio
        # No hints: a language model built from the pack's words would put rubric keywords in
        # the candidate's mouth (docs/voice.md); answers are decoded as `score --audio` does.
        if self.screen is not None:
            with self.screen.transcribing(audio.seconds, self.engine.name):
                transcript = self.engine.transcribe(audio, language=self.pack.language)
            self.screen.heard(transcript.engine)
        else:
            transcript = self.engine.transcribe(audio, language=self.pack.language)
        # The editor starts from what was heard (not from a draft or the answer being retried).
        to_correct = replace(asked, prefill=transcript.text, draft_saved=None, transcript=True)
        corrected = self.inner.answer(to_correct, strict_time=False)
        if corrected is None:
            return None
        speaking = measure(transcript, float(asked.time_limit), long_pause=LONG_PAUSE,
                           word_count=corrected_count(transcript, corrected.text))
        return replace(corrected, duration=round(audio.seconds, 1), timed_out=recording.timed_out,
                       delivery=delivery_of(transcript, speaking, audio.seconds),
                       recording=audio if self.keep_audio else None)

    def choose(self, scored: Scored) -> Choice | Rate:
        return self.inner.choose(scored)


def keep_recording(folder: Path, question: str, session: str, audio: Audio) -> Path:
    """Write a recording to `folder` (created private, 0700; the file 0600) under a name that
    says when and which question; raises OSError."""
    from .voice.audio import write_wav

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in question)[:60]
    path = folder / f"{stamp}-{safe}-{session[:8]}.wav"
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        write_wav(path, audio)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def keep_with(answer: Answer, folder: Path, question: str, session: str) -> tuple[Answer, Path | None, str]:
    """The answer once its recording is written to `folder` (its delivery naming the file, the
    audio itself dropped), the file, and a warning when it could not be written."""
    if answer.recording is None or answer.delivery is None:
        return answer, None, ""
    try:
        path = keep_recording(folder, question, session, answer.recording)
    except OSError as exc:
        why = exc.strerror or str(exc)
        return replace(answer, recording=None), None, \
            f"{folder}: the recording could not be kept ({why}); the answer is saved without it"
    return replace(answer, recording=None, delivery=replace(answer.delivery, audio=str(path))), path, ""
