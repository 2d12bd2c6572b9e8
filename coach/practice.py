"""A practice session as a stream of events: pure of terminals, so it can be scripted and tested.

The session asks for input through one small injectable object (a `Responder`: the
prompt_toolkit editor in coach/editor.py, `StdinResponder` below, or a test double) and
yields events (`Asked`, `Scored`, `ModelAnswer`, `Skipped`, `Notice`, `Finished`) that
coach/output/session.py shows. Every scored answer is committed to the store before the `Scored`
event is yielded, so whatever happens afterwards (Ctrl-C, Ctrl-D, SIGKILL) it is kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from .errors import CoachError, StoreError

if TYPE_CHECKING:
    from .packs import Pack, Question
    from .scoring import Score
    from .store import Store

DEFAULT_TIME_LIMIT = 120  # seconds, when a question sets none: about two minutes spoken
AGAIN_BELOW = 50  # a score below this brings the question back once more this session
Choice = Literal["retry", "model", "next", "quit"]
LAST_PACK = "last_pack"


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
    again: bool = False  # asked once more because an earlier answer scored below 50
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


@dataclass(frozen=True, slots=True)
class Skipped:
    """An empty answer: nothing scored or stored, the session moves on."""

    question: Question


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning for stderr (for example: history cannot be saved)."""

    message: str


@dataclass
class Row:
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
class Summary:
    """The end-of-session picture: every question, its scores, and the weakest criteria."""

    rows: list[Row]
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

    summary: Summary


Event = Asked | Scored | ModelAnswer | Skipped | Notice | Finished


class Responder(Protocol):
    """Where answers and choices come from. Raise KeyboardInterrupt or EOFError to end."""

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """The answer to a question, or None when input has ended (Ctrl-D, end of file)."""
        ...

    def choose(self, scored: Scored) -> Choice:
        """What to do after the report: retry, model answer, next or quit."""
        ...


READ_CHUNK = 8192  # characters read at a time: a line is never read whole
TERMINATOR_MAX = 1024  # a longer line is answer text, never the "." line that ends an answer


class _Collector:
    """The text of one answer, keeping no more than `keep` characters but counting them all."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0
        self.lines = 0

    def add(self, piece: str) -> None:
        self.total += len(piece)
        if self.kept < self.keep and piece:
            piece = piece[:self.keep - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)

    def new_line(self) -> None:
        if self.lines:
            self.add("\n")
        self.lines += 1

    def answer(self) -> Answer:
        return Answer("".join(self.parts), chars=self.total)


class StdinResponder:
    """Answers from a text stream, one per question, each ended by a line `.` or end of input.

    No choice is asked: every answer is scored and the session moves on. Reading is bounded
    like `coach score`: only the first MAX_ANSWER_CHARS (+1, to tell that there was more) are
    kept, however long the input; undecodable bytes and NUL become U+FFFD.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.ended = False

    def _read(self) -> str:
        from .text import repair

        return repair(self.stream.readline(READ_CHUNK)).replace("\x00", "\ufffd")

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """The next answer from the stream, or None at its end."""
        from .scoring import MAX_ANSWER_CHARS

        if self.ended:
            return None
        text = _Collector(MAX_ANSWER_CHARS + 1)
        head = ""  # the start of the current line, held back while it could be the "." line
        long_line = read_any = False
        while True:
            chunk = self._read()
            if chunk == "":
                self.ended = True
                if not read_any:
                    return None
            read_any = True
            complete = chunk.endswith("\n") or chunk == ""
            body = chunk.rstrip("\r\n") if complete else chunk
            if long_line:
                text.add(body)
            else:
                head += body
                if len(head) > TERMINATOR_MAX:
                    text.new_line()
                    text.add(head)
                    head, long_line = "", True
            if not complete:
                continue
            if not long_line:
                if head.strip() == ".":
                    break
                if head or chunk:  # not the empty read at the end of input
                    text.new_line()
                    text.add(head)
            head, long_line = "", False
            if chunk == "":
                break
        return text.answer()

    def choose(self, scored: Scored) -> Choice:
        """Scripted sessions ask no choice: always go on to the next question."""
        return "next"


