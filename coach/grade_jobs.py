"""`coach grade --jobs`: what its workers run, and a JSON Lines answers file read either one
line at a time or, what is left of it, as chunks of raw lines the workers parse themselves.

Parsing a row (decoding, JSON, checking its fields) is most of what the parent of a `--jobs`
run did per row, and building an Entry and pickling it to a worker cost more again; a chunk
of raw lines pickles as a few byte strings. `parse_lines` gives exactly the entries that
reading the lines one at a time gives: both go through coach.tabular.jsonl_row and
coach.grade.row_entry, with each line's own number.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .grade import Entry, GradedRow, _Policy, grade_entry, row_entry
from .pack_cache import RunPacks
from .tabular import check_encoding, decode_line, jsonl_row, split_lines

Chunk = tuple[int, list[bytes | None]]  # the number of its first line, and the raw lines

# A worker's state, set by start_worker: how it encodes a row for --format json (None: it
# sends GradedRows back), and how it reads a JSON Lines file's rows.
_encode: Callable[[list[GradedRow]], str] | None = None
_policy: _Policy | None = None
_packs = RunPacks()  # the worker's packs, each checked against its file once (a worker serves one run)


def start_worker(encode: Callable[[list[GradedRow]], str] | None, policy: _Policy | None = None) -> None:
    """A --jobs worker's initializer."""
    global _encode, _policy, _packs
    _encode, _policy, _packs = encode, policy, RunPacks()


def grade_one(entry: Entry) -> GradedRow:
    """A worker's task for a row read by the parent, sent back as a GradedRow."""
    return grade_entry(entry, _packs)


def grade_and_encode(chunk: list[tuple[Any, ...]]) -> tuple[list[int | None], str]:
    """A worker's task for rows read by the parent (each its Entry's fields): graded and
    encoded, each row's score and the rows' text."""
    # Plain tuples both ways: a frozen dataclass pickles through Python code, a tuple in C.
    return _encoded([grade_entry(Entry(*fields), _packs) for fields in chunk])


def grade_chunk(chunk: Chunk) -> list[GradedRow]:
    """A worker's task for a JSON Lines file: a chunk of raw lines parsed and graded, in order."""
    assert _policy is not None
    return [grade_entry(entry, _packs) for entry in parse_lines(chunk, _policy)]


def grade_encode_chunk(chunk: Chunk) -> tuple[list[int | None], str]:
    """The same, encoded: each row's score, and the rows' text."""
    return _encoded(grade_chunk(chunk))


def _encoded(rows: list[GradedRow]) -> tuple[list[int | None], str]:
    """Graded rows as a worker sends them back encoded: each row's score, and their text."""
    assert _encode is not None
    return [row.score for row in rows], _encode(rows)


def parse_lines(chunk: Chunk, policy: _Policy) -> list[Entry]:
    """The entries of a chunk's lines (None: a line over the limit), in order; a blank line
    gives none."""
    first, lines = chunk
    entries = []
    for number, raw in enumerate(lines, first):
        row = jsonl_row(number, None if raw is None else decode_line(number, raw))
        if row is not None:
            entries.append(row_entry(row, "jsonl", policy))
    return entries


class LineEntries(Iterator[Entry]):
    """The entries of a JSON Lines file, read and parsed a line at a time; `chunks()` hands
    out the lines not read yet, unparsed. The file is refused (FileProblem) on opening when
    it is UTF-16 or UTF-32 text, and closed once read to its end."""

    def __init__(self, path: Path, policy: _Policy, limit: int) -> None:
        self.policy = policy
        self._handle = path.open("rb")
        try:
            check_encoding(self._handle.read(4096), str(path))
        except BaseException:
            self._handle.close()
            raise
        self._handle.seek(0)
        self._raw = split_lines(self._handle, limit)
        self._number = 0  # the number of the last line read

    def __iter__(self) -> LineEntries:
        return self

    def __next__(self) -> Entry:
        for raw in self._raw:
            self._number += 1
            number = self._number
            row = jsonl_row(number, None if raw is None else decode_line(number, raw))
            if row is not None:
                return row_entry(row, "jsonl", self.policy)
        self._handle.close()
        raise StopIteration

    def chunks(self, size: int) -> Iterator[Chunk]:
        """The lines not read yet, `size` at a time, with the number of each chunk's first."""
        while lines := list(itertools.islice(self._raw, size)):
            first = self._number + 1
            self._number += len(lines)
            yield first, lines
        self._handle.close()
