"""A claim taken back after it is made: a denial with its verb left out ("People assume I'm
patient. I'M NOT.", "I went the extra mile for him. NOT.", "Det gör jag inte.") or a tag that
disowns it ("…, SAID NO ONE ever", "…, OR SO I'M TOLD", "…, though the customer MIGHT TELL YOU
OTHERWISE"). Language data (Undone.elided_words, retort_tags) drives them;
coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_starts, start_after
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# The most words an elided denial holds ("I'm REALLY not AT ALL").
_ELIDED_WORDS = 6


def retorts_possible(analysis: Analysis) -> bool:
    """May `taken_back` apply: does the answer hold a negation or a disowning tag?"""
    return bool(analysis.negations) or bool(
        phrase_starts(analysis, "retort", analysis.matcher.rules.undone.retort_tags))


def _elided(analysis: Analysis, low: int, end: int) -> bool:
    """Are tokens low..end-1 a denial with its verb left out: a few words, all of
    Undone.elided_words, one of them a negation ("I'm not", "Not", "Det gör jag inte")?"""
    norms = analysis.tokens.norms
    words = analysis.language.undone.elided_words
    return 0 < end - low <= _ELIDED_WORDS and all(norms[k] in words for k in range(low, end)) and \
        negated_between(analysis, low, end)


def taken_back(analysis: Analysis, first: int, last: int) -> int | None:
    """The denial or tag that takes the match's claim back: the sentence's last clause after the
    match's, or the whole next sentence, an elided denial ("…. I DON'T.", "…; I'M NOT.", "….
    NOT."); or a tag after the match in its sentence (Undone.retort_tags: "…, SAID NOBODY about
    me", "…, OR SO MY APPRAISAL CLAIMS")."""
    tokens = analysis.tokens
    end = tokens.sentence_range(first)[1]
    tail = tokens.clause_range(end - 1)[0]
    if tail > last and _elided(analysis, tail, end):
        return on_interview(analysis, tail)
    if end < len(tokens.norms):
        after = tokens.sentence_range(end)[1]
        if _elided(analysis, end, after):
            return on_interview(analysis, end)
    tag = start_after(analysis, "retort", analysis.matcher.rules.undone.retort_tags, last)
    return None if tag is None else on_interview(analysis, tag)
