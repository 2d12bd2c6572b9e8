"""The part of an answer a report shows: the part that was scored. Its own small module, so
that `coach score` does not import the export reports (HTML, Markdown) to draw one answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.scoring import Score


def scored_part(answer: str, result: Score | None) -> tuple[str, int]:
    """The part of an answer that was scored, which is all a report shows, and how many
    characters after it were not scored (so a 20 MB answer renders as fast as 60,000
    characters do). Results stored before `scored_chars` existed are cut as the engine cuts."""
    if result is not None and result.truncated and result.scored_chars > 0:
        shown = answer[: result.scored_chars]
    elif len(answer) > 60_000:
        from coach.scoring import capped

        shown = capped(answer)
    else:
        shown = answer
    return shown, len(answer) - len(shown)
