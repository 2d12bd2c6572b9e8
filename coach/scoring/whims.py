"""A deed that is no claim: kept on a whim, for the candidate's own state ("I'm patient WHEN
I'VE SLEPT") or for the customers who are nice first ("…to customers WHO ARE POLITE TO ME"),
done to the wrong one ("I apologised, to THE WRONG table"), done to be rid of the person
served ("…just to get him OFF THE PHONE"), or rated low ("My empathy score was THE LOWEST IN
the branch"). Language data (Undone.own_states, state_links, courtesies, even_handed,
misdirections, misdirection_links, misdirection_turns, riddances, low_ratings) drives them;
coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .audience import condition_links, conditioned
from .cues import negated_between
from .keyed import phrase_length, phrase_starts, starts_around
from .person_sets import united
from .voice import on_interview
from .walkbacks import after_match

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words a condition may hold after a state where verbs come last; how many words
# after a state the candidate may stand as its subject ("After a decent night's sleep I'M…");
# how many words after a turn the candidate may stand ("…, BUT THEN I flipped…").
_STATE_FORM = 3
_OWN_AFTER = 2
_TURN_REACH = 3


def whims_possible(analysis: Analysis) -> bool:
    """May `on_a_whim` apply: does the answer name the candidate's state or a courtesy?"""
    keys = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "state", keys.own_states)) or \
        bool(phrase_starts(analysis, "courtesy", keys.courtesies))


def on_a_whim(analysis: Analysis, first: int, last: int) -> int | None:
    """A condition in the match's sentence that keeps the deed for the candidate's good days
    (Undone.own_states: "My explanations are clear WHEN I'VE SLEPT well", "How calm I stay
    DEPENDS on how much SLEEP I've had", "Har jag EN BRA DAG ringer jag upp…", "…నిద్రపోతే")
    or for those who are nice to the candidate first (courtesies: "I'm respectful with every
    guest WHO'S RESPECTFUL WITH ME", "…, förutsatt att hen HÄLSAR FÖRST"; not in a sentence that
    treats all alike, Undone.even_handed: "lika artig mot dem som skäller som mot dem som är
    trevliga"). Not negated nor conceded ("EVEN on a bad day", "whether or NOT I've had my
    coffee"); a state needs the candidate in or right after its condition and no one served in
    it ("If a GUEST has had a bad day, I listen" is about the guest)."""
    lang = analysis.language
    keys = analysis.matcher.rules.undone
    endings = lang.undone.reward_endings
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if lang.undone.even_handed.isdisjoint(norms[low:end]):
        links = condition_links(analysis)
        for start in starts_around(analysis, "courtesy", keys.courtesies, first, last):
            if conditioned(analysis, first, last, start, links, endings, _STATE_FORM) and \
                    not (start > last and negated_between(analysis, last + 1, start)):
                return on_interview(analysis, start)  # (not "…, NOT just to customers who are polite")
    links = condition_links(analysis, lang.undone.state_links)
    served = united((lang.served_subjects, lang.served_objects))
    conceded = lang.undone.concessions - lang.undone.state_links
    for start in starts_around(analysis, "state", keys.own_states, first, last):
        if lang.head_final:
            return on_interview(analysis, start)  # (the state's own form is conditional: "నిద్రపోతే")
        span = conditioned(analysis, first, last, start, links, endings, _STATE_FORM)
        if span is None:
            continue
        opening, stop = span
        if not conceded.isdisjoint(norms[last + 1:opening]):
            continue  # ("I'm always polite EVEN when someone's snappy before their coffee")
        after = stop + phrase_length(analysis, start, keys.own_states) + _OWN_AFTER
        if served.isdisjoint(norms[opening:stop]) and \
                not lang.own_subjects.isdisjoint(norms[max(0, opening - _OWN_AFTER):after]):
            return on_interview(analysis, start)
    return None


