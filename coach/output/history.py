"""Looking back: `coach history` (listing and one attempt again) and `coach stats`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.panel import Panel
from rich.text import Text

from coach.history import stored_score
from coach.i18n import _, ngettext, number, percent
from coach.text import sanitize

from .coretext import word
from .feedback import score_report
from .layout import Column, FitTable
from .terminal import band, change_text, clock_text, safe, sparkline

if TYPE_CHECKING:
    from coach.history import Day, PaceWeek, Stats, TimelineRow
    from coach.store import Attempt


def _when(created: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M")


def history_table(attempts: list[Attempt]) -> FitTable:
    """`coach history`: one line per attempt. On a narrow screen Took, Earned, Pack and When
    give way in that order; the ID (what `history show ID` takes), question and score stay whole."""
    table = FitTable(Column(_("ID"), "key", "right"), Column(_("When"), "key", drop=4),
                     Column(_("Pack"), "key", drop=3), Column(_("Question"), "key"),
                     Column(_("Score"), "key", "right"), Column(_("Earned"), "key", "right", drop=2),
                     Column(_("Took"), "key", "right", drop=1),
                     box=box.SIMPLE_HEAD, padding=(0, 1), show_edge=False, pad_edge=False,
                     collapse_padding=True)
    for attempt in attempts:
        earned = sum(1 for c in attempt.criteria if c.earned)
        table.add_row(str(attempt.id), _when(attempt.created), safe(attempt.pack), safe(attempt.question),
                      Text(str(attempt.score), style=band(attempt.score)),
                      Text(f"{earned}/{len(attempt.criteria)}", style="dim"), clock_text(attempt.duration))
    return table


def attempt_view(attempt: Attempt, title: str, rows: list[TimelineRow]) -> Group:
    """`coach history show ID`: the full report again, and the question's scores over time."""
    head = Text(_("Attempt #{id}").format(id=attempt.id) + f" · {_when(attempt.created)} · "
                f"{sanitize(attempt.pack)}", style="bold")
    if attempt.rating is not None:  # attempts stored before ratings were kept have none
        rating = word(sanitize(attempt.rating))
        head.append(" · " + (_("rated {rating}").format(rating=rating) if attempt.override is None else
                             _("you rated it {rating}").format(rating=word(sanitize(attempt.override))) + " "
                             + _("(the score rated it {rating})").format(rating=rating)), style="not bold")
    parts: list[Any] = [head, score_report(stored_score(attempt.result), prompt=attempt.prompt,
                                            title=title, answer=attempt.answer)]
    if attempt.delivery is not None:  # a spoken answer (practice --speak)
        from .recording import delivery_text

        parts.append(delivery_text(attempt.delivery))
    if len(rows) > 1:
        table = FitTable(Column(_("ID"), "key", "right"), Column(_("When"), "key", drop=1),
                         Column(_("Score"), "key", "right"), Column("", "key"), Column(_("Change"), "key"),
                         Column(_("Gained"), narrowest=10), Column(_("Lost"), narrowest=10),
                         box=box.SIMPLE_HEAD, title=_("This question over time"), title_justify="left")
        for row in rows:
            mark = Text("◀", style="bold") if row.id == attempt.id else Text("")
            table.add_row(str(row.id), _when(row.created),
                          Text(str(row.score), style=band(row.score)), mark,
                          change_text(row.change) if row.change is not None else
                          Text(_("first"), style="dim"),
                          Text(sanitize(", ".join(row.label(c) for c in row.gained)), style="green"),
                          Text(sanitize(", ".join(row.label(c) for c in row.lost)), style="red"))
        parts.append(table)
    return Group(*parts)


def pace_table(weeks: Sequence[PaceWeek]) -> FitTable:
    """Pace over time: per week of spoken answers, the median words per minute."""
    table = FitTable(Column(_("Week"), "key", style="dim"), Column(_("Spoken"), "key", "right"),
                     Column(_("Words per minute"), "key", "right"),
                     Column(_("Long pauses"), "key", "right", drop=2),
                     Column(_("Over time"), "key", "right", drop=1),
                     box=None, padding=(0, 1), title=_("Pace over time (spoken answers, median)"),
                     title_justify="left", title_style="bold")
    for week in weeks[-12:]:
        table.add_row(week.week, str(week.attempts), Text(number(week.words_per_minute, 0), style="bold"),
                      str(week.long_pauses), str(week.over_limit))
    return table


