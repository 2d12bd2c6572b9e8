"""A keyword, red-flag or context phrase compiled to the term ids of its rubric's vocabulary
(coach.scoring.matcher builds them; coach.scoring.analysis finds them in an answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.records import record

if TYPE_CHECKING:
    from coach.lang import Language


# The shortest stem a negative ending leaves that names a deed (Telugu దాచ-, "hide"); shorter
# ones are a light verb (వే-, కా-) that says nothing of its own.
_NEGATED_STEM_MIN = 3


def negated_stem(word: str, lang: Language) -> str | None:
    """The stem a negative ending is written on (Language.negation_endings: "దాచకుండా" ->
    "దాచ"), or None for a negation word itself or a stem that is a small word ("couldn't")."""
    if word in lang.negation_cues:
        return None
    ending = next((e for e in lang.negation_endings if word.endswith(e)), None)
    if ending is None:
        return None
    stem = word[: -len(ending)]
    if len(stem) < _NEGATED_STEM_MIN or stem in lang.function_words or stem in lang.stop_words:
        return None
    return stem


@record(slots=True)
class CompiledPhrase:
    """A keyword, red-flag or context phrase as term ids, ready to be found in an answer."""

    text: str
    owner: str  # criterion id, or "!<index>" for a red flag
    content: tuple[int, ...]  # term ids, in phrase order
    negations: int  # how many negation words the phrase holds ("no waiting" -> 1)
    function_words: tuple[str, ...]
    length: int
    order: tuple[str, ...]  # "t<id>" / "neg" in phrase order, for the reorder check
    key: int = -1  # the content term checked first (the longest word: usually the rarest)
    words: tuple[str, ...] = ()  # every word, in order
    terms: frozenset[int] = frozenset()  # the content terms: all must occur for a match
