"""One scored answer shown to a person: the report of `coach score` and practice, and `--explain`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from coach.i18n import _, ngettext, percent
from coach.text import sanitize

from .coretext import core_text, word
from .layout import Column, FitPanel, FitTable
from .terminal import PALETTE, safe, score_bar

if TYPE_CHECKING:
    from coach.packs.points import TalkingPoint
    from coach.scoring import CriterionResult, PartResult, Score


def highlighted_answer(answer: str, result: Score) -> Text:
    """The answer with each criterion's evidence in its own colour, negations struck through."""
    text = safe(answer)
    for i, crit in enumerate(result.criteria):
        ev = crit.evidence
        if ev is None:
            continue
        if crit.earned:
            text.stylize(f"bold {PALETTE[i % len(PALETTE)]} underline", ev.start, ev.end)
        elif crit.negated:
            text.stylize("strike red", ev.start, ev.end)
    for flag in result.red_flags:
        text.stylize("bold white on red", flag.evidence.start, flag.evidence.end)
    return text


def _evidence_text(crit: CriterionResult) -> str:
    return crit.evidence.text if crit.evidence is not None else ""


def score_report(result: Score, *, prompt: str, title: str, answer: str) -> Group:
    """The full report for one scored answer (used by `coach score` and practice sessions)."""
    parts: list[Any] = []
    header = Text()
    header.append_text(safe(title))
    header.append("  ·  ", style="dim")
    header.append_text(safe(prompt))
    parts.append(FitPanel(score_bar(result.score), title=header, title_align="left",
                       box=box.ROUNDED))
    table = FitTable(Column("", "key"), Column(_("Criterion"), narrowest=16), Column(_("Evidence")),
                     Column(_("Match"), "key", "right"), box=box.SIMPLE_HEAD, expand=False, show_lines=False)
    for i, crit in enumerate(result.criteria):
        colour = PALETTE[i % len(PALETTE)]
        if crit.earned:
            mark, style = Text("✓", style="bold green"), colour
            evidence = Text("“", style="dim") + safe(_evidence_text(crit)) + Text("”", style="dim")
        elif crit.negated:
            mark, style = Text("⊘", style="bold red"), "red"
            evidence = Text(_("negated:") + " “", style="red") + safe(_evidence_text(crit)) + \
                Text("”", style="red")
            if crit.negation is not None:
                evidence += Text(" " + _("(by “{cue}”)").format(cue=sanitize(crit.negation.text)),
                                 style="dim red")
        elif crit.set_aside is not None:
            # Found, but a judgement rule kept it from counting: say which, so it can be fixed.
            mark, style = Text("✗", style="bold yellow"), "dim"
            evidence = Text(_("set aside:") + " “", style="yellow") + safe(_evidence_text(crit)) + \
                Text("”", style="yellow") + Text(f" ({sanitize(core_text(crit.set_aside.describe()))})",
                                                 style="dim")
        else:
            mark, style = Text("✗", style="bold red"), "dim"
            evidence = Text(_("not found"), style="dim")
        match = Text(str(crit.match) if crit.earned or crit.negated else "–", style="dim")
        table.add_row(mark, Text(sanitize(crit.label), style=style), evidence, match)
    parts.append(table)
    if result.parts:
        parts.append(part_coverage(result.parts))
    from .answer_part import scored_part

    shown, rest = scored_part(answer, result)
    if shown.strip():
        body = highlighted_answer(shown, result)
        if rest:
            body.append("\n" + _("… and {count:,} more characters, not scored and not shown.").format(
                count=rest), style="dim")
        # (Titles as Text: Rich reads a str title as markup, loading its emoji table to do so.)
        parts.append(Panel(body, title=Text(_("Your answer")), title_align="left", box=box.ROUNDED,
                           border_style="dim"))
    tips = [c for c in result.criteria if not c.earned and c.tip]
    if tips:
        lines = Text()
        for crit in tips:
            lines.append("• ", style="yellow")
            lines.append(sanitize(crit.label), style="bold")
            lines.append(": ")
            lines.append_text(safe(crit.tip))
            if crit.negated:
                lines.append(" " + _("(you mentioned it, but negated it)"), style="dim")
            elif crit.set_aside is not None:
                lines.append(" " + _("(“{evidence}” did not count: {why})").format(
                    evidence=sanitize(_evidence_text(crit)),
                    why=sanitize(core_text(crit.set_aside.describe()))), style="dim")
            lines.append("\n")
        lines.rstrip()
        parts.append(Panel(lines, title=Text(_("To improve")), title_align="left", box=box.ROUNDED,
                           border_style="yellow"))
    if result.red_flags:
        lines = Text()
        for flag in result.red_flags:
            lines.append(f"−{flag.penalty:g} ", style="bold red")
            lines.append("“")
            lines.append_text(safe(flag.evidence.text))
            lines.append("”")
            if flag.why:
                lines.append(" — ")
                lines.append_text(safe(flag.why))
            lines.append("\n")
        lines.rstrip()
        parts.append(Panel(lines, title=Text(_("Red flags")), title_align="left", box=box.ROUNDED,
                           border_style="red"))
    parts.append(delivery_notes(result))
    return Group(*parts)


