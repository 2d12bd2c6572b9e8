"""How a deed was told or done that empties it: a claim hedged over and over ("I GUESS I KIND OF
try to remember names, MAYBE, the odd one, NOW AND THEN"), a grudging manner ("I explained the
charges again, WITH A SIGH") and a deed done only under pressure ("…, IN THE END, after she
ESCALATED it to head office"). Language data (Language.hedges, Undone.qualifiers, grudges,
pressures, delays) drives them; coach.scoring.hindsight.said_around tries them. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_starts
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many hedges and vague qualifiers a sentence may hold and still make its claim: one honest
# hedge is how people talk ("I'd say I'm patient: I let every caller finish"); three empty it.
_HEDGED = 3


def hedges_possible(analysis: Analysis) -> bool:
    """Does the answer hold _HEDGED hedges and qualifiers at all: may `hedged` apply?"""
    return len(phrase_starts(analysis, "qualifier", analysis.matcher.rules.undone.qualifiers)) >= _HEDGED


def hedged(analysis: Analysis, first: int, last: int) -> int | None:
    """The first of the hedges and vague qualifiers (Language.hedges, Undone.qualifiers) when the
    match's sentence holds at least _HEDGED of them outside the match ("I'm respectful with
    customers, I'D SAY, MOSTLY, unless they start it, GENERALLY SPEAKING"). Interview rubrics
    only."""
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    rules = analysis.matcher.rules
    places = [k for k in phrase_starts(analysis, "qualifier", rules.undone.qualifiers)
              if low <= k < end and not first <= k <= last]
    if len(places) < _HEDGED:
        return None
    return places[0] if told_in_first_person(analysis.matcher) else None


def grudges_possible(analysis: Analysis) -> bool:
    """Does the answer hold a grudging manner (Undone.grudges): may `grudging` apply?"""
    return bool(phrase_starts(analysis, "grudge", analysis.matcher.rules.undone.grudges))


def grudging(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a grudging manner told with the deed in its sentence ("I explained the
    difference, WITH A SIGH", "I RELUCTANTLY bent the rule", "…, muttering UNDER MY BREATH";
    Undone.grudges), in the match's clause or in one with no subject of its own before it (not
    "…, and she GRUDGINGLY accepted"), and its clause not negated ("…, without a sigh"). Interview
    rubrics only."""
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    low, end = tokens.sentence_range(first)
    head_final = analysis.language.head_final
    for start in phrase_starts(analysis, "grudge", rules.undone.grudges):
        if not low <= start < end or first <= start <= last:
            continue
        opening, high = tokens.clause_range(start)
        if (clauses[start] != clauses[first] or head_final or start < first) and any(
                norms[k] not in rules.own and (norms[k] in rules.subjects or norms[k] in rules.served
                                               or norms[k] in rules.others
                                               or norms[k] in rules.served_or_colleagues)
                for k in range(opening, start)):
            continue  # (someone else's manner: "…, and she grudgingly accepted it", "en kollega
            # som himlade med ögonen", "ఆయన ఎంత విసుగ్గా మాట్లాడినా", however irritably he speaks;
            # where verbs come last, or before the match, the subject stands first)
        if negated_between(analysis, opening, end if head_final else high):
            continue  # (where verbs come last the negation follows, maybe past a comma:
            # "…విసుగ్గా, ముక్తసరిగా ఉండను")
        return start if told_in_first_person(analysis.matcher) else None
    return None


def pressure_possible(analysis: Analysis) -> bool:
    """Does the answer hold "after" or "once" and pressure or a word of delay: may `pressed`
    apply?"""
    rules = analysis.matcher.rules
    return not analysis.stem_of.keys().isdisjoint(analysis.language.undone.late_links) and (
        bool(phrase_starts(analysis, "pressure", rules.undone.pressures))
        or bool(phrase_starts(analysis, "delay", rules.undone.delays)))


# How far after the match a word of delay may stand ("I processed her refund quickly IN THE END,
# after…").
_DELAY_AFTER = 4


def pressed(analysis: Analysis, _first: int, last: int) -> int | None:
    """The first word of the pressure a deed waited for, told after it in its sentence: "after"
    or "once" (Undone.late_links) with pressure in its clause (Undone.pressures: "…, after she
    ESCALATED it", "…, once my manager MADE ME"), or with a complaint there after a word of delay
    before it ("I EVENTUALLY checked back…, after she'd COMPLAINED to my manager twice";
    delays, complaints). "I apologised straight away after she complained" is no delay.
    Interview rubrics only."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.sentence_range(last)
    pressures = phrase_starts(analysis, "pressure", rules.undone.pressures)
    delays = phrase_starts(analysis, "delay", rules.undone.delays)
    delayed = any(low <= k <= last + _DELAY_AFTER for k in delays)
    for link in range(last + 1, end):
        if norms[link] not in undone.late_links:
            continue
        high = tokens.clause_range(min(link + 1, end - 1))[1]
        if any(link < k < high for k in pressures) or (
                delayed and not undone.complaints.isdisjoint(norms[link + 1:high])):
            return link if told_in_first_person(analysis.matcher) else None
    return None
