"""The voice of a rubric's model answers: do they speak as the candidate ("I", "we")? An
interview rubric judges what the candidate does; a rubric drafted from impersonal reference
answers is about things, and the rules that would cost it its terms stay off. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from coach.tokens import Tokens, tokenize

if TYPE_CHECKING:
    from .analysis import Analysis
    from .matcher import Matcher


@lru_cache(maxsize=16)
def told_in_first_person(matcher: Matcher) -> bool:
    """Do at least half of the rubric's model answers speak as the candidate, in the first
    person singular ("I", "my"; Language.scene_self, where the language lists them)? Stricter
    than first_person, for the rules that would cost a knowledge rubric its terms
    ("connection-oriented service": compounds.jargon): a reference answer says "we can use…"."""
    mine = matcher.language.scene_self
    if not mine:
        return first_person(matcher)
    answers = [q.model_answer for q in matcher.rubric.questions if q.model_answer]
    personal = sum(1 for text in answers if _as_me(tokenize(text), mine))
    return bool(answers) and personal * 2 >= len(answers)


def on_interview(analysis: Analysis, pos: int) -> int | None:
    """pos, where the rubric's answers speak as the candidate (told_in_first_person): the frames
    of what a candidate did not do apply to interview rubrics only."""
    return pos if told_in_first_person(analysis.matcher) else None


def _as_me(tokens: Tokens, mine: frozenset[str]) -> bool:
    """Does a text hold a first-person singular word, not the "i" of "i.e." or of a numbered
    list ("i) less flooding", "iii. better use")?"""
    norms, text = tokens.norms, tokens.text
    for k, word in enumerate(norms):
        if word in mine:
            end = tokens.span(k)[1]
            if word != "i" or text[end:end + 1] not in (".", ")", ":"):
                return True
    return False


@lru_cache(maxsize=16)
def first_person(matcher: Matcher) -> bool:
    """Do at least half of the rubric's model answers speak in the first person ("I'd…", "we
    always…")? Then it judges what the candidate does (an interview rubric); a rubric drafted
    from impersonal reference answers (what a protocol or a machine does) is about things.
    A rubric with no model answers counts as an interview rubric."""
    own = matcher.rules.own
    answers = [q.model_answer for q in matcher.rubric.questions if q.model_answer]
    personal = sum(1 for text in answers if not own.isdisjoint(tokenize(text).norms))
    return personal * 2 >= len(answers)
