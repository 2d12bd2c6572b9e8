"""Deeds kept for some customers, for the checklist or done too late: a claim the answer then
denies to the rest ("I go the extra mile for the VIP members; EVERYONE ELSE gets exactly what they
paid for"), a deed done because a script or a sale asks for it ("I use the customer's name once,
BECAUSE the MYSTERY shopper checks for it"), and one that came after it could help ("…, AFTER her
car had ALREADY been towed"). Language data (Undone.the_rest, rest_links, checklists, tactics,
late_links…) drives them; coach.scoring.hindsight.said_around tries them. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import past_openers
from .keyed import phrase_length, phrase_starts
from .person_sets import united
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words a clause may open with before the head that makes it the rest ("THE GRUMPY
# ones").
_HEAD_REACH = 3
# How many words before "the rest" may compare it ("på samma sätt SOM med alla andra").
_REST_COMPARED = 3
# How many words after "the rest" may name colleagues instead of customers ("everyone else ON
# THE TEAM").
_REST_COLLEAGUES = 3


def rests_possible(analysis: Analysis) -> bool:
    """Does the answer hold a word of "the rest" (Undone.the_rest, rest_heads): may `favoured`
    apply to it at all?"""
    return bool(phrase_starts(analysis, "the rest", analysis.matcher.rules.undone.the_rest)) or \
        not analysis.stem_of.keys().isdisjoint(analysis.language.undone.rest_heads)


def favoured(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of "the rest" (Undone.the_rest) opening a clause after the match's in its
    sentence, which keeps the deed from everyone but a favoured few ("For the VIP guests I'll
    bend any rule you like; EVERYONE ELSE gets the policy read out",
    "…, ALLA ANDRA får lämna rummet klockan elva", "…; మిగతావాళ్ళకి మెనూ కార్డు"). Not where it
    is compared ("than everyone else"), the subject of a subordinate clause ("while everyone else
    panicked"), the candidate's colleagues ("everyone else on the team") or given the same
    ("…, and everyone else too"; Undone.practice_affirmers). Interview rubrics only."""
    undone = analysis.language.undone
    starts = phrase_starts(analysis, "the rest", analysis.matcher.rules.undone.the_rest)
    heads = not analysis.stem_of.keys().isdisjoint(undone.rest_heads)
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    rules = analysis.matcher.rules
    end = tokens.sentence_range(last)[1]
    headed = _headed_rests(analysis, last, end) if heads else {}
    for rest in sorted({*starts, *headed}):
        if not last < rest < end or clauses[rest] == clauses[last]:
            continue
        low, high = tokens.clause_range(rest)
        opening = past_openers(analysis, low, rest)
        if rest != opening and norms[rest - 1] not in undone.rest_links:
            continue  # (the rest as an object: "we sorted the rest by email")
        if not undone.additives.isdisjoint(norms[low:rest]):
            continue  # (added, not kept from: "…, and new customers get a warm welcome")
        if norms[rest - 1] in lang.subordinators or \
                not undone.comparisons.isdisjoint(norms[max(low, rest - _REST_COMPARED):rest]):
            continue  # ("while everyone else…", "than everyone else", "som med alla andra")
        after = headed.get(rest) or rest + phrase_length(analysis, rest, rules.undone.the_rest)
        if lang.partitive is not None and after < len(norms) and norms[after] == lang.partitive[0]:
            continue  # (a part of something: "for the rest OF the stay")
        if lang.head_final and after < len(norms) and norms[after] in undone.comparisons:
            continue  # ("మిగతావాళ్ళ కంటే", than the others)
        reach = norms[after:min(high, after + _REST_COLLEAGUES)]
        if not lang.colleagues.isdisjoint(reach) or not undone.rest_colleagues.isdisjoint(reach):
            continue
        if not undone.practice_affirmers.isdisjoint(norms[rest:high]):
            continue
        return rest if told_in_first_person(analysis.matcher) else None
    return None


