"""Where coach keeps its data and finds packs: the data folder (COACH_HOME), the pack folders
and the pack files in them (told apart by stat, never opened)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coach.records import record

APP_NAME = "coach"


def data_dir() -> Path:
    """The user's data folder: COACH_HOME if set, else the platform's user data folder."""
    override = os.environ.get("COACH_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_packs_dir() -> Path:
    """Packs a user added with `coach packs add` (or copied by hand)."""
    return data_dir() / "packs"


def bundled_packs_dir() -> Path:
    """The packs shipped with coach: inside the wheel, or `questions/` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "questions", here.parent / "questions"):
        if candidate.is_dir():
            return candidate
    return here / "questions"


def extra_pack_dirs() -> list[Path]:
    """Folders listed in COACH_PACKS_PATH (os.pathsep-separated), in order."""
    raw = os.environ.get("COACH_PACKS_PATH", "")
    return [Path(part).expanduser() for part in raw.split(os.pathsep) if part.strip()]


def pack_search_dirs() -> list[tuple[str, Path]]:
    """Pack folders in lookup order, each with the name of where it comes from."""
    dirs = [("bundled", bundled_packs_dir()), ("user", user_packs_dir())]
    dirs += [("COACH_PACKS_PATH", d) for d in extra_pack_dirs()]
    return dirs


@record(slots=True)
class SkippedEntry:
    """A pack folder that cannot be read, or a `*.yaml` entry in one that is not a pack file
    (a folder, a FIFO, a symlink loop): listed by `coach packs list`, never opened."""

    origin: str
    path: Path
    reason: str
    folder: bool = False  # the whole folder could not be read


def scan_pack_folders() -> tuple[list[tuple[str, Path]], list[SkippedEntry]]:
    """Pack files in the search folders (in lookup order), and what was left out and why.

    Nothing here opens a file: entries are told apart by `stat`, so a FIFO named `x.yaml`
    cannot block, and a folder that cannot be read is reported, not a crash.
    """
    found: list[tuple[str, Path]] = []
    skipped: list[SkippedEntry] = []
    for origin, folder in pack_search_dirs():
        try:
            if not folder.is_dir():
                continue
            entries = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
        except OSError as exc:
            skipped.append(SkippedEntry(origin, folder, f"cannot read the folder: {_reason(exc)}", True))
            continue
        for path in entries:
            problem = not_a_pack_file(path)
            if problem is None:
                found.append((origin, path))
            else:
                skipped.append(SkippedEntry(origin, path, problem))
    return found, skipped


def not_a_pack_file(path: Path) -> str | None:
    """None for a regular file (or a link to one); else why it is not a pack file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a broken link" if path.is_symlink() else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop, not a pack file"
        return f"cannot read: {_reason(exc)}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder, not a pack file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a pack file"
    return "not a regular file"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
