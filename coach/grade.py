"""Batch grading: stream answers from YAML, JSON Lines or CSV through the engine.

Entries are read lazily (JSON Lines and CSV line by line), so memory does not grow with the
number of answers. A bad row becomes an error row; the rest are still graded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import itertools
import json
import os
import re
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CoachError, FileProblem, InputError, LocatedError, Problem
from .tabular import CsvTable, Row, clip, json_value, jsonl_rows, table_kind
from .text import repair

if TYPE_CHECKING:
    from .scoring import Score

COLUMNS = ("id", "candidate", "pack", "question", "answer")
MAX_INPUT_LINE = 10 * 1024 * 1024
MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json array is read whole, unlike JSON Lines
# A YAML answers file is parsed whole (with positions), so it has limits of its own, higher
# than a pack's: about 70,000 answers (some 300 MB while parsing). JSON Lines and CSV stream
# and have none.
MAX_YAML_BYTES = 32 * 1024 * 1024
MAX_YAML_VALUES = 500_000
MAX_ERROR = 300  # an error message longer than this is cut (it may quote a long value)


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


def read_entries(path: Path, default_pack: str | None = None, *,
                 allow_pack_paths: bool = False) -> Iterator[Entry]:
    """Every entry of an answers file, lazily; the file-level pack is the default for rows.

    File-level problems (no such file, unknown format, invalid YAML, a CSV header without the
    needed columns) are raised here, before any row is graded or any output is written:
    otherwise `--format json` would already have printed half a document.

    The file is untrusted: a row (or its file-level `pack:`) may name a pack id; it may name
    a pack file only when `allow_pack_paths`, or when it is the file given as default_pack
    (which the user typed). Otherwise the row is an error row and no file is opened for it.
    """
    policy = _Policy(default_pack, allow_pack_paths)
    entries = _entries(path, policy)
    first = next(entries, None)
    return entries if first is None else itertools.chain([first], entries)


@dataclass(frozen=True, slots=True)
class _Policy:
    """Which pack a row gets when it names none, and which pack names a row may use."""

    default: str | None
    allow_paths: bool

    def check(self, ref: str) -> str | None:
        """Why a row may not name this pack, or None when it may."""
        if ref == self.default:
            return None
        if not is_pack_path(ref):
            if len(ref) > 64:
                return f"pack {clip(ref)!r} is not a pack id (ids are at most 64 characters)"
            return None
        if self.allow_paths or (self.default is not None and is_pack_path(self.default)
                                and _same_file(ref, self.default)):
            return None
        return (f"pack {clip(ref)!r} is a file path, and rows may name pack ids only; give the "
                "file with --pack, or pass --allow-pack-paths to let rows name pack files")


def is_pack_path(ref: str) -> bool:
    """Would load_pack read this reference as a file path (rather than look up an id)?"""
    return ref.endswith((".yaml", ".yml")) or any(c in ref for c in "/\\") \
        or ref.startswith(("~", "."))


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(os.path.expanduser(a), os.path.expanduser(b))
    except (OSError, ValueError):
        return False


def _entries(path: Path, policy: _Policy) -> Iterator[Entry]:
    kind = detect_format(path)
    if not path.is_file():
        raise FileProblem(f"{path}: {'not a regular file' if path.exists() else 'no such file'}")
    if kind == "yaml":
        yield from _read_yaml(path, policy)
        return
    with path.open("rb") as handle:
        if kind == "jsonl" and _starts_with(handle, b"["):
            yield from _read_json_array(path, policy)
        elif kind == "jsonl" and _starts_with(handle, b"{") and _answers_document(path):
            # {"pack": …, "answers": [...]}: the answers.yaml shape written as JSON (which
            # the YAML reader parses, with line numbers).
            yield from _read_yaml(path, policy)
        else:
            yield from _read_table(handle, str(path), table_kind(path) or "jsonl", policy)


def _text_field(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return repair(str(value))
    raise ValueError(f"field {name!r} must be text, got {type(value).__name__}")


def _entry(row: Any, line: int, policy: _Policy, file_pack: str | None = None) -> Entry:
    default_pack = policy.default or file_pack
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
    else:
        error = policy.check(pack)
    if error is None and fields["question"] and len(fields["question"]) > 64:
        error = f"no question {clip(fields['question'])!r}: question ids are at most 64 characters"
    return Entry(line, fields["id"], fields["candidate"], pack, fields["question"],
                 fields["answer"], error)


def _read_yaml(path: Path, policy: _Policy) -> Iterator[Entry]:
    from .yamlio import load_yaml_file

    try:
        located = load_yaml_file(path, error=InputError, limit=MAX_YAML_BYTES,
                                 max_nodes=MAX_YAML_VALUES, what="answers file")
    except InputError as exc:
        if len(exc.problems) == 1 and "values; refused" in exc.problems[0].message:
            problem = exc.problems[0]
            raise InputError([dataclasses.replace(problem, message=problem.message + " (JSON Lines "
                                                  "and CSV files stream any number of answers)")]) from None
        raise
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
        yield _entry(row, line, policy, top_pack)


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
        except (UnicodeDecodeError, RecursionError):
            return False
        except json.JSONDecodeError as exc:
            return exc.pos >= len(first.decode("utf-8", "replace"))
        except ValueError:  # a number too long to convert: a (broken) row, not a document
            return False
        if not (isinstance(value, dict) and isinstance(value.get("answers"), list)):
            return False
        return not any(line.strip() for line in handle)


def _read_json_array(path: Path, policy: _Policy) -> Iterator[Entry]:
    """A .json file holding one JSON array of rows (not JSON Lines): each row with its line."""
    from .yamlio import read_text

    text = read_text(path, limit=MAX_JSON_BYTES, what="answers file")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(str(path), exc.lineno, exc.colno, "",
                                  f"invalid JSON: {exc.msg}")]) from None
    except (ValueError, RecursionError):  # a number too long to convert, or nesting too deep
        raise InputError([Problem(str(path), 1, 1, "", json_value(text)[1] or "invalid JSON")]) \
            from None
    decoder = json.JSONDecoder()
    space = re.compile(r"[\s,]*")
    pos = space.match(text, text.index("[") + 1).end()
    line, counted = 1, 0
    while text[pos] != "]":
        row, end = decoder.raw_decode(text, pos)
        line, counted = line + text.count("\n", counted, pos), pos
        yield _entry(row, line, policy)
        pos = space.match(text, end).end()


def _read_table(handle: io.BufferedReader, name: str, kind: str, policy: _Policy) -> Iterator[Entry]:
    """JSON Lines or CSV/TSV rows through the shared tabular reader; a bad row is an error row."""
    if kind == "jsonl":
        rows: Iterable[Row] = jsonl_rows(handle, name, MAX_INPUT_LINE)
    else:
        table = CsvTable(handle, name, "\t" if kind == "tsv" else ",", MAX_INPUT_LINE)
        missing = [c for c in ("question", "answer") if c not in table.header]
        if missing:
            raise InputError([Problem(name, 1, 1, "", f"CSV header lacks column(s) {', '.join(missing)}; "
                                      f"expected columns: {', '.join(COLUMNS)}")])
        rows = table
    for row in rows:
        fields = row.fields or {}
        if row.error is not None:
            ident = fields.get("id") if isinstance(fields.get("id"), str) else None
            error = f"{row.error}: not graded" if row.too_long else row.error
            yield Entry(row.line, ident or None, None, policy.default, None, None, error)
        elif kind == "jsonl":
            yield _entry(fields, row.line, policy)
        else:
            yield _entry({k: v for k, v in fields.items() if k in COLUMNS and v != ""}, row.line,
                         policy)


# -- grading -------------------------------------------------------------------------------------


# Loaded packs, keyed on the file (device, inode) so that different spellings of one path
# share one copy; least recently used first, and bounded so memory stays flat however many
# files the rows name. Each entry is (pack or error, digest): see _unchanged.
_PACKS: OrderedDict[Any, tuple[Any, bytes | None]] = OrderedDict()
_IDS: dict[str, Any] = {}  # pack id -> its file (or the error of looking it up)
MAX_CACHED_PACKS = 16


def _resolve(ref: str) -> Any:
    """The file a pack reference names, or the CoachError saying why there is none."""
    from .packs import resolve_pack

    if not is_pack_path(ref):
        if ref not in _IDS:
            try:
                found: Any = resolve_pack(ref)
            except CoachError as exc:
                found = exc
            if len(_IDS) >= 256:
                _IDS.clear()
            _IDS[ref] = found
        return _IDS[ref]
    path = Path(ref).expanduser()
    if not path.exists():
        return FileProblem(f"{clip(ref, 200)}: no such pack file")
    if not path.is_file():  # /dev/zero, a FIFO, a folder: never opened
        return FileProblem(f"{clip(ref, 200)}: not a regular file")
    return path


def _pack(ref: str) -> Any:
    """Packs are loaded once per process (and compiled once) however many rows name them."""
    path = _resolve(ref)
    if isinstance(path, CoachError):
        return path
    try:
        info = path.stat()
        # Size and mtime too: a file rewritten (or an inode reused) is loaded afresh.
        key: Any = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    except OSError:
        key = os.path.realpath(path)
    if key in _PACKS and _unchanged(path, key):
        _PACKS.move_to_end(key)
        return _PACKS[key][0]
    # Hashed before loading: a change made while loading then shows as a change next time.
    digest = _digest(path) if _is_racy(key) else None
    from .packs import load_pack_file

    try:
        loaded: Any = load_pack_file(path)
    except LocatedError as exc:
        # A file a row names may be any file: never echo its content (a pack's messages quote
        # values); say where the first problem is and how to see them all.
        first = exc.problems[0]
        loaded = exc if not is_pack_path(ref) else CoachError(
            f"{clip(ref, 200)}:{first.line}:{first.column}: not a valid pack ({len(exc.problems)} "
            f"problem(s); `coach packs validate` shows them)")
    except CoachError as exc:
        loaded = exc
    _PACKS[key] = (loaded, digest)
    while len(_PACKS) > MAX_CACHED_PACKS:
        _PACKS.popitem(last=False)
    return loaded


# A file rewritten within one tick of its file system's clock keeps its size and mtime (FAT
# counts in 2 s, older Linux kernels in milliseconds), and so its cache key. As git does for
# its "racy" index entries, a pack read within RACY_NS of its mtime keeps the hash of its
# bytes, and is checked against them before each use until its mtime is safely old.
RACY_NS = 2_000_000_000


def _is_racy(key: Any) -> bool:
    """Is the file's mtime too recent to tell a rewrite in the same clock tick from it?"""
    return isinstance(key, tuple) and time.time_ns() - key[3] < RACY_NS


