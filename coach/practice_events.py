"""What a practice session yields and asks for: its events, the answer a responder gives,
and the end-of-session summary. Plain data, shown by coach/output/session.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from coach.records import record

from .errors import CoachError

if TYPE_CHECKING:
    from .packs import Question
    from .packs.points import TalkingPoint
    from .scoring import Score
    from .store.records import Delivery
    from .voice import Audio

Choice = Literal["retry", "model", "next", "quit"]
# The candidate's own FSRS rating of an answer, chosen after the report (keys 1-4, as in Anki).
Rate = Literal["Again", "Hard", "Good", "Easy"]
RATES: tuple[Rate, ...] = ("Again", "Hard", "Good", "Easy")  # in Anki's order: keys 1-4


@record(slots=True)
class Answer:
    """What the person typed, how long it took (None when not timed), and if time ran out.

    `chars` is how many characters were typed when `text` holds only the first of them
    (a responder reading a huge answer keeps no more than can be scored). A spoken answer
    (practice --speak) has its `delivery` report, and its `recording` when it is to be kept.
    """

    text: str
    duration: float | None = None
    timed_out: bool = False
    chars: int | None = None
    delivery: Delivery | None = None
    recording: Audio | None = None


@record(slots=True)
class Asked:
    """A question is about to be asked."""

    index: int
    total: int
    question: Question
    pack_title: str
    time_limit: int
    again: bool = False  # asked once more because an earlier answer was rated Again (by score or candidate)
    retry: bool = False  # the person chose to try the same question again
    # The text the editor starts from: the answer being retried, or a recovered draft (then
    # `draft_saved` says when that draft was kept).
    prefill: str = ""
    draft_saved: str | None = None
    transcript: bool = False  # the prefill is what the engine heard, to correct (practice --speak)


@record(slots=True)
class Scored:
    """An answer was scored (and, when `attempt_id` is set, already committed)."""

    question: Question
    pack_title: str
    answer: Answer
    result: Score
    attempt_id: int | None
    previous: int | None
    rating: str  # the FSRS rating the score earned
    has_model_answer: bool
    due: str | None = None  # when the question comes back (ISO time); None when not saved
    override: Rate | None = None  # the rating the candidate chose instead, if any

    @property
    def rated(self) -> str:
        """The rating that schedules the question: the candidate's, else the score's."""
        return self.override or self.rating


@record(slots=True)
class Rerated:
    """The candidate overrode the score's rating; the question was rescheduled with theirs."""

    scored: Scored  # the attempt, with `override` and `due` as they now are
    rescheduled: bool  # False when the card was not changed; `why` says why
    why: str = ""


@record(slots=True)
class Outlook:
    """Before the first question: what is due today, the day streak, and whether this is the
    candidate's first session with the pack (then it starts with the pack's central question)."""

    pack_title: str
    due_today: int
    never_answered: int
    streak: int
    longest: int
    practised_today: bool
    first_time: bool
    starts_with_central: bool  # the first question is the one the pack marks `start: true`

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return asdict(self)


@record(slots=True)
class ModelAnswer:
    """The pack's model answer, shown on request (an example, not the one right answer)."""

    question: Question
    text: str
    # Per criterion, the phrases of the model answer that earn it (coach.packs.points).
    points: list[TalkingPoint] = field(default_factory=list)


@record(slots=True)
class Skipped:
    """An empty answer: nothing scored or stored, the session moves on."""

    question: Question


@record(slots=True)
class Notice:
    """A line for stderr: a warning (for example: history cannot be saved), or a note."""

    message: str
    warning: bool = True


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


@record(slots=True)
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


@record(slots=True)
class Finished:
    """The session is over; here is its summary."""

    summary: SessionSummary


class EndSession(Exception):
    """Raised by a responder to end the session over unsent text (Ctrl-C or Ctrl-D in the
    editor): keep it as the question's draft, or discard it (and any draft kept before)."""

    def __init__(self, *, interrupted: bool, draft: str | None = None, discard: bool = False) -> None:
        super().__init__("interrupted" if interrupted else "end of input")
        self.interrupted = interrupted  # Ctrl-C (exit 130), not Ctrl-D
        self.draft = draft
        self.discard = discard


class AnswerNotSent(CoachError):
    """A responder failed (the person's editor exited with an error): the session keeps
    `draft`, the text written so far, as the question's draft before the error is shown."""

    def __init__(self, message: str, draft: str = "") -> None:
        super().__init__(message)
        self.draft = draft


Event = Asked | Scored | Rerated | ModelAnswer | Skipped | Notice | Finished


class Responder(Protocol):
    """Where answers and choices come from. Raise KeyboardInterrupt or EOFError to end, and
    EndSession to end over unsent text. A responder with `offers_drafts = True` (the editors)
    gets each question's kept draft in `Asked.prefill`, and its unsent text is kept."""

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """The answer to a question, or None when input has ended (Ctrl-D, end of file)."""
        ...

    def choose(self, scored: Scored) -> Choice | Rate:
        """What to do after the report: retry, model answer, next or quit; or a rating that
        replaces the score's (asked again afterwards)."""
        ...
