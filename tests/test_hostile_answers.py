"""Hostile answers (tests/hostile/answers, expectations in MANIFEST.toml) and hostile pack text:
shown literally, with no control or bidi character reaching any output format."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.packs import load_pack_file
from coach.scoring import MAX_ANSWER_CHARS, score_answer

HERE = Path(__file__).parent
ANSWERS = HERE / "hostile" / "answers"
MANIFEST = tomllib.loads((ANSWERS / "MANIFEST.toml").read_text(encoding="utf-8"))
MINI = str(HERE / "data" / "mini.yaml")
HOSTILE_PACK = str(HERE / "hostile" / "packs" / "markup_and_escapes_ok.yaml")
# Nothing from user text may reach a terminal as one of these.
FORBIDDEN = ["\x1b", "\x9b", "\x07", "\x08", "\x7f", "\r", "\x00", "\u202e", "\u202c", "\u2066",
             "\u2069", "\u200f"]


def _assert_clean(output: str, where: str) -> None:
    for char in FORBIDDEN:
        assert char not in output, f"{where}: {char!r} reached the output"


def test_manifest_covers_every_file() -> None:
    files = {p.name for p in ANSWERS.iterdir() if p.name != "MANIFEST.toml"}
    assert files == set(MANIFEST)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_score_file(name: str) -> None:
    expect = MANIFEST[name]
    path = ANSWERS / name
    runner = CliRunner()
    table = runner.invoke(app, ["score", "-p", MINI, "-q", "meaning", "--file", str(path)])
    if "error" in expect:
        assert table.exit_code == 1
        assert table.stdout == ""
        assert table.stderr.startswith("coach: ") and expect["error"] in table.stderr
        assert str(path) in table.stderr and "Traceback" not in table.stderr
        return
    assert table.exit_code == 0, table.stderr
    _assert_clean(table.stdout, "table")
    for literal in expect.get("shows", []):
        assert literal in table.stdout
    as_json = runner.invoke(app, ["score", "-p", MINI, "-q", "meaning", "--file", str(path), "--json",
                                  "--explain"])
    assert as_json.exit_code == 0
    _assert_clean(as_json.stdout, "json")
    result = json.loads(as_json.stdout)
    if "score" in expect:
        assert result["score"] == expect["score"]
    if "min_score" in expect:
        assert result["score"] >= expect["min_score"]
    if "note" in expect:
        assert expect["note"] in result["notes"] and expect["note"] in table.stdout
    # The JSON keeps the evidence exact (escaped, not lost): offsets slice the answer.
    answer = path.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    for crit in result["criteria"]:
        if crit["evidence"]:
            ev = crit["evidence"]
            assert answer[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_grade_formats_strip_controls(fmt: str, tmp_path: Path) -> None:
    rows = []
    for name in sorted(MANIFEST):
        if "error" not in MANIFEST[name]:
            text = (ANSWERS / name).read_bytes().decode("utf-8")
            rows.append({"id": f"\x1b[31m{name}", "candidate": "[bold]Eve\x9b2J\u202e", "pack": MINI,
                         "question": "meaning", "answer": text})
    rows.append({"id": "bad", "pack": MINI, "question": "[link=http://x]nope\x1b[0m", "answer": "x"})
    source = tmp_path / "answers.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["grade", str(source), "--format", fmt, "--allow-pack-paths"],
                                env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.stderr
    _assert_clean(result.stdout, fmt)
    _assert_clean(result.stderr, fmt + " stderr")
    flat = " ".join(result.stdout.split())  # the table may wrap cells
    assert "[bold]Eve" in result.stdout or fmt == "table"
    assert "markup" in flat
    if fmt != "table":
        assert "[link=http://x]nope" in flat
    if fmt in ("table", "markdown"):
        assert "9 graded, 1 error" in flat  # "1 error," in the table, "1 errors" in Markdown


def test_rich_terminal_output_has_no_injected_sequences() -> None:
    """With colours on, Rich writes its own escapes; none may come from the answer or pack."""
    from coach.output import feedback, terminal

    pack = load_pack_file(Path(HOSTILE_PACK))
    answer = (ANSWERS / "ansi.txt").read_text(encoding="utf-8") + " " + \
        (ANSWERS / "markup.txt").read_text(encoding="utf-8")
    result = score_answer(pack, "q", answer)
    out = io.StringIO()
    console = terminal.Console(file=out, force_terminal=True, color_system="truecolor", width=100,
                             markup=False, highlight=False)
    console.print(feedback.score_report(result, prompt=pack.questions[0].prompt, title=pack.title,
                                      answer=answer))
    text = out.getvalue()
    for injected in ("\x1b[2J", "\x1b]8;;", "\x9b", "\x07", "\r", "\u202e"):
        assert injected not in text
    assert "[bold red]Empathy[/]" in text  # the pack's label, shown literally
    assert "[link=http://evil.example]empathy[/link]" in text


def test_pack_text_is_shown_literally_by_the_cli() -> None:
    result = CliRunner().invoke(app, ["score", "-p", HOSTILE_PACK, "-q", "q", "I have empathy"])
    assert result.exit_code == 0
    _assert_clean(result.stdout, "table")
    assert "[bold red]Empathy[/]" in result.stdout


def test_megabyte_answer_is_capped_and_says_so() -> None:
    pack = load_pack_file(Path(MINI))
    # about 2 MB (one sentence said over and over would be a template, earning nothing)
    answer = "I show empathy and reply quickly. " + "Then the day went on as usual. " * 70_000
    result = score_answer(pack, "meaning", answer)
    assert result.truncated and result.scored_chars <= MAX_ANSWER_CHARS
    assert f"Only the first {MAX_ANSWER_CHARS:,} of {len(answer):,} characters were scored." in result.notes
    assert result.score > 0


def test_megabyte_answer_through_stdin_in_a_real_process() -> None:
    data = ("I go the extra mile. \x00\xff " * 100_000).encode("utf-8", "surrogateescape")
    done = subprocess.run([sys.executable, "-m", "coach", "score", "-p", MINI, "-q", "meaning", "--json"],
                          input=data, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["truncated"] and any("were scored" in note for note in result["notes"])


def test_undecodable_command_line_argument_is_replaced(tmp_path: Path) -> None:
    """Arguments that are not UTF-8 arrive as surrogates; they must not crash printing."""
    done = subprocess.run([sys.executable, "-m", "coach", "score", "-p", MINI, "-q", "meaning",
                           b"I show empathy \xff\xfe and respect"], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "\ufffd".encode() in done.stdout and b"Traceback" not in done.stderr


def test_jsonl_with_raw_nul_invalid_utf8_and_surrogate_escapes(tmp_path: Path) -> None:
    source = tmp_path / "answers.jsonl"
    source.write_bytes(
        b'{"pack": "' + MINI.encode() + b'", "question": "meaning", "answer": "I show empathy \x00 \xff and respect"}\n'
        + b'{"pack": "' + MINI.encode() + b'", "question": "meaning", "answer": "empathy \\ud800 \\u0000"}\n'
    )
    result = CliRunner().invoke(app, ["grade", str(source), "--format", "json", "--pack", MINI])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [row["error"] for row in data["results"]] == [None, None]
    assert all(row["score"] > 0 for row in data["results"])
    _assert_clean(result.stdout, "json")
