"""A spoken answer on screen: the live line while recording (elapsed time against the limit
and a level meter), the wait while the engine transcribes, and the delivery report (speaking
time, words per minute, long pauses and where they fell, time over the limit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.live import Live
from rich.text import Text

from coach.i18n import _, ngettext, number
from coach.text import clock, sanitize

from .terminal import console

if TYPE_CHECKING:
    from coach.store.records import Delivery
    from coach.voice.record import Level

METER_CELLS = 20


def level_line(level: Level) -> Text:
    """`● REC 0:12 / 2:00  ▮▮▮▮▮▯▯▯…  Enter: stop`; past the limit it says so."""
    over = level.elapsed > level.limit
    if level.done:
        line = Text("■ " + _("Recorded {time}").format(time=f"{clock(level.elapsed)} / {clock(level.limit)}"),
                    style="bold")
        if level.strict and level.elapsed >= level.limit:
            line.append("  " + _("(stopped at the limit)"), style="yellow")
        return line
    line = Text("● ", style="bold red")
    line.append(_("REC") + " ", style="bold")
    line.append(f"{clock(level.elapsed)} / {clock(level.limit)}", style="bold red" if over else "bold")
    if over:
        line.append("  " + _("OVER TIME, wrap up"), style="bold red")
    elif level.strict:
        line.append("  " + _("(stops at the limit)"), style="dim")
    filled = round(METER_CELLS * level.level)
    line.append("  ")
    line.append("▮" * filled, style="green" if level.level < 0.9 else "red")
    line.append("▯" * (METER_CELLS - filled), style="dim")
    line.append("  " + _("Enter: stop"), style="dim")
    return line


class RecordingScreen:
    """What the candidate sees around a recording: one call per step, drawn on `out`."""

    def __init__(self, out: Console | None = None) -> None:
        self.out = out or console()
        self._live: Live | None = None

    def ready(self) -> None:
        """Before a recording: how to start and stop it."""
        self.out.print(Text(_("Press Enter and answer aloud; Enter again stops. Ctrl-D ends the session."),
                            style="bold"))

    def start(self) -> None:
        self._live = Live(Text(""), console=self.out, auto_refresh=False, transient=False)
        self._live.start()

    def show(self, level: Level) -> None:
        """The live line: called about ten times a second while recording."""
        if self._live is not None:
            self._live.update(level_line(level), refresh=True)

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def transcribing(self, seconds: float, engine: str) -> Any:
        """A spinner while the engine works (a context manager)."""
        return self.out.status(_("Transcribing {time} of speech with {engine}…").format(
            time=clock(seconds), engine=sanitize(engine)))

    def heard(self, engine: str) -> None:
        """Before the transcript opens in the editor."""
        self.out.print(Text(_("This is what {engine} heard: correct what it misheard, then submit to score "
                              "it.").format(engine=sanitize(engine)), style="bold"))


def _seconds(value: float) -> str:
    return _("{seconds} s").format(seconds=number(value, 1))


def pauses_text(pauses: Sequence[tuple[str, float, float]]) -> str:
    """Long pauses as `after “customer” at 0:31 (2.4 s)`, joined."""
    return "; ".join(_("after “{word}” at {time} ({length})").format(
        word=sanitize(word), time=clock(start), length=_seconds(length)) for word, start, length in pauses)


def delivery_text(delivery: Delivery) -> Text:
    """The delivery report of a spoken answer, in a few lines."""
    line = Text(_("Delivery:") + " ", style="bold")
    line.append(_("spoke {time}").format(time=clock(delivery.speaking_seconds)))
    line.append(" · " + _("{count} words per minute").format(count=round(delivery.words_per_minute)))
    if delivery.over_limit_seconds > 0:
        line.append(" · ")
        line.append(_("{time} over the time limit").format(time=_seconds(delivery.over_limit_seconds)),
                    style="yellow")
    count = len(delivery.pauses)
    line.append(" · ")
    if count:
        line.append(ngettext("{count} long pause", "{count} long pauses", count).format(count=count) + ": ")
        line.append(pauses_text([(p.after, p.start, p.seconds) for p in delivery.pauses]), style="dim")
    else:
        line.append(_("no long pauses"))
    if delivery.audio:
        line.append("\n" + _("Recording kept at {path}").format(path=sanitize(delivery.audio)), style="dim")
    return line
