"""A claim walked back or put on: climbed down in the same breath ("I answer within the hour —
WELL, within the day — WELL, most weeks", "…– NÅJA, inom dagen"), framed as the answer the
interviewer wants, a look or a wish ("You probably WANT TO HEAR that I…", "I COME ACROSS AS
patient", "I'D LOVE TO SAY I…"), or an ability the candidate does not use ("I CAN explain it
plainly; I JUST FIND IT QUICKER to read the terms out"). Language data (Undone.climbdowns,
put_ons, keep_links, abilities, ability_lapses, echo_guards) drives them;
coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import PhraseKeys, phrase_length, phrase_starts, start_after, starts_around, starts_before
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words after a word that keeps a claim the candidate may stand ("…, AND THESE DAYS I
# genuinely do", "…, OCH SEDAN I VÅRAS GÖR JAG det").
_KEEP_REACH = 5


def climbdowns_possible(analysis: Analysis) -> bool:
    """May `climbed_down` apply: does the answer hold a word that climbs down?"""
    return bool(phrase_starts(analysis, "climbdown", analysis.matcher.rules.undone.climbdowns))


def climbed_down(analysis: Analysis, first: int, last: int) -> int | None:
    """A climb-down said after the match in its sentence: one of Undone.climbdowns standing alone
    between breaks ("I answer every email within the hour — WELL, within the day — …", "Jag
    svarar inom en timme – NÅJA, inom dagen", "…— అంటే, చాలాసార్లు — సరే, …", "…. KIDDING!" is
    the next sentence's, Undone.retractions), with nothing in its clause that adds to the claim
    (echo_guards: "— yes, EVERY time")."""
    keys = analysis.matcher.rules.undone
    tokens = analysis.tokens
    clauses = tokens.clauses
    end = tokens.sentence_range(first)[1]
    for start in starts_around(analysis, "climbdown", keys.climbdowns, first, last):
        after = start + phrase_length(analysis, start, keys.climbdowns)
        if start <= last or clauses[start] == clauses[start - 1] or \
                (after < end and clauses[after] == clauses[start]):
            continue  # (not "…, well enough that she could explain it")
        tail = tokens.norms[after:tokens.clause_range(after)[1]] if after < end else []
        if analysis.language.undone.echo_guards.isdisjoint(tail):
            return on_interview(analysis, start)
    return None


def framed(analysis: Analysis, kind: str, phrases: PhraseKeys, first: int, last: int) -> int | None:
    """Where one of `phrases` frames the match: ending before it in its sentence (after it,
    anywhere in the sentence, where verbs come last), with no negation in it and no clause of
    the candidate's own joined on after the frame that keeps the claim (Undone.keep_links: "…,
    AND I DO: I ring every customer"; a contrast is no keeping: "…, but inside I'm counting")."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if lang.head_final:
        found = next((k for k in starts_around(analysis, kind, phrases, first, last) if k > last), None)
        return None if found is None else on_interview(analysis, found)
    start = next(starts_before(analysis, kind, phrases, first, ended=True), None)
    if start is None or negated_between(analysis, low, first):
        return None  # ("I DON'T just look approachable: I…")
    kept = any(norms[k] in lang.undone.keep_links
               and not lang.own_subjects.isdisjoint(norms[k + 1:k + 1 + _KEEP_REACH])
               for k in range(start + phrase_length(analysis, start, phrases), end) if not first <= k <= last)
    return None if kept else on_interview(analysis, start)


def after_match(analysis: Analysis, kind: str, keys: PhraseKeys, first: int, last: int) -> int | None:
    """Where one of the phrases `keys` starts after the match in its sentence, or anywhere in it
    outside the match where verbs come last, with no negation in the match's clause before it
    ("I've NEVER made a guest wait … while I worked out whose fault it was"): a frame said after
    a claim that undoes it (shams, whims.to_be_rid)."""
    if analysis.language.head_final:
        found = next(starts_around(analysis, kind, keys, first, last), None)
        return None if found is None else on_interview(analysis, found)
    start = start_after(analysis, kind, keys, last)
    if start is None or negated_between(analysis, analysis.tokens.clause_range(first)[0], start):
        return None
    return on_interview(analysis, start)


def put_ons_possible(analysis: Analysis) -> bool:
    """May `put_on` apply: does the answer frame a claim as put on?"""
    return bool(phrase_starts(analysis, "put on", analysis.matcher.rules.undone.put_ons))


def put_on(analysis: Analysis, first: int, last: int) -> int | None:
    """The claim framed as the answer the interviewer wants, a look or a wish said (Undone.put_ons:
    "You probably WANT TO HEAR THAT I follow up", "THE TEXTBOOK ANSWER is that I…", "I COME ACROSS
    AS very patient", "I'D LOVE TO SAY I always…", "Ni VILL SÄKERT HÖRA att…", "మీరు
    వినాలనుకునే జవాబు…"), unless the candidate says after it that it is so ("…, and I do")."""
    return framed(analysis, "put on", analysis.matcher.rules.undone.put_ons, first, last)


def abilities_possible(analysis: Analysis) -> bool:
    """May `able_only` apply: does the answer say the candidate does not use an ability?"""
    return bool(phrase_starts(analysis, "ability lapse", analysis.matcher.rules.undone.ability_lapses))


def able_only(analysis: Analysis, first: int, last: int) -> int | None:
    """An ability the candidate does not use: one of Undone.abilities before the match in its
    sentence and one of ability_lapses after it ("I CAN explain a contract in plain English; I
    JUST FIND IT QUICKER to read out the terms", "Jag KAN lösa det själv, MEN DET ÄR SMIDIGARE
    att skicka det vidare"; where verbs come last the lapse anywhere after: "…గలను; … చేయను,
    అంతే")."""
    keys = analysis.matcher.rules.undone
    lang = analysis.language
    tokens = analysis.tokens
    low = tokens.sentence_range(first)[0]
    lapse = start_after(analysis, "ability lapse", keys.ability_lapses, last)
    if lapse is None:
        return None
    if lang.head_final:
        return on_interview(analysis, lapse)  # (the ability is the verb's own form: "…చేయగలను")
    if lang.undone.abilities.isdisjoint(tokens.norms[low:first]) or negated_between(analysis, low, first):
        return None
    return on_interview(analysis, lapse)


def ironies_possible(analysis: Analysis) -> bool:
    """May `ironic` apply: does the answer open a sentence with irony?"""
    return bool(phrase_starts(analysis, "ironic opener", analysis.matcher.rules.undone.ironic_openers))


def ironic(analysis: Analysis, first: int, last: int) -> int | None:
    """An ironic opener at the head of the match's sentence (Undone.ironic_openers: "OH SURE, I
    always explain things clearly, that's why they keep ringing back", "ÅH VISST, jag…")."""
    low = analysis.tokens.sentence_range(first)[0]
    starts = phrase_starts(analysis, "ironic opener", analysis.matcher.rules.undone.ironic_openers)
    return on_interview(analysis, low) if low in starts and low < first else None

