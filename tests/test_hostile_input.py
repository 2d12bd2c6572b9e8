"""Hostile input files: what an answers file may make coach read, bounded reads of files that
report no size, one tabular reader for grade and draft, and packs installed as validated."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import grade as grade_module
from coach import pack_cache
from coach.cli import app
from coach.errors import FileProblem, InputError
from coach.fileio import read_bounded, read_text
from coach.grade import read_entries
from coach.trainer.reading import read_draft_input, read_graded

ROOT = Path(__file__).resolve().parent.parent
MINI = str(ROOT / "tests" / "data" / "mini.yaml")
SECRET = "TOP-SECRET-CONTENT root:x:0:0:root:/root:/bin/bash"


def run(*args: str, input: str | bytes | None = None):  # a click Result
    return CliRunner().invoke(app, list(args), input=input)


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fresh_pack_cache() -> None:
    pack_cache._PACKS.clear()
    pack_cache._IDS.clear()


# -- 1. what a row may name ----------------------------------------------------------------------


def test_a_row_cannot_make_grade_read_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    answers = _jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "pack": str(secret), "question": "q", "answer": "x"},
        {"id": "b", "pack": "mini", "question": "meaning", "answer": "I show empathy."}])
    result = run("grade", str(answers), "--format", "csv")
    assert result.exit_code == 0
    assert "TOP-SECRET" not in result.stdout + result.stderr
    assert "is a file path, and rows may name pack ids only" in result.stdout
    assert "--allow-pack-paths" in result.stdout


def test_allowed_pack_paths_never_echo_a_files_content(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    answers = _jsonl(tmp_path / "a.jsonl", [{"id": "a", "pack": str(secret), "question": "q",
                                             "answer": "x"}])
    result = run("grade", str(answers), "--format", "json", "--allow-pack-paths")
    assert result.exit_code == 0
    assert "TOP-SECRET" not in result.stdout + result.stderr
    error = json.loads(result.stdout)["results"][0]["error"]
    assert error.startswith(f"{secret}:1:1: not a valid pack") and "coach packs validate" in error


def test_a_row_naming_a_device_is_never_read(tmp_path: Path) -> None:
    answers = _jsonl(tmp_path / "a.jsonl", [{"id": "a", "pack": "/dev/zero", "question": "q",
                                             "answer": "x"}])
    denied = json.loads(run("grade", str(answers), "--format", "json").stdout)
    assert "is a file path" in denied["results"][0]["error"]
    allowed = json.loads(run("grade", str(answers), "--format", "json", "--allow-pack-paths").stdout)
    assert allowed["results"][0]["error"] == "/dev/zero: not a regular file"


def test_the_pack_given_on_the_command_line_may_be_named_by_rows(tmp_path: Path) -> None:
    spelled = MINI.replace("/tests/", "/tests/./", 1)
    answers = _jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "pack": MINI, "question": "meaning", "answer": "I show empathy."},
        {"id": "b", "pack": spelled, "question": "meaning", "answer": "I show empathy."}])
    rows = json.loads(run("grade", str(answers), "--format", "json", "--pack", MINI).stdout)["results"]
    assert [(r["error"], r["score"]) for r in rows] == [(None, 33), (None, 33)]


def test_a_pack_edited_between_two_gradings_is_read_again(tmp_path: Path) -> None:
    """One process grades, the trainer edits the pack, the process grades again: the edit
    counts, even when the file keeps its size and its mtime (a file system clock that counts
    in whole ticks, such as FAT's 2 seconds, or an editor that restores the time)."""
    pack = tmp_path / "p.yaml"
    text = Path(MINI).read_text(encoding="utf-8")
    pack.write_text(text, encoding="utf-8")
    now = time.time_ns()
    os.utime(pack, ns=(now, now))
    rows = [{"pack": str(pack), "question": "meaning", "answer": "I show empathy."},
            {"pack": str(pack), "question": "meaning", "answer": "I am caring."}]

    def scores() -> list[object]:
        entries = read_entries(_jsonl(tmp_path / "a.jsonl", rows), allow_pack_paths=True)
        return [r.score for r in grade_module.grade(entries)]

    assert scores() == [33, 0]
    edited = text.replace("keywords: [empathy,", "keywords: [caring ,")
    assert edited != text and len(edited) == len(text)
    before = pack.stat()
    pack.write_text(edited, encoding="utf-8")
    os.utime(pack, ns=(now, now))
    after = pack.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (before.st_ino, before.st_size, before.st_mtime_ns)
    assert scores() == [0, 33]


def test_one_grading_scores_every_row_with_one_version_of_its_pack(tmp_path: Path) -> None:
    """A pack edited while a grading runs is read by the next grading, not half-way through
    this one: a batch is never graded by two rubrics (and a row costs no stat of its pack)."""
    pack = tmp_path / "p.yaml"
    text = Path(MINI).read_text(encoding="utf-8")
    pack.write_text(text, encoding="utf-8")
    rows = [{"pack": str(pack), "question": "meaning", "answer": "I show empathy."}] * 3
    entries = read_entries(_jsonl(tmp_path / "a.jsonl", rows), allow_pack_paths=True)
    graded = grade_module.grade(entries)
    assert next(graded).score == 33
    pack.write_text(text.replace("keywords: [empathy,", "keywords: [caring,"), encoding="utf-8")
    assert [r.score for r in graded] == [33, 33]
    again = read_entries(_jsonl(tmp_path / "b.jsonl", rows), allow_pack_paths=True)
    assert [r.score for r in grade_module.grade(again)] == [0, 0, 0]


def test_run_packs_stay_few_however_many_files_the_rows_name(tmp_path: Path) -> None:
    packs = pack_cache.RunPacks()
    for i in range(pack_cache.MAX_CACHED_PACKS * 3):
        packs(str(tmp_path / f"missing-{i}.yaml"))
        assert len(packs._found) <= pack_cache.MAX_CACHED_PACKS
    assert "no such pack file" in str(packs(str(tmp_path / "missing-0.yaml")))


def test_pack_cache_is_keyed_on_the_file_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(Path(MINI).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(pack)
    spellings = [str(pack), str(tmp_path) + "//p.yaml", str(tmp_path / "." / "p.yaml"),
                 str(tmp_path / "link.yaml"), str(tmp_path / "sub" / ".." / "p.yaml")]
    (tmp_path / "sub").mkdir()
    loads: list[Path] = []
    import coach.packs

    real = coach.packs.load_pack_file

    def counting(path: Path) -> object:
        loads.append(path)
        return real(path)

    monkeypatch.setattr(coach.packs, "load_pack_file", counting)
    rows = [{"id": str(i), "pack": spellings[i % len(spellings)], "question": "meaning",
             "answer": "I show empathy."} for i in range(100)]
    graded = list(grade_module.grade(read_entries(_jsonl(tmp_path / "a.jsonl", rows),
                                                  allow_pack_paths=True)))
    assert all(r.score == 33 for r in graded)
    assert len(loads) == 1
    # Many different files: the cache keeps at most MAX_CACHED_PACKS of them.
    for i in range(pack_cache.MAX_CACHED_PACKS + 10):
        (tmp_path / f"q{i}.yaml").write_text(pack.read_text(encoding="utf-8"), encoding="utf-8")
    rows = [{"pack": str(tmp_path / f"q{i}.yaml"), "question": "meaning", "answer": "empathy"}
            for i in range(pack_cache.MAX_CACHED_PACKS + 10)]
    list(grade_module.grade(read_entries(_jsonl(tmp_path / "b.jsonl", rows), allow_pack_paths=True)))
    assert len(pack_cache._PACKS) == pack_cache.MAX_CACHED_PACKS


def test_a_yaml_answers_files_own_pack_path_needs_permission_too(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    answers = tmp_path / "a.yaml"
    answers.write_text(f"pack: {secret}\nanswers:\n  - question: q\n    answer: x\n", encoding="utf-8")
    [entry] = read_entries(answers)
    assert entry.error is not None and "is a file path" in entry.error


def test_megabyte_values_are_cut_in_error_messages(tmp_path: Path) -> None:
    big = "x" * 1_000_000
    answers = _jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "pack": "mini", "question": big, "answer": "x"},
        {"id": "b", "pack": big, "question": "meaning", "answer": "x"},
        {"id": "c", "pack": "mini", "question": "nope" * 10, "answer": "x"}])
    result = run("grade", str(answers), "--format", "csv")
    assert result.exit_code == 0
    errors = [row["error"] for row in csv.DictReader(result.stdout.splitlines())]
    assert all(0 < len(e) <= grade_module.MAX_ERROR for e in errors), [len(e) for e in errors]
    assert errors[0].startswith("line 1: no question 'xxx") and "at most 64 characters" in errors[0]
    assert "is not a pack id" in errors[1]


