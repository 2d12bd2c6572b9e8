"""Packs shown to a trainer: `coach packs list`, `show` and `test` (calibration)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from coach.scoring import MATCH_THRESHOLD
from coach.text import sanitize

from .feedback import talking_points_view
from .layout import Column, FitTable
from .terminal import safe

if TYPE_CHECKING:
    from coach.packs import Pack, Question
    from coach.packs.points import TalkingPoint
    from coach.trainer.calibrate import Calibration
    from coach.trainer.install import PackEntry


def _question_criteria(q: Question) -> tuple[str, str]:
    """A question's criteria and `require` for `packs show`, part by part when it has parts."""
    if q.parts:
        names = "; ".join(f"{part.label or f'part {i}'}: {', '.join(part.criteria)}"
                          for i, part in enumerate(q.parts, 1))
        needs = " + ".join(str(part.require or len(part.criteria)) for part in q.parts)
        return names, needs
    return (", ".join(q.criteria) if q.criteria else "all", str(q.require) if q.require else "all")


def packs_table(entries: list[PackEntry]) -> FitTable:
    """`coach packs list`: one row per pack file, broken ones with their first error. On a
    narrow screen the path wraps, and Where, Lang, Questions and at last Path give way; the id
    stays whole (`--json` has every field)."""
    table = FitTable(Column("ID", "key"), Column("Title", narrowest=12, breaks=" ./"),
                     Column("Lang", "key", drop=2), Column("Questions", "key", "right", drop=3),
                     Column("Where", "key", drop=1),
                     Column("Path", narrowest=18, drop=4, breaks="/-_."), box=box.SIMPLE_HEAD)
    for entry in entries:
        if entry.status in ("broken", "unreadable", "skipped"):
            error = entry.error or ""
            if error.startswith(entry.path + ":"):  # the Path column already says which file
                error = "line " + error[len(entry.path) + 1 :]
            table.add_row(safe(entry.id), Text(f"{entry.status}: ", style="bold red") + safe(error),
                          Text("–"), Text("–"), Text(entry.origin), safe(entry.path))
            continue
        title = safe(entry.title)
        if entry.status == "shadowed":
            title.append(" (shadowed by an earlier pack with this id)", style="dim")
        table.add_row(safe(entry.id), title, Text(entry.language or ""),
                      Text(str(entry.questions)), Text(entry.origin), safe(entry.path))
    return table


def pack_details(pack: Pack, points: dict[str, list[TalkingPoint]] | None = None) -> Group:
    """`coach packs show`: criteria with keywords and tips, red flags, then questions, and
    each model answer with its talking points (`points`: question id -> its points)."""
    model = pack.model
    head = Text()
    head.append_text(safe(model.title))
    head.append(f"  ({model.pack}, {model.language}, {len(model.questions)} questions)", style="dim")
    parts: list[Any] = [head]
    if model.description:
        parts.append(safe(model.description))
    if pack.source:
        parts.append(Text("from ", style="dim") + safe(str(pack.source)))
    crit = Table(box=box.SIMPLE_HEAD, title="Criteria", title_justify="left")
    for name in ("ID", "Label", "Weight", "Keywords", "Tip"):
        crit.add_column(name, justify="right" if name == "Weight" else "left")
    for cid, c in model.criteria.items():
        crit.add_row(safe(cid), safe(c.label), Text(f"{c.weight:g}"), safe(", ".join(c.keywords)),
                     safe(c.tip))
    parts.append(crit)
    if model.red_flags:
        flags = Table(box=box.SIMPLE_HEAD, title="Red flags", title_justify="left")
        for name in ("Phrase", "Penalty", "Why"):
            flags.add_column(name, justify="right" if name == "Penalty" else "left")
        for f in model.red_flags:
            flags.add_row(safe(f.phrase), Text(f"{f.penalty:g}"), safe(f.why))
        parts.append(flags)
    questions = Table(box=box.SIMPLE_HEAD, title="Questions", title_justify="left")
    for name in ("ID", "Prompt", "Criteria", "Require", "Difficulty", "Model", "Examples"):
        questions.add_column(name)
    for q in model.questions:
        names, needs = _question_criteria(q)
        questions.add_row(safe(q.id), safe(q.prompt), safe(names), Text(needs), Text(str(q.difficulty)),
                          Text("yes" if q.model_answer else "no"), Text(str(len(q.examples))))
    parts.append(questions)
    for q in model.questions:
        if points is None or q.id not in points or not q.model_answer.strip():
            continue
        # The id alone in the title (a long prompt would be cut there); the prompt opens the body.
        head = Text("Model answer: ", style="bold")
        head.append_text(safe(q.id))
        prompt = safe(q.prompt)
        prompt.stylize("italic")
        body = Group(prompt, Text(""), talking_points_view(q.model_answer, points[q.id]))
        parts.append(Panel(body, title=head, title_align="left", box=box.ROUNDED, border_style="blue"))
    return Group(*parts)