def _review(card_json: str | None, score: int, off_topic: bool) -> tuple[str, str]:
    """The question's next card; a stored card the scheduler cannot read starts over as new."""
    from . import schedule

    if card_json is not None:
        try:
            return schedule.review(card_json, score, off_topic=off_topic)
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # it only held scheduling state: the question is scheduled as if new
    return schedule.review(None, score, off_topic=off_topic)


def open_store() -> tuple[Store | None, str | None]:
    """Open the history for a session: (store, None), or (None, why) when it cannot be written.

    A damaged or foreign file is not something to work around silently: StoreCorrupt is raised.
    """
    from .store import Store, StoreUnavailable

    try:
        return Store.open(), None
    except StoreUnavailable as exc:
        return None, f"{exc}; practising without saving history"


def select(pack: Pack, *, store: Store | None, tags: Sequence[str] = (), difficulty: str | None = None,
           questions: Sequence[str] = (), count: int | None = None, mode: str = "review",
           rng: Any = None) -> list[Question]:
    """The questions of a session: by id in the order given, or filtered and ordered by mode."""
    from . import schedule

    if questions:  # asked for by id: asked in the order given
        chosen = [pack.question(q) for q in dict.fromkeys(questions)]
        return chosen[:count] if count else chosen
    chosen = [q for q in pack.questions
              if (not tags or set(tags) & set(q.tags))
              and (difficulty is None or str(q.difficulty) == difficulty)]
    if not chosen:
        wanted = [f"tag {' or '.join(tags)}" if tags else "",
                  f"difficulty {difficulty}" if difficulty else ""]
        raise CoachError(f"pack {pack.id!r} has no question with {' and '.join(w for w in wanted if w)}"
                         f"; its tags: {', '.join(sorted({t for q in pack.questions for t in q.tags}))}")
    due = {c.question: c.due for c in store.cards(pack.id)} if store is not None else {}
    ids = schedule.order([q.id for q in chosen], due, mode, rng=rng)
    by_id = {q.id: q for q in chosen}
    ordered = [by_id[i] for i in ids]
    return ordered[:count] if count else ordered


