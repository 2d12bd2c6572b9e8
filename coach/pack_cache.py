"""Packs named by the rows of `coach grade`, loaded once per process and reloaded when their
file changes (a pack edited between two runs in one process is never scored stale).

A row's pack is an id or (when allowed, see grade._Policy) a file path; either way the
loaded pack, or the error of loading it, is cached under the file's identity.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .errors import CoachError, FileProblem, LocatedError
from .tabular import clip


def is_pack_path(ref: str) -> bool:
    """Would load_pack read this reference as a file path (rather than look up an id)?"""
    return ref.endswith((".yaml", ".yml")) or any(c in ref for c in "/\\") \
        or ref.startswith(("~", "."))


# Loaded packs, keyed on the file (device, inode) so that different spellings of one path
# share one copy; least recently used first, and bounded so memory stays flat however many
# files the rows name. Each entry is (pack or error, digest): see _unchanged.
_PACKS: OrderedDict[Any, tuple[Any, bytes | None]] = OrderedDict()
_IDS: dict[str, Any] = {}  # pack id -> its file (or the error of looking it up)
MAX_CACHED_PACKS = 16


def _resolve(ref: str) -> Any:
    """The file a pack reference names, or the CoachError saying why there is none."""
    from .packs import resolve_pack

    if not is_pack_path(ref):
        if ref not in _IDS:
            try:
                found: Any = resolve_pack(ref)
            except CoachError as exc:
                found = exc
            if len(_IDS) >= 256:
                _IDS.clear()
            _IDS[ref] = found
        return _IDS[ref]
    path = Path(ref).expanduser()
    if not path.exists():
        return FileProblem(f"{clip(ref, 200)}: no such pack file")
    if not path.is_file():  # /dev/zero, a FIFO, a folder: never opened
        return FileProblem(f"{clip(ref, 200)}: not a regular file")
    return path


def cached_pack(ref: str) -> Any:
    """The pack a row names, or the CoachError saying why there is none: loaded once per
    process (and compiled once) however many rows name it, and again once its file changes."""
    path = _resolve(ref)
    if isinstance(path, CoachError):
        return path
    try:
        info = path.stat()
        # Size and mtime too: a file rewritten (or an inode reused) is loaded afresh.
        key: Any = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    except OSError:
        key = os.path.realpath(path)
    if key in _PACKS and _unchanged(path, key):
        _PACKS.move_to_end(key)
        return _PACKS[key][0]
    # Hashed before loading: a change made while loading then shows as a change next time.
    digest = _digest(path) if _is_racy(key) else None
    from .packs import load_pack_file

    try:
        loaded: Any = load_pack_file(path)
    except LocatedError as exc:
        # A file a row names may be any file: never echo its content (a pack's messages quote
        # values); say where the first problem is and how to see them all.
        first = exc.problems[0]
        loaded = exc if not is_pack_path(ref) else CoachError(
            f"{clip(ref, 200)}:{first.line}:{first.column}: not a valid pack ({len(exc.problems)} "
            f"problem(s); `coach packs validate` shows them)")
    except CoachError as exc:
        loaded = exc
    _PACKS[key] = (loaded, digest)
    while len(_PACKS) > MAX_CACHED_PACKS:
        _PACKS.popitem(last=False)
    return loaded


# A file rewritten within one tick of its file system's clock keeps its size and mtime (FAT
# counts in 2 s, older Linux kernels in milliseconds), and so its cache key. As git does for
# its "racy" index entries, a pack read within RACY_NS of its mtime keeps the hash of its
# bytes, and is checked against them before each use until its mtime is safely old.
RACY_NS = 2_000_000_000


def _is_racy(key: Any) -> bool:
    """Is the file's mtime too recent to tell a rewrite in the same clock tick from it?"""
    return isinstance(key, tuple) and time.time_ns() - key[3] < RACY_NS


def _digest(path: Path) -> bytes | None:
    """The hash of a pack file's bytes; None when they cannot be read within the size limit."""
    from .fileio import DEFAULT_MAX_BYTES, read_bounded

    try:
        data = read_bounded(path, DEFAULT_MAX_BYTES)
    except OSError:
        return None
    return hashlib.blake2b(data, digest_size=16).digest() if isinstance(data, bytes) else None


def _unchanged(path: Path, key: Any) -> bool:
    """Does the pack cached under this key still hold what the file holds?"""
    loaded, digest = _PACKS[key]
    if digest is None:
        return True
    if _digest(path) != digest:
        return False
    if not _is_racy(key):  # the mtime is safely old now: trust the key from here on
        _PACKS[key] = (loaded, None)
    return True
