"""Untrusted text stays harmless on the way out: CSV cells cannot run formulas, Markdown holds
no HTML, links or images, error rows keep their line, reports render only what was scored,
and `coach grade --format table` streams."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.grade import GradedRow
from coach.history import stats
from coach.output import terminal as render
from coach.output import writers
from coach.output.export import markdown as markdown_report
from coach.output.export import scored_part
from coach.output.markdown import md_inline, md_quote
from coach.output.writers import csv_cell, write_rows
from coach.packs import load_pack, load_pack_file
from coach.scoring import score_answer
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
MINI = str(ROOT / "tests" / "data" / "mini.yaml")
FORMULA = ("=", "+", "-", "@", "\t", "\r")
HOSTILE_MD = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
              "![t](https://tracker.example/p.png)", "<https://tracker.example>", "&#106;avascript"]


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def jsonl(tmp_path: Path, rows: list[Any]) -> Path:
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def hostile_pack(tmp_path: Path) -> Path:
    """mini.yaml with HTML, a javascript: link and a remote image in a label and a tip."""
    text = Path(MINI).read_text(encoding="utf-8")
    text = text.replace("label: Empathy", "label: \"<img src=x onerror=alert(1)>Empathy\"")
    text = text.replace("tip: Show that you understand how the customer feels.",
                        "tip: \"[click](javascript:alert(1)) ![t](https://tracker.example/p.png) <script>x</script>\"")
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    load_pack_file(path)  # still a valid pack
    return path


# -- CSV formula injection ------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "\"'\tx\""), ("\r=1", "\"'\r=1\""), ("-5", "-5"), ("+1.5", "+1.5"), ("-.5e3", "-.5e3"),
    (-5, "-5"), (33, "33"), ("", ""), (None, ""), ("plain text", "plain text"),
    ("a;=cmd", "\"a;=cmd\""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
])
def test_csv_cell_neutralises_formulas_and_keeps_numbers(value: Any, cell: str) -> None:
    assert csv_cell(value) == cell


def test_grade_csv_never_starts_a_cell_with_a_formula(tmp_path: Path) -> None:
    rows = [{"id": "=HYPERLINK(\"http://evil\",\"x\")", "candidate": "+cmd", "question": "meaning",
             "answer": "I show empathy"},
            {"id": "@SUM(1+1)", "candidate": "\t=1+1", "question": "-nope", "answer": "x"},
            {"id": "-5", "candidate": "x;=1+1", "question": "meaning", "answer": "nothing"}]
    result = run("grade", str(jsonl(tmp_path, rows)), "-p", MINI, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    records = list(csv.reader(io.StringIO(result.stdout)))
    assert len(records) == 4
    for record in records:
        for cell in record:
            assert not cell.startswith(FORMULA) or re.fullmatch(r"-?\d+", cell), (record, cell)
    assert records[1][:2] == ["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd"]
    assert records[1][4] == "33"  # a score stays a number
    assert records[2][:2] == ["'@SUM(1+1)", "'\t=1+1"]
    assert records[3][0] == "-5"  # a number, not a formula
    assert "\"x;=1+1\"" in result.stdout  # quoted, so a semicolon reader cannot split it


# -- Markdown ---------------------------------------------------------------------------------------


def _assert_inert(markdown_text: str) -> None:
    """No HTML tag, autolink, inline link or image, link definition or entity survives."""
    unquoted = re.sub(r"^>(?: |$)", "", markdown_text, flags=re.M)  # block quotes are ours
    assert "<" not in unquoted and ">" not in unquoted
    assert "](" not in markdown_text
    assert not re.search(r"^(?:> )?\s*\[", markdown_text, re.M)
    assert "&#" not in markdown_text


@pytest.mark.parametrize("text", HOSTILE_MD)
def test_md_inline_and_quote_make_html_links_and_images_inert(text: str) -> None:
    _assert_inert(md_inline(text))
    _assert_inert(md_quote(text + "\n" + text))


def test_md_escaping_keeps_the_text_readable() -> None:
    assert md_inline("I show [bold] empathy | a lot\nand more") == "I show [bold] empathy \\| a lot and more"
    assert md_inline("<b>&") == "&lt;b&gt;&amp;"
    assert md_quote("# not a heading\r\n1. not a list\n\n- nor this") == \
        "> \\# not a heading\n> 1\\. not a list\n>\n> \\- nor this"


def test_grade_markdown_escapes_answers_and_pack_text(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path)
    rows = [{"id": text, "candidate": text, "question": "meaning", "answer": "I show empathy"}
            for text in HOSTILE_MD]
    rows.append({"id": "x", "question": "[q](javascript:alert(1))", "answer": "y"})
    result = run("grade", str(jsonl(tmp_path, rows)), "-p", str(pack), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    _assert_inert(result.stdout)


def _record(store: Store, pack_path: Path, answer: str) -> None:
    pack = load_pack(str(pack_path))
    result = score_answer(pack, "meaning", answer).to_dict()
    store.record_attempt(session="s", pack=pack.id, question="meaning", prompt="<b>prompt</b>",
                         answer=answer, result=result, duration=1.0, time_limit=None)


def test_export_markdown_escapes_answers_labels_and_tips(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path)
    with Store.open() as store:
        for text in HOSTILE_MD:
            _record(store, pack, f"{text}\n[d]: javascript:alert(1)\nI reply quickly.")
        _record(store, pack, "I show empathy")
    result = run("export", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert "onerror=alert(1)" in result.stdout  # the text is kept, only made inert
    _assert_inert(result.stdout)


# -- error rows keep their line ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_error_rows_keep_their_line_number(tmp_path: Path, fmt: str) -> None:
    rows = [{"id": "a", "question": "meaning", "answer": "I show empathy"}, "{not json",
            {"id": "c", "question": "nope", "answer": "x"}]
    result = run("grade", str(jsonl(tmp_path, rows)), "-p", MINI, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "line 2: invalid JSON" in result.stdout
    assert "line 3: " in result.stdout and "nope" in result.stdout


# -- reports render only what was scored -------------------------------------------------------


def test_score_report_renders_only_the_scored_part(tmp_path: Path) -> None:
    answer = "I show empathy. " + "a" * 1_000_000  # one huge word after a real sentence
    source = tmp_path / "big.txt"
    source.write_text(answer, encoding="utf-8")
    result = run("score", "-p", MINI, "-q", "meaning", "-f", str(source))
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout) < 80_000  # 60,000 characters shown, not 1,000,016
    assert "940,016 more characters, not scored and not shown" in " ".join(result.stdout.split())


def test_scored_part_follows_the_result_and_caps_old_results() -> None:
    pack = load_pack(MINI)
    answer = "empathy " * 10_000
    result = score_answer(pack, "meaning", answer)
    shown, rest = scored_part(answer, result)
    assert len(shown) == result.scored_chars == 60_000 and rest == 20_000
    # a stored result from before scored_chars
    assert scored_part(answer, dataclasses.replace(result, truncated=False, scored_chars=0))[1] == 20_000
    short = score_answer(pack, "meaning", "short")
    assert scored_part("short", short) == ("short", 0)


def test_export_shows_only_the_scored_part(tmp_path: Path) -> None:
    with Store.open() as store:
        _record(store, Path(MINI), "I show empathy " + "b" * 500_000)
    with Store.open() as store:
        attempts = store.attempts()
    summary = dataclasses.replace(stats([], []), attempts=1, questions=1, average=0, best=0)
    text = markdown_report(attempts, summary, title="t", period="p")
    assert len(text) < 70_000 and "440,015 more characters, not scored and not shown" in text


# -- the table streams ---------------------------------------------------------------------------


def _rows(count: int, seen: io.StringIO, checks: list[int]) -> Any:
    pack = load_pack(MINI)
    result = score_answer(pack, "meaning", "I show empathy")
    for i in range(count):
        if i == 350:  # by now the earlier rows must be on the output, not held back
            checks.append(seen.getvalue().count("row-"))
        yield GradedRow(i + 1, f"row-{i}", None, "mini", "meaning", result)


def test_grade_table_prints_rows_as_they_come(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    checks: list[int] = []
    write_rows("table", _rows(400, out, checks), lambda: {"graded": 400, "errors": 0, "mean_score": 33,
                                                          "threshold": None})
    assert checks and checks[0] >= 300  # at most one batch is held
    assert out.getvalue().count("row-") == 400 and out.getvalue().count("Candidate") == 1
    assert "400 graded, 0 errors, mean score 33" in out.getvalue()


def test_progress_goes_to_stderr_and_never_into_the_output(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"id": f"r{i}", "question": "meaning", "answer": "I show empathy"} for i in range(30)]
    shown = io.StringIO()
    terminal = render.Console(file=shown, force_terminal=True, width=80)
    real = render.progress_rows
    monkeypatch.setattr(writers, "progress_wanted", lambda: True)
    monkeypatch.setattr(render, "progress_rows",
                        lambda rows, label, **kw: real(rows, label=label, delay=0, out=terminal, **kw))
    plain = run("grade", str(jsonl(tmp_path, rows)), "-p", MINI, "--format", "csv")
    assert plain.exit_code == 0, plain.stderr
    assert plain.stdout.count("\n") == 31 and "Grading" not in plain.stdout
    assert "Grading" in shown.getvalue() and "rows" in shown.getvalue()


def test_progress_only_when_stderr_is_a_terminal_and_stdout_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for out_tty, err_tty, wanted in ((False, True, True), (True, True, False), (False, False, False)):
        monkeypatch.setattr("sys.stdout", Stream(out_tty))
        monkeypatch.setattr("sys.stderr", Stream(err_tty))
        assert writers.progress_wanted() is wanted


def test_table_error_rows_with_an_id_keep_their_line_and_markdown_says_no_mean(tmp_path: Path) -> None:
    source = jsonl(tmp_path, [{"id": "a1", "question": "nope", "answer": "x"}])
    table = CliRunner().invoke(app, ["grade", str(source), "-p", MINI], env={"COLUMNS": "200"})
    assert "line 1: " in table.stdout and "a1" in table.stdout
    md = run("grade", str(source), "-p", MINI, "--format", "markdown")
    assert md.stdout.endswith("\n0 graded, 1 errors\n") and "None" not in md.stdout
