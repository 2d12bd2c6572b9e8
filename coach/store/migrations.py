"""The history's schema as ordered, named migrations, after simonw/llm's llm/migrations.py.

A `_migrations` table records the name of every migration applied to a file; new migrations
are appended to this list, never edited, so every history file can be brought up to date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x636F6163  # "coac": marks the file as a coach history database

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(func: Migration) -> Migration:
    """Register a migration; they run in the order they are defined, each exactly once."""
    MIGRATIONS.append((func.__name__, func))
    return func


@migration
def m001_attempts(db: sqlite3.Connection) -> None:
    """Attempts: one row per scored answer, with its full result as JSON."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("""
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session TEXT NOT NULL,
            pack TEXT NOT NULL,
            question TEXT NOT NULL,
            prompt TEXT NOT NULL,
            answer TEXT NOT NULL,
            score INTEGER NOT NULL,
            criteria TEXT NOT NULL,
            result TEXT NOT NULL,
            duration REAL,
            words INTEGER NOT NULL,
            time_limit INTEGER,
            created TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX attempts_question ON attempts (pack, question, id)")
    db.execute("CREATE INDEX attempts_created ON attempts (created)")


@migration
def m002_cards(db: sqlite3.Connection) -> None:
    """Cards: the FSRS scheduling state of each (pack, question)."""
    db.execute("""
        CREATE TABLE cards (
            pack TEXT NOT NULL,
            question TEXT NOT NULL,
            card TEXT NOT NULL,
            due TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (pack, question)
        )""")


@migration
def m003_settings(db: sqlite3.Connection) -> None:
    """Settings: small key/value pairs such as the last pack used."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m004_quarantine(db: sqlite3.Connection) -> None:
    """Quarantine: damaged rows `coach history --repair` moved out of attempts or cards, kept whole."""
    db.execute("""
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            key TEXT NOT NULL,
            row TEXT NOT NULL,
            reason TEXT NOT NULL,
            moved TEXT NOT NULL
        )""")


@migration
def m005_drafts(db: sqlite3.Connection) -> None:
    """Drafts: an answer typed but not sent (Ctrl-C, a failed editor), offered back next time."""
    db.execute("""
        CREATE TABLE drafts (
            pack TEXT NOT NULL,
            question TEXT NOT NULL,
            text TEXT NOT NULL,
            saved TEXT NOT NULL,
            PRIMARY KEY (pack, question)
        )""")


@migration
def m006_ratings(db: sqlite3.Connection) -> None:
    """Ratings: the FSRS rating each attempt's score earned, the one the candidate chose instead
    (NULL when they kept it) and when the question is due after it. A table of its own, so a
    history file written before it still reads (opened read-only it is never migrated)."""
    db.execute("""
        CREATE TABLE ratings (
            attempt INTEGER PRIMARY KEY,
            rating TEXT NOT NULL,
            override TEXT,
            due TEXT NOT NULL
        )""")


@migration
def m007_deliveries(db: sqlite3.Connection) -> None:
    """Deliveries: how a spoken answer (`practice --speak`) was delivered, one row per such
    attempt: speaking time, words per minute, time over the limit, the long pauses (JSON), the
    engine and what it heard, and the kept recording's path (NULL unless --keep-audio). A table
    of its own, as ratings are, so a history file written before it still reads."""
    db.execute("""
        CREATE TABLE deliveries (
            attempt INTEGER PRIMARY KEY,
            speaking_seconds REAL NOT NULL,
            words_per_minute REAL NOT NULL,
            over_limit_seconds REAL NOT NULL,
            recorded_seconds REAL NOT NULL,
            pauses TEXT NOT NULL,
            engine TEXT NOT NULL,
            heard TEXT NOT NULL,
            audio TEXT
        )""")
