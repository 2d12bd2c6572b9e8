"""The terminal: Rich consoles, safe text, score colours and bars, sparklines, progress.

User text (answers, pack phrases, tips) is sanitised and wrapped in `Text` here, never
parsed as markup, so "[bold]" or an ANSI escape in an answer prints literally and harmlessly.
Only coach/output/ imports Rich (a ruff banned-api rule keeps it so).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from rich.console import Console
from rich.text import Text

from coach.text import clock, sanitize

__all__ = ["Console", "Text", "band", "change_text", "clock_text", "console", "progress_rows", "safe",
           "score_bar", "sparkline"]

T = TypeVar("T")

PALETTE = ("green", "cyan", "magenta", "yellow", "blue", "bright_green", "bright_cyan",
           "bright_magenta", "orange3", "spring_green3", "deep_sky_blue1", "plum2", "gold1",
           "aquamarine1")


class _Console(Console):
    """A console that crops lines at its width only on a terminal: written to a file or a
    pipe, a table keeps its natural width (coach.output.layout) and nothing is cut, even
    when the terminal the command started from is narrow."""

    def print(self, *objects: Any, **options: Any) -> None:  # type: ignore[override]
        if not self.is_terminal:
            options.setdefault("crop", False)
        super().print(*objects, **options)


def console(*, stderr: bool = False, record: bool = False, width: int | None = None) -> Console:
    """A console that honours NO_COLOR and plain output when not writing to a terminal."""
    return _Console(stderr=stderr, highlight=False, record=record, width=width,
                    no_color="NO_COLOR" in os.environ or None, emoji=False, markup=False)


def safe(text: Any) -> Text:
    """User-supplied text as a Rich Text: never markup, never control characters."""
    return Text(sanitize("" if text is None else str(text)))


def band(score: int) -> str:
    """A colour for a score: red below 50, yellow below 70, green from 70."""
    return "red" if score < 50 else "yellow" if score < 70 else "green"


def score_bar(score: int, width: int = 30) -> Text:
    """The total as a bar: ██████░░░░ 62/100."""
    filled = round(width * score / 100)
    bar = Text()
    bar.append("█" * filled, style=band(score))
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {score}/100", style=f"bold {band(score)}")
    return bar


def progress_rows(rows: Iterable[T], *, label: str, delay: float = 1.0,
                  out: Console | None = None, size: Callable[[T], int] | None = None) -> Iterator[T]:
    """The rows, unchanged, with a live count on stderr once the run has taken `delay`
    seconds (short runs show nothing); the count is removed when the rows end. `size`: how
    many rows an item stands for (one when left out)."""
    from time import monotonic

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = monotonic()
    progress: Progress | None = None
    task = None
    count = 0
    try:
        for row in rows:
            count += 1 if size is None else size(row)
            yield row
            if progress is None and monotonic() - start >= delay:
                progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                    TextColumn("{task.completed} rows"), TimeElapsedColumn(),
                                    console=out or console(stderr=True), transient=True,
                                    redirect_stdout=False, redirect_stderr=False)
                progress.start()
                task = progress.add_task(label, total=None)
            if progress is not None and task is not None:
                progress.update(task, completed=count)
    finally:
        if progress is not None:
            progress.stop()


SPARKS = "▁▂▃▄▅▆▇█"


def clock_text(seconds: float | int | None) -> str:
    return "–" if seconds is None else clock(seconds)


def change_text(change: int | None) -> Text:
    if change is None:
        return Text("new", style="dim")
    if change == 0:
        return Text("±0", style="dim")
    return Text(f"{change:+d}", style="green" if change > 0 else "red")


def sparkline(scores: list[int]) -> Text:
    """Scores 0-100 as block characters, one per attempt, coloured by band."""
    out = Text()
    for score in scores:
        out.append(SPARKS[min(len(SPARKS) - 1, score * len(SPARKS) // 101)], style=band(score))
    return out
