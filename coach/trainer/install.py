"""Installed packs: listing every pack file in the pack folders (`coach packs list`) and
adding one to the user's folder (`coach packs add`).

Pure: functions return data (or raise CoachError); coach/cli_packs.py prints it.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach import paths
from coach.errors import CoachError, FileProblem, LocatedError
from coach.records import record

if TYPE_CHECKING:
    from coach.packs import Pack


@record(slots=True)
class PackEntry:
    """One pack file found in the pack folders: loaded, or broken with its first error."""

    id: str
    title: str | None
    language: str | None
    questions: int | None
    origin: str  # bundled | user | COACH_PACKS_PATH
    path: str
    # ok | broken | shadowed (an earlier folder has a pack with the same id) | unreadable (a
    # folder that cannot be read) | skipped (a *.yaml entry that is not a file: a folder, FIFO,
    # symlink loop); `error` says why for all but ok and shadowed
    status: str
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The entry as `coach packs list --json` prints it."""
        return asdict(self)


def list_packs() -> list[PackEntry]:
    """Every pack file in lookup order; a broken file is listed with its first error, then
    what was left out: folders that cannot be read and `*.yaml` entries that are not files."""
    from coach.packs import declared_id, load_pack_file

    entries: list[PackEntry] = []
    seen: set[str] = set()
    files, skipped = paths.scan_pack_folders()
    for origin, path in files:
        try:
            pack = load_pack_file(path)
        except LocatedError as exc:
            first = exc.problems[0] if exc.problems else None
            entries.append(PackEntry(declared_id(path) or path.stem, None, None, None, origin,
                                     str(path), "broken", str(first) if first else str(exc)))
            continue
        except CoachError as exc:
            entries.append(PackEntry(declared_id(path) or path.stem, None, None, None, origin,
                                     str(path), "broken", str(exc)))
            continue
        status = "shadowed" if pack.id in seen else "ok"
        seen.add(pack.id)
        entries.append(PackEntry(pack.id, pack.title, pack.language, len(pack.questions), origin,
                                 str(path), status))
    for left in skipped:
        entries.append(PackEntry(left.path.name if left.folder else left.path.stem, None, None, None,
                                 left.origin, str(left.path),
                                 "unreadable" if left.folder else "skipped", left.reason))
    return entries


def add_pack(source: Path, *, force: bool = False) -> tuple[Pack, Path, Path | None]:
    """Validate a pack file and copy it into the user packs folder.

    Returns the pack, where it now lives, and the file it replaced (if any). Refuses an id
    that another user pack already has unless `force`, and always refuses a bundled pack's
    id (the bundled pack would hide the copy).
    """
    from coach.packs import declared_id, iter_pack_files, load_pack_text
    from coach.yamlio import read_text

    # One read (bounded, whatever the file is): the bytes validated are the bytes installed,
    # even when the source changes between reads (a FIFO, a file being rewritten).
    text = read_text(source)
    pack = load_pack_text(text, str(source))
    folder = paths.user_packs_dir()
    target = folder / f"{pack.id}.yaml"
    replaced: Path | None = None
    for origin, path in iter_pack_files():
        if declared_id(path) != pack.id and path.stem != pack.id:
            continue
        if origin == "bundled":
            raise CoachError(f"{source}: pack id {pack.id!r} is the id of a bundled pack, which "
                             "would hide yours; change `pack:` to a new id")
        if origin == "user" and path.resolve() != source.resolve():
            if not force:
                raise CoachError(f"{source}: a pack with id {pack.id!r} is already installed at "
                                 f"{path}; use --force to replace it")
            replaced = path
    from coach.fileio import atomic_write

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"cannot write to {folder}: {exc.strerror}") from None
    atomic_write(target, text, what="pack")
    if replaced is not None and replaced.resolve() != target.resolve():
        try:
            replaced.unlink()
        except OSError as exc:
            raise FileProblem(f"{replaced}: cannot remove the replaced pack: {exc.strerror}") from None
    from coach.packs import Pack as _Pack

    return _Pack(pack.model, target), target, replaced
