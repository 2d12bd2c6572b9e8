"""Deeds told in the passive with no doer: "The customer WAS called back eventually, I believe",
"An exception to the refund rule WAS made for her in the end", "The complaint GOT sorted,
somehow" say something was done, not that the candidate did it, where nothing around the
sentence names the candidate. Language data (Undone.passive_finite, passive_endings, epistemic)
drives it; coach.scoring.late.said_late tries it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial
from .keyed import phrase_length, phrase_starts
from .voice import told_in_first_person
from .whole import names_me

if TYPE_CHECKING:
    from .analysis import Analysis


def passives_possible(analysis: Analysis) -> bool:
    """Does the answer hold a finite passive auxiliary, or a word with a passive ending?"""
    undone = analysis.language.undone
    return not analysis.stem_of.keys().isdisjoint(undone.passive_finite) or bool(
        undone.passive_endings and any(word.endswith(undone.passive_endings) for word in analysis.stem_of))


def agentless(analysis: Analysis, first: int, last: int) -> int | None:
    """The passive in the match's clause that tells it (Undone.passive_finite before a
    participle, adverbs between: "His claim WAS processed really quickly"; or a verb with a
    passive ending, passive_endings: "Det GJORDES ett undantag för resenären") whose sentence,
    and the sentences on either side of it, name the candidate nowhere but in words of hearsay
    or belief ("…, I'M TOLD"; Undone.epistemic) and name no doer after it ("…by me"): something
    was done, and the answer never says the candidate did it. Interview rubrics only."""
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.clause_range(first)
    passive = next((k for k in range(max(low, first - _PASSIVE_REACH), min(high, last + _SUBJECT_REACH + 1))
                    if _tied(analysis, k, first, last, high)), None)
    if passive is None or not told_in_first_person(analysis.matcher):
        return None
    s_low, s_end = tokens.sentence_range(first)
    if _names_candidate(analysis, s_low, s_end):
        return None
    if s_low > 0 and _names_candidate(analysis, *tokens.sentence_range(s_low - 1)):
        return None  # (a story the candidate tells: "I took her details. She was called back…")
    if s_end < len(norms) and _names_candidate(analysis, *tokens.sentence_range(s_end)):
        return None
    return passive


# How far before the match a passive may stand and still tell it ("was PROCESSED really
# quickly", "was DEALT WITH courteously"), and how far after it when the match is its subject
# ("An exception to the refund rule WAS made").
_PASSIVE_REACH = 5
_SUBJECT_REACH = 5
# The shortest word read as a passive by its ending ("gjordes"; not "des").
_PASSIVE_WORD = 6


def _tied(analysis: Analysis, at: int, first: int, last: int, high: int) -> bool:
    """Is the word at `at` a passive that tells the match: a finite auxiliary (Undone.
    passive_finite) whose first word after it that is no adverb is a past participle, or a verb
    with a passive ending (passive_endings), that participle or verb inside the match or within
    a few words before it, or after the match as its subject?"""
    lang = analysis.language
    undone = lang.undone
    norms = analysis.tokens.norms
    word = norms[at]
    if undone.passive_endings and len(word) >= _PASSIVE_WORD and word.endswith(undone.passive_endings):
        pos = at
    elif word in undone.passive_finite:
        pos = at + 1
        while pos < high and (adverbial(lang, norms[pos]) or norms[pos] == "all"):
            pos += 1
        if pos >= high or not (norms[pos] in lang.participles or bool(
                lang.participle_endings and norms[pos].endswith(lang.participle_endings))):
            return False
    else:
        return False
    return first - _PASSIVE_REACH <= pos <= last or (at > last and at - last <= _SUBJECT_REACH)


def _names_candidate(analysis: Analysis, low: int, end: int) -> bool:
    """Do tokens low..end-1 name the candidate, as subject, object or owner, outside words of
    hearsay or belief?"""
    epistemic = analysis.matcher.rules.undone.epistemic
    skipped: set[int] = set()
    for start in phrase_starts(analysis, "epistemic", epistemic):
        if low <= start < end:
            skipped.update(range(start, start + phrase_length(analysis, start, epistemic)))
    mine = analysis.language.first_person_objects  # ("at MY library desk every one of them gets
    # spoken to politely": the candidate's own place)
    norms = analysis.tokens.norms
    return any(k not in skipped and (names_me(analysis, (norms[k],)) or norms[k] in mine)
               for k in range(low, end))
