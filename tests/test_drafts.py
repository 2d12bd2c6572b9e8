"""Unsent answers are never lost (issue 14): the drafts table, how a session keeps and offers
drafts, retry starting from the last answer, and exit 130 after an interrupt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from practice_script import BAD, GOOD, PACK, Script, run
from typer.testing import CliRunner

from coach.cli import app
from coach.packs import load_pack
from coach.practice import Answer, Asked, Finished, Notice, StdinResponder
from coach.practice_events import AnswerNotSent, EndSession
from coach.store import Store, migrations
from coach.store.drafts import delete_draft, drafts, get_draft, save_draft


class Editor(Script):
    """A responder like the terminal editor: it offers drafts."""

    offers_drafts = True


Piped = Script  # like scripted stdin: no drafts


@pytest.fixture
def pack() -> Any:
    return load_pack(PACK)



# - the store -


def test_the_drafts_migration_is_appended_and_applied(store: Store) -> None:
    names = [name for name, _ in migrations.MIGRATIONS]
    # Appended after the first four (m006_ratings, the schedule's override, follows it).
    assert names[4] == "m005_drafts" and names[:4] == ["m001_attempts", "m002_cards", "m003_settings",
                                                       "m004_quarantine"]
    assert "m005_drafts" in store.applied_migrations() and "drafts" in store.tables


def test_a_draft_is_kept_per_pack_and_question_replaced_and_deleted(store: Store) -> None:
    assert get_draft(store, "p", "q") is None
    save_draft(store, "p", "q", "first words")
    save_draft(store, "other", "q", "another pack")
    save_draft(store, "p", "q", "first words, and more")  # replaces, never duplicates
    kept = get_draft(store, "p", "q")
    assert kept is not None and kept.text == "first words, and more" and kept.saved
    assert sorted((d.pack, d.text) for d in drafts(store)) == [("other", "another pack"),
                                                               ("p", "first words, and more")]
    delete_draft(store, "p", "q")
    delete_draft(store, "p", "never-kept")  # nothing to delete is no error
    assert get_draft(store, "p", "q") is None and [d.pack for d in drafts(store)] == ["other"]


def test_drafts_survive_closing_the_history(isolated_home: Path) -> None:
    with Store.open() as store:
        save_draft(store, "p", "q", "kept across runs")
    with Store.open() as store:
        kept = get_draft(store, "p", "q")
    assert kept is not None and kept.text == "kept across runs"


def test_a_draft_row_edited_into_a_non_text_value_is_not_offered(store: Store) -> None:
    save_draft(store, "p", "q", "text")
    store.db.execute("UPDATE drafts SET text = X'00ff'")  # a blob, not text
    assert get_draft(store, "p", "q") is None and drafts(store) == []


# - the session -


def test_stopping_over_unsent_text_keeps_it_and_it_comes_back_prefilled(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning", "queue"],
                 Editor([GOOD, EndSession(interrupted=True, draft="half an answer")]), store)
    assert events[-1].summary.ended_by == "interrupted" and events[-1].summary.saved == 1
    notes = [e for e in events if isinstance(e, Notice)]
    assert len(notes) == 1 and not notes[0].warning and "kept as a draft" in notes[0].message
    assert get_draft(store, pack.id, "queue").text == "half an answer"  # type: ignore[union-attr]

    editor = Editor([GOOD, "half an answer, finished now: I help quickly."])
    run(pack, ["meaning", "queue"], editor, store)
    first, second = editor.asked[:2]
    assert (first.prefill, first.draft_saved) == ("", None)  # answered last time: no draft
    assert second.prefill == "half an answer" and second.draft_saved is not None
    assert get_draft(store, pack.id, "queue") is None  # answered: the draft is gone
    assert store.attempts()[-1].answer == "half an answer, finished now: I help quickly."


def test_ctrl_d_over_unsent_text_ends_the_session_as_end_of_input(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning"], Editor([EndSession(interrupted=False, draft="typed")]), store)
    assert events[-1].summary.ended_by == "end of input"
    assert get_draft(store, pack.id, "meaning").text == "typed"  # type: ignore[union-attr]


def test_discarding_unsent_text_also_forgets_the_kept_draft(pack: Any, store: Store) -> None:
    save_draft(store, pack.id, "meaning", "an old draft")
    editor = Editor([EndSession(interrupted=True, discard=True)])
    events = run(pack, ["meaning"], editor, store)
    assert editor.asked[0].prefill == "an old draft"
    assert events[-1].summary.ended_by == "interrupted"
    assert get_draft(store, pack.id, "meaning") is None
    assert not [e for e in events if isinstance(e, Notice)]


def test_an_empty_answer_skips_but_keeps_the_draft(pack: Any, store: Store) -> None:
    save_draft(store, pack.id, "meaning", "an old draft")
    run(pack, ["meaning"], Editor(["   "]), store)
    assert get_draft(store, pack.id, "meaning") is not None


def test_an_answer_is_kept_as_a_draft_when_scoring_fails(
        pack: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import coach.scoring

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("scoring broke")

    monkeypatch.setattr(coach.scoring, "score_answer", broken)
    with pytest.raises(RuntimeError):
        run(pack, ["meaning"], Editor([GOOD]), store)
    assert get_draft(store, pack.id, "meaning").text == GOOD  # type: ignore[union-attr]
    assert store.attempts() == []


def test_a_failed_editor_keeps_what_it_held_and_the_error_goes_on(pack: Any, store: Store) -> None:
    with pytest.raises(AnswerNotSent, match=r"status 1 \(what you wrote is kept as a draft for next time\)"):
        run(pack, ["meaning"], Editor([AnswerNotSent("editor exited with status 1", draft="saved text")]),
            store)
    assert get_draft(store, pack.id, "meaning").text == "saved text"  # type: ignore[union-attr]
    with pytest.raises(AnswerNotSent) as raised:  # an empty file keeps the older draft
        run(pack, ["meaning"], Editor([AnswerNotSent("editor exited", draft="  ")]), store)
    assert str(raised.value) == "editor exited"
    assert get_draft(store, pack.id, "meaning").text == "saved text"  # type: ignore[union-attr]


def test_without_a_history_a_failed_editor_shows_what_it_held(pack: Any) -> None:
    with pytest.raises(AnswerNotSent) as raised:
        run(pack, ["meaning"], Editor([AnswerNotSent("editor exited with status 1", draft="my words")]),
            None)
    assert str(raised.value) == ("editor exited with status 1; the history cannot be written, so here "
                                 "is what you wrote:\nmy words")


def test_a_draft_that_cannot_be_kept_is_said_out_loud(pack: Any, store: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.errors import StoreError

    def full(*args: Any) -> None:
        raise StoreError("disk is full")

    monkeypatch.setattr("coach.store.drafts.save_draft", full)
    events = run(pack, ["meaning"], Editor([EndSession(interrupted=True, draft="typed")]), store)
    notes = [e for e in events if isinstance(e, Notice)]
    assert len(notes) == 1 and notes[0].warning and "could not be kept" in notes[0].message
    assert notes[0].message.endswith("here it is:\ntyped")  # shown, so it can still be copied


def test_scripted_sessions_neither_offer_nor_keep_drafts(pack: Any, store: Store) -> None:
    save_draft(store, pack.id, "meaning", "an old draft")
    piped = Piped([GOOD])
    run(pack, ["meaning"], piped, store)
    assert piped.asked[0].prefill == "" and piped.asked[0].draft_saved is None
    assert get_draft(store, pack.id, "meaning").text == "an old draft"  # type: ignore[union-attr]
    assert getattr(StdinResponder, "offers_drafts", False) is False


def test_retry_starts_from_the_answer_being_retried(pack: Any, store: Store) -> None:
    editor = Editor([BAD, BAD + " Now better: I help quickly.", GOOD], ["retry", "retry", "next"])
    run(pack, ["meaning"], editor, store)
    assert [a.prefill for a in editor.asked] == ["", BAD, BAD + " Now better: I help quickly."]
    assert all(a.draft_saved is None for a in editor.asked)


# - the command line: an interrupted session exits 130 -


def invoke(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


@pytest.mark.parametrize("json_out", [False, True])
def test_an_interrupted_scripted_session_exits_130_and_keeps_what_was_scored(
        monkeypatch: pytest.MonkeyPatch, json_out: bool) -> None:
    real = StdinResponder.answer
    calls: list[int] = []

    def answer_then_interrupt(self: StdinResponder, asked: Asked, *, strict_time: bool) -> Answer | None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, asked, strict_time=strict_time)

    monkeypatch.setattr(StdinResponder, "answer", answer_then_interrupt)
    result = invoke("practice", "--pack", str(PACK), "-q", "meaning", "-q", "queue",
                    *(["--json"] if json_out else []), input=f"{GOOD}\n.\n{GOOD}\n")
    assert result.exit_code == 130, result.output
    assert '"ended_by": "interrupted"' in result.stdout if json_out else "Session summary" in result.stdout
    with Store.open() as store:
        assert [a.question for a in store.attempts()] == ["meaning"]


def test_a_scripted_session_that_ends_normally_still_exits_0() -> None:
    result = invoke("practice", "--pack", str(PACK), "-q", "meaning", input=f"{GOOD}\n")
    assert result.exit_code == 0, result.output


def test_a_kept_draft_note_goes_to_stderr_without_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(self: StdinResponder, asked: Asked, *, strict_time: bool) -> Answer | None:
        raise EndSession(interrupted=True, draft="half typed")

    monkeypatch.setattr(StdinResponder, "answer", stop)
    monkeypatch.setattr(StdinResponder, "offers_drafts", True, raising=False)
    result = invoke("practice", "--pack", str(PACK), "-q", "meaning", input="")
    assert result.exit_code == 130
    assert "coach: your unsent answer to 'meaning' is kept as a draft" in result.stderr
    assert "warning" not in result.stderr
    with Store.open() as store:
        assert get_draft(store, "practice-test", "meaning").text == "half typed"  # type: ignore[union-attr]


def test_finished_is_always_the_last_event(pack: Any, store: Store) -> None:
    events = run(pack, ["meaning"], Editor([EndSession(interrupted=True, draft="x")]), store)
    assert isinstance(events[-1], Finished)