def test_draft_cuts_long_values_in_its_messages(tmp_path: Path) -> None:
    graded = _jsonl(tmp_path / "g.jsonl", [{"id": "q1", "answer": "a", "score": "9" * 1_000_000}])
    with pytest.raises(InputError) as info:
        read_graded(graded, {"q1"})
    assert len(str(info.value)) < 300


# -- 3. bounded reads, whatever the file is ------------------------------------------------------


def test_read_bounded_stops_at_the_limit_for_files_that_report_no_size(tmp_path: Path) -> None:
    assert read_bounded(Path("/dev/zero"), 1000) is None
    small = tmp_path / "s.txt"
    small.write_bytes(b"abc")
    assert read_bounded(small, 3) == b"abc"
    assert read_bounded(small, 2) == 3  # a regular file over the limit: its size, unread
    with pytest.raises(FileProblem, match=r"over the 1,000-byte limit"):
        read_text(Path("/dev/zero"), limit=1000, what="answer file")


def test_fifo_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb", buffering=0) as out:
            out.write(b"a" * 100_000)

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(FileProblem, match="over the 5,000-byte limit"):
        read_text(fifo, limit=5000)
    writer.join()


@pytest.mark.parametrize("args", [
    ["score", "-q", "meaning", "-p", MINI, "-f", "/dev/zero"],
    ["score", "-q", "meaning", "-p", "/dev/zero", "an answer"],
    ["packs", "add", "/dev/zero"],
])
def test_devices_are_read_through_the_size_limit(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr.startswith("coach: /dev/zero: ") and "-byte limit" in result.stderr
    assert result.stderr.count("\n") == 1


def test_standard_input_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coach.cli_main.MAX_ANSWER_BYTES", 100)
    result = run("score", "-q", "meaning", "-p", MINI, input="empathy " * 100)
    assert result.exit_code == 1 and "over the 100-byte limit" in result.stderr
    assert run("score", "-q", "meaning", "-p", MINI, input="empathy " * 10).exit_code == 0


# -- 5. one tabular reader, every bad row an error row -------------------------------------------


def _grade_json(path: Path) -> list[dict[str, object]]:
    result = run("grade", str(path), "--pack", MINI, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["results"]  # always a whole document


def test_csv_field_over_128_kib_is_graded(tmp_path: Path) -> None:
    table = tmp_path / "a.csv"
    table.write_text("id,question,answer\n"
                     f'1,meaning,"I show empathy. {"and more " * 20_000}"\n'
                     "2,meaning,I reply quickly.\n", encoding="utf-8")
    rows = _grade_json(table)
    assert [(r["id"], r["error"]) for r in rows] == [("1", None), ("2", None)]


def test_csv_field_over_the_field_limit_is_an_error_row(tmp_path: Path) -> None:
    table = tmp_path / "a.csv"
    table.write_text("id,question,answer\n"
                     f'1,meaning,"{"long " * 400}"\n'
                     "2,meaning,I reply quickly.\n", encoding="utf-8")
    old = csv.field_size_limit(1000)
    try:
        rows = _grade_json(table)
    finally:
        csv.field_size_limit(old)
    assert rows[0]["line"] == 2 and "invalid CSV: field larger than field limit" in str(rows[0]["error"])
    assert rows[-1]["id"] == "2" and rows[-1]["score"] == 33


def test_bare_cr_and_old_mac_line_endings(tmp_path: Path) -> None:
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b"id,question,answer\r1,meaning,I show empathy.\r2,meaning,I reply quickly.\r")
    assert [(r["line"], r["id"], r["score"]) for r in _grade_json(mac)] == [(2, "1", 33), (3, "2", 33)]
    bare = tmp_path / "bare.csv"
    bare.write_bytes(b'id,question,answer\r\n1,meaning,"I show\rempathy."\r\n'
                     b"2,meaning,I reply\rquickly.\r\n3,meaning,polite\r\n")
    rows = _grade_json(bare)
    assert [(r["line"], r["id"]) for r in rows] == [(2, "1"), (4, "2"), (5, "quickly."), (6, "3")]
    assert rows[0]["score"] == 33 and rows[2]["error"] == "missing field 'question'"


def test_jsonl_rows_the_parser_cannot_take_are_error_rows(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    good = json.dumps({"id": "ok", "question": "meaning", "answer": "I show empathy."})
    source.write_text('{"id": "big", "question": "meaning", "answer": "x", "n": ' + "9" * 5000 + "}\n"
                      + "[" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    rows = _grade_json(source)
    assert [(r["line"], r["error"]) for r in rows] == [
        (1, "invalid JSON: a number has too many digits"),
        (2, "invalid JSON: nested too deeply"),
        (3, None)]


def test_utf16_csv_names_the_encoding(tmp_path: Path) -> None:
    text = "id,question,answer\n1,meaning,I show empathy.\n"
    for name, data in (("bom.csv", text.encode("utf-16")), ("le.csv", text.encode("utf-16-le"))):
        path = tmp_path / name
        path.write_bytes(data)
        result = run("grade", str(path), "--pack", MINI)
        assert result.exit_code == 1
        assert "UTF-16" in result.stderr and "save it as UTF-8" in result.stderr
        assert "lacks column" not in result.stderr


def test_grade_csv_header_is_case_and_space_insensitive(tmp_path: Path) -> None:
    table = tmp_path / "a.csv"
    table.write_text(" ID , Question ,ANSWER\n1,meaning,I show empathy.\n", encoding="utf-8")
    assert [(r["id"], r["score"]) for r in _grade_json(table)] == [("1", 33)]


def test_draft_reads_the_same_hostile_rows_into_problems(tmp_path: Path) -> None:
    source = tmp_path / "q.jsonl"
    source.write_text('{"id": "a", "question": "Q", "model_answer": ' + "9" * 5000 + "}\n"
                      + "[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_draft_input(source)
    assert [(p.line, p.message) for p in info.value.problems] == [
        (1, "invalid JSON: a number has too many digits"), (2, "invalid JSON: nested too deeply")]
    mac = tmp_path / "q.csv"
    mac.write_bytes(b"ID,Question,Model_Answer\rq1,Why?," + b"long answer " * 20_000 + b"\rq2,How?,Well\r")
    with pytest.raises(InputError) as info:
        read_draft_input(mac)  # 240,000 characters: read whole, refused by the pack's limit
    assert [(p.line, p.path) for p in info.value.problems] == [(2, "model_answer")]
    assert "a pack allows at most 20,000" in str(info.value)
    mac.write_bytes(b"ID,Question,Model_Answer\rq1,Why?," + b"long answer " * 1_000 + b"\rq2,How?,Well\r")
    items, _, _ = read_draft_input(mac)
    assert [i.id for i in items] == ["q1", "q2"]
    utf16 = tmp_path / "u.csv"
    utf16.write_bytes("id,question,model_answer\nq1,Why?,Because\n".encode("utf-16"))
    with pytest.raises(FileProblem, match="UTF-16"):
        read_draft_input(utf16)


def test_answers_yaml_may_hold_more_values_than_a_pack(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("pack: mini\nanswers:\n" + "".join(
        f"  - {{id: a{i}, question: meaning, answer: empathy}}\n" for i in range(40_000)),
        encoding="utf-8")  # 280,000 values: over a pack's 200,000, no alias anywhere
    assert sum(1 for _ in read_entries(answers)) == 40_000
    monkeypatch.setattr(grade_module, "MAX_YAML_VALUES", 1000)
    with pytest.raises(InputError) as info:
        read_entries(answers)
    message = str(info.value)
    assert "holds more than 1,000 values; refused" in message and "alias" not in message
    assert "JSON Lines and CSV files stream any number of answers" in message


# -- 13. packs add installs the bytes it validated ------------------------------------------------


def test_packs_add_installs_what_it_validated(tmp_path: Path, isolated_home: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A source that gives a good pack to the first read and a bad one to any later read (a
    FIFO fed twice, a file being rewritten) installs the good one: the bytes validated."""
    import coach.yamlio

    good = Path(MINI).read_text(encoding="utf-8")
    bad = "pack: mini\ntitle: [not valid\n"
    reads: list[Path] = []
    real = coach.yamlio.read_text

    def changing(path: Path, **kwargs: object) -> str:
        reads.append(path)
        return real(path, **kwargs) if len(reads) == 1 else bad  # type: ignore[arg-type]

    monkeypatch.setattr(coach.yamlio, "read_text", changing)
    result = run("packs", "add", MINI)
    assert result.exit_code == 0, result.stderr
    installed = list(isolated_home.rglob("mini.yaml"))
    assert len(installed) == 1 and installed[0].read_text(encoding="utf-8") == good
    assert reads == [Path(MINI)]
