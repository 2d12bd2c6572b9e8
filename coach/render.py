"""Everything coach shows a person: the one module that imports Rich.

User text (answers, pack phrases, tips) is sanitised and wrapped in `Text` here, never
parsed as markup, so "[bold]" or an ANSI escape in an answer prints literally and harmlessly.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .text import clock, sanitize

T = TypeVar("T")

PALETTE = ("green", "cyan", "magenta", "yellow", "blue", "bright_green", "bright_cyan",
           "bright_magenta", "orange3", "spring_green3", "deep_sky_blue1", "plum2", "gold1",
           "aquamarine1")


def console(*, stderr: bool = False, record: bool = False, width: int | None = None) -> Console:
    """A console that honours NO_COLOR and plain output when not writing to a terminal."""
    return Console(stderr=stderr, highlight=False, record=record, width=width,
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


def highlighted_answer(answer: str, result: dict[str, Any]) -> Text:
    """The answer with each criterion's evidence in its own colour, negations struck through."""
    text = safe(answer)
    for i, crit in enumerate(result["criteria"]):
        ev = crit.get("evidence")
        if not ev:
            continue
        if crit["earned"]:
            text.stylize(f"bold {PALETTE[i % len(PALETTE)]} underline", ev["start"], ev["end"])
        elif crit["negated"]:
            text.stylize("strike red", ev["start"], ev["end"])
    for flag in result["red_flags"]:
        ev = flag["evidence"]
        text.stylize("bold white on red", ev["start"], ev["end"])
    return text


def score_report(result: dict[str, Any], *, prompt: str, title: str, answer: str) -> Group:
    """The full report for one scored answer (used by `coach score` and practice sessions)."""
    parts: list[Any] = []
    header = Text()
    header.append_text(safe(title))
    header.append("  ·  ", style="dim")
    header.append_text(safe(prompt))
    parts.append(Panel(score_bar(result["score"]), title=header, title_align="left",
                       box=box.ROUNDED))
    table = Table(box=box.SIMPLE_HEAD, expand=False, show_lines=False)
    table.add_column("", no_wrap=True)
    table.add_column("Criterion", no_wrap=True)
    table.add_column("Evidence")
    table.add_column("Match", justify="right", no_wrap=True)
    for i, crit in enumerate(result["criteria"]):
        colour = PALETTE[i % len(PALETTE)]
        if crit["earned"]:
            mark, style = Text("✓", style="bold green"), colour
            evidence = Text("“", style="dim") + safe(crit["evidence"]["text"]) + Text("”", style="dim")
        elif crit["negated"]:
            mark, style = Text("⊘", style="bold red"), "red"
            evidence = Text("negated: “", style="red") + safe(crit["evidence"]["text"]) + \
                Text("”", style="red")
            if crit.get("negation"):
                evidence += Text(f" (by “{sanitize(crit['negation']['text'])}”)", style="dim red")
        elif crit.get("set_aside"):
            # Found, but a judgement rule kept it from counting: say which, so it can be fixed.
            mark, style = Text("✗", style="bold yellow"), "dim"
            evidence = Text("set aside: “", style="yellow") + safe(crit["evidence"]["text"]) + \
                Text("”", style="yellow") + Text(f" ({sanitize(crit['set_aside']['why'])})", style="dim")
        else:
            mark, style = Text("✗", style="bold red"), "dim"
            evidence = Text("not found", style="dim")
        match = Text(str(crit["match"]) if crit["earned"] or crit["negated"] else "–", style="dim")
        table.add_row(mark, Text(sanitize(crit["label"]), style=style), evidence, match)
    parts.append(table)
    if result.get("parts"):
        parts.append(part_coverage(result["parts"]))
    from .report import scored_part

    shown, rest = scored_part(answer, result)
    if shown.strip():
        body = highlighted_answer(shown, result)
        if rest:
            body.append(f"\n… and {rest:,} more characters, not scored and not shown.", style="dim")
        parts.append(Panel(body, title="Your answer", title_align="left", box=box.ROUNDED,
                           border_style="dim"))
    tips = [c for c in result["criteria"] if not c["earned"] and c.get("tip")]
    if tips:
        lines = Text()
        for crit in tips:
            lines.append("• ", style="yellow")
            lines.append(sanitize(crit["label"]), style="bold")
            lines.append(": ")
            lines.append_text(safe(crit["tip"]))
            if crit["negated"]:
                lines.append(" (you mentioned it, but negated it)", style="dim")
            elif crit.get("set_aside"):
                lines.append(f" (“{sanitize(crit['evidence']['text'])}” did not count: "
                             f"{sanitize(crit['set_aside']['why'])})", style="dim")
            lines.append("\n")
        lines.rstrip()
        parts.append(Panel(lines, title="To improve", title_align="left", box=box.ROUNDED,
                           border_style="yellow"))
    if result["red_flags"]:
        lines = Text()
        for flag in result["red_flags"]:
            lines.append(f"−{flag['penalty']:g} ", style="bold red")
            lines.append("“")
            lines.append_text(safe(flag["evidence"]["text"]))
            lines.append("”")
            if flag.get("why"):
                lines.append(" — ")
                lines.append_text(safe(flag["why"]))
            lines.append("\n")
        lines.rstrip()
        parts.append(Panel(lines, title="Red flags", title_align="left", box=box.ROUNDED,
                           border_style="red"))
    parts.append(delivery_notes(result))
    return Group(*parts)


