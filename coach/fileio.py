"""Writing user files safely: all at once or not at all (model: jrnl's atomic writes)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import FileProblem


def atomic_write(path: Path, text: str, *, what: str = "file") -> None:
    """Write text to path through a temp file in the same folder, fsync and os.replace, so a
    crash or a full disk never leaves a half-written report or pack; the temp file is removed
    on failure. Raises FileProblem naming the path and `what` was being written."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileProblem(f"{path}: cannot write the {what} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FileProblem(f"{path}: cannot write the {what} ({exc.strerror or exc})") from None
        raise
