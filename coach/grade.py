"""Batch grading: stream answers from YAML, JSON Lines or CSV through the engine. A row may
give a recording (`audio`, a WAV file in the answers file's folder) instead of the answer's
text: it is transcribed, and the transcript is scored like a typed answer. Entries are read
lazily (JSON Lines and CSV line by line), so memory does not grow with the number of answers.
A bad row becomes an error row; the rest are still graded. The packs rows name are loaded and
cached by coach.pack_cache.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import json
import operator
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.records import record

from .errors import CoachError, FileProblem, InputError, Problem
from .grade_totals import EncodedRows
from .pack_cache import RunPacks, cached_pack, is_pack_path
from .tabular import Row, clip, json_array_rows, json_document, json_value, open_rows, table_kind
from .text import repair

if TYPE_CHECKING:
    from .scoring import Score
    from .voice.spoken import SpokenAnswer

ANSWER_COLUMNS = ("id", "candidate", "pack", "question", "answer", "audio")
MAX_INPUT_LINE = 10 * 1024 * 1024
MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json array is read whole, unlike JSON Lines
# A YAML answers file is parsed whole (with positions), so it has limits of its own, higher
# than a pack's: about 70,000 answers (some 300 MB while parsing). JSON Lines and CSV stream
# and have none.
MAX_YAML_BYTES = 32 * 1024 * 1024
MAX_YAML_VALUES = 500_000
MAX_ERROR = 300  # an error message longer than this is cut (it may quote a long value)


@record(slots=True)
class Entry:
    """One answer to grade, with where it came from in the input file."""

    line: int
    id: str | None
    candidate: str | None
    pack: str | None
    question: str | None
    answer: str | None
    error: str | None = None
    audio: Path | None = None  # a recording to transcribe instead of `answer`


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
    policy = _Policy(default_pack, allow_pack_paths, path.parent)
    if detect_format(path) == "jsonl" and path.is_file():
        with path.open("rb") as handle:
            lines = not (_starts_with(handle, b"[") or (_starts_with(handle, b"{")
                                                              and json_document(path, MAX_INPUT_LINE)))
        if lines:  # JSON Lines: read a line at a time, or handed to --jobs workers in chunks
            from .grade_jobs import LineEntries

            return LineEntries(path, policy, MAX_INPUT_LINE)
    entries = _entries(path, policy)
    first = next(entries, None)
    return entries if first is None else itertools.chain([first], entries)


@record(slots=True)
class _Policy:
    """Which pack a row gets when it names none, and which pack names a row may use."""

    default: str | None
    allow_paths: bool
    folder: Path  # the answers file's folder: where a row's audio must be

    def recording(self, ref: str) -> Path | str:
        """The recording a row's `audio` names, or why it may not: a relative path that stays
        in the answers file's folder (a row cannot make coach read any other file)."""
        parts = Path(ref).parts
        if not ref.strip() or Path(ref).is_absolute() or ".." in parts or ref.startswith("~"):
            return (f"audio {clip(ref)!r} must be a path relative to the answers file, inside its "
                    "folder")
        return self.folder / ref

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
        elif kind == "jsonl" and _starts_with(handle, b"{") and json_document(path, MAX_INPUT_LINE):
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
        fields = {name: _text_field(row, name) for name in ANSWER_COLUMNS}
    except ValueError as exc:
        return Entry(line, None, None, default_pack, None, None, str(exc))
    pack = fields["pack"] or default_pack
    error = None
    audio = policy.recording(fields["audio"]) if fields["audio"] is not None else None
    if not fields["question"]:
        error = "missing field 'question'"
    elif isinstance(audio, str):
        error = audio
    elif audio is not None and fields["answer"] is not None:
        error = "give 'answer' or 'audio', not both"
    elif fields["answer"] is None and audio is None:
        error = "missing field 'answer'"
    elif not pack:
        error = "no pack: give 'pack' in the row, at the top of the file, or with --pack"
    else:
        error = policy.check(pack)
    if error is None and fields["question"] and len(fields["question"]) > 64:
        error = f"no question {clip(fields['question'])!r}: question ids are at most 64 characters"
    return Entry(line, fields["id"], fields["candidate"], pack, fields["question"],
                 fields["answer"], error, audio if isinstance(audio, Path) else None)


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


def _read_json_array(path: Path, policy: _Policy) -> Iterator[Entry]:
    """A .json file holding one JSON array of rows (not JSON Lines): each row with its line."""
    from .fileio import read_text

    text = read_text(path, limit=MAX_JSON_BYTES, what="answers file")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(str(path), exc.lineno, exc.colno, "",
                                  f"invalid JSON: {exc.msg}")]) from None
    except (ValueError, RecursionError):  # a number too long to convert, or nesting too deep
        raise InputError([Problem(str(path), 1, 1, "", json_value(text)[1] or "invalid JSON")]) \
            from None
    for line, row in json_array_rows(text):
        yield _entry(row, line, policy)


def _read_table(handle: io.BufferedReader, name: str, kind: str, policy: _Policy) -> Iterator[Entry]:
    """JSON Lines or CSV/TSV rows through the shared tabular reader; a bad row is an error row."""
    rows = open_rows(handle, name, kind, ("question", ("answer", "audio")), lambda missing: (
        f"CSV header lacks column(s) {', '.join(missing)}; expected columns: {', '.join(ANSWER_COLUMNS)}"),
        MAX_INPUT_LINE)
    for row in rows:
        yield row_entry(row, kind, policy)


