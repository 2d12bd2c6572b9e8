"""YAML emission: a drafted pack as commented YAML text that `coach packs validate` accepts
(the dumping itself is coach.yamlio's)."""

from __future__ import annotations

from typing import Any

from coach.yamlio import dump_yaml

from .fitting import Fit


def pack_yaml(data: dict[str, Any], source: str, fits: list[Fit]) -> str:
    """The drafted pack's YAML, under comments that say where it came from and what to check."""
    head = (f"# Drafted by `coach packs draft` from {source}.\n"
            "# A starting point: check each criterion's keywords (add the synonyms candidates use,\n"
            "# drop terms that do not show understanding), weights and `require`, add examples\n"
            "# of weak answers, then run `coach packs validate` and `coach packs test`.\n")
    if fits:
        answers = sum(f.answers for f in fits)
        head += (f"# `require` of {len(fits)} question{'s' if len(fits) != 1 else ''} was fitted "
                 f"to {answers} graded answer{'s' if answers != 1 else ''}: the number of\n"
                 "# criteria for full marks whose scores come closest to the graders'.\n")
    return head + dump_yaml(data)