def part_coverage(parts: list[dict[str, Any]]) -> Text:
    """A question in parts: how much of each part the answer covered (the score is the mean)."""
    out = Text()
    out.append("Parts: ", style="bold")
    for i, part in enumerate(parts, 1):
        if i > 1:
            out.append(" · ", style="dim")
        out.append_text(safe(part["label"] or f"part {i}"))
        share = round(100 * part["coverage"])
        out.append(f" {share}%", style="green" if share == 100 else ("yellow" if share else "red"))
    out.append(" (the score is their mean: every part counts)", style="dim")
    return out


def _question_criteria(q: dict[str, Any]) -> tuple[str, str]:
    """A question's criteria and `require` for `packs show`, part by part when it has parts."""
    if q.get("parts"):
        names = "; ".join(f"{part['label'] or f'part {i}'}: {', '.join(part['criteria'])}"
                          for i, part in enumerate(q["parts"], 1))
        needs = " + ".join(str(part["require"] or len(part["criteria"])) for part in q["parts"])
        return names, needs
    return (", ".join(q["criteria"]) if q.get("criteria") else "all",
            str(q["require"]) if q.get("require") else "all")


def delivery_notes(result: dict[str, Any]) -> Text:
    """Length, fillers, hedges, STAR parts and engine notes, one line each."""
    out = Text()
    out.append("Length: ", style="bold")
    out.append(f"{result['words']} words ({result['length']}). ")
    out.append(result["length_advice"], style="dim")
    for key, label in (("fillers", "Fillers"), ("hedges", "Hedges")):
        items = result[key]
        if items:
            out.append(f"\n{label}: ", style="bold")
            out.append(", ".join(f"“{sanitize(i['text'])}” ×{i['count']}" for i in items))
    star = result.get("star")
    if star is not None:
        out.append("\nSTAR: ", style="bold")
        for part, found in star.items():
            out.append(f"{'✓' if found else '✗'} {part}  ", style="green" if found else "red")
        missing = [p for p, f in star.items() if not f]
        if missing:
            out.append(f"— say more about the {', '.join(missing)}.", style="dim")
    for note in result.get("notes", []):
        out.append(f"\nNote: {note}", style="yellow")
    return out


