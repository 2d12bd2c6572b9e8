"""The interactive answer editor (prompt_toolkit): multi-line, history, paste, a live bottom bar.

Only used when stdin and stdout are terminals; prompt_toolkit is imported inside the methods,
so scripted sessions and `coach --version` never load it.

Keys: Enter starts a new line; Esc then Enter (or Alt+Enter) submits; Ctrl-D or Ctrl-C ends
the session (answers already scored are kept). After the report: n/Enter next, r retry,
m model answer, q quit; 1-4 rate the answer Again/Hard/Good/Easy instead of its score's rating.
"""

from __future__ import annotations

import time
from typing import Any, cast

from .practice import Answer, Asked, Choice, Rate, Scored
from .text import clock

SUBMIT_HINT = "Esc then Enter: submit"
END_HINT = "Ctrl-D: end session"


def toolbar_text(elapsed: float, limit: int, words: int, *, strict: bool) -> tuple[str, str]:
    """The bottom bar's text and style class: elapsed against the limit, words, how to submit."""
    over = elapsed > limit
    timing = f" {clock(elapsed)} / {clock(limit)}"
    if over:
        timing += "  OVER TIME, wrap up"
    elif strict:
        timing += "  (submits at the limit)"
    text = f"{timing}   {words} word{'s' if words != 1 else ''}   {SUBMIT_HINT} · {END_HINT} "
    return text, "class:toolbar.over" if over else "class:toolbar"


class TerminalResponder:
    """Asks in a prompt_toolkit editor; one instance per session (keeps answer history)."""

    def __init__(self) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import InMemoryHistory

        self.session: Any = PromptSession(history=InMemoryHistory())

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """Read one answer in the multi-line editor; None when the person ends the session."""
        import asyncio

        from prompt_toolkit.application import get_app
        from prompt_toolkit.formatted_text import FormattedText
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.styles import Style

        start = time.monotonic()
        limit = asked.time_limit
        timed_out = False
        keys = KeyBindings()

        @keys.add("escape", "enter")
        def _submit(event: Any) -> None:
            event.current_buffer.validate_and_handle()

        @keys.add("c-d")
        def _end(event: Any) -> None:
            event.app.exit(exception=EOFError)

        def toolbar() -> Any:
            buffer = get_app().current_buffer
            text, style = toolbar_text(time.monotonic() - start, limit, len(buffer.text.split()),
                                       strict=strict_time)
            return FormattedText([(style, text)])

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
        text = self.session.prompt(
            "> ", multiline=True, prompt_continuation=lambda width, n, soft: ". ".rjust(width),
            bottom_toolbar=toolbar, refresh_interval=0.5, key_bindings=keys, pre_run=pre_run,
            style=style)
        return Answer(text, duration=round(time.monotonic() - start, 1), timed_out=timed_out)

    def choose(self, scored: Scored) -> Choice | Rate:
        """Ask what to do after a report: next, retry, model answer or quit, or a rating
        (keys 1-4) that replaces the score's for a saved answer."""
        from prompt_toolkit import prompt
        from prompt_toolkit.key_binding import KeyBindings

        keys = KeyBindings()
        picks: dict[str, Choice | Rate] = {"n": "next", "enter": "next", "r": "retry", "q": "quit"}
        if scored.has_model_answer:
            picks["m"] = "model"
        if scored.attempt_id is not None:  # a saved attempt can be rated (keys as in Anki)
            picks.update({"1": "Again", "2": "Hard", "3": "Good", "4": "Easy"})

        for key, choice in picks.items():
            keys.add(key)(lambda event, c=choice: event.app.exit(result=c))
        keys.add("c-d")(lambda event: event.app.exit(result="quit"))
        keys.add("<any>")(lambda event: None)
        options = "[n]ext (Enter)  [r]etry" + ("  [m]odel answer" if scored.has_model_answer else "") \
            + "  [q]uit" + ("  [1-4] Again/Hard/Good/Easy" if scored.attempt_id is not None else "")
        try:
            # The key bindings above exit only with a Choice or a Rate.
            return cast(Choice | Rate, prompt(f"{options} > ", key_bindings=keys))
        except EOFError:
            return "quit"
