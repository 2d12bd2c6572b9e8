"""A claim turned aside: its own word said again after a dash and aimed elsewhere ("I'm
passionate about the job — PASSIONATE about payday", "Jag är alltid snabb – SNABB att skylla på
lagret"), or the deed done in a manner that empties it ("I said sorry WITH A SHRUG", "…UTAN ATT
LYFTA BLICKEN"). Language data (Undone.echo_guards, empty_manners) drives them;
coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_length, phrase_starts, start_after
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# The dashes that open a tail ("…the job — passionate about payday"), and how many letters two
# words share at their start to be the same word said again ("option", "options").
_DASHES = ("—", "–", " - ")
_SAME_START = 5


def _echo(word: str, said: list[str]) -> bool:
    """Is `word` one of `said` again, or the same word with another ending?"""
    return any(word == other or (len(word) >= _SAME_START and len(other) >= _SAME_START
                                 and word[:_SAME_START] == other[:_SAME_START]) for other in said)


def dashes_possible(analysis: Analysis) -> bool:
    """May `echoed` or `dash_limited` apply: does the answer hold a dash?"""
    return any(dash in analysis.tokens.text for dash in _DASHES)


def echoed(analysis: Analysis, first: int, last: int) -> int | None:
    """The tail after a dash that says a word of the clause before it again and aims it elsewhere
    ("I always go the extra mile — THE EXTRA MILE to the far end of the car park", "I'm very
    consistent — CONSISTENTLY late on Mondays", "Man kan alltid lita på mig – PÅ att jag går hem
    prick klockan fem"), the match before the dash or opening the tail: the tail's first word of
    meaning is said again (small words and words of degree skipped), and the tail adds nothing
    for the one served (Undone.echo_guards: "flexible with customers — with the rules TOO",
    "patient — REALLY patient"). Not negated."""
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    opening = tokens.clause_range(first)[0]
    if opening > low and _dashed(analysis, opening):
        head, tail = low, opening  # (the match opens the tail: "…consistent — CONSISTENTLY late")
    else:
        after = _tail_after(analysis, first)
        if after is None:
            return None
        head, tail = opening, after
    lang = analysis.language
    tail_end = tokens.clause_range(tail)[1]
    if not lang.undone.echo_guards.isdisjoint(norms[tail:end]) or negated_between(analysis, head, tail_end):
        return None
    links = lang.undone.echo_links
    small = lang.function_words | lang.degree_words
    said = [word for word in norms[head:tail] if word in links or word not in small]
    pos = next((k for k in range(tail, tail_end) if norms[k] in links or norms[k] not in small), None)
    return None if pos is None or not _echo(norms[pos], said) else on_interview(analysis, pos)


def _dashed(analysis: Analysis, opening: int) -> bool:
    """Does a dash break the clause before token `opening` from it?"""
    return any(mark in analysis.tokens.between_clauses(opening - 1, opening) for mark in _DASHES)


def _tail_after(analysis: Analysis, pos: int) -> int | None:
    """The first token of the clause after token `pos`'s, in its sentence, when a dash opens it
    ("…the job — PASSIONATE about payday")."""
    tokens = analysis.tokens
    tail = tokens.clause_range(pos)[1]
    if tail >= tokens.sentence_range(pos)[1] or not _dashed(analysis, tail):
        return None
    return tail


def manners_possible(analysis: Analysis) -> bool:
    """May `emptied` apply: does the answer name a manner that empties a deed?"""
    return bool(phrase_starts(analysis, "manner", analysis.matcher.rules.undone.empty_manners))


def emptied(analysis: Analysis, first: int, last: int) -> int | None:
    """A manner that empties the deed, after the match in its sentence (Undone.empty_manners:
    "I said sorry WITH A SHRUG", "I explained it WITHOUT ONCE LOOKING UP", "I followed up with A
    ONE-LINE email", "…UTAN ATT LYFTA BLICKEN från kassan"), not negated between ("I didn't just
    mumble sorry: I looked her in the eye")."""
    start = start_after(analysis, "manner", analysis.matcher.rules.undone.empty_manners, last)
    if start is None or negated_between(analysis, analysis.tokens.clause_range(first)[0], start):
        return None
    return on_interview(analysis, start)


def dash_limited(analysis: Analysis, first: int, last: int) -> int | None:
    """A scope shrunk after a dash: the first break after the match is a dash and the tail opens
    with one of Undone.scope_links and holds one clause ("I'm always honest about delivery times
    — WHEN I'm sure the van's outside", "…– NÄR kunden frågar"; not a story going on, one subject
    after another: "— when we found it she hugged me") or ends with one of scope_tags ("I know
    our products inside out — the ones on the end display, ANYWAY"), with none of echo_guards in
    it ("— EVEN when they shout", "— when they ask, EVERY time") and no negation."""
    tokens = analysis.tokens
    norms = tokens.norms
    undone = analysis.language.undone
    end = tokens.sentence_range(first)[1]
    tail = _tail_after(analysis, last)
    if tail is None or not undone.echo_guards.isdisjoint(norms[tail:end]) or \
            negated_between(analysis, tail, end):
        return None
    lang = analysis.language
    subjects = sum(word in lang.own_subjects or word in lang.served_subjects for word in norms[tail:end])
    one_clause = subjects <= 1 and "," not in tokens.span_text(tail, end - 1)
    if norms[tail] in undone.scope_links and one_clause:
        return on_interview(analysis, tail)
    scope_tags = analysis.matcher.rules.undone.scope_tags
    tags = [k for k in phrase_starts(analysis, "scope tag", scope_tags)
            if tail < k < end and k + phrase_length(analysis, k, scope_tags) == end]
    return on_interview(analysis, tags[0]) if tags else None
