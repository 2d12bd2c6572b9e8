"""How an answer is delivered: its fillers ("um", "you know", "like" as a filler), hedges
("I think", "maybe") and the STAR parts it signals (situation, task, action, result).
Exact words, counted once per answer; they do not change the score."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from coach.records import record
from coach.text import phrase_words

from .results import Evidence, WordCount, evidence_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from coach.lang import Language

    from .analysis import Analysis

# "I was like so tired": "like" between a form of "be" and an intensifier is a filler.
_BE_FORMS = frozenset(["was", "is", "were", "are", "am", "i'm", "it's", "he's", "she's", "we're",
                       "they're", "be", "been"])
_INTENSIFIERS = frozenset(["so", "really", "totally", "super", "very", "literally", "just",
                           "completely", "absolutely", "pretty"])

Counted = tuple[tuple[str, tuple[str, ...]], ...]  # (phrase, its words)
# A STAR part's cues by first word, then by second word ("" for a one-word cue), each with its
# place in the part's list: at any place of a first word, only the cues its next word allows
# are compared. first word -> second word -> ((place, words), ...)
CueIndex = dict[str, dict[str, tuple[tuple[int, tuple[str, ...]], ...]]]
# A Counted list as `count` reads it (_plan): every word of its phrases; per phrase (its words
# as a set, in parallel) its text, words, what to look for in the joined words (joined_words) and
# how its places count (_COUNTED, _LIKE, _AMBIGUOUS, _OVERLAPS).
Plan = tuple[frozenset[str], tuple[frozenset[str], ...], tuple[tuple[str, tuple[str, ...], str, int], ...]]
_COUNTED, _LIKE, _AMBIGUOUS, _OVERLAPS = 0, 1, 2, 3
# Joins the answer's words: no word holds it (coach.tokens.tokenize: a word is \w characters,
# normalised, and no character normalises to NUL; joined_words checks the text too).
SEP = "\0"


@record(slots=True)
class Delivery:
    """A language's fillers, hedges and STAR cues as word tuples (compiled once per rubric)."""

    fillers: Counted
    hedges: Counted
    star: tuple[tuple[str, CueIndex], ...]  # per STAR part, in order
    firsts: frozenset[str]  # every first word of a filler, hedge or STAR cue
    # one-word fillers that are also ordinary words (Language.filler_not_after and the rest)
    ambiguous: frozenset[str] = frozenset()
    # fillers and hedges as `count` reads them (_plan), built once
    filler_plan: Plan | None = None
    hedge_plan: Plan | None = None


def compile_delivery(lang: Language) -> Delivery:
    """The language's delivery lists, split into words."""
    def words(items: tuple[str, ...]) -> Counted:
        return tuple((item, tuple(phrase_words(item))) for item in items)

    def cue_index(cues: tuple[str, ...]) -> CueIndex:
        index: dict[str, dict[str, list[tuple[int, tuple[str, ...]]]]] = {}
        for place, cue in enumerate(cues):
            cue_words = tuple(phrase_words(cue))
            if cue_words:
                second = cue_words[1] if len(cue_words) > 1 else ""
                index.setdefault(cue_words[0], {}).setdefault(second, []).append((place, cue_words))
        return {first: {second: tuple(items) for second, items in by_second.items()}
                for first, by_second in index.items()}

    star = tuple((part, cue_index(cues)) for part, cues in lang.star_cues.items())
    fillers, hedges = words(lang.fillers), words(lang.hedges)
    firsts = {w[0] for _t, w in fillers + hedges if w} | {first for _p, index in star for first in index}
    ambiguous = frozenset(lang.filler_not_after) | frozenset(lang.filler_not_before)
    return Delivery(fillers, hedges, star, frozenset(firsts), ambiguous,
                    _plan(fillers, ambiguous, frozenset(firsts)), _plan(hedges, ambiguous, frozenset(firsts)))


