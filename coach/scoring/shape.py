"""The shape of a phrase match (coach.scoring.analysis asks here): its strength (measure),
whether its words are spelt and ordered as the phrase, whether a reordering crosses two
clauses, and whether the roles of candidate and customer are swapped. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .cues import is_negation
from .forms import adverbial
from .strength import EXACT

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis
    from .compiled import CompiledPhrase
    from .matcher import Matcher


def joined_clauses(analysis: Analysis, first: int, last: int) -> bool:
    """Do tokens first..last span two clauses joined by a coordinator or a clause linker
    (", and …", ", so I'd transfer the call")? A fronted object stays one statement: "Their
    expectations, we exceeded them"."""
    clauses, norms = analysis.tokens.clauses, analysis.tokens.norms
    lang = analysis.language
    return any(clauses[pos] != clauses[pos - 1]
               and (norms[pos] in lang.coordinators or norms[pos] in lang.scope_breakers)
               for pos in range(first + 1, last + 1))

def _dashed(analysis: Analysis, first: int, last: int) -> bool:
    """Does a dash or a semicolon part two clauses between tokens first and last ("I saw it then
    — someone comes in tense…")? A fronted object is set off by a comma, never by these. (A
    colon was tried too: on dev it cost as many true credits as false ones.)"""
    tokens = analysis.tokens
    return any(tokens.clauses[pos] != tokens.clauses[pos - 1] and
               any(mark in tokens.between_clauses(pos - 1, pos) for mark in "—–;")
               for pos in range(first + 1, last + 1))


