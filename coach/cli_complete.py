"""Shell completion of pack ids (`--pack`, `packs show ID`) and question ids (`-q`).

A completion runs on every Tab press, so it must be quick and must never fail: pack ids come
from the `pack:` line at the top of each pack file and question ids from the file's `id:`
lines, without parsing or validating the pack (loading one takes about half a second), and
anything that goes wrong completes nothing rather than printing a traceback into the shell.
Files are found in the pack folders' lookup order (coach.paths), as `--pack` finds them.
"""

from __future__ import annotations

import re
from pathlib import Path

import typer

# The pack id the question completion uses when the command line names none (score's default).
FALLBACK_PACK = "customer-service"
# A question's `id:` line: a list item's first key or a later key of the item. Criteria, red
# flags, parts and examples have no `id` field, so in a pack these lines are question ids.
_QUESTION_ID = re.compile(
    r"^[ \t]*(?:-[ \t]+)?id:[ \t]*[\"']?([a-z0-9]+(?:-[a-z0-9]+)*)[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)
# Completion reads at most this much of a pack file (packs are refused above 4 MiB anyway).
_READ_LIMIT = 4 * 1024 * 1024


_PACK_ID = re.compile(r"^pack:[ \t]*[\"']?([a-z0-9]+(?:-[a-z0-9]+)*)", re.MULTILINE)


def _head(path: Path, size: int) -> str:
    """The first `size` characters of a pack file; only regular files are opened (a FIFO
    named x.yaml must not block a Tab press)."""
    from .paths import not_a_pack_file

    if not_a_pack_file(path) is not None:
        return ""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return handle.read(size)


def _packs() -> list[tuple[str, Path]]:
    """(id, file) of every pack file in lookup order: the id its `pack:` line declares, else
    its file name. coach.packs is not imported: it loads pydantic, a fifth of a second."""
    from .paths import scan_pack_folders

    found = []
    for _origin, path in scan_pack_folders()[0]:
        declared = _PACK_ID.search(_head(path, 4096))
        found.append((declared.group(1) if declared else path.stem, path))
    return found


def pack_ids() -> list[str]:
    """Every pack id in the pack folders, in lookup order, without duplicates."""
    return list(dict.fromkeys(pack_id for pack_id, _path in _packs()))


def question_ids(pack: str) -> list[str]:
    """The question ids a pack declares (by id, or a path to its file), in file order: read
    from its `id:` lines, not validated."""
    if pack.endswith((".yaml", ".yml")) or "/" in pack:
        files = [Path(pack).expanduser()]
    else:  # as --pack finds it: a file named after the id, else one declaring the id
        found = _packs()
        files = [path for _id, path in found if path.stem == pack] or \
            [path for pack_id, path in found if pack_id == pack]
    if not files:
        return []
    return list(dict.fromkeys(_QUESTION_ID.findall(_head(files[0], _READ_LIMIT))))


def _matching(values: list[str], incomplete: str) -> list[str]:
    return [v for v in values if v.startswith(incomplete or "")]


def complete_pack(incomplete: str) -> list[str]:
    """`--pack` and `packs show ID`: the pack ids that start with what was typed."""
    try:
        return _matching(pack_ids(), incomplete)
    except Exception:  # a completion must never break the shell: offer nothing instead
        return []


def _pack_of(ctx: typer.Context | None) -> str:
    """The pack a question id belongs to: --pack on the command line, else the last pack
    practised (remembered in the history), else the bundled default."""
    given = ctx.params.get("pack") if ctx is not None and ctx.params else None
    if isinstance(given, str) and given:
        return given
    try:
        from .store import Store, db_path

        path = db_path()
        if path.exists():
            with Store.open(path, readonly=True) as store:
                remembered = store.get_setting("last_pack")
                if remembered:
                    return remembered
    except Exception:  # an unreadable history: fall back on the default pack
        pass
    return FALLBACK_PACK


def complete_question(ctx: typer.Context, incomplete: str) -> list[str]:
    """`--question/-q`: the question ids of the pack named on the command line (or the last
    one practised, or the default) that start with what was typed."""
    try:
        return _matching(question_ids(_pack_of(ctx)), incomplete)
    except Exception:  # a missing or unreadable pack completes nothing
        return []
