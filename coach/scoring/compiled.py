"""A keyword, red-flag or context phrase compiled to the term ids of its rubric's vocabulary
(compile_phrase; coach.scoring.matcher gives it the vocabulary; coach.scoring.analysis finds the
phrases in an answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.records import record

from .classes import is_class
from .cues import is_negation

if TYPE_CHECKING:
    from collections.abc import Callable

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


def compile_phrase(phrase: str, owner: str, words: list[str], lang: Language,
                   term: Callable[[str], int], class_term: Callable[[str], int],
                   norm_of: Callable[[int], str]) -> CompiledPhrase:
    """A phrase's words as term ids (`term`, `class_term` give a word's id in the rubric's
    vocabulary, `norm_of` an id's word): content words, negations and the optional small words."""
    content: list[int] = []
    function: list[str] = []
    order: list[str] = []
    negations = 0
    for word in words:
        if is_class(word):
            tid = class_term(word)
            content.append(tid)
            order.append(f"t{tid}")
        elif is_negation(word, lang):
            negations += 1
            order.append("neg")
            if negated_stem(word, lang) is not None:
                # A verb negated by its ending names the deed too: "దాచకుండా చెప్ప" ("tell
                # without HIDING") needs the word said, not any negation beside "tell".
                tid = term(word)
                content.append(tid)
                order.append(f"t{tid}")
        elif word in lang.function_words and len(words) > 1:
            function.append(word)
        else:
            tid = term(word)
            content.append(tid)
            order.append(f"t{tid}")
    if not content and negations:
        # Only negation words ("ఊహించలేదు", "didn't expect"): they are the phrase itself, so
        # they must be there as written; otherwise any negation anywhere would match.
        content = [term(w) for w in words if is_negation(w, lang)]
        order = [f"t{t}" for t in content]
        negations = 0
    elif not content and not negations:
        # A phrase of function words only ("on time"-like phrases are not): match them all.
        content = [term(w) for w in function]
        order = [f"t{t}" for t in content]
        function = []
    # (A word of the phrase's own before a word class: far fewer answers hold it.)
    key = max(content, key=lambda t: (not is_class(norm_of(t)), len(norm_of(t)))) if content else -1
    return CompiledPhrase(phrase, owner, tuple(content), negations, tuple(function), len(words),
                          tuple(order), key, tuple(words), frozenset(content))
