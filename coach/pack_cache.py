"""Packs named by the rows of `coach grade`, loaded once per process and reloaded when their
file changes (a pack edited between two runs in one process is never scored stale).

A row's pack is an id or (when allowed, see grade._Policy) a file path; either way the
loaded pack, or the error of loading it, is cached under the file's identity. Both `coach
grade` and `coach score` read a pack through the compiled-pack cache (below) when it is fresh.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.records import record

from .errors import CoachError, FileProblem, LocatedError

try:  # BLAKE2 itself: hashlib would load OpenSSL first, a few ms of every `coach score`
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from collections.abc import Callable

    from .packs import Pack
    from .scoring.rubric import Rubric


def _clip(text: str, limit: int) -> str:
    """coach.tabular.clip, imported only when an error needs it (`coach score` never does)."""
    from .tabular import clip as cut

    return cut(text, limit)


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
    if not is_pack_path(ref):
        if ref not in _IDS:
            # (<id>.yaml in a pack folder without importing coach.packs; else the full lookup)
            found: Any = _pack_file(ref)
            if found is None:
                from .packs import resolve_pack

                try:
                    found = resolve_pack(ref)
                except CoachError as exc:
                    found = exc
            if len(_IDS) >= 256:
                _IDS.clear()
            _IDS[ref] = found
        return _IDS[ref]
    path = Path(ref).expanduser()
    if not path.exists():
        return FileProblem(f"{_clip(ref, 200)}: no such pack file")
    if not path.is_file():  # /dev/zero, a FIFO, a folder: never opened
        return FileProblem(f"{_clip(ref, 200)}: not a regular file")
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
    try:
        loaded: Any = _compiled_file(path)
    except LocatedError as exc:
        # A file a row names may be any file: never echo its content (a pack's messages quote
        # values); say where the first problem is and how to see them all.
        first = exc.problems[0]
        loaded = exc if not is_pack_path(ref) else CoachError(
            f"{_clip(ref, 200)}:{first.line}:{first.column}: not a valid pack ({len(exc.problems)} "
            f"problem(s); `coach packs validate` shows them)")
    except CoachError as exc:
        loaded = exc
    else:
        ready_for_many(loaded)
    _PACKS[key] = (loaded, digest)
    while len(_PACKS) > MAX_CACHED_PACKS:
        _PACKS.popitem(last=False)
    return loaded


class RunPacks:
    """The packs of one grading run, each reference checked against its file once: every row
    of a run is scored with one version of its pack, and a row costs no `stat` (about 2% of a
    `coach grade`). A new run (or a --jobs worker) makes a new one, so an edit between two
    gradings is read (cached_pack)."""

    def __init__(self) -> None:
        self._found: dict[str, Any] = {}

    def __call__(self, ref: str) -> Any:
        """What cached_pack(ref) gave the first time this run asked."""
        try:
            return self._found[ref]
        except KeyError:
            pass
        if len(self._found) >= MAX_CACHED_PACKS:  # rows naming many files: memory stays flat
            self._found.clear()
        found = self._found[ref] = cached_pack(ref)
        return found


def ready_for_many(pack: Any) -> None:
    """Before scoring many answers with a pack: compile its matcher and the writers of results
    (coach.scoring.results.compile_writers) now, then move everything alive into the garbage
    collector's permanent generation (gc.freeze). The loaded pack, the
    matcher and the imported modules are never garbage, and without this each full collection
    walked them all: single pauses of 20-30 ms in a batch of sub-millisecond answers."""
    import gc

    from .scoring.results import compile_writers

    pack.rubric.matcher  # noqa: B018 - built and cached on first use
    compile_writers()
    gc.freeze()


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
    return blake2b(data, digest_size=16).digest() if isinstance(data, bytes) else None


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


# -- the compiled-pack cache: `coach score` without parsing and validating the pack ---------------
#
# Loading a pack costs YAML parsing, pydantic validation and their imports (most of `coach
# score`'s start-up). A validated pack's rubric is plain data, so it is kept in the data folder
# as JSON (a data format: reading it can run no code, unlike pickle) under the pack file's path,
# and used only when all of this holds: the cache format and coach's version are this ones, the
# pack file's bytes hash to what was validated, and the cache file's own checksum is right. Any
# other file there (corrupt, cut short, foreign, from another version) is ignored and rewritten.

CACHE_FORMAT = 1


@record(eq=False)
class CompiledPack:
    """What `coach score` needs of a pack: its id, title and rubric (a Pack has the same three)."""

    id: str
    title: str
    rubric: Rubric


def compiled_pack(ref: str) -> CompiledPack | Pack:
    """The pack `ref` names for scoring: from the compiled cache when it is fresh, else loaded
    and validated (raising exactly what coach.packs.load_pack raises) and cached for next time."""
    def load() -> Pack:
        from .packs import load_pack  # (only on a cache miss: it imports pydantic and YAML)

        return load_pack(ref)

    return _through_cache(_pack_file(ref), load)


def _compiled_file(path: Path) -> CompiledPack | Pack:
    """The pack file at `path` for scoring, as compiled_pack gives it: from the compiled cache
    when fresh, else loaded and validated (raising what load_pack_file raises) and cached."""
    def load() -> Pack:
        from .packs import load_pack_file  # (only on a cache miss)

        return load_pack_file(path)

    return _through_cache(path, load)


def _through_cache(path: Path | None, load: Callable[[], Pack]) -> CompiledPack | Pack:
    """The pack file at `path` from the compiled cache when fresh, else `load()`ed, and cached
    when it is that file, unchanged while it was loaded (the cache holds what was validated)."""
    data = _pack_bytes(path) if path is not None else None
    digest = _file_digest(data) if data is not None else ""
    if path is not None and data is not None:
        cached = _read_cache(path, digest)
        if cached is not None:
            return cached
    pack = load()
    if path is not None and data is not None and pack.source == path:
        again = _pack_bytes(path)
        if again is not None and _file_digest(again) == digest:
            _write_cache(path, digest, pack.title, pack.model.model_dump(mode="json"))
    return pack


def _file_digest(data: bytes) -> str:
    """A pack file's (or cached body's) content digest."""
    return blake2b(data, digest_size=20).hexdigest()


def _pack_file(ref: str) -> Path | None:
    """The file coach.packs.resolve_pack finds for `ref` in the common cases, without importing
    coach.packs (YAML, pydantic): a path, or `<id>.yaml`/`.yml` in a pack folder; None otherwise
    (a pack found only by its declared id, or none: the full lookup then decides and explains).
    tests/test_pack_cache.py checks that it agrees with resolve_pack."""
    from . import paths

    if ref.endswith((".yaml", ".yml")) or "/" in ref:
        path = Path(ref).expanduser()
        return path if paths.not_a_pack_file(path) is None else None
    for _origin, folder in paths.pack_search_dirs():
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{ref}{suffix}"
            if paths.not_a_pack_file(candidate) is None:
                return candidate
    return None


def _pack_bytes(path: Path) -> bytes | None:
    """A regular pack file's bytes within the pack size limit; None otherwise (the loader then
    reports the problem)."""
    from .fileio import max_bytes, read_bounded

    try:
        data = read_bounded(path, max_bytes())
    except OSError:
        return None
    return data if isinstance(data, bytes) else None


def cache_file(path: Path) -> Path:
    """Where the compiled form of the pack file at `path` is kept (one file per pack path)."""
    from . import paths

    name = blake2b(str(path.absolute()).encode("utf-8", "surrogateescape"), digest_size=16)
    return paths.data_dir() / "cache" / f"pack-{name.hexdigest()}.json"


def _header(path: Path, digest: str) -> dict[str, Any]:
    from . import __version__

    return {"format": CACHE_FORMAT, "coach": __version__, "code": _loader_digest(),
            "source": str(path.absolute()), "pack_digest": digest}


def _loader_digest() -> str:
    """A hash of the code that validates packs (coach/packs/*.py): a cache written by other
    pack-loading code is not used even when the version number was not changed (a checkout)."""
    digest = blake2b(digest_size=16)
    for source in sorted((Path(__file__).parent / "packs").glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def _read_cache(path: Path, digest: str) -> CompiledPack | None:
    """The cached compiled pack, or None when there is none fit to use (never an error)."""
    import json

    from .scoring.rubric import Rubric

    try:
        with cache_file(path).open("rb") as handle:
            raw = handle.read(_MAX_CACHE_BYTES + 1)
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if len(raw) > _MAX_CACHE_BYTES or not isinstance(header, dict) \
                or header.pop("body_digest", None) != _file_digest(body) \
                or header != _header(path, digest):
            return None
        payload = json.loads(body)
        return CompiledPack(payload["rubric"]["pack"], str(payload["title"]),
                            Rubric.from_data(payload["rubric"]))
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None  # absent, unreadable, cut short, foreign: loaded from the pack instead


_MAX_CACHE_BYTES = 64 * 1024 * 1024


def _write_cache(path: Path, digest: str, title: str, rubric: dict[str, Any]) -> None:
    """Keep the compiled pack for next time; a data folder that cannot be written is no error."""
    import json

    body = json.dumps({"title": title, "rubric": rubric}, ensure_ascii=False).encode("utf-8")
    header = {**_header(path, digest), "body_digest": _file_digest(body)}
    target = cache_file(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(json.dumps(header).encode("utf-8") + b"\n" + body)
        os.replace(temp, target)  # whole or not at all: a reader never sees half a file
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
