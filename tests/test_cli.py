"""The command line through CliRunner and, where it matters, a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import __version__
from coach.cli import app

ROOT = Path(__file__).resolve().parent.parent
MINI = str(ROOT / "tests" / "data" / "mini.yaml")
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version_and_help() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"coach {__version__}\n"
    for command in ("score", "grade"):
        help_text = run(command, "--help").stdout
        assert "Examples:" in help_text and f"coach {command}" in help_text


def test_score_text_argument() -> None:
    result = run("score", "-p", MINI, "-q", "meaning", "I show empathy and reply quickly.")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "67/100" in out
    assert "✓" in out and "Empathy" in out and "“empathy”" in out
    assert "To improve" in out and "Mention courtesy and fairness." in out
    assert "Length: 6 words (very short)" in out


def test_score_json_shape() -> None:
    result = run("score", "-p", MINI, "-q", "meaning", "--json", "I don't think empathy matters.")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["score"] == 0 and data["question"] == "meaning" and data["pack"] == "mini"
    first = data["criteria"][0]
    assert set(first) >= {"id", "label", "earned", "negated", "keyword", "match", "evidence"}
    assert first["negated"] is True and first["evidence"]["text"] == "empathy"
    assert set(data) >= {"red_flags", "words", "fillers", "hedges", "star", "length"}


def test_score_from_file_and_stdin(tmp_path: Path) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text("I go above and beyond.\r\n", encoding="utf-8")
    by_file = json.loads(run("score", "-p", MINI, "-q", "meaning", "--file", str(answer), "--json").stdout)
    by_stdin = json.loads(run("score", "-p", MINI, "-q", "meaning", "--json", input="I go above and beyond.\n").stdout)
    assert by_file["score"] == by_stdin["score"] == 67


def test_score_explain() -> None:
    result = run("score", "-p", MINI, "-q", "meaning", "--explain", "I show emapthy.")
    assert result.exit_code == 0
    assert "Keyword phrases and their best matches" in result.stdout
    assert "emapthy" in result.stdout
    data = json.loads(run("score", "-p", MINI, "-q", "meaning", "--explain", "--json", "x").stdout)
    assert {"criterion", "phrase", "strength", "negated", "evidence"} <= set(data["explain"][0])


def test_markup_and_control_characters_are_shown_literally() -> None:
    answer = "[bold red]empathy[/bold red] \x1b[31mred\x1b[0m [link=http://x]y[/link]"
    result = run("score", "-p", MINI, "-q", "meaning", answer)
    assert result.exit_code == 0
    assert "[bold red]empathy[/bold red]" in result.stdout
    assert "[link=http://x]y[/link]" in result.stdout
    assert "\x1b" not in result.stdout


def test_score_user_errors() -> None:
    missing_q = run("score", "-p", MINI, "-q", "nope", "hi")
    assert missing_q.exit_code == 1
    assert missing_q.stderr == "coach: pack 'mini' has no question 'nope'; it has: meaning, angry-customer\n"
    missing_pack = run("score", "-p", "no-such-pack", "-q", "x", "hi")
    assert missing_pack.exit_code == 1
    assert missing_pack.stderr.startswith("coach: no pack 'no-such-pack'")
    both = run("score", "-p", MINI, "-q", "meaning", "--file", MINI, "text")
    assert both.exit_code == 2
    assert "not both" in both.stderr
    no_question = run("score", "text")
    assert no_question.exit_code == 2
    assert "--question" in no_question.stderr


def test_broken_pack_reports_every_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("pack: x\ntitle: X\nlanguage: en\ncriteria:\n  a:\n    label: A\n    keywords: []\n"
                      "questions:\n  - id: q\n    prompt: P\n    criteria: [b]\n", encoding="utf-8")
    result = run("score", "-p", str(broken), "-q", "q", "hi")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"coach: {broken}:7:15: criteria.a.keywords: the keyword list is empty; give at least one keyword phrase",
        f"coach: {broken}:11:16: questions[0].criteria[0]: criterion 'b' is not defined under criteria",
    ]
    assert result.stdout == ""


def test_real_subprocess_errors_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("pack: x\n\ttitle: X\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "coach", "score", "-p", str(broken), "-q", "q", "hi"],
                          capture_output=True, text=True, env={**_env(tmp_path)})
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"coach: {broken}:2:1: invalid YAML: a tab character")
    debug = subprocess.run([sys.executable, "-m", "coach", "--debug", "score", "-p", str(broken), "-q", "q",
                            "hi"], capture_output=True, text=True, env={**_env(tmp_path)})
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    return {**os.environ, "COACH_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}


def test_real_subprocess_version_and_score(tmp_path: Path) -> None:
    version = subprocess.run([sys.executable, "-m", "coach", "--version"], capture_output=True, text=True,
                             env=_env(tmp_path))
    assert version.stdout.strip() == f"coach {__version__}"
    scored = subprocess.run([sys.executable, "-m", "coach", "score", "-q", "good-service-meaning", "--json"],
                            input="I always put myself in their shoes and follow up.", capture_output=True,
                            text=True, env=_env(tmp_path))
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["pack"] == "customer-service"


# -- grade ------------------------------------------------------------------------------------------------


def test_score_file_that_is_a_folder(tmp_path: Path) -> None:
    result = run("score", "-p", MINI, "-q", "meaning", "--file", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"coach: {tmp_path}: is a folder, not an answer file\n"


def test_grade_example_answers_table() -> None:
    result = run("grade", str(ROOT / "answers.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "graded, 0 errors, mean score" in result.stdout


def test_grade_json_shape_and_error_rows(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(f"pack: {MINI}\nanswers:\n  - id: a1\n    candidate: Sam\n    question: meaning\n"
                       "    answer: I show empathy.\n  - id: a2\n    question: nope\n    answer: hi\n",
                       encoding="utf-8")
    result = run("grade", str(answers), "--allow-pack-paths", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    ok, bad = data["results"]
    assert {"id", "candidate", "pack", "question", "score", "criteria"} <= set(ok)
    assert ok["id"] == "a1" and ok["candidate"] == "Sam" and ok["score"] == 33
    crit = ok["criteria"][0]
    assert set(crit) >= {"id", "label", "earned", "negated", "keyword", "match", "evidence"}
    assert crit["evidence"] == {"start": 7, "end": 14, "text": "empathy"}
    assert bad["score"] is None and "no question 'nope'" in bad["error"]
    assert data["summary"]["graded"] == 1 and data["summary"]["errors"] == 1
    assert "1 of 2 rows could not be graded" in result.stderr


def test_grade_jsonl_and_csv_inputs(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    rows = [{"id": "j1", "pack": MINI, "question": "meaning", "answer": "I reply quickly."},
            {"id": "j2", "question": "meaning", "answer": "I am polite."}]
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    data = json.loads(run("grade", str(jsonl), "--pack", MINI, "--format", "json").stdout)
    assert [r["score"] for r in data["results"]] == [33, 33, None]
    assert data["results"][2]["error"].startswith("invalid JSON")
    csv_file = tmp_path / "a.csv"
    csv_file.write_text('id,candidate,pack,question,answer\nc1,Ann,,meaning,"I show empathy,\nand go the '
                        'extra mile."\nc2,Bo,,meaning,nothing\n', encoding="utf-8")
    out = run("grade", str(csv_file), "--pack", MINI, "--format", "csv")
    assert out.exit_code == 0
    lines = out.stdout.splitlines()
    assert lines[0] == ("id,candidate,pack,question,score,earned,missed,negated,red_flags,words,error,"
                        "transcript,words_per_minute,long_pauses,over_limit_seconds")
    assert lines[1].startswith("c1,Ann,mini,meaning,100,empathy exceeding-expectations,")
    assert lines[2].startswith("c2,Bo,mini,meaning,0,,")


def test_grade_json_array_file(tmp_path: Path) -> None:
    """A .json file holding one JSON array is read as rows (with their lines), not as JSON Lines."""
    rows = [{"id": "a", "question": "meaning", "answer": "I reply quickly."}, [1],
            {"id": "b", "question": "meaning", "answer": "I show empathy."}]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    data = json.loads(run("grade", str(path), "--pack", MINI, "--format", "json").stdout)
    assert [(r["id"], r["line"], r["score"]) for r in data["results"]] == [
        ("a", 2, 33), (None, 7, None), ("b", 10, 33)]
    path.write_text('[{"question": "meaning",\n "answer": x}]', encoding="utf-8")
    bad = run("grade", str(path), "--pack", MINI, "--format", "json")
    assert bad.exit_code == 1 and bad.stdout == ""
    assert bad.stderr == f"coach: {path}:2:12: invalid JSON: Expecting value\n"


def test_grade_tsv_is_tab_separated(tmp_path: Path) -> None:
    """A .tsv file is accepted as CSV, so its columns are split on tabs, not commas."""
    tsv = tmp_path / "a.tsv"
    tsv.write_text("id\tquestion\tanswer\nt1\tmeaning\tI show empathy, and I reply quickly.\n",
                   encoding="utf-8")
    result = run("grade", str(tsv), "--pack", MINI, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("t1,,mini,meaning,67,")


def test_grade_markdown_and_min_score(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(f"pack: {MINI}\nanswers:\n  - question: meaning\n    answer: 'I show empathy | a lot'\n",
                       encoding="utf-8")
    md = run("grade", str(answers), "--allow-pack-paths", "--format", "markdown")
    assert md.stdout.startswith("| id | candidate | pack | question | score |")
    assert "| mini | meaning | 33 | empathy |" in md.stdout
    assert run("grade", str(answers), "--allow-pack-paths", "--min-score", "30").exit_code == 0
    below = run("grade", str(answers), "--allow-pack-paths", "--min-score", "50", "--format", "csv")
    assert below.exit_code == 1


def test_grade_with_two_jobs_keeps_order(tmp_path: Path) -> None:
    jsonl = tmp_path / "many.jsonl"
    texts = ["I show empathy.", "I go above and beyond.", "nothing", "I reply quickly and politely."]
    jsonl.write_text("\n".join(json.dumps({"id": str(i), "question": "meaning", "answer": texts[i % 4]})
                               for i in range(200)), encoding="utf-8")
    one = json.loads(run("grade", str(jsonl), "-p", MINI, "--format", "json").stdout)
    two = json.loads(run("grade", str(jsonl), "-p", MINI, "--format", "json", "--jobs", "2").stdout)
    assert one == two
    assert [r["id"] for r in two["results"]] == [str(i) for i in range(200)]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("answers.txt", "x", "cannot tell the format from the name"),
    ("missing.yaml", None, "no such file"),
    ("bad.csv", "who,what\n1,2\n", "CSV header lacks column(s) question, answer"),
    ("top.yaml", "hello: world\n", "expected a mapping with an 'answers' list"),
])
def test_grade_file_errors(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run("grade", str(path))
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("output_format", ["json", "csv", "markdown"])
@pytest.mark.parametrize(("name", "content"), [
    ("missing.yaml", None), ("answers.txt", "x"), ("bad.csv", "who,what\n1,2\n"),
    ("top.yaml", "hello: world\n"),
])
def test_grade_file_errors_print_no_partial_output(tmp_path: Path, name: str, content: str | None,
                                                   output_format: str) -> None:
    """A file that cannot be read at all fails before any output: no half JSON document."""
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run("grade", str(path), "--format", output_format)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("coach: ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [
    ["score"], ["grade"], ["practice"], ["history"], ["history", "show"], ["stats"], ["export"],
    ["packs"], ["packs", "list"], ["packs", "show"], ["packs", "validate"], ["packs", "new"],
    ["packs", "schema"], ["packs", "add"], ["packs", "test"], ["packs", "draft"],
])
def test_every_command_has_examples_in_its_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "coach " + command[0] in result.stdout.split("Examples:")[1]


def test_grade_json_document_with_answers_list(tmp_path: Path) -> None:
    doc = tmp_path / "batch.json"
    doc.write_text(json.dumps({"pack": MINI, "answers": [
        {"id": "x1", "question": "meaning", "answer": "I show empathy."},
        {"id": "x2", "question": "meaning", "answer": "I reply quickly."}]}, indent=2), encoding="utf-8")
    data = json.loads(run("grade", str(doc), "--allow-pack-paths", "--format", "json").stdout)
    assert [(r["id"], r["score"]) for r in data["results"]] == [("x1", 33), ("x2", 33)]
    assert [r["line"] for r in data["results"]] == [4, 9]
    # One JSON row per line in a .json file is still JSON Lines.
    lines = tmp_path / "rows.json"
    lines.write_text(json.dumps({"id": "l1", "pack": MINI, "question": "meaning", "answer": "polite"}) + "\n",
                     encoding="utf-8")
    assert json.loads(run("grade", str(lines), "--allow-pack-paths", "--format", "json").stdout)["results"][0]["id"] == "l1"
    # The same document on one line, and compact with the object opened on the first line.
    one_line = tmp_path / "one.json"
    one_line.write_text(json.dumps({"pack": MINI, "answers": [
        {"id": "o1", "question": "meaning", "answer": "I show empathy."}]}) + "\n", encoding="utf-8")
    assert [r["id"] for r in json.loads(run("grade", str(one_line), "--allow-pack-paths", "--format", "json").stdout)
            ["results"]] == ["o1"]
    opened = tmp_path / "opened.json"
    opened.write_text('{"pack": ' + json.dumps(MINI) + ',\n "answers": [{"id": "p1", "question": '
                      '"meaning", "answer": "polite"}]}\n', encoding="utf-8")
    assert [r["id"] for r in json.loads(run("grade", str(opened), "--allow-pack-paths", "--format", "json").stdout)
            ["results"]] == ["p1"]
    # A broken first row of JSON Lines is an error row; the rest are graded.
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "b1", oops}\n' + json.dumps(
        {"id": "b2", "pack": MINI, "question": "meaning", "answer": "polite"}) + "\n", encoding="utf-8")
    rows = json.loads(run("grade", str(broken), "--allow-pack-paths", "--format", "json").stdout)["results"]
    assert rows[0]["error"] and rows[0]["line"] == 1 and rows[1]["id"] == "b2" and not rows[1]["error"]


def test_grade_jsonl_over_long_line_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coach.grade.MAX_INPUT_LINE", 200)
    jsonl = tmp_path / "a.jsonl"
    rows = [{"id": "1", "question": "meaning", "answer": "I show empathy."},
            {"id": "2", "question": "meaning", "answer": "x" * 500},
            {"id": "3", "question": "meaning", "answer": "I reply quickly."}]
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run("grade", str(jsonl), "-p", MINI, "--format", "json")
    data = json.loads(result.stdout)  # the whole document is valid JSON
    assert [r["score"] for r in data["results"]] == [33, None, 33]
    assert data["results"][1]["error"] == "line longer than 10 MB: not graded"
    assert data["results"][1]["line"] == 2


def test_grade_csv_over_long_lines_are_error_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coach.grade.MAX_INPUT_LINE", 200)
    table = tmp_path / "a.csv"
    table.write_text(
        "id,question,answer\n"
        "1,meaning,I show empathy.\n"                      # line 2
        f"2,meaning,{'x' * 500}\n"                          # line 3: too long, a row of its own
        '3,meaning,"I reply quickly,\n'                     # line 4: a quoted answer over
        f"{'y' * 500}\n"                                    # line 5: too long, inside row 3
        'and I am polite."\n'
        "4,meaning,I reply quickly.\n"                     # line 7
        f"{'z' * 500}\n", encoding="utf-8")                 # line 8: too long, at the end
    result = run("grade", str(table), "-p", MINI, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)  # the whole document is valid JSON
    got = [(r["line"], r["id"], r["score"], r["error"]) for r in data["results"]]
    assert got == [
        (2, "1", 33, None),
        (3, None, None, "line longer than 10 MB: not graded"),
        (4, "3", None, "line 5 of this row is longer than 10 MB: not graded"),
        (7, "4", 33, None),
        (8, None, None, "line longer than 10 MB: not graded"),
    ]
    assert "3 of 5 rows could not be graded" in result.stderr
