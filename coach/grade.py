"""Batch grading: stream answers from YAML, JSON Lines or CSV through the engine.

Entries are read lazily (JSON Lines and CSV line by line), so memory does not grow with the
number of answers. A bad row becomes an error row; the rest are still graded.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CoachError, FileProblem, InputError, Problem
from .text import repair
from .yamlio import decode_text

FORMATS = ("yaml", "jsonl", "csv")
COLUMNS = ("id", "candidate", "pack", "question", "answer")
MAX_INPUT_LINE = 10 * 1024 * 1024
MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json array is read whole, unlike JSON Lines


@dataclass(frozen=True, slots=True)
class Entry:
    """One answer to grade, with where it came from in the input file."""

    line: int
    id: str | None
    candidate: str | None
    pack: str | None
    question: str | None
    answer: str | None
    error: str | None = None


def detect_format(path: Path) -> str:
    """The input format from the file name: .yaml/.yml, .jsonl/.ndjson/.json, .csv."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise FileProblem(f"{path}: cannot tell the format from the name; use .yaml, .jsonl or .csv")


def read_entries(path: Path, default_pack: str | None = None) -> Iterator[Entry]:
    """Every entry of an answers file, lazily; the file-level pack is the default for rows.

    File-level problems (no such file, unknown format, invalid YAML, a CSV header without the
    needed columns) are raised here, before any row is graded or any output is written:
    otherwise `--format json` would already have printed half a document.
    """
    entries = _entries(path, default_pack)
    first = next(entries, None)
    return entries if first is None else itertools.chain([first], entries)


def _entries(path: Path, default_pack: str | None) -> Iterator[Entry]:
    kind = detect_format(path)
    if not path.is_file():
        raise FileProblem(f"{path}: no such file")
    if kind == "yaml":
        yield from _read_yaml(path, default_pack)
    else:
        with path.open("rb") as handle:
            if kind == "jsonl" and _starts_with(handle, b"["):
                yield from _read_json_array(path, default_pack)
            elif kind == "jsonl" and _starts_with(handle, b"{") and _answers_document(path):
                # {"pack": …, "answers": [...]}: the answers.yaml shape written as JSON (which
                # the YAML reader parses, with line numbers).
                yield from _read_yaml(path, default_pack)
            elif kind == "jsonl":
                yield from _read_jsonl(handle, str(path), default_pack)
            else:
                delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
                yield from _read_csv(handle, str(path), default_pack, delimiter)


