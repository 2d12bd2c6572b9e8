"""`coach questions` (find and browse) and the shell completion of pack and question ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach import schedule
from coach.browse import matches, question_rows
from coach.cli import app
from coach.cli_complete import complete_pack, complete_question, pack_ids, question_ids
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import CardRow, Store

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
BUNDLED_QUESTIONS = len(load_pack("customer-service").questions)


def invoke(*args: str, **env: str) -> Any:
    return CliRunner().invoke(app, list(args), env=env or None)


def add(pack_ref: str | Path, question: str, answer: str, when: datetime) -> None:
    pack = load_pack(pack_ref)
    result = score_answer(pack, question, answer).to_dict()
    with Store.open() as store:
        card = store.card(pack.id, question)
        store.record_attempt(session="s", pack=pack.id, question=question,
                             prompt=pack.question(question).prompt, answer=answer, result=result,
                             duration=None, time_limit=None,
                             card=schedule.review(card.card if card else None, result["score"], when),
                             created=when.isoformat(timespec="microseconds"))


def listed(*args: str) -> list[dict[str, Any]]:
    result = invoke("questions", *args, "--json")
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


# -- listing ---------------------------------------------------------------------------------------


def test_without_a_history_every_question_is_new(isolated_home: Path) -> None:
    rows = listed("--pack", "customer-service")
    assert len(rows) == BUNDLED_QUESTIONS
    assert rows[0] == {"pack": "customer-service", "id": "good-service-meaning",
                       "prompt": "What does good customer service mean to you?",
                       "tags": ["opener", "values"], "difficulty": "easy", "last_score": None,
                       "due": None, "due_now": False}
    assert not (isolated_home / "coach.db").exists() and not any(isolated_home.glob("*.db"))


def test_every_pack_is_listed_without_pack() -> None:
    packs = {row["pack"] for row in listed()}
    assert packs == {"customer-service", "customer-service-sv", "customer-service-te"}
    assert listed()[0]["pack"] == "customer-service"  # the default pack first


def test_last_score_and_due_date_come_from_the_history() -> None:
    long_ago = datetime.now(UTC) - timedelta(days=40)
    add(MINI, "meaning", "I stay polite.", long_ago)
    add(MINI, "meaning", "I show empathy, reply quickly and go above and beyond.", long_ago)
    rows = {row["id"]: row for row in listed("--pack", str(MINI))}
    assert rows["meaning"]["last_score"] == 100  # the latest attempt, not the first
    assert rows["meaning"]["due"] is not None and rows["meaning"]["due_now"] is True
    assert rows["angry-customer"]["last_score"] is None and rows["angry-customer"]["due"] is None
    table = invoke("questions", "--pack", str(MINI), COLUMNS="100").stdout
    line = next(x for x in table.splitlines() if x.startswith("meaning"))
    assert line.split()[-2:] == ["100", "now"]
    assert next(x for x in table.splitlines() if x.startswith("angry-customer")).split()[-2:] == ["–", "new"]


def test_a_question_not_due_yet_shows_its_date() -> None:
    add(MINI, "meaning", "I show empathy, reply quickly and go above and beyond.", datetime.now(UTC))
    row = listed("--pack", str(MINI))[0]
    assert row["due_now"] is False
    assert row["due"] > datetime.now(UTC).isoformat()


def test_filter_by_tag_any_of_several() -> None:
    ids = {row["id"] for row in listed("-p", "customer-service", "-t", "opener", "-t", "phone")}
    pack = load_pack("customer-service")
    assert ids == {q.id for q in pack.questions if {"opener", "phone"} & set(q.tags)}
    assert ids and len(ids) < BUNDLED_QUESTIONS


def test_search_needs_every_word_in_any_case() -> None:
    rows = listed("-p", "customer-service", "--search", "ANGRY upset")
    assert [row["id"] for row in rows] == ["angry-customer"]
    assert listed("-p", "customer-service", "--search", "angry nothing-like-this") == []


def test_nothing_matching_says_so_and_names_the_tags() -> None:
    result = invoke("questions", "-p", "customer-service", "--tag", "nope")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("coach: no questions match; tags in this pack: ")
    assert "behavioural" in result.stderr


def test_an_unknown_pack_is_an_error() -> None:
    result = invoke("questions", "--pack", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("coach: no pack 'nope'")


def test_the_table_keeps_ids_whole_at_60_columns() -> None:
    out = invoke("questions", "-p", "customer-service", COLUMNS="60").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 60
    for q in load_pack("customer-service").questions:
        assert any(line.startswith(q.id + " ") for line in lines), q.id
    assert "#behavioural" in out and "medium" in out


def test_broken_pack_files_are_left_out_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "broken.yaml").write_text("pack: broken\ntitle: [\n", encoding="utf-8")
    monkeypatch.setenv("COACH_PACKS_PATH", str(extra))
    result = invoke("questions", "--json")
    assert result.exit_code == 0
    assert "coach: 1 pack file could not be loaded and is left out" in result.stderr
    assert len(json.loads(result.stdout)) > BUNDLED_QUESTIONS


def test_rows_core() -> None:
    pack = load_pack(MINI)
    now = datetime(2026, 1, 10, tzinfo=UTC)
    cards = [CardRow("mini", "meaning", "{}", "2026-01-09T00:00:00+00:00"),
             CardRow("mini", "angry-customer", "{}", "2026-01-11T00:00:00+00:00")]
    rows = question_rows([pack], {("mini", "meaning"): 40}, cards, now=now)
    assert [(r.id, r.last_score, r.due_now) for r in rows] == [("meaning", 40, True),
                                                              ("angry-customer", None, False)]
    assert [r.id for r in question_rows([pack], {}, [], tags=["behavioural"])] == ["angry-customer"]
    assert matches("Good SERVICE", "meaning", "What does good customer service mean?")
    assert not matches("good nope", "meaning", "What does good customer service mean?")


# -- completion ------------------------------------------------------------------------------------


def test_pack_ids_complete_from_the_pack_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert complete_pack("") == ["customer-service-sv", "customer-service-te", "customer-service"] or \
        set(complete_pack("")) == {"customer-service", "customer-service-sv", "customer-service-te"}
    assert complete_pack("customer-service-s") == ["customer-service-sv"]
    assert complete_pack("zzz") == []
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "file-name.yaml").write_text("pack: retail-basics\n", encoding="utf-8")
    monkeypatch.setenv("COACH_PACKS_PATH", str(extra))
    assert "retail-basics" in pack_ids() and "file-name" not in pack_ids()


class _Ctx:
    def __init__(self, **params: Any) -> None:
        self.params = params


def test_question_ids_complete_for_the_pack_on_the_command_line() -> None:
    ctx: Any = _Ctx(pack="customer-service")
    assert complete_question(ctx, "an") == ["angry-customer"]
    assert complete_question(_Ctx(pack=str(MINI)), "") == ["meaning", "angry-customer"]  # type: ignore[arg-type]
    assert complete_question(_Ctx(pack="customer-service-sv"), "against") == ["against-policy"]  # type: ignore[arg-type]
    # No pack given: the bundled default.
    assert complete_question(_Ctx(), "good-") == ["good-service-meaning"]  # type: ignore[arg-type]
    assert question_ids("customer-service") == [q.id for q in load_pack("customer-service").questions]


def test_question_ids_follow_the_last_pack_practised() -> None:
    with Store.open() as store:
        store.set_setting("last_pack", "customer-service-sv")
    sv = [q.id for q in load_pack("customer-service-sv").questions]
    assert complete_question(_Ctx(), "") == sv  # type: ignore[arg-type]


def test_completion_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert complete_question(_Ctx(pack="no-such-pack"), "") == []  # type: ignore[arg-type]
    assert complete_question(_Ctx(pack=str(tmp_path / "missing.yaml")), "") == []  # type: ignore[arg-type]
    assert complete_question(_Ctx(pack=str(tmp_path)), "") == []  # a folder  # type: ignore[arg-type]
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00\nid: x\n")
    assert complete_question(_Ctx(pack=str(binary)), "") == ["x"]  # type: ignore[arg-type]
    monkeypatch.setenv("COACH_PACKS_PATH", str(tmp_path / "not-there"))
    assert "customer-service" in complete_pack("")
    (tmp_path / "home-file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home-file"))  # a file, not a folder
    assert complete_question(_Ctx(), "angry") == ["angry-customer"]  # type: ignore[arg-type]


@pytest.mark.parametrize(("words", "expected"), [
    ("coach score -q angry", ["angry-customer"]),
    ("coach practice -p customer-service-sv -q again", ["against-policy"]),
    ("coach history --question problem-st", ["problem-stays-fixed"]),
    ("coach stats --pack customer-service-t", ["customer-service-te"]),
    ("coach export -p customer-service-s", ["customer-service-sv"]),
    ("coach questions -p customer-service-t", ["customer-service-te"]),
    ("coach grade answers.yaml -p customer-service-t", ["customer-service-te"]),
    ("coach packs show customer-service-t", ["customer-service-te"]),
    ("coach packs test customer-service-t", ["customer-service-te"]),
])
def test_completion_through_the_shell_protocol(words: str, expected: list[str]) -> None:
    """What bash runs on Tab: the program with _COACH_COMPLETE set prints the candidates."""
    result = CliRunner().invoke(app, [], env={"_COACH_COMPLETE": "complete_bash", "COMP_WORDS": words,
                         "COMP_CWORD": str(len(words.split()) - 1)})
    assert result.stdout.split() == expected


def test_completion_does_not_load_packs(isolated_home: Path) -> None:
    """A Tab press reads pack files' id lines; loading a pack (pydantic validation, the
    engine) would cost half a second. Checked by what was imported, not by timing."""
    code = ("import sys\nfrom coach.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('coach.packs', 'coach.scoring'))))")
    env = {**os.environ, "COACH_HOME": str(isolated_home), "_COACH_COMPLETE": "complete_bash",
           "COMP_WORDS": "coach score -q angry", "COMP_CWORD": "3"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    lines = proc.stdout.splitlines()
    assert lines[0] == "angry-customer"
    assert lines[-1] == "[]", proc.stdout