class ScoreChart:
    """Score over time: a bar per practice day (average, best) and a sparkline of every attempt.
    The bars are as long as the screen allows (at most `width`), so the chart fits at 60 columns."""

    def __init__(self, daily: Sequence[Day], scores: list[int], width: int = 40) -> None:
        self.daily, self.scores, self.width = daily[-14:], scores, width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # Day (10), the average after the bar (up to 7), Best (4), Tries (5), padding (8).
        width = self.width if not options.is_terminal else max(10, min(self.width, options.max_width - 34))
        table = FitTable(Column(_("Day"), "key", style="dim"), Column(_("Average score"), "key"),
                         Column(_("Best"), "key", "right", style="dim"),
                         Column(_("Tries"), "key", "right", style="dim", drop=1),
                         box=None, show_header=True, padding=(0, 1), title=_("Score over time"),
                         title_justify="left", title_style="bold")
        for day in self.daily:
            avg = day.average
            filled = round(width * avg / 100)
            bar = Text("█" * filled, style=band(round(avg)))
            bar.append("·" * (width - filled), style="dim")
            shown = number(avg, 0 if float(avg).is_integer() else 1)  # as :g wrote it: 80, 72.5
            bar.append(" " + shown, style=f"bold {band(round(avg))}")
            table.add_row(day.date, bar, str(day.best), str(day.attempts))
        line = Text(_("Every attempt:") + " ", style="dim")
        line.append_text(sparkline(self.scores[-60:]))
        yield table
        yield line


def stats_view(stats: Stats) -> Group:
    """`coach stats`: totals, criteria earn rates, the chart, due questions, streak."""
    parts: list[Any] = []
    if not stats.attempts or stats.average is None or stats.best is None:
        return Group(Text(_("No attempts yet: run `coach practice` to start."), style="dim"))
    head = Text()
    attempts, questions = stats.attempts, stats.questions
    head.append(ngettext("{count} attempt", "{count} attempts", attempts).format(count=attempts),
                style="bold")
    head.append(" " + ngettext("at {count} question", "at {count} questions", questions).format(
        count=questions) + " · " + _("average") + " ")
    head.append(number(stats.average, 1), style=f"bold {band(round(stats.average))}")
    head.append(" · " + _("best") + " ")
    head.append(str(stats.best), style=f"bold {band(stats.best)}")
    streak = stats.streak
    head.append(" · " + ngettext("streak {count} day (longest {longest})",
                                 "streak {count} days (longest {longest})", streak.current).format(
        count=streak.current, longest=streak.longest))
    parts.append(head)
    table = FitTable(Column(_("Criterion"), narrowest=14), Column(_("All time"), "key"),
                     Column(_("Last 30 days"), "key", "right"),
                     box=box.SIMPLE_HEAD, title=_("Criteria"), title_justify="left", title_style="bold")
    for crit in sorted(stats.criteria, key=lambda c: (c.rate, c.id)):
        pct = round(100 * crit.rate)
        bar = Text("█" * round(pct / 10), style=band(pct))
        bar.append("·" * (10 - round(pct / 10)), style="dim")
        bar.append(f" {percent(pct).rjust(len(percent(100)))} ({crit.earned}/{crit.seen})")
        recent = "–" if crit.recent_rate is None else percent(round(100 * crit.recent_rate))
        table.add_row(safe(crit.label), bar, recent)
    parts.append(table)
    if stats.weakest:
        tips = Text()
        for weak in stats.weakest:
            tips.append(f"• {sanitize(weak.label)}: ", style="bold")
            tips.append_text(safe(weak.tip or "–"))
            tips.append("\n")
        tips.rstrip()
        parts.append(Panel(tips, title=_("Weakest criteria"), title_align="left", box=box.ROUNDED,
                           border_style="yellow"))
    parts.append(ScoreChart(stats.daily, [s.score for s in stats.scores]))
    if stats.pace:
        parts.append(pace_table(stats.pace))
    due = stats.due
    line = Text()
    if due:
        line.append(_("Due for review: {count}").format(count=len(due)) + " ", style="bold")
        line.append(", ".join(sanitize(d.question) for d in due[:8]) + (", …" if len(due) > 8 else ""))
        line.append("  (coach practice --mode review)", style="dim")
    else:
        line.append(_("Nothing due for review."), style="dim")
    parts.append(line)
    return Group(*parts)
