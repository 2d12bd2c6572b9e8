"""A practice session as a stream of events: pure of terminals, so it can be scripted and tested.

The session asks for input through one small injectable object (a `Responder`: the
prompt_toolkit editor in coach/editor.py, `StdinResponder` in practice_stdin.py, or a test
double) and yields events (`Asked`, `Scored`, `ModelAnswer`, `Skipped`, `Notice`, `Finished`,
in practice_events.py) that coach/output/session.py shows. Every scored answer is committed
to the store before the `Scored` event is yielded, so whatever happens afterwards (Ctrl-C,
Ctrl-D, SIGKILL) it is kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .errors import CoachError, StoreError
from .practice_events import (
    Answer,
    Asked,
    Choice,
    Event,
    Finished,
    ModelAnswer,
    Notice,
    QuestionScores,
    Responder,
    Scored,
    SessionSummary,
    Skipped,
    WeakCriterion,
)
from .practice_stdin import StdinResponder

if TYPE_CHECKING:
    from .packs import Pack, Question
    from .scoring import Score
    from .store import Store

DEFAULT_TIME_LIMIT = 120  # seconds, when a question sets none: about two minutes spoken
LAST_PACK = "last_pack"

# The session's vocabulary (practice_events) and its scripted responder (practice_stdin) are
# importable from here too, where callers expect them.
__all__ = ["DEFAULT_TIME_LIMIT", "LAST_PACK", "Answer", "Asked", "Choice", "Event", "Finished",
           "ModelAnswer", "Notice", "QuestionScores", "Responder", "Scored", "Session",
           "SessionSummary", "Skipped", "StdinResponder", "WeakCriterion", "open_store", "select"]


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
        self.rows: dict[str, QuestionScores] = {}
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
                        from .packs.points import talking_points

                        yield ModelAnswer(question, question.model_answer,
                                          talking_points(self.pack, question))
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
        # An answer the scheduler rates Again (below its threshold) brings the question back
        # once more this session: one threshold for "not yet", in schedule.py.
        from .schedule import RATED_AGAIN_BELOW

        row = self.rows.get(question.id)
        if row and row.last is not None and row.last < RATED_AGAIN_BELOW and question.id not in self._again:
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
            row = self.rows[question.id] = QuestionScores(question.id, question.prompt)
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

    def summary(self) -> SessionSummary:
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
        return SessionSummary(list(self.rows.values()), weakest, len(self.results), self.saved,
                       str(self.store.path) if self.store is not None else None, self.ended_by)
