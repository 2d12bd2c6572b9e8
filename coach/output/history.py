"""Looking back: `coach history` (listing and one attempt again) and `coach stats`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from coach.history import stored_score
from coach.text import sanitize

from .feedback import score_report
from .terminal import band, change_text, clock_text, safe, sparkline

if TYPE_CHECKING:
    from coach.history import Day, Stats, TimelineRow
    from coach.store import Attempt


def _when(created: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M")


def history_table(attempts: list[Attempt]) -> Table:
    """`coach history`: one line per attempt."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), show_edge=False, pad_edge=False, collapse_padding=True)
    table.add_column("ID", justify="right", no_wrap=True, min_width=2)
    table.add_column("When", no_wrap=True, min_width=16)
    table.add_column("Pack", overflow="ellipsis", no_wrap=True, max_width=12)
    table.add_column("Question", overflow="ellipsis", no_wrap=True, min_width=12, ratio=1)
    table.add_column("Score", justify="right", no_wrap=True, min_width=5)
    table.add_column("Earned", justify="right", no_wrap=True, min_width=6)
    table.add_column("Took", justify="right", no_wrap=True, min_width=4)
    for attempt in attempts:
        earned = sum(1 for c in attempt.criteria if c.earned)
        table.add_row(str(attempt.id), _when(attempt.created), safe(attempt.pack), safe(attempt.question),
                      Text(str(attempt.score), style=band(attempt.score)),
                      Text(f"{earned}/{len(attempt.criteria)}", style="dim"), clock_text(attempt.duration))
    return table


def attempt_view(attempt: Attempt, title: str, rows: list[TimelineRow]) -> Group:
    """`coach history show ID`: the full report again, and the question's scores over time."""
    head = Text(f"Attempt #{attempt.id} · {_when(attempt.created)} · {sanitize(attempt.pack)}",
                style="bold")
    if attempt.rating is not None:  # attempts stored before ratings were kept have none
        head.append(f" · rated {sanitize(attempt.rating)}" if attempt.override is None else
                    f" · you rated it {sanitize(attempt.override)} (the score rated it "
                    f"{sanitize(attempt.rating)})", style="not bold")
    parts: list[Any] = [head, score_report(stored_score(attempt.result), prompt=attempt.prompt,
                                            title=title, answer=attempt.answer)]
    if len(rows) > 1:
        table = Table(box=box.SIMPLE_HEAD, title="This question over time", title_justify="left")
        for name in ("ID", "When", "Score", "", "Change", "Gained", "Lost"):
            table.add_column(name)
        for row in rows:
            mark = Text("◀", style="bold") if row.id == attempt.id else Text("")
            table.add_row(str(row.id), _when(row.created),
                          Text(str(row.score), style=band(row.score)), mark,
                          change_text(row.change) if row.change is not None else Text("first", style="dim"),
                          Text(sanitize(", ".join(row.gained)), style="green"),
                          Text(sanitize(", ".join(row.lost)), style="red"))
        parts.append(table)
    return Group(*parts)


def score_chart(daily: Sequence[Day], scores: list[int], width: int = 40) -> Group:
    """Score over time: a bar per practice day (average, best) and a sparkline of every attempt."""
    table = Table(box=None, show_header=True, padding=(0, 1), title="Score over time",
                  title_justify="left", title_style="bold")
    table.add_column("Day", style="dim")
    table.add_column("Average score", no_wrap=True)
    table.add_column("Best", justify="right", style="dim")
    table.add_column("Tries", justify="right", style="dim")
    for day in daily[-14:]:
        avg = day.average
        filled = round(width * avg / 100)
        bar = Text("█" * filled, style=band(round(avg)))
        bar.append("·" * (width - filled), style="dim")
        bar.append(f" {avg:g}", style=f"bold {band(round(avg))}")
        table.add_row(day.date, bar, str(day.best), str(day.attempts))
    line = Text("Every attempt: ", style="dim")
    line.append_text(sparkline(scores[-60:]))
    return Group(table, line)


def stats_view(stats: Stats) -> Group:
    """`coach stats`: totals, criteria earn rates, the chart, due questions, streak."""
    parts: list[Any] = []
    if not stats.attempts or stats.average is None or stats.best is None:
        return Group(Text("No attempts yet: run `coach practice` to start.", style="dim"))
    head = Text()
    attempts, questions = stats.attempts, stats.questions
    head.append(f"{attempts} attempt{'s' if attempts != 1 else ''}", style="bold")
    head.append(f" at {questions} question{'s' if questions != 1 else ''} · average ")
    head.append(str(stats.average), style=f"bold {band(round(stats.average))}")
    head.append(" · best ")
    head.append(str(stats.best), style=f"bold {band(stats.best)}")
    streak = stats.streak
    head.append(f" · streak {streak.current} day{'s' if streak.current != 1 else ''}"
                f" (longest {streak.longest})")
    parts.append(head)
    table = Table(box=box.SIMPLE_HEAD, title="Criteria", title_justify="left", title_style="bold")
    table.add_column("Criterion")
    table.add_column("All time", no_wrap=True)
    table.add_column("Last 30 days", justify="right")
    for crit in sorted(stats.criteria, key=lambda c: (c.rate, c.id)):
        pct = round(100 * crit.rate)
        bar = Text("█" * round(pct / 10), style=band(pct))
        bar.append("·" * (10 - round(pct / 10)), style="dim")
        bar.append(f" {pct:3d}% ({crit.earned}/{crit.seen})")
        recent = "–" if crit.recent_rate is None else f"{round(100 * crit.recent_rate)}%"
        table.add_row(safe(crit.label), bar, recent)
    parts.append(table)
    if stats.weakest:
        tips = Text()
        for weak in stats.weakest:
            tips.append(f"• {sanitize(weak.label)}: ", style="bold")
            tips.append_text(safe(weak.tip or "–"))
            tips.append("\n")
        tips.rstrip()
        parts.append(Panel(tips, title="Weakest criteria", title_align="left", box=box.ROUNDED,
                           border_style="yellow"))
    parts.append(score_chart(stats.daily, [s.score for s in stats.scores]))
    due = stats.due
    line = Text()
    if due:
        line.append(f"Due for review: {len(due)} ", style="bold")
        line.append(", ".join(sanitize(d.question) for d in due[:8]) + (", …" if len(due) > 8 else ""))
        line.append("  (coach practice --mode review)", style="dim")
    else:
        line.append("Nothing due for review.", style="dim")
    parts.append(line)
    return Group(*parts)
