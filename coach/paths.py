"""Where coach keeps its data and finds packs: the data folder (COACH_HOME) and pack folders."""

from __future__ import annotations

import os
from pathlib import Path

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