@lru_cache(maxsize=64)
def _plan(items: Counted, ambiguous: frozenset[str], firsts: frozenset[str]) -> Plan:
    """How `count` finds each phrase: a one-word filler whose places are judged one by one
    ("like", the ambiguous ones) by its places; a phrase that may overlap itself ("ha ha" twice
    in "ha ha ha") by its first word's places, as before; any other by counting it in the joined
    words, where its occurrences cannot overlap, so str.count finds every one. A phrase
    without words, or whose first word is none of the language's `firsts`, is left out (_where
    finds no place for it)."""
    entries = []
    for text, words in items:
        if not words or words[0] not in firsts:
            continue
        n = len(words)
        if n == 1 and words[0] == "like":
            kind = _LIKE
        elif n == 1 and words[0] in ambiguous:
            kind = _AMBIGUOUS
        elif overlaps_itself(words):
            kind = _OVERLAPS
        else:
            kind = _COUNTED
        # (_LIKE, _AMBIGUOUS and _OVERLAPS look for the first word only)
        look = words if kind == _COUNTED else words[:1]
        entries.append((frozenset(words), (text, words, in_joined(look), kind)))
    return (frozenset(w for _t, words in items for w in words),
            tuple(need for need, _entry in entries), tuple(entry for _need, entry in entries))


def overlaps_itself(words: tuple[str, ...]) -> bool:
    """May two places of these words overlap ("ha ha" twice in "ha ha ha")? str.count on the
    joined words finds only places that do not."""
    return any(words[cut:] == words[: len(words) - cut] for cut in range(1, len(words)))


def in_joined(words: Iterable[str]) -> str:
    """What words in a row look like in joined_words: "\0w1\0\0w2\0"."""
    return SEP + (SEP + SEP).join(words) + SEP


def joined_words(analysis: Analysis) -> str | None:
    """The answer's words, each between two separators: "\0w1\0\0w2\0…" (a phrase's words
    so joined occur exactly where its words stand in a row), built once per answer (fillers and
    hedges both read them). None when the text holds the separator (then `count` looks word by
    word)."""
    joined = analysis.delivery_joined
    if joined is None:
        tokens = analysis.tokens
        joined = "" if SEP in tokens.text else in_joined(tokens.norms)
        analysis.delivery_joined = joined
    return joined or None