def _headed_rests(analysis: Analysis, last: int, end: int) -> dict[int, int]:
    """The first words of clauses after token `last` in its sentence that open with a
    determiner and, within _HEAD_REACH words, one of Undone.rest_heads ("…; THE GRUMPY ONES I
    pass to my colleague"), each with the place right after its head."""
    tokens = analysis.tokens
    norms = tokens.norms
    determiners = analysis.matcher.rules.determiners
    heads = analysis.language.undone.rest_heads
    found = {}
    pos = tokens.clause_range(last)[1]
    while pos < end:
        low, high = tokens.clause_range(pos)
        opening = past_openers(analysis, low, high)
        turned = ";" in tokens.between_clauses(low - 1, low) or \
            not analysis.language.undone.rest_links.isdisjoint(norms[low:opening])
        head = None if opening >= high or norms[opening] not in determiners else next(
            (k for k in range(opening + 1, min(high, opening + 1 + _HEAD_REACH)) if norms[k] in heads), None)
        if turned and head is not None:
            found[opening] = head + 1  # (after a semicolon or "but": not "the morning ones, the
            # evening ones", "so the ones who only have a lunch break can decide")
        pos = high
    return found


# How many words may stand between "because" and the checklist it names ("BECAUSE it's step two
# of the SCRIPT").
_CHECKLIST_REACH = 8


def aims_possible(analysis: Analysis) -> bool:
    """Does the answer hold a script, checklist or tactic word: may `ticked` apply at all?"""
    undone = analysis.language.undone
    return not analysis.stem_of.keys().isdisjoint(united((undone.checklists, undone.tactics)))


def ticked(analysis: Analysis, _first: int, last: int) -> int | None:
    """The first word of a reason after the match that makes the deed a box ticked or a tactic:
    a word of cause or purpose (Undone.causes) with a script, checklist or template (checklists)
    or a sale, rating or review (tactics) after it in its clause ("I say 'I understand how
    frustrating that must be' BECAUSE it's step two of the SCRIPT", "…, EFTERSOM det står i
    MANUSET", "I slip a note into every order BECAUSE it gets us more five-star REVIEWS"), not
    negated ("…, not because the script says so"). Interview rubrics only."""
    undone = analysis.language.undone
    aims = united((undone.checklists, undone.tactics))
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(last)[1]
    for cause in range(last + 1, end):
        if norms[cause] not in undone.causes:
            continue
        high = min(tokens.clause_range(min(cause + 1, end - 1))[1], cause + 1 + _CHECKLIST_REACH)
        if any(norms[k] in aims for k in range(cause + 1, high)) and \
                not negated_between(analysis, tokens.clause_range(cause)[0], cause + 1):
            return cause if told_in_first_person(analysis.matcher) else None
    return None


def lateness_possible(analysis: Analysis) -> bool:
    """Does the answer hold "already" (Undone.late_words): may `too_late` apply at all?"""
    return not analysis.stem_of.keys().isdisjoint(analysis.language.undone.late_words)


def too_late(analysis: Analysis, _first: int, last: int) -> int | None:
    """The first word of a time after the match that says the deed came too late: a word of
    time (Undone.late_links) with "already" after it in its clause ("I explained the new parking
    arrangements, AFTER her car had ALREADY been towed", "…, EFTER att hon REDAN hade bytt
    bank"; Undone.late_words), or, where verbs come last, "already" before a word of time after
    it ("…అప్పటికే … పెట్టేసిన తర్వాత"). Not "when … already", as often a deed ahead of time.
    Interview rubrics only."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(last)[1]
    for link in range(last + 1, end):
        if analysis.language.head_final:
            if norms[link] in undone.late_words and any(
                    norms[k] in undone.late_links for k in range(link + 1, end)):
                return link if told_in_first_person(analysis.matcher) else None
            continue
        if norms[link] not in undone.late_links:
            continue
        high = tokens.clause_range(min(link + 1, end - 1))[1]
        if not undone.late_words.isdisjoint(norms[link + 1:high]):
            return link if told_in_first_person(analysis.matcher) else None
    return None
