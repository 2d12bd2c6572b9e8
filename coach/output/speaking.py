"""A spoken answer on screen and in JSON: the transcript and the delivery report (speaking
time, pace, long pauses with where they fell, time over the limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.text import Text

from coach.i18n import _, ngettext, number
from coach.text import clock, sanitize

from .layout import FitPanel

if TYPE_CHECKING:
    from coach.voice import Speaking, Transcript
    from coach.voice.spoken import SpokenAnswer

# Engines that never write "um" or "uh": their transcripts cannot show fillers, so a filler
# count of 0 says nothing about the speaker. (whisper keeps some, not all.)
DROPS_FILLERS = ("pocketsphinx",)


def _seconds(value: float) -> float:
    return round(value, 2)


def transcript_data(transcript: Transcript) -> dict[str, Any]:
    """The transcript as `--json` gives it: text, engine, language, length, each word's times."""
    return {"text": transcript.text, "engine": transcript.engine, "language": transcript.language,
            "seconds": _seconds(transcript.seconds),
            # False: the engine never writes um/uh, so the result's `fillers` cannot count them.
            "fillers_transcribed": transcript.engine.split(":")[0] not in DROPS_FILLERS,
            "words": [{"text": w.text, "start": _seconds(w.start), "end": _seconds(w.end)}
                      for w in transcript.words]}


def delivery_data(delivery: Speaking, transcript: Transcript | None = None) -> dict[str, Any]:
    """The delivery report as `--json` gives it; with the transcript, each pause names the
    word it follows."""
    words = transcript.words if transcript is not None else ()
    return {"speaking_seconds": _seconds(delivery.speaking_seconds),
            "words_per_minute": round(delivery.words_per_minute, 1),
            "long_pauses": [{"after_word": p.after_word,
                             **({"after": words[p.after_word].text} if p.after_word < len(words) else {}),
                             "start": _seconds(p.start), "seconds": _seconds(p.seconds)}
                            for p in delivery.pauses],
            "over_limit_seconds": _seconds(delivery.over_limit_seconds)}


def spoken_data(spoken: SpokenAnswer) -> dict[str, Any]:
    """`score --audio --json`'s additions to the result: the transcript and the delivery."""
    return {"transcript": transcript_data(spoken.transcript),
            "delivery": delivery_data(spoken.delivery, spoken.transcript)}


def engine_note(engine: str) -> str | None:
    """What the transcript cannot show, for engines that drop fillers."""
    if engine.split(":")[0] in DROPS_FILLERS:
        return _("{engine} does not transcribe fillers (um, uh), so none are counted.").format(engine=engine)
    return None


def delivery_report(spoken: SpokenAnswer, limit_seconds: float | None) -> FitPanel:
    """The delivery panel under a scored spoken answer."""
    delivery, words = spoken.delivery, spoken.transcript.words
    lines = Text()
    lines.append(_("Speaking time") + ": ", style="bold")
    lines.append(clock(delivery.speaking_seconds))
    lines.append("\n" + _("Pace") + ": ", style="bold")
    lines.append(_("{wpm} words a minute").format(wpm=number(delivery.words_per_minute)))
    lines.append("\n" + _("Long pauses") + ": ", style="bold")
    if not delivery.pauses:
        lines.append(_("none"))
    for pause in delivery.pauses:
        after = words[pause.after_word].text if pause.after_word < len(words) else ""
        lines.append("\n  " + _("{seconds} s at {time}, after “{word}”").format(
            seconds=number(pause.seconds, 1), time=clock(pause.start), word=sanitize(after)))
    lines.append("\n" + _("Time limit") + ": ", style="bold")
    if limit_seconds is None:
        lines.append(_("none"))
    elif delivery.over_limit_seconds > 0:
        lines.append(_("{over} over the {limit} limit").format(
            over=clock(delivery.over_limit_seconds), limit=clock(limit_seconds)), style="yellow")
    else:
        lines.append(_("within the {limit} limit").format(limit=clock(limit_seconds)), style="green")
    parts: list[Any] = [lines]
    note = engine_note(spoken.transcript.engine)
    if note:
        parts.append(Text(note, style="dim"))
    count = len(words)
    title = Text(_("Delivery") + "  ·  " + ngettext("{count} word heard", "{count} words heard", count)
                 .format(count=number(count)))
    return FitPanel(Group(*parts), title=title, title_align="left", box=box.ROUNDED)
