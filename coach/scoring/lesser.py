"""A deed made less than a claim: put last ("Going the extra mile is THE LEAST OF MY
PRIORITIES"), done in a rare share of cases ("I stay polite with about ONE angry customer IN
TEN", "var TJUGONDE kund"), or what a better worker would have done ("A BETTER host WOULD have
said sorry straight away"). Language data (Undone.least_words, rare_shares, rare_counts,
rare_ordinals, better_workers, better_modals) drives them; coach.scoring.late.said_late
tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .hollow import said_after
from .keyed import phrase_length, phrase_starts, starts_around, starts_before
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may stand between a keyword and the words that put it last ("Keeping things
# courteous WITH DIFFICULT CALLERS IS the least of my concerns"), and between a small count and
# its tail ("ONE ANGRY CUSTOMER in ten").
_LEAST_REACH = 6
_COUNT_REACH = 4


def least_possible(analysis: Analysis) -> bool:
    """May `put_last` apply: does the answer put something last?"""
    return bool(phrase_starts(analysis, "least", analysis.matcher.rules.undone.least_words))


def put_last(analysis: Analysis, first: int, last: int) -> int | None:
    """The words that put the match's deed last (Undone.least_words), a few words after it in its
    clause, not negated ("Going the extra mile is THE LEAST OF MY PRIORITIES", "…greeting people
    MATTERS THE LEAST to me", "Att vara hövlig … är DET MINSTA AV MINA BEKYMMER")."""
    return said_after(analysis, "least", analysis.matcher.rules.undone.least_words, last, _LEAST_REACH)


def shares_possible(analysis: Analysis) -> bool:
    """May `rare_share` apply: does the answer hold a share's tail?"""
    keys = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "share", keys.rare_shares)) or \
        bool(phrase_starts(analysis, "ordinal", keys.rare_ordinals))


def rare_share(analysis: Analysis, first: int, last: int) -> int | None:
    """A rare share of cases in the match's sentence, with no contrast between: a tail
    (Undone.rare_shares) with a small count a few words before it (rare_counts: "I stay polite
    with about ONE angry customer IN TEN", "…ungefär EN gång AV TJUGO"), or an ordinal that needs
    none (rare_ordinals: "Jag hälsar på kanske VAR TJUGONDE kund"), in the match's clause, not
    denied. Not "NINETEEN customers in twenty", "It wasn't one in ten: every guest…", nor a
    rhythm ("var tjugonde minut")."""
    keys = analysis.matcher.rules.undone
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    times = lang.word_classes.get("time_unit", frozenset())
    for kind, phrases in (("ordinal", keys.rare_ordinals), ("share", keys.rare_shares)):
        for start in starts_around(analysis, kind, phrases, first, last):
            after = start + phrase_length(analysis, start, phrases)
            if tokens.clauses[start] != tokens.clauses[first] or negated_between(analysis, low, start) or \
                    (after < len(norms) and norms[after] in times):
                continue  # (a share of another clause, denied, or a rhythm: "var tjugonde MINUT")
            counted = norms[max(low, start - _COUNT_REACH):start]
            if kind == "ordinal" or not lang.undone.rare_counts.isdisjoint(counted):
                return on_interview(analysis, start)
    return None


def better_possible(analysis: Analysis) -> bool:
    """May `bettered` apply: does the answer name a better worker?"""
    return bool(phrase_starts(analysis, "better", analysis.matcher.rules.undone.better_workers))


def bettered(analysis: Analysis, first: int, last: int) -> int | None:
    """What a better worker would have done: a clause the match stands in opened by one of
    Undone.better_workers, one of better_modals between it and the match ("A BETTER host WOULD
    have said sorry straight away", "SOMEONE MORE patient WOULD have listened", "En MER empatisk
    kassörska HADE nog märkt…"). Not "A good agent follows up, and that's what I did"."""
    keys = analysis.matcher.rules.undone
    tokens = analysis.tokens
    start = next(starts_before(analysis, "better", keys.better_workers, first, ended=True), None)
    if start is None or tokens.clauses[start] != tokens.clauses[first] or \
            start != tokens.clause_range(start)[0]:
        return None
    after = start + phrase_length(analysis, start, keys.better_workers)
    if analysis.language.undone.better_modals.isdisjoint(tokens.norms[after:first]):
        return None
    return on_interview(analysis, start)


def outnumbered_possible(analysis: Analysis) -> bool:
    """May `outnumbered` apply: does the answer give a share?"""
    return bool(phrase_starts(analysis, "share link", analysis.matcher.rules.undone.share_links))


# How many words may stand between a share's link and its large count ("out of ABOUT sixty").
_LARGE_REACH = 2


def outnumbered(analysis: Analysis, first: int, last: int) -> int | None:
    """A share in the match's sentence that belies the claim: a small count (Undone.rare_counts,
    small_counts) right before one of share_links and a large count a word or two after it
    (large_counts, or a figure of two digits or more: "I stay polite most of the time; last week
    I managed it TWICE OUT OF about ten", "…two OUT OF about sixty", "…två AV ungefär sextio"),
    not negated."""
    keys = analysis.matcher.rules.undone
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    small = undone.rare_counts | undone.small_counts
    for start in starts_around(analysis, "share link", keys.share_links, first, last):
        after = start + phrase_length(analysis, start, keys.share_links)
        large = any(word in undone.large_counts or (word.isdigit() and len(word) > 1)
                    for word in norms[after:after + _LARGE_REACH + 1])
        if start > low and norms[start - 1] in small and large and \
                not negated_between(analysis, min(start, first), max(start, last)):
            return on_interview(analysis, start - 1)
    return None
