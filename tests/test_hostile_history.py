"""Hostile history: damaged rows, --since out of range, a locked file under --repair, reading a
read-only data folder, undecodable bytes in --pack (issue: untrusted files stay harmless)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coach import store as store_mod
from coach.cli import app
from coach.errors import StoreError
from coach.history import SinceError, parse_since
from coach.store import Store, database, db_path, migrations

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
GOOD = "I put myself in their shoes, help quickly and stay polite and courteous."
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"


def invoke(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def practise(*answers: str, questions: tuple[str, ...] = ("meaning", "queue")) -> None:
    args = ["practice", "--pack", PACK]
    for q in questions:
        args += ["-q", q]
    result = invoke(*args, input="".join(f"{a}\n.\n" for a in answers))
    assert result.exit_code == 0, result.output


def sql(statement: str, *args: object) -> None:
    db = sqlite3.connect(db_path())
    with db:
        db.execute(statement, args)
    db.close()


# -- 8: one damaged row does not lock the user out ------------------------------------------------

DAMAGES = [
    ("attempts", "criteria", "'{bad'"),
    ("attempts", "criteria", "'[1]'"),
    ("attempts", "result", "'{bad'"),
    ("attempts", "result", "'[]'"),
    ("attempts", "result", """'{"criteria": [{}], "red_flags": []}'"""),
    ("attempts", "score", "'abc'"),
    ("attempts", "created", "'yesterday-ish'"),
    ("attempts", "answer", "x'00ff'"),
]


@pytest.mark.parametrize(("table", "column", "value"), DAMAGES)
def test_a_damaged_attempt_is_skipped_with_a_warning_naming_it(table: str, column: str, value: str) -> None:
    practise(GOOD, "I help quickly and follow up.")
    sql(f"UPDATE {table} SET {column} = {value} WHERE id = 1")
    listing = invoke("history", "--json")
    assert listing.exit_code == 0, listing.output
    assert [r["id"] for r in json.loads(listing.stdout)] == [2]
    assert "attempt #1 is damaged" in listing.stderr and column in listing.stderr
    assert "coach history --repair" in listing.stderr
    for args in (("stats", "--json"), ("export", "-o", "-"), ("history", "show", "2")):
        result = invoke(*args)
        assert result.exit_code == 0, (args, result.output)
    stats = json.loads(invoke("stats", "--json").stdout)
    assert stats["attempts"] == 1
    shown = invoke("history", "show", "1")
    assert shown.exit_code == 1 and "attempt #1 is damaged" in shown.stderr
    again = invoke("practice", "--pack", PACK, "-q", "meaning", input=f"{GOOD}\n")
    assert again.exit_code == 0, again.output


PARTS_PACK = """\
pack: tcp
title: TCP
language: en
criteria:
  exp: {label: exponential growth, keywords: [exponential, doubles]}
  thresh: {label: threshold, keywords: [threshold]}
questions:
  - id: phases
    prompt: Name the phases.
    parts:
      - {label: Slow start, criteria: [exp]}
      - {label: Avoidance, criteria: [thresh]}
