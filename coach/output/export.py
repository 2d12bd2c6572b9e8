"""`coach export`: a report of recent attempts as Markdown or HTML (the command writes it
atomically with coach.fileio.atomic_write).

The file is for a person (or their trainer): per attempt the question, score, answer and
per-criterion picture, and a summary of earn rates on top.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from coach.records import record
from coach.text import sanitize

from .answer_part import scored_part
from .markdown import md_inline, md_quote

if TYPE_CHECKING:
    from coach.history import Stats
    from coach.store import Attempt, Delivery


def delivery_line(delivery: Delivery) -> str:
    """A spoken answer's delivery report in one line (English, as the whole export is)."""
    from coach.text import clock

    parts = [f"Spoken: {clock(delivery.speaking_seconds)} speaking",
             f"{round(delivery.words_per_minute)} words per minute"]
    if delivery.over_limit_seconds > 0:
        parts.append(f"{delivery.over_limit_seconds:.1f} s over the time limit")
    count = len(delivery.pauses)
    pauses = "; ".join(f"after “{p.after}” at {clock(p.start)} ({p.seconds:.1f} s)" for p in delivery.pauses)
    noun = ("long pause", "long pauses")[count != 1]  # the export is English only
    parts.append(f"{count} {noun}: {pauses}" if count else "no long pauses")
    return ", ".join(parts) + f" (heard by {delivery.engine})"


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
    if stats.pace:
        out += ["## Pace (spoken answers)", "", "| Week | Spoken | Words per minute (median) | Long pauses "
                "| Over time |", "|---|---:|---:|---:|---:|"]
        out += [f"| {w.week} | {w.attempts} | {w.words_per_minute:g} | {w.long_pauses} | {w.over_limit} |"
                for w in stats.pace]
        out.append("")
    out += ["## Attempts", ""]
    for a in attempts:
        out += [f"### #{a.id} · {md_inline(a.question)} · {a.score}/100", "",
                f"*{md_inline(a.pack)} · {a.created[:16].replace('T', ' ')} UTC · {a.words} words*", "",
                f"**{md_inline(a.prompt)}**", "", *_answer_md(a), ""]
        if a.delivery is not None:
            out += [f"*{md_inline(delivery_line(a.delivery))}*", ""]
        out += _signals_md(_signals(a))
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
.earned{color:#176117}.missed{color:#9b1c1c}.flag{color:#9b1c1c;font-weight:bold}
blockquote{border-left:4px solid #ccc;margin:0;padding:.2rem 1rem;
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
    if stats.pace:
        out.append("<h2>Pace (spoken answers)</h2><table><tr><th>Week</th><th>Spoken</th>"
                   "<th>Words per minute (median)</th><th>Long pauses</th><th>Over time</th></tr>")
        out += [f"<tr><td>{e(w.week)}</td><td>{w.attempts}</td><td>{w.words_per_minute:g}</td>"
                f"<td>{w.long_pauses}</td><td>{w.over_limit}</td></tr>" for w in stats.pace]
        out.append("</table>")
    out.append("<h2>Attempts</h2>")
    for a in attempts:
        out += [f"<h3>#{a.id} · {e(a.question)} · <span class=\"score\">{a.score}/100</span></h3>",
                f"<p><em>{e(a.pack)} · {e(a.created[:16].replace('T', ' '))} UTC · {a.words} words</em></p>",
                f"<p><strong>{e(a.prompt)}</strong></p>", *_answer_html(a, e)]
        if a.delivery is not None:
            out.append(f"<p><em>{e(delivery_line(a.delivery))}</em></p>")
        out += _signals_html(_signals(a), e)
    if not attempts:
        out.append("<p>No attempts in this period.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- what a trainer reads about each attempt: evidence, tips for what was missed, red flags ------


@record(slots=True)
class _Row:
    """One criterion of an attempt as the export shows it."""

    mark: str  # ✓, ⊘ negated, ✗ set aside, ✗
    earned: bool
    label: str
    evidence: str  # the phrase that earned it (or was negated or set aside), else ""
    why: str  # what undid a negated or set-aside match, else ""
    tip: str  # for a criterion not earned


@record(slots=True)
class _Flag:
    penalty: float
    phrase: str
    why: str


@record(slots=True)
class _Signals:
    """What a trainer reads under an attempt: criteria, red flags and the engine's notes
    (scored for length, capped as keyword stuffing, may not answer the question)."""

    rows: list[_Row]
    flags: list[_Flag]
    notes: list[str]


def _signals(attempt: Attempt) -> _Signals:
    """Per criterion the evidence (or why it did not count) and the tip, the red flags and the
    notes, from the full result stored with the attempt (checked by the store when it was
    read); one without criteria falls back on the attempt's per-criterion summary."""
    from coach.history import stored_score

    result = stored_score(attempt.result)
    if not result.criteria:
        return _Signals([_Row("✓" if c.earned else ("⊘ negated" if c.negated else "✗"), c.earned,
                              c.label, "", "", "" if c.earned else c.tip) for c in attempt.criteria],
                        [], list(result.notes))
    rows = []
    for c in result.criteria:
        found = c.evidence.text if c.evidence is not None else ""
        if c.earned:
            rows.append(_Row("✓", True, c.label, found, "", ""))
        elif c.negated:
            by = f"negated by “{c.negation.text}”" if c.negation is not None else "negated"
            rows.append(_Row("⊘ negated", False, c.label, found, by, c.tip))
        elif c.set_aside is not None:
            rows.append(_Row("✗ set aside", False, c.label, found, c.set_aside.describe(), c.tip))
        else:
            rows.append(_Row("✗", False, c.label, "", "", c.tip))
    flags = [_Flag(f.penalty, f.evidence.text or f.phrase, f.why) for f in result.red_flags]
    return _Signals(rows, flags, list(result.notes))


def _signals_md(signals: _Signals) -> list[str]:
    out = ["| | Criterion | Evidence |", "|---|---|---|"]
    for r in signals.rows:
        found = f"“{md_inline(r.evidence)}”" if r.evidence else "not found"
        if r.why:
            found += f" ({md_inline(r.why)})"
        out.append(f"| {r.mark} | {md_inline(r.label)} | {found} |")
    out.append("")
    missed = [r for r in signals.rows if not r.earned and r.tip]
    if missed:
        out += ["**To improve**", ""]
        out += [f"- **{md_inline(r.label)}**: {md_inline(r.tip)}" for r in missed]
        out.append("")
    if signals.flags:
        out += ["**Red flags**", ""]
        out += [f"- −{f.penalty:g} “{md_inline(f.phrase)}”" + (f": {md_inline(f.why)}" if f.why else "")
                for f in signals.flags]
        out.append("")
    if signals.notes:
        out += [f"*Note: {md_inline(note)}*" for note in signals.notes]
        out.append("")
    return out


def _signals_html(signals: _Signals, e: Any) -> list[str]:
    out = ["<table><tr><th></th><th>Criterion</th><th>Evidence</th></tr>"]
    for r in signals.rows:
        found = f"“{e(r.evidence)}”" if r.evidence else "not found"
        if r.why:
            found += f" ({e(r.why)})"
        cls = "earned" if r.earned else "missed"
        out.append(f'<tr class="{cls}"><td>{e(r.mark)}</td><td>{e(r.label)}</td><td>{found}</td></tr>')
    out.append("</table>")
    missed = [r for r in signals.rows if not r.earned and r.tip]
    if missed:
        out.append("<p><strong>To improve</strong></p><ul>")
        out += [f"<li><strong>{e(r.label)}</strong>: {e(r.tip)}</li>" for r in missed]
        out.append("</ul>")
    if signals.flags:
        out.append("<p><strong>Red flags</strong></p><ul>")
        out += [f'<li><span class="flag">−{f.penalty:g}</span> “{e(f.phrase)}”'
                + (f": {e(f.why)}" if f.why else "") + "</li>" for f in signals.flags]
        out.append("</ul>")
    out += [f"<p><em>Note: {e(note)}</em></p>" for note in signals.notes]
    return out
