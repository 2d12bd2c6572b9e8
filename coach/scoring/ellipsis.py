"""Verbs that stand for the one said before them (Language.pro_verbs): a duty the candidate
says they kept ("We were supposed to ring them back, and I always DID"). Pure: no I/O.
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
    dem, OCH DET GJORDE JAG"? The clause holds only the candidate, the pro-verb, coordinators,
    adverbs and words that refer back, no negation, and opens with a coordinator, the candidate
    or a word that refers back right before the pro-verb ("DET GJORDE jag"; not a relative
    clause, "…, WHICH we normally do")."""
    lang = analysis.language
    if not lang.pro_verbs:
        return False
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    end = tokens.sentence_range(match.last)[1]
    pos = tokens.clause_range(match.last)[1]
    while pos < end:
        low, high = tokens.clause_range(pos)
        words = norms[low:high]
        opens = words[0] in rules.openers or words[0] in rules.own or (
            len(words) > 1 and words[0] in lang.resumptives and words[1] in lang.pro_verbs)
        if opens and not rules.own.isdisjoint(words) and not lang.pro_verbs.isdisjoint(words) and all(
                w in lang.pro_verbs or w in rules.own or w in rules.openers or w in lang.resumptives
                or adverbial(lang, w) for w in words) and not any(is_negation(w, lang) for w in words):
            return True
        pos = high
    return False
