"""The history store: migrations, round trips, all-or-nothing attempts, damaged and foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coach import store as store_mod
from coach.errors import StoreError
from coach.packs import load_pack
from coach.store import Store, StoreCorrupt, StoreUnavailable, database, db_path, migrations, move_aside

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
ALL_MIGRATIONS = [name for name, _ in migrations.MIGRATIONS]


def _result(answer: str, question: str = "meaning") -> dict:
    from coach.scoring import score_answer

    return score_answer(load_pack(PACK), question, answer).to_dict()


def _record(store: Store, answer: str = "I put myself in their shoes and help quickly.",
            question: str = "meaning", **extra: object) -> int:
    result = _result(answer, question)
    return store.record_attempt(session="s1", pack="practice-test", question=question,
                                prompt="What does good customer service mean to you?", answer=answer,
                                result=result, duration=12.5, time_limit=90, **extra)  # type: ignore[arg-type]


def test_migrations_from_an_empty_file(isolated_home: Path) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    with Store.open() as store:
        assert store.applied_migrations() == ALL_MIGRATIONS
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"_migrations", "attempts", "cards", "settings"} <= tables
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS
    with Store.open() as again:  # reopening applies nothing twice
        assert again.applied_migrations() == ALL_MIGRATIONS
        assert again.db.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(ALL_MIGRATIONS)


def test_open_creates_the_data_folder(isolated_home: Path) -> None:
    assert not isolated_home.exists()
    Store.open().close()
    assert (isolated_home / "history.sqlite3").is_file()


def test_later_migrations_apply_to_an_older_file_and_keep_its_rows(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    with Store.open() as old:
        assert old.applied_migrations() == ALL_MIGRATIONS[:1]
        old_id = _record(old)
    monkeypatch.undo()
    monkeypatch.setenv("COACH_HOME", str(isolated_home))
    with Store.open() as new:
        assert new.applied_migrations() == ALL_MIGRATIONS
        assert [a.id for a in new.attempts()] == [old_id]


def test_a_file_from_a_newer_coach_is_refused(isolated_home: Path) -> None:
    with Store.open() as store:
        store.db.execute("INSERT INTO _migrations VALUES ('m999_future', 'x')")
    with pytest.raises(StoreError, match=r"newer coach.*m999_future"):
        Store.open()


def test_attempt_round_trip_and_filters(isolated_home: Path) -> None:
    with Store.open() as store:
        first = _record(store, "I stay polite.")
        second = _record(store, "I help quickly and with empathy, always polite.")
        other = _record(store, "I follow up.", question="queue")
        attempts = store.attempts()
        assert [a.id for a in attempts] == [first, second, other]
        got = store.attempt(second)
        assert got is not None
        assert got.answer == "I help quickly and with empathy, always polite."
        assert got.score == got.result["score"] == _result(got.answer)["score"]
        assert {c.id for c in got.criteria} == {"empathy", "timeliness", "respect"}
        assert got.duration == 12.5 and got.time_limit == 90 and got.words == got.result["words"]
        assert [a.id for a in store.attempts(question="queue")] == [other]
        assert [a.id for a in store.attempts(limit=2)] == [second, other]
        assert store.attempts(since="2999-01-01") == []
        assert store.previous_score("practice-test", "meaning") == got.score
        assert store.previous_score("practice-test", "meaning", before=second) == attempts[0].score
        assert store.previous_score("practice-test", "nope") is None
        assert store.attempt(999) is None


def test_attempt_and_card_are_stored_together_or_not_at_all(isolated_home: Path) -> None:
    with Store.open() as store:
        # A card with no due time violates NOT NULL: the attempt inserted before it must go too.
        with pytest.raises(StoreError):
            _record(store, card=("{}", None))
        assert store.attempts() == []
        assert store.cards() == []
        _record(store, card=('{"x": 1}', "2030-01-01T00:00:00+00:00"))
        assert len(store.attempts()) == 1
        assert store.card("practice-test", "meaning").due.startswith("2030")  # type: ignore[union-attr]


def test_settings(isolated_home: Path) -> None:
    with Store.open() as store:
        assert store.get_setting("last_pack") is None
        store.set_setting("last_pack", "a")
        store.set_setting("last_pack", "b")
        assert store.get_setting("last_pack") == "b"


def test_a_corrupt_file_is_reported_with_its_name_and_never_touched(isolated_home: Path) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreCorrupt) as info:
        Store.open()
    message = str(info.value)
    assert str(path) in message and "coach history --repair" in message
    assert path.read_bytes() == garbage


def test_a_foreign_sqlite_file_is_refused(isolated_home: Path) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.execute("INSERT INTO notes VALUES ('mine')")
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreCorrupt, match=r"not a coach history database.*notes"):
        Store.open()
    assert path.read_bytes() == before


def test_damaged_pages_are_found_by_the_repair_check(isolated_home: Path) -> None:
    with Store.open() as store:
        for i in range(200):
            _record(store, f"I help quickly, answer {i}, with empathy. " * 5)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db_path()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 6] = b"\xff" * (page * 4)
    path.write_bytes(bytes(data))
    assert store_mod.check(path) is not None
    moved = move_aside(path, stamp="20260101-000000")
    assert moved is not None and moved.read_bytes() == bytes(data)


def test_repair_moves_the_file_aside_keeps_it_and_starts_fresh(isolated_home: Path) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 100)
    (path.parent / (path.name + "-wal")).write_bytes(b"wal bytes")
    moved = move_aside(stamp="20260101-120000")
    assert moved == path.with_name("history.sqlite3.broken-20260101-120000")
    assert moved.read_bytes() == b"garbage" * 100
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal bytes"
    with Store.open() as fresh:
        assert fresh.attempts() == []
    # A second damaged file on the same second gets its own name; nothing is overwritten.
    Store.open().close()
    path.unlink()
    path.write_bytes(b"again" * 100)
    second = move_aside(stamp="20260101-120000")
    assert second is not None and second != moved and second.read_bytes() == b"again" * 100
    assert moved.read_bytes() == b"garbage" * 100


def test_repair_leaves_a_healthy_file_alone(isolated_home: Path) -> None:
    assert move_aside() is None  # no file at all
    with Store.open() as store:
        _record(store)
    assert move_aside() is None
    with Store.open() as store:
        assert len(store.attempts()) == 1
    assert list(db_path().parent.glob("*.broken-*")) == []


def test_a_data_folder_that_cannot_be_created_is_unavailable(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COACH_HOME", str(blocker / "home"))
    with pytest.raises(StoreUnavailable, match="cannot create the data folder"):
        Store.open()