def _text_field(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return repair(str(value))
    raise ValueError(f"field {name!r} must be text, got {type(value).__name__}")


def _entry(row: Any, line: int, default_pack: str | None) -> Entry:
    if not isinstance(row, dict):
        return Entry(line, None, None, default_pack, None, None, "expected a mapping of fields")
    try:
        fields = {name: _text_field(row, name) for name in COLUMNS}
    except ValueError as exc:
        return Entry(line, None, None, default_pack, None, None, str(exc))
    pack = fields["pack"] or default_pack
    error = None
    if not fields["question"]:
        error = "missing field 'question'"
    elif fields["answer"] is None:
        error = "missing field 'answer'"
    elif not pack:
        error = "no pack: give 'pack' in the row, at the top of the file, or with --pack"
    return Entry(line, fields["id"], fields["candidate"], pack, fields["question"],
                 fields["answer"], error)


def _read_yaml(path: Path, default_pack: str | None) -> Iterator[Entry]:
    from .yamlio import load_yaml_file

    located = load_yaml_file(path, error=InputError)
    data = located.data
    if isinstance(data, dict) and isinstance(data.get("answers"), list):
        top_pack = data.get("pack") if isinstance(data.get("pack"), str) else None
        rows = data["answers"]
    elif isinstance(data, list):
        top_pack, rows = None, data
    else:
        raise InputError([located.problem((), "expected a mapping with an 'answers' list")])
    for i, row in enumerate(rows):
        line = located.where(("answers", i) if isinstance(data, dict) else (i,))[0]
        yield _entry(row, line, default_pack or top_pack)


def _lines(handle: io.BufferedReader, name: str, *,
           skip_long: bool = False) -> Iterator[tuple[int, str | None]]:
    """Numbered text lines, each read with a bounded buffer: a line over 10 MB is never held
    in memory; it is skipped as (number, None) when skip_long, else an error."""
    number = 0
    while True:
        raw = handle.readline(MAX_INPUT_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_INPUT_LINE:
            while raw and not raw.endswith(b"\n"):  # drain the rest of the line, unkept
                raw = handle.readline(1 << 20)
            if skip_long:
                yield number, None
                continue
            raise InputError([Problem(name, number, 1, "", "line longer than 10 MB")])
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield number, decode_text(raw, f"{name}:{number}")
        except FileProblem:
            yield number, raw.decode("utf-8", errors="replace").replace("\x00", "\ufffd")


def _starts_with(handle: io.BufferedReader, prefix: bytes) -> bool:
    """Does the file's first non-blank content (after a BOM) start with prefix? Rewinds."""
    head = handle.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    handle.seek(0)
    return head.startswith(prefix)


def _answers_document(path: Path) -> bool:
    """Is this .json file one JSON object with an "answers" list (rather than JSON Lines)?

    Decided from the first line, never by reading the whole file: a JSON Lines file of
    100,000 answers must stream in constant memory. A first line that is a whole object is a
    row (or, holding "answers" with nothing after it, a one-line document); a first line that
    is an object cut short at its end ("{", '{"pack": "x",') opens a multi-line document.
    """
    with path.open("rb") as handle:
        first = handle.readline(MAX_INPUT_LINE).removeprefix(b"\xef\xbb\xbf").strip()
        try:
            value = json.loads(first)
        except UnicodeDecodeError:
            return False
        except json.JSONDecodeError as exc:
            return exc.pos >= len(first.decode("utf-8", "replace"))
        if not (isinstance(value, dict) and isinstance(value.get("answers"), list)):
            return False
        return not any(line.strip() for line in handle)


def _read_json_array(path: Path, default_pack: str | None) -> Iterator[Entry]:
    """A .json file holding one JSON array of rows (not JSON Lines): each row with its line."""
    from .yamlio import read_text

    text = read_text(path, limit=MAX_JSON_BYTES, what="answers file")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(str(path), exc.lineno, exc.colno, "",
                                  f"invalid JSON: {exc.msg}")]) from None
    decoder = json.JSONDecoder()
    space = re.compile(r"[\s,]*")
    pos = space.match(text, text.index("[") + 1).end()
    line, counted = 1, 0
    while text[pos] != "]":
        row, end = decoder.raw_decode(text, pos)
        line, counted = line + text.count("\n", counted, pos), pos
        yield _entry(row, line, default_pack)
        pos = space.match(text, end).end()


