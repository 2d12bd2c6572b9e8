"""Keywords made into labels by a hyphen (coach.scoring.aside asks here): a buzzword modifier
("empathy-led engagement", "solution-centric communication"), a sentence of such labels, and a
compound naming what a thing suits ("user-friendly"). Language.jargon_heads drives them. Pure:
no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import hyphened
from .voice import told_in_first_person
from .whole import names_me

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def jargon(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword made into a buzzword modifier by a hyphen ("empathy-led engagement",
    "expectation-exceeding outcomes", "feedback-driven"; Language.jargon_heads), or the noun such
    a buzzword describes ("solution-centric communication"): a label, not a claim of anything
    done."""
    heads = analysis.language.jargon_heads
    tokens = analysis.tokens
    norms = tokens.norms
    # (the two rules below only on a rubric that judges what the candidate does: on a knowledge
    # rubric "connection-oriented service" is the answer; voice.first_person)
    before = match.first - 1
    if heads and before > 0 and norms[before] in heads and told_in_first_person(analysis.matcher) and \
            tokens.clauses[before - 1] == tokens.clauses[match.first] and hyphened(analysis, before):
        # the keyword as the noun a buzzword describes: "solution-centric communication"
        return f"{norms[before - 1]}-{norms[before]}", before - 1, match.last
    if not heads:
        return None
    if heads.isdisjoint(tokens.norms[match.first + 1 : match.last + 2]):
        # (the head is a word after one of the match's: most matches have none)
        return _buzzword_sentence(analysis, match.first)
    for pos in range(match.first, match.last + 1):
        nxt = pos + 1
        if nxt < len(norms) and norms[nxt] in heads and tokens.clauses[nxt] == tokens.clauses[pos] \
                and hyphened(analysis, nxt):
            return f"{norms[pos]}-{norms[nxt]}", pos, nxt
    return None


def compound_quality(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A one-word keyword joined by a hyphen to the word before it ("user-friendly",
    "family-friendly", "నీ-ఫ్రెండ్లీ", knee-friendly): a compound naming what a thing or place suits,
    not a quality of the candidate's service."""
    first = match.first
    if first != match.last and match.last - 1 > first:
        # a keyword word inside a longer match, joined to a word of no keyword ("a session
        # with our physio-TRAINED PT" is no "training sessions"; "step-by-step" is one)
        places = analysis.keyword_places()
        inner = [k for k in range(first + 1, match.last + 1) if k in places and k - 1 not in places
                 and hyphened(analysis, k)
                 and analysis.tokens.norms[k - 1] not in analysis.language.function_words]
        if inner:
            first = inner[0]
    if first < 1 or not hyphened(analysis, first) or \
            not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric a compound is a term: "connection-oriented")
    tokens = analysis.tokens
    before = tokens.norms[first - 1]
    lang = analysis.language
    if before in lang.hyphen_intensifiers or before in lang.modal_adverbs or \
            before in lang.word_prefixes or tokens.clauses[first - 1] != tokens.clauses[first]:
        return None
    return f"{before}-{tokens.norms[first]}", first - 1, first


def _buzzword_sentence(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A buzzword compound ("empathy-led", "solution-centric") elsewhere in the keyword's
    sentence, which names no one of the candidate's doing anything: the sentence is a string of
    labels ("Service is about empathy-led engagement to drive consistent outcomes"), not a claim
    of anything done."""
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.sentence_range(first)
    heads = analysis.language.jargon_heads
    if heads.isdisjoint(norms[low:high]) or names_me(analysis, norms[low:high]) or \
            not told_in_first_person(analysis.matcher):
        return None
    for pos in range(low + 1, high):
        if norms[pos] in heads and hyphened(analysis, pos):
            return f"{norms[pos - 1]}-{norms[pos]}", pos - 1, pos
    return None
