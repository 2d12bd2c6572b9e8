"""JSON on stdout for scripts: unstyled, exact, and harmless in a terminal.

Typed results become JSON here (and in the grade writers) and nowhere earlier: an object
with a `to_dict()` is turned into its documented shape as it is written.
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

from coach.text import sanitize

if TYPE_CHECKING:
    from coach.grade import GradedRow
    from coach.history import TimelineRow
    from coach.packs import Pack
    from coach.practice import Scored, SessionSummary
    from coach.scoring import Score
    from coach.store import Attempt

# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on (C1
# controls such as CSI, bidi overrides) or that cannot be encoded (lone surrogates). They only
# occur inside JSON strings, so escaping them keeps the data exact and the JSON valid.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


# What a control character (coach.text.sanitize's set) becomes once json.dumps has written
# it: itself (C1 controls, bidi marks and lone surrogates, under ensure_ascii=False), or an
# escape (C0 controls as \b \f \r \u00XX; with ensure_ascii=True, every one as \uXXXX, in the
# lower-case hex json writes). A line without any of these had no control character to clean.
# (An escaped backslash before such letters also matches: that row is just cleaned the slow way.)
# Two patterns, not one alternation: each then starts with what sre scans for fast (a literal
# backslash; one character class), a third of the time of the one pattern on a 3 KB row.
_MAY_HOLD_ESCAPED_CONTROL = re.compile(
    r"\\(?:[bfr]|u(?:00[01]|007f|00[89]|061c|200[ef]|202[89a-e]|206[6-9]|d[89a-f]))")
_MAY_HOLD_RAW_CONTROL = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def may_hold_control(text: str) -> bool:
    """Might this encoded JSON hold a control character (see the patterns above)? (ASCII
    text, most rows, can hold only DEL of the raw ones: found without a per-character scan.)"""
    if _MAY_HOLD_ESCAPED_CONTROL.search(text):
        return True
    if text.isascii():
        return "\x7f" in text
    return bool(_MAY_HOLD_RAW_CONTROL.search(text))


def clean_strings(value: Any) -> Any:
    """Every string inside plain data sanitised (control characters become U+FFFD)."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        return {k: clean_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_strings(v) for v in value]
    return value


def public_row(row: GradedRow) -> dict[str, Any]:
    """A result row as documented for `--format json` (internal fields dropped): where the
    typed row becomes JSON."""
    data = row.to_dict()  # (a fresh dict: the internal fields are dropped from it in place)
    data.pop("needed_weight", None)
    data.pop("earned_weight", None)
    if row.spoken is not None:  # a row given as audio: what was heard, and how it was spoken
        from .speaking import spoken_data

        data.update(spoken_data(row.spoken))
    return data


def grade_row_json(row: GradedRow, ascii_only: bool) -> str:
    """One `coach grade --format json` row: its public fields with every string sanitised.
    Written once, and cleaned and written again only when the line shows a control character
    may be in it: most rows have none, and walking every string cost a tenth of the run."""
    data = public_row(row)
    text = json.dumps(data, ensure_ascii=ascii_only)
    if may_hold_control(text):
        text = json.dumps(clean_strings(data), ensure_ascii=ascii_only)
    return text


def _plain(value: Any) -> Any:
    """A typed result as its JSON shape (json.dumps calls this for what it cannot write)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"{type(value).__name__} cannot be written as JSON")
    return to_dict()


def print_json(data: Any) -> None:
    """JSON to stdout, unstyled (for scripts), with non-ASCII kept readable."""
    from .streams import unicode_ok

    # On a stream that cannot hold every character (an ASCII locale), escape: still exact.
    text = json.dumps(data, ensure_ascii=not unicode_ok(sys.stdout), indent=2, default=_plain)
    sys.stdout.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def print_schema(schema: dict[str, Any]) -> None:
    """A JSON Schema for editors, as written to a file: readable, every character kept."""
    sys.stdout.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")


def pack_data(pack: Pack) -> dict[str, Any]:
    """`packs show --json`: the pack as validated, and the file it came from."""
    data = pack.model.model_dump(mode="json")
    data["source"] = str(pack.source) if pack.source else None
    return data


def _next_review(due: str | None) -> str | None:
    from coach.schedule import next_review

    return None if due is None else next_review(due)


def practice_data(pack_id: str, attempts: list[Scored], summary: SessionSummary) -> dict[str, Any]:
    """`practice --json`: every scored attempt (with its full result), then the summary."""
    return {"pack": pack_id,
            "attempts": [{"attempt_id": s.attempt_id, "previous": s.previous, "rating": s.rating,
                          "override": s.override, "due": s.due, "next_review": _next_review(s.due),
                          "answer": s.answer.text, **s.result.to_dict()} for s in attempts],
            "summary": summary.to_dict()}


def attempt_data(attempt: Attempt, rows: list[TimelineRow]) -> dict[str, Any]:
    """`history show --json`: everything stored about the attempt, the question's timeline,
    and the criteria this attempt gained or lost."""
    data = attempt.to_dict()
    data["timeline"] = [row.to_dict() for row in rows]
    mine = next(r for r in rows if r.id == attempt.id)
    data["changes"] = {"gained": mine.gained, "lost": mine.lost}
    return data


def history_data(attempts: list[Attempt]) -> list[dict[str, Any]]:
    """`history --json`: the listing shape of each attempt (no answer text or full result)."""
    return [a.summary() for a in attempts]


def score_data(result: Score, explain: list[dict[str, Any]] | None) -> dict[str, Any]:
    """`score --json`: the result, and with --explain every phrase's best match."""
    data = result.to_dict()
    if explain is not None:
        data["explain"] = explain
    return data
