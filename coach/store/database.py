"""Opening the history file safely: SQLite's WAL journal, a busy timeout, an OS lock while
opening, refusing damaged or foreign files, and running the migrations. `Database` is the
open connection; `Store` (queries.py) adds what coach reads and writes through it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from coach import paths
from coach.errors import StoreError

from . import migrations
from .migrations import APPLICATION_ID

DB_NAME = "history.sqlite3"
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

class Database:
    """An open history database. Use `open()`; every method commits before it returns."""

    def __init__(self, db: sqlite3.Connection, path: Path, *, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.tables: set[str] = set()

    # - opening -

    @classmethod
    def open(cls, path: Path | None = None, *, readonly: bool = False) -> Self:
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
    def _open(cls, path: Path, *, readonly: bool) -> Self:
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
    def _open_readonly(cls, path: Path, *, immutable: bool) -> Self:
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

    def __enter__(self) -> Self:
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
            for name, func in migrations.MIGRATIONS:
                if name not in applied:
                    func(db)
                    db.execute("INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                               (name, now_iso()))
            self.tables = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _check_known(self, applied: Iterable[str]) -> None:
        """Refuse a file migrated by a newer coach: its rows may mean something this one cannot read."""
        unknown = sorted(set(applied) - {name for name, _ in migrations.MIGRATIONS})
        if unknown:
            raise StoreError(f"{self.path}: was written by a newer coach (migrations "
                             f"{', '.join(unknown)}); upgrade coach to read it")

    def applied_migrations(self) -> list[str]:
        """Names of the migrations applied to this file, in the order they were applied."""
        with self._errors():
            return [r[0] for r in self.db.execute("SELECT name FROM _migrations ORDER BY rowid")]

    def integrity(self) -> str:
        """SQLite's integrity check: 'ok' for a healthy file."""
        with self._errors():
            return "; ".join(str(r[0]) for r in self.db.execute("PRAGMA integrity_check"))
