"""Everything coach shows a person: the one module that imports Rich.

User text (answers, pack phrases, tips) is sanitised and wrapped in `Text` here, never
parsed as markup, so "[bold]" or an ANSI escape in an answer prints literally and harmlessly.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .text import sanitize

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
        else:
            mark, style = Text("✗", style="bold red"), "dim"
            evidence = Text("not found", style="dim")
        match = Text(str(crit["match"]) if crit["earned"] or crit["negated"] else "–", style="dim")
        table.add_row(mark, Text(sanitize(crit["label"]), style=style), evidence, match)
    parts.append(table)
    if answer.strip():
        parts.append(Panel(highlighted_answer(answer, result), title="Your answer",
                           title_align="left", box=box.ROUNDED, border_style="dim"))
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


def explain_table(rows: list[dict[str, Any]], threshold: int) -> Table:
    """`coach score --explain`: every keyword phrase's best match in the answer."""
    table = Table(box=box.SIMPLE_HEAD, title="Keyword phrases and their best matches")
    table.add_column("Criterion", no_wrap=True)
    table.add_column("Phrase")
    table.add_column("Best match in the answer")
    table.add_column("Strength", justify="right")
    for row in rows:
        strength = row["strength"]
        style = "green" if strength >= threshold and not row["negated"] else (
            "red" if row["negated"] else "dim")
        found = safe(row["evidence"]["text"]) if row["evidence"] else Text("–", style="dim")
        if row["negated"]:
            found.append(" (negated)", style="red")
        table.add_row(Text(row["criterion"]), safe(row["phrase"]), found,
                      Text(f"{strength:g}", style=style))
    return table


def grade_table(rows: list[dict[str, Any]], summary: dict[str, Any]) -> Group:
    """`coach grade --format table`: one row per answer and a summary line."""
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("ID", "Candidate", "Question", "Score", "Earned", "Missed"):
        table.add_column(name, justify="right" if name == "Score" else "left")
    for row in rows:
        if row.get("error"):
            table.add_row(safe(row.get("id") or f"line {row['line']}"), safe(row.get("candidate")),
                          safe(row.get("question")), Text("error", style="bold red"),
                          Text(sanitize(row["error"]), style="red"), Text(""))
            continue
        earned = ", ".join(c["id"] for c in row["criteria"] if c["earned"])
        missed = ", ".join(c["id"] for c in row["criteria"] if not c["earned"])
        table.add_row(safe(row.get("id") or f"line {row['line']}"), safe(row.get("candidate")),
                      safe(row["question"]), Text(str(row["score"]), style=band(row["score"])),
                      Text(earned, style="green"), Text(missed, style="dim"))
    mean = summary["mean_score"]
    line = Text(f"{summary['graded']} graded, {summary['errors']} errors"
                + (f", mean score {mean}" if mean is not None else ""), style="bold")
    if summary.get("threshold") is not None:
        line.append(f", {summary['below_threshold']} below {summary['threshold']}",
                    style="red" if summary["below_threshold"] else "green")
    return Group(table, line)


# Characters json.dumps(ensure_ascii=False) leaves raw that a terminal may act on (C1
# controls such as CSI, bidi overrides) or that cannot be encoded (lone surrogates). They only
# occur inside JSON strings, so escaping them keeps the data exact and the JSON valid.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def print_json(data: Any) -> None:
    """JSON to stdout, unstyled (for scripts), with non-ASCII kept readable."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
