"""Packs shown to a trainer: `coach packs list`, `show` and `test` (calibration)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from coach.i18n import N_, _, ngettext
from coach.scoring import MATCH_THRESHOLD
from coach.text import sanitize

from .coretext import core_text, word
from .feedback import talking_points_view
from .layout import Column, FitTable
from .terminal import safe

# Disagreement kinds (coach.trainer.calibrate), shown in the screen language.
KINDS = {"false credit": N_("false credit"), "missed credit": N_("missed credit")}

if TYPE_CHECKING:
    from coach.packs import Pack, Question
    from coach.packs.points import TalkingPoint
    from coach.trainer.calibrate import Calibration
    from coach.trainer.install import PackEntry


def _question_criteria(q: Question) -> tuple[str, str]:
    """A question's criteria and `require` for `packs show`, part by part when it has parts."""
    if q.parts:
        names = "; ".join(f"{part.label or _('part {number}').format(number=i)}: {', '.join(part.criteria)}"
                          for i, part in enumerate(q.parts, 1))
        needs = " + ".join(str(part.require or len(part.criteria)) for part in q.parts)
        return names, needs
    return (", ".join(q.criteria) if q.criteria else _("all"), str(q.require) if q.require else _("all"))


def classes_table(classes: list[dict[str, Any]]) -> FitTable:
    """`coach packs classes`: each word class as written in a phrase, and its words."""
    table = FitTable(Column(_("Class"), "key"), Column(_("Words"), narrowest=20, breaks=" ,"),
                     box=box.SIMPLE_HEAD)
    for entry in classes:
        words = ", ".join(entry["words"])
        if entry["numerals"]:
            words = _("any numeral (10, 2024)") + ", " + words
        table.add_row(Text("{" + entry["name"] + "}", style="bold"), safe(words))
    return table


def packs_table(entries: list[PackEntry]) -> FitTable:
    """`coach packs list`: one row per pack file, broken ones with their first error. On a
    narrow screen the path wraps, and Where, Lang, Questions and at last Path give way; the id
    stays whole (`--json` has every field)."""
    table = FitTable(Column(_("ID"), "key"), Column(_("Title"), narrowest=12, breaks=" ./"),
                     Column(_("Lang"), "key", drop=2), Column(_("Questions"), "key", "right", drop=3),
                     Column(_("Where"), "key", drop=1),
                     Column(_("Path"), narrowest=18, drop=4, breaks="/-_."), box=box.SIMPLE_HEAD)
    for entry in entries:
        if entry.status in ("broken", "unreadable", "skipped"):
            error = entry.error or ""
            if error.startswith(entry.path + ":"):  # the Path column already says which file
                error = _("line") + " " + error[len(entry.path) + 1 :]
            table.add_row(safe(entry.id), Text(f"{word(entry.status)}: ", style="bold red") + safe(error),
                          Text("–"), Text("–"), Text(word(entry.origin)), safe(entry.path))
            continue
        title = safe(entry.title)
        if entry.status == "shadowed":
            title.append(" " + _("(shadowed by an earlier pack with this id)"), style="dim")
        table.add_row(safe(entry.id), title, Text(entry.language or ""),
                      Text(str(entry.questions)), Text(word(entry.origin)), safe(entry.path))
    return table


def pack_details(pack: Pack, points: dict[str, list[TalkingPoint]] | None = None) -> Group:
    """`coach packs show`: criteria with keywords and tips, red flags, then questions, and
    each model answer with its talking points (`points`: question id -> its points)."""
    model = pack.model
    head = Text()
    head.append_text(safe(model.title))
    count = len(model.questions)
    head.append("  (" + ngettext("{pack}, {language}, {count} question",
                                 "{pack}, {language}, {count} questions", count).format(
        pack=model.pack, language=model.language, count=count) + ")", style="dim")
    parts: list[Any] = [head]
    if model.description:
        parts.append(safe(model.description))
    if pack.source:
        parts.append(Text(_("from") + " ", style="dim") + safe(str(pack.source)))
    crit = Table(box=box.SIMPLE_HEAD, title=_("Criteria"), title_justify="left")
    for name in (N_("ID"), N_("Label"), N_("Weight"), N_("Keywords"), N_("Tip")):
        crit.add_column(_(name), justify="right" if name == "Weight" else "left")
    for cid, c in model.criteria.items():
        crit.add_row(safe(cid), safe(c.label), Text(f"{c.weight:g}"), safe(", ".join(c.keywords)),
                     safe(c.tip))
    parts.append(crit)
    if model.red_flags:
        flags = Table(box=box.SIMPLE_HEAD, title=_("Red flags"), title_justify="left")
        for name in (N_("Phrase"), N_("Penalty"), N_("Why")):
            flags.add_column(_(name), justify="right" if name == "Penalty" else "left")
        for f in model.red_flags:
            flags.add_row(safe(f.phrase), Text(f"{f.penalty:g}"), safe(f.why))
        parts.append(flags)
    questions = Table(box=box.SIMPLE_HEAD, title=_("Questions"), title_justify="left")
    for name in (N_("ID"), N_("Prompt"), N_("Criteria"), N_("Require"), N_("Difficulty"), N_("Model"),
                 N_("Examples")):
        questions.add_column(_(name))
    for q in model.questions:
        names, needs = _question_criteria(q)
        questions.add_row(safe(q.id), safe(q.prompt), safe(names), Text(needs), Text(word(str(q.difficulty))),
                          Text(_("yes") if q.model_answer else _("no")), Text(str(len(q.examples))))
    parts.append(questions)
    for q in model.questions:
        if points is None or q.id not in points or not q.model_answer.strip():
            continue
        # The id alone in the title (a long prompt would be cut there); the prompt opens the body.
        head = Text(_("Model answer:") + " ", style="bold")
        head.append_text(safe(q.id))
        prompt = safe(q.prompt)
        prompt.stylize("italic")
        body = Group(prompt, Text(""), talking_points_view(q.model_answer, points[q.id]))
        parts.append(Panel(body, title=head, title_align="left", box=box.ROUNDED, border_style="blue"))
    return Group(*parts)


