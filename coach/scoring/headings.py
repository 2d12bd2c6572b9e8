"""Lists whose heading denies them: the words before a colon say what the candidate leaves
out, drops or puts last ("Things I SKIP when it's busy: follow-ups, small talk", "NOT my job:
explaining the bill", "Det första som RYKER när det är fullt: artigheten", "… నేను స్కిప్
చేసేవి: ఫాలో-అప్ కాల్స్"), so each item after the colon is one the candidate does not do.
Language data drives it (Undone.omissions, the negation cues). Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_starts
from .person_sets import united
from .quotes import quoted
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words a heading may hold: a list's heading is short ("Things I leave out on a busy
# Saturday at the cafe"); a longer run before a colon is a sentence of its own.
_HEADING_WORDS = 14


def headed(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of an omission (Undone.omissions) or a negation in the heading before a
    colon that opens the list tokens first..last stand in, in their sentence: not an omission
    negated (a double negative affirms: "What I never skip: follow-ups"), and not where the
    candidate speaks as a subject or a negation stands between the colon and the match ("What
    I dropped when I was promoted: nothing, I still follow up with everyone"). Interview rubrics
    only."""
    tokens = analysis.tokens
    if ":" not in tokens.text or not told_in_first_person(analysis.matcher):
        return None  # (most answers; and a knowledge answer's "Frames dropped: …" lists facts)
    low = tokens.sentence_range(first)[0]
    colon = _after_colon(analysis, low, first)
    if colon is None or colon - low > _HEADING_WORDS or negated_between(analysis, colon, first):
        return None
    own = analysis.language.own_subjects
    if any(tokens.norms[pos] in own and not quoted(analysis, pos) for pos in range(colon, last + 1)):
        return None  # (the candidate's own words quoted are an item: "…: 'I can see how …'")
    starts = phrase_starts(analysis, "omission", analysis.matcher.rules.undone.omissions)
    omission = next((pos for pos in starts[bisect_left(starts, low):] if pos < colon), None)
    negations = analysis.negations
    negation = next((pos for pos in negations[bisect_left(negations, low):] if pos < colon), None)
    lang = analysis.language
    ends = united((lang.coordinators, lang.scope_breakers, lang.contrasts))
    # (what a heading says reaches its colon with no clause joined between: not "I didn't know,
    # AND I told her so: 'give me two minutes…'")
    if omission is not None and not ends.isdisjoint(tokens.norms[omission:colon]):
        omission = None
    if negation is not None and not ends.isdisjoint(tokens.norms[negation:colon]):
        negation = None
    if omission is None:
        return _negated_heading(analysis, low, negation, colon)
    # A negation of the omission itself: before it, or after it where verbs come last ("What I
    # NEVER skip"; not "…చదవకుండా డిలీట్ చేసేవి", what I delete without reading).
    head_final = lang.head_final
    denied = any(low <= pos < colon and (pos > omission if head_final else pos < omission)
                 for pos in negations)
    return None if denied else omission


def _negated_heading(analysis: Analysis, low: int, negation: int | None, colon: int) -> int | None:
    """The negation of a heading with no omission, if it denies the list: not a negated word
    whose negation is emphasis ("What I never compromise on: politeness", Telugu "…మానలేదు:",
    a habit I have not given up; coach.scoring.negation), not a bare answer ("No: arrivals are
    not independent"), and not a contrast after a comma inside the heading ("Treat people as
    people, not as ticket numbers: use their name")."""
    if negation is None or any(negation <= pos < colon for pos in analysis.privatives):
        return None
    tokens = analysis.tokens
    lang = analysis.language
    if all(pos == negation or tokens.norms[pos] in lang.function_words for pos in range(low, colon)):
        return None
    if negation != low and tokens.clause_range(negation)[0] == negation:
        return None
    return negation


def _after_colon(analysis: Analysis, low: int, first: int) -> int | None:
    """The first token after the last colon between the sentence's start `low` and tokens
    `first` (a colon breaks a clause), or None."""
    tokens = analysis.tokens
    start = tokens.clause_range(first)[0]
    while start > low:
        if ":" in tokens.between_clauses(start - 1, start):
            return start
        start = tokens.clause_range(start - 1)[0]
    return None
