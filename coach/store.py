"""The practice history: one SQLite file in the data folder, with ordered named migrations.

Durability rules (issue 6):

* WAL journal, synchronous=FULL and a busy timeout, so two sessions can write at once and a
  process killed at any moment loses nothing it had committed.
* One transaction per attempt: the attempt row and its scheduling card are written together
  and committed the moment the answer is scored (all or nothing).
* A damaged or foreign file raises StoreCorrupt naming the file and `coach history --repair`;
  the file is never deleted or overwritten. `repair()` moves it aside under a timestamped name.
* A folder that cannot be written raises StoreUnavailable, which practice turns into one
  warning and carries on without saving.

Progress is keyed on (pack id, question id), so rewording a question keeps its history.
Migrations follow simonw/llm's llm/migrations.py: a `_migrations` table records the name of
every migration applied; new migrations are appended to the list, never edited.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import paths
from .errors import StoreError

DB_NAME = "history.sqlite3"
APPLICATION_ID = 0x636F6163  # "coac": marks the file as a coach history database
BUSY_TIMEOUT_MS = 10_000
REPAIR_HINT = "run `coach history --repair` to move it aside and start a fresh one (the old file is kept)"


class StoreCorrupt(StoreError):
    """The history file is damaged, or is not a coach history database."""


class StoreUnavailable(StoreError):
    """The history cannot be written: read-only or full data folder, or a path that is not a folder."""


def db_path() -> Path:
    """Where the history database lives: <data folder>/history.sqlite3."""
    return paths.data_dir() / DB_NAME


def now_iso() -> str:
    """The current time as an ISO 8601 UTC string (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


# -- migrations ---------------------------------------------------------------------------------

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


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attempt:
    """One stored attempt: what was asked, what was answered, and how it scored."""

    id: int
    session: str
    pack: str
    question: str
    prompt: str
    answer: str
    score: int
    criteria: list[dict[str, Any]]
    result: dict[str, Any]
    duration: float | None
    words: int
    time_limit: int | None
    created: str

    def summary(self) -> dict[str, Any]:
        """The listing shape (`coach history --json`): no answer text or full result."""
        return {
            "id": self.id, "created": self.created, "session": self.session, "pack": self.pack,
            "question": self.question, "prompt": self.prompt, "score": self.score,
            "words": self.words, "duration": self.duration, "time_limit": self.time_limit,
            "earned": [c["id"] for c in self.criteria if c["earned"]],
            "missed": [c["id"] for c in self.criteria if not c["earned"]],
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything stored about the attempt, JSON-ready."""
        data = self.summary()
        data.update(answer=self.answer, criteria=self.criteria, result=self.result)
        return data


@dataclass(frozen=True, slots=True)
class CardRow:
    """A question's scheduling card (FSRS JSON) and when it is next due."""

    pack: str
    question: str
    card: str
    due: str


_ATTEMPT_COLUMNS = ("id, session, pack, question, prompt, answer, score, criteria, result, duration, "
                    "words, time_limit, created")


def _attempt(row: tuple[Any, ...]) -> Attempt:
    """A stored row as an Attempt; raises rows.Damaged when a column cannot be used."""
    from .rows import attempt_fields

    return Attempt(*attempt_fields(row))


ROW_HINT = "run `coach history --repair` to fix or quarantine it"


def criteria_summary(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-criterion picture kept with every attempt (for stats without the full result)."""
    return [{"id": c["id"], "label": c["label"], "earned": bool(c["earned"]),
             "negated": bool(c["negated"]), "match": c["match"], "tip": c.get("tip", "")}
            for c in result["criteria"]]


# -- the store ----------------------------------------------------------------------------------


def _classify(exc: BaseException, path: Path) -> StoreError:
    """Turn an sqlite3/OS error into a StoreError a user can act on."""
    message = str(exc) or type(exc).__name__
    lowered = message.lower()
    if isinstance(exc, sqlite3.DatabaseError) and (
            "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered):
        return StoreCorrupt(f"{path}: the history database is damaged or is not a coach history "
                            f"file ({message}); {REPAIR_HINT}")
    if "locked" in lowered or "busy" in lowered:
        return StoreError(f"{path}: the history database stayed locked by another coach for "
                          f"{BUSY_TIMEOUT_MS // 1000} seconds ({message}); try again")
    return StoreUnavailable(f"{path}: cannot save practice history ({message})")


SQLITE_HEADER = b"SQLite format 3\x00"


@contextmanager
def _opening_lock(path: Path) -> Iterator[None]:
    """Serialise opening (WAL switch and migrations) between processes.

    Two connections switching a new file to WAL at once can each hold a shared lock while
    waiting for the other's exclusive one, and both sit out the whole busy timeout; an OS
    file lock beside the database makes the second process wait for the first instead.
    """
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locking and busy timeout only
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    try:
        handle = lock_path.open("a")
    except OSError:  # a read-only folder: opening for writing fails next, with a clear message
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_header(path: Path) -> None:
    """Refuse a non-empty file that does not start like SQLite, before SQLite touches it (or its -wal)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreUnavailable(f"{path}: cannot read the history database ({exc.strerror or exc})") from None
    if head and head != SQLITE_HEADER:
        raise StoreCorrupt(f"{path}: this file is not an SQLite database, so not a coach history "
                           f"file; {REPAIR_HINT}")


class Store:
    """An open history database. Use `Store.open()`; every method commits before it returns."""

    def __init__(self, db: sqlite3.Connection, path: Path, *, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.tables: set[str] = set()
        self._pending: list[str] = []  # warnings about damaged rows, not yet shown
        self._named: set[str] = set()  # rows already warned about (each is named once)

    # - opening -

    @classmethod
    def open(cls, path: Path | None = None, *, readonly: bool = False) -> Store:
        """Open (creating if needed) and migrate the history database; readonly only inspects."""
        path = path or db_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"{path.parent}: cannot create the data folder "
                                   f"({exc.strerror or exc}); practice history cannot be saved") from None
        if path.exists() and not path.is_file():
            raise StoreUnavailable(f"{path}: is not a file; practice history cannot be saved")
        with _opening_lock(path) if not readonly else contextlib.nullcontext():
            return cls._open(path, readonly=readonly)

    @classmethod
    def _open(cls, path: Path, *, readonly: bool) -> Store:
        _check_header(path)
        if readonly:
            try:
                return cls._open_readonly(path, immutable=False)
            except StoreUnavailable:
                # A WAL file in a folder that cannot be written: SQLite cannot create the shared
                # memory file a reader needs. Nobody can be writing there, so read it as immutable.
                return cls._open_readonly(path, immutable=True)
        try:
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                 check_same_thread=False)
        except sqlite3.Error as exc:
            raise _classify(exc, path) from None
        store = cls(db, path)
        try:
            with store._errors():
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                store._check_identity()
                mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise sqlite3.OperationalError(f"cannot switch to WAL journal (got {mode})")
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                store._migrate()
        except BaseException:
            db.close()
            raise
        return store

    @classmethod
    def _open_readonly(cls, path: Path, *, immutable: bool) -> Store:
        """Open for reading only (mode=ro): nothing is created, migrated or written."""
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                 check_same_thread=False)
        except sqlite3.Error as exc:
            raise _classify(exc, path) from None
        store = cls(db, path, readonly=True)
        try:
            with store._errors():
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                store._check_identity()
                if "_migrations" in store.tables:
                    store._check_known(r[0] for r in db.execute("SELECT name FROM _migrations"))
        except BaseException:
            db.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise _classify(exc, self.path) from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error: all of it is stored, or none."""
        with self._errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _check_identity(self) -> None:
        """Refuse files that are SQLite but not ours (never write to someone else's database)."""
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        tables = self.tables = {r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id == APPLICATION_ID or (app_id == 0 and not tables):
            return
        if app_id == 0 and "_migrations" in tables and "attempts" in tables:
            return
        raise StoreCorrupt(f"{self.path}: this file is not a coach history database "
                           f"(application id {app_id}, tables: {', '.join(sorted(tables)) or 'none'}); "
                           f"{REPAIR_HINT}")

    def _migrate(self) -> None:
        with self.transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS _migrations "
                       "(name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
            applied = {r[0] for r in db.execute("SELECT name FROM _migrations")}
            self._check_known(applied)
            for name, func in MIGRATIONS:
                if name not in applied:
                    func(db)
                    db.execute("INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                               (name, now_iso()))
            self.tables = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _check_known(self, applied: Iterable[str]) -> None:
        """Refuse a file migrated by a newer coach: its rows may mean something this one cannot read."""
        unknown = sorted(set(applied) - {name for name, _ in MIGRATIONS})
        if unknown:
            raise StoreError(f"{self.path}: was written by a newer coach (migrations "
                             f"{', '.join(unknown)}); upgrade coach to read it")

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

    def applied_migrations(self) -> list[str]:
        """Names of the migrations applied to this file, in the order they were applied."""
        with self._errors():
            return [r[0] for r in self.db.execute("SELECT name FROM _migrations ORDER BY rowid")]

    # - attempts -

    def record_attempt(self, *, session: str, pack: str, question: str, prompt: str, answer: str,
                       result: dict[str, Any], duration: float | None, time_limit: int | None,
                       card: tuple[str, str] | None = None, created: str | None = None) -> int:
        """Store one scored attempt, and its new scheduling card, in one transaction."""
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
            return int(cursor.lastrowid or 0)

    def attempts(self, *, pack: str | None = None, question: str | None = None,
                 since: str | None = None, limit: int | None = None) -> list[Attempt]:
        """Stored attempts, oldest first, filtered by pack, question and creation time."""
        where, args = [], []
        for column, value, op in (("pack", pack, "="), ("question", question, "="),
                                  ("created", since, ">=")):
            if value is not None:
                where.append(f"{column} {op} ?")
                args.append(value)
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        if "attempts" not in self.tables:  # a file opened read-only before its first migration
            return []
        from .rows import Damaged

        rows: list[Attempt] = []
        with self._errors():
            for row in self.db.execute(sql, args):
                try:
                    rows.append(_attempt(row))
                except Damaged as exc:
                    self._damaged(f"attempt #{row[0]}", exc)
        return rows[::-1]

    def attempt(self, attempt_id: int) -> Attempt | None:
        """One attempt by id, or None; a damaged one raises StoreError naming it."""
        if "attempts" not in self.tables:
            return None
        from .rows import Damaged

        with self._errors():
            row = self.db.execute(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?",
                                  (attempt_id,)).fetchone()
        try:
            return _attempt(row) if row else None
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

    def attempted_questions(self, pack: str) -> set[str]:
        """Question ids of a pack that have at least one attempt."""
        with self._errors():
            return {r[0] for r in self.db.execute(
                "SELECT DISTINCT question FROM attempts WHERE pack = ?", (pack,))}

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
        from .rows import Damaged, card_fields

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

    def integrity(self) -> str:
        """SQLite's integrity check: 'ok' for a healthy file."""
        with self._errors():
            return "; ".join(str(r[0]) for r in self.db.execute("PRAGMA integrity_check"))


def check(path: Path | None = None) -> str | None:
    """Why the history file is damaged (a message), or None when it is healthy or absent.

    Only damage is an answer: a file locked by another coach, one written by a newer coach
    or one that cannot be read raises its StoreError, so `repair` never moves a healthy file.
    """
    path = path or db_path()
    if not path.exists():
        return None
    try:
        with Store.open(path, readonly=True) as store:
            verdict = store.integrity()
    except StoreCorrupt as exc:
        return str(exc)
    return None if verdict == "ok" else f"{path}: integrity check failed: {verdict}"


def repair_rows(path: Path | None = None) -> list[str]:
    """Fix or quarantine the damaged rows of a healthy history file (see coach/rows.py).

    One message per row touched; empty when every row is whole (or there is no file).
    """
    from .rows import repair_rows as fix

    path = path or db_path()
    if not path.exists():
        return []
    with Store.open(path, readonly=True) as reader:  # a healthy file is not even opened for writing
        reader.attempts()
        reader.cards()
        if not reader.take_warnings():
            return []
    with Store.open(path) as store:
        return fix(store, now_iso())


def repair(path: Path | None = None, *, stamp: str | None = None) -> Path | None:
    """Move a damaged history file (and its -wal/-shm) aside and create a fresh one.

    Returns where the old file now is, or None when there was nothing to repair. The old file
    is renamed, never deleted: a person (or sqlite3's .recover) can still get data out of it.
    """
    path = path or db_path()
    if check(path) is None:
        return None
    stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreUnavailable(f"{path}: cannot move the damaged file aside ({exc.strerror or exc})") \
            from None
    Store.open(path).close()
    return target
