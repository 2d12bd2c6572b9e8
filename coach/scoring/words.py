"""How one answer word is compared with one keyword word: the same family (inflection or a
safe derivation), or one slip of the keyboard; and the prefilters that tell a new word's
look-ups when they cannot find anything. coach.scoring.matcher finds the candidates."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from coach.records import record

if TYPE_CHECKING:
    from coach.lang import Language
    from coach.tokens import Tokens

FAMILY_MIN = 5  # shortest shared stem prefix for stem-family matches
_VOWELS = tuple("aeiouy")  # a stem's last letter that same_family may leave off


@record(slots=True)
class KeywordWord:
    """One word of the keyword phrases (a term), with its stem; `distinct` words match only as written."""

    norm: str
    stem: str
    distinct: bool


@record(slots=True)
class Prefilters:
    """What a new answer word's look-ups need before they can find anything, so that
    coach.scoring.matcher skips the ones that provably find nothing (most new words: names,
    typos, everyday words). Built once per rubric by `prefilters`."""

    # The first three letters of every indexed deletion variant, with its length and its
    # length plus one: a form whose first three letters and length are not here can be near a
    # keyword form only by a variant without one of those letters (every other variant, and
    # the form itself, keeps them; they are one letter shorter or as long).
    deletion_heads: frozenset[tuple[str, int]]
    # The first FAMILY_MIN letters of the stem families: a stem that starts with none of them
    # has no family (every family key the matcher looks up is that long or longer).
    family_heads: frozenset[str]
    # What an answer word's stem must start with for same_family to accept any keyword word:
    # the keyword word's stem, or that stem without its last vowel when FAMILY_MIN letters
    # remain ("empathetic" ~ "empathy").
    family_bases: frozenset[str]
    # Those bases' lengths by their first two letters, as the slices that cut a stem's
    # prefixes of those lengths (one pass in C); None when a base is shorter than two letters,
    # which would start too many stems to be worth it: then every stem is looked up.
    base_cuts: dict[str, tuple[slice, ...]] | None
    # The language's inflectional endings by their last character, in the language's order.
    endings_by_last: dict[str, tuple[str, ...]]


def prefilters(terms: list[KeywordWord], deletion_keys: Iterable[str],
               family_keys: Iterable[str], endings: tuple[str, ...]) -> Prefilters:
    """The prefilters of a rubric's keyword words and their deletion and family indexes."""
    bases = {term.stem[:-1] if term.stem[-1:] in _VOWELS and len(term.stem) > FAMILY_MIN
             else term.stem for term in terms if not term.distinct}
    sizes: dict[str, set[int]] = {}
    for base in bases:
        sizes.setdefault(base[:2], set()).add(len(base))
    cuts: dict[str, tuple[slice, ...]] | None = {
        head: tuple(slice(0, size) for size in sorted(found)) for head, found in sizes.items()}
    if any(len(base) < 2 for base in bases):
        cuts = None
    by_last: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        by_last[ending[-1]] = (*by_last.get(ending[-1], ()), ending)
    return Prefilters(
        deletion_heads=frozenset((key[:3], size) for key in deletion_keys
                                 for size in (len(key), len(key) + 1)),
        family_heads=frozenset(key[:FAMILY_MIN] for key in family_keys if len(key) >= FAMILY_MIN),
        family_bases=frozenset(bases), base_cuts=cuts, endings_by_last=by_last)


def lettery(word: str) -> bool:
    """Letters and combining marks only: Telugu vowel signs and viramas are marks, not letters."""
    return word.isalpha() or all(unicodedata.category(ch)[0] in "LM" for ch in word)


# Syllable marks that make another word, not a slip, when one is added or dropped: the
# Telugu anusvara and visarga (బ్యాక్ "back", బ్యాంక్ "bank").
_WORD_MARKS = frozenset("\u0c02\u0c03")


def skeleton(word: str) -> str:
    """A word's letters without its vowel signs and viramas (the marks a typist slips on)."""
    return "".join(ch for ch in word if unicodedata.category(ch)[0] != "M" or ch in _WORD_MARKS)


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


# Fewer letters than this (vowel signs not counted) and only a slip on a sign is a typo.
SHORT_LETTERS = 5


def one_typo(word: str, target: str) -> bool:
    """One slip of the keyboard: a transposition, insertion or deletion; a substitution only
    in longer words, where a one-letter change rarely makes another real word."""
    if word == target or word[:1] != target[:1]:
        return False
    if OSA.distance(word, target, score_cutoff=1) > 1:
        return False
    if not word.isalpha():
        # A script with vowel signs (Telugu): in a word of few letters only a slip on a sign
        # is a typo (త్వరగ for త్వరగా); a letter more or less is another word (బ్యాంక్, "bank",
        # is not బ్యాక్, "back").
        letters = skeleton(target)
        if len(letters) < SHORT_LETTERS and skeleton(word) != letters:
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
        base = term.stem[:-1] if term.stem[-1:] in _VOWELS else term.stem
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


def unprefixed(tokens: Tokens, positions: dict[int, list[tuple[int, float]]],
               prefixes: frozenset[str], prefixed: set[int]) -> None:
    """Drop, in place, keyword words that a hyphened prefix (Language.word_prefixes) makes another
    word: "non-refundable" is not "refund". Kept for the keyword words written after such a
    prefix (`prefixed`: a keyword "non-judgemental")."""
    norms = tokens.norms
    for tid, places in list(positions.items()):
        if tid in prefixed:
            continue
        kept = [(at, quality) for at, quality in places
                if not (at > 0 and norms[at - 1] in prefixes
                        and tokens.gap(at - 1) == "-")]
        if len(kept) != len(places):
            if kept:
                positions[tid] = kept
            else:
                del positions[tid]
