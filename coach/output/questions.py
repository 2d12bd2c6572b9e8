"""`coach questions`: the questions found, with tags, difficulty, last score and next review."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from coach.text import sanitize

from .terminal import band, safe

if TYPE_CHECKING:
    from coach.browse import QuestionRow


def due_text(row: QuestionRow) -> Text:
    """When a question comes back: "now" when due, its local date (and time, when that is
    today), or "new" for a question never answered."""
    if row.due is None:
        return Text("new", style="cyan")
    if row.due_now:
        return Text("now", style="bold yellow")
    from coach.schedule import parse_due

    try:
        when = parse_due(row.due).astimezone()
    except ValueError:
        return Text("?", style="dim")
    today = datetime.now().astimezone().date()
    return Text(when.strftime("today %H:%M") if when.date() == today else when.strftime("%Y-%m-%d"),
                style="dim")


def questions_table(rows: Sequence[QuestionRow], titles: dict[str, str] | None = None) -> Group:
    """One table per pack (titled with its id and title), one line per question: the id never
    folds (it is what `-q` takes), the prompt wraps, with the question's difficulty and tags
    under it."""
    tables: list[Table] = []
    for pack in dict.fromkeys(row.pack for row in rows):
        title = Text(pack, style="bold")
        if titles and titles.get(pack):
            title.append(f"  {sanitize(titles[pack])}", style="dim")
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title=title,
                      title_justify="left")
        table.add_column("ID", no_wrap=True)
        table.add_column("Question", min_width=16)
        table.add_column("Last", justify="right", no_wrap=True)
        table.add_column("Due", no_wrap=True)
        for row in rows:
            if row.pack != pack:
                continue
            last = Text("–", style="dim") if row.last_score is None else \
                Text(str(row.last_score), style=band(row.last_score))
            prompt = safe(row.prompt)
            prompt.append("\n" + " ".join([row.difficulty, *(f"#{sanitize(t)}" for t in row.tags)]),
                          style="dim")
            table.add_row(safe(row.id), prompt, last, due_text(row))
        tables.append(table)
    return Group(*tables)
