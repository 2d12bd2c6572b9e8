"""Fitting a drafted question's `require` (how many criteria make full marks) to graders'
scores of sample answers, by least squares over the engine's scores."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from coach.records import record

from .parts import part_data, part_requires, with_require
from .reading import GradedAnswer
from .scorer import scoring_rubric

if TYPE_CHECKING:
    from coach.scoring import Rubric

MIN_GRADED = 3  # fewer graded answers say too little about where full marks begin


@record(slots=True)
class Fit:
    """How one question's `require` was fitted to its graded answers."""

    question: str
    answers: int
    drafted_require: int
    require: int
    error_before: float  # root-mean-square gap to the graders' scores (0-1)
    error_after: float


def fit_require(data: dict[str, Any], graded: dict[str, list[GradedAnswer]]) -> list[Fit]:
    """Set each drafted question's `require` (how many criteria make full marks) to the value
    whose scores come closest to the graders' on its graded answers (least squares; ties go
    to the drafted value). Questions with fewer than MIN_GRADED graded answers are left alone.

    The criteria and weights stay as drafted: the graders' scores only say where full marks
    begin, which the model answer alone cannot tell (a model answer listing eight possible
    challenges for a question asking for two).
    """
    from coach.scoring import combine, coverage, part_result, score_answer

    fits: list[Fit] = []
    pack: Rubric | None = None
    for index, question in enumerate(data["questions"]):
        answers = graded.get(question["id"], [])
        if len(answers) < MIN_GRADED:
            continue
        if pack is None:
            pack = scoring_rubric(data)
        ids = question["criteria"]
        groups = [(part["label"], part["criteria"]) for part in question.get("parts", [])] or \
            [("", ids)]
        drafted = _drafted_require(question)
        scored = [score_answer(pack, question["id"], a.answer) for a in answers]
        earned = [{c.id for c in s.criteria if c.earned} for s in scored]

        errors = {}
        for require in range(1, len(ids) + 1):
            needs = part_requires(require, len(ids), [len(g) for _, g in groups])
            gaps = []
            for s, got, a in zip(scored, earned, answers, strict=True):
                parts = [part_result(label, g, pack, got, need)
                         for (label, g), need in zip(groups, needs, strict=True)]
                mine = 0 if s.empty else combine(coverage(parts), s.penalty, s.length_factor)
                gaps.append(mine / 100 - a.score)
            errors[require] = math.sqrt(sum(g * g for g in gaps) / len(gaps))
        best = min(errors, key=lambda r: (round(errors[r], 9), abs(r - drafted)))
        fits.append(Fit(question["id"], len(answers), drafted, best, errors[drafted], errors[best]))
        data["questions"][index] = _set_require(question, best)
    return fits


def _drafted_require(question: dict[str, Any]) -> int:
    """The question's `require`, for a question in parts the sum of theirs."""
    if "parts" in question:
        return sum(part.get("require") or len(part["criteria"]) for part in question["parts"])
    return question.get("require") or len(question["criteria"])


def _set_require(question: dict[str, Any], require: int) -> dict[str, Any]:
    """The question with this `require`, shared out over its parts if it has any."""
    if "parts" not in question:
        return with_require(question, require)
    sizes = [len(part["criteria"]) for part in question["parts"]]
    needs = part_requires(require, len(question["criteria"]), sizes)
    parts = [part_data(part["label"], part["criteria"], need)
             for part, need in zip(question["parts"], needs, strict=True)]
    return {**question, "parts": parts}
