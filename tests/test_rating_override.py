"""The schedule, seen and corrected: each answer's FSRS rating and next review are shown, and the
candidate may replace the rating (Again / Hard / Good / Easy); the choice is stored and FSRS
reschedules the question with it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from practice_script import BAD, GOOD, PACK, Script, run
from typer.testing import CliRunner

from coach import schedule
from coach.cli import app
from coach.output.session import outlook_line, rating_text, rerated_line
from coach.packs import load_pack
from coach.practice import Outlook, Rerated, Scored, outlook
from coach.scoring import score_answer
from coach.store import Store


@pytest.fixture
def pack() -> Any:
    return load_pack(PACK)



def card_of(store: Store, question: str) -> tuple[str, str]:
    row = store.card("practice-test", question)
    assert row is not None
    return row.card, row.due


def same_schedule(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (card, due) pairs schedule alike (a new card's id is a fresh time stamp)."""
    def strip(card: str) -> dict[str, Any]:
        return {k: v for k, v in json.loads(card).items() if k != "card_id"}

    return strip(a[0]) == strip(b[0]) and a[1] == b[1]


def reviewed_at(store: Store, attempt_id: int) -> datetime:
    attempt = store.attempt(attempt_id)
    assert attempt is not None
    return datetime.fromisoformat(attempt.created)


# -- seen ------------------------------------------------------------------------------------


