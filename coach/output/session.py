"""A practice session on screen: the question, the scored answer, the model answer, the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from coach.i18n import _, ngettext, number
from coach.text import sanitize

from .coretext import core_text, waiting_time, word
from .feedback import score_report, talking_points_view
from .layout import Column, FitPanel, FitTable
from .terminal import band, change_text, clock_text, safe

if TYPE_CHECKING:
    from coach.practice import Asked, ModelAnswer, Outlook, Rerated, Scored, SessionSummary


def question_panel(asked: Asked) -> FitPanel:
    """A question as asked in a session: the prompt, its number, and its time limit."""
    q = asked.question
    body = Text()
    body.append_text(safe(q.prompt))
    body.append("\n")
    meta = [_("time limit {time}").format(time=clock_text(asked.time_limit)), word(str(q.difficulty))]
    if q.tags:
        meta.append(", ".join(sanitize(t) for t in q.tags))
    body.append(" · ".join(meta), style="dim")
    title = Text(_("Question {number} of {total}").format(number=asked.index, total=asked.total),
                 style="bold")
    if asked.again:
        title.append("  " + _("(once more: rated Again earlier)"), style="yellow")
    elif asked.retry:
        title.append("  " + _("(retry)"), style="cyan")
    return FitPanel(body, title=title, title_align="left", subtitle=safe(asked.pack_title),
                    subtitle_align="right", box=box.HEAVY, border_style="cyan")


def scored_view(scored: Scored) -> Group:
    """After an answer: the same report as `coach score`, then where it was saved and the change."""
    report = score_report(scored.result, prompt=scored.question.prompt, title=scored.pack_title,
                          answer=scored.answer.text)
    line = Text()
    if scored.attempt_id is not None:
        line.append(_("Saved as attempt #{id}").format(id=scored.attempt_id), style="dim")
    else:
        line.append(_("Not saved"), style="yellow")
    if scored.previous is not None:
        line.append(" · " + _("last time {before} → now {now}").format(
            before=scored.previous, now=scored.result.score) + " ", style="dim")
        line.append_text(change_text(scored.result.score - scored.previous))
    if scored.answer.duration is not None:
        line.append(" · " + _("took {time}").format(time=clock_text(scored.answer.duration)), style="dim")
    if scored.answer.timed_out:
        line.append(" · " + _("submitted at the time limit"), style="yellow")
    line.append(" · ", style="dim")
    line.append_text(rating_text(scored))
    if scored.answer.delivery is None:
        return Group(report, line)
    from .recording import delivery_text  # a spoken answer (practice --speak)

    return Group(report, delivery_text(scored.answer.delivery), line)


def rating_text(scored: Scored) -> Text:
    """The rating that schedules the question and when it comes back: "rated Hard - next
    review in 3 days"; an override also names the score's own rating."""
    from coach.schedule import next_review

    line = Text()
    if scored.override is not None:
        line.append(_("you rated it {rating}").format(rating=word(str(scored.override))), style="bold")
        line.append(" " + _("(the score rated it {rating})").format(rating=word(str(scored.rating))),
                    style="dim")
    else:
        line.append(_("rated {rating}").format(rating=word(str(scored.rating))), style="bold")
    if scored.due is not None:
        line.append(" - " + _("next review {when}").format(when=waiting_time(next_review(scored.due))),
                    style="dim")
    else:
        line.append(" - " + _("not scheduled (not saved)"), style="dim")
    return line


def rerated_line(rerated: Rerated) -> Text:
    """After the candidate chose a rating: what now schedules the question."""
    line = Text(_("Rescheduled:") + " ", style="dim") if rerated.rescheduled else Text()
    line.append_text(rating_text(rerated.scored))
    if not rerated.rescheduled:
        line.append(" · " + _("not rescheduled: {why}").format(why=core_text(rerated.why)), style="yellow")
    return line


