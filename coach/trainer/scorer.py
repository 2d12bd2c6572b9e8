"""The trainer's one door into the engine: a rubric the engine can score with, and the
engine's own negation rule. Drafting asks here instead of copying the engine's rules.

`scoring_pack` builds a validated Pack from drafted plain data only so that the engine can
score with it; once the engine scores a plain rubric, it becomes that rubric (the only place
to change).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.packs import Pack


def scoring_pack(data: dict[str, Any]) -> Pack:
    """The drafted pack (plain data, the shape of a pack file) as the engine takes it."""
    from coach.packs import Pack, PackModel

    return Pack(PackModel.model_validate(data))


@cache
def _language_pack(language: str) -> Pack:
    """A one-criterion pack in this language: what the engine needs to analyse any text
    (negation depends on the language, not on a pack's phrases)."""
    return scoring_pack({"pack": "negation", "title": "negation", "language": language,
                         "criteria": {"any": {"label": "any", "keywords": ["any"]}},
                         "questions": [{"id": "any", "prompt": "any"}]})


def negation_cues(text: str, language: str) -> Callable[[int], int | None]:
    """For word i of `text` (as coach.text.tokenize splits it): where the negation cue that
    negates it stands, by the engine's rule (coach.engine.Analysis.negation_of: the same
    scope, pseudo-negations such as "not only" and emphasis such as "never forget"), or None."""
    analysis = _language_pack(language).compiled.analyse(text)
    return lambda i: analysis.negation_of(i, i)