def calibration_report(result: Calibration) -> Group:
    """`coach packs test`: agreement per criterion, then every disagreement with its evidence."""
    table = FitTable(Column(_("Criterion"), "key"), *(
        Column(_(name), "key", "right") for name in (N_("Agreed"), N_("False credit"), N_("Missed credit"))),
                     box=box.SIMPLE_HEAD, title=ngettext(
                         "Calibration of {pack}: {count} example", "Calibration of {pack}: {count} examples",
                         result.examples).format(pack=sanitize(result.pack), count=result.examples),
                     title_justify="left")
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
            where = _("{question} example {number}").format(question=d.question, number=d.example + 1)
            if d.line:
                where += " " + _("(line {line})").format(line=d.line)
            lines.append(f"{_(KINDS.get(d.kind, d.kind))}: ", style="bold red")
            lines.append(f"{sanitize(d.criterion)} — {sanitize(where)}\n")
            lines.append("    " + _("answer:") + " ", style="dim")
            lines.append_text(safe(d.excerpt))
            lines.append("\n")
            if d.kind == "false credit":
                _finding(lines, _("matched"), d.phrase, f" ({d.strength:g})", d.evidence, "”")
            elif d.set_aside:
                _finding(lines, _("set aside"), d.phrase, "", d.evidence, "”: ", core_text(d.set_aside))
            elif d.negated_by:
                _finding(lines, _("negated"), d.phrase, "", d.evidence, "” " + _("by") + " “", d.negated_by,
                         "”")
            elif d.phrase:
                _finding(lines, _("nearest"), d.phrase, " (" + _("{strength}, needs {threshold}").format(
                    strength=f"{d.strength:g}", threshold=MATCH_THRESHOLD) + ")", d.evidence, "”")
            else:
                lines.append("    " + _("nearest: no keyword phrase of this criterion came close"),
                             style="dim")
            lines.append("\n")
    for miss in result.score_misses:
        bounds = f"{miss.min_score if miss.min_score is not None else 0:g}-" \
                 f"{miss.max_score if miss.max_score is not None else 100:g}"
        where = _("{question} example {number}").format(question=miss.question, number=miss.example + 1)
        if miss.line:
            where += " " + _("(line {line})").format(line=miss.line)
        lines.append(_("score out of bounds:") + " ", style="bold red")
        lines.append(sanitize(where) + ": " + _("{score}, expected {bounds}").format(
            score=miss.score, bounds=bounds) + "\n")
        lines.append("    " + _("answer:") + " ", style="dim")
        lines.append_text(safe(miss.excerpt))
        lines.append("\n")
    for tip in result.tips_not_earning:
        lines.append(_("warning: tip does not earn its criterion:") + " ", style="bold yellow")
        lines.append(f"{sanitize(tip.criterion)}\n")
        lines.append("    " + _("said as") + " “", style="dim")
        lines.append_text(safe(tip.tip))
        lines.append("”: " + _("reword the tip or add a keyword phrase it uses") + "\n", style="dim")
    if lines:
        lines.rstrip()
        parts.append(lines)
    if result.questions_without_examples:
        parts.append(Text(_("No examples:") + " " + ", ".join(result.questions_without_examples),
                          style="yellow"))
    verdict = _("all examples agree") if result.ok else ngettext(
        "{count} disagreement", "{count} disagreements", result.disagreements).format(
        count=result.disagreements)
    tips = len(result.tips_not_earning)
    if tips:
        verdict += "; " + _("tips that do not earn their criterion: {count}").format(count=tips)
    parts.append(Text(verdict, style="bold green" if result.ok else "bold red"))
    return Group(*parts)


def _finding(lines: Text, label: str, phrase: str | None, note: str, evidence: str | None, after: str,
             cause: str | None = None, closing: str = "") -> None:
    """One line of a calibration disagreement: what matched where, and what undid it."""
    lines.append(f"    {label}: ", style="dim")
    lines.append_text(safe(phrase))
    lines.append(f"{note} " + _("in") + " “", style="dim")
    lines.append_text(safe(evidence))
    lines.append(after, style="dim")
    if cause is not None:
        lines.append_text(safe(cause))
        if closing:
            lines.append(closing, style="dim")
