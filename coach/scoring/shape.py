"""The shape of a phrase match (coach.scoring.analysis asks here): whether its words are
spelt and ordered as the phrase, whether a reordering crosses two clauses, and whether the
roles of candidate and customer are swapped. Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .negation import is_negation

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis
    from .compiled import CompiledPhrase


def joined_clauses(analysis: Analysis, first: int, last: int) -> bool:
    """Do tokens first..last span two clauses joined by a coordinator or a clause linker
    (", and …", ", so I'd transfer the call")? A fronted object stays one statement: "Their
    expectations, we exceeded them"."""
    clauses, norms = analysis.tokens.clauses, analysis.tokens.norms
    lang = analysis.language
    return any(clauses[pos] != clauses[pos - 1]
               and (norms[pos] in lang.coordinators or norms[pos] in lang.scope_breakers)
               for pos in range(first + 1, last + 1))

def roles_swapped(analysis: Analysis, function: tuple[str, ...], first: int, last: int) -> bool:
    """Does a phrase about another person ("their", "them") match words where the candidate
    stands in that place ("asked for me by name", "thanked me")? Then the customer does it
    to the candidate, not the other way round."""
    third_person = analysis.language.third_person
    if not third_person or third_person.isdisjoint(function):
        return False
    span = analysis.tokens.norms[first : last + 1]
    # Another person's object or possessive word in the span keeps the roles ("their name I
    # use"); a subject does not ("frågade hon efter mig": Swedish puts it after the verb).
    rules = analysis.matcher.rules
    mine = rules.mine.difference(function)  # "put myself in their shoes"
    return not mine.isdisjoint(span) and rules.theirs.isdisjoint(span)

def as_written(analysis: Analysis, phrase: CompiledPhrase, at: int) -> bool:
    """Do the words around the single content word at `at` spell the phrase, in order, with
    at most one other word slipped in ("följer jag upp" for "följa upp")?"""
    norms = analysis.tokens.norms
    clauses = analysis.tokens.clauses
    content = analysis.matcher.terms[phrase.content[0]].norm if phrase.content else None
    index = phrase.words.index(content) if content in phrase.words else 0
    slack = 1
    for side, step in ((phrase.words[index + 1 :], 1), (phrase.words[:index][::-1], -1)):
        pos = at
        for word in side:
            pos += step
            if step == 1 and 0 <= pos < len(norms) and not same_word(analysis, norms[pos], word):
                filled = _person_in_slot(analysis, word, pos)
                if filled is not None and clauses[filled] == clauses[at]:
                    pos = filled  # "move the guest to" for "move them to"
                    continue
            if 0 <= pos < len(norms) and not same_word(analysis, norms[pos], word) and slack:
                slack -= 1
                pos += step
            if not (0 <= pos < len(norms)) or not same_word(analysis, norms[pos], word) or \
                    clauses[pos] != clauses[at]:
                return False
    return True

def _person_in_slot(analysis: Analysis, word: str, pos: int) -> int | None:
    """Where a pronoun of the phrase ("them" in "move them to") is filled at pos by the person
    served ("the guest", "our customer"; Language.customers or people_words), the position of
    that person's word, which then stands for the pronoun; else None."""
    lang = analysis.language
    if word not in lang.third_person:
        return None
    norms = analysis.tokens.norms
    people = lang.customers or lang.people_words
    at = pos
    while at < len(norms) and at < pos + 2 and norms[at] in analysis.matcher.rules.determiners:
        at += 1
    if at < len(norms) and norms[at] in people:
        return at  # (not another pronoun: "lugna sig" is not "lugna henne")
    return None


def same_word(analysis: Analysis, found: str, word: str) -> bool:
    """The phrase's word as written, or any negation for a negation word."""
    lang = analysis.language
    return spelt(found, word) or (is_negation(word, lang) and is_negation(found, lang))


def spelt(found: str, word: str) -> bool:
    """The phrase's word as written, or with a short ending ("customers", Telugu plurals)."""
    return found == word or (len(word) >= 3 and found.startswith(word) and len(found) - len(word) <= 2)


def function_present(word: str, nearby: list[str], lang: Language) -> bool:
    if word in nearby:
        return True
    for group in lang.interchangeable:
        if word in group:
            return any(w in group for w in nearby)
    return False
