"""Tables that fit: one policy for every table coach prints, on a screen of any width and in a file.

In a terminal a table fits the screen's width, decided per column by its kind:
- `key` (ids, scores, counts): never wrapped or shortened, since a cut id cannot be typed back
  (`coach history show ID`); only its header may wrap onto two lines.
- `text` (titles, prompts, error messages, paths): wraps, down to its `narrowest` width (a
  path after a "/", with `breaks`, rather than mid-name).
- any column with `drop` set is optional: when even wrapped text would not fit, optional
  columns are left out, lowest `drop` first.
Written to a file or a pipe, a table takes its natural width instead: nothing wraps and nothing
is cut, whatever the width of the terminal the command was started from. (The console that
`terminal.console()` makes does not crop such lines either.) On a screen narrower than an id,
the id folds onto a second line as a last resort: broken, never shortened.

`FitPanel` does the same for panel titles, which Rich would cut without a mark.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Literal

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from coach.records import record

Kind = Literal["key", "text"]

# Wide enough to measure any table at its natural width.
_UNBOUNDED = 1_000_000
# The narrowest a text column gets when the screen is too narrow for the table's least widths.
_LAST_RESORT = 4


@record(slots=True)
class Column:
    """One column and how it gives way when space is short (see the module docstring)."""

    header: str
    kind: Kind = "text"
    justify: Literal["left", "center", "right"] = "left"
    style: str = ""
    drop: int = 0  # 0: always shown; otherwise left out, lowest first, when the table cannot fit
    narrowest: int = 12  # a text column wraps down to this width (or its content's, if narrower)
    breaks: str = ""  # wrap after these characters too ("/" for paths), not only at spaces


def _cell(value: RenderableType | str | None) -> RenderableType:
    if value is None:
        return Text("")
    return Text(value) if isinstance(value, str) else value


def _shrink(widths: dict[int, int], columns: list[int], floors: list[int], excess: int) -> int:
    """Take up to `excess` cells from these columns, from the widest first and never below
    their floors; what could not be taken is returned."""
    while excess > 0:
        shrinkable = [i for i in columns if widths[i] > floors[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        # Down to the next widest (one cell at a time once they are level).
        level = max([floors[widest]] + [widths[i] for i in shrinkable if i != widest])
        cut = min(excess, widths[widest] - floors[widest], max(1, widths[widest] - level))
        widths[widest] -= cut
        excess -= cut
    return excess


def _break_at(cell: RenderableType, breaks: str, width: int) -> RenderableType:
    """A text cell with line breaks after `breaks` characters wherever the next piece would
    pass `width` (Rich wraps only at spaces: a path would be cut mid-name)."""
    if not isinstance(cell, Text) or cell_len(cell.plain) <= width:
        return cell
    offsets, line = [], 0
    start = 0
    for end, char in enumerate(cell.plain, 1):
        if char in breaks or end == len(cell.plain):
            piece = cell_len(cell.plain[start:end])
            if line and line + piece > width:
                offsets.append(start)
                line = 0
            line += piece
            start = end
    return Text("\n").join(cell.divide(offsets)) if offsets else cell


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in text.split()), default=0)


class FitTable:
    """A table laid out by the policy above when it is rendered, so one view works at every
    width: build it with `Column`s, add rows, print it. `table_for(console, options)` gives
    the Rich table it prints at that width (tests look at which columns it kept)."""

    def __init__(self, *columns: Column, **table_options: Any) -> None:
        self.columns = columns
        self.options = table_options
        self.rows: list[tuple[RenderableType, ...]] = []

    def add_row(self, *cells: RenderableType | str | None) -> None:
        """One row, a cell per column (plain strings are shown as they are, never as markup)."""
        if len(cells) != len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        self.rows.append(tuple(_cell(c) for c in cells))

    # -- measuring ---------------------------------------------------------------------------

    def _cell_widths(self, console: Console, options: ConsoleOptions) -> list[int]:
        """Each column's widest cell with nothing wrapped (its header aside)."""
        wide = options.update(width=_UNBOUNDED)
        widths = [0] * len(self.columns)
        for row in self.rows:
            for i, cell in enumerate(row):
                # Text (nearly every cell) measured directly: a long history has many cells.
                width = (max(map(cell_len, cell.plain.split("\n"))) if isinstance(cell, Text)
                         else Measurement.get(console, wide, cell).maximum)
                widths[i] = max(widths[i], width)
        return widths

    def _overhead(self, console: Console, options: ConsoleOptions, kept: Sequence[int]) -> int:
        """Borders and padding of a table with these columns (everything but the cells)."""
        probe = Table(**self.options)
        for _ in kept:
            probe.add_column(width=1)
        measured = Measurement.get(console, options.update(width=_UNBOUNDED), probe).maximum
        return measured - len(kept)

    # -- laying out --------------------------------------------------------------------------

    def table_for(self, console: Console, options: ConsoleOptions) -> Table:
        """The Rich table for this width: every column at its natural width when not writing
        to a terminal; otherwise shrunk, wrapped and thinned to fit `options.max_width`."""
        cells = self._cell_widths(console, options)
        natural = [max(cell_len(c.header), w) for c, w in zip(self.columns, cells, strict=True)]
        kept = list(range(len(self.columns)))
        if not options.is_terminal:
            return self._build(kept, natural, wrap=False)
        # The least width of each column: a key column its widest cell (only its header wraps),
        # a text column its `narrowest` (or all of it, when that is less).
        least = [max(w, _longest_word(c.header)) if c.kind == "key" else min(n, c.narrowest)
                 for c, w, n in zip(self.columns, cells, natural, strict=True)]
        room = options.max_width
        optional = sorted((c.drop, i) for i, c in enumerate(self.columns) if c.drop)
        while optional and self._overhead(console, options, kept) + sum(least[i] for i in kept) > room:
            kept.remove(optional.pop(0)[1])
        widths = {i: natural[i] for i in kept}
        excess = sum(widths.values()) + self._overhead(console, options, kept) - room
        # Text wraps first, down to its narrowest; then key columns' headers wrap; then, on a
        # screen too narrow even for that, text goes narrower still, and at last ids fold.
        last = [_LAST_RESORT] * len(least)
        for kind, floors in (("text", least), ("key", least), ("text", last), ("key", last)):
            excess = _shrink(widths, [i for i in kept if self.columns[i].kind == kind], floors, excess)
        return self._build(kept, [widths.get(i, 0) for i in range(len(self.columns))], wrap=True)

    def _build(self, kept: list[int], widths: list[int], *, wrap: bool) -> Table:
        table = Table(**self.options)
        for i in kept:
            column = self.columns[i]
            # A key column is as wide as its widest cell, so it does not wrap; only a screen
            # narrower than an id breaks it ("fold"), and even then nothing is cut.
            table.add_column(column.header, justify=column.justify, style=column.style,
                             width=widths[i], no_wrap=not wrap, overflow="fold")
        for row in self.rows:
            table.add_row(*(_break_at(row[i], self.columns[i].breaks, widths[i])
                            if wrap and self.columns[i].breaks else row[i] for i in kept))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        table = self.table_for(console, options)
        if not options.is_terminal:  # the natural width, even beyond the console's
            width = Measurement.get(console, options.update(width=_UNBOUNDED), table).maximum
            options = options.update(width=max(width, 1))
        yield from console.render(table, options)


class FitPanel:
    """A Rich Panel whose title and subtitle are never cut (Rich cuts a title wider than the
    panel without a mark): one that does not fit the border moves inside, as the panel's first
    (or, for the subtitle, last) line, where it wraps."""

    def __init__(self, body: RenderableType, *, title: Text | str | None = None,
                 subtitle: Text | str | None = None, **panel_options: Any) -> None:
        self.body, self.options = body, panel_options
        self.title = Text(title) if isinstance(title, str) else title
        self.subtitle = Text(subtitle) if isinstance(subtitle, str) else subtitle

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Panel]:
        room = options.max_width - 6  # the corners, a border cell and a space each side
        title, subtitle = self.title, self.subtitle
        parts: list[RenderableType] = [self.body]
        if title is not None and cell_len(title.plain) > room:
            inside = title.copy()
            inside.stylize("bold")  # still reads as the panel's title
            parts.insert(0, inside)
            title = None
        if subtitle is not None and cell_len(subtitle.plain) > room:
            parts.append(Text.assemble(subtitle, justify="right"))
            subtitle = None
        body = self.body if len(parts) == 1 else Group(*parts)
        yield Panel(body, title=title, subtitle=subtitle, **self.options)
