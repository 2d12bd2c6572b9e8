"""Text helpers beside the tokeniser (coach.tokens): keyword phrases' words and word classes,
cutting text safely, making untrusted text printable, and clock times."""

from __future__ import annotations

import contextlib
import re
import unicodedata

from coach.tokens import ASCII_WORD_RE, tokenize


def phrase_words(phrase: str) -> list[str]:
    """The normalised words of a keyword phrase, tokenised exactly as answers are. (ASCII
    text: breaks are never inside a word, so its words are those of the lowered text: a
    pack's thousand phrases compile without building their clauses.)"""
    if phrase.isascii():
        return ASCII_WORD_RE.findall(phrase.lower())
    return tokenize(phrase).norms


# A word class in a keyword phrase ("could see how {feeling}"): one word of the language's class
# of that name (coach.lang.Language.word_classes) stands in its place.
WORD_CLASS_RE = re.compile(r"\{([^{}]*)\}")


def class_name(written: str) -> str:
    """A word class's name as written between its braces, as phrases and packs compare it
    ("{ Feeling }" is "feeling")."""
    return written.strip().lower()


def keyword_words(phrase: str) -> list[str]:
    """The words of a keyword phrase as `phrase_words` gives them, with each word class kept as
    one word in its braces ("{feeling}"), which no answer word can be."""
    if "{" not in phrase:
        return phrase_words(phrase)
    words: list[str] = []
    for index, piece in enumerate(WORD_CLASS_RE.split(phrase)):
        words += [f"{{{class_name(piece)}}}"] if index % 2 else phrase_words(piece)
    return words


def safe_cut(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters without splitting a grapheme cluster."""
    if len(text) <= limit:
        return text
    end = limit
    while end > 0 and (unicodedata.combining(text[end]) or _joins(text, end)):
        end -= 1
    return text[:end]


def _joins(text: str, index: int) -> bool:
    """True when the character at index belongs to the cluster before it (marks, virama, ZWJ)."""
    char = text[index]
    if unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d":
        return True
    previous = text[index - 1] if index > 0 else ""
    return bool(previous) and (unicodedata.name(previous, "").endswith("SIGN VIRAMA")
                               or previous in "\u200d")


# C0 and C1 controls (ESC, CSI, BEL, CR...; tab and newline stay), line/paragraph separators,
# bidirectional marks, embeddings, overrides and isolates, and lone surrogates (which cannot
# even be encoded for output).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Make untrusted text safe to print: every control character (ANSI escapes included,
    and bidirectional overrides) becomes U+FFFD. One character for one, so evidence offsets
    into the original text stay valid for highlighting."""
    return _CONTROL.sub("\ufffd", text)


def repair(text: str) -> str:
    """Untrusted input made valid Unicode: lone surrogates (undecodable command-line bytes,
    JSON escapes such as "\\ud800") become U+FFFD, one for one, so nothing fails to encode."""
    if text.isascii():
        return text
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        # Command-line arguments: Python smuggles undecodable bytes in as surrogates.
        with contextlib.suppress(UnicodeEncodeError):  # other surrogates: replaced below
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _SURROGATES.sub("\ufffd", text)


def clock(seconds: float) -> str:
    """Seconds as M:SS, for time limits and durations."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
