"""Someone else's manner and habits as the subject of a keyword (coach.scoring.aside asks
here): whose manner a one-word adverb keyword describes ("he … explained the whole thing really
CLEARLY"), and another person with a modal of habit or will ("she'd sit down with the customer,
EXPLAIN why…"). Language data (coach.lang) drives both. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverb
from .persons import own_object
from .roles import SUBJECT_REACH, opens_clause, other_subject

if TYPE_CHECKING:
    from .analysis import Analysis


def manner_subject(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """Whose manner a one-word adverb keyword describes: the subject of its clause's verb,
    however far back ("he apologised for the trouble and explained the whole thing really
    CLEARLY", "she always explained everything CLEARLY"). The nearest subject back from it
    that opens its clause or follows a coordinator: the candidate ends the search; the person
    served or another person as a pronoun (Language.served_subjects) is someone else's manner.
    Not for the pace of the service (Language.pace_adverbs: "they got their refund quickly")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if first != last or not adverb(lang, norms[first]) or norms[first] in lang.pace_adverbs:
        return None
    rules = analysis.matcher.rules
    others = lang.served_subjects
    clause = clauses[first]
    reach = SUBJECT_REACH * 2
    pos = first - 1
    while pos >= 0 and reach > 0 and clauses[pos] == clause:
        word = norms[pos]
        if word in rules.own and word in rules.subjects:
            return None
        if word in others:
            if opens_clause(analysis, pos):
                return word, pos, pos
            if word not in lang.people_words:
                return None  # a pronoun that is no subject here ("… that she …") ends the search
        reach -= 1
        pos -= 1
    return None


def habit_subject(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """Another person with a modal of habit or will (Language.habit_subjects: "she'd") as the
    subject of the match's clause, or of the clause before it in the sentence when the match's
    clause names no subject ("she'd sit down with the customer, EXPLAIN why…")."""
    habits = analysis.language.habit_subjects
    if analysis.stem_of.keys().isdisjoint(habits):  # (a view tries the smaller side)
        return None  # (most answers: no "she'd" anywhere)
    found = other_subject(analysis, first, habits)
    if found is not None:
        return found
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low = tokens.clause_range(first)[0]
    if low == 0 or tokens.sentences[low - 1] != tokens.sentences[first] or any(
            norms[i] in rules.own or norms[i] in rules.subjects or norms[i] in habits
            for i in range(low, first)):
        return None
    start = tokens.clause_range(low - 1)[0]  # the clause before, which ends at low
    while start < low and norms[start] in rules.openers:
        start += 1
    if start < low and norms[start] in habits and not own_object(analysis, start, first):
        return norms[start], start, start
    return None
