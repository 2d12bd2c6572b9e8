"""Raw text -> normalised tokens that remember where they stand in the original text.

Normalisation (NFKC, case folding, curly apostrophes, joiners) is done per token, so every
token keeps exact character offsets into the text the user typed: evidence can always be
highlighted in the original answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .lang import Language

# Indic blocks (Devanagari to Sinhala) are included whole: their vowel signs and viramas are
# combining marks that \w does not match, and a word must never be cut inside a cluster.
_WORD = r"[\w\u0900-\u0DFF\u200c\u200d]+(?:['’][\w\u0900-\u0DFF\u200c\u200d]+)*"
# A single line break is only wrapping (answers typed in an editor, YAML blocks); a blank
# line ends a sentence like a full stop does.
_BREAK = r"\n[ \t]*\n|[.!?;:,\u0964\u0965\u2026()\"“”]"
_TOKEN = re.compile(f"({_WORD})|({_BREAK})")
_SENTENCE_END = frozenset(".!?\n\u0964\u0965\u2026")


def normalize_word(word: str) -> str:
    """One word as the matcher compares it: NFKC, case-folded, plain apostrophes, no joiners."""
    if word.isascii():
        return word.lower()
    word = unicodedata.normalize("NFKC", word).casefold()
    return word.replace("’", "'").replace("\u200c", "").replace("\u200d", "")


@dataclass(slots=True)
class Tokens:
    """An answer's words as parallel lists (cheap to build, fast to index)."""

    text: str
    norms: list[str]
    starts: list[int]
    ends: list[int]
    # A token's clause: punctuation opens a new clause (negation does not cross it).
    clauses: list[int]
    # A token's sentence: phrase matches do not cross sentence ends.
    sentences: list[int]

    def __len__(self) -> int:
        return len(self.norms)

    def span_text(self, first: int, last: int) -> str:
        """The original text from token `first` to token `last`, inclusive."""
        return self.text[self.starts[first] : self.ends[last]]


def tokenize(text: str) -> Tokens:
    """Split text into normalised word tokens with offsets, clause and sentence numbers."""
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clauses: list[int] = []
    sentences: list[int] = []
    clause = sentence = 0
    for match in _TOKEN.finditer(text):
        word = match.group(1)
        if word is None:
            clause += 1
            if match.group(2)[0] in _SENTENCE_END:
                sentence += 1
            continue
        norms.append(normalize_word(word))
        starts.append(match.start())
        ends.append(match.end())
        clauses.append(clause)
        sentences.append(sentence)
    return Tokens(text, norms, starts, ends, clauses, sentences)


def phrase_words(phrase: str) -> list[str]:
    """The normalised words of a keyword phrase, tokenised exactly as answers are."""
    return tokenize(phrase).norms


def stems(tokens: Tokens, language: Language) -> list[str]:
    """Each token's stem in the given language."""
    stem = language.stem
    return [stem(word) for word in tokens.norms]


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


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> str:
    """Make untrusted text safe to print: every control character (ANSI escapes included,
    and bidirectional overrides) becomes U+FFFD. One character for one, so evidence offsets
    into the original text stay valid for highlighting."""
    return _CONTROL.sub("\ufffd", text)