def calibration_report(result: Calibration) -> Group:
    """`coach packs test`: agreement per criterion, then every disagreement with its evidence."""
    table = FitTable(Column("Criterion", "key"), *(Column(name, "key", "right") for name in
                                                   ("Agreed", "False credit", "Missed credit")),
                     box=box.SIMPLE_HEAD, title=f"Calibration of {sanitize(result.pack)}: "
                     f"{result.examples} examples", title_justify="left")
    for crit in result.criteria:
        ok = crit.agreed == crit.checked
        table.add_row(Text(sanitize(crit.id), style="green" if ok else "bold"),
                      Text(f"{crit.agreed}/{crit.checked}", style="green" if ok else "yellow"),
                      Text(str(len(crit.false_credit)), style="red" if crit.false_credit else "dim"),
                      Text(str(len(crit.missed_credit)), style="red" if crit.missed_credit else "dim"))
    parts: list[Any] = [table]
    lines = Text()
    for crit in result.criteria:
        for d in crit.false_credit + crit.missed_credit:
            where = f"{d.question} example {d.example + 1}"
            if d.line:
                where += f" (line {d.line})"
            lines.append(f"{d.kind}: ", style="bold red")
            lines.append(f"{sanitize(d.criterion)} — {sanitize(where)}\n")
            lines.append("    answer: ", style="dim")
            lines.append_text(safe(d.excerpt))
            lines.append("\n")
            if d.kind == "false credit":
                _finding(lines, "matched", d.phrase, f" ({d.strength:g})", d.evidence, "”")
            elif d.set_aside:
                _finding(lines, "set aside", d.phrase, "", d.evidence, "”: ", d.set_aside)
            elif d.negated_by:
                _finding(lines, "negated", d.phrase, "", d.evidence, "” by “", d.negated_by, "”")
            elif d.phrase:
                _finding(lines, "nearest", d.phrase, f" ({d.strength:g}, needs {MATCH_THRESHOLD})",
                         d.evidence, "”")
            else:
                lines.append("    nearest: no keyword phrase of this criterion came close", style="dim")
            lines.append("\n")
    for miss in result.score_misses:
        bounds = f"{miss.min_score if miss.min_score is not None else 0:g}-" \
                 f"{miss.max_score if miss.max_score is not None else 100:g}"
        where = f"{miss.question} example {miss.example + 1}"
        if miss.line:
            where += f" (line {miss.line})"
        lines.append("score out of bounds: ", style="bold red")
        lines.append(f"{sanitize(where)}: {miss.score}, expected {bounds}\n")
        lines.append("    answer: ", style="dim")
        lines.append_text(safe(miss.excerpt))
        lines.append("\n")
    for tip in result.tips_not_earning:
        lines.append("warning: tip does not earn its criterion: ", style="bold yellow")
        lines.append(f"{sanitize(tip.criterion)}\n")
        lines.append("    said as “", style="dim")
        lines.append_text(safe(tip.tip))
        lines.append("”: reword the tip or add a keyword phrase it uses\n", style="dim")
    if lines:
        lines.rstrip()
        parts.append(lines)
    if result.questions_without_examples:
        parts.append(Text("No examples: " + ", ".join(result.questions_without_examples),
                          style="yellow"))
    verdict = "all examples agree" if result.ok else \
        f"{result.disagreements} disagreement{'s' if result.disagreements != 1 else ''}"
    tips = len(result.tips_not_earning)
    if tips:
        verdict += f"; tips that do not earn their criterion: {tips}"
    parts.append(Text(verdict, style="bold green" if result.ok else "bold red"))
    return Group(*parts)


def _finding(lines: Text, label: str, phrase: str | None, note: str, evidence: str | None, after: str,
             cause: str | None = None, closing: str = "") -> None:
    """One line of a calibration disagreement: what matched where, and what undid it."""
    lines.append(f"    {label}: ", style="dim")
    lines.append_text(safe(phrase))
    lines.append(f"{note} in “", style="dim")
    lines.append_text(safe(evidence))
    lines.append(after, style="dim")
    if cause is not None:
        lines.append_text(safe(cause))
        if closing:
            lines.append(closing, style="dim")