def explain_table(rows: list[dict[str, Any]], threshold: int,
                  criteria: list[dict[str, Any]] | None = None) -> Table:
    """`coach score --explain`: every keyword phrase's best match in the answer, grouped by
    criterion with its verdict, so a trainer sees why a criterion was or was not earned."""
    verdicts = {c["id"]: c for c in criteria or []}
    table = Table(box=box.SIMPLE_HEAD, title="Keyword phrases and their best matches",
                  caption=f"A phrase earns its criterion from strength {threshold}, unless negated "
                          "or set aside by a judgement rule (idiom, exclusion, sense, subject, "
                          "deflection, stuffing).")
    table.add_column("Criterion", no_wrap=True)
    table.add_column("Phrase")
    table.add_column("Best match in the answer")
    table.add_column("Strength", justify="right")
    previous = None
    for row in rows:
        strength = row["strength"]
        style = "green" if strength >= threshold and not row["negated"] else (
            "red" if row["negated"] else "dim")
        found = safe(row["evidence"]["text"]) if row["evidence"] else Text("–", style="dim")
        aside = row.get("set_aside")
        if row["negated"]:
            found.append(" (negated)", style="red")
        elif aside:
            found.append(f" (set aside, {aside['rule']}: {sanitize(aside['why'])})", style="yellow")
            style = "yellow"
        label = Text("")
        if row["criterion"] != previous:
            if previous is not None:
                table.add_section()
            verdict = verdicts.get(row["criterion"])
            label = Text(row["criterion"])
            if verdict is not None:
                mark, mark_style = ("✓ ", "bold green") if verdict["earned"] else (
                    ("⊘ ", "bold red") if verdict["negated"] else ("✗ ", "bold red"))
                label = Text(mark, style=mark_style) + label
                if verdict["negated"] and verdict.get("negation"):
                    label.append(f"\n  negated by “{sanitize(verdict['negation']['text'])}”",
                                 style="dim red")
            previous = row["criterion"]
        mark = "✓ " if strength >= threshold and not row["negated"] and not aside else ""
        table.add_row(label, safe(row["phrase"]), found, Text(f"{mark}{strength:g}", style=style))
    return table


def packs_table(entries: list[dict[str, Any]]) -> Table:
    """`coach packs list`: one row per pack file, broken ones with their first error."""
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("ID", no_wrap=True)
    table.add_column("Title")
    table.add_column("Lang", no_wrap=True)
    table.add_column("Questions", justify="right", no_wrap=True)
    table.add_column("Where", no_wrap=True)
    table.add_column("Path", overflow="fold")
    for entry in entries:
        if entry["status"] in ("broken", "unreadable", "skipped"):
            error = entry["error"] or ""
            if error.startswith(entry["path"] + ":"):  # the Path column already says which file
                error = "line " + error[len(entry["path"]) + 1 :]
            table.add_row(safe(entry["id"]), Text(f"{entry['status']}: ", style="bold red") + safe(error),
                          Text("–"), Text("–"), Text(entry["origin"]), safe(entry["path"]))
            continue
        title = safe(entry["title"])
        if entry["status"] == "shadowed":
            title.append(" (shadowed by an earlier pack with this id)", style="dim")
        table.add_row(safe(entry["id"]), title, Text(entry["language"] or ""),
                      Text(str(entry["questions"])), Text(entry["origin"]), safe(entry["path"]))
    return table