def _places(joined: str, look: str) -> list[int]:
    """The token places where `look` ("\0word\0") occurs in the joined words, in order: each
    token before one adds two separators."""
    found: list[int] = []
    at = joined.find(look)
    seps = done = 0
    while at >= 0:
        seps += joined.count(SEP, done, at)
        done = at
        found.append(seps // 2)
        at = joined.find(look, at + 1)
    return found


def _where(analysis: Analysis) -> dict[str, list[int]]:
    """Where each first word of a filler, hedge or STAR cue occurs, built on first use."""
    if analysis.delivery_words is None:
        norms = analysis.tokens.norms
        firsts = analysis.matcher.delivery.firsts
        at: dict[str, list[int]] = {}
        for i in [i for i, norm in enumerate(norms) if norm in firsts]:
            norm = norms[i]
            if norm in at:
                at[norm].append(i)
            else:
                at[norm] = [i]
        analysis.delivery_words = at
    return analysis.delivery_words


def count(analysis: Analysis, items: Counted, plan: Plan | None = None) -> list[WordCount]:
    """How often each filler or hedge phrase occurs (exact words). (`plan`: _plan of the items,
    when it is at hand.)"""
    if plan is None:
        found = analysis.matcher.delivery
        plan = _plan(items, found.ambiguous, found.firsts)
    words, needs, entries = plan
    # Only the phrases whose every word the answer holds (its distinct words: stem_of's keys)
    # can occur: the others count 0 and are left out, as below.
    present = analysis.stem_of.keys() & words
    if not present:
        return []
    tokens = analysis.tokens
    joined = joined_words(analysis)
    if joined is None:
        return _count(analysis, items)
    counts: list[WordCount] = []
    for text, phrase, look, kind in compress(entries, map(present.issuperset, needs)):
        if kind == _COUNTED:
            hits = joined.count(look)
        elif kind == _LIKE:
            hits = sum(1 for i in _places(joined, look) if _filler_like(analysis, i))
        elif kind == _AMBIGUOUS:
            hits = sum(1 for i in _places(joined, look) if _filler_here(analysis, i))
        else:
            n, norms = len(phrase), tokens.norms
            hits = sum(1 for i in _places(joined, look) if tuple(norms[i : i + n]) == phrase)
        if hits:
            counts.append(WordCount(text, hits))
    return counts


def _count(analysis: Analysis, items: Counted) -> list[WordCount]:
    """`count` word by word, from the places of each phrase's first word."""
    at = _where(analysis)
    norms = analysis.tokens.norms
    counts: list[WordCount] = []
    for text, words in items:
        where = at.get(words[0]) if words else None
        if not where:
            continue
        n = len(words)
        if n == 1:
            word = words[0]
            if word == "like":
                hits = sum(1 for i in where if _filler_like(analysis, i))
            elif word in analysis.matcher.delivery.ambiguous:
                hits = sum(1 for i in where if _filler_here(analysis, i))
            else:
                hits = len(where)
        else:
            # The second word first: most places of a common first word ("i", "you") fail there.
            second, end = words[1], len(norms) - 1
            hits = sum(1 for i in where
                       if i < end and norms[i + 1] == second and tuple(norms[i : i + n]) == words)
        if hits:
            counts.append(WordCount(text, hits))
    return counts


def hedges(analysis: Analysis) -> list[WordCount]:
    """The hedges ("I think", "maybe") and how often each occurs."""
    delivery = analysis.matcher.delivery
    return count(analysis, delivery.hedges, delivery.hedge_plan)


def fillers(analysis: Analysis) -> list[WordCount]:
    """The fillers, and the discourse markers ("to be honest", "frankly") used as such."""
    delivery = analysis.matcher.delivery
    counts = count(analysis, delivery.fillers, delivery.filler_plan)
    seen = {c.text for c in counts}
    markers: dict[str, int] = {}
    for _first, _last, text in analysis.idioms():
        markers[text] = markers.get(text, 0) + 1
    return counts + [WordCount(t, n) for t, n in markers.items() if t not in seen]


def _filler_here(analysis: Analysis, i: int) -> bool:
    """Is the one-word filler at i a filler here: not after or before a word of its clause
    that makes it the ordinary word (Language.filler_not_after, filler_not_before)?"""
    tokens = analysis.tokens
    lang = analysis.language
    norms, clauses = tokens.norms, tokens.clauses
    word = norms[i]
    if i > 0 and clauses[i - 1] == clauses[i] and norms[i - 1] in lang.filler_not_after.get(word, ()):
        return False
    return not (i + 1 < len(norms) and clauses[i + 1] == clauses[i] and
                norms[i + 1] in lang.filler_not_before.get(word, ()))


def _filler_like(analysis: Analysis, i: int) -> bool:
    """Is "like" at i a filler ("it was, like, busy", "like, I don't know", "I was like so
    tired")? Not where it means "such as" (", like checking the other branch") or is a
    verb ("I like helping"): a filler stands in a clause of its own, opens a sentence
    before a comma, or sits between "be" and an intensifier."""
    tokens = analysis.tokens
    clauses, norms = tokens.clauses, tokens.norms
    n = len(norms)
    opens = i == 0 or clauses[i - 1] != clauses[i]
    closes = i + 1 == n or clauses[i + 1] != clauses[i]
    if closes:
        return opens or norms[i - 1] in _BE_FORMS or norms[i - 1] in ("and", "but", "so", "or")
    after = norms[i + 1]
    if not opens and norms[i - 1] in _BE_FORMS and after in _INTENSIFIERS:
        return True
    return after in ("um", "uh", "erm", "you", "literally") and (after != "you" or (
        i + 2 < n and norms[i + 2] == "know"))


def star(analysis: Analysis) -> dict[str, Evidence | None]:
    """For each STAR part, its cue that starts first in the answer (at one place, the cue
    listed first), or None."""
    at = _where(analysis)
    norms = analysis.tokens.norms
    end = len(norms) - 1
    found: dict[str, Evidence | None] = {}
    for part, index in analysis.matcher.delivery.star:
        best: tuple[int, int, int] | None = None  # (first token, place in the list, last token)
        for first_word, by_second in index.items():
            for i in at.get(first_word, ()):
                if best is not None and i > best[0]:
                    break
                candidates = by_second.get("", ())
                if i < end:
                    candidates += by_second.get(norms[i + 1], ())
                for place, words in candidates:
                    n = len(words)
                    if (best is None or (i, place) < best[:2]) and \
                            (n == 1 or tuple(norms[i : i + n]) == words):
                        best = (i, place, i + n - 1)
                if candidates and best is not None and best[0] == i:
                    break
        found[part] = evidence_of(analysis.tokens, best[0], best[2]) if best else None
    return found
