"""A subordinate clause put first with no comma, and the main clause's subject after it: "When
my bike got stolen THE POLICE OFFICER was…", "När det är fullt i kiosken är MIN MORBROR alltid
lika artig" (coach.scoring.roles.opens_clause asks). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import past_form, past_openers
from .keyed import phrase_starts
from .voice import first_person

if TYPE_CHECKING:
    from .analysis import Analysis


def after_subordinate(analysis: Analysis, at: int, pos: int) -> bool:
    """Does a subordinate clause with no comma end at token `at`, so that a subject may follow
    ("When my bike got stolen THE POLICE OFFICER was…")? The clause opens with a subordinator,
    a word that carries meaning or a particle ends it ("when my car broke DOWN"), and subjects
    come first (Language.subject_opens_statement; an interview rubric, as in `_opener`)."""
    lang = analysis.language
    if not lang.subject_opens_statement or at < 2:
        return False
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    word = norms[at]
    small = (word in lang.function_words or word in lang.stop_words) and word not in lang.particles
    if clauses[at] != clauses[pos] or small or norms[at - 1] in rules.subjects:
        return False  # (a verb right after its subject takes the person as its object: "when
        # a kid is too short YOU TELL the parents quietly", "when I ASKED the manager")
    low = past_openers(analysis, tokens.clause_range(pos)[0], at)
    return at - low >= 2 and opens_subordinate(analysis, low) and first_person(analysis.matcher)


def after_fronted_clause(analysis: Analysis, at: int, pos: int) -> bool:
    """In a verb-second language, is the word at `at` the main clause's verb after a fronted
    subordinate clause with no comma, so that the subject follows it ("När det är fullt i
    kiosken ÄR min morbror alltid lika artig")? The clause opens with a subordinator, and a word
    that carries meaning ends the subordinate clause before a copula or a finite verb
    (Language.present_endings, past forms)."""
    lang = analysis.language
    if not lang.inverted_subjects or at < 2:
        return False
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    verb, end = norms[at], norms[at - 1]
    if clauses[at] != clauses[pos] or clauses[at - 1] != clauses[pos] or end in lang.function_words or not (
            verb in lang.copulas or past_form(lang, verb)
            or (lang.present_endings and verb.endswith(lang.present_endings))):
        return False
    low = tokens.clause_range(pos)[0]
    return at - low >= 3 and opens_subordinate(analysis, low) and first_person(analysis.matcher)


def opens_subordinate(analysis: Analysis, low: int) -> bool:
    """Does a subordinator (Language.subordinators) or a phrase that works as one
    (subordinate_phrases: "every time", "varje gång") open the clause at token `low`?"""
    return analysis.tokens.norms[low] in analysis.language.subordinators or \
        low in phrase_starts(analysis, "subordinate", analysis.matcher.rules.subordinates)
