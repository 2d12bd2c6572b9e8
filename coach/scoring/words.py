"""How one answer word is compared with one keyword word: the same family (inflection or a
safe derivation), or one slip of the keyboard. coach.scoring.matcher finds the candidates."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from coach.records import record

if TYPE_CHECKING:
    from coach.lang import Language

FAMILY_MIN = 5  # shortest shared stem prefix for stem-family matches


@record(slots=True)
class KeywordWord:
    """One word of the keyword phrases (a term), with its stem; `distinct` words match only as written."""

    norm: str
    stem: str
    distinct: bool


def lettery(word: str) -> bool:
    """Letters and combining marks only: Telugu vowel signs and viramas are marks, not letters."""
    return word.isalpha() or all(unicodedata.category(ch)[0] in "LM" for ch in word)


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def one_typo(word: str, target: str) -> bool:
    """One slip of the keyboard: a transposition, insertion or deletion; a substitution only
    in longer words, where a one-letter change rarely makes another real word."""
    if word == target or word[:1] != target[:1]:
        return False
    if OSA.distance(word, target, score_cutoff=1) > 1:
        return False
    if word[:-1] == target or target[:-1] == word or word[:-1] == target[:-1]:
        # Only the last letter differs: a different ending ("realis(e)" / "realist"), not a slip.
        return False
    if len(word) == len(target) and sorted(word) != sorted(target):
        return len(target) >= 7
    return True


def same_family(term: KeywordWord, norm: str, stem: str, lang: Language) -> bool:
    """Does an answer word belong to a keyword word's family (inflection or safe derivation)?

    Stems must agree, or the answer's stem extends the keyword's (empathetic ~ empathy).
    The answer word must not have lost a meaning-bearing suffix of the keyword word:
    "time" is not "timely", "person" is not "personal", "approach" is not "approachable".
    """
    if stem != term.stem:
        base = term.stem[:-1] if term.stem[-1] in "aeiouy" else term.stem
        if not (stem.startswith(term.stem) or (stem.startswith(base) and len(base) >= FAMILY_MIN)):
            return False
        if len(stem) - len(base) > 4:
            return False
        if lang.compounds and len(stem) - len(base) > 3 and \
                not any(stem[len(base):].startswith(s) for s in lang.derivational_suffixes):
            return False  # a compound: "snabbkassor" is not "snabb"
    common = 0
    limit = min(len(norm), len(term.norm))
    while common < limit and norm[common] == term.norm[common]:
        common += 1
    lost = _core(term.norm[common:], lang)
    gained = norm[common:]
    if lost in lang.derivational_suffixes:
        return gained.startswith(lost) or (lost.endswith("y") and gained.startswith(lost[:-1] + "i"))
    # The answer word is the bare root of a derived keyword word ("person" for "personalized").
    return not (lost and not _core(gained, lang))


def _core(ending: str, lang: Language) -> str:
    """A word ending without its inflection: "ised" -> "is", "'s" -> ""."""
    if ending in lang.inflectional_suffixes:
        return ""
    for suffix in _longest_first(lang.inflectional_suffixes):
        if suffix and ending.endswith(suffix) and len(ending) > len(suffix):
            return ending[: -len(suffix)]
    return ending



@lru_cache(maxsize=16)
def _longest_first(suffixes: tuple[str, ...]) -> list[str]:
    """A language's inflectional suffixes, longest first (sorted once, not per word)."""
    return sorted(suffixes, key=len, reverse=True)
