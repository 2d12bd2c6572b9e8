"""Finding packs: a pack id or a path -> the file, searching the bundled, user and
COACH_PACKS_PATH folders in order; and every pack file those folders hold."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from coach import paths
from coach.errors import PackNotFound

from .loader import load_pack_file
from .pack import Pack


def load_pack(ref: str | Path) -> Pack:
    """Load a pack by id (bundled, user folder, COACH_PACKS_PATH) or by path to a YAML file."""
    return load_pack_file(resolve_pack(ref))



def resolve_pack(ref: str | Path) -> Path:
    """Turn a pack id or a path into a pack file path, searching the pack folders in order."""
    text = str(ref)
    looks_like_path = isinstance(ref, Path) or text.endswith((".yaml", ".yml")) or "/" in text
    if looks_like_path:
        return Path(text).expanduser()
    for _origin, folder in paths.pack_search_dirs():
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{text}{suffix}"
            if paths.not_a_pack_file(candidate) is None:
                return candidate
    files, skipped = paths.scan_pack_folders()
    for _origin, path in files:
        if declared_id(path) == text:
            return path
    known = sorted({declared_id(p) or p.stem for _o, p in files})
    close = difflib.get_close_matches(text, known, n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"known packs: {', '.join(known) or 'none'}"
    unread = [str(s.path) for s in skipped if s.folder]
    if unread:
        hint += f"; could not read {', '.join(unread)}"
    raise PackNotFound(f"no pack {text!r} (looked in bundled, user and COACH_PACKS_PATH folders); {hint}")


def iter_pack_files() -> list[tuple[str, Path]]:
    """Every pack file in the search folders, with where it was found, in lookup order."""
    return paths.scan_pack_folders()[0]


_ID_LINE = re.compile(r"^pack:\s*['\"]?([a-z0-9-]+)", re.MULTILINE)


def declared_id(path: Path) -> str | None:
    """The `pack:` id a file declares, read cheaply without parsing the whole file."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    match = _ID_LINE.search(head)
    return match.group(1) if match else None


# -- validation ---------------------------------------------------------------------------------