def part_coverage(parts: list[PartResult]) -> Text:
    """A question in parts: how much of each part the answer covered (the score is the mean)."""
    out = Text()
    out.append(_("Parts:") + " ", style="bold")
    for i, part in enumerate(parts, 1):
        if i > 1:
            out.append(" · ", style="dim")
        out.append_text(safe(part.label or _("part {number}").format(number=i)))
        share = round(100 * part.coverage)
        out.append(" " + percent(share), style="green" if share == 100 else ("yellow" if share else "red"))
    out.append(" " + _("(the score is their mean: every part counts)"), style="dim")
    return out


def delivery_notes(result: Score) -> Text:
    """Length, fillers, hedges, STAR parts and engine notes, one line each."""
    out = Text()
    verdict, advice = length_advice(result)
    out.append(_("Length:") + " ", style="bold")
    out.append(ngettext("{count} word ({verdict}).", "{count} words ({verdict}).", result.words).format(
        count=result.words, verdict=word(verdict)) + " ")
    out.append(core_text(advice), style="dim")
    for items, label in ((result.fillers, _("Fillers:")), (result.hedges, _("Hedges:"))):
        if items:
            out.append(f"\n{label} ", style="bold")
            out.append(", ".join(f"“{sanitize(i.text)}” ×{i.count}" for i in items))
    star = result.star
    if star is not None:
        out.append("\n" + _("STAR:") + " ", style="bold")
        for part, found in star.items():
            out.append(f"{'✓' if found else '✗'} {word(part)}  ", style="green" if found else "red")
        missing = [word(p) for p, f in star.items() if not f]
        if missing:
            out.append("— " + _("say more about: {parts}.").format(parts=", ".join(missing)), style="dim")
    for note in result.notes:
        out.append("\n" + _("Note: {note}").format(note=core_text(note)), style="yellow")
    return out


def talking_points_view(text: str, points: list[TalkingPoint]) -> Group:
    """A model answer with the phrases that earn each criterion highlighted in that
    criterion's colour (the colours of the score report), then the talking points one per
    line, so they read without colour too; a criterion it does not earn is said so."""
    body = safe(text.strip())
    lead = len(text) - len(text.lstrip())  # offsets are into the text as written
    legend = Text()
    for i, point in enumerate(points):
        colour = PALETTE[i % len(PALETTE)]
        for span in point.spans:
            body.stylize(f"bold {colour} underline", span.start - lead, span.end - lead)
        if legend:
            legend.append("\n")
        if point.earned:
            legend.append("● ", style=colour)
            legend.append(sanitize(point.label), style=f"bold {colour}")
            legend.append(": ")
            legend.append(", ".join(f"“{sanitize(s.text)}”" for s in point.spans))
        else:
            legend.append("○ ", style="dim")
            legend.append(sanitize(point.label), style="bold")
            legend.append(": " + _("not in this answer"), style="dim")
    return Group(body, Text(""), Text(_("Talking points"), style="bold"), legend) if points else Group(body)


def length_advice(result: Score) -> tuple[str, str]:
    """The length verdict and advice shown with a result (coach.scoring.results.fit_to_expected:
    a pack's `min_words` leads), worked out again from the stored fields for old attempts."""
    from coach.scoring.results import fit_to_expected

    if result.empty:
        return result.length, result.length_advice
    return fit_to_expected(result.length, result.length_advice, result.words, result.min_words)


def explain_table(rows: list[dict[str, Any]], threshold: int,
                  criteria: list[CriterionResult] | None = None) -> Table:
    """`coach score --explain`: every keyword phrase's best match in the answer, grouped by
    criterion with its verdict, so a trainer sees why a criterion was or was not earned.
    (The rows are coach.scoring.explain's, which are plain data.)"""
    verdicts = {c.id: c for c in criteria or []}
    table = Table(box=box.SIMPLE_HEAD, title=_("Keyword phrases and their best matches"),
                  caption=_("A phrase earns its criterion from strength {threshold}, unless negated "
                            "or set aside by a judgement rule (idiom, exclusion, sense, object, "
                            "hearsay, subject, deflection, stuffing).").format(threshold=threshold))
    table.add_column(_("Criterion"), no_wrap=True)
    table.add_column(_("Phrase"))
    table.add_column(_("Best match in the answer"))
    table.add_column(_("Strength"), justify="right")
    previous = None
    for row in rows:
        strength = row["strength"]
        style = "green" if strength >= threshold and not row["negated"] else (
            "red" if row["negated"] else "dim")
        found = safe(row["evidence"]["text"]) if row["evidence"] else Text("–", style="dim")
        aside = row.get("set_aside")
        if row["negated"]:
            found.append(" " + _("(negated)"), style="red")
        elif aside:
            found.append(" " + _("(set aside, {rule}: {why})").format(
                rule=aside["rule"], why=sanitize(core_text(aside["why"]))), style="yellow")
            style = "yellow"
        label = Text("")
        if row["criterion"] != previous:
            if previous is not None:
                table.add_section()
            verdict = verdicts.get(row["criterion"])
            label = Text(row["criterion"])
            if verdict is not None:
                mark, mark_style = ("✓ ", "bold green") if verdict.earned else (
                    ("⊘ ", "bold red") if verdict.negated else ("✗ ", "bold red"))
                label = Text(mark, style=mark_style) + label
                if verdict.negated and verdict.negation is not None:
                    label.append("\n  " + _("negated by “{cue}”").format(cue=sanitize(verdict.negation.text)),
                                 style="dim red")
            previous = row["criterion"]
        mark = "✓ " if strength >= threshold and not row["negated"] and not aside else ""
        table.add_row(label, safe(row["phrase"]), found, Text(f"{mark}{strength:g}", style=style))
    return table
