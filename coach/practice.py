"""A practice session as a stream of events: pure of terminals, so it can be scripted and tested.
The session asks for input through one small injectable object (a `Responder`: the
prompt_toolkit editor in coach/editor.py, `StdinResponder` in practice_stdin.py, or a test
double) and yields events (`Asked`, `Scored`, `ModelAnswer`, `Skipped`, `Notice`, `Finished`,
in practice_events.py) that coach/output/session.py shows. Every scored answer is committed
to the store before the `Scored` event is yielded, so whatever happens afterwards (Ctrl-C,
Ctrl-D, SIGKILL) it is kept.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .errors import CoachError, StoreError
from .practice_events import (
    RATES,
    Answer,
    AnswerNotSent,
    Asked,
    Choice,
    EndSession,
    Event,
    Finished,
    ModelAnswer,
    Notice,
    Outlook,
    QuestionScores,
    Rate,
    Rerated,
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
           "ModelAnswer", "Notice", "Outlook", "QuestionScores", "Rate", "Rerated", "Responder",
           "Scored", "Session", "SessionSummary", "Skipped", "StdinResponder", "WeakCriterion",
           "open_store", "outlook", "select"]


def _review(card_json: str | None, score: int, off_topic: bool, when: datetime,
            rated: str | None = None) -> tuple[str, str]:
    """The question's next card; a stored card the scheduler cannot read starts over as new."""
    from . import schedule

    if card_json is not None:
        try:
            return schedule.review(card_json, score, when, off_topic=off_topic, rated=rated)
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # it only held scheduling state: the question is scheduled as if new
    return schedule.review(None, score, when, off_topic=off_topic, rated=rated)


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
    from .variety import Likeness

    due = {c.question: c.due for c in store.cards(pack.id)} if store is not None else {}
    start = next((q.id for q in pack.questions if q.start), None)
    ids = schedule.order([q.id for q in chosen], due, mode, rng=rng, start=start,
                         near=Likeness(pack.questions, pack.language).near, limit=count)
    by_id = {q.id: q for q in chosen}
    ordered = [by_id[i] for i in ids]
    return ordered[:count] if count else ordered


