"""The delivery reports of spoken answers (table `deliveries`, migrations.m007_deliveries):
written with their attempt in one transaction, read back onto the attempts, checked row by row.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .records import Attempt, Delivery, StoredPause

if TYPE_CHECKING:
    from .queries import Store

TABLE = "deliveries"
COLUMNS = ("attempt, speaking_seconds, words_per_minute, over_limit_seconds, recorded_seconds, pauses, "
           "engine, heard, audio")


class DamagedDelivery(ValueError):
    """A deliveries row coach cannot use; the message names the column."""


def insert(db: sqlite3.Connection, attempt: int, delivery: Delivery) -> None:
    """Store an attempt's delivery report (inside the attempt's transaction). OR REPLACE: an
    attempt id SQLite reuses (after --repair quarantined the last attempt) replaces the old one."""
    db.execute(f"INSERT OR REPLACE INTO {TABLE} ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
               (attempt, delivery.speaking_seconds, delivery.words_per_minute, delivery.over_limit_seconds,
                delivery.recorded_seconds, json.dumps([p.to_dict() for p in delivery.pauses]),
                delivery.engine, delivery.heard, delivery.audio))


def _number(value: Any, column: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value < 0:
        raise DamagedDelivery(f"{column}: expected a number of zero or more, found {str(value)[:40]!r}")
    return float(value)


def fields(row: tuple[Any, ...]) -> Delivery:
    """A deliveries row (COLUMNS order, without `attempt`) as a Delivery; raises DamagedDelivery."""
    speaking, pace, over, recorded, pauses, engine, heard, audio = row
    for column, value, optional in (("engine", engine, False), ("heard", heard, False),
                                    ("audio", audio, True)):
        if not (isinstance(value, str) or (optional and value is None)):
            raise DamagedDelivery(f"{column}: expected text, found {type(value).__name__}")
    try:
        items = json.loads(pauses) if isinstance(pauses, str) else None
    except (ValueError, RecursionError):
        items = None
    if not isinstance(items, list):
        raise DamagedDelivery("pauses: expected a JSON list")
    kept = []
    for item in items:
        if not (isinstance(item, dict) and isinstance(item.get("after"), str)
                and isinstance(item.get("word"), int) and not isinstance(item.get("word"), bool)):
            raise DamagedDelivery("pauses: an entry lacks its word")
        kept.append(StoredPause(item["after"], item["word"], _number(item.get("start"), "pauses.start"),
                                _number(item.get("seconds"), "pauses.seconds")))
    return Delivery(_number(speaking, "speaking_seconds"), _number(pace, "words_per_minute"),
                    _number(over, "over_limit_seconds"), _number(recorded, "recorded_seconds"),
                    tuple(kept), engine, heard, audio)


def attach(store: Store, rows: list[Attempt]) -> list[Attempt]:
    """Attempts with their delivery reports (spoken ones, in a file that has them); a damaged
    report is left off with a warning naming it, and the attempt still reads."""
    if not rows or TABLE not in store.tables:
        return rows
    ids = [a.id for a in rows]
    with store._errors():
        found = {r[0]: r[1:] for r in store.db.execute(
            f"SELECT {COLUMNS} FROM {TABLE} WHERE attempt BETWEEN ? AND ?", (min(ids), max(ids)))}
    out = []
    for attempt in rows:
        row = found.get(attempt.id)
        if row is None:
            out.append(attempt)
            continue
        try:
            out.append(replace(attempt, delivery=fields(row)))
        except DamagedDelivery as exc:
            store._damaged(f"the delivery report of attempt #{attempt.id}", exc)
            out.append(attempt)
    return out


def damaged(db: sqlite3.Connection) -> list[tuple[int, tuple[Any, ...], str]]:
    """Every deliveries row coach cannot use: (attempt id, the whole row, why), for --repair."""
    bad = []
    for row in db.execute(f"SELECT {COLUMNS} FROM {TABLE} ORDER BY attempt").fetchall():
        try:
            fields(row[1:])
        except DamagedDelivery as exc:
            bad.append((row[0], row, str(exc)))
    return bad