def outlook_line(outlook: Outlook) -> str:
    """Before the first question (a message for stderr): due today and the day streak, or that
    this first session starts with the pack's central question."""
    if outlook.first_time:
        head = (_("first session with {pack}: starting with its central question")
                if outlook.starts_with_central else _("first session with {pack}")).format(
            pack=sanitize(outlook.pack_title))
    else:
        head = ngettext("{pack}: {count} question due today, {never} never answered",
                        "{pack}: {count} questions due today, {never} never answered",
                        outlook.due_today).format(pack=sanitize(outlook.pack_title), count=outlook.due_today,
                                                  never=outlook.never_answered)
    if outlook.longest == 0:  # never practised any pack: no streak to speak of
        return head
    if outlook.streak == 0:
        streak = ngettext("no streak today (longest {longest} day)",
                          "no streak today (longest {longest} days)", outlook.longest).format(
            longest=outlook.longest)
    else:
        streak = ngettext("streak {count} day (longest {longest})", "streak {count} days (longest {longest})",
                          outlook.streak).format(count=outlook.streak, longest=outlook.longest) + (
            "" if outlook.practised_today else "; " + _("practise today to keep it"))
    return f"{head} · {streak}"


def model_answer_panel(shown: ModelAnswer) -> FitPanel:
    """The pack's model answer, labelled as one example of a strong answer, with the phrases
    that earn each criterion highlighted and listed as talking points."""
    return FitPanel(talking_points_view(shown.text, shown.points),
                    title=_("An example of a strong answer (one of many, not the only right one)"),
                    title_align="left", box=box.ROUNDED, border_style="blue")


def session_summary(summary: SessionSummary) -> Group:
    """The end of a session: every question, its scores, the change since last time, weak spots."""
    table = FitTable(Column(_("Question"), "key"), Column(_("Score"), "key", "right"),
                     Column(_("This session"), narrowest=8, drop=2),
                     Column(_("Before"), "key", "right", drop=1),
                     Column(_("Change"), "key", "right"),
                     box=box.SIMPLE_HEAD, title=_("Session summary"), title_justify="left")
    for row in summary.rows:
        last = row.last
        if last is None:  # no answer scored for this question
            continue
        table.add_row(safe(row.question), Text(str(last), style=f"bold {band(last)}"),
                      Text(" → ".join(str(s) for s in row.scores), style="dim"),
                      Text("–" if row.previous is None else str(row.previous), style="dim"),
                      change_text(row.change))
    # No answer scored: the title alone, and the line below says so (no header over nothing).
    parts: list[Any] = [table if summary.attempts else Text(_("Session summary"), style="italic")]
    line = Text()
    if summary.attempts:
        line.append(ngettext("{count} answer scored, average {average}.",
                             "{count} answers scored, average {average}.", summary.attempts).format(
            count=summary.attempts, average=number(summary.average or 0, 1)) + " ", style="bold")
    else:
        line.append(_("No answers scored.") + " ", style="bold")
    if summary.saved:
        line.append(ngettext("{count} saved to the history.", "{count} saved to the history.",
                             summary.saved).format(count=summary.saved), style="dim")
    elif summary.attempts:
        line.append(_("Nothing was saved (the history could not be written)."), style="yellow")
    if summary.ended_by == "interrupted":
        line.append(" " + _("Session ended early; every scored answer is kept."), style="dim")
    parts.append(line)
    if summary.weakest:
        tips = Text()
        for crit in summary.weakest:
            tips.append(f"• {sanitize(crit.label)} ", style="bold")
            tips.append(f"({crit.earned}/{crit.seen})", style="dim")
            if crit.tip:
                tips.append(": ")
                tips.append_text(safe(crit.tip))
            tips.append("\n")
        tips.rstrip()
        parts.append(Panel(tips, title=_("Weakest criteria this session"), title_align="left",
                           box=box.ROUNDED, border_style="yellow"))
    return Group(*parts)


def skipped_note() -> Text:
    """An empty answer: nothing scored or stored."""
    return Text(_("Nothing typed: skipped."), style="dim")
