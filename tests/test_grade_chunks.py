"""A JSON Lines file handed to `--jobs` workers as chunks of raw lines (coach.grade_jobs) gives
the entries reading it a line at a time gives, and those are what the shared tabular reader
gave before (coach.grade._read_table): the same line numbers, error rows and order, wherever
the chunks start and end and however many rows are read before the rest goes in chunks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import grade as grade_module
from coach.cli import app
from coach.grade import Entry, _Policy, _read_table, read_entries
from coach.grade_jobs import LineEntries, parse_lines

LIMIT = 400  # a line over this many bytes is a "line longer than" error row in these tests


def _lines() -> list[bytes]:
    good = {"id": "r", "pack": "customer-service", "question": "missed-promise",
            "answer": "I called back the customer and apologised."}
    lines = [b"\xef\xbb\xbf" + json.dumps({**good, "id": "first"}).encode()]
    for i in range(40):
        lines.append(json.dumps({**good, "id": f"r{i}"}).encode())
        kind = i % 10
        if kind == 1:
            lines.append(b"")
        elif kind == 2:
            lines.append(b"{not json")
        elif kind == 3:
            lines.append(b"[1, 2]")
        elif kind == 4:
            lines.append(json.dumps({"id": f"q{i}", "answer": "no question"}).encode())
        elif kind == 5:
            lines.append(json.dumps({**good, "answer": "x" * LIMIT}).encode())  # over the limit
        elif kind == 6:
            lines.append(json.dumps({**good, "id": "caf\u00e9 \ud800"}).encode("utf-8", "surrogatepass")
                         + b" \xff\x00")
        elif kind == 7:
            lines.append(b"   \t ")
        elif kind == 8:
            lines.append(json.dumps({**good, "pack": "/etc/passwd"}).encode())
        elif kind == 9:
            lines.append(b'{"id": 1' + b"0" * 5000 + b"}")  # over the limit too
    return lines


def _write(tmp_path: Path, end: bytes, last_end: bool = True) -> Path:
    path = tmp_path / f"answers-{len(end)}-{end[:1].hex()}-{last_end}.jsonl"
    path.write_bytes(end.join(_lines()) + (end if last_end else b""))
    return path


def _policy(tmp_path: Path) -> _Policy:
    return _Policy(None, False, tmp_path)


def _reference(path: Path, policy: _Policy) -> list[Entry]:
    with path.open("rb") as handle:
        return list(_read_table(handle, str(path), "jsonl", policy))


ENDS = [(b"\n", True), (b"\n", False), (b"\r\n", True), (b"\r", False)]


@pytest.mark.parametrize(("end", "last_end"), ENDS)
def test_line_entries_read_one_at_a_time_as_the_tabular_reader_did(tmp_path: Path, end: bytes,
                                                                   last_end: bool) -> None:
    path, policy = _write(tmp_path, end, last_end), _policy(tmp_path)
    reference = _reference(path, policy)
    assert len(reference) > 60 and sum(e.error is not None for e in reference) > 20
    # The reference read with the same limit: coach.grade reads with MAX_INPUT_LINE.
    with path.open("rb") as handle:
        from coach.tabular import open_rows

        rows = open_rows(handle, str(path), "jsonl", (), lambda missing: "", LIMIT)
        limited = [grade_module.row_entry(row, "jsonl", policy) for row in rows]
    assert any(e.error and "longer than" in e.error for e in limited)
    assert list(LineEntries(path, policy, LIMIT)) == limited
    assert list(LineEntries(path, policy, grade_module.MAX_INPUT_LINE)) == reference


@pytest.mark.parametrize(("end", "last_end"), ENDS)
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
@pytest.mark.parametrize("before", [0, 1, 5, 13])
def test_chunks_parse_to_the_same_entries_wherever_they_split(tmp_path: Path, end: bytes,
                                                               last_end: bool, size: int,
                                                               before: int) -> None:
    path, policy = _write(tmp_path, end, last_end), _policy(tmp_path)
    whole = list(LineEntries(path, policy, LIMIT))
    lines = LineEntries(path, policy, LIMIT)
    read = [next(lines) for _ in range(before)]
    chunks = list(lines.chunks(size))
    assert all(len(raw) <= size for _first, raw in chunks)
    # Each chunk starts on the line after the last one before it.
    starts = [first for first, _raw in chunks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    parsed = [entry for chunk in chunks for entry in parse_lines(chunk, policy)]
    assert read + parsed == whole
    assert [e.line for e in whole] == sorted(e.line for e in whole)


def test_read_entries_reads_json_lines_as_line_entries(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\n")
    entries = read_entries(path)
    assert isinstance(entries, LineEntries)
    assert list(entries) == _reference(path, _policy(tmp_path))
    array = tmp_path / "array.json"
    array.write_text('[{"question": "q", "answer": "a", "pack": "p"}]', encoding="utf-8")
    assert not isinstance(read_entries(array), LineEntries)
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes('{"question": "q"}\n'.encode("utf-16"))
    with pytest.raises(Exception, match="UTF-16"):
        read_entries(utf16)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_workers_given_chunks_write_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   fmt: str) -> None:
    monkeypatch.setattr(grade_module, "CHUNK_LINES", 3)
    monkeypatch.setattr(grade_module, "AUTO_INLINE", 4)
    monkeypatch.setattr(grade_module, "worker_count", lambda: 2)
    path = _write(tmp_path, b"\r\n", last_end=False)
    runner = CliRunner()
    one = runner.invoke(app, ["grade", str(path), "--format", fmt, "--jobs", "1"])
    assert one.exit_code == 0, one.output
    for jobs in (["--jobs", "2"], []):
        many = runner.invoke(app, ["grade", str(path), "--format", fmt, *jobs])
        assert many.exit_code == 0, many.output
        assert many.stdout == one.stdout
    if fmt == "json":
        assert json.loads(one.stdout)["summary"]["errors"] > 20


def test_progress_counts_rows_not_the_chunks_workers_send(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows encoded by --jobs workers arrive a chunk at a time: the live count still counts rows."""
    from coach.output import terminal, writers

    monkeypatch.setattr(grade_module, "CHUNK_LINES", 3)
    monkeypatch.setattr(grade_module, "AUTO_INLINE", 4)
    counts: list[int] = []
    real = terminal.progress_rows

    def watched(rows, label, **kw):  # type: ignore[no-untyped-def]
        size = kw["size"]
        for row in real(rows, label=label, delay=3600, **kw):
            counts.append(size(row))
            yield row

    monkeypatch.setattr(writers, "progress_wanted", lambda: True)
    monkeypatch.setattr(terminal, "progress_rows", watched)
    rows = [json.dumps({"id": f"r{i}", "pack": "customer-service", "question": "missed-promise",
                        "answer": "I called back the customer."}) for i in range(20)]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["grade", str(path), "--format", "json", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert sum(counts) == 20 and max(counts) == 3  # (chunks of three rows counted as three)


def test_rows_read_by_the_parent_go_to_workers_in_chunks_with_the_same_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV file is read by the parent; its rows go to the workers a chunk at a time, and the
    rows' text comes back a chunk at a time: the output is --jobs 1's, error rows and all."""
    monkeypatch.setattr(grade_module, "CHUNK_LINES", 4)
    path = tmp_path / "answers.csv"
    lines = ["id,pack,question,answer"]
    for i in range(11):
        question = "nope" if i % 5 == 3 else "missed-promise"  # an error row now and then
        lines.append(f"r{i},customer-service,{question},I called back the customer {i} times.")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["grade", str(path), "--format", "json", "--jobs", "1"])
    two = runner.invoke(app, ["grade", str(path), "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    summary = json.loads(two.stdout)["summary"]
    assert (summary["answers"], summary["errors"]) == (11, 2)
