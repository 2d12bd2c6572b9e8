"""What a practice session yields and asks for: its events, the answer a responder gives,
and the end-of-session summary. Plain data, shown by coach/output/session.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from .packs import Question
    from .packs.points import TalkingPoint
    from .scoring import Score

Choice = Literal["retry", "model", "next", "quit"]


@dataclass(frozen=True, slots=True)
class Answer:
    """What the person typed, how long it took (None when not timed), and if time ran out.

    `chars` is how many characters were typed when `text` holds only the first of them
    (a responder reading a huge answer keeps no more than can be scored).
    """

    text: str
    duration: float | None = None
    timed_out: bool = False
    chars: int | None = None


@dataclass(frozen=True, slots=True)
class Asked:
    """A question is about to be asked."""

    index: int
    total: int
    question: Question
    pack_title: str
    time_limit: int
    again: bool = False  # asked once more because an earlier answer rated Again (below 50)
    retry: bool = False  # the person chose to try the same question again


@dataclass(frozen=True, slots=True)
class Scored:
    """An answer was scored (and, when `attempt_id` is set, already committed)."""

    question: Question
    pack_title: str
    answer: Answer
    result: Score
    attempt_id: int | None
    previous: int | None
    rating: str
    has_model_answer: bool


@dataclass(frozen=True, slots=True)
class ModelAnswer:
    """The pack's model answer, shown on request (an example, not the one right answer)."""

    question: Question
    text: str
    # Per criterion, the phrases of the model answer that earn it (coach.packs.points).
    points: list[TalkingPoint] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An empty answer: nothing scored or stored, the session moves on."""

    question: Question


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning for stderr (for example: history cannot be saved)."""

    message: str


@dataclass
class QuestionScores:
    """One question's line in the session summary."""

    question: str
    prompt: str
    scores: list[int] = field(default_factory=list)
    previous: int | None = None

    @property
    def last(self) -> int | None:
        """The latest score this session, if any."""
        return self.scores[-1] if self.scores else None

    @property
    def change(self) -> int | None:
        """Change of the last score this session against the last score before it."""
        if self.last is None or self.previous is None:
            return None
        return self.last - self.previous


@dataclass(frozen=True, slots=True)
class WeakCriterion:
    """A criterion missed at least once this session: how often it was earned, and its tip."""

    id: str
    label: str
    tip: str
    earned: int
    seen: int


@dataclass
class SessionSummary:
    """The end-of-session picture: every question, its scores, and the weakest criteria."""

    rows: list[QuestionScores]
    weakest: list[WeakCriterion]
    attempts: int
    saved: int
    store_path: str | None
    ended_by: str = "done"

    @property
    def average(self) -> float | None:
        """The mean of every score this session, if any."""
        scores = [s for r in self.rows for s in r.scores]
        return round(sum(scores) / len(scores), 1) if scores else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "attempts": self.attempts, "saved": self.saved, "average": self.average,
            "ended_by": self.ended_by, "store": self.store_path,
            "questions": [{"question": r.question, "prompt": r.prompt, "scores": r.scores,
                           "previous": r.previous, "change": r.change} for r in self.rows if r.scores],
            "weakest": [asdict(w) for w in self.weakest],
        }


@dataclass(frozen=True, slots=True)
class Finished:
    """The session is over; here is its summary."""

    summary: SessionSummary


Event = Asked | Scored | ModelAnswer | Skipped | Notice | Finished


class Responder(Protocol):
    """Where answers and choices come from. Raise KeyboardInterrupt or EOFError to end."""

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """The answer to a question, or None when input has ended (Ctrl-D, end of file)."""
        ...

    def choose(self, scored: Scored) -> Choice:
        """What to do after the report: retry, model answer, next or quit."""
        ...
