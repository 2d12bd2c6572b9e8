"""Negation cues: which word negates (Language.negation_cues, negation_endings) and which does
not, though it looks like one ("not only", "no matter", a negation inside a discourse idiom).
coach.scoring.scope finds a cue's scope and coach.scoring.negation decides emphasis. Pure.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .forms import past_form

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis


def is_negation(word: str, lang: Language) -> bool:
    """Is this normalised word a negation cue in the language?"""
    return word in lang.negation_cues or word.endswith(lang.negation_endings or ("\0",))


def negated_between(analysis: Analysis, low: int, high: int) -> bool:
    """Does a negation word (Analysis.negations, in order) stand among tokens low..high-1?"""
    negations = analysis.negations
    return bisect_left(negations, low) < bisect_left(negations, high)


def holds_negation(words: tuple[str, ...], lang: Language) -> bool:
    """Is any of the words a negation cue (is_negation)? (Set tests in C, not a call a word: a
    word never ends with "\0", is_negation's stand-in for no endings.)"""
    if not lang.negation_cues.isdisjoint(words):
        return True
    endings = lang.negation_endings
    return bool(endings) and any(word.endswith(endings) for word in words)


def is_cue(analysis: Analysis, pos: int) -> bool:
    """Does the token at pos negate (a cue, not "not only"/"no matter")?"""
    return is_negation(analysis.tokens.norms[pos], analysis.language) and not pseudo(analysis, pos)


def pseudo(analysis: Analysis, pos: int) -> bool:
    """A cue that does not negate: "not only", "no matter", "never just", one inside a
    discourse idiom ("it's not about me"), or a privative verb's participle that describes the
    noun after a determiner ("the LOST property procedure", "a FAILED delivery")."""
    tokens = analysis.tokens
    nxt = pos + 1
    if nxt < len(tokens) and tokens.clauses[nxt] == tokens.clauses[pos] and \
            tokens.norms[nxt] in analysis.language.not_negating_next:
        return True
    if participle_after_determiner(analysis, pos):
        return True
    return in_idiom(analysis, pos)


def participle_after_determiner(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a privative verb (Language.privative_cues) right after a determiner,
    its participle describing the noun after it ("the LOST property procedure", "a FAILED
    delivery"), not a verb that negates?"""
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    word = tokens.norms[pos]
    return pos > 0 and word in rules.privative and past_form(analysis.language, word) and \
        tokens.norms[pos - 1] in rules.determiners and tokens.clauses[pos - 1] == tokens.clauses[pos]
    # (a past form only: "not a FAKE one" still affirms the real smile)


def in_idiom(analysis: Analysis, pos: int) -> bool:
    """Is the token part of a discourse idiom ("it's not about me", "no offence")? A
    negation there negates nothing outside it."""
    if analysis.tokens.norms[pos] not in analysis.matcher.rules.idiom_words:
        return False
    return any(first <= pos <= last for first, last, _text in analysis.idioms())
