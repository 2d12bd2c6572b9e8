"""A recorded answer file -> its transcript and delivery report (`score --audio`, `grade`'s
audio column). Engines are opened once per process and kept: loading a model costs more than
decoding a short answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coach.records import record

from . import Engine, Speaking, Transcript

if TYPE_CHECKING:
    from coach.packs import Pack

_engines: dict[tuple[str | None, str, str | None], Engine] = {}


@record(slots=True)
class SpokenAnswer:
    """What coach heard in a recording and how it was spoken."""

    transcript: Transcript
    delivery: Speaking


def engine_for(language: str, name: str | None = None, model: str | None = None) -> Engine:
    """The engine for `language` (by name, or the language's default), opened once per process."""
    from .engines import open_engine

    key = (name, language, model)
    if key not in _engines:
        _engines[key] = open_engine(name, language=language, model=model)
    return _engines[key]


def transcribe_file(path: Path, *, language: str, limit_seconds: float | None,
                    engine: str | None = None, model: str | None = None) -> SpokenAnswer:
    """Read a WAV file, transcribe it with the engine for `language`, and measure its delivery.
    The engine is opened before the file is read, so a missing extra is reported first."""
    from .audio import read_wav
    from .speaking import measure

    chosen = engine_for(language, engine, model)
    transcript = chosen.transcribe(read_wav(path), language=language)
    return SpokenAnswer(transcript, measure(transcript, limit_seconds))


def question_limit(pack: Pack, question: str) -> float:
    """The question's time limit in seconds (the practice default when it sets none): the
    delivery report measures time over it."""
    from coach.practice import DEFAULT_TIME_LIMIT

    return float(pack.question(question).time_limit or DEFAULT_TIME_LIMIT)


def time_limit(pack: str, question: str) -> float:
    """question_limit for a pack named by id or path: read from the validated pack, which the
    compiled scoring cache does not keep."""
    from coach.packs import load_pack

    return question_limit(load_pack(pack), question)
