"""How an answer was spoken, from a transcript's word times: pace, long pauses, time over the limit.

Pure: no engine, no optional import. Pace counts words over the time from the first recognised
word's start to the last one's end, pauses included (what a listener hears); silence before the
first word and after the last is not speaking time. The words counted are the recognised ones,
or, once the candidate has corrected the transcript (practice --speak), the corrected text's:
the engine's word times are accurate to a few hundredths of a second, its word count is not
(one word heard as two, "troubleshooting" as "trouble shoot him"), so a corrected count gives
the pace within a few percent on every answer (bench/speech.py, docs/voice.md).
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import Pause, Speaking, Transcript

LONG_PAUSE = 1.5  # seconds: a silence a listener notices as a pause, not a breath
_EPSILON = 1e-6  # word times are float sums: 2.8 - 1.3 is 1.4999999999999998
# Words are split at spaces, hyphens, slashes and dashes ("twenty-minute" is two, as spoken) and
# count when they hold a letter or digit ("—" alone is not a word). Not a \w+ match: Telugu's vowel
# signs are combining marks, which \w does not match, so it would split every Telugu word.
_SEPARATOR = re.compile(r"[\s\-‐‑–—/]+")


def count_words(text: str) -> int:
    """How many spoken words `text` holds, counted as pace counts them (punctuation is not a word)."""
    return sum(1 for token in _SEPARATOR.split(text) if any(c.isalnum() for c in token))


def measure(transcript: Transcript, limit_seconds: float | None, *,
            long_pause: float = LONG_PAUSE, word_count: int | None = None) -> Speaking:
    """The delivery report of a transcript: speaking time, words per minute, every silence of
    at least `long_pause` seconds between two words (with where it fell), and how far the end
    of the last word went past `limit_seconds` (0 without a limit or within it). Pace counts
    `word_count` words when given (the corrected answer's), else the recognised ones."""
    words = transcript.words
    if not words:
        return Speaking(speaking_seconds=0.0, words_per_minute=0.0, pauses=(), over_limit_seconds=0.0)
    speaking = max(0.0, words[-1].end - words[0].start)
    counted = len(words) if word_count is None else word_count
    pace = counted * 60 / speaking if speaking > 0 else 0.0
    pauses = tuple(
        Pause(after_word=index, start=before.end, seconds=after.start - before.end)
        for index, (before, after) in enumerate(pairwise(words))
        if after.start - before.end >= long_pause - _EPSILON
    )
    over = 0.0 if limit_seconds is None else max(0.0, words[-1].end - limit_seconds)
    return Speaking(speaking_seconds=speaking, words_per_minute=pace, pauses=pauses, over_limit_seconds=over)
