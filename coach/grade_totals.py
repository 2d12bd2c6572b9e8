"""Running totals of a `coach grade` run (its summary and the --min-score gate), in constant
memory, and the rows a --jobs worker sends back encoded: kept apart from coach.grade, which
reads and grades the rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .records import record

if TYPE_CHECKING:
    from .grade import GradedRow


@record(slots=True)
class EncodedRows:
    """Graded rows as a --jobs worker sends them back when it encodes the output itself: each
    row's score (for the totals; None for an error row) and the rows' text, ready to write.
    One string for a chunk of rows costs the parent far less than unpickling a Score for each
    and encoding it there, or a string for each."""

    scores: list[int | None]
    text: str


@dataclass
class GradeTotals:
    """Running totals over graded rows, kept in constant memory."""

    count: int = 0
    graded: int = 0
    errors: int = 0
    total: float = 0.0
    lowest: int | None = None
    highest: int | None = None
    below: int = 0

    def add(self, row: GradedRow | EncodedRows, min_score: int | None) -> None:
        """Count a graded row (or error row), or a worker's encoded rows, into the totals."""
        for score in row.scores if isinstance(row, EncodedRows) else (row.score,):
            self.add_score(score, min_score)

    def add_score(self, score: int | None, min_score: int | None) -> None:
        """Count one row's score (None: an error row) into the totals."""
        self.count += 1
        if score is None:
            self.errors += 1
            return
        self.graded += 1
        self.total += score
        self.lowest = score if self.lowest is None else min(self.lowest, score)
        self.highest = score if self.highest is None else max(self.highest, score)
        if min_score is not None and score < min_score:
            self.below += 1

    def failed(self, min_score: int | None) -> bool:
        """`--min-score` as a gate: it fails on an answer below the threshold, and on a row
        that could not be graded (a gate must not pass on rows it could not read)."""
        return min_score is not None and bool(self.below or self.errors)

    def to_dict(self, min_score: int | None) -> dict[str, Any]:
        """The summary as printed under `--format json`."""
        mean = round(self.total / self.graded, 1) if self.graded else None
        return {"answers": self.count, "graded": self.graded, "errors": self.errors,
                "mean_score": mean, "min_score": self.lowest, "max_score": self.highest,
                "threshold": min_score, "below_threshold": self.below if min_score is not None
                else None}
