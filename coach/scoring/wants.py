"""Claims measured against a low bar or hoped for: "I'm better at follow-up THAN my old
colleague, WHO never checked back with anyone" (better only than someone terrible),
"HOPEFULLY he got his call back" (a hope, not a deed). (What the candidate wishes to get is
Language.wish_frames', coach.scoring.patrons.wished_for.) Language data (Undone.bar_links,
bar_relatives, bar_people, hopes) drives them; coach.scoring.late.said_late tries them.
Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keyed import phrase_length, phrase_starts, starts_around
from .person_sets import united
from .voice import on_interview
from .whole import names_me

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may stand between the word that compares and the relative word that describes
# whom it compares with ("than THE GUY I REPLACED, who…").
_BAR_REACH = 7


def bars_possible(analysis: Analysis) -> bool:
    """Does the answer compare with someone and describe them: may `low_bar` apply?"""
    undone = analysis.language.undone
    return bool(undone.bar_relatives) and not analysis.stem_of.keys().isdisjoint(undone.bar_relatives) \
        and bool(phrase_starts(analysis, "bar", analysis.matcher.rules.undone.bar_links))


def low_bar(analysis: Analysis, first: int, last: int) -> int | None:
    """The word that compares the match's claim with someone the sentence then describes (a
    word of Undone.bar_links, then a determiner or a colleague, then within a few words someone
    (a colleague, staff, bar_people) and a relative word, bar_relatives): better only than
    someone the story makes terrible ("I'm more dependable than the guy I replaced, WHO didn't
    turn up for half his shifts",
    "Compared with the receptionist who never even returned voicemails, my follow-up is
    excellent", "…än min förra kollega på banken, SOM skrattade åt en kund"). Not "more than
    happy to…" (no one named after it), nor "bättre än ett löfte som spricker" (no one).
    Interview rubrics only."""
    lang = analysis.language
    undone = lang.undone
    rules = analysis.matcher.rules
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    people = united((undone.bar_people, lang.staff_words, lang.colleagues))
    for link in starts_around(analysis, "bar", rules.undone.bar_links, first, last):
        after = link + phrase_length(analysis, link, rules.undone.bar_links)
        if after >= end or not (norms[after] in rules.determiners or norms[after] in lang.colleagues):
            continue
        relative = next((k for k in range(after + 1, min(end, after + 1 + _BAR_REACH))
                         if norms[k] in undone.bar_relatives), None)
        if relative is not None and not people.isdisjoint(norms[after:relative]):
            return on_interview(analysis, link)
    return None


def hopes_possible(analysis: Analysis) -> bool:
    """Does the answer hold a word of hope: may `hoped` apply?"""
    return bool(phrase_starts(analysis, "hope", analysis.matcher.rules.undone.hopes))


def hoped(analysis: Analysis, first: int, last: int) -> int | None:
    """The word of hope (Undone.hopes) that makes the match's deed hoped for, not done: before it
    in its sentence, with no clause of the candidate's own joined on between ("HOPEFULLY
    the customer still felt respected", "I passed the complaint on to IT and HOPEFULLY it got
    fixed", "I'D LIKE TO THINK I didn't over-promise", "Jag HOPPAS att hon kände sig förstådd");
    after it in its clause where verbs come last ("…అని ఆశిస్తున్నా"). A hope after a deed is
    about its outcome ("I rang him back the next day, and I hope it helped"). Interview rubrics
    only."""
    hopes = analysis.matcher.rules.undone.hopes
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    joins = united((analysis.language.coordinators, analysis.language.scope_breakers))
    for start in phrase_starts(analysis, "hope", hopes):
        if analysis.language.head_final:
            if last < start < end and tokens.clauses[start] == tokens.clauses[last]:
                return on_interview(analysis, start)
            continue  # (not a hope in a clause of its own: "…; ఆ కాల్ … ఇచ్చిందని ఆశిస్తున్నా")
        if not low <= start < first:
            continue
        after = start + phrase_length(analysis, start, hopes)
        if any(tokens.norms[k] in joins and names_me(analysis, (tokens.norms[k + 1],))
               for k in range(after, first - 1)):
            continue  # (the candidate's own deed after the hope: "I hope to work here, AND I…")
        return on_interview(analysis, start)
    return None

