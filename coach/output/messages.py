"""Messages for the person at the terminal: one line each on stderr, results never.

Every command writes its notes, warnings and error lines through here, so they all look
alike ("coach: ...") and stdout carries only results.
"""

from __future__ import annotations

import sys

from coach.i18n import _


def message(text: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    sys.stderr.write(f"coach: {text}\n")


def warn(text: str) -> None:
    """A warning: something was skipped or worked around, and the run goes on."""
    message(_("warning: {text}").format(text=text))

