"""Commands for practising and looking back: practice (also bare `coach`), history, stats, export.

Loaded by cli.py only when one of its commands runs (see `LazyGroup`). Heavy modules (sqlite3,
the engine, prompt_toolkit, fsrs) are imported inside the command functions.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from .history import Stats
    from .practice import Event, Session
    from .store import Attempt, CardRow, Store

DEFAULT_COUNT = 5


class ModeChoice(StrEnum):
    new = "new"
    review = "review"
    random = "random"


class DifficultyChoice(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class ExportFormat(StrEnum):
    markdown = "markdown"
    html = "html"


def _existing_store() -> Store | None:
    """The history opened read-only, or None when there is none yet: reading creates, migrates
    and writes nothing, so it works in a read-only data folder."""
    from .store import Store, db_path

    path = db_path()
    return Store.open(path, readonly=True) if path.exists() else None


def _warn_damaged(store: Store) -> None:
    """Name every damaged row the store skipped while reading."""
    from .output.messages import warn
    from .text import sanitize

    for message in store.take_warnings():
        warn(sanitize(message))


def _text_option(value: str | None) -> str | None:
    """An option typed on the command line as valid text (undecodable bytes become U+FFFD)."""
    from .text import repair

    return None if value is None else repair(value)


def _resolve_pack(ref: str | None, store: Store | None) -> Any:
    """The pack to practise: --pack, else the last one used, else the bundled default."""
    from .cli import DEFAULT_PACK
    from .errors import CoachError
    from .packs import load_pack

    if ref is not None:
        return load_pack(ref)
    remembered = None
    if store is not None:
        try:
            remembered = store.get_setting("last_pack")
        except CoachError:
            remembered = None
    if remembered:
        try:
            return load_pack(remembered)
        except CoachError as exc:
            from .output.messages import warn

            warn(f"the last pack used ({remembered}) cannot be loaded ({str(exc).splitlines()[-1]}); "
                  f"using {DEFAULT_PACK}")
    return load_pack(DEFAULT_PACK)


def practice(
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Pack id or YAML path (default: the "
                                             "last one used, else customer-service).")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="Only questions with this tag "
                                                  "(repeat for any of several).")] = None,
    difficulty: Annotated[DifficultyChoice | None, typer.Option("--difficulty", "-d",
                                                                help="Only questions of this difficulty.")]
    = None,
    question: Annotated[list[str] | None, typer.Option("--question", "-q", help="Practise this question "
                                                       "(repeat for several).")] = None,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, max=1000,
                                              help=f"How many questions (default {DEFAULT_COUNT}).")] = None,
    mode: Annotated[ModeChoice, typer.Option("--mode", "-m", help="new: unanswered first; review: due "
                                             "first; random.")] = ModeChoice.review,
    strict_time: Annotated[bool, typer.Option("--strict-time", help="Submit the answer when the time "
                                              "limit is reached.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="With answers on stdin: print every scored "
                                           "attempt and the summary as JSON instead of reports.")]
    = False,
) -> None:
    """Rehearse: answer questions one by one, get scored, and keep the history.

    In a terminal you type in an editor (Esc then Enter submits, Ctrl-D ends the session).
    With stdin from a file or pipe, answers are read one per question, each ended by a line
    holding only "." or by the end of input.

    Examples:

      coach practice

      coach practice --mode review --count 3

      printf 'I stay calm.\\n.\\nI follow up.\\n' | coach practice -q angry-customer -q rude-customer
    """
    from .practice import open_store

    if json_out and sys.stdin is not None and sys.stdin.isatty():
        raise typer.BadParameter("--json needs the answers on standard input (a file or a pipe)",
                                 param_hint="--json")
    store, store_warning = open_store()
    try:  # closed on every way out: an unknown pack or question raises after opening
        _practice(store, store_warning, pack, tag, difficulty, question, count, mode, strict_time,
                  json_out)
    finally:
        if store is not None:
            store.close()


def _practice(store: Store | None, store_warning: str | None, pack: str | None,
              tag: list[str] | None, difficulty: DifficultyChoice | None, question: list[str] | None,
              count: int | None, mode: ModeChoice, strict_time: bool, json_out: bool) -> None:
    """The session behind `coach practice`, with the history already open (the caller closes it)."""
    from .practice import LAST_PACK, Session, StdinResponder, select

    loaded = _resolve_pack(pack, store)
    questions = select(loaded, store=store, tags=tag or (),
                       difficulty=difficulty.value if difficulty else None, questions=question or (),
                       count=count or (None if question else DEFAULT_COUNT), mode=mode.value)
    if store is not None and pack is not None:
        from .errors import StoreError

        remembered = str(loaded.source.resolve()) if ("/" in pack or pack.endswith((".yaml", ".yml"))) \
            and loaded.source else loaded.id
        with contextlib.suppress(StoreError):
            store.set_setting(LAST_PACK, remembered)
    interactive = sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty()
    if interactive:
        from .editor import TerminalResponder

        responder: Any = TerminalResponder()
    else:
        # Like `coach score`: answers are UTF-8, and bytes that are not become U+FFFD.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
        responder = StdinResponder(sys.stdin)
    session = Session(loaded, questions, responder, store, strict_time=strict_time,
                      store_warning=store_warning)
    if json_out:
        _practice_json(session, loaded.id)
        return
    from .output.terminal import console

    out = console()
    events = session.run()
    try:
        for event in events:
            _show_event(out, event)
    except KeyboardInterrupt:
        from .output.session import session_summary

        events.close()
        session.ended_by = "interrupted"
        out.print(session_summary(session.summary()))


def _show_event(out: Any, event: Event) -> None:
    """One session event on the terminal (notices on stderr)."""
    from .output import session as views
    from .output.messages import warn
    from .practice import Asked, Finished, ModelAnswer, Notice, Scored, Skipped

    match event:
        case Notice(message=message):
            warn(message)
        case Asked():
            out.print(views.question_panel(event))
        case Scored():
            out.print(views.scored_view(event))
        case ModelAnswer():
            out.print(views.model_answer_panel(event))
        case Skipped():
            out.print(views.skipped_note())
        case Finished(summary=summary):
            out.print(views.session_summary(summary))


def _practice_json(session: Session, pack_id: str) -> None:
    """A scripted session as one JSON document: every scored attempt, then the summary."""
    from .output.jsonout import practice_data, print_json
    from .output.messages import warn
    from .practice import Finished, Notice, Scored

    attempts: list[Scored] = []
    summary = None
    events: Iterator[Event] = session.run()
    for event in events:
        match event:
            case Notice(message=message):
                warn(message)
            case Scored():
                attempts.append(event)
            case Finished(summary=finished):
                summary = finished
    print_json(practice_data(pack_id, attempts, summary or session.summary()))


# -- history ------------------------------------------------------------------------------------

# The group's help is the callback's docstring (with its examples).
history_app = typer.Typer(no_args_is_help=False, rich_markup_mode=None, add_completion=False)


def _since(value: str | None) -> str | None:
    from .history import SinceError, parse_since

    if value is None:
        return None
    try:
        return parse_since(value)
    except SinceError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from None


def _history(
    ctx: typer.Context,
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.")] = None,
    question: Annotated[str | None, typer.Option("--question", "-q", help="Only this question id.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only attempts since a date (2026-01-31) "
                                              "or period (7d, 2w, today).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the latest N attempts.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the attempts as JSON.")] = False,
    repair: Annotated[bool, typer.Option("--repair", help="Move a damaged history file aside (kept, "
                                         "renamed) and start a fresh one; in a healthy file, fix "
                                         "damaged rows or move them to its quarantine table.")]
    = False,
) -> None:
    """List past attempts (newest last), show one again, or repair the history file.

    Examples:

      coach history --since 7d

      coach history show 12

      coach history --repair
    """
    if ctx.invoked_subcommand is not None:
        return
    if repair:
        _repair()
        return
    pack, question = _text_option(pack), _text_option(question)
    cutoff = _since(since)
    store = _existing_store()
    attempts: list[Attempt] = []
    if store is not None:
        with store:
            attempts = store.attempts(pack=pack, question=question, since=cutoff, limit=limit)
            _warn_damaged(store)
    if json_out:
        from .output.jsonout import history_data, print_json

        print_json(history_data(attempts))
        return
    if not attempts:
        from .output.records import no_attempts

        no_attempts(bool(pack or question or since))
        return
    from .output.history import history_table
    from .output.terminal import console

    console().print(history_table(attempts))


def _repair() -> None:
    """`coach history --repair`: move a damaged file aside, else fix or quarantine damaged rows."""
    from .output.records import moved_aside, rows_repaired
    from .store import db_path, move_aside, repair_rows

    moved = move_aside()
    if moved is not None:
        moved_aside(moved, db_path())
        return
    rows_repaired(db_path(), repair_rows())


def _show(
    attempt_id: Annotated[int, typer.Argument(help="Attempt ID (from `coach history`).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the attempt as JSON.")] = False,
) -> None:
    """Show one attempt's full report again, with that question's scores over time.

    Examples:

      coach history show 12

      coach history show 12 --json
    """
    from .errors import CoachError
    from .history import timeline

    store = _existing_store()
    if store is None:
        raise CoachError(f"no attempt #{attempt_id}: there is no history yet")
    with store:
        attempt = store.attempt(attempt_id)
        if attempt is None:
            raise CoachError(f"no attempt #{attempt_id}; list them with `coach history`")
        rows = timeline(store.attempts(pack=attempt.pack, question=attempt.question))
        _warn_damaged(store)
    if json_out:
        from .output.jsonout import attempt_data, print_json

        print_json(attempt_data(attempt, rows))
        return
    title = attempt.pack
    try:
        from .packs import load_pack

        title = load_pack(attempt.pack).title
    except CoachError:
        pass
    from .output.history import attempt_view
    from .output.terminal import console

    console().print(attempt_view(attempt, title, rows))


# -- stats and export ---------------------------------------------------------------------------


def _stats_data(pack: str | None, since: str | None = None) -> tuple[list[Attempt], Stats]:
    from .history import stats

    pack = _text_option(pack)
    store = _existing_store()
    attempts: list[Attempt] = []
    cards: list[CardRow] = []
    if store is not None:
        with store:
            attempts = store.attempts(pack=pack, since=since)
            cards = store.cards(pack)
            _warn_damaged(store)
    return attempts, stats(attempts, cards, pack=pack)


def stats_cmd(
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the statistics as JSON.")] = False,
) -> None:
    """Progress: attempts, average and best, criteria earn rates, a score chart, due questions.

    Examples:

      coach stats

      coach stats --pack customer-service --json
    """
    _attempts, data = _stats_data(pack)
    if json_out:
        from .output.jsonout import print_json

        print_json(data.to_dict())
        return
    from .output.history import stats_view
    from .output.terminal import console

    console().print(stats_view(data))


def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", help="File format.")]
    = ExportFormat.markdown,
    since: Annotated[str, typer.Option("--since", help="Attempts since a date or period.")] = "30d",
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write ('-' for stdout; "
                                                "default coach-report-DATE.md or .html).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a report of recent attempts (with the per-criterion picture) to send to a trainer.

    Refuses to overwrite an existing file unless --force, and writes only regular files
    (use -o - for standard output).

    Examples:

      coach export

      coach export --format html --since 7d -o week.html
    """
    from .fileio import atomic_write, check_target, is_stdout
    from .output.export import html_report, markdown
    from .output.records import report_text, report_written

    cutoff = _since(since)
    today = datetime.now().strftime("%Y-%m-%d")
    suffix = ".html" if output_format is ExportFormat.html else ".md"
    target = output or Path(f"coach-report-{today}{suffix}")
    if not is_stdout(output):
        check_target(target, force=force,
                     exists_hint="use --force to overwrite it or -o to pick another name")
    attempts, data = _stats_data(pack, cutoff)
    period = f"Attempts since {datetime.fromisoformat(cutoff).astimezone():%Y-%m-%d %H:%M}" if cutoff \
        else "All attempts"
    title = f"Interview practice report, {today}"
    build = html_report if output_format is ExportFormat.html else markdown
    text = build(attempts, data, title=title, period=period)
    if is_stdout(output):
        report_text(text)
        return
    atomic_write(target, text, what="report")
    report_written(target, len(attempts))


def _single(func: Callable[..., Any], name: str) -> typer.Typer:
    """A one-command Typer app, so the main app can load this module only when it is used."""
    single = typer.Typer(rich_markup_mode=None, pretty_exceptions_show_locals=False, add_completion=False,
                         context_settings={"help_option_names": ["-h", "--help"]})
    single.command(name)(func)
    return single


practice_app = _single(practice, "practice")
stats_app = _single(stats_cmd, "stats")
export_app = _single(export, "export")
history_app.callback(invoke_without_command=True)(_history)
history_app.command("show")(_show)
