"""One reader for tabular input (CSV, TSV, JSON Lines), shared by `coach grade` and `coach packs draft`.

Rows stream with bounded buffers and keep the number of the line they start on. Lines end at
LF, CRLF or a lone CR (old Mac files), like Python's universal newlines. Anything wrong with
one row (a line over the limit, invalid JSON, a number too long to convert, nesting too deep
for the parser, a CSV field over the limit) becomes a row with an error, and reading goes on;
only what makes the whole file unusable (UTF-16/UTF-32 text) raises.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from coach.records import record

from .errors import FileProblem, InputError, Problem

MAX_LINE = 10 * 1024 * 1024
TOO_LONG = "line longer than 10 MB"
_CHUNK = 1 << 16
_EOL = re.compile(rb"\r\n|\r|\n")
_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))

# A CSV field may be as long as a line may be (the csv module's own default is 128 KiB, and
# going over it raised midway through the output). The setting is the csv module's, global.
if csv.field_size_limit() < MAX_LINE:
    csv.field_size_limit(MAX_LINE)


@record(slots=True)
class Row:
    """One row: the line it starts on, its fields (header names lower-cased) or why it has none."""

    line: int
    fields: dict[str, Any] | None
    error: str | None = None
    too_long: bool = False  # the error is a line over the limit (grade adds "not graded")


def table_kind(path: Path) -> str | None:
    """'csv', 'tsv' or 'jsonl' from the file name; None for anything else."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return None


def clip(text: str, limit: int = 60) -> str:
    """Text cut to at most `limit` characters (with an ellipsis), for echoing input in messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_encoding(head: bytes, name: str) -> None:
    """Refuse UTF-16/UTF-32 text by its byte order mark or its NUL pattern, naming the encoding
    (rather than failing later with a confusing message about the content)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            raise FileProblem(f"{name}: the file is {encoding} text; save it as UTF-8")
    sample = head[:4096]
    if len(sample) >= 8 and sample.count(b"\x00") * 3 >= len(sample):
        odd, even = sample[1::2].count(b"\x00"), sample[0::2].count(b"\x00")
        if max(odd, even) * 4 >= len(sample) * 3 // 2 and min(odd, even) * 10 < max(odd, even):
            raise FileProblem(f"{name}: the file looks like UTF-16 text (no byte order mark); "
                              "save it as UTF-8")


def split_lines(handle: IO[bytes], limit: int = MAX_LINE) -> Iterator[bytes | None]:
    """The file's lines without their ends, read in fixed chunks: a line over `limit` bytes is
    never held whole; it is drained and given as None."""
    parts: list[bytes] = []
    size = 0
    over = False
    after_cr = False  # the last chunk ended in CR: a LF starting the next one belongs to it
    while chunk := handle.read(_CHUNK):
        pos = 1 if after_cr and chunk.startswith(b"\n") else 0
        for start, end in _line_ends(chunk, pos):
            piece = chunk[pos:start]
            if over or size + len(piece) > limit:
                yield None
            else:
                yield b"".join(parts) + piece if parts else piece
            parts, size, over = [], 0, False
            pos = end
        after_cr = chunk.endswith(b"\r")
        tail = chunk[pos:]
        if tail and not over:
            size += len(tail)
            if size > limit:
                parts, over = [], True
            else:
                parts.append(tail)
        elif tail:
            size += len(tail)
    if parts or over:
        yield None if over else b"".join(parts)


def _line_ends(chunk: bytes, pos: int) -> Iterator[tuple[int, int]]:
    """Where each line end (CR LF, CR or LF) in chunk from pos starts and ends. A chunk without
    CR is searched with bytes.find, several times faster than the pattern's per-byte scan."""
    if b"\r" in chunk:
        for match in _EOL.finditer(chunk, pos):
            yield match.span()
        return
    find = chunk.find
    at = find(b"\n", pos)
    while at >= 0:
        yield at, at + 1
        at = find(b"\n", at + 1)


def text_lines(handle: IO[bytes], name: str, limit: int = MAX_LINE) -> Iterator[tuple[int, str | None]]:
    """Numbered decoded lines (None for a line over the limit). Invalid UTF-8 and NUL bytes are
    replaced (one bad byte should not cost a whole batch); UTF-16/32 files are refused."""
    check_encoding(handle.read(4096), name)
    handle.seek(0)
    for number, raw in enumerate(split_lines(handle, limit), 1):
        yield number, None if raw is None else decode_line(number, raw)


def decode_line(number: int, raw: bytes) -> str:
    """A line's text (its number tells whether a BOM may lead it): invalid UTF-8 and NUL bytes
    replaced."""
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    return raw.decode("utf-8", errors="replace").replace("\x00", "\ufffd")


