"""Checking and repairing single history rows, so one damaged row never locks a user out.

SQLite keeps a healthy file healthy, but a row can still hold something coach cannot use
(an edited `criteria` that is not JSON, a `due` that is not a time). Readers skip such a row
with a warning naming it (queries.py); `coach history --repair` fixes what can be rebuilt
from the rest of the row and moves the others into the `quarantine` table, kept whole.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import deliveries
from .records import ATTEMPT_COLUMNS, StoredCriterion, criteria_summary

if TYPE_CHECKING:
    from .queries import Store


class Damaged(ValueError):
    """A stored row that coach cannot use; the message says which column and why."""


def _json(value: Any, column: str, kind: type) -> Any:
    if not isinstance(value, str):
        raise Damaged(f"{column}: expected JSON text, found {type(value).__name__}")
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        raise Damaged(f"{column}: not valid JSON") from None
    if not isinstance(data, kind):
        raise Damaged(f"{column}: expected a JSON {'list' if kind is list else 'object'}")
    return data


def _time(value: Any, column: str) -> datetime:
    """An aware ISO 8601 time that can also be shown in local time."""
    if not isinstance(value, str):
        raise Damaged(f"{column}: expected an ISO 8601 time, found {type(value).__name__}")
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("no time zone")
        parsed.astimezone()
    except (ValueError, OverflowError, OSError):
        raise Damaged(f"{column}: {value[:40]!r} is not an ISO 8601 time with a time zone") from None
    return parsed


def is_time(value: Any) -> bool:
    """Is a stored value an aware ISO 8601 time (as `created` and `due` must be)?"""
    try:
        _time(value, "time")
    except Damaged:
        return False
    return True


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def criteria_list(value: Any) -> list[dict[str, Any]]:
    """The stored per-criterion summary, checked for the fields history, stats and export read."""
    data = _json(value, "criteria", list)
    for item in data:
        if not (isinstance(item, dict) and isinstance(item.get("id"), str)
                and isinstance(item.get("label"), str) and isinstance(item.get("earned"), bool)
                and isinstance(item.get("negated"), bool) and isinstance(item.get("tip", ""), str)):
            raise Damaged("criteria: an entry lacks its id, label, earned or negated field")
    return data


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_evidence(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("text"), str)
            and _is_int(value.get("start")) and _is_int(value.get("end")))


# The fields of a stored result that `history show` reads (every coach version stored them).
_RESULT_FIELDS: dict[str, type] = {"score": int, "words": int, "length": str, "length_advice": str,
                                   "fillers": list, "hedges": list, "criteria": list, "red_flags": list}


def result_object(value: Any) -> dict[str, Any]:
    """The stored full result, checked for the fields `history show` and export read."""
    data = _json(value, "result", dict)
    for key, kind in _RESULT_FIELDS.items():
        if not isinstance(data.get(key), kind) or isinstance(data[key], bool):
            raise Damaged(f"result: {key} is missing or of the wrong type")
    for crit in data["criteria"]:
        if not (isinstance(crit, dict) and isinstance(crit.get("label"), str)
                and isinstance(crit.get("earned"), bool) and isinstance(crit.get("negated"), bool)
                and _is_num(crit.get("match")) and isinstance(crit.get("tip") or "", str)
                and (_is_evidence(crit.get("evidence")) if crit["earned"] or crit["negated"]
                     else crit.get("evidence") is None or _is_evidence(crit["evidence"]))
                and (crit.get("negation") is None or _is_evidence(crit["negation"]))):
            raise Damaged("result: a criterion lacks its label, earned, negated, match or evidence")
    for flag in data["red_flags"]:
        if not (isinstance(flag, dict) and _is_num(flag.get("penalty")) and _is_evidence(flag.get("evidence"))
                and isinstance(flag.get("why") or "", str)):
            raise Damaged("result: a red flag lacks its penalty or evidence")
    for item in data["fillers"] + data["hedges"]:
        if not (isinstance(item, dict) and isinstance(item.get("text"), str) and _is_int(item.get("count"))):
            raise Damaged("result: a filler or hedge lacks its text or count")
    if not (data.get("star") is None or isinstance(data["star"], dict)):
        raise Damaged("result: star is not an object")
    notes = data.get("notes", [])
    if not (isinstance(notes, list) and all(isinstance(n, str) for n in notes)):
        raise Damaged("result: notes are not a list of text")
    parts = data.get("parts") or []
    if not (isinstance(parts, list) and all(isinstance(p, dict) and isinstance(p.get("label") or "", str)
                                            and _is_num(p.get("coverage")) for p in parts)):
        raise Damaged("result: a part lacks its label or coverage")
    return data


def attempt_fields(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """An attempts row (records.ATTEMPT_COLUMNS order) with criteria (as StoredCriterion) and
    result decoded; raises Damaged."""
    (aid, session, pack, question, prompt, answer, score, criteria, result, duration, words,
     limit, created) = row
    for column, value in (("session", session), ("pack", pack), ("question", question),
                          ("prompt", prompt), ("answer", answer)):
        if not isinstance(value, str):
            raise Damaged(f"{column}: expected text, found {type(value).__name__}")
    for column, value, optional in (("score", score, False), ("words", words, False),
                                    ("time_limit", limit, True)):
        if not (_is_int(value) or (optional and value is None)):
            raise Damaged(f"{column}: expected a whole number, found {str(value)[:40]!r}")
    if not (duration is None or (isinstance(duration, int | float) and not isinstance(duration, bool))):
        raise Damaged(f"duration: expected a number of seconds, found {str(duration)[:40]!r}")
    _time(created, "created")
    marks = tuple(StoredCriterion.from_dict(c) for c in criteria_list(criteria))
    return (aid, session, pack, question, prompt, answer, score, marks, result_object(result),
            duration, words, limit, created)


def card_fields(card: Any, due: Any) -> None:
    """Check a cards row: the FSRS card must be a JSON object and `due` (unless None) a time;
    raises Damaged."""
    _json(card, "card", dict)
    if due is not None:
        _time(due, "due")


def _row_json(columns: list[str], row: tuple[Any, ...]) -> str:
    """A row as JSON, whatever its values' types (a blob is kept as hex)."""
    data = {c: (v.hex() if isinstance(v, bytes) else v) for c, v in zip(columns, row, strict=True)}
    return json.dumps(data, ensure_ascii=False)


