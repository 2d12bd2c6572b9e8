"""Someone else's manner and habits as the subject of a keyword (coach.scoring.aside asks
here): whose manner a one-word adverb keyword describes ("he … explained the whole thing really
CLEARLY"), and another person with a modal of habit or will ("she'd sit down with the customer,
EXPLAIN why…"). Language data (coach.lang) drives both. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverb, adverbial, infinitive_marker, past_openers
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
        if word in rules.own:
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
    start = past_openers(analysis, tokens.clause_range(low - 1)[0], low)  # (the clause before)
    if start < low and norms[start] in habits and not own_object(analysis, start, first):
        return norms[start], start, start
    return None


# How far before a match the verb of expecting may stand ("I expect SHOP STAFF to greet").
_EXPECT_REACH = 10


def expected_of(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """Someone else the candidate expects, wants or tells to do what the keyword names
    (Language.expectation_verbs, instructing_verbs): the words between the verb and the
    infinitive marker before the match ("I expect THEM to call me back quickly", "I want SHOP
    STAFF to greet me", "I'd tell NEW STARTERS to always follow up"), or the subject after a
    complementizer ("förväntar jag mig att DE ringer tillbaka"). Not the candidate or their
    own ("I expect MYSELF to", "I want MY TEAM to follow up"), nor a wish of their own ("I want
    to explain")."""
    lang = analysis.language
    verbs = lang.expectation_verbs
    stems = analysis.stem_of.keys()
    if stems.isdisjoint(verbs) and stems.isdisjoint(lang.instructing_verbs):
        return None  # (most answers hold no such verb)
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    window = norms[max(0, first - _EXPECT_REACH) : first]
    if verbs.isdisjoint(window) and lang.instructing_verbs.isdisjoint(window):
        return None  # (no such verb within reach: most matches)
    clause = clauses[first]
    verb = next((k for k in range(first - 1, max(-1, first - 1 - _EXPECT_REACH), -1)
                 if clauses[k] == clause and (norms[k] in verbs or norms[k] in lang.instructing_verbs)), None)
    if verb is None:
        return None
    rules = analysis.matcher.rules
    marker = infinitive_marker(lang)
    to = next((k for k in range(first - 1, verb, -1) if norms[k] == marker
               and norms[k + 1] not in rules.subjects), None)
    if norms[verb] not in verbs and (to is None or not (all(
            adverbial(lang, word) or word in lang.linking_verbs or word in lang.copulas
            for word in norms[to + 1 : first]) or _bare_verb_before(analysis, to + 1, first))):
        return None  # a directive's infinitive is the match, right after its marker or a verb
        # that links it: "I'd tell new starters TO always follow up", "… TO STAY polite", "…
        # TO GO THE extra mile" (not "asked him to bear with me while I sorted it")
    that = next((k for k in range(verb + 1, first) if norms[k] in lang.complementizers), None)
    # Who is to do it: the object before the infinitive ("expect THEM to call me back
    # quickly"), else the subject after the complementizer ("förväntar jag mig att DE ringer",
    # where the marker is the complementizer too).
    low = verb + 1
    while to is not None and low < to and norms[low] in lang.noun_prepositions:
        low += 1  # (the particle of relying: "rely ON the courier to", "räknar MED att svara")
    routes = ([(low, to)] if to is not None else []) + \
        ([(that + 1, that + 1 + _subject_size(analysis, that + 1, first))] if that is not None else [])
    found = next(((low, high) for low, high in routes if low < high and not any(
        w in rules.own or (w in lang.first_person_objects and rules.third_parties.isdisjoint(norms[low:high]))
        or w in lang.own_objects
        or w in lang.complementizers or w in lang.coordinators or w in lang.contrasts
        or w in lang.scope_breakers for w in norms[low:high])), None)
    # (the candidate's own people may be told: "I told MY NEPHEW to go the extra mile for his nan")
    if found is None:
        return None  # (their own wish, "I want to explain", or theirs to do, "expect MYSELF to")
    low, high = found
    if not lang.receiving_verbs.isdisjoint(norms[high : first + 1]):
        return None  # what the person served is to feel is the candidate's service: "I want
        # customers to FEEL welcome"
    return " ".join(norms[low:high]), low, high - 1


# How many words may stand between a directive's marker and the match it names: a bare verb and
# its article ("told him to GO THE extra mile").
_BARE_REACH = 2


def _bare_verb_before(analysis: Analysis, start: int, first: int) -> bool:
    """Are the words start..first-1 a bare verb and at most an article, none of them the
    candidate or a small word beyond the articles ("to GO THE extra mile", "to SAY sorry")?"""
    lang = analysis.language
    words = analysis.tokens.norms[start:first]
    rules = analysis.matcher.rules
    return 0 < len(words) <= _BARE_REACH and words[0] not in lang.function_words and \
        all(word not in rules.own and (word not in lang.function_words or word in lang.articles)
            for word in words)


def _subject_size(analysis: Analysis, start: int, first: int) -> int:
    """How many words from `start` (before `first`) are taken as the subject after a
    complementizer: the first word and the determiners or small words right after it ("att DE
    ringer", "att PERSONALEN hälsar")."""
    norms = analysis.tokens.norms
    lang = analysis.language
    size = 0
    while start + size < first and (norms[start + size] in analysis.matcher.rules.determiners
                                    or norms[start + size] in lang.function_words or size == 0):
        size += 1
    return size
