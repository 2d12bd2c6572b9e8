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

from coach.records import record

from . import i18n
from .cli import DEFAULT_PACK, single_app
from .cli_complete import complete_pack, complete_question
from .i18n import _

if TYPE_CHECKING:
    from .practice import Event, Outlook, Session
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

            warn(_("the last pack used ({pack}) cannot be loaded ({error}); using {default}").format(
                pack=remembered, error=str(exc).splitlines()[-1], default=DEFAULT_PACK))
    return load_pack(DEFAULT_PACK)


def practice(
    pack: Annotated[str | None, typer.Option("--pack", "-p", autocompletion=complete_pack,
                                             help="Pack id or YAML path (default: the "
                                             "last one used, else customer-service).")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="Only questions with this tag "
                                                  "(repeat for any of several).")] = None,
    difficulty: Annotated[DifficultyChoice | None, typer.Option("--difficulty", "-d",
                                                                help="Only questions of this difficulty.")]
    = None,
    question: Annotated[list[str] | None, typer.Option("--question", "-q", autocompletion=complete_question,
                                                       help="Practise this question "
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
    editor: Annotated[bool, typer.Option("--editor", help="Write each answer in your own editor "
                                         "($VISUAL, else $EDITOR).")] = False,
    speak: Annotated[bool, typer.Option("--speak", help="Answer aloud: Enter starts and stops the "
                                        "recording, then correct the transcript before it is scored "
                                        "(needs coach[voice]).")] = False,
    keep_audio: Annotated[bool, typer.Option("--keep-audio", help="With --speak: keep each recording "
                                             "(WAV) in the data folder, next to its attempt.")] = False,
    engine: Annotated[str | None, typer.Option("--engine", help="With --speak: the speech-to-text "
                                               "engine (default: pocketsphinx for English).")] = None,
    model: Annotated[str | None, typer.Option("--model", help="With --speak: the engine's model, by "
                                              "name or local folder.")] = None,
) -> None:
    """Rehearse: answer questions one by one, get scored, and keep the history.

    In a terminal you type in an editor (Esc then Enter submits, Ctrl-D ends the session;
    over unsent text Ctrl-C or Ctrl-D asks first, and can keep it as a draft for next time);
    after each report, keys 1-4 rate the answer yourself (Again, Hard, Good, Easy) when the
    score's rating seems wrong. With --editor each answer is written in your own editor. With
    stdin from a file or pipe, answers are read one per question, each ended by a line holding
    only "." (or ". good", ".3" to rate it) or by the end of input. An interrupted session
    exits with 130. With --speak each answer is spoken: Enter starts and stops the recording,
    and the transcript opens in the editor to correct before it is scored, with a delivery
    report (pace, long pauses, time over the limit); recordings are kept only with --keep-audio.

    Examples:

    \b
      coach practice
      coach practice --mode review --count 3
      EDITOR=nano coach practice --editor
      coach practice --speak --strict-time
      printf 'I stay calm.\\n.\\nI follow up.\\n' | coach practice -q angry-customer -q rude-customer
    """
    from .practice import open_store

    if json_out and sys.stdin is not None and sys.stdin.isatty():
        raise typer.BadParameter(_("--json needs the answers on standard input (a file or a pipe)"),
                                 param_hint="--json")
    for given, option in ((keep_audio, "--keep-audio"), (engine is not None, "--engine"),
                          (model is not None, "--model")):
        if given and not speak:
            raise typer.BadParameter(_("{option} goes with --speak").format(option=option),
                                     param_hint=option)
    if speak:
        if json_out:
            raise typer.BadParameter(_("--speak cannot be combined with {option}").format(option="--json"),
                                     param_hint="--speak")
        from .voice.record import input_device

        input_device()  # before anything starts: no sounddevice, PortAudio or microphone is a CoachError
    own_editor = None
    if editor:
        from .external_editor import editor_command

        if json_out or strict_time:
            raise typer.BadParameter(_("--editor cannot be combined with {option}").format(
                option="--json" if json_out else "--strict-time"), param_hint="--editor")
        own_editor = editor_command()  # before anything starts: no editor set is a CoachError
    store, store_warning = open_store()
    try:  # closed on every way out: an unknown pack or question raises after opening
        interrupted = _practice(store, store_warning, pack, tag, difficulty, question, count, mode,
                                strict_time, json_out, own_editor,
                                Voice(keep_audio, engine, model) if speak else None)
    finally:
        if store is not None:
            store.close()
    if interrupted:  # as terminal programs do after Ctrl-C: 128 + SIGINT
        from .clibase import ExitStatus

        raise typer.Exit(ExitStatus.INTERRUPTED)


def _practice(store: Store | None, store_warning: str | None, pack: str | None,
              tag: list[str] | None, difficulty: DifficultyChoice | None, question: list[str] | None,
              count: int | None, mode: ModeChoice, strict_time: bool, json_out: bool,
              own_editor: tuple[list[str], str] | None, voice: Voice | None = None) -> bool:
    """The session behind `coach practice`, with the history already open (the caller closes
    it); True when it was interrupted (Ctrl-C)."""
    from .practice import LAST_PACK, Session, StdinResponder, select

    loaded = _resolve_pack(pack, store)
    i18n.for_pack(loaded.language)
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
    if voice is not None:
        speaker = voice.engine_for(loaded)
        if not interactive:
            raise typer.BadParameter(_("--speak needs a terminal: Enter starts and stops each recording"),
                                     param_hint="--speak")
    if own_editor is not None:
        from .external_editor import ExternalEditorResponder

        responder: Any = ExternalEditorResponder(*own_editor, interactive=interactive)
    elif interactive:
        from .editor import TerminalResponder

        responder = TerminalResponder()
    else:
        # Like `coach score`: answers are UTF-8, and bytes that are not become U+FFFD.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
        responder = StdinResponder(sys.stdin)
    if voice is not None:
        responder = voice.responder(responder, speaker, loaded)
    session = Session(loaded, questions, responder, store, strict_time=strict_time,
                      store_warning=store_warning)
    seen = _outlook(loaded, store, questions[0] if questions else None)
    if json_out:
        _practice_json(session, loaded.id, seen)
        return session.ended_by == "interrupted"
    # A message for a person about to practise, so on stderr, and only when someone reads it
    # there: a scripted run's stderr stays for warnings.
    if seen is not None and (interactive or (sys.stderr is not None and sys.stderr.isatty())):
        import os
        import textwrap

        from .output.messages import message
        from .output.session import outlook_line

        # Wrapped at word boundaries to the terminal (the prefix `coach: ` counted), never mid-word.
        prefix = "coach: "
        try:
            width = max(40, os.get_terminal_size(sys.stderr.fileno()).columns)
        except (AttributeError, ValueError, OSError):  # stderr is not a terminal
            width = 80
        message(textwrap.fill(outlook_line(seen), width, initial_indent=prefix,
                              subsequent_indent="  ")[len(prefix):])
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
    return session.ended_by == "interrupted"


@record(slots=True)
class Voice:
    """practice --speak: whether to keep recordings, and the engine asked for."""

    keep_audio: bool
    engine: str | None
    model: str | None

    def engine_for(self, pack: Any) -> Any:
        """The speech-to-text engine for the pack's language (a CoachError naming the extra
        when it is not installed)."""
        from .voice.engines import open_engine

        return open_engine(self.engine, language=pack.language, model=self.model)

    def responder(self, inner: Any, engine: Any, pack: Any) -> Any:
        """`inner` (the editor that corrects the transcript) behind the microphone."""
        from .output.recording import RecordingScreen
        from .practice_speak import MicrophoneListener, SpokenResponder

        screen = RecordingScreen()
        return SpokenResponder(inner, MicrophoneListener(screen, sys.stdin.fileno()), engine, pack,
                               keep_audio=self.keep_audio, screen=screen)


def _outlook(loaded: Any, store: Store | None, first: Any) -> Outlook | None:
    """What is due today and the day streak, said before the first question (None without
    a readable history: the session itself says what is wrong with it)."""
    from .errors import StoreError
    from .practice import outlook

    try:
        return outlook(loaded, store, first)
    except StoreError:
        return None


def _show_event(out: Any, event: Event) -> None:
    """One session event on the terminal (notices on stderr)."""
    from .output import session as views
    from .output.coretext import core_text
    from .output.messages import message as note
    from .output.messages import warn
    from .practice import Asked, Finished, ModelAnswer, Notice, Rerated, Scored, Skipped

    match event:
        case Notice(message=message, warning=warning):
            (warn if warning else note)(core_text(message))
        case Asked():
            out.print(views.question_panel(event))
        case Scored():
            out.print(views.scored_view(event))
        case Rerated():
            out.print(views.rerated_line(event))
        case ModelAnswer():
            out.print(views.model_answer_panel(event))
        case Skipped():
            out.print(views.skipped_note())
        case Finished(summary=summary):
            out.print(views.session_summary(summary))


def _practice_json(session: Session, pack_id: str, seen: Outlook | None) -> None:
    """A scripted session as one JSON document: every scored attempt, then the summary."""
    from .output.jsonout import practice_data, print_json
    from .output.messages import message as note
    from .output.messages import warn
    from .practice import Finished, Notice, Rerated, Scored

    attempts: list[Scored] = []
    summary = None
    events: Iterator[Event] = session.run()
    for event in events:
        match event:
            case Notice(message=message, warning=warning):
                (warn if warning else note)(message)
            case Scored():
                attempts.append(event)
            case Rerated(scored=scored):
                attempts[-1] = scored
            case Finished(summary=finished):
                summary = finished
    data = practice_data(pack_id, attempts, summary or session.summary())
    data["outlook"] = seen.to_dict() if seen is not None else None  # as it was before the session
    print_json(data)


practice_app = single_app(practice, "practice")
