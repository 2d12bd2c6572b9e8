"""The one family of errors coach raises: each carries a message a user can act on."""

from __future__ import annotations

from coach.records import record


class CoachError(Exception):
    """Base of every error coach reports to a user (exit code 1, no traceback)."""


@record(slots=True)
class Problem:
    """One located problem in a file: where it is, which field, and what is wrong."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class LocatedError(CoachError):
    """One or more problems found in a file, each printed as FILE:LINE:COLUMN: path: message."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class PackError(LocatedError):
    """A question pack that cannot be loaded: every problem of the file at once."""


class InputError(LocatedError):
    """An answers file (for `coach grade`) that cannot be read."""


class FileProblem(CoachError):
    """A file that cannot be used at all: missing, too large, binary or not UTF-8."""


class PackNotFound(CoachError):
    """A pack id that matches no bundled, user or COACH_PACKS_PATH pack."""


class QuestionNotFound(CoachError):
    """A question id that the pack does not define."""


class StoreError(CoachError):
    """The history database cannot be opened, read or written."""


class VoiceUnavailable(CoachError):
    """Spoken answers need what is not installed: the voice or whisper extra, or a model.
    The message names what to install."""
