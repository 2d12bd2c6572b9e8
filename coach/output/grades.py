"""`coach grade --format table`: the streamed Rich table of graded rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from coach.i18n import N_, _, ngettext
from coach.text import sanitize

from .coretext import core_text
from .terminal import band, safe

if TYPE_CHECKING:
    from coach.grade import GradedRow


class GradeTable:
    """`coach grade --format table`, streamed: rows are printed in batches as they come, under
    one header and with fixed column widths (from the console width), so every batch lines up
    and memory does not grow with the number of rows."""

    BATCH = 100
    # Shares of the width left after the Score column and the table's padding.
    _SHARES = ((N_("ID"), 3), (N_("Candidate"), 3), (N_("Question"), 3), (N_("Score"), 0), (N_("Earned"), 4),
               (N_("Missed"), 4))

    def __init__(self, out: Console) -> None:
        self.out = out
        self.pending: list[GradedRow] = []
        self.started = False
        # SIMPLE_HEAD: one space at each edge, one between columns, a space of padding each side.
        room = max(6 * 4, out.width - 5 - 3 * len(self._SHARES) - 1)
        total = sum(share for _, share in self._SHARES)
        self.widths = [5 if not share else max(len(_(name)), room * share // total)
                       for name, share in self._SHARES]

    def add(self, row: GradedRow) -> None:
        """Queue one result row; a full batch is printed at once."""
        self.pending.append(row)
        if len(self.pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Print the queued rows (the header with the first batch)."""
        if not self.pending and self.started:
            return
        table = Table(box=box.SIMPLE_HEAD, show_header=not self.started)
        for (name, _share), width in zip(self._SHARES, self.widths, strict=True):
            table.add_column(_(name), justify="right" if name == "Score" else "left", width=width,
                             overflow="fold")
        for row in self.pending:
            table.add_row(*grade_cells(row))
        self.out.print(table)
        self.pending.clear()
        self.started = True

    def finish(self, summary: dict[str, Any]) -> None:
        """Print the last rows and the summary line."""
        self.flush()
        mean = summary["mean_score"]
        errors = summary["errors"]
        line = Text(_("{graded} graded").format(graded=summary["graded"]) + ", "
                    + ngettext("{count} error", "{count} errors", errors).format(count=errors)
                    + (", " + _("mean score {mean}").format(mean=mean) if mean is not None else ""),
                    style="bold")
        if summary.get("threshold") is not None:
            line.append(", " + _("{count} below {threshold}").format(count=summary["below_threshold"],
                                                                   threshold=summary["threshold"]),
                        style="red" if summary["below_threshold"] else "green")
        self.out.print(line)


def grade_cells(row: GradedRow) -> tuple[Text, ...]:
    """One result row as the table's cells: ID (or the input line), candidate, question,
    score, earned and missed criteria; an error row shows its message and line instead."""
    ident = safe(row.id or _("line {line}").format(line=row.line))
    if row.result is None:
        where = _("line {line}").format(line=row.line) + ": " if row.id and row.line else ""
        return (ident, safe(row.candidate), safe(row.question),
                Text(_("error"), style="bold red"), Text(sanitize(where + core_text(row.error or "")),
                                                          style="red"),
                Text(""))
    result = row.result
    earned = ", ".join(c.id for c in result.criteria if c.earned)
    missed = ", ".join(c.id for c in result.criteria if not c.earned)
    return (ident, safe(row.candidate), safe(row.question),
            Text(str(result.score), style=band(result.score)), Text(sanitize(earned), style="green"),
            Text(sanitize(missed), style="dim"))
