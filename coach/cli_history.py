"""Commands for looking back: `coach history` (and `history show`), `coach stats`, `coach export`.

Loaded by cli.py only when one of its commands runs (see `LazyGroup`). They only read: the
history is opened read-only, so they work in a read-only data folder. Heavy modules (sqlite3,
the engine) are imported inside the command functions.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import i18n
from .cli import single_app
from .cli_complete import complete_pack, complete_question
from .i18n import _

if TYPE_CHECKING:
    from .history import Stats
    from .store import Attempt, CardRow, Store


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
        from .output.coretext import core_text

        raise typer.BadParameter(core_text(str(exc)), param_hint="--since") from None


def _history(
    ctx: typer.Context,
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.",
                                                          autocompletion=complete_pack)] = None,
    question: Annotated[str | None, typer.Option("--question", "-q", help="Only this question id.",
                                                              autocompletion=complete_question)] = None,
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

    \b
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

    \b
      coach history show 12
      coach history show 12 --json
    """
    from .errors import CoachError
    from .history import timeline

    store = _existing_store()
    if store is None:
        raise CoachError(_("no attempt #{id}: there is no history yet").format(id=attempt_id))
    with store:
        attempt = store.attempt(attempt_id)
        if attempt is None:
            raise CoachError(_("no attempt #{id}; list them with `coach history`").format(id=attempt_id))
        rows = timeline(store.attempts(pack=attempt.pack, question=attempt.question))
        _warn_damaged(store)
    if json_out:
        from .output.jsonout import attempt_data, print_json

        print_json(attempt_data(attempt, rows))
        return
    title = attempt.pack
    try:
        from .packs import load_pack

        shown = load_pack(attempt.pack)
        title = shown.title
        i18n.for_pack(shown.language)
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
    if pack is not None and not attempts and not cards:
        _known_pack(pack)
    return attempts, stats(attempts, cards, pack=pack)


def _known_pack(pack: str) -> None:
    """Raise PackNotFound for a --pack that no pack folder holds and the history never saw, so
    a typo is not answered with "No attempts yet" and exit 0 (a pack since removed, with
    attempts kept, still has its statistics)."""
    from .errors import PackNotFound
    from .packs import ID_PATTERN, resolve_pack

    if not re.match(ID_PATTERN, pack):
        raise PackNotFound(f"no pack {pack!r}: --pack takes a pack id, like customer-service")
    resolve_pack(pack)  # raises PackNotFound with the nearest ids


def stats_cmd(
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.",
                                                          autocompletion=complete_pack)] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the statistics as JSON.")] = False,
) -> None:
    """Progress: attempts, average and best, criteria earn rates, a score chart, due questions.

    Examples:

    \b
      coach stats
      coach stats --pack customer-service --json
    """
    _attempts, data = _stats_data(pack)
    if json_out:
        from .output.jsonout import print_json

        print_json(data.to_dict())
        return
    if pack is not None:
        _speak_pack(pack)
    from .output.history import stats_view
    from .output.terminal import console

    console().print(stats_view(data))


def _speak_pack(pack: str) -> None:
    """Statistics of one pack are a screen about that pack: its language, as `history show`
    does (a pack no folder holds any more leaves the screen as it was)."""
    from contextlib import suppress

    from .errors import CoachError
    from .packs import load_pack

    with suppress(CoachError):
        i18n.for_pack(load_pack(pack).language)


def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", help="File format.")]
    = ExportFormat.markdown,
    since: Annotated[str, typer.Option("--since", help="Attempts since a date or period.")] = "30d",
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack id.",
                                                          autocompletion=complete_pack)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write ('-' for stdout; "
                                                "default coach-report-DATE.md or .html).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a report of recent attempts (with the per-criterion picture) to send to a trainer.

    Refuses to overwrite an existing file unless --force, and writes only regular files
    (use -o - for standard output).

    Examples:

    \b
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


stats_app = single_app(stats_cmd, "stats")
export_app = single_app(export, "export")
history_app.callback(invoke_without_command=True)(_history)
history_app.command("show")(_show)
