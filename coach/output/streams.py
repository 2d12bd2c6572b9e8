"""Output streams that cannot hold every character (an ASCII locale) write any text anyway.

Kept apart from fileio, which the start-up path must not import (`coach --version`).
"""

from __future__ import annotations

import codecs
import contextlib
from typing import Any, TextIO

# Characters coach itself prints (marks, bars, quotes, dashes) and a one-character stand-in
# for each, so a table keeps its widths on an ASCII terminal. Anything else becomes "?".
_ASCII = str.maketrans({"✓": "+", "✗": "x", "⊘": "!", "█": "#", "░": ".", "·": "-", "“": '"', "”": '"',
                        "‘": "'", "’": "'", "…": ".", "–": "-", "—": "-", "−": "-", "×": "x", "◀": "<",
                        "•": "*", "→": ">", "▁": "_", "▂": "_", "▃": "-", "▄": "-", "▅": "=", "▆": "=",
                        "▇": "#", "\ufffd": "?"})


def _stand_in(error: UnicodeError, other: Any) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(ch.translate(_ASCII) if ch.translate(_ASCII) != ch else other(ch) for ch in bad), error.end


# Results (tables keep their widths): "?". Messages (a file name stays recognisable): \xe9.
codecs.register_error("coach-fallback", lambda error: _stand_in(error, lambda ch: "?"))
codecs.register_error("coach-fallback-escape",
                      lambda error: _stand_in(error, lambda ch: ch.encode("ascii", "backslashreplace")
                                              .decode("ascii")))


def unicode_ok(stream: Any) -> bool:
    """True when the stream's encoding can write any text (UTF-8, -16, -32)."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def fit_stream(stream: TextIO | None, *, messages: bool = False) -> None:
    """Let a stream whose encoding cannot hold every character (LC_ALL=C: ASCII) write any
    text anyway: coach's own symbols get ASCII stand-ins, other characters "?" (or, on the
    `messages` stream, a backslash escape), instead of a UnicodeEncodeError halfway through
    a report. JSON output escapes instead (lossless)."""
    if stream is None or unicode_ok(stream) or not hasattr(stream, "reconfigure"):
        return
    with contextlib.suppress(ValueError, OSError):
        stream.reconfigure(errors="coach-fallback-escape" if messages else "coach-fallback")