def _new_statement(analysis: Analysis, first: int, last: int) -> bool:
    """Does a coordinator or linker followed by a subject ("and I", "so I", "but she") open a
    new statement between tokens first and last, with no comma?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    rules = analysis.matcher.rules
    return any((norms[pos] in lang.coordinators or norms[pos] in lang.scope_breakers) and (
        norms[pos + 1] in rules.own or norms[pos + 1] in lang.third_person)
        for pos in range(first + 1, last - 1))


def _subject_opens(analysis: Analysis, first: int, last: int) -> bool:
    """Does a clause between tokens first and last open with a subject pronoun (the candidate's,
    someone's or a thing's: "a diagnostic system that updates itself, IT knows every fault
    code")? Reordered words across it belong to two statements."""
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    subjects, things = analysis.matcher.rules.subjects, analysis.language.thing_pronouns
    if not any(clauses[pos] != clauses[pos - 1] and (norms[pos] in subjects or norms[pos] in things)
               for pos in range(first + 1, last + 1)):
        return False
    low, end = tokens.clause_range(first)
    # (a fronted object is one statement: "Their expectations, we exceeded them")
    return low != tokens.sentence_range(first)[0] or end - low > _FRONTED_TOPIC


# The most words a fronted object set off by a comma at a sentence's start holds ("Their
# expectations, we exceeded them").
_FRONTED_TOPIC = 3


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

# The word class of the person served as an object (Language.word_classes "them": "text {them}
# a day later"), as a phrase writes it.
SERVED_CLASS = "{them}"


@lru_cache(maxsize=16)
def _served_terms(matcher: Matcher) -> frozenset[int]:
    """The matcher's terms that are the class of the person served (SERVED_CLASS)."""
    return frozenset(tid for tid, term in enumerate(matcher.terms) if term.norm == SERVED_CLASS)


def _slot_taken(analysis: Analysis, phrase: CompiledPhrase, chosen: list[tuple[int, float]],
                first: int, last: int) -> bool:
    """Does someone who takes work over (Language.work_others: "the team leader", "my manager")
    stand among the words of a phrase that names the person served ("let {them} tell")? Then
    the phrase is said of them, not of someone served."""
    if _served_terms(analysis.matcher).isdisjoint(phrase.content):
        return False
    lang = analysis.language
    placed = {pos for pos, _quality in chosen}
    return any(k not in placed and analysis.tokens.norms[k] in lang.work_others
               and analysis.tokens.norms[k] not in lang.third_person
               and analysis.tokens.norms[k] not in lang.function_words for k in range(first, last + 1))


def as_written(analysis: Analysis, phrase: CompiledPhrase, at: int) -> bool:
    """Do the words around the single content word at `at` spell the phrase, in order, with
    at most one small word or adverb slipped in ("följer jag upp" for "följa upp")?"""
    norms = analysis.tokens.norms
    clauses = analysis.tokens.clauses
    content = analysis.matcher.terms[phrase.content[0]].norm if phrase.content else None
    lang = analysis.language
    if content is not None and lang.adverb_endings and norms[at].endswith(lang.adverb_endings) \
            and not content.endswith(lang.adverb_endings):
        return False  # its small words belong to the word as written: "honestly ABOUT to give up"
        # is no "honest about"
    index = phrase.words.index(content) if content in phrase.words else 0
    slack = 1
    for side, step in ((phrase.words[index + 1 :], 1), (phrase.words[:index][::-1], -1)):
        pos = at
        for nth, word in enumerate(side):
            pos += step
            if step == 1 and 0 <= pos < len(norms) and not same_word(analysis, norms[pos], word):
                filled = _person_in_slot(analysis, word, pos)
                if filled is not None and clauses[filled] == clauses[at]:
                    pos = filled  # "move the guest to" for "move them to"
                    continue
            if 0 <= pos < len(norms) and not same_word(analysis, norms[pos], word) and slack and (
                    nth == 0 or norms[pos] in lang.function_words or adverbial(lang, norms[pos])
                    or norms[pos] in analysis.matcher.rules.anyone_served or norms[pos] in lang.anyone_nouns):
                slack -= 1  # (beside the content word, "a REAL buzz", "följer JAG upp"; among
                pos += step  # the small words a small one or a person, "aldrig NÅN i ovisshet":
                # not "PÅ Systembolaget EN gång")
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


def measure(analysis: Analysis, phrase: CompiledPhrase, chosen: list[tuple[int, float]], first: int,
            last: int, span: int) -> tuple[float, int, int, list[tuple[int, float]]] | None:
    """A place's strength (0-100, rounded to a tenth) and its span widened to adjacent
    function words; None when the words placed do not make the phrase there."""
    tokens = analysis.tokens
    lang = analysis.language
    content_quality = [q for _, q in chosen[: len(phrase.content)]] or [EXACT]
    strength = sum(content_quality) / len(content_quality)
    function = phrase.function_words
    # One content word ("customer's name", "honest about", "not my job", "no waiting"): its
    # small words and negation are what make it the phrase, so they must be there, as
    # written and in order (a negation word may be any negation: "aren't my department").
    single = len(phrase.content) == 1 and bool(function or phrase.negations)
    if single and not as_written(analysis, phrase, chosen[0][0]):
        strength *= 0.6
    if function:
        # Function words count only from the match's own sentence: "… salary. Fix the
        # issue." must not lend "the" to the red flag "the salary".
        if not single:
            sentence = tokens.sentences[first]
            nearby = [tokens.norms[i] for i in range(max(0, first - 2), min(len(tokens), last + 3))
                      if tokens.sentences[i] == sentence]
            covered = sum(1 for w in function if function_present(w, nearby, lang))
            strength *= 0.85 + 0.15 * covered / len(function)
            if not covered and len(function) >= 2 and len(phrase.content) == 2:
                # None of its small words: "to see how it" is not "see how frightening",
                # "get back to them" not "gets read back"
                strength *= 0.8
        # The span may also hold the function words: widen it to include adjacent ones.
        while first > 0 and tokens.norms[first - 1] in function and \
                tokens.sentences[first - 1] == tokens.sentences[first]:
            first -= 1
        while last + 1 < len(tokens) and tokens.norms[last + 1] in function and \
                tokens.sentences[last + 1] == tokens.sentences[last]:
            last += 1
        if not single and roles_swapped(analysis, function, first, last):
            return None  # "asked their name" is not "she asked for me by name"
    if not single and _slot_taken(analysis, phrase, chosen, first, last):
        return None  # "let {them} tell" is not "let the team leader tell them"
    if len(chosen) > 1 and tokens.clauses[last] - tokens.clauses[first] > 1 and any(
            ":" in tokens.between_clauses(pos - 1, pos) for pos in range(first + 1, last + 1)
            if tokens.clauses[pos] != tokens.clauses[pos - 1]):
        return None  # from a colon's lead into a list past its first item: "… it GETS: greet
        # them, read the order BACK" ("gave her two choices: the floor model" is one statement)
    expected = len(phrase.content) + phrase.negations + len(function)
    strength -= 6 * max(0, span - expected)
    if len(chosen) > 1:
        ordered = [tokens.norms[p] for p, _ in sorted(chosen)]
        in_order = [tokens.norms[p] for p, _ in chosen[: len(phrase.content)]]
        if phrase.negations == 0 and ordered != in_order:
            if joined_clauses(analysis, first, last) or _new_statement(analysis, first, last) or \
                    _subject_opens(analysis, first, last) or \
                    not lang.coordinators.isdisjoint(tokens.norms[first + 1 : last]) or \
                    _dashed(analysis, first, last):
                return None  # reordered across two clauses: "replacement, and the system sends",
                # "two DAYS later and I MAKE that call" (no "make someone's day"), or over any
                # coordinator, two predicates: "found out ON THE MONDAY and RANG the organiser"
                # is no "{contact} on the {weekday}", "kollade manualen OCH RINGDE" no "{contact}
                # och kollade"
            if len(chosen) == 2 and abs(chosen[0][0] - chosen[1][0]) == 1 and \
                    len(phrase.words) > 2 and function:
                return None  # "a job like this" is not "like the job": the small word
                # between is what made the phrase, and back to back reversed it is gone
            if in_order[-1] in lang.particles or not lang.particles.isdisjoint(function):
                return None  # a phrasal verb keeps its order: "back to the check-ins"
                # is not "check back"
            if any(pos + 1 < len(tokens) and tokens.norms[pos + 1] in lang.particles and
                   tokens.norms[pos + 1] not in phrase.words for pos, _ in chosen):
                return None  # nor is another phrasal verb the phrase's word: "help them WORK
                # OUT what they could GET" is not "got it working"
            strength -= 5
    strength = max(0.0, min(100.0, strength))
    return round(strength, 1), first, last, chosen
