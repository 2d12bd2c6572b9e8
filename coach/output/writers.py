"""Writers for `coach grade` results: JSON, CSV, Markdown, or a Rich table, all streamed.

Every format is written row by row (the table in batches), so grading a million answers needs
no more memory than grading ten. Every text field from the input is sanitised before it is
written; CSV cells cannot start a spreadsheet formula and Markdown cells cannot hold HTML,
links or images.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from coach.grade_totals import EncodedRows
from coach.i18n import _

from .jsonout import clean_strings, grade_row_json
from .markdown import md_inline

if TYPE_CHECKING:
    from coach.grade import GradedRow

CSV_COLUMNS = ("id", "candidate", "pack", "question", "score", "earned", "missed", "negated",
               "red_flags", "words", "error",
               # A row given as audio (empty otherwise): what was heard and how it was spoken.
               "transcript", "words_per_minute", "long_pauses", "over_limit_seconds")
# Markdown is read by people: a table of typed answers without four empty audio columns.
MARKDOWN_COLUMNS = CSV_COLUMNS[:CSV_COLUMNS.index("transcript")]


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number a spreadsheet reads as a number is no formula, whatever its sign: kept as it is.
_NUMERIC_CELL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Quoted so that no reader splits the cell, whichever separator it assumes (comma, semicolon
# as in many European locales, tab) or however it ends lines.
_NEEDS_QUOTES = re.compile(r'[,;\t\n\r"]')


def csv_cell(value: Any) -> str:
    """One CSV cell, made harmless for spreadsheets as OWASP advises: text that starts with
    = + - @ tab or CR gets a leading single quote, so it is shown, not run; numbers stay
    numbers; a cell holding a separator, quote or line break is quoted (RFC 4180), so an
    injected separator cannot start a new cell either."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        if text.startswith(_FORMULA_START) and not _NUMERIC_CELL.fullmatch(text):
            text = "'" + text
    else:
        text = str(value)
    if _NEEDS_QUOTES.search(text):
        text = '"' + text.replace('"', '""') + '"'
    return text


def csv_line(values: Iterable[Any]) -> str:
    """One CSV record (cells as `csv_cell` makes them) with its line break."""
    return ",".join(csv_cell(v) for v in values) + "\n"


def flat_row(row: GradedRow) -> dict[str, Any]:
    """One result as a flat record for CSV and Markdown."""
    result = row.result
    criteria = result.criteria if result is not None else []
    return {
        "id": row.id or "", "candidate": row.candidate or "",
        "pack": row.pack or "", "question": row.question or "",
        "score": "" if result is None else result.score,
        "earned": " ".join(c.id for c in criteria if c.earned),
        "missed": " ".join(c.id for c in criteria if not c.earned and not c.negated),
        "negated": " ".join(c.id for c in criteria if c.negated),
        "red_flags": "; ".join(f.phrase for f in result.red_flags) if result is not None else "",
        "words": result.words if result is not None else "", "error": error_text(row),
        **_spoken_cells(row),
    }


def _spoken_cells(row: GradedRow) -> dict[str, Any]:
    """The audio columns of a flat row: the transcript, pace, long pauses ("2.1s@0:12; …") and
    seconds over the time limit; empty for a typed answer."""
    spoken = row.spoken
    if spoken is None:
        return {"transcript": "", "words_per_minute": "", "long_pauses": "", "over_limit_seconds": ""}
    from coach.text import clock

    delivery = spoken.delivery
    return {"transcript": spoken.transcript.text, "words_per_minute": round(delivery.words_per_minute, 1),
            "long_pauses": "; ".join(f"{p.seconds:.1f}s@{clock(p.start)}" for p in delivery.pauses),
            "over_limit_seconds": round(delivery.over_limit_seconds, 2)}


def error_text(row: GradedRow) -> str:
    """An error row's message with the input line it came from (the formats without a
    `line` field would otherwise lose where the bad row is)."""
    error = row.error or ""
    if error and row.line:
        return f"line {row.line}: {error}"
    return error


# Between two rows of `--format json` (and before the first, "\n  "): one row a line.
ROW_SEPARATOR = ",\n  "


def json_rows_encoder() -> Callable[[list[GradedRow]], str]:
    """How `--format json` encodes rows for standard output as it is now: what `coach grade
    --jobs N` hands its workers, so each encodes its own rows (picklable, for spawn too)."""
    from functools import partial

    from .streams import unicode_ok

    return partial(_json_rows, ascii_only=not unicode_ok(sys.stdout))


def _json_rows(rows: list[GradedRow], ascii_only: bool) -> str:
    """Rows as `--format json` writes them, one a line."""
    return ROW_SEPARATOR.join([grade_row_json(row, ascii_only) for row in rows])


def progress_wanted() -> bool:
    """Progress belongs on stderr, and only when a person watches it there and not the
    output itself: stderr is a terminal and stdout is not (the rows show progress there)."""
    try:
        return sys.stderr.isatty() and not sys.stdout.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _graded(rows: Iterable[GradedRow | EncodedRows]) -> Iterator[GradedRow]:
    for row in rows:
        if isinstance(row, EncodedRows):
            raise TypeError("rows encoded for --format json given to another format")
        yield row


def _row_count(row: GradedRow | EncodedRows) -> int:
    return len(row.scores) if isinstance(row, EncodedRows) else 1


def write_rows(kind: str, rows: Iterable[GradedRow | EncodedRows],
               summary: Callable[[], dict[str, Any]]) -> None:
    """Write graded rows to stdout in the given format, then the summary. While the output
    goes to a file or pipe and stderr is a terminal, a long run shows its progress there."""
    out = sys.stdout
    if progress_wanted():
        from .terminal import progress_rows

        rows = progress_rows(rows, label=_("Grading"), size=_row_count)
    if kind == "json":
        from .streams import unicode_ok

        ascii_only = not unicode_ok(out)  # an ASCII locale: escape, which keeps the data exact
        out.write('{"results": [')
        separator = "\n  "
        for row in rows:
            # Rows from a --jobs worker arrive already encoded (coach.grade_totals.EncodedRows).
            text = row.text if isinstance(row, EncodedRows) else grade_row_json(row, ascii_only)
            out.write(separator + text)
            separator = ROW_SEPARATOR
        out.write('\n], "summary": ' + json.dumps(summary(), ensure_ascii=ascii_only) + "}\n")
        return
    rows = _graded(rows)  # only --format json has its rows encoded by the workers
    if kind == "csv":
        out.write(csv_line(CSV_COLUMNS))
        for row in rows:
            flat = clean_strings(flat_row(row))
            out.write(csv_line(flat[c] for c in CSV_COLUMNS))
    elif kind == "markdown":
        out.write("| " + " | ".join(MARKDOWN_COLUMNS) + " |\n")
        out.write("|" + "---|" * len(MARKDOWN_COLUMNS) + "\n")
        for row in rows:
            flat = flat_row(row)
            out.write("| " + " | ".join(md_inline(flat[c]) for c in MARKDOWN_COLUMNS) + " |\n")
        s = summary()
        mean = f", mean score {s['mean_score']}" if s["mean_score"] is not None else ""
        out.write(f"\n{s['graded']} graded, {s['errors']} errors{mean}\n")
    else:
        from .grades import GradeTable
        from .terminal import console

        table = GradeTable(console())
        for row in rows:
            table.add(row)
        table.finish(summary())
