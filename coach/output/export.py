"""`coach export`: a report of recent attempts as Markdown or HTML (the command writes it
atomically with coach.fileio.atomic_write).

The file is for a person (or their trainer): per attempt the question, score, answer and
per-criterion picture, and a summary of earn rates on top.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from coach.text import sanitize

from .markdown import md_inline, md_quote

if TYPE_CHECKING:
    from coach.history import Stats
    from coach.scoring import Score
    from coach.store import Attempt


def scored_part(answer: str, result: Score | None) -> tuple[str, int]:
    """The part of an answer that was scored, which is all a report shows, and how many
    characters after it were not scored (so a 20 MB answer renders as fast as 60,000
    characters do). Results stored before `scored_chars` existed are cut as the engine cuts."""
    if result is not None and result.truncated and result.scored_chars > 0:
        shown = answer[: result.scored_chars]
    elif len(answer) > 60_000:
        from coach.scoring import capped

        shown = capped(answer)
    else:
        shown = answer
    return shown, len(answer) - len(shown)


def _unscored(rest: int) -> str:
    return f"… and {rest:,} more characters, not scored and not shown." if rest else ""


def markdown(attempts: Sequence[Attempt], stats: Stats, *, title: str, period: str) -> str:
    """The report as Markdown."""
    out = [f"# {md_inline(title)}", "", f"{period}. {stats.attempts} attempts at {stats.questions} "
           f"questions, average score {stats.average if stats.average is not None else '–'}, "
           f"best {stats.best if stats.best is not None else '–'}.", ""]
    if stats.criteria:
        out += ["## Criteria", "", "| Criterion | Earned | Rate |", "|---|---:|---:|"]
        for c in sorted(stats.criteria, key=lambda c: c.rate):
            out.append(f"| {md_inline(c.label)} | {c.earned}/{c.seen} | {round(100 * c.rate)}% |")
        out.append("")
    if stats.weakest:
        out += ["## To work on", ""]
        out += [f"- **{md_inline(w.label)}**: {md_inline(w.tip)}" for w in stats.weakest]
        out.append("")
    out += ["## Attempts", ""]
    for a in attempts:
        out += [f"### #{a.id} · {md_inline(a.question)} · {a.score}/100", "",
                f"*{md_inline(a.pack)} · {a.created[:16].replace('T', ' ')} UTC · {a.words} words*", "",
                f"**{md_inline(a.prompt)}**", "", *_answer_md(a), "", "| | Criterion |", "|---|---|"]
        for crit in a.criteria:
            mark = "✓" if crit.earned else ("⊘ negated" if crit.negated else "✗")
            out.append(f"| {mark} | {md_inline(crit.label)} |")
        out.append("")
    if not attempts:
        out += ["No attempts in this period.", ""]
    return "\n".join(out)


def _answer_md(attempt: Attempt) -> list[str]:
    from coach.history import stored_score  # here: `coach score` uses scored_part, not history

    shown, rest = scored_part(attempt.answer, stored_score(attempt.result))
    return [md_quote(shown), "", f"*{_unscored(rest)}*"] if rest else [md_quote(shown)]


_CSS = """body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
.earned{color:#176117}.missed{color:#9b1c1c}blockquote{border-left:4px solid #ccc;margin:0;padding:.2rem 1rem;
white-space:pre-wrap;color:#444}.score{font-weight:bold}h3{margin-top:2rem}"""


def _answer_html(attempt: Attempt, e: Any) -> list[str]:
    from coach.history import stored_score

    shown, rest = scored_part(attempt.answer, stored_score(attempt.result))
    out = [f"<blockquote>{e(shown)}</blockquote>"]
    return [*out, f"<p><em>{e(_unscored(rest))}</em></p>"] if rest else out


def html_report(attempts: Sequence[Attempt], stats: Stats, *, title: str, period: str) -> str:
    """The report as a standalone HTML page (no scripts, no external resources)."""

    def e(text: Any) -> str:
        return html.escape(sanitize(str(text)), quote=True)

    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title><style>{_CSS}</style></head><body>", f"<h1>{e(title)}</h1>",
           f"<p>{e(period)}. {stats.attempts} attempts at {stats.questions} questions, average score "
           f"{e(stats.average if stats.average is not None else '–')}, best "
           f"{e(stats.best if stats.best is not None else '–')}.</p>"]
    if stats.criteria:
        out.append("<h2>Criteria</h2><table><tr><th>Criterion</th><th>Earned</th><th>Rate</th></tr>")
        for c in sorted(stats.criteria, key=lambda c: c.rate):
            out.append(f"<tr><td>{e(c.label)}</td><td>{c.earned}/{c.seen}</td>"
                       f"<td>{round(100 * c.rate)}%</td></tr>")
        out.append("</table>")
    if stats.weakest:
        out.append("<h2>To work on</h2><ul>")
        out += [f"<li><strong>{e(w.label)}</strong>: {e(w.tip)}</li>" for w in stats.weakest]
        out.append("</ul>")
    out.append("<h2>Attempts</h2>")
    for a in attempts:
        out += [f"<h3>#{a.id} · {e(a.question)} · <span class=\"score\">{a.score}/100</span></h3>",
                f"<p><em>{e(a.pack)} · {e(a.created[:16].replace('T', ' '))} UTC · {a.words} words</em></p>",
                f"<p><strong>{e(a.prompt)}</strong></p>", *_answer_html(a, e),
                "<table>"]
        for crit in a.criteria:
            cls, mark = ("earned", "✓") if crit.earned else ("missed", "⊘ negated" if crit.negated else "✗")
            out.append(f'<tr class="{cls}"><td>{mark}</td><td>{e(crit.label)}</td></tr>')
        out.append("</table>")
    if not attempts:
        out.append("<p>No attempts in this period.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