def _digest(path: Path) -> bytes | None:
    """The hash of a pack file's bytes; None when they cannot be read within the size limit."""
    from .yamlio import DEFAULT_MAX_BYTES, read_bounded

    try:
        data = read_bounded(path, DEFAULT_MAX_BYTES)
    except OSError:
        return None
    return hashlib.blake2b(data, digest_size=16).digest() if isinstance(data, bytes) else None


def _unchanged(path: Path, key: Any) -> bool:
    """Does the pack cached under this key still hold what the file holds?"""
    loaded, digest = _PACKS[key]
    if digest is None:
        return True
    if _digest(path) != digest:
        return False
    if not _is_racy(key):  # the mtime is safely old now: trust the key from here on
        _PACKS[key] = (loaded, None)
    return True


@dataclass(frozen=True, slots=True)
class GradedRow:
    """One graded entry: its Score, or the error that kept it from being graded."""

    line: int
    id: str | None
    candidate: str | None
    pack: str | None  # the pack's id once graded (the row may have named a file)
    question: str | None
    result: Score | None = None
    error: str | None = None

    @property
    def score(self) -> int | None:
        """The score, or None for an error row."""
        return None if self.result is None else self.result.score

    def to_dict(self) -> dict[str, Any]:
        """The row as `--format json` documents it: the entry's fields, then the result's."""
        base: dict[str, Any] = {"id": self.id, "candidate": self.candidate, "pack": self.pack,
                                "question": self.question, "line": self.line}
        if self.result is None:
            return {**base, "score": None, "error": self.error}
        row = {**base, "error": None, **self.result.to_dict()}
        row["pack"], row["question"] = self.pack, self.question
        return row


def grade_entry(entry: Entry) -> GradedRow:
    """Grade one entry into a result row (an error row when it cannot be graded)."""
    from .scoring import score_answer

    def failed(error: str) -> GradedRow:
        return GradedRow(entry.line, entry.id, entry.candidate, entry.pack, entry.question, None, error)

    if entry.error:
        return failed(entry.error)
    assert entry.pack is not None and entry.question is not None and entry.answer is not None
    pack = _pack(entry.pack)
    if isinstance(pack, CoachError):
        return failed(clip(str(pack).splitlines()[0], MAX_ERROR))
    try:
        result = score_answer(pack, entry.question, entry.answer)
    except CoachError as exc:
        return failed(clip(str(exc), MAX_ERROR))
    return GradedRow(entry.line, entry.id, entry.candidate, pack.id, entry.question, result)


def grade(entries: Iterable[Entry], jobs: int = 1) -> Iterator[GradedRow]:
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

    def add(self, row: GradedRow, min_score: int | None) -> None:
        """Count one graded row (or error row) into the totals."""
        self.count += 1
        if row.score is None:
            self.errors += 1
            return
        score = row.score
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