def test_each_answer_says_its_rating_and_when_it_comes_back(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning"], Script([GOOD]), store)
    scored = next(e for e in events if isinstance(e, Scored))
    assert scored.rating == "Easy" and scored.override is None
    assert scored.due == card_of(store, "meaning")[1]
    wait = schedule.parse_due(scored.due) - reviewed_at(store, scored.attempt_id)
    assert timedelta(days=1) < wait < timedelta(days=60)
    text = rating_text(scored).plain
    assert text == f"rated Easy - next review {schedule.next_review(scored.due)}"
    assert text.startswith("rated Easy - next review in ") and text.endswith("days")


def test_an_unsaved_answer_says_it_is_not_scheduled(pack: Any) -> None:
    events = run(pack, ["meaning"], Script([BAD]), None)
    scored = next(e for e in events if isinstance(e, Scored))
    assert scored.due is None
    assert rating_text(scored).plain == "rated Again - not scheduled (not saved)"


def test_stored_attempts_keep_the_score_rating(pack: Any, store: Store) -> None:
    run(pack, ["meaning", "queue"], Script([GOOD, BAD]), store)
    assert [(a.rating, a.override) for a in store.attempts()] == [("Easy", None), ("Again", None)]


# -- corrected -------------------------------------------------------------------------------


def test_an_override_is_stored_and_reschedules_with_the_chosen_rating(pack: Any, store: Store) -> None:
    script = Script([GOOD], ["Hard", "next"])
    events = run(pack, ["meaning"], script, store)
    assert [type(e).__name__ for e in events] == ["Asked", "Scored", "Rerated", "Finished"]
    rerated = events[2]
    assert isinstance(rerated, Rerated) and rerated.rescheduled
    assert (rerated.scored.rating, rerated.scored.override, rerated.scored.rated) == ("Easy", "Hard", "Hard")
    when = reviewed_at(store, rerated.scored.attempt_id)
    expected = schedule.review(None, 100, when, rated="Hard")
    assert same_schedule(card_of(store, "meaning"), expected)
    # the score's own rating schedules otherwise
    assert not same_schedule(expected, schedule.review(None, 100, when))
    assert rerated.scored.due == expected[1]
    assert script.seen[-1].override == "Hard"  # the choice is asked again, about the rerated answer
    [attempt] = store.attempts()
    assert (attempt.rating, attempt.override) == ("Easy", "Hard")
    assert rerated_line(rerated).plain.startswith(
        "Rescheduled: you rated it Hard (the score rated it Easy) - next review in ")


def test_an_override_reviews_the_card_as_it_was_before_the_answer(pack: Any, store: Store) -> None:
    run(pack, ["meaning"], Script([GOOD]), store)
    before = card_of(store, "meaning")[0]
    events = run(pack, ["meaning"], Script([GOOD], ["Good"]), store)
    scored = next(e for e in events if isinstance(e, Rerated)).scored
    when = reviewed_at(store, scored.attempt_id)
    assert card_of(store, "meaning") == schedule.review(before, 100, when, rated="Good")


def test_choosing_the_score_rating_again_undoes_the_override(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning"], Script([GOOD], ["Again", "Easy", "next"]), store)
    last = [e for e in events if isinstance(e, Rerated)][-1]
    assert last.scored.override is None
    when = reviewed_at(store, last.scored.attempt_id)
    assert same_schedule(card_of(store, "meaning"), schedule.review(None, 100, when))
    assert [(a.rating, a.override) for a in store.attempts()] == [("Easy", None)]


def test_rated_again_by_the_candidate_comes_back_once_more(pack: Any, store: Store) -> None:
    script = Script([GOOD, GOOD], ["Again", "next"])
    run(pack, ["meaning"], script, store)
    assert [(a.question.id, a.again) for a in script.asked] == [("meaning", False), ("meaning", True)]


def test_a_low_score_rated_good_by_the_candidate_does_not_come_back(pack: Any, store: Store) -> None:
    script = Script([BAD, GOOD], ["Good", "next"])
    run(pack, ["meaning", "queue"], script, store)
    assert [(a.question.id, a.again) for a in script.asked] == [("meaning", False), ("queue", False)]


def test_an_override_never_replaces_a_newer_review(pack: Any, store: Store) -> None:
    """Another session answered the question meanwhile: its card stays; the override is kept."""

    def answered_elsewhere(scored: Scored) -> str:
        card = schedule.review(None, 0)
        store.record_attempt(session="other", pack="practice-test", question="meaning", prompt="p",
                             answer=BAD, result=score_answer(pack, pack.question("meaning"), BAD).to_dict(),
                             duration=None, time_limit=None, card=card, rating="Again")
        return "Hard"

    events = run(pack, ["meaning"], Script([GOOD], [answered_elsewhere, "next"]), store)
    newer = card_of(store, "meaning")
    rerated = next(e for e in events if isinstance(e, Rerated))
    assert not rerated.rescheduled
    assert card_of(store, "meaning") == newer
    assert [(a.rating, a.override) for a in store.attempts()] == [("Easy", "Hard"), ("Again", None)]
    assert "not rescheduled" in rerated_line(rerated).plain


# -- history and JSON ------------------------------------------------------------------------


def test_history_shows_the_score_rating_and_the_override(pack: Any, store: Store) -> None:
    run(pack, ["meaning"], Script([GOOD], ["Good"]), store)
    store.close()
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert [(r["rating"], r["override"]) for r in listed] == [("Easy", "Good")]
    shown = runner.invoke(app, ["history", "show", str(listed[0]["id"]), "--json"])
    assert (json.loads(shown.stdout)["rating"], json.loads(shown.stdout)["override"]) == ("Easy", "Good")
    text = runner.invoke(app, ["history", "show", str(listed[0]["id"])])
    assert text.exit_code == 0
    assert "you rated it Good (the score rated it Easy)" in " ".join(text.stdout.split())


def test_a_history_written_before_ratings_still_reads(pack: Any, isolated_home: Path) -> None:
    with Store.open() as store:
        run(pack, ["meaning"], Script([GOOD]), store)
        store.db.execute("DROP TABLE ratings")
        store.db.execute("DELETE FROM _migrations WHERE name = 'm006_ratings'")
    with Store.open(readonly=True) as reader:  # `coach history` never migrates
        assert [(a.question, a.rating) for a in reader.attempts()] == [("meaning", None)]
    with Store.open() as store:  # the next session adds the table
        assert "m006_ratings" in store.applied_migrations()
        assert [a.rating for a in store.attempts()] == [None]
    assert CliRunner().invoke(app, ["history", "show", "1"]).exit_code == 0


def test_practice_json_has_the_rating_and_next_review(isolated_home: Path) -> None:
    result = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "--json"],
                                input=GOOD + "\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [attempt] = data["attempts"]
    assert (attempt["rating"], attempt["override"]) == ("Easy", None)
    with Store.open() as store:
        assert attempt["due"] == card_of(store, "meaning")[1]
    assert attempt["next_review"].startswith("in ") and attempt["next_review"].endswith(" days")
    assert data["outlook"]["first_time"] is True and data["outlook"]["due_today"] == 0
    again = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "--json"],
                               input=GOOD + "\n")
    outlook_data = json.loads(again.stdout)["outlook"]
    assert outlook_data["first_time"] is False and outlook_data["streak"] == 1
    assert outlook_data["practised_today"] is True and outlook_data["never_answered"] == 2


# -- the outlook before the first question ------------------------------------------------------


def _attempt(store: Store, question: str, created: datetime, due: datetime) -> None:
    store.record_attempt(session="s", pack="practice-test", question=question, prompt="p", answer="a",
                         result={"score": 80, "words": 1, "criteria": []}, duration=None,
                         time_limit=None, card=("{}", due.isoformat()), created=created.isoformat())