def json_value(text: str) -> tuple[Any, str | None]:
    """One JSON value, or why it is not one: every failure of the parser becomes a message."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON at column {exc.colno}: {exc.msg}"
    except RecursionError:
        return None, "invalid JSON: nested too deeply"
    except ValueError as exc:  # an integer too long to convert (Python's int digits limit)
        detail = "a number has too many digits" if "digits" in str(exc) else clip(str(exc))
        return None, f"invalid JSON: {detail}"


def jsonl_rows(handle: IO[bytes], name: str, limit: int = MAX_LINE) -> Iterator[Row]:
    """JSON Lines: one object per non-blank line."""
    for number, line in text_lines(handle, name, limit):
        row = jsonl_row(number, line)
        if row is not None:
            yield row


def jsonl_row(number: int, line: str | None) -> Row | None:
    """One line of JSON Lines as a Row (None for a line over the limit; no Row for a blank
    line)."""
    if line is None:
        return Row(number, None, TOO_LONG, too_long=True)
    if not line.strip():
        return None
    value, error = json_value(line)
    if error is not None:
        return Row(number, None, error)
    if not isinstance(value, dict):
        return Row(number, None, "expected a JSON object per line")
    return Row(number, value)


class CsvTable:
    """A CSV/TSV file: `header` (names stripped and lower-cased) is read on opening, then
    iterating gives the records as Rows. A line over the limit before or after a record is an
    error row of its own; one inside a quoted field makes its record an error row (not graded
    on what is left)."""

    def __init__(self, handle: IO[bytes], name: str, delimiter: str = ",",
                 limit: int = MAX_LINE) -> None:
        self._lines = text_lines(handle, name, limit)
        self._last = 0  # the number of the last line the csv reader consumed
        self._too_long: list[int] = []  # lines over the limit given to the reader as blank
        self._reader = csv.reader(self._feed(), delimiter=delimiter)
        self.header: list[str] = []
        self._pending: list[Row] = []
        for row in self._records():
            if row.fields is not None:
                self.header = [h.strip().lower() for h in row.fields["_values"]]
                break
            self._pending.append(row)

    def _feed(self) -> Iterator[str]:
        for number, line in self._lines:
            self._last = number
            if line is None:
                self._too_long.append(number)
            # A blank line in its place: skipped between records, one line break inside a
            # quoted field (so the record's line count stays right).
            yield "\n" if line is None else line + "\n"

    def _records(self) -> Iterator[Row]:
        while True:
            first = self._last + 1
            try:
                values = next(self._reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield from self._standalone(first)
                yield Row(first, None, f"invalid CSV: {clip(str(exc), 120)}")
                continue
            yield from self._standalone(first)
            inside = [n for n in self._too_long if n >= first]
            self._too_long.clear()
            if not values:  # a blank line (or a line over the limit, given as blank): no record
                yield from (Row(n, None, TOO_LONG, too_long=True) for n in inside)
            elif inside:
                yield Row(first, {"_values": values},
                          f"line {inside[0]} of this row is longer than 10 MB", too_long=True)
            else:
                yield Row(first, {"_values": values})
        yield from self._standalone(self._last + 1)

    def _standalone(self, before: int) -> Iterator[Row]:
        """Error rows for lines over the limit that stood alone before line `before`."""
        alone = [n for n in self._too_long if n < before]
        self._too_long = [n for n in self._too_long if n >= before]
        for number in alone:
            yield Row(number, None, TOO_LONG, too_long=True)

    def __iter__(self) -> Iterator[Row]:
        yield from self._pending
        for row in self._records():
            if row.fields is None:
                yield row
                continue
            values = row.fields["_values"]
            fields = dict(zip(self.header, values, strict=False))
            yield Row(row.line, fields, row.error, row.too_long)


def open_rows(handle: IO[bytes], name: str, kind: str, required: Sequence[str | tuple[str, ...]],
              missing: Callable[[list[str]], str], limit: int = MAX_LINE) -> Iterator[Row]:
    """Rows of a JSON Lines file, or of a CSV/TSV file after its header: the one header check
    of `coach grade` and `coach packs draft`. A header without every `required` column raises
    InputError at line 1 before any row is read, with the message `missing(absent columns)`
    (each command words it for its own columns)."""
    if kind == "jsonl":
        return jsonl_rows(handle, name, limit)
    table = CsvTable(handle, name, "\t" if kind == "tsv" else ",", limit)
    # A required entry may be a tuple of alternatives (grade: "answer" or "audio").
    absent = [c if isinstance(c, str) else " or ".join(c) for c in required
              if not any(name in table.header for name in ((c,) if isinstance(c, str) else c))]
    if absent:
        raise InputError([Problem(name, 1, 1, "", missing(absent))])
    return iter(table)


# -- .json answers files (coach grade) ----------------------------------------------------------


def json_document(path: Path, limit: int) -> bool:
    """Is this .json file one JSON object with an "answers" list (rather than JSON Lines)?

    Decided from the first line, never by reading the whole file: a JSON Lines file of
    100,000 answers must stream in constant memory. A first line that is a whole object is a
    row (or, holding "answers" with nothing after it, a one-line document); a first line that
    is an object cut short at its end ("{", '{"pack": "x",') opens a multi-line document.
    """
    with path.open("rb") as handle:
        first = handle.readline(limit).removeprefix(b"\xef\xbb\xbf").strip()
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


_SEPARATORS = re.compile(r"[\s,]*")


def _skip_separators(text: str, pos: int) -> int:
    """The position after any white space and commas from pos on."""
    match = _SEPARATORS.match(text, pos)
    assert match is not None  # the pattern matches the empty string, so always
    return match.end()


def json_array_rows(text: str) -> Iterator[tuple[int, Any]]:
    """Each value of a JSON array document (already checked to parse) with the line it starts
    on, decoded one at a time."""
    decoder = json.JSONDecoder()
    pos = _skip_separators(text, text.index("[") + 1)
    line, counted = 1, 0
    while text[pos] != "]":
        row, end = decoder.raw_decode(text, pos)
        line, counted = line + text.count("\n", counted, pos), pos
        yield line, row
        pos = _skip_separators(text, end)
