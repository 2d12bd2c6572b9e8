"""How an answer was spoken, from a transcript's word times: pace, long pauses, time over the limit.

Pure: no engine, no optional import. Pace counts every recognised word over the time from the
first word's start to the last word's end, pauses included (what a listener hears); silence
before the first word and after the last is not speaking time.
"""

from __future__ import annotations

from itertools import pairwise

from . import Pause, Speaking, Transcript

LONG_PAUSE = 1.5  # seconds: a silence a listener notices as a pause, not a breath
_EPSILON = 1e-6  # word times are float sums: 2.8 - 1.3 is 1.4999999999999998


def measure(transcript: Transcript, limit_seconds: float | None, *,
            long_pause: float = LONG_PAUSE) -> Speaking:
    """The delivery report of a transcript: speaking time, words per minute, every silence of
    at least `long_pause` seconds between two words (with where it fell), and how far the end
    of the last word went past `limit_seconds` (0 without a limit or within it)."""
    words = transcript.words
    if not words:
        return Speaking(speaking_seconds=0.0, words_per_minute=0.0, pauses=(), over_limit_seconds=0.0)
    speaking = max(0.0, words[-1].end - words[0].start)
    pace = len(words) * 60 / speaking if speaking > 0 else 0.0
    pauses = tuple(
        Pause(after_word=index, start=before.end, seconds=after.start - before.end)
        for index, (before, after) in enumerate(pairwise(words))
        if after.start - before.end >= long_pause - _EPSILON
    )
    over = 0.0 if limit_seconds is None else max(0.0, words[-1].end - limit_seconds)
    return Speaking(speaking_seconds=speaking, words_per_minute=pace, pauses=pauses, over_limit_seconds=over)