def test_outlook_counts_due_today_and_the_day_streak(pack: Any, store: Store) -> None:
    now = datetime(2026, 3, 10, 12, 0).astimezone()
    for days_ago in (1, 2, 4):
        _attempt(store, "fixed", now - timedelta(days=days_ago), now + timedelta(days=3))
    _attempt(store, "meaning", now - timedelta(days=1), now + timedelta(hours=1))  # due this afternoon
    _attempt(store, "queue", now - timedelta(days=1), now - timedelta(days=1))  # overdue
    seen = outlook(pack, store, pack.question("meaning"), now=now)
    assert seen == Outlook("Practice test pack", due_today=2, never_answered=0, streak=2, longest=2,
                           practised_today=False, first_time=False, starts_with_central=False)
    assert outlook_line(seen) == ("Practice test pack: 2 questions due today, 0 never answered · "
                                  "streak 2 days (longest 2); practise today to keep it")


def test_outlook_of_a_first_session(pack: Any, store: Store) -> None:
    seen = outlook(pack, store, pack.question("meaning"))
    assert seen is not None and seen.first_time and seen.never_answered == 3
    assert outlook_line(seen) == "first session with Practice test pack"
    central = load_pack("customer-service")
    line = outlook_line(outlook(central, store, central.question("good-service-meaning")))  # type: ignore[arg-type]
    assert line == "first session with Customer service: starting with its central question"
    stale = Outlook("P", 1, 2, streak=0, longest=3, practised_today=False, first_time=False,
                    starts_with_central=False)
    assert outlook_line(stale) == "P: 1 question due today, 2 never answered · no streak today (longest 3 days)"
    assert outlook(pack, None) is None


# -- scripted sessions -----------------------------------------------------------------------


@pytest.mark.parametrize(("end", "override"), [(". good", "Good"), (".2", "Hard"), (". AGAIN", "Again"),
                                              (".", None), (". 4", None)])
def test_a_scripted_answer_can_be_rated_on_its_end_line(end: str, override: str | None) -> None:
    result = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "-q", "queue",
                                      "--json"], input=f"{GOOD}\n{end}\nI help quickly.\n.\n")
    assert result.exit_code == 0, result.output
    attempts = json.loads(result.stdout)["attempts"]
    # ". 4" is Easy, the score's own rating: nothing to override.
    assert [(a["rating"], a["override"]) for a in attempts] == [("Easy", override), ("Again", None)]
    assert attempts[0]["answer"] == GOOD
    with Store.open() as store:
        assert [(a.rating, a.override) for a in store.attempts()] == [("Easy", override), ("Again", None)]


def test_a_dot_line_with_other_words_is_answer_text() -> None:
    result = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "--json"],
                                input=f"{GOOD}\n. good grief\n.\n")
    [attempt] = json.loads(result.stdout)["attempts"]
    assert attempt["answer"] == f"{GOOD}\n. good grief" and attempt["override"] is None


def test_an_override_that_cannot_be_stored_says_so_and_the_session_goes_on(
        pack: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.errors import StoreError
    from coach.practice import Notice

    def broken(*args: Any, **kwargs: Any) -> bool:
        raise StoreError("disk full")

    monkeypatch.setattr(store, "override_rating", broken)
    events = run(pack, ["meaning", "queue"], Script([GOOD, GOOD], ["Hard", "Good", "next"]), store)
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["Asked", "Scored", "Notice", "Rerated", "Rerated", "Asked", "Scored", "Finished"]
    notice = next(e for e in events if isinstance(e, Notice))
    assert "disk full; the rest of this session is not saved" in notice.message
    first, second = (e for e in events if isinstance(e, Rerated))
    assert not first.rescheduled and first.scored.override is None
    assert rerated_line(second).plain.endswith("not rescheduled: the history cannot be written")
    assert [(a.rating, a.override) for a in store.attempts()] == [("Easy", None)]


def test_a_rating_for_an_unsaved_answer_changes_nothing(pack: Any) -> None:
    events = run(pack, ["meaning"], Script([GOOD], ["Hard", "next"]), None)
    rerated = next(e for e in events if isinstance(e, Rerated))
    assert not rerated.rescheduled and rerated.scored.override is None and rerated.scored.due is None


def test_a_reused_attempt_id_gets_its_own_rating(pack: Any, store: Store) -> None:
    """SQLite reuses the highest attempt id once that row is gone (quarantined by --repair)."""
    run(pack, ["meaning"], Script([GOOD], ["Hard"]), store)
    with store.transaction() as db:
        db.execute("DELETE FROM attempts")
    run(pack, ["meaning"], Script([BAD]), store)
    assert [(a.id, a.rating, a.override) for a in store.attempts()] == [(1, "Again", None)]