class Session:
    """One rehearsal: asks each question, scores, stores, schedules, and sums up."""

    def __init__(self, pack: Pack, questions: Sequence[Question], responder: Responder,
                 store: Store | None, *, strict_time: bool = False, store_warning: str | None = None) -> None:
        self.pack = pack
        self.queue: list[tuple[Question, bool]] = [(q, False) for q in questions]
        self.responder = responder
        self.store = store
        self.strict_time = strict_time
        self.session_id = uuid.uuid4().hex
        self.rows: dict[str, Row] = {}
        self.results: list[Score] = []
        self.saved = 0
        self.ended_by = "done"
        self._warning = store_warning
        self._warned = False
        self._again: set[str] = set()

    def _notice(self) -> Iterator[Notice]:
        if self._warning and not self._warned:
            self._warned = True
            yield Notice(self._warning)
        if self.store is not None:  # damaged history rows met while choosing or scoring
            from .text import sanitize

            for message in self.store.take_warnings():
                yield Notice(sanitize(message))

    def run(self) -> Generator[Event, None, None]:
        """Yield the session's events; ends with Finished (also after Ctrl-C or Ctrl-D)."""
        try:
            yield from self._notice()
            index = 0
            while self.queue and not getattr(self.responder, "ended", False):
                question, again = self.queue.pop(0)
                index += 1
                retry = False
                while True:
                    asked = Asked(index, index + len(self.queue), question, self.pack.title,
                                  question.time_limit or DEFAULT_TIME_LIMIT, again=again, retry=retry)
                    yield asked
                    answer = self.responder.answer(asked, strict_time=self.strict_time)
                    if answer is None:
                        self.ended_by = "end of input"
                        yield Finished(self.summary())
                        return
                    if not answer.text.strip():
                        yield Skipped(question)
                        break
                    scored = self._score(question, answer)
                    yield from self._notice()
                    yield scored
                    choice = self.responder.choose(scored)
                    while choice == "model":
                        yield ModelAnswer(question, question.model_answer)
                        choice = self.responder.choose(scored)
                    if choice == "quit":
                        self.ended_by = "quit"
                        yield Finished(self.summary())
                        return
                    if choice != "retry":
                        break
                    retry = True
                self._maybe_again(question)
        except (KeyboardInterrupt, EOFError) as exc:
            self.ended_by = "interrupted" if isinstance(exc, KeyboardInterrupt) else "end of input"
            yield Finished(self.summary())
            return
        if self.queue:
            self.ended_by = "end of input"
        yield Finished(self.summary())

    def _maybe_again(self, question: Question) -> None:
        row = self.rows.get(question.id)
        if row and row.last is not None and row.last < AGAIN_BELOW and question.id not in self._again:
            self._again.add(question.id)
            self.queue.append((question, True))

    def _score(self, question: Question, answer: Answer) -> Scored:
        from . import schedule
        from .scoring import MAX_ANSWER_CHARS, capped, score_answer

        # Only the scored part of a long answer is kept, shown and stored (as `coach score`
        # scores it); the result says how long the whole answer was.
        typed = max(answer.chars or 0, len(answer.text))
        text = capped(answer.text)
        if text != answer.text or typed > len(text):
            answer = replace(answer, text=text, chars=typed)
        result = score_answer(self.pack, question, text)
        if typed > len(text):
            result = replace(result, truncated=True, scored_chars=len(text),
                             notes=[*result.notes, f"Only the first {MAX_ANSWER_CHARS:,} of {typed:,} "
                                    "characters were scored; only they are kept in your history."])
        row = self.rows.get(question.id)
        if row is None:
            row = self.rows[question.id] = Row(question.id, question.prompt)
            row.previous = self._previous(question.id)
        previous = row.last if row.last is not None else row.previous
        attempt_id = None
        if self.store is not None:
            try:
                old = self.store.card(self.pack.id, question.id)
                card = _review(old.card if old else None, result.score, result.off_topic)
                attempt_id = self.store.record_attempt(  # the result becomes JSON for SQLite here
                    session=self.session_id, pack=self.pack.id, question=question.id,
                    prompt=question.prompt, answer=answer.text, result=result.to_dict(),
                    duration=answer.duration, time_limit=question.time_limit or DEFAULT_TIME_LIMIT,
                    card=card)
                self.saved += 1
            except StoreError as exc:
                self.store = None
                self._warning = f"{exc}; the rest of this session is not saved"
        row.scores.append(result.score)
        self.results.append(result)
        return Scored(question, self.pack.title, answer, result, attempt_id, previous,
                      schedule.rating_name(result.score, off_topic=result.off_topic),
                      bool(question.model_answer.strip()))

    def _previous(self, question_id: str) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.previous_score(self.pack.id, question_id)
        except StoreError:
            return None

    def summary(self) -> Summary:
        """The summary so far: safe to call at any moment (for example after Ctrl-C)."""
        seen: dict[str, list[int]] = {}
        labels: dict[str, tuple[str, str]] = {}
        for result in self.results:
            for crit in result.criteria:
                seen.setdefault(crit.id, []).append(1 if crit.earned else 0)
                labels[crit.id] = (crit.label, crit.tip)
        weakest = sorted(
            (WeakCriterion(cid, labels[cid][0], labels[cid][1], sum(marks), len(marks))
             for cid, marks in seen.items() if sum(marks) < len(marks)),
            key=lambda c: (c.earned / c.seen, -c.seen, c.id))[:3]
        return Summary(list(self.rows.values()), weakest, len(self.results), self.saved,
                       str(self.store.path) if self.store is not None else None, self.ended_by)