def _read_jsonl(handle: io.BufferedReader, name: str, default_pack: str | None) -> Iterator[Entry]:
    for number, line in _lines(handle, name, skip_long=True):
        if line is None:
            yield _too_long(number, default_pack)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Entry(number, None, None, default_pack, None, None,
                        f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        yield _entry(row, number, default_pack)


def _read_csv(handle: io.BufferedReader, name: str, default_pack: str | None,
              delimiter: str = ",") -> Iterator[Entry]:
    lines = _lines(handle, name, skip_long=True)
    last_read = [0]  # the number of the last physical line the CSV reader consumed
    too_long: list[int] = []  # lines over 10 MB the reader was given as blank, not yet reported

    def text_lines() -> Iterator[str]:
        for number, line in lines:
            last_read[0] = number
            if line is None:
                too_long.append(number)
            # A blank line in its place: skipped between records, one line break inside a
            # quoted field (so the record's line count stays right).
            yield "\n" if line is None else line

    reader = csv.DictReader(text_lines(), delimiter=delimiter)
    header = reader.fieldnames or []
    missing = [c for c in ("question", "answer") if c not in header]
    if missing:
        raise InputError([Problem(name, 1, 1, "", f"CSV header lacks column(s) {', '.join(missing)}; "
                                  f"expected columns: {', '.join(COLUMNS)}")])
    for row in reader:
        # The record's first line: a quoted field may span lines (its value keeps the breaks).
        spans = sum(v.count("\n") for v in row.values() if isinstance(v, str))
        first = last_read[0] - spans
        # A line over 10 MB before the record stood alone (the reader skipped it as blank):
        # an error row of its own. One inside the record cut a field short: the record is
        # not graded, rather than graded on what is left.
        inside = [n for n in too_long if n >= first]
        for number in (n for n in too_long if n < first):
            yield _too_long(number, default_pack)
        too_long.clear()
        if inside:
            yield Entry(first, row.get("id") or None, None, default_pack, None, None,
                        f"line {inside[0]} of this row is longer than 10 MB: not graded")
            continue
        yield _entry({k: v for k, v in row.items() if k in COLUMNS and v != ""}, first,
                     default_pack)
    for number in too_long:
        yield _too_long(number, default_pack)


def _too_long(number: int, default_pack: str | None) -> Entry:
    """The error row of an input line over 10 MB (never read into memory)."""
    return Entry(number, None, None, default_pack, None, None, "line longer than 10 MB: not graded")


# -- grading -------------------------------------------------------------------------------------


_PACKS: dict[str, Any] = {}


def _pack(ref: str) -> Any:
    """Packs are loaded once per process (and compiled once) however many rows name them."""
    if ref not in _PACKS:
        from .packs import load_pack

        try:
            _PACKS[ref] = load_pack(ref)
        except CoachError as exc:
            _PACKS[ref] = exc
    return _PACKS[ref]


def grade_entry(entry: Entry) -> dict[str, Any]:
    """Grade one entry into a result row (an error row when it cannot be graded)."""
    from .engine import score_answer

    base = {"id": entry.id, "candidate": entry.candidate, "pack": entry.pack,
            "question": entry.question, "line": entry.line}
    if entry.error:
        return {**base, "score": None, "error": entry.error}
    assert entry.pack is not None and entry.question is not None and entry.answer is not None
    pack = _pack(entry.pack)
    if isinstance(pack, CoachError):
        return {**base, "score": None, "error": str(pack).splitlines()[0]}
    try:
        result = score_answer(pack, entry.question, entry.answer)
    except CoachError as exc:
        return {**base, "score": None, "error": str(exc)}
    row = {**base, "error": None, **result.to_dict()}
    row["pack"], row["question"] = pack.id, entry.question
    return row


def grade(entries: Iterable[Entry], jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Grade entries in order, in `jobs` worker processes when jobs > 1."""
    if jobs <= 1:
        for entry in entries:
            yield grade_entry(entry)
        return
    import multiprocessing

    # fork shares the packs already loaded in this process; spawn is the portable fallback.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        yield from pool.imap(grade_entry, entries, chunksize=64)


@dataclass
class Summary:
    """Running totals over graded rows, kept in constant memory."""

    count: int = 0
    graded: int = 0
    errors: int = 0
    total: float = 0.0
    lowest: int | None = None
    highest: int | None = None
    below: int = 0

    def add(self, row: dict[str, Any], min_score: int | None) -> None:
        """Count one graded row (or error row) into the totals."""
        self.count += 1
        if row.get("error"):
            self.errors += 1
            return
        score = int(row["score"])
        self.graded += 1
        self.total += score
        self.lowest = score if self.lowest is None else min(self.lowest, score)
        self.highest = score if self.highest is None else max(self.highest, score)
        if min_score is not None and score < min_score:
            self.below += 1

    def to_dict(self, min_score: int | None) -> dict[str, Any]:
        """The summary as printed under `--format json`."""
        mean = round(self.total / self.graded, 1) if self.graded else None
        return {"answers": self.count, "graded": self.graded, "errors": self.errors,
                "mean_score": mean, "min_score": self.lowest, "max_score": self.highest,
                "threshold": min_score, "below_threshold": self.below if min_score is not None
                else None}