def pack_details(pack: dict[str, Any], source: str | None) -> Group:
    """`coach packs show`: criteria with keywords and tips, red flags, then questions."""
    head = Text()
    head.append_text(safe(pack["title"]))
    head.append(f"  ({pack['pack']}, {pack['language']}, {len(pack['questions'])} questions)",
                style="dim")
    parts: list[Any] = [head]
    if pack.get("description"):
        parts.append(safe(pack["description"]))
    if source:
        parts.append(Text("from ", style="dim") + safe(source))
    crit = Table(box=box.SIMPLE_HEAD, title="Criteria", title_justify="left")
    for name in ("ID", "Label", "Weight", "Keywords", "Tip"):
        crit.add_column(name, justify="right" if name == "Weight" else "left")
    for cid, c in pack["criteria"].items():
        crit.add_row(safe(cid), safe(c["label"]), Text(f"{c['weight']:g}"),
                     safe(", ".join(c["keywords"])), safe(c.get("tip", "")))
    parts.append(crit)
    if pack.get("red_flags"):
        flags = Table(box=box.SIMPLE_HEAD, title="Red flags", title_justify="left")
        for name in ("Phrase", "Penalty", "Why"):
            flags.add_column(name, justify="right" if name == "Penalty" else "left")
        for f in pack["red_flags"]:
            flags.add_row(safe(f["phrase"]), Text(f"{f['penalty']:g}"), safe(f.get("why", "")))
        parts.append(flags)
    questions = Table(box=box.SIMPLE_HEAD, title="Questions", title_justify="left")
    for name in ("ID", "Prompt", "Criteria", "Require", "Difficulty", "Model", "Examples"):
        questions.add_column(name)
    for q in pack["questions"]:
        names, needs = _question_criteria(q)
        questions.add_row(safe(q["id"]), safe(q["prompt"]), safe(names), Text(needs),
                          Text(q["difficulty"]), Text("yes" if q.get("model_answer") else "no"),
                          Text(str(len(q.get("examples") or []))))
    parts.append(questions)
    return Group(*parts)


def calibration_report(result: dict[str, Any]) -> Group:
    """`coach packs test`: agreement per criterion, then every disagreement with its evidence."""
    table = Table(box=box.SIMPLE_HEAD, title=f"Calibration of {sanitize(result['pack'])}: "
                  f"{result['examples']} examples", title_justify="left")
    for name in ("Criterion", "Agreed", "False credit", "Missed credit"):
        table.add_column(name, justify="left" if name == "Criterion" else "right")
    for crit in result["criteria"]:
        ok = crit["agreed"] == crit["checked"]
        table.add_row(Text(sanitize(crit["id"]), style="green" if ok else "bold"),
                      Text(f"{crit['agreed']}/{crit['checked']}", style="green" if ok else "yellow"),
                      Text(str(len(crit["false_credit"])), style="red" if crit["false_credit"] else "dim"),
                      Text(str(len(crit["missed_credit"])), style="red" if crit["missed_credit"] else "dim"))
    parts: list[Any] = [table]
    lines = Text()
    for crit in result["criteria"]:
        for d in crit["false_credit"] + crit["missed_credit"]:
            where = f"{d['question']} example {d['example'] + 1}"
            if d.get("line"):
                where += f" (line {d['line']})"
            lines.append(f"{d['kind']}: ", style="bold red")
            lines.append(f"{sanitize(d['criterion'])} — {sanitize(where)}\n")
            lines.append("    answer: ", style="dim")
            lines.append_text(safe(d["excerpt"]))
            lines.append("\n")
            if d["kind"] == "false credit":
                lines.append("    matched: ", style="dim")
                lines.append_text(safe(d["phrase"]))
                lines.append(f" ({d['strength']:g}) in “", style="dim")
                lines.append_text(safe(d["evidence"]))
                lines.append("”", style="dim")
            elif d.get("set_aside"):
                lines.append("    set aside: ", style="dim")
                lines.append_text(safe(d["phrase"]))
                lines.append(" in “", style="dim")
                lines.append_text(safe(d["evidence"]))
                lines.append("”: ", style="dim")
                lines.append_text(safe(d["set_aside"]))
            elif d.get("negated_by"):
                lines.append("    negated: ", style="dim")
                lines.append_text(safe(d["phrase"]))
                lines.append(" in “", style="dim")
                lines.append_text(safe(d["evidence"]))
                lines.append("” by “", style="dim")
                lines.append_text(safe(d["negated_by"]))
                lines.append("”", style="dim")
            elif d.get("phrase"):
                lines.append("    nearest: ", style="dim")
                lines.append_text(safe(d["phrase"]))
                lines.append(f" ({d['strength']:g}, needs 70) in “", style="dim")
                lines.append_text(safe(d["evidence"]))
                lines.append("”", style="dim")
            else:
                lines.append("    nearest: no keyword phrase of this criterion came close", style="dim")
            lines.append("\n")
    for miss in result["score_misses"]:
        bounds = f"{miss['min_score'] if miss['min_score'] is not None else 0:g}-" \
                 f"{miss['max_score'] if miss['max_score'] is not None else 100:g}"
        where = f"{miss['question']} example {miss['example'] + 1}"
        if miss.get("line"):
            where += f" (line {miss['line']})"
        lines.append("score out of bounds: ", style="bold red")
        lines.append(f"{sanitize(where)}: {miss['score']}, expected {bounds}\n")
        lines.append("    answer: ", style="dim")
        lines.append_text(safe(miss["excerpt"]))
        lines.append("\n")
    for tip in result.get("tips_not_earning", []):
        lines.append("warning: tip does not earn its criterion: ", style="bold yellow")
        lines.append(f"{sanitize(tip['criterion'])}\n")
        lines.append("    said as “", style="dim")
        lines.append_text(safe(tip["tip"]))
        lines.append("”: reword the tip or add a keyword phrase it uses\n", style="dim")
    if lines:
        lines.rstrip()
        parts.append(lines)
    if result["questions_without_examples"]:
        parts.append(Text("No examples: " + ", ".join(result["questions_without_examples"]),
                          style="yellow"))
    verdict = "all examples agree" if result["ok"] else \
        f"{result['disagreements']} disagreement{'s' if result['disagreements'] != 1 else ''}"
    tips = len(result.get("tips_not_earning", []))
    if tips:
        verdict += f"; tips that do not earn their criterion: {tips}"
    parts.append(Text(verdict, style="bold green" if result["ok"] else "bold red"))
    return Group(*parts)


