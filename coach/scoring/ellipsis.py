"""Verbs that stand for the one said before them (Language.pro_verbs): a duty the candidate
says they kept ("We were supposed to ring them back, and I always DID"), or a deed they say they
did not do ("My manager told me to ring the room an hour later. I DIDN'T"). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import is_negation
from .forms import adverbial

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def done_after(analysis: Analysis, match: PhraseMatch) -> bool:
    """Does a later clause of the match's sentence say the candidate did it, with a pro-verb:
    "We were supposed to ring them back the next day, AND I ALWAYS DID", "Vi skulle ringa upp
    dem, OCH DET GJORDE JAG"? No negation in it."""
    return _elliptic(analysis, match, negated=False, next_sentence=False) is not None


def undone_after(analysis: Analysis, last: int) -> int | None:
    """The negation of a later clause, in the match's sentence or opening the next, that says
    the candidate did not do it, with a pro-verb: "My manager told me to ring the room later.
    I DIDN'T, because…", "…, but we NEVER DID", "…, men det gjorde jag INTE"."""
    return _elliptic(analysis, None, negated=True, next_sentence=True, last=last)


def _elliptic(analysis: Analysis, match: PhraseMatch | None, negated: bool, next_sentence: bool,
              last: int = -1) -> int | None:
    """The first word of the first clause after the match that is only the candidate, a
    pro-verb (negated ones too: "didn't"), and coordinators,
    adverbs and words that refer back, opening with a coordinator, the candidate, or a word that
    refers back right before the pro-verb ("DET GJORDE jag inte"; not a relative clause, "…,
    WHICH we never normally do": the deed was out of the ordinary); with a negation in it when
    `negated`, none when not.
    Clauses are looked at to the end of the sentence, and the next sentence's first when
    `next_sentence`."""
    lang = analysis.language
    if not lang.pro_verbs:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    last = match.last if match is not None else last
    end = tokens.sentence_range(last)[1]
    if next_sentence and end < len(norms):
        end = tokens.clause_range(end)[1]
    pos = tokens.clause_range(last)[1]
    while pos < end:
        low, high = tokens.clause_range(pos)
        words = norms[low:high]
        negation = next((low + k for k, w in enumerate(words) if is_negation(w, lang)), None)
        opens = words[0] in rules.openers or words[0] in rules.own or (
            len(words) > 1 and words[0] in lang.resumptives and words[1] in lang.pro_verbs)
        if opens and not rules.own.isdisjoint(words) and (negation is not None) == negated and all(
                w in lang.pro_verbs or w in rules.own or w in rules.openers or w in lang.resumptives
                or adverbial(lang, w) or (negated and is_negation(w, lang)) for w in words) and \
                not lang.pro_verbs.isdisjoint(words):
            return negation if negated else low
        pos = high
    return None
