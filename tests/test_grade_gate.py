"""`coach grade`: `--min-score` fails on rows that could not be graded, and the default table
keeps ids whole and wraps error text at 80 columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from coach.cli import app

runner = CliRunner()
GOOD = ("I listened, put myself in their shoes and said I understood their frustration. I fixed "
        "it right away, kept them informed and followed up a week later to check it stayed fixed.")


def answers(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "answers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def good_row(ident: str = "a1", question: str = "angry-customer") -> dict[str, str]:
    return {"id": ident, "candidate": "Sam", "pack": "customer-service", "question": question,
            "answer": GOOD}


def test_min_score_fails_on_a_row_that_could_not_be_graded(tmp_path: Path) -> None:
    bad = {"id": "a2", "candidate": "Sam", "pack": "customer-service", "question": "no-such-question",
           "answer": "hi"}
    source = answers(tmp_path, [good_row(), bad])
    gated = runner.invoke(app, ["grade", str(source), "--min-score", "0", "--format", "json"])
    assert gated.exit_code == 1
    summary = json.loads(gated.stdout)["summary"]
    assert summary["errors"] == 1 and summary["below_threshold"] == 0
    assert "1 of 2 rows could not be graded" in gated.stderr
    # Without a gate an error row is reported, not a failure; every row graded passes the gate.
    assert runner.invoke(app, ["grade", str(source), "--format", "json"]).exit_code == 0
    clean = answers(tmp_path, [good_row()])
    assert runner.invoke(app, ["grade", str(clean), "--min-score", "0"]).exit_code == 0


def test_min_score_still_fails_on_a_low_score(tmp_path: Path) -> None:
    source = answers(tmp_path, [good_row()])
    assert runner.invoke(app, ["grade", str(source), "--min-score", "100"]).exit_code == 1


def _lines(stdout: str) -> list[str]:
    return [line.rstrip() for line in stdout.splitlines()]


def test_the_table_keeps_ids_whole_and_wraps_errors_at_80_columns(tmp_path: Path) -> None:
    ident, question = "cand-0042-attempt-3", "define-excellent-service"
    bad = {"id": "row-with-error-7", "candidate": "Priya", "pack": "nope", "question": "angry-customer",
           "answer": "hi"}
    source = answers(tmp_path, [good_row(ident, question), bad])
    result = runner.invoke(app, ["grade", str(source)], env={"COLUMNS": "80"})
    lines = _lines(result.stdout)
    assert max(len(line) for line in lines) <= 80
    # Each id on one line, whole (folding would split it across two lines).
    for whole in (ident, question, "row-with-error-7", "angry-customer"):
        assert any(whole in line for line in lines), whole
    # The error is wrapped between words: the Result column, joined again, reads as written.
    at = next(line for line in lines if "Result" in line).index("Result")
    column = " ".join(line[at:].strip() for line in lines if len(line) > at)
    assert "line 2: no pack 'nope' (looked in bundled, user and COACH_PACKS_PATH folders); known " \
        "packs: customer-service, customer-service-sv, customer-service-te" in column
    assert "Priya" in result.stdout and "Sam" in result.stdout


def test_a_wide_table_gives_the_candidate_a_column(tmp_path: Path) -> None:
    source = answers(tmp_path, [good_row()])
    wide = runner.invoke(app, ["grade", str(source)], env={"COLUMNS": "120"})
    header = next(line for line in _lines(wide.stdout) if "Question" in line)
    assert re.search(r"ID\s+Candidate\s+Question\s+Score\s+Result", header)
    row = next(line for line in _lines(wide.stdout) if "angry-customer" in line)
    assert re.search(r"a1\s+Sam\s+angry-customer\s+\d+\s+✓ ", row)
