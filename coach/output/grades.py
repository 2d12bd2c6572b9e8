"""`coach grade --format table`: the streamed Rich table of graded rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from coach.i18n import N_, _, ngettext, number
from coach.text import sanitize

from .coretext import core_text
from .terminal import band, safe

if TYPE_CHECKING:
    from coach.grade import GradedRow


class GradeTable:
    """`coach grade --format table`, streamed: rows are printed in batches as they come, under
    one header and with fixed column widths, so every batch lines up and memory does not grow
    with the number of rows.

    Ids are never folded while the screen has room for them: the ID and Question columns are
    as wide as the longest id seen (a batch with a longer one widens them and repeats the
    header), and the result (criteria earned and missed, or an error row's message) takes the
    rest and wraps between words. Below 100 columns the candidate's name goes under the ID
    instead of in a column of its own."""

    BATCH = 100
    # Room kept for the id columns before any id is seen: most ids fit, so the header is
    # rarely repeated.
    ID_ROOM, QUESTION_ROOM = 9, 12
    SCORE = 5
    RESULT_ROOM = 20  # kept for the result before the id columns widen
    CANDIDATE_APART = 100  # from this width the candidate has its own column
    # The column names, shown in the screen language (the keys below stay English).
    HEADERS = (N_("ID"), N_("Candidate"), N_("Question"), N_("Score"), N_("Result"))

    def __init__(self, out: Console) -> None:
        self.out = out
        self.pending: list[GradedRow] = []
        self.started = False
        self.apart = out.width >= self.CANDIDATE_APART
        self.id_width, self.question_width = self.ID_ROOM, self.QUESTION_ROOM

    def add(self, row: GradedRow) -> None:
        """Queue one result row; a full batch is printed at once."""
        self.pending.append(row)
        if len(self.pending) >= self.BATCH:
            self.flush()

    def _widths(self, cells: list[tuple[Text, ...]]) -> dict[str, int]:
        """Column widths for the queued rows; the header is shown again when an id needs more
        room than earlier batches had."""
        columns = 5 if self.apart else 4
        # SIMPLE_HEAD without edges: a space of padding on each side of every column and one
        # between columns (pad_edge=False would save two, but Rich 13.8 sizes fixed widths wrongly with it).
        avail = self.out.width - (columns - 1) - 2 * columns - self.SCORE
        candidate = 0
        if self.apart:
            names = max((c[1].cell_len for c in cells), default=0)
            candidate = min(max(len(_("Candidate")), names), avail // 5)
            avail -= candidate
        ids = max(self.id_width, max((c[0].cell_len for c in cells), default=0))
        questions = max(self.question_width, max((c[2].cell_len for c in cells), default=0))
        rest = max(2, avail - self.RESULT_ROOM)
        if ids + questions > rest:  # the screen is too narrow for both whole: share it
            ids = min(ids, max(rest - questions, rest // 2))
            questions = rest - ids
        if (ids, questions) != (self.id_width, self.question_width) and self.started:
            self.started = False  # a new header over the wider columns
        self.id_width, self.question_width = ids, questions
        return {"ID" if self.apart else "ID\nCandidate": ids, "Candidate": candidate,
                "Question": questions, "Score": self.SCORE, "Result": max(8, avail - ids - questions)}

    def flush(self) -> None:
        """Print the queued rows (the header with the first batch)."""
        if not self.pending and self.started:
            return
        cells = [grade_cells(row) for row in self.pending]
        widths = self._widths(cells)
        table = Table(box=box.SIMPLE_HEAD, show_header=not self.started, show_edge=False)
        for name, width in widths.items():
            if width:
                table.add_column("\n".join(_(part) for part in name.split("\n")), width=width,
                                 overflow="fold", no_wrap=name == "Score",
                                 justify="right" if name == "Score" else "left")
        for ident, candidate, *rest in cells:
            if self.apart:
                table.add_row(ident, candidate, *rest)
            else:
                table.add_row(ident + Text("\n") + Text(candidate.plain, style="dim")
                              if candidate.plain else ident, *rest)
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
                    + (", " + _("mean score {mean}").format(mean=number(mean, 1))
                       if mean is not None else ""),
                    style="bold")
        if summary.get("threshold") is not None:
            line.append(", " + _("{count} below {threshold}").format(count=summary["below_threshold"],
                                                                   threshold=summary["threshold"]),
                        style="red" if summary["below_threshold"] else "green")
        self.out.print(line)


def grade_cells(row: GradedRow) -> tuple[Text, ...]:
    """One result row as the table's cells: ID (or the input line), candidate, question,
    score, and the criteria earned (✓) and missed (✗); an error row shows its message (and
    line) in their place, wrapped between words."""
    ident = safe(row.id or _("line {line}").format(line=row.line))
    if row.result is None:
        where = _("line {line}").format(line=row.line) + ": " if row.id and row.line else ""
        return (ident, safe(row.candidate), safe(row.question),
                Text(_("error"), style="bold red"), Text(sanitize(where + core_text(row.error or "")),
                                                          style="red"))
    result = row.result
    earned = ", ".join(c.id for c in result.criteria if c.earned)
    missed = ", ".join(c.id for c in result.criteria if not c.earned)
    verdict = Text()
    if earned:
        verdict.append("✓ " + sanitize(earned), style="green")
    if missed:
        verdict.append("\n" if earned else "")
        verdict.append("✗ " + sanitize(missed), style="dim")
    return (ident, safe(row.candidate), safe(row.question),
            Text(str(result.score), style=band(result.score)), verdict)
