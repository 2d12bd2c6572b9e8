"""coach: an interview-practice coach for the terminal.

Library use::

    from coach import load_pack, score_answer
    pack = load_pack("customer-service")
    result = score_answer(pack, "good-service-meaning", "I always put myself in their shoes…")
    print(result.score, [c.id for c in result.earned])

The heavy parts (YAML, pydantic, scoring) are imported on first use, so that
`coach --version` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["CoachError", "Pack", "Score", "detect", "explain", "load_pack", "load_pack_text",
           "score_answer"]

if TYPE_CHECKING:
    from .errors import CoachError
    from .packs import Pack, load_pack, load_pack_text
    from .scoring import Score, detect, explain, score_answer

_LAZY = {
    "load_pack": "packs", "load_pack_text": "packs", "Pack": "packs",
    "score_answer": "scoring", "detect": "scoring", "explain": "scoring", "Score": "scoring",
    "CoachError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'coach' has no attribute {name!r}")