def _fixed_criteria(result: Any) -> str | None:
    """Criteria rebuilt from the attempt's full result, when that result is whole."""
    try:
        data = result_object(result)
        rebuilt = json.dumps(criteria_summary(data), ensure_ascii=False)
        criteria_list(rebuilt)
    except (Damaged, KeyError, TypeError):
        return None
    return rebuilt


def _fixed_due(card: Any) -> str | None:
    """A card's due time read back from the FSRS card itself, when that is whole."""
    try:
        data = _json(card, "card", dict)
        return _time(data.get("due"), "due").isoformat(timespec="microseconds")
    except Damaged:
        return None


def fix_damaged_rows(store: Store, moved: str) -> list[str]:
    """Fix or quarantine every damaged row in one transaction; one message per row touched.

    Fixed: criteria rebuilt from the attempt's result; a card's due time read from the card.
    Anything else is moved whole into `quarantine` (never deleted): a quarantined attempt
    leaves history, a quarantined card makes its question new again.
    """
    done: list[str] = []
    attempt_columns = [c.strip() for c in ATTEMPT_COLUMNS.split(",")]
    with store.transaction() as db:
        for row in db.execute(f"SELECT {ATTEMPT_COLUMNS} FROM attempts ORDER BY id").fetchall():
            try:
                attempt_fields(row)
                continue
            except Damaged as exc:
                reason = str(exc)
            if reason.startswith("criteria:"):
                rebuilt = _fixed_criteria(row[8])
                if rebuilt is not None:
                    db.execute("UPDATE attempts SET criteria = ? WHERE id = ?", (rebuilt, row[0]))
                    try:
                        attempt_fields(tuple(rebuilt if i == 7 else v for i, v in enumerate(row)))
                        done.append(f"attempt #{row[0]}: fixed ({reason}; rebuilt from its result)")
                        continue
                    except Damaged as again:
                        reason = str(again)
            db.execute("INSERT INTO quarantine (source, key, row, reason, moved) VALUES (?,?,?,?,?)",
                       ("attempts", str(row[0]), _row_json(attempt_columns, row), reason, moved))
            db.execute("DELETE FROM attempts WHERE id = ?", (row[0],))
            done.append(f"attempt #{row[0]}: moved to the quarantine table ({reason})")
        for rowid, pack, question, card, due, updated in db.execute(
                "SELECT rowid, pack, question, card, due, updated FROM cards ORDER BY rowid").fetchall():
            name = f"card {pack}/{question}"
            try:
                card_fields(card, due)
                continue
            except Damaged as exc:
                reason = str(exc)
            fixed = _fixed_due(card) if reason.startswith("due:") else None
            if fixed is not None:
                db.execute("UPDATE cards SET due = ? WHERE rowid = ?", (fixed, rowid))
                done.append(f"{name}: fixed ({reason}; due time read from the card)")
                continue
            db.execute("INSERT INTO quarantine (source, key, row, reason, moved) VALUES (?,?,?,?,?)",
                       ("cards", f"{pack}/{question}",
                        _row_json(["pack", "question", "card", "due", "updated"],
                                  (pack, question, card, due, updated)), reason, moved))
            db.execute("DELETE FROM cards WHERE rowid = ?", (rowid,))
            done.append(f"{name}: moved to the quarantine table ({reason}); the question is new again")
        if deliveries.TABLE in store.tables:
            columns = [c.strip() for c in deliveries.COLUMNS.split(",")]
            for attempt, row, reason in deliveries.damaged(db):
                db.execute("INSERT INTO quarantine (source, key, row, reason, moved) VALUES (?,?,?,?,?)",
                           (deliveries.TABLE, str(attempt), _row_json(columns, row), reason, moved))
                db.execute(f"DELETE FROM {deliveries.TABLE} WHERE attempt = ?", (attempt,))
                done.append(f"the delivery report of attempt #{attempt}: moved to the quarantine table "
                            f"({reason}); the attempt is kept")
    return done
