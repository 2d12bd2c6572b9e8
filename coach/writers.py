"""Writers for `coach grade` results: JSON (streamed), CSV, Markdown, or a Rich table.

JSON, CSV and Markdown are written row by row, so grading a million answers needs no more
memory than grading ten. Every text field from the input is sanitised before it is written.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from .text import sanitize

CSV_COLUMNS = ("id", "candidate", "pack", "question", "score", "earned", "missed", "negated",
               "red_flags", "words", "error")


def _clean(value: Any) -> Any:
    """Sanitise every string inside a result (control characters become U+FFFD)."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def public_row(row: dict[str, Any]) -> dict[str, Any]:
    """A result row as documented for `--format json` (internal fields dropped)."""
    return {k: v for k, v in row.items() if k not in ("needed_weight", "earned_weight")}


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One result as a flat record for CSV and Markdown."""
    criteria = row.get("criteria") or []
    return {
        "id": row.get("id") or "", "candidate": row.get("candidate") or "",
        "pack": row.get("pack") or "", "question": row.get("question") or "",
        "score": "" if row.get("score") is None else row["score"],
        "earned": " ".join(c["id"] for c in criteria if c["earned"]),
        "missed": " ".join(c["id"] for c in criteria if not c["earned"] and not c["negated"]),
        "negated": " ".join(c["id"] for c in criteria if c["negated"]),
        "red_flags": "; ".join(f["phrase"] for f in row.get("red_flags") or []),
        "words": row.get("words", ""), "error": row.get("error") or "",
    }


def _md(value: Any) -> str:
    return sanitize(str(value)).replace("|", "\\|").replace("\n", " ")


def write_rows(kind: str, rows: Iterable[dict[str, Any]],
               summary: Callable[[], dict[str, Any]]) -> None:
    """Write graded rows to stdout in the given format, then the summary."""
    out = sys.stdout
    if kind == "json":
        out.write('{"results": [')
        for i, row in enumerate(rows):
            out.write(("\n  " if i == 0 else ",\n  ")
                      + json.dumps(_clean(public_row(row)), ensure_ascii=False))
        out.write('\n], "summary": ' + json.dumps(summary(), ensure_ascii=False) + "}\n")
    elif kind == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(_clean(flat_row(row)))
    elif kind == "markdown":
        out.write("| " + " | ".join(CSV_COLUMNS) + " |\n")
        out.write("|" + "---|" * len(CSV_COLUMNS) + "\n")
        for row in rows:
            flat = flat_row(row)
            out.write("| " + " | ".join(_md(flat[c]) for c in CSV_COLUMNS) + " |\n")
        s = summary()
        out.write(f"\n{s['graded']} graded, {s['errors']} errors, mean score {s['mean_score']}\n")
    else:
        from .render import console, grade_table

        collected = list(rows)
        console().print(grade_table(collected, summary()))