def misdirections_possible(analysis: Analysis) -> bool:
    """May `misdirected` apply: does the answer say something went to the wrong one?"""
    return bool(phrase_starts(analysis, "misdirection", analysis.matcher.rules.undone.misdirections))


def misdirected(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed done to the wrong one (Undone.misdirections), after the match in its sentence:
    re-aimed by a word of direction right after a break ("I apologised straight away — TO THE
    WRONG table", "…, FOR THE WRONG month", "…– TILL FEL kund"; misdirection_links), or in a
    turn to the candidate's own slip (misdirection_turns, then the candidate: "…, ONLY I'D
    pulled up the wrong booking", "…, MEN JAG hade skrivit av numret fel"; where verbs come last
    the turn alone: "…— కానీ అది తప్పు అకౌంట్…"). Not negated, nor an alternative ("I'd rather
    check THAN sell him the wrong thing"). Someone else's slip the candidate put right is the
    deed itself ("I traced it to the wrong depot", "the site had sent us the wrong dates")."""
    keys = analysis.matcher.rules.undone
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    if negated_between(analysis, tokens.clause_range(first)[0], first):
        return None  # ("I DON'T want to guess and give you the wrong answer")
    for start in starts_around(analysis, "misdirection", keys.misdirections, first, last):
        if start <= last or any(word in undone.preference_links for word in norms[low:start]):
            continue
        link = start - 1
        if norms[link] in undone.misdirection_links and link > last and \
                tokens.clauses[link] != tokens.clauses[link - 1]:
            return on_interview(analysis, start)  # ("…, TO the wrong email address")
        for turn in range(last + 1, start):
            if norms[turn] not in undone.misdirection_turns or negated_between(analysis, turn, start):
                continue
            mine = norms[turn + 1:min(start, turn + 1 + _TURN_REACH)]
            if lang.head_final or not lang.own_subjects.isdisjoint(mine):
                return on_interview(analysis, start)  # ("…, BUT I'D mixed up the job sheets")
    return None


def riddances_possible(analysis: Analysis) -> bool:
    """May `to_be_rid` apply: does the answer say it got rid of someone?"""
    return bool(phrase_starts(analysis, "riddance", analysis.matcher.rules.undone.riddances))


def to_be_rid(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed done to be rid of the person served: one of Undone.riddances after the match in
    its sentence, or anywhere in it where verbs come last, with no negation in the match's clause
    nor an alternative between (walkbacks.after_match: "I apologised three times, just so he'd
    LEAVE RECEPTION", "…mest för att få kunden att LÄGGA PÅ", "…ఫోన్ చేయకుండా
    ఉండటానికే"; not "…, NOT to get him off the phone")."""
    start = after_match(analysis, "riddance", analysis.matcher.rules.undone.riddances, first, last)
    if start is None or any(word in analysis.language.undone.preference_links
                            for word in analysis.tokens.norms[last + 1:start]):
        return None  # ("I DON'T promise Wednesday just to get them off the phone", "…the earliest
        # date I know is true, rather THAN saying tomorrow to get them off the phone")
    return start


def ratings_possible(analysis: Analysis) -> bool:
    """May `rated_low` apply: does the answer name a low rating?"""
    return bool(phrase_starts(analysis, "rating", analysis.matcher.rules.undone.low_ratings))


def rated_low(analysis: Analysis, first: int, last: int) -> int | None:
    """A low rating of the deed in the match's sentence (Undone.low_ratings: "My empathy rating
    was THE LOWEST IN the branch", "The mystery shopper MARKED ME DOWN for courtesy", "…fick
    jag LÄGSTA BETYGET på respektfullt bemötande", "…అతి తక్కువ మార్కులు"), not negated between."""
    keys = analysis.matcher.rules.undone
    for start in starts_around(analysis, "rating", keys.low_ratings, first, last):
        low, high = (last + 1, start) if start > last else (start, first)
        if not negated_between(analysis, low, high):
            return on_interview(analysis, start)
    return None