"""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=st.text(max_size=400) | st.sampled_from([GOOD, "It is not my job, um, basically. I follow up.",
                                                         "It doubles until the threshold."]),
       question=st.sampled_from(["meaning", "queue", "fixed"]))
def test_every_result_the_engine_gives_passes_the_row_checks(answer: str, question: str) -> None:
    from coach import load_pack_text
    from coach.packs import load_pack
    from coach.scoring import score_answer
    from coach.store import criteria_summary
    from coach.store.rows import criteria_list, result_object

    for pack, qid in ((load_pack(PACK), question), (load_pack_text(PARTS_PACK, "parts.yaml"), "phases")):
        result = score_answer(pack, qid, answer).to_dict()
        assert result_object(json.dumps(result)) == result
        criteria_list(json.dumps(criteria_summary(result)))


def test_a_card_with_a_bad_due_time_does_not_stop_stats_or_review() -> None:
    practise(GOOD, "I help quickly and follow up.")
    sql("UPDATE cards SET due = 'not-a-date' WHERE question = 'meaning'")
    stats = invoke("stats", "--json")
    assert stats.exit_code == 0, stats.output
    assert "card of practice-test/meaning is damaged" in stats.stderr and "due" in stats.stderr
    review = invoke("practice", "--pack", PACK, "--mode", "review", "-n", "1", input=f"{GOOD}\n")
    assert review.exit_code == 0, review.output
    assert "card of practice-test/meaning is damaged" in review.stderr
    with Store.open() as store:  # the review rewrote the card from its FSRS state
        card = store.card("practice-test", "meaning")
        assert card is not None and store.cards() and card.due != "not-a-date"
        assert store.take_warnings() == []


def test_a_card_that_is_not_json_makes_its_question_new_again() -> None:
    practise(GOOD, "I help quickly and follow up.")
    sql("UPDATE cards SET card = '{bad' WHERE question = 'meaning'")
    result = invoke("practice", "--pack", PACK, "-q", "meaning", input=f"{GOOD}\n")
    assert result.exit_code == 0, result.output
    assert "card of practice-test/meaning is damaged" in result.stderr
    with Store.open() as store:
        card = store.card("practice-test", "meaning")
        assert card is not None and json.loads(card.card)["state"] is not None


def test_repair_fixes_what_it_can_and_quarantines_the_rest() -> None:
    practise(GOOD, "I help quickly and follow up.", "I follow up politely.",
             questions=("meaning", "queue", "fixed"))
    sql("UPDATE attempts SET criteria = '{bad' WHERE id = 1")  # rebuilt from the result
    sql("UPDATE attempts SET result = '{bad', criteria = '{bad' WHERE id = 2")  # quarantined
    sql("UPDATE cards SET due = 'not-a-date' WHERE question = 'meaning'")  # due read from the card
    sql("UPDATE cards SET card = '{bad' WHERE question = 'queue'")  # quarantined
    before = invoke("history", "--json")
    assert [r["id"] for r in json.loads(before.stdout)] == [3]
    repaired = invoke("history", "--repair")
    assert repaired.exit_code == 0, repaired.output
    out = repaired.stdout
    assert "attempt #1: fixed" in out and "attempt #2: moved to the quarantine table" in out
    assert "card practice-test/meaning: fixed" in out
    assert "card practice-test/queue: moved to the quarantine table" in out
    assert "Repaired 4 damaged rows" in out
    assert not list(db_path().parent.glob("*.broken-*"))  # the file itself stayed where it was
    after = invoke("history", "--json")
    assert after.stderr == "" and [r["id"] for r in json.loads(after.stdout)] == [1, 3]
    stats = invoke("stats", "--json")
    assert stats.stderr == "" and stats.exit_code == 0
    db = sqlite3.connect(db_path())
    kept = db.execute("SELECT source, key, row, reason FROM quarantine ORDER BY id").fetchall()
    db.close()
    assert [(s, k) for s, k, _, _ in kept] == [("attempts", "2"), ("cards", "practice-test/queue")]
    assert json.loads(kept[0][2])["answer"] == "I help quickly and follow up."  # kept whole
    assert kept[0][3].startswith("criteria: not valid JSON")
    assert "nothing to repair" in invoke("history", "--repair").stdout


def test_quarantine_is_a_named_migration() -> None:
    with Store.open() as store:
        assert "m004_quarantine" in store.applied_migrations()


# -- 9: --since out of range ----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["99999999d", "0001-01-01", "9" * 40 + "y", "0001-01-01T00:00+05:00"])
def test_since_out_of_range_is_a_usage_error(value: str) -> None:
    with pytest.raises(SinceError, match="too far in the past"):
        parse_since(value)
    for command in ("history", "export"):
        result = invoke(command, "--since", value)
        assert result.exit_code == 2, (command, result.output)
        assert "--since" in result.stderr and "too far in the past" in result.stderr
        assert "internal error" not in result.output


def test_since_the_first_representable_day_still_works() -> None:
    practise(GOOD, questions=("meaning",))
    result = invoke("history", "--since", "0001-01-03", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1


# -- 10: --repair moves only a damaged file -------------------------------------------------------


def test_repair_never_moves_a_healthy_file_another_process_holds_locked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    practise(GOOD, questions=("meaning",))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_path(), isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    try:
        with pytest.raises(StoreError, match="locked"):
            store_mod.move_aside()
        result = invoke("history", "--repair")
        assert result.exit_code == 1 and "locked" in result.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(db_path().parent.glob("*.broken-*"))
    assert [a.question for a in Store.open().attempts()] == ["meaning"]


def test_repair_does_not_move_a_file_from_a_newer_coach() -> None:
    practise(GOOD, questions=("meaning",))
    sql("INSERT INTO _migrations VALUES ('m999_future', 'x')")
    result = invoke("history", "--repair")
    assert result.exit_code == 1 and "newer coach" in result.stderr
    assert not list(db_path().parent.glob("*.broken-*"))


# -- 12: reading commands open the history read-only ----------------------------------------------

READERS = [("history",), ("history", "--json"), ("history", "show", "1"), ("stats",),
           ("export", "-o", "-")]


@pytest.mark.parametrize("args", READERS)
def test_reading_commands_open_the_store_read_only(args: tuple[str, ...],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    practise(GOOD, questions=("meaning",))
    modes: list[bool] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Store], path: Path | None = None, *, readonly: bool = False) -> Store:
        modes.append(readonly)
        return real_open(cls, path, readonly=readonly)

    monkeypatch.setattr(Store, "open", classmethod(spy))
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert modes == [True]


@pytest.mark.parametrize("args", READERS)
def test_reading_creates_changes_and_migrates_nothing(args: tuple[str, ...],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as older:  # a file from an older coach: two migrations of four
        older.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        practise(GOOD, questions=("meaning",))
    for side in db_path().parent.iterdir():
        if side != db_path():
            side.unlink()
    before = db_path().read_bytes()
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    # SQLite's own empty -wal and -shm, which any reader of a WAL file may create, and nothing else
    # (no lock file, no migration, nothing written).
    name = db_path().name
    assert {p.name for p in db_path().parent.iterdir()} <= {name, f"{name}-wal", f"{name}-shm"}
    wal = db_path().with_name(f"{name}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert db_path().read_bytes() == before


def test_reading_a_read_only_data_folder_when_not_root(isolated_home: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    practise(GOOD, questions=("meaning",))
    files = list(isolated_home.iterdir())
    for f in files:
        f.chmod(0o444)
    isolated_home.chmod(0o555)
    try:
        for args in READERS:
            result = invoke(*args)
            assert result.exit_code == 0, (args, result.output)
            assert "readonly" not in result.output
        assert json.loads(invoke("history", "--json").stdout)[0]["question"] == "meaning"
    finally:
        isolated_home.chmod(0o755)
        for f in files:
            f.chmod(0o644)


def test_immutable_fallback_when_read_only_open_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    # What a read-only folder does to a WAL file (SQLite cannot create its -shm), for root too.
    practise(GOOD, questions=("meaning",))
    seen: list[bool] = []
    real = Store._open_readonly.__func__  # type: ignore[attr-defined]

    def refusing(cls: type[Store], path: Path, *, immutable: bool) -> Store:
        seen.append(immutable)
        if not immutable:
            raise store_mod.StoreUnavailable("attempt to write a readonly database")
        return real(cls, path, immutable=immutable)

    monkeypatch.setattr(Store, "_open_readonly", classmethod(refusing))
    result = invoke("history", "--json")
    assert result.exit_code == 0 and seen == [False, True]
    assert len(json.loads(result.stdout)) == 1


# -- non-UTF-8 bytes in --pack --------------------------------------------------------------------


@pytest.mark.parametrize("args", [("history", "--pack"), ("history", "--question"), ("stats", "--pack"),
                                  ("export", "-o", "-", "--pack")])
def test_undecodable_bytes_in_pack_match_nothing_without_an_error(args: tuple[str, ...]) -> None:
    practise(GOOD, questions=("meaning",))
    value = b"pack-\xff".decode("utf-8", "surrogateescape")  # how Python passes such an argument
    result = invoke(*args, value)
    assert "internal error" not in result.output
    if args[0] == "history":
        assert result.exit_code == 0, result.output
    else:  # stats and export name a pack id no folder or attempt has: an unknown pack
        assert result.exit_code == 1 and "coach: no pack 'pack-\ufffd'" in result.stderr


def test_undecodable_pack_in_a_real_process(isolated_home: Path) -> None:
    practise(GOOD, questions=("meaning",))
    env = {**os.environ, "COACH_HOME": str(isolated_home)}
    for command in ("history", "stats"):
        proc = subprocess.run([sys.executable.encode(), b"-c", MAIN.encode(), command.encode(), b"--pack",
                               b"x\xff"], capture_output=True, env=env, timeout=120)
        assert proc.returncode == (0 if command == "history" else 1), proc.stderr  # stats: unknown pack
        assert b"internal error" not in proc.stderr
