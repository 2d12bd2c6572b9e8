"""The practice session flow, without a terminal: a scripted responder drives it."""

from __future__ import annotations

import io
from typing import Any

import pytest
from practice_script import BAD, GOOD, PACK, Script, run

from coach.errors import CoachError
from coach.packs import load_pack
from coach.practice import (
    Finished,
    ModelAnswer,
    Notice,
    Scored,
    Session,
    Skipped,
    StdinResponder,
    select,
)
from coach.store import Store, StoreUnavailable


@pytest.fixture
def pack() -> Any:
    return load_pack(PACK)



def kinds(events: list[Any]) -> list[str]:
    return [type(e).__name__ for e in events]


def test_each_answer_is_scored_stored_and_scheduled(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"], Script([GOOD, "I help quickly and follow up."]), store)
    assert kinds(events) == ["Asked", "Scored", "Asked", "Scored", "Finished"]
    scored = [e for e in events if isinstance(e, Scored)]
    attempts = store.attempts()
    assert [a.id for a in attempts] == [s.attempt_id for s in scored]
    assert [a.question for a in attempts] == ["meaning", "queue"]
    assert attempts[0].answer == GOOD and attempts[0].duration == 3.0 and attempts[0].time_limit == 90
    assert attempts[0].prompt == pack.question("meaning").prompt
    assert len({a.session for a in attempts}) == 1
    assert {c.question for c in store.cards("practice-test")} == {"meaning", "queue"}
    assert scored[0].rating == "Easy" and scored[0].result.score == 100
    summary = events[-1].summary
    assert summary.attempts == summary.saved == 2 and summary.ended_by == "done"
    assert [r.question for r in summary.rows] == ["meaning", "queue"]


def test_previous_score_and_change_come_from_earlier_sessions(pack: Any, store: Store) -> None:
    run(pack, ["meaning"], Script([BAD]), store, )
    events = run(pack, ["meaning"], Script([GOOD]), store)
    scored = next(e for e in events if isinstance(e, Scored))
    assert scored.previous == 0
    row = events[-1].summary.rows[0]
    assert (row.previous, row.last, row.change) == (0, 100, 100)


def test_retry_asks_the_same_question_again_and_keeps_both(pack: Any, store: Store) -> None:
    script = Script([BAD, GOOD], ["retry", "next"])
    events = run(pack, ["meaning"], script, store)
    assert kinds(events) == ["Asked", "Scored", "Asked", "Scored", "Finished"]
    assert [a.retry for a in script.asked] == [False, True]
    second = [e for e in events if isinstance(e, Scored)][1]
    assert second.previous == 0  # compared with the try just before
    assert [a.score for a in store.attempts()] == [0, 100]
    assert events[-1].summary.rows[0].scores == [0, 100]


def test_model_answer_is_shown_on_request_then_the_choice_is_asked_again(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning"], Script(["I help quickly and stay polite."], ["model", "next"]), store)
    assert kinds(events) == ["Asked", "Scored", "ModelAnswer", "Finished"]
    model = events[2]
    assert isinstance(model, ModelAnswer) and "put myself in their shoes" in model.text
    assert events[1].has_model_answer


def test_a_bad_answer_comes_back_once_more_before_the_end(pack: Any, store: Store) -> None:
    script = Script([BAD, GOOD, BAD])
    events = run(pack, ["meaning", "queue"], script, store)
    assert [(a.question.id, a.again) for a in script.asked] == [
        ("meaning", False), ("queue", False), ("meaning", True)]
    assert kinds(events)[-1] == "Finished"
    assert len(store.attempts()) == 3  # and only once: the second bad answer does not requeue it


def test_quit_ends_the_session_with_a_summary(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"], Script([GOOD, GOOD], ["quit"]), store)
    assert kinds(events) == ["Asked", "Scored", "Finished"]
    assert events[-1].summary.ended_by == "quit"
    assert len(store.attempts()) == 1


@pytest.mark.parametrize("where", ["answer", "choice"])
def test_ctrl_c_keeps_every_scored_answer(pack: Any, store: Store, where: str) -> None:
    if where == "answer":
        script = Script([GOOD, KeyboardInterrupt()])
    else:
        script = Script([GOOD], [KeyboardInterrupt()])
    events = run(pack, ["meaning", "queue", "fixed"], script, store)
    assert isinstance(events[-1], Finished)
    assert events[-1].summary.ended_by == "interrupted"
    assert events[-1].summary.saved == 1
    assert [a.question for a in store.attempts()] == ["meaning"]


def test_ctrl_d_or_end_of_input_ends_the_session(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"], Script([GOOD, EOFError()]), store)
    assert events[-1].summary.ended_by == "end of input"
    events = run(pack, ["meaning", "queue"], Script([GOOD]), store)  # None from the responder
    assert kinds(events) == ["Asked", "Scored", "Asked", "Finished"]


def test_an_interrupt_while_the_report_is_shown_still_keeps_the_attempt(pack: Any, store: Store) -> None:
    session = Session(pack, [pack.question("meaning"), pack.question("queue")], Script([GOOD, GOOD]), store)
    events = session.run()
    for event in events:
        if isinstance(event, Scored):
            events.close()  # what the CLI does on Ctrl-C while rendering
            break
    assert session.summary().saved == 1
    assert len(store.attempts()) == 1


def test_an_empty_answer_is_skipped_not_stored(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"], Script(["  \n ", GOOD]), store)
    assert kinds(events) == ["Asked", "Skipped", "Asked", "Scored", "Finished"]
    assert isinstance(events[1], Skipped)
    assert [a.question for a in store.attempts()] == ["queue"]


def test_without_a_store_the_session_runs_and_warns_once(pack: Any) -> None:
    events = run(pack, ["meaning", "queue"], Script([GOOD, BAD, GOOD]), None, store_warning="cannot save")
    assert kinds(events).count("Notice") == 1 and isinstance(events[0], Notice)
    assert [e.attempt_id for e in events if isinstance(e, Scored)] == [None, None, None]
    assert events[-1].summary.saved == 0 and events[-1].summary.attempts == 3


def test_a_store_that_fails_mid_session_warns_once_and_carries_on(
        pack: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def full(**kwargs: Any) -> int:
        calls.append(kwargs["question"])
        raise StoreUnavailable("history.sqlite3: cannot save practice history (database or disk is full)")

    monkeypatch.setattr(store, "record_attempt", full)
    events = run(pack, ["meaning", "queue", "fixed"], Script([GOOD, GOOD, GOOD]), store)
    notices = [e for e in events if isinstance(e, Notice)]
    assert len(notices) == 1 and "disk is full" in notices[0].message
    assert calls == ["meaning"]  # no further writes are tried
    assert kinds(events).count("Scored") == 3
    assert events[-1].summary.saved == 0


def test_summary_lists_the_weakest_criteria(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"], Script(["I help quickly.", "I help quickly."]), store)
    weakest = events[-1].summary.weakest
    assert weakest[0].id == "respect" and weakest[0].earned == 0 and weakest[0].seen == 2
    assert "timeliness" not in {w.id for w in weakest}
    assert all(w.tip for w in weakest)


def test_select_filters_and_orders(pack: Any, store: Store) -> None:
    assert [q.id for q in select(pack, store=None, tags=["busy"])] == ["queue", "fixed"]
    assert [q.id for q in select(pack, store=None, difficulty="hard")] == ["queue"]
    assert [q.id for q in select(pack, store=None, questions=["fixed", "meaning"])] == ["fixed", "meaning"]
    assert [q.id for q in select(pack, store=None, count=2)] == ["meaning", "queue"]
    with pytest.raises(CoachError, match="no question with tag nope"):
        select(pack, store=None, tags=["nope"])
    with pytest.raises(CoachError, match="did you mean"):
        select(pack, store=None, questions=["meanin"])


def test_review_mode_asks_due_questions_first_and_new_mode_unseen_first(pack: Any, store: Store) -> None:
    from coach import schedule

    card = schedule.review(None, 10, None)
    store.record_attempt(session="x", pack=pack.id, question="fixed", prompt="p", answer="a",
                         result={"score": 10, "words": 1, "criteria": []}, duration=None,
                         time_limit=None, card=(card[0], "2000-01-01T00:00:00+00:00"))
    store.record_attempt(session="x", pack=pack.id, question="meaning", prompt="p", answer="a",
                         result={"score": 95, "words": 1, "criteria": []}, duration=None,
                         time_limit=None, card=(card[0], "2999-01-01T00:00:00+00:00"))
    # queue and fixed share half their tags (busy): near-duplicates, never asked one after the
    # other, so the question after one of them is the other pack question (coach.variety).
    assert [q.id for q in select(pack, store=store, mode="review")] == ["fixed", "meaning", "queue"]
    assert [q.id for q in select(pack, store=store, mode="new")] == ["queue", "meaning", "fixed"]


@pytest.mark.parametrize(("text", "answers"), [
    ("one\nline two\n.\nsecond\n.\n", ["one\nline two", "second"]),
    ("crlf answer\r\n.\r\nlast without a dot", ["crlf answer", "last without a dot"]),
    ("first\n . \n\n.\n", ["first", ""]),
    ("", []),
])
def test_stdin_responder_reads_one_answer_per_question(text: str, answers: list[str]) -> None:
    responder = StdinResponder(io.StringIO(text))
    got = []
    while (answer := responder.answer(None, strict_time=False)) is not None:  # type: ignore[arg-type]
        got.append(answer.text)
    assert got == answers
    assert responder.choose(None) == "next"  # type: ignore[arg-type]
