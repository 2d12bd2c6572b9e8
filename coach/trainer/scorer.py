"""The trainer's one door into scoring: a rubric scoring can read, built from drafted plain
data, and scoring's own negation rule (coach.scoring.negation). Drafting asks here instead
of copying scoring's rules.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from coach.scoring import Rubric


def scoring_rubric(data: dict[str, Any]) -> Rubric:
    """The drafted pack (plain data, the shape of a pack file) as scoring reads it."""
    return Rubric.from_data(data)


@cache
def _language_rubric(language: str) -> Rubric:
    """A one-criterion rubric in this language: what scoring needs to analyse any text
    (negation depends on the language, not on a rubric's phrases)."""
    return scoring_rubric({"pack": "negation", "title": "negation", "language": language,
                           "criteria": {"any": {"label": "any", "keywords": ["any"]}},
                           "questions": [{"id": "any", "prompt": "any"}]})


def negation_cues(text: str, language: str) -> Callable[[int], int | None]:
    """For word i of `text` (as coach.tokens.tokenize splits it): where the negation cue that
    negates it stands, by scoring's rule (coach.scoring.negation.negation_of: the same scope,
    pseudo-negations such as "not only" and emphasis such as "never forget"), or None."""
    from coach.scoring.negation import negation_of

    analysis = _language_rubric(language).matcher.analyse(text)
    return lambda i: negation_of(analysis, i, i)
