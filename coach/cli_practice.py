"""`coach practice` (also bare `coach`): the command that runs a practice session.

Loaded by cli.py only when it runs (see `LazyGroup`). Heavy modules (sqlite3,
the engine, prompt_toolkit, fsrs) are imported inside the command functions.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .cli import DEFAULT_PACK, single_app

if TYPE_CHECKING:
    from .practice import Event, Session
    from .store import Store

DEFAULT_COUNT = 5


class ModeChoice(StrEnum):
    new = "new"
    review = "review"
    random = "random"


class DifficultyChoice(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


def _resolve_pack(ref: str | None, store: Store | None) -> Any:
    """The pack to practise: --pack, else the last one used, else the bundled default."""
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

    \b
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


practice_app = single_app(practice, "practice")
