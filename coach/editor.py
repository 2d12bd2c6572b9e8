"""The interactive answer editor (prompt_toolkit): multi-line, history, paste, a live bottom bar.

Only used when stdin and stdout are terminals; prompt_toolkit is imported inside the functions,
so scripted sessions and `coach --version` never load it.

Keys: Enter starts a new line; Esc then Enter (or Alt+Enter) submits; Up on the first line
recalls an earlier answer. Ctrl-C or Ctrl-D on an empty answer ends the session (answers
already scored are kept); on a non-empty one it first asks: submit, edit on, keep as a draft
(offered back next time) or discard. A retry starts from the answer being retried. After the
report: n/Enter next, r retry, m model answer, q quit; 1-4 rate the answer Again/Hard/Good/Easy
instead of its score's rating.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable
from typing import Any, Literal, cast

from coach.records import record

from .i18n import N_, _, ngettext
from .practice_events import Answer, Asked, Choice, EndSession, Rate, Scored
from .text import clock

# Shown in the screen language (coach/i18n.py); the keys themselves stay as they are.
SUBMIT_HINT = N_("Esc then Enter: submit")
END_HINT = N_("Ctrl-D: end session")
RECALL_HINT = N_("Up: earlier answers")
PROMPT = "> "
MIN_WRAP_COLUMNS = 12  # narrower than this, words are split anywhere (a word may not fit at all)

Unsent = Literal["submit", "edit", "draft", "discard"]


def toolbar_text(elapsed: float, limit: int, words: int, *, strict: bool, width: int = 200,
                 recall: bool = False, transcript: bool = False) -> tuple[str, str]:
    """The bottom bar's text (at most `width` columns) and its style class.

    Its parts, most important first: the timer, the word count, how to submit, how to end,
    and Up-arrow recall. A narrow bar shortens and drops them along LADDER, the least
    important first; the timer is never dropped. Correcting a transcript (practice --speak)
    is not timed: the timer's place says what to do instead.
    """
    over = elapsed > limit and not transcript
    timer = f"{clock(elapsed)} / {clock(limit)}"
    if transcript:
        timers = [_("Correct what was misheard"), _("Correct it"), _("Correct it")]
    elif over:
        timers = [_("{timer}  OVER TIME, wrap up").format(timer=timer),
                  _("{timer}  OVER TIME").format(timer=timer), _("{time} OVER").format(time=clock(elapsed))]
    elif strict:
        timers = [_("{timer}  (submits at the limit)").format(timer=timer),
                  _("{timer}  (submits at limit)").format(timer=timer), timer]
    else:
        timers = [timer, timer, clock(elapsed)]
    parts: list[list[str]] = [
        timers,
        [ngettext("{count} word", "{count} words", words).format(count=words), f"{words}w"],
        [_(SUBMIT_HINT), _("Esc Enter: submit")],
        [_(END_HINT), _("Ctrl-D: end")],
        [_(RECALL_HINT), _("Up: recall")] if recall else [],
    ]
    chosen = [0] * len(parts)  # the form shown of each part; len(forms) means dropped

    def render() -> str:
        shown = [forms[i] for forms, i in zip(parts, chosen, strict=True) if i < len(forms)]
        return f" {'   '.join(shown)} "

    text = render()
    for part, form in LADDER:
        if len(text) <= width:
            break
        if form <= len(parts[part]):
            chosen[part] = max(chosen[part], form)
            text = render()
    return text[:max(width, 0)], "class:toolbar.over" if over else "class:toolbar"


# How the bottom bar narrows, one step at a time: (part, form), a form past the last drops
# the part. Parts: 0 timer, 1 words, 2 submit hint, 3 end hint, 4 recall hint.
LADDER = [(4, 1), (3, 1), (4, 2), (3, 2), (0, 1), (2, 1), (1, 1), (0, 2), (2, 2), (1, 2)]


def wrap_padding(text: str, width: int, indent: int,
                 char_width: Callable[[str], int] = lambda c: 1) -> list[tuple[int, int]]:
    """Where to pad one line of text so that a terminal wrapping it at `width` columns breaks
    between words: (index of the word's first character, spaces to insert before it).

    Every screen line starts with `indent` columns of prompt. This follows prompt_toolkit's own
    character wrap (a character that does not fit starts the next screen line); a word longer
    than a screen line is still split.
    """
    if width - indent < MIN_WRAP_COLUMNS:
        return []
    pads: list[tuple[int, int]] = []
    x = indent
    i = 0
    while i < len(text):
        end = i
        if text[i].isspace():
            end = i + 1
        else:
            while end < len(text) and not text[end].isspace():
                end += 1
            word = sum(char_width(c) for c in text[i:end])
            if x > indent and x + word > width and indent + word <= width:
                if width > x:
                    pads.append((i, width - x))
                x = indent
        for c in text[i:end]:
            w = char_width(c)
            if x + w > width:
                x = indent
            x += w
        i = end
    return pads


class PaddedLine:
    """Position maps between a line and the same line with wrap padding inserted."""

    def __init__(self, pads: list[tuple[int, int]]) -> None:
        self.pads = pads
        self.indexes = [index for index, _ in pads]
        self.before = [0]  # before[k]: the padding inserted before the k-th pad
        for _index, count in pads:
            self.before.append(self.before[-1] + count)
        self.starts = [index + self.before[k] for k, index in enumerate(self.indexes)]

    def to_display(self, i: int) -> int:
        """Where source position i is shown: after every pad inserted at or before it."""
        return i + self.before[bisect_right(self.indexes, i)]

    def to_source(self, d: int) -> int:
        """The source position shown at d; a column of padding maps to the word after it."""
        k = bisect_right(self.starts, d) - 1
        if k < 0:
            return d
        index, count = self.pads[k]
        if d < self.starts[k] + count:
            return index
        return d - self.before[k + 1]


def _word_wrap_processor() -> Any:
    """A prompt_toolkit input processor that pads each line so that it wraps between words."""
    from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
    from prompt_toolkit.layout.screen import Char
    from prompt_toolkit.layout.utils import explode_text_fragments

    class WordWrap(Processor):
        def apply_transformation(self, ti: TransformationInput) -> Transformation:
            fragments = explode_text_fragments(ti.fragments)
            text = "".join(f[1] for f in fragments)
            pads = wrap_padding(text, ti.width, len(PROMPT), lambda c: Char(c).width)
            if not pads:
                return Transformation(fragments)
            out = list(fragments)
            for index, count in reversed(pads):
                out.insert(index, ("", " " * count))
            line = PaddedLine(pads)
            return Transformation(out, source_to_display=line.to_display, display_to_source=line.to_source)

    return WordWrap()


@record(slots=True)
class _Stopped:
    """Ctrl-C or Ctrl-D pressed over a non-empty answer: what it held, and which key."""

    text: str
    interrupted: bool


def _pick(question: str, picks: dict[str, str], *, on_end: str | None) -> str:
    """Ask for one key of `picks` (others are ignored); Ctrl-D answers `on_end` when given."""
    from prompt_toolkit import prompt
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()
    for key, choice in picks.items():
        keys.add(key)(lambda event, c=choice: event.app.exit(result=c))
    if on_end is not None:
        keys.add("c-d")(lambda event: event.app.exit(result=on_end))
    keys.add("<any>")(lambda event: None)
    return str(prompt(question, key_bindings=keys))


def choose(scored: Scored) -> Choice | Rate:
    """Ask what to do after a report: next, retry, model answer or quit, or a rating (keys 1-4)
    that replaces the score's for a saved answer (Ctrl-C interrupts)."""
    picks: dict[str, str] = {"n": "next", "enter": "next", "r": "retry", "q": "quit"}
    if scored.has_model_answer:
        picks["m"] = "model"
    if scored.attempt_id is not None:  # a saved attempt can be rated (keys as in Anki)
        picks.update({"1": "Again", "2": "Hard", "3": "Good", "4": "Easy"})
    options = _("[n]ext (Enter)") + "  " + _("[r]etry") + (
        "  " + _("[m]odel answer") if scored.has_model_answer else "") + "  " + _("[q]uit") + (
        "  [1-4] " + "/".join(_(r) for r in (N_("Again"), N_("Hard"), N_("Good"), N_("Easy")))
        if scored.attempt_id is not None else "")
    try:
        # The key bindings exit only with a Choice or a Rate.
        return cast(Choice | Rate, _pick(f"{options} > ", picks, on_end="quit"))
    except EOFError:
        return "quit"


def ask_unsent(text: str) -> Unsent:
    """Ask what to do with a non-empty answer on Ctrl-C/Ctrl-D. Pressing either again keeps
    it as a draft: leaving in a hurry still loses nothing."""
    from prompt_toolkit import print_formatted_text

    words = len(text.split())
    print_formatted_text(ngettext("You have an unsent answer ({count} word).",
                                  "You have an unsent answer ({count} words).", words).format(count=words))
    picks = {"s": "submit", "e": "edit", "enter": "edit", "k": "draft", "d": "discard", "c-c": "draft"}
    try:
        return cast(Unsent, _pick(_("[s]ubmit  [e]dit on (Enter)  [k]eep as draft  [d]iscard > "), picks,
                                  on_end="draft"))
    except (KeyboardInterrupt, EOFError):
        return "draft"


def recovered_note(saved: str) -> str:
    """The line shown above an answer prefilled from a kept draft."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(saved).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = _("an earlier session")
    return _("Recovered draft from {when}: edit it and submit, or clear it to start again.").format(when=when)


class TerminalResponder:
    """Asks in a prompt_toolkit editor; one instance per session (keeps answer history)."""

    offers_drafts = True  # the session offers kept drafts back, and keeps unsent ones

    def __init__(self) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import InMemoryHistory

        self.session: Any = PromptSession(history=InMemoryHistory())

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """Read one answer in the multi-line editor, starting from `asked.prefill`.

        Raises EndSession when the person stops over unsent text and does not submit it,
        KeyboardInterrupt or EOFError when they stop over an empty one.
        """
        from prompt_toolkit import print_formatted_text

        start = time.monotonic()
        if asked.draft_saved is not None and asked.prefill:
            print_formatted_text(recovered_note(asked.draft_saved))
        text = asked.prefill
        while True:
            result, timed_out = self._edit(text, start, asked.time_limit, strict_time=strict_time,
                                           transcript=asked.transcript)
            if not isinstance(result, _Stopped):
                return Answer(result, duration=round(time.monotonic() - start, 1), timed_out=timed_out)
            text = result.text
            what = ask_unsent(text)
            if what == "submit":
                return Answer(text, duration=round(time.monotonic() - start, 1))
            if what != "edit":
                raise EndSession(interrupted=result.interrupted, draft=text if what == "draft" else None,
                                 discard=what == "discard")

    def _edit(self, text: str, start: float, limit: int, *, strict_time: bool,
              transcript: bool = False) -> tuple[str | _Stopped, bool]:
        """One run of the editor: the submitted text (or what Ctrl-C/D stopped), and if time ran out."""
        import asyncio

        from prompt_toolkit.application import get_app
        from prompt_toolkit.formatted_text import FormattedText
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.styles import Style

        timed_out = False
        keys = KeyBindings()

        @keys.add("escape", "enter")
        def _submit(event: Any) -> None:
            event.current_buffer.validate_and_handle()

        def stop(event: Any, *, interrupted: bool) -> None:
            typed = event.current_buffer.text
            if typed.strip():
                event.app.exit(result=_Stopped(typed, interrupted))
            else:
                event.app.exit(exception=KeyboardInterrupt if interrupted else EOFError)

        keys.add("c-c")(lambda event: stop(event, interrupted=True))
        keys.add("c-d")(lambda event: stop(event, interrupted=False))

        def toolbar() -> Any:
            app = get_app()
            bar, style = toolbar_text(time.monotonic() - start, limit, len(app.current_buffer.text.split()),
                                      strict=strict_time, width=app.output.get_size().columns,
                                      recall=bool(self.session.history.get_strings()), transcript=transcript)
            return FormattedText([(style, bar)])

        def pre_run() -> None:
            if not strict_time:
                return
            app = get_app()

            async def watch() -> None:
                nonlocal timed_out
                await asyncio.sleep(max(0.0, limit - (time.monotonic() - start)))
                timed_out = True
                app.exit(result=app.current_buffer.text)

            app.create_background_task(watch())

        style = Style.from_dict({"toolbar": "reverse", "toolbar.over": "bg:ansired fg:ansiwhite bold"})
        result = self.session.prompt(
            PROMPT, default=text, multiline=True, bottom_toolbar=toolbar, refresh_interval=0.5,
            # ". " starts each line of the answer; a line wrapped onto the next is indented only.
            prompt_continuation=lambda width, n, wrapped: ("  " if wrapped else ". ").rjust(width),
            key_bindings=keys, pre_run=pre_run, style=style, input_processors=[_word_wrap_processor()])
        return result, timed_out

    def choose(self, scored: Scored) -> Choice | Rate:
        """Ask what to do after a report: next, retry, model answer, quit or a rating."""
        return choose(scored)
