"""What the history holds: an attempt as stored, a question's scheduling card, and the
per-criterion summary kept with every attempt.

These are typed objects; they become JSON (`to_dict`, `criteria_summary`) only where they
are written to SQLite or printed with `--json`, and `from_dict` reads the stored JSON back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class StoredCriterion:
    """One criterion as kept with an attempt: enough for history, stats and export without
    the full result."""

    id: str
    label: str
    earned: bool
    negated: bool
    match: float | None = None
    tip: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoredCriterion:
        """An entry of the stored `criteria` JSON (checked by rows.criteria_list)."""
        return cls(data["id"], data["label"], data["earned"], data["negated"], data.get("match"),
                   data.get("tip", "") or "")

    def to_dict(self) -> dict[str, Any]:
        """The stored JSON shape (unchanged, so every existing history still reads)."""
        return {"id": self.id, "label": self.label, "earned": self.earned, "negated": self.negated,
                "match": self.match, "tip": self.tip}


@dataclass(frozen=True, slots=True)
class StoredPause:
    """A long pause in a spoken answer: after which word (its text and index), when, how long."""

    after: str
    word: int
    start: float
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {"after": self.after, "word": self.word, "start": self.start, "seconds": self.seconds}


@dataclass(frozen=True, slots=True)
class Delivery:
    """How a spoken answer was delivered, kept with its attempt: speaking time, pace, long
    pauses, time over the limit; what the engine heard before the candidate corrected it; and
    where its recording was kept (only with --keep-audio)."""

    speaking_seconds: float  # first word's start to last word's end
    words_per_minute: float
    over_limit_seconds: float  # 0 within the question's limit
    recorded_seconds: float  # the whole recording
    pauses: tuple[StoredPause, ...]
    engine: str
    heard: str
    audio: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (`--json` output; `pauses` also as stored)."""
        return {"speaking_seconds": self.speaking_seconds, "words_per_minute": self.words_per_minute,
                "over_limit_seconds": self.over_limit_seconds, "recorded_seconds": self.recorded_seconds,
                "pauses": [p.to_dict() for p in self.pauses], "engine": self.engine, "heard": self.heard,
                "audio": self.audio}


@dataclass(frozen=True, slots=True)
class Attempt:
    """One stored attempt: what was asked, what was answered, and how it scored."""

    id: int
    session: str
    pack: str
    question: str
    prompt: str
    answer: str
    score: int
    criteria: tuple[StoredCriterion, ...]
    result: dict[str, Any]
    duration: float | None
    words: int
    time_limit: int | None
    created: str
    # The FSRS rating the score earned and the one the candidate chose instead (None when
    # kept, or for attempts stored before ratings were: see migrations.m006_ratings).
    rating: str | None = None
    override: str | None = None
    # How a spoken answer was delivered (None for a typed one: see migrations.m007_deliveries).
    delivery: Delivery | None = None

    def summary(self) -> dict[str, Any]:
        """The listing shape (`coach history --json`): no answer text or full result."""
        return {
            "id": self.id, "created": self.created, "session": self.session, "pack": self.pack,
            "question": self.question, "prompt": self.prompt, "score": self.score,
            "words": self.words, "duration": self.duration, "time_limit": self.time_limit,
            "earned": [c.id for c in self.criteria if c.earned],
            "missed": [c.id for c in self.criteria if not c.earned],
            "rating": self.rating, "override": self.override,
            "delivery": self.delivery.to_dict() if self.delivery is not None else None,
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything stored about the attempt, JSON-ready."""
        data = self.summary()
        data.update(answer=self.answer, criteria=[c.to_dict() for c in self.criteria], result=self.result)
        return data


@dataclass(frozen=True, slots=True)
class CardRow:
    """A question's scheduling card (FSRS JSON) and when it is next due."""

    pack: str
    question: str
    card: str
    due: str


ATTEMPT_COLUMNS = ("id, session, pack, question, prompt, answer, score, criteria, result, duration, "
                    "words, time_limit, created")


def criteria_summary(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-criterion picture kept with every attempt (for stats without the full result)."""
    return [{"id": c["id"], "label": c["label"], "earned": bool(c["earned"]),
             "negated": bool(c["negated"]), "match": c["match"], "tip": c.get("tip", "")}
            for c in result["criteria"]]
