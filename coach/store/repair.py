"""Whole-file care: is the history file damaged, fix or quarantine its damaged rows, or move
a damaged file aside (kept, never deleted) and start a fresh one."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from .database import StoreCorrupt, StoreUnavailable, db_path, now_iso
from .queries import Store


def check(path: Path | None = None) -> str | None:
    """Why the history file is damaged (a message), or None when it is healthy or absent.

    Only damage is an answer: a file locked by another coach, one written by a newer coach
    or one that cannot be read raises its StoreError, so `move_aside` never moves a healthy file.
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
    """Fix or quarantine the damaged rows of a healthy history file (see rows.py).

    One message per row touched; empty when every row is whole (or there is no file).
    """
    from .rows import fix_damaged_rows

    path = path or db_path()
    if not path.exists():
        return []
    with Store.open(path, readonly=True) as reader:  # a healthy file is not even opened for writing
        reader.attempts()
        reader.cards()
        if not reader.take_warnings():
            return []
    with Store.open(path) as store:
        return fix_damaged_rows(store, now_iso())


def move_aside(path: Path | None = None, *, stamp: str | None = None) -> Path | None:
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
