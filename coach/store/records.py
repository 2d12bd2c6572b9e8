"""What the history holds: an attempt as stored, a question's scheduling card, and the
per-criterion summary kept with every attempt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    criteria: list[dict[str, Any]]
    result: dict[str, Any]
    duration: float | None
    words: int
    time_limit: int | None
    created: str

    def summary(self) -> dict[str, Any]:
        """The listing shape (`coach history --json`): no answer text or full result."""
        return {
            "id": self.id, "created": self.created, "session": self.session, "pack": self.pack,
            "question": self.question, "prompt": self.prompt, "score": self.score,
            "words": self.words, "duration": self.duration, "time_limit": self.time_limit,
            "earned": [c["id"] for c in self.criteria if c["earned"]],
            "missed": [c["id"] for c in self.criteria if not c["earned"]],
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything stored about the attempt, JSON-ready."""
        data = self.summary()
        data.update(answer=self.answer, criteria=self.criteria, result=self.result)
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