def progress_rows(rows: Iterable[T], *, label: str, delay: float = 1.0,
                  out: Console | None = None) -> Iterator[T]:
    """The rows, unchanged, with a live count on stderr once the run has taken `delay`
    seconds (short runs show nothing); the count is removed when the rows end."""
    from time import monotonic

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = monotonic()
    progress: Progress | None = None
    task = None
    try:
        for count, row in enumerate(rows, 1):
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


class GradeTable:
    """`coach grade --format table`, streamed: rows are printed in batches as they come, under
    one header and with fixed column widths (from the console width), so every batch lines up
    and memory does not grow with the number of rows."""

    BATCH = 100
    # Shares of the width left after the Score column and the table's padding.
    _SHARES = (("ID", 3), ("Candidate", 3), ("Question", 3), ("Score", 0), ("Earned", 4), ("Missed", 4))

    def __init__(self, out: Console) -> None:
        self.out = out
        self.pending: list[dict[str, Any]] = []
        self.started = False
        # SIMPLE_HEAD: one space at each edge, one between columns, a space of padding each side.
        room = max(6 * 4, out.width - 5 - 3 * len(self._SHARES) - 1)
        total = sum(share for _, share in self._SHARES)
        self.widths = [5 if not share else max(len(name), room * share // total)
                       for name, share in self._SHARES]

    def add(self, row: dict[str, Any]) -> None:
        """Queue one result row; a full batch is printed at once."""
        self.pending.append(row)
        if len(self.pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Print the queued rows (the header with the first batch)."""
        if not self.pending and self.started:
            return
        table = Table(box=box.SIMPLE_HEAD, show_header=not self.started)
        for (name, _), width in zip(self._SHARES, self.widths, strict=True):
            table.add_column(name, justify="right" if name == "Score" else "left", width=width,
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
        line = Text(f"{summary['graded']} graded, {summary['errors']} errors"
                    + (f", mean score {mean}" if mean is not None else ""), style="bold")
        if summary.get("threshold") is not None:
            line.append(f", {summary['below_threshold']} below {summary['threshold']}",
                        style="red" if summary["below_threshold"] else "green")
        self.out.print(line)


def grade_cells(row: dict[str, Any]) -> tuple[Text, ...]:
    """One result row as the table's cells: ID (or the input line), candidate, question,
    score, earned and missed criteria; an error row shows its message and line instead."""
    ident = safe(row.get("id") or f"line {row['line']}")
    if row.get("error"):
        where = f"line {row['line']}: " if row.get("id") and row.get("line") else ""
        return (ident, safe(row.get("candidate")), safe(row.get("question")),
                Text("error", style="bold red"), Text(sanitize(where + row["error"]), style="red"), Text(""))
    earned = ", ".join(c["id"] for c in row["criteria"] if c["earned"])
    missed = ", ".join(c["id"] for c in row["criteria"] if not c["earned"])
    return (ident, safe(row.get("candidate")), safe(row["question"]),
            Text(str(row["score"]), style=band(row["score"])), Text(sanitize(earned), style="green"),
            Text(sanitize(missed), style="dim"))


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on (C1
# controls such as CSI, bidi overrides) or that cannot be encoded (lone surrogates). They only
# occur inside JSON strings, so escaping them keeps the data exact and the JSON valid.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def print_json(data: Any) -> None:
    """JSON to stdout, unstyled (for scripts), with non-ASCII kept readable."""
    import json

    from .streams import unicode_ok

    # On a stream that cannot hold every character (an ASCII locale), escape: still exact.
    text = json.dumps(data, ensure_ascii=not unicode_ok(sys.stdout), indent=2)
    sys.stdout.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


# -- practice sessions, history and stats --------------------------------------------------------

SPARKS = "▁▂▃▄▅▆▇█"


def _clock(seconds: float | int | None) -> str:
    return "–" if seconds is None else clock(seconds)


def _change(change: int | None) -> Text:
    if change is None:
        return Text("new", style="dim")
    if change == 0:
        return Text("±0", style="dim")
    return Text(f"{change:+d}", style="green" if change > 0 else "red")


def question_panel(asked: Any) -> Panel:
    """A question as asked in a session: the prompt, its number, and its time limit."""
    q = asked.question
    body = Text()
    body.append_text(safe(q.prompt))
    body.append("\n")
    meta = [f"time limit {_clock(asked.time_limit)}", str(q.difficulty)]
    if q.tags:
        meta.append(", ".join(sanitize(t) for t in q.tags))
    body.append(" · ".join(meta), style="dim")
    title = Text(f"Question {asked.index} of {asked.total}", style="bold")
    if asked.again:
        title.append("  (once more: it scored below 50 earlier)", style="yellow")
    elif asked.retry:
        title.append("  (retry)", style="cyan")
    return Panel(body, title=title, title_align="left", subtitle=safe(asked.pack_title),
                 subtitle_align="right", box=box.HEAVY, border_style="cyan")


def scored_view(scored: Any) -> Group:
    """After an answer: the same report as `coach score`, then where it was saved and the change."""
    report = score_report(scored.result, prompt=scored.question.prompt, title=scored.pack_title,
                          answer=scored.answer.text)
    line = Text()
    if scored.attempt_id is not None:
        line.append(f"Saved as attempt #{scored.attempt_id}", style="dim")
    else:
        line.append("Not saved", style="yellow")
    if scored.previous is not None:
        line.append(f" · last time {scored.previous} → now {scored.result['score']} ", style="dim")
        line.append_text(_change(scored.result["score"] - scored.previous))
    if scored.answer.duration is not None:
        line.append(f" · took {_clock(scored.answer.duration)}", style="dim")
    if scored.answer.timed_out:
        line.append(" · submitted at the time limit", style="yellow")
    line.append(f" · rated {scored.rating} for review", style="dim")
    return Group(report, line)


def model_answer_panel(question: Any, text: str) -> Panel:
    """The pack's model answer, labelled as one example of a strong answer."""
    return Panel(safe(text.strip()), title="An example of a strong answer (one of many, not the only "
                 "right one)", title_align="left", box=box.ROUNDED, border_style="blue")


def session_summary(summary: Any) -> Group:
    """The end of a session: every question, its scores, the change since last time, weak spots."""
    table = Table(box=box.SIMPLE_HEAD, title="Session summary", title_justify="left")
    table.add_column("Question")
    table.add_column("Score", justify="right")
    table.add_column("This session", justify="left")
    table.add_column("Before", justify="right")
    table.add_column("Change", justify="right")
    for row in summary.rows:
        if not row.scores:
            continue
        table.add_row(safe(row.question), Text(str(row.last), style=f"bold {band(row.last)}"),
                      Text(" → ".join(str(s) for s in row.scores), style="dim"),
                      Text("–" if row.previous is None else str(row.previous), style="dim"),
                      _change(row.change))
    parts: list[Any] = [table]
    line = Text()
    if summary.attempts:
        line.append(f"{summary.attempts} answer{'s' if summary.attempts != 1 else ''} scored, "
                    f"average {summary.average}. ", style="bold")
    else:
        line.append("No answers scored. ", style="bold")
    if summary.saved:
        line.append(f"{summary.saved} saved to the history.", style="dim")
    elif summary.attempts:
        line.append("Nothing was saved (the history could not be written).", style="yellow")
    if summary.ended_by == "interrupted":
        line.append(" Session ended early; every scored answer is kept.", style="dim")
    parts.append(line)
    if summary.weakest:
        tips = Text()
        for crit in summary.weakest:
            tips.append(f"• {sanitize(crit['label'])} ", style="bold")
            tips.append(f"({crit['earned']}/{crit['seen']})", style="dim")
            if crit["tip"]:
                tips.append(": ")
                tips.append_text(safe(crit["tip"]))
            tips.append("\n")
        tips.rstrip()
        parts.append(Panel(tips, title="Weakest criteria this session", title_align="left",
                           box=box.ROUNDED, border_style="yellow"))
    return Group(*parts)


def _when(created: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M")


def history_table(rows: list[dict[str, Any]]) -> Table:
    """`coach history`: one line per attempt."""
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), show_edge=False, pad_edge=False, collapse_padding=True)
    table.add_column("ID", justify="right", no_wrap=True, min_width=2)
    table.add_column("When", no_wrap=True, min_width=16)
    table.add_column("Pack", overflow="ellipsis", no_wrap=True, max_width=12)
    table.add_column("Question", overflow="ellipsis", no_wrap=True, min_width=12, ratio=1)
    table.add_column("Score", justify="right", no_wrap=True, min_width=5)
    table.add_column("Earned", justify="right", no_wrap=True, min_width=6)
    table.add_column("Took", justify="right", no_wrap=True, min_width=4)
    for row in rows:
        total = len(row["earned"]) + len(row["missed"])
        table.add_row(str(row["id"]), _when(row["created"]), safe(row["pack"]), safe(row["question"]),
                      Text(str(row["score"]), style=band(row["score"])),
                      Text(f"{len(row['earned'])}/{total}", style="dim"), _clock(row["duration"]))
    return table


def attempt_view(attempt: dict[str, Any], title: str, rows: list[dict[str, Any]]) -> Group:
    """`coach history show ID`: the full report again, and the question's scores over time."""
    head = Text(f"Attempt #{attempt['id']} · {_when(attempt['created'])} · {sanitize(attempt['pack'])}",
                style="bold")
    parts: list[Any] = [head, score_report(attempt["result"], prompt=attempt["prompt"], title=title,
                                            answer=attempt["answer"])]
    if len(rows) > 1:
        table = Table(box=box.SIMPLE_HEAD, title="This question over time", title_justify="left")
        for name in ("ID", "When", "Score", "", "Change", "Gained", "Lost"):
            table.add_column(name)
        for row in rows:
            mark = Text("◀", style="bold") if row["id"] == attempt["id"] else Text("")
            table.add_row(str(row["id"]), _when(row["created"]),
                          Text(str(row["score"]), style=band(row["score"])), mark,
                          _change(row["change"]) if row["change"] is not None else Text("first", style="dim"),
                          Text(sanitize(", ".join(row["gained"])), style="green"),
                          Text(sanitize(", ".join(row["lost"])), style="red"))
        parts.append(table)
    return Group(*parts)


def sparkline(scores: list[int]) -> Text:
    """Scores 0-100 as block characters, one per attempt, coloured by band."""
    out = Text()
    for score in scores:
        out.append(SPARKS[min(len(SPARKS) - 1, score * len(SPARKS) // 101)], style=band(score))
    return out


def score_chart(daily: list[dict[str, Any]], scores: list[int], width: int = 40) -> Group:
    """Score over time: a bar per practice day (average, best) and a sparkline of every attempt."""
    table = Table(box=None, show_header=True, padding=(0, 1), title="Score over time",
                  title_justify="left", title_style="bold")
    table.add_column("Day", style="dim")
    table.add_column("Average score", no_wrap=True)
    table.add_column("Best", justify="right", style="dim")
    table.add_column("Tries", justify="right", style="dim")
    for day in daily[-14:]:
        avg = day["average"]
        filled = round(width * avg / 100)
        bar = Text("█" * filled, style=band(round(avg)))
        bar.append("·" * (width - filled), style="dim")
        bar.append(f" {avg:g}", style=f"bold {band(round(avg))}")
        table.add_row(day["date"], bar, str(day["best"]), str(day["attempts"]))
    line = Text("Every attempt: ", style="dim")
    line.append_text(sparkline(scores[-60:]))
    return Group(table, line)


def stats_view(stats: dict[str, Any]) -> Group:
    """`coach stats`: totals, criteria earn rates, the chart, due questions, streak."""
    parts: list[Any] = []
    if not stats["attempts"]:
        return Group(Text("No attempts yet: run `coach practice` to start.", style="dim"))
    head = Text()
    attempts, questions = stats["attempts"], stats["questions"]
    head.append(f"{attempts} attempt{'s' if attempts != 1 else ''}", style="bold")
    head.append(f" at {questions} question{'s' if questions != 1 else ''} · average ")
    head.append(str(stats["average"]), style=f"bold {band(round(stats['average']))}")
    head.append(" · best ")
    head.append(str(stats["best"]), style=f"bold {band(stats['best'])}")
    streak = stats["streak"]
    head.append(f" · streak {streak['current']} day{'s' if streak['current'] != 1 else ''}"
                f" (longest {streak['longest']})")
    parts.append(head)
    table = Table(box=box.SIMPLE_HEAD, title="Criteria", title_justify="left", title_style="bold")
    table.add_column("Criterion")
    table.add_column("All time", no_wrap=True)
    table.add_column("Last 30 days", justify="right")
    for crit in sorted(stats["criteria"], key=lambda c: (c["rate"], c["id"])):
        pct = round(100 * crit["rate"])
        bar = Text("█" * round(pct / 10), style=band(pct))
        bar.append("·" * (10 - round(pct / 10)), style="dim")
        bar.append(f" {pct:3d}% ({crit['earned']}/{crit['seen']})")
        recent = "–" if crit["recent_rate"] is None else f"{round(100 * crit['recent_rate'])}%"
        table.add_row(safe(crit["label"]), bar, recent)
    parts.append(table)
    if stats["weakest"]:
        tips = Text()
        for crit in stats["weakest"]:
            tips.append(f"• {sanitize(crit['label'])}: ", style="bold")
            tips.append_text(safe(crit["tip"] or "–"))
            tips.append("\n")
        tips.rstrip()
        parts.append(Panel(tips, title="Weakest criteria", title_align="left", box=box.ROUNDED,
                           border_style="yellow"))
    parts.append(score_chart(stats["daily"], [s["score"] for s in stats["scores"]]))
    due = stats["due"]
    line = Text()
    if due:
        line.append(f"Due for review: {len(due)} ", style="bold")
        line.append(", ".join(sanitize(d["question"]) for d in due[:8]) + (", …" if len(due) > 8 else ""))
        line.append("  (coach practice --mode review)", style="dim")
    else:
        line.append("Nothing due for review.", style="dim")
    parts.append(line)
    return Group(*parts)
