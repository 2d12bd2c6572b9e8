"""`coach practice` (and bare `coach`) from the command line: scripted stdin, errors, settings."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.store import Store, db_path

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
GOOD = "I put myself in their shoes, help quickly and stay polite and courteous."
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def attempts() -> list:
    with Store.open() as store:
        return store.attempts()


def test_scripted_session_scores_stores_and_sums_up() -> None:
    result = invoke("practice", "--pack", PACK, "-q", "meaning", "-q", "queue",
                    input=f"{GOOD}\nand a second line\n.\nI help quickly and follow up.\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Question 1 of 2" in out and "Question 2 of 2" in out
    assert "What does good customer service mean to you?" in out and "time limit 1:30" in out
    assert "100/100" in out and "Criterion" in out and "To improve" in out  # the `coach score` report
    assert "Saved as attempt #1" in out and "Session summary" in out
    assert "2 answers scored" in out
    stored = attempts()
    assert [(a.question, a.answer) for a in stored] == [
        ("meaning", f"{GOOD}\nand a second line"), ("queue", "I help quickly and follow up.")]
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_scripted_session_asks_no_choice_and_never_shows_the_model_answer() -> None:
    result = invoke("practice", "--pack", PACK, "-q", "meaning", input="I do my best.\n.\n")
    assert result.exit_code == 0
    assert "[r]etry" not in result.output and "example of a strong answer" not in result.output


def test_bare_coach_runs_a_practice_session_with_the_bundled_pack() -> None:
    result = invoke(input="I listen, say sorry, and fix the problem quickly.\n")
    assert result.exit_code == 0, result.output
    assert "Question 1 of 5" in result.stdout and "Customer service" in result.stdout
    assert "Session summary" in result.stdout
    assert [a.pack for a in attempts()] == ["customer-service"]


def test_the_last_pack_used_is_the_default_next_time() -> None:
    assert invoke("practice", "--pack", PACK, "-q", "meaning", input=f"{GOOD}\n").exit_code == 0
    result = invoke("practice", input=f"{GOOD}\n")
    assert result.exit_code == 0
    assert "Practice test pack" in result.stdout
    assert [a.pack for a in attempts()] == ["practice-test", "practice-test"]


def test_a_remembered_pack_that_is_gone_falls_back_with_a_warning(tmp_path: Path) -> None:
    copy = tmp_path / "gone.yaml"
    copy.write_text(Path(PACK).read_text(encoding="utf-8"), encoding="utf-8")
    assert invoke("practice", "--pack", str(copy), "-q", "meaning", input="x\n").exit_code == 0
    copy.unlink()
    result = invoke("practice", input="I help.\n")
    assert result.exit_code == 0
    assert "cannot be loaded" in result.stderr and "using customer-service" in result.stderr
    assert attempts()[-1].pack == "customer-service"


def test_filters_count_and_mode() -> None:
    result = invoke("practice", "--pack", PACK, "--tag", "busy", "--count", "1", "--mode", "new",
                    input="I help quickly.\n.\n")
    assert result.exit_code == 0
    assert "Question 1 of 1" in result.stdout
    assert [a.question for a in attempts()] == ["queue"]
    result = invoke("practice", "--pack", PACK, "--difficulty", "easy", input="I help.\n")
    assert [a.question for a in attempts()][-1] == "meaning"


def test_user_errors_have_messages_and_exit_codes() -> None:
    result = invoke("practice", "--pack", "no-such-pack")
    assert result.exit_code == 1 and "no pack 'no-such-pack'" in result.stderr
    result = invoke("practice", "--pack", PACK, "-q", "meanin")
    assert result.exit_code == 1 and "did you mean meaning" in result.stderr
    result = invoke("practice", "--pack", PACK, "--tag", "nope")
    assert result.exit_code == 1 and "no question with tag nope" in result.stderr
    assert invoke("practice", "--mode", "sometimes").exit_code == 2
    assert invoke("practice", "--count", "0").exit_code == 2
    assert invoke("practice", "--difficulty", "extreme").exit_code == 2


def test_a_corrupt_history_stops_practice_with_the_file_name_and_the_fix() -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"junk" * 1000)
    result = invoke("practice", "--pack", PACK, input=f"{GOOD}\n")
    assert result.exit_code == 1
    assert str(path) in result.stderr and "coach history --repair" in result.stderr
    assert path.read_bytes() == b"junk" * 1000
    result = invoke("history")
    assert result.exit_code == 1 and "coach history --repair" in result.stderr
    result = invoke("history", "--repair")
    assert result.exit_code == 0 and "Moved the damaged history to" in result.stdout
    kept = list(path.parent.glob("history.sqlite3.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"junk" * 1000
    assert invoke("practice", "--pack", PACK, "-q", "meaning", input=f"{GOOD}\n").exit_code == 0
    assert len(attempts()) == 1
    result = invoke("history", "--repair")
    assert result.exit_code == 0 and "nothing to repair" in result.stdout


def test_an_unwritable_data_folder_still_practises_and_warns_once(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("COACH_HOME", str(blocker / "coach"))
    result = invoke("practice", "--pack", PACK, "-q", "meaning", "-q", "queue",
                    input=f"{GOOD}\n.\nI help quickly.\n")
    assert result.exit_code == 0
    assert result.stderr.count("warning") == 1 and "cannot be saved" in result.stderr
    assert "100/100" in result.stdout and "Not saved" in result.stdout
    assert "Nothing was saved" in result.stdout


def test_read_only_data_folder_when_not_root(tmp_path: Path, monkeypatch) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pytest

        pytest.skip("root ignores folder permissions")
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o555)
    monkeypatch.setenv("COACH_HOME", str(home))
    try:
        result = invoke("practice", "--pack", PACK, "-q", "meaning", input=f"{GOOD}\n")
    finally:
        home.chmod(0o755)
    assert result.exit_code == 0 and result.stderr.count("warning") == 1


def test_a_scripted_session_in_a_real_process(isolated_home: Path) -> None:
    env = {**os.environ, "COACH_HOME": str(isolated_home), "COLUMNS": "100"}
    proc = subprocess.run([sys.executable, "-c", MAIN, "practice", "--pack", PACK, "-q", "meaning",
                           "-q", "fixed"], input=f"{GOOD}\n.\nI follow up and check back with empathy.\n",
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Session summary" in proc.stdout and proc.stderr == ""
    assert [(a.question, a.score) for a in attempts()] == [("meaning", 100), ("fixed", 100)]


def test_scripted_session_as_json() -> None:
    import json

    result = invoke("practice", "--pack", PACK, "-q", "meaning", "-q", "queue", "--json",
                    input=f"{GOOD}\n.\nI help quickly.\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["pack"] == "practice-test"
    assert [a["question"] for a in data["attempts"]] == ["meaning", "queue"]
    first = data["attempts"][0]
    assert first["attempt_id"] == 1 and first["answer"] == GOOD and first["score"] == 100
    assert {"criteria", "red_flags", "words", "rating"} <= set(first)
    assert data["summary"]["attempts"] == 2
    assert [q["question"] for q in data["summary"]["questions"]] == ["meaning", "queue"]
    assert len(attempts()) == 2


def test_sub_commands_offer_no_completion_options() -> None:
    for command in (["practice"], ["history"], ["packs"], ["stats"]):
        assert "--install-completion" not in invoke(*command, "--help").stdout
    assert "--install-completion" in invoke("--help").stdout


def test_history_is_closed_when_the_pack_or_question_is_unknown(monkeypatch) -> None:
    """The history is opened before the pack is loaded; a user error must not leave it open."""
    opened: list[Store] = []
    real_open = Store.open.__func__

    def tracking_open(cls, *args, **kwargs):
        store = real_open(cls, *args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(Store, "open", classmethod(tracking_open))
    for args in (["--pack", "no-such-pack"], ["--pack", PACK, "-q", "no-such-question"]):
        result = invoke("practice", *args, input="")
        assert result.exit_code == 1 and result.stderr.startswith("coach: ")
    assert len(opened) == 2
    for store in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            store.db.execute("SELECT 1")