def outlook(pack: Pack, store: Store | None, first: Question | None = None, *,
            now: datetime | None = None) -> Outlook | None:
    """What to say before the first question (`first`): due today, never answered, the day
    streak. None without a history to read."""
    from datetime import timedelta

    from .history import local_day, streaks
    from .schedule import parse_due

    if store is None:
        return None
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    # Due today: by the end of the local day, not only by now (a question due this evening counts).
    end = datetime.combine(today + timedelta(days=1), datetime.min.time()).astimezone()
    cards = {c.question: c.due for c in store.cards(pack.id)}
    ids = {q.id for q in pack.questions}
    days = {local_day(t) for t in store.attempt_times()}
    streak = streaks(days, today)
    return Outlook(pack.title, sum(1 for q, d in cards.items() if q in ids and parse_due(d) < end),
                   len(ids - set(cards)), streak["current"], streak["longest"], today in days,
                   not cards, bool(first is not None and first.start))


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
        self._notes: list[str] = []  # warnings for the next notice (a recording that was not kept)
        self._again: set[str] = set()
        self._rated: dict[str, str] = {}  # question id -> the rating of its latest answer
        # attempt id -> (the card before it, when it was reviewed): an override re-reviews it
        self._reviews: dict[int, tuple[str | None, datetime]] = {}

    def _notice(self) -> Iterator[Notice]:
        if self._warning and not self._warned:
            self._warned = True
            yield Notice(self._warning)
        while self._notes:
            yield Notice(self._notes.pop(0))
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
                prefill, draft_saved = self._draft(question)
                while True:
                    asked = Asked(index, index + len(self.queue), question, self.pack.title,
                                  question.time_limit or DEFAULT_TIME_LIMIT, again=again, retry=retry,
                                  prefill=prefill, draft_saved=draft_saved)
                    yield asked
                    answer = self._answer(question, asked)
                    if isinstance(answer, EndSession):
                        yield from self._end_over(question, answer)
                        return
                    if answer is None:
                        self.ended_by = "end of input"
                        yield Finished(self.summary())
                        return
                    if not answer.text.strip():
                        yield Skipped(question)
                        break
                    self._keep_draft(question, answer.text)  # kept if scoring or storing fails
                    scored = self._score(question, answer)
                    if scored.attempt_id is not None:
                        self._drop_draft(question)
                    yield from self._notice()
                    yield scored
                    choice = self.responder.choose(scored)
                    while choice == "model" or choice in RATES:
                        if choice in RATES:
                            rerated = self._override(scored, choice)  # type: ignore[arg-type]
                            scored = rerated.scored
                            yield from self._notice()
                            yield rerated
                        else:
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
                    prefill, draft_saved = answer.text, None  # a retry edits the last answer
                self._maybe_again(question)
        except (KeyboardInterrupt, EOFError) as exc:
            self.ended_by = "interrupted" if isinstance(exc, KeyboardInterrupt) else "end of input"
            yield Finished(self.summary())
            return
        if self.queue:
            self.ended_by = "end of input"
        yield Finished(self.summary())

    # - drafts: only for responders that offer them (the editors; never scripted stdin) -

    def _answer(self, question: Question, asked: Asked) -> Answer | EndSession | None:
        """The responder's answer, or its request to end over unsent text."""
        try:
            return self.responder.answer(asked, strict_time=self.strict_time)
        except EndSession as end:
            return end
        except AnswerNotSent as exc:  # the editor failed: keep what it held, then report
            if not exc.draft.strip():
                raise
            if self._keep_draft(question, exc.draft):
                raise AnswerNotSent(f"{exc} (what you wrote is kept as a draft for next time)",
                                    exc.draft) from None
            raise AnswerNotSent(f"{exc}; the history cannot be written, so here is what you wrote:\n"
                                f"{exc.draft}", exc.draft) from None

    def _end_over(self, question: Question, end: EndSession) -> Iterator[Event]:
        """End the session as the responder asked, keeping or discarding the unsent text."""
        self.ended_by = "interrupted" if end.interrupted else "end of input"
        if end.draft is not None and end.draft.strip():
            if self._keep_draft(question, end.draft):
                yield Notice(f"your unsent answer to {question.id!r} is kept as a draft; it comes "
                             "back the next time this question is asked", warning=False)
            else:  # shown, so that it can still be copied
                yield Notice(f"the history cannot be written, so your unsent answer to "
                             f"{question.id!r} could not be kept; here it is:\n{end.draft}")
        elif end.discard:
            self._drop_draft(question)
        yield Finished(self.summary())

    def _drafts_on(self) -> bool:
        return self.store is not None and bool(getattr(self.responder, "offers_drafts", False))

    def _draft(self, question: Question) -> tuple[str, str | None]:
        """The question's kept draft as (text, when saved), or ("", None)."""
        if not self._drafts_on() or self.store is None:
            return "", None
        from .store.drafts import get_draft

        try:
            draft = get_draft(self.store, self.pack.id, question.id)
        except StoreError:
            return "", None
        return (draft.text, draft.saved) if draft is not None else ("", None)

    def _keep_draft(self, question: Question, text: str) -> bool:
        """Keep unsent text as the question's draft; False when the history cannot be written."""
        if not self._drafts_on() or self.store is None:
            return False
        from .store.drafts import save_draft

        try:
            save_draft(self.store, self.pack.id, question.id, text)
        except StoreError:
            return False
        return True

    def _drop_draft(self, question: Question) -> None:
        if self._drafts_on() and self.store is not None:
            from .store.drafts import delete_draft

            with contextlib.suppress(StoreError):
                delete_draft(self.store, self.pack.id, question.id)

    def _maybe_again(self, question: Question) -> None:
        # An answer rated Again (by its score, below schedule.RATED_AGAIN_BELOW, or by the
        # candidate) brings the question back once more this session.
        if self._rated.get(question.id) == "Again" and question.id not in self._again:
            self._again.add(question.id)
            self.queue.append((question, True))

    def _override(self, scored: Scored, rate: Rate) -> Rerated:
        """Reschedule a saved attempt with the candidate's rating instead of the score's."""
        if scored.attempt_id is None or self.store is None or scored.attempt_id not in self._reviews:
            return Rerated(scored, False, "the history cannot be written")
        before, when = self._reviews[scored.attempt_id]
        card = _review(before, scored.result.score, scored.result.off_topic, when, rated=rate)
        keep = None if rate == scored.rating else rate  # choosing the score's own rating undoes it
        try:
            changed = self.store.override_rating(scored.attempt_id, keep, card)
        except StoreError as exc:
            self.store = None
            self._warning = f"{exc}; the rest of this session is not saved"
            return Rerated(scored, False, "the history cannot be written")
        self._rated[scored.question.id] = rate
        return Rerated(replace(scored, override=keep, due=card[1]), changed,
                       "" if changed else "the question was reviewed again since")

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
        attempt_id = due = kept = None
        rating = schedule.rating_name(result.score, off_topic=result.off_topic)
        self._rated[question.id] = rating
        if self.store is not None:
            try:
                if answer.recording is not None:  # practice --speak --keep-audio
                    from .practice_speak import AUDIO_FOLDER, keep_with

                    answer, kept, trouble = keep_with(answer, self.store.path.parent / AUDIO_FOLDER,
                                                      question.id, self.session_id)
                    self._notes += [trouble] if trouble else []
                old = self.store.card(self.pack.id, question.id)
                when = datetime.now(UTC)
                card = _review(old.card if old else None, result.score, result.off_topic, when)
                attempt_id = self.store.record_attempt(  # the result becomes JSON for SQLite here
                    session=self.session_id, pack=self.pack.id, question=question.id,
                    prompt=question.prompt, answer=answer.text, result=result.to_dict(),
                    duration=answer.duration, time_limit=question.time_limit or DEFAULT_TIME_LIMIT,
                    card=card, created=when.isoformat(timespec="microseconds"), rating=rating,
                    delivery=answer.delivery)
                self._reviews[attempt_id] = (old.card if old else None, when)
                due = card[1]
                self.saved += 1
            except StoreError as exc:
                self.store = None
                self._warning = f"{exc}; the rest of this session is not saved"
                if kept is not None:  # a recording is kept only beside its attempt
                    kept.unlink(missing_ok=True)
                    answer = replace(answer, delivery=replace(answer.delivery, audio=None)) \
                        if answer.delivery else answer
        answer = replace(answer, recording=None)  # never kept in memory past here
        row.scores.append(result.score)
        self.results.append(result)
        return Scored(question, self.pack.title, answer, result, attempt_id, previous, rating,
                      bool(question.model_answer.strip()), due)

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
