"""Plain lines about the history: what `history --repair` did, what `export` wrote, and the
note when there is nothing to list. No Rich here."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from coach.i18n import _, ngettext
from coach.text import sanitize

from .messages import message


def no_attempts(filtered: bool) -> None:
    """`coach history` with nothing to list (stderr: an empty listing is not an error)."""
    message(_("no attempts match; run `coach practice` to start") if filtered else
            _("no attempts yet; run `coach practice` to start"))


def moved_aside(moved: Path, fresh: Path) -> None:
    """`history --repair` of a damaged file: where it went and where the new one is."""
    sys.stdout.write(_("Moved the damaged history to {path} (kept, not deleted).").format(path=moved) + "\n"
                     + _("Started a fresh history at {path}.").format(path=fresh) + "\n")


def rows_repaired(path: Path, touched: Sequence[str]) -> None:
    """`history --repair` of a healthy file: each row fixed or quarantined, or that none was."""
    if not touched:
        sys.stdout.write(f"{path}: " + _("the history database is healthy (or absent); nothing to repair")
                         + "\n")
        return
    for line in touched:
        sys.stdout.write(sanitize(f"{path}: {line}") + "\n")
    sys.stdout.write(ngettext("Repaired {count} damaged row; quarantined rows are kept in the file's "
                              "quarantine table.", "Repaired {count} damaged rows; quarantined rows are kept "
                              "in the file's quarantine table.", len(touched)).format(count=len(touched))
                     + "\n")


def report_text(text: str) -> None:
    """An export report written to stdout (`export -o -`)."""
    sys.stdout.write(text)


def report_written(target: Path, attempts: int) -> None:
    """After `export`: the file written and how many attempts it holds."""
    sys.stdout.write(ngettext("Wrote {path} ({count} attempt)", "Wrote {path} ({count} attempts)",
                              attempts).format(path=target, count=attempts) + "\n")
