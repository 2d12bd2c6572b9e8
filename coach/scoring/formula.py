"""The score formula: coverage of the question's parts, minus red-flag penalties, scaled for
length. One formula for scoring (coach.scoring.score) and for fitting `require` to graded
answers (coach.trainer.fitting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .results import PartResult

if TYPE_CHECKING:
    from .rubric import Rubric


def part_result(label: str, criteria: list[str], rubric: Rubric, earned: set[str],
                require: int | None) -> PartResult:
    """One part's coverage: the weight earned over the weight of its `require` lightest
    criteria (all of them when unset), capped at 1."""
    weights = sorted(rubric.criteria[cid].weight for cid in criteria)
    needed = sum(weights[:require]) if require else sum(weights)
    got = sum(rubric.criteria[cid].weight for cid in criteria if cid in earned)
    return PartResult(label, list(criteria), got, needed, min(1.0, got / needed) if needed else 0.0)


def coverage(parts: list[PartResult]) -> float:
    """How much of the rubric an answer covered (0-1): the mean of its parts' coverage, so a
    thorough answer to one part does not make up for a missing one."""
    return sum(p.coverage for p in parts) / len(parts) if parts else 0.0


def combine(covered: float, penalty: float, factor: float) -> int:
    """The 0-100 score from its parts: coverage, minus red-flag penalties, scaled for length."""
    return max(0, min(100, round(max(0.0, 100.0 * covered - penalty) * factor)))


def length_factor(words: int, min_words: int | None) -> float:
    """The pack's optional length scaling: answers shorter than `min_words` are scored in
    proportion to their length, as a grader marks a thin answer down (1.0 when unset)."""
    if not min_words or words >= min_words:
        return 1.0
    return words / min_words
