"""What every command module shares: the exit statuses and the options of one run.

Errors are not handled here: they propagate to `coach.cli.main`, the one exit point.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitStatus(IntEnum):
    """The process exit status of a run (as httpie's ExitStatus names them)."""

    OK = 0
    ERROR = 1  # a user error (CoachError), a failed check, or an unexpected error
    USAGE = 2  # a bad option or argument
    INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it


@dataclass
class Options:
    """The root command's options that the exit point needs; one object per run (it rides
    on the Click context as `ctx.obj`), so nothing is shared between runs or tests."""

    debug: bool = False