def row_entry(row: Row, kind: str, policy: _Policy) -> Entry:
    """A JSON Lines or CSV/TSV row as an Entry (an error row when it has an error)."""
    fields = row.fields or {}
    if row.error is not None:
        ident = fields.get("id") if isinstance(fields.get("id"), str) else None
        error = f"{row.error}: not graded" if row.too_long else row.error
        return Entry(row.line, ident or None, None, policy.default, None, None, error)
    if kind == "jsonl":
        return _entry(fields, row.line, policy)
    return _entry({k: v for k, v in fields.items() if k in ANSWER_COLUMNS and v != ""}, row.line,
                  policy)


# -- grading -------------------------------------------------------------------------------------


@record(slots=True)
class GradedRow:
    """One graded entry: its Score, or the error that kept it from being graded."""

    line: int
    id: str | None
    candidate: str | None
    pack: str | None  # the pack's id once graded (the row may have named a file)
    question: str | None
    result: Score | None = None
    error: str | None = None
    spoken: SpokenAnswer | None = None  # a row given as audio: its transcript and delivery

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


def grade_entry(entry: Entry, packs: Callable[[str], Any] = cached_pack) -> GradedRow:
    """Grade one entry into a result row (an error row when it cannot be graded), its pack
    found by `packs` (a grading run's RunPacks: one version of each pack for the whole run)."""
    from .scoring import score_answer

    def failed(error: str) -> GradedRow:
        return GradedRow(entry.line, entry.id, entry.candidate, entry.pack, entry.question, None, error)

    if entry.error:
        return failed(entry.error)
    assert entry.pack is not None and entry.question is not None
    pack = packs(entry.pack)
    if isinstance(pack, CoachError):
        return failed(clip(str(pack).splitlines()[0], MAX_ERROR))
    spoken = None
    try:
        if entry.audio is not None:
            from .voice.spoken import question_limit, transcribe_file

            spoken = transcribe_file(entry.audio, language=pack.language,
                                     limit_seconds=question_limit(pack, entry.question))
        answer = spoken.transcript.text if spoken is not None else entry.answer
        assert answer is not None
        result = score_answer(pack, entry.question, answer)
    except CoachError as exc:
        return failed(clip(str(exc), MAX_ERROR))
    return GradedRow(entry.line, entry.id, entry.candidate, pack.id, entry.question, result, spoken=spoken)


# --jobs auto grades this many rows in this process first: a tiny file never starts workers,
# and the workers forked after them share the packs and word caches those rows warmed. Few:
# while they are graded the other CPUs wait (paired runs of 5,000 answers on 2 CPUs: 8 rows
# took 2% less wall time than 64; the workers warm the rest of their caches side by side).
AUTO_INLINE = 8
CHUNK_LINES = 64  # a JSON Lines file goes to --jobs workers in chunks of this many lines


def worker_count() -> int:
    """One worker per CPU this process may run on (--jobs auto)."""
    try:
        return max(1, min(64, len(os.sched_getaffinity(0))))
    except AttributeError:  # macOS, Windows
        return max(1, min(64, os.cpu_count() or 1))


def grade(entries: Iterable[Entry], jobs: int | None = 1,
          encode: Callable[[list[GradedRow]], str] | None = None) -> Iterator[GradedRow | EncodedRows]:
    """Grade entries in order, in `jobs` worker processes when jobs > 1 (None: auto, one per
    CPU after the first AUTO_INLINE rows). With `encode` (rows -> their text) the workers
    encode the rows they grade and send back EncodedRows, not GradedRows (rows graded in this
    process stay GradedRows)."""
    packs = RunPacks()

    def here(entry: Entry) -> GradedRow:
        return grade_entry(entry, packs)

    if jobs is None:
        jobs, entries = worker_count(), iter(entries)
        if jobs > 1:
            yield from map(here, itertools.islice(entries, AUTO_INLINE))
    if jobs <= 1:
        yield from map(here, entries)
        return
    import multiprocessing

    # fork shares the packs already loaded in this process; spawn is the portable fallback.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    entries = iter(entries)
    first = next(entries, None)
    if first is None:
        return
    if method == "fork" and first.error is None and first.pack is not None:
        packs(first.pack)  # loaded and compiled once here, not once in every worker
    from .grade_jobs import (
        LineEntries,
        grade_and_encode,
        grade_chunk,
        grade_encode_chunk,
        grade_one,
        start_worker,
    )

    if isinstance(entries, LineEntries):
        # A JSON Lines file: the workers parse what is left of it themselves, a chunk of raw
        # lines at a time (this row, read to find the pack, is graded here).
        yield here(first)
        with multiprocessing.get_context(method).Pool(jobs, start_worker, (encode, entries.policy)) as pool:
            chunks = entries.chunks(CHUNK_LINES)
            if encode is None:
                for rows in pool.imap(grade_chunk, chunks):
                    yield from rows
            else:
                for scores, text in pool.imap(grade_encode_chunk, chunks):
                    if scores:  # (a chunk of blank lines has no rows)
                        yield EncodedRows(scores, text)
        return
    with multiprocessing.get_context(method).Pool(jobs, start_worker, (encode,)) as pool:
        todo = itertools.chain([first], entries)
        if encode is None:
            yield from pool.imap(grade_one, todo, chunksize=64)
            return
        fields = operator.attrgetter(*(f.name for f in dataclasses.fields(Entry)))
        each = map(fields, todo)
        # (in chunks, as a JSON Lines file's: one text back for each chunk of rows)
        batches = iter(lambda: list(itertools.islice(each, CHUNK_LINES)), [])
        for scores, text in pool.imap(grade_and_encode, batches):
            yield EncodedRows(scores, text)
