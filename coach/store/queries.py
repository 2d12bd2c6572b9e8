"""The queries coach runs on its history: attempts, scheduling cards and settings.

A row coach cannot use is skipped with a warning naming it (see rows.py), so one damaged row
never locks a user out of the rest.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from coach.errors import StoreError

from . import deliveries
from .database import Database, now_iso
from .records import ATTEMPT_COLUMNS, Attempt, CardRow, Delivery, criteria_summary
from .rows import Damaged, attempt_fields, card_fields, is_time

ROW_HINT = "run `coach history --repair` to fix or quarantine it"


def _attempt(row: tuple[Any, ...]) -> Attempt:
    """A stored row as an Attempt; raises rows.Damaged when a column cannot be used."""
    return Attempt(*attempt_fields(row))


def _text(value: Any) -> str | None:
    """A stored rating: text, else nothing (an edited value that is not text is ignored)."""
    return value if isinstance(value, str) else None


class Store(Database):
    """The history: attempts, cards and settings. Use `Store.open()`; every method commits."""

    def __init__(self, db: sqlite3.Connection, path: Path, *, readonly: bool = False) -> None:
        super().__init__(db, path, readonly=readonly)
        self._pending: list[str] = []  # warnings about damaged rows, not yet shown
        self._named: set[str] = set()  # rows already warned about (each is named once)

    # - damaged rows -

    def _damaged(self, what: str, exc: Exception) -> None:
        """Note a row that is skipped because it cannot be used; each row is named once."""
        if what not in self._named:
            self._named.add(what)
            self._pending.append(f"{self.path}: {what} is damaged ({exc}) and was skipped; {ROW_HINT}")

    def take_warnings(self) -> list[str]:
        """Warnings about damaged rows met since the last call (for the caller to show)."""
        pending, self._pending = self._pending, []
        return pending

    # - attempts -

    def record_attempt(self, *, session: str, pack: str, question: str, prompt: str, answer: str,
                       result: dict[str, Any], duration: float | None, time_limit: int | None,
                       card: tuple[str, str] | None = None, created: str | None = None,
                       rating: str | None = None, delivery: Delivery | None = None) -> int:
        """Store one scored attempt, its new scheduling card, the rating that scheduled it and
        (for a spoken answer) its delivery report, in one transaction."""
        created = created or now_iso()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempts (session, pack, question, prompt, answer, score, criteria, "
                "result, duration, words, time_limit, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (session, pack, question, prompt, answer, int(result["score"]),
                 json.dumps(criteria_summary(result), ensure_ascii=False),
                 json.dumps(result, ensure_ascii=False), duration, int(result["words"]),
                 time_limit, created))
            if card is not None:
                card_json, due = card
                db.execute("INSERT INTO cards (pack, question, card, due, updated) VALUES (?,?,?,?,?) "
                           "ON CONFLICT (pack, question) DO UPDATE SET card = excluded.card, "
                           "due = excluded.due, updated = excluded.updated",
                           (pack, question, card_json, due, created))
                if rating is not None and "ratings" in self.tables:  # every file this coach migrated
                    # OR REPLACE: an attempt id SQLite reuses (after the last attempt was
                    # quarantined by --repair) replaces the old attempt's rating.
                    db.execute("INSERT OR REPLACE INTO ratings (attempt, rating, override, due) "
                               "VALUES (?,?,NULL,?)", (cursor.lastrowid, rating, due))
            if delivery is not None:
                if deliveries.TABLE not in self.tables:  # never: every file this coach opens to write
                    raise StoreError(f"{self.path}: has no table for delivery reports")
                deliveries.insert(db, int(cursor.lastrowid or 0), delivery)
            return int(cursor.lastrowid or 0)

    def override_rating(self, attempt_id: int, rating: str | None, card: tuple[str, str]) -> bool:
        """Keep the candidate's own rating of an attempt (None: back to the score's) and the
        card it schedules, in one transaction. The card is replaced only while this attempt is
        still the question's last review (another session may have answered it since); returns
        whether it was."""
        card_json, due = card
        with self.transaction() as db:
            if "ratings" in self.tables:
                db.execute("UPDATE ratings SET override = ?, due = ? WHERE attempt = ?",
                           (rating, due, attempt_id))
            updated = db.execute(
                "UPDATE cards SET card = ?, due = ? WHERE EXISTS (SELECT 1 FROM attempts a WHERE "
                "a.id = ? AND a.pack = cards.pack AND a.question = cards.question "
                "AND a.created = cards.updated)",
                (card_json, due, attempt_id)).rowcount
        return updated > 0

    def _rated(self, rows: list[Attempt]) -> list[Attempt]:
        """Attempts with their ratings and delivery reports (when the file has them)."""
        rows = deliveries.attach(self, rows)
        if not rows or "ratings" not in self.tables:
            return rows
        ids = [a.id for a in rows]
        with self._errors():
            found = {r[0]: (r[1], r[2]) for r in self.db.execute(
                "SELECT attempt, rating, override FROM ratings WHERE attempt BETWEEN ? AND ?",
                (min(ids), max(ids)))}
        return [replace(a, rating=_text(found[a.id][0]), override=_text(found[a.id][1]))
                if a.id in found else a for a in rows]

    def attempts(self, *, pack: str | None = None, question: str | None = None,
                 since: str | None = None, limit: int | None = None) -> list[Attempt]:
        """Stored attempts, oldest first, filtered by pack, question and creation time."""
        where: list[str] = []
        args: list[str | int] = []  # query parameters: the filters' text, then the limit
        for column, value, op in (("pack", pack, "="), ("question", question, "="),
                                  ("created", since, ">=")):
            if value is not None:
                where.append(f"{column} {op} ?")
                args.append(value)
        sql = f"SELECT {ATTEMPT_COLUMNS} FROM attempts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        if "attempts" not in self.tables:  # a file opened read-only before its first migration
            return []
        rows: list[Attempt] = []
        with self._errors():
            for row in self.db.execute(sql, args):
                try:
                    rows.append(_attempt(row))
                except Damaged as exc:
                    self._damaged(f"attempt #{row[0]}", exc)
        return self._rated(rows[::-1])

    def attempt_times(self) -> list[str]:
        """When every attempt (of any pack) was made, for the day streak: no answers read."""
        if "attempts" not in self.tables:
            return []
        with self._errors():
            rows = self.db.execute("SELECT created FROM attempts").fetchall()
        # A damaged time is left out here; history names it when it lists the attempt.
        return [created for (created,) in rows if is_time(created)]

    def attempt(self, attempt_id: int) -> Attempt | None:
        """One attempt by id, or None; a damaged one raises StoreError naming it."""
        if "attempts" not in self.tables:
            return None
        with self._errors():
            row = self.db.execute(f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = ?",
                                  (attempt_id,)).fetchone()
        try:
            return self._rated([_attempt(row)])[0] if row else None
        except Damaged as exc:
            raise StoreError(f"{self.path}: attempt #{attempt_id} is damaged ({exc}); {ROW_HINT}") from None

    def previous_score(self, pack: str, question: str, before: int | None = None) -> int | None:
        """The score of the latest attempt at a question (before attempt id `before`, if given)."""
        # typeof: an edited score that is not a number is no previous score (the row is named
        # when history lists it).
        sql = "SELECT score FROM attempts WHERE pack = ? AND question = ? AND typeof(score) = 'integer'"
        args: list[Any] = [pack, question]
        if before is not None:
            sql += " AND id < ?"
            args.append(before)
        with self._errors():
            row = self.db.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        return None if row is None else int(row[0])

    def latest_scores(self, pack: str | None = None) -> dict[tuple[str, str], int]:
        """(pack, question) -> the score of the latest attempt at it, for every question
        answered (of one pack, or of all). A score that is not a number is skipped."""
        if "attempts" not in self.tables:
            return {}
        where, args = ("WHERE pack = ?", (pack,)) if pack is not None else ("", ())
        sql = ("SELECT a.pack, a.question, a.score FROM attempts AS a JOIN (SELECT MAX(id) AS id "
               f"FROM attempts {where} {'AND' if where else 'WHERE'} typeof(score) = 'integer' "
               "GROUP BY pack, question) AS latest ON a.id = latest.id")
        with self._errors():
            return {(str(p), str(q)): int(score) for p, q, score in self.db.execute(sql, args)}

    # - cards -

    def cards(self, pack: str | None = None) -> list[CardRow]:
        """Scheduling cards, soonest due first."""
        sql = "SELECT pack, question, card, due FROM cards"
        args: tuple[Any, ...] = ()
        if pack is not None:
            sql, args = sql + " WHERE pack = ?", (pack,)
        if "cards" not in self.tables:
            return []
        with self._errors():
            rows = self.db.execute(sql + " ORDER BY due, pack, question", args).fetchall()
        return [card for card in map(self._card, rows) if card is not None]

    def card(self, pack: str, question: str) -> CardRow | None:
        """One question's card for the next review, or None if it was never answered (or its
        card is damaged). Only the FSRS card is checked: the next review rewrites `due`."""
        if "cards" not in self.tables:
            return None
        with self._errors():
            row = self.db.execute("SELECT pack, question, card, due FROM cards WHERE pack = ? AND "
                                  "question = ?", (pack, question)).fetchone()
        return self._card(row, due=False) if row else None

    def _card(self, row: tuple[Any, ...], *, due: bool = True) -> CardRow | None:
        """A cards row, or None (with a warning) when it cannot be used: the question counts as new."""
        try:
            card_fields(row[2], row[3] if due else None)
        except Damaged as exc:
            self._damaged(f"the card of {row[0]}/{row[1]}", exc)
            return None
        return CardRow(*row)

    # - settings -

    def get_setting(self, key: str) -> str | None:
        """A remembered setting (such as the last pack used), or None."""
        if "settings" not in self.tables:
            return None
        with self._errors():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Remember a setting."""
        with self.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                       "DO UPDATE SET value = excluded.value", (key, value))
