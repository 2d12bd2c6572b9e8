"""Deeds hollowed out: held back or pretended ("I STOPPED SHORT OF apologising", "I PRETENDED TO
listen", "a far cry from courteous"), a virtue gone ("Empathy was IN SHORT SUPPLY on my
shifts"), sarcasm ("YEAH RIGHT, like I'm going to go the extra mile for…") and a deed kept up
only briefly ("…for all of two minutes, then…") and a deed in name only ("TECHNICALLY I followed
up", "my SO-CALLED explanation"). Language data (Undone.holdbacks, gone_words, sarcasms,
brief_spans, nominal) drives them; coach.scoring.late.said_late tries
them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chances import own_clause_between, own_subject
from .cues import negated_between
from .keyed import PhraseKeys, phrase_length, phrase_starts, start_after, starts_around, starts_before
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may stand between a keyword and the words that say its virtue was gone ("my
# empathy HAD worn thin", "Follow-up went out of the window").
_GONE_REACH = 2
# How many words after a plain span its unit may come ("for about THIRTY seconds").
_UNIT_REACH = 4


def holdbacks_possible(analysis: Analysis) -> bool:
    """May `held_back` apply: does the answer hold a frame that holds a deed back?"""
    return bool(phrase_starts(analysis, "holdback", analysis.matcher.rules.undone.holdbacks))


def held_back(analysis: Analysis, first: int, last: int) -> int | None:
    """The frame that holds the match's deed back or empties it (Undone.holdbacks): before it in
    its clause ("I STOPPED SHORT OF telling her I understood", "I WENT THROUGH THE MOTIONS OF
    following up", "My reply was THE OPPOSITE OF empathetic", "Jag LÅTSADES förstå…"), after it
    in its clause where verbs come last ("…సానుభూతి ఉన్నట్టు నటించాను"), with no negation
    before it, between or in the match ("I DIDN'T just go through the motions…": the deed done;
    "I stopped short of promising what I COULDN'T deliver": a fault held back)."""
    frames = analysis.matcher.rules.undone.holdbacks
    tokens = analysis.tokens
    if analysis.language.head_final:
        start = start_after(analysis, "holdback", frames, last)
        if start is None or tokens.clauses[start] != tokens.clauses[last] or \
                negated_between(analysis, last + 1, start):
            return None
        return on_interview(analysis, start)
    start = next(starts_before(analysis, "holdback", frames, first, ended=True), None)
    if start is None or tokens.clauses[start] != tokens.clauses[first]:
        return None
    low = tokens.clause_range(first)[0]
    after = start + phrase_length(analysis, start, frames)
    if negated_between(analysis, low, last + 1) or own_subject(analysis, after, first) or \
            not analysis.language.coordinators.isdisjoint(tokens.norms[after:first]):
        return None  # (a negation turns it round, or the keyword names a fault, "Jag avstod från
        # att lova en tid jag INTE kunde hålla"; the candidate's own deed may follow it, or a
        # second verb of theirs: "I stopped short of promising Friday AND told her straight…")
    return on_interview(analysis, start)


def gone_possible(analysis: Analysis) -> bool:
    """May `gone_by` apply: does the answer say a virtue was gone?"""
    return bool(phrase_starts(analysis, "gone", analysis.matcher.rules.undone.gone_words))


def gone_by(analysis: Analysis, first: int, last: int) -> int | None:
    """The words that say the match's virtue was gone (Undone.gone_words), a word or two after it
    in its clause ("Empathy was IN SHORT SUPPLY", "my patience HAD WORN THIN", "Pålitligheten
    FLÖG UT GENOM FÖNSTRET", "…సానుభూతి బొత్తిగా కరువైపోయేది"), not negated ("Patience is NEVER
    in short supply with me")."""
    return said_after(analysis, "gone", analysis.matcher.rules.undone.gone_words, last, _GONE_REACH)


def said_after(analysis: Analysis, kind: str, phrases: PhraseKeys, last: int, reach: int) -> int | None:
    """Where one of `phrases` starts after token `last` in its clause, at most `reach` words on,
    with no negation between (a frame said of the match before it: "Empathy was IN SHORT
    SUPPLY", "…is THE LEAST OF MY PRIORITIES"), on an interview rubric."""
    start = start_after(analysis, kind, phrases, last)
    tokens = analysis.tokens
    if start is None or tokens.clauses[start] != tokens.clauses[last] or \
            start - last - 1 > reach or negated_between(analysis, last + 1, start):
        return None
    return on_interview(analysis, start)


def sarcasm_possible(analysis: Analysis) -> bool:
    """May `sarcastic` apply: does the answer hold a word of sarcasm?"""
    return bool(phrase_starts(analysis, "sarcasm", analysis.matcher.rules.undone.sarcasms))


def sarcastic(analysis: Analysis, first: int, last: int) -> int | None:
    """The sarcasm (Undone.sarcasms) that opens the match's sentence and so denies it ("YEAH
    RIGHT, like I'm going to go the extra mile…", "AS IF I'D smile at customers at six in the
    morning", "SOM OM JAG SKULLE göra ett undantag…"; anywhere in the sentence where verbs come
    last: "…ఏదో నాకు డబుల్ జీతం ఇస్తున్నట్టు!"), with no negation between (a double negative:
    "As if I'd let a regular leave WITHOUT checking…") and no colon or clause the candidate
    opens after it ("…: I always check", "…; I always tell them…")."""
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    starts = phrase_starts(analysis, "sarcasm", analysis.matcher.rules.undone.sarcasms)
    if tokens.asks(end) and end < len(tokens.norms) and end in starts:
        return on_interview(analysis, end)  # (the question answered by sarcasm: "Call every customer
        # back? YEAH RIGHT.", "…ఫాలో అప్ చేయడమా? యా, రైట్…")
    if analysis.language.head_final:
        found = next((k for k in starts if low <= k < end and not first <= k <= last), None)
        return None if found is None else on_interview(analysis, found)
    own = analysis.language.own_subjects
    if low not in starts or negated_between(analysis, low, first) or \
            any(":" in tokens.between_clauses(k - 1, k) or tokens.norms[k] in own
                for k in range(low + 1, first + 1) if tokens.clauses[k] != tokens.clauses[k - 1]):
        return None  # ("…; I always tell them I understand…": a clause of the candidate's own)
    return on_interview(analysis, low)


def brief_possible(analysis: Analysis) -> bool:
    """May `brief` apply: does the answer hold a span that mocks a deed's length?"""
    keys = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "brief", keys.brief_spans)) or (
        bool(phrase_starts(analysis, "brief length", keys.brief_lengths))
        and not analysis.stem_of.keys().isdisjoint(analysis.language.undone.brief_units))


def brief(analysis: Analysis, first: int, last: int) -> int | None:
    """The span that keeps the match's deed up only briefly (Undone.brief_spans) after it in its
    clause, or a plain span (brief_lengths) of seconds or a minute (brief_units), with a turn
    (brief_turns) after the span in its sentence ("I was upfront with the guest FOR ALL OF one
    sentence, THEN promised him a quiet room…", "My plan to check back with every customer
    LASTED ABOUT a week BEFORE I dropped it", "I stayed calm FOR ABOUT thirty SECONDS, THEN…")."""
    keys = analysis.matcher.rules.undone
    tokens = analysis.tokens
    start = start_after(analysis, "brief", keys.brief_spans, last)
    if start is None:
        start = start_after(analysis, "brief length", keys.brief_lengths, last)
        if start is not None:
            after = start + phrase_length(analysis, start, keys.brief_lengths)
            if analysis.language.undone.brief_units.isdisjoint(tokens.norms[after:after + _UNIT_REACH]):
                return None  # (a plain span of longer: "for about an hour" tells how long it took)
    # (where verbs come last the span may stand in the clause after: "…ఉన్నాను, పది నిమిషాలు మాత్రమే")
    reach = 1 if analysis.language.head_final else 0
    if start is None or tokens.clauses[start] - tokens.clauses[last] > reach or \
            negated_between(analysis, last + 1, start) or \
            not analysis.language.coordinators.isdisjoint(tokens.norms[last + 1:start]):
        return None  # (the span of a second verb: "…how frightening that was AND sat with her…")
    turn = start_after(analysis, "brief turn", keys.brief_turns, start)
    return None if turn is None else on_interview(analysis, start)


def nominal_possible(analysis: Analysis) -> bool:
    """May `in_name_only` apply: does the answer hold words of a deed in name only?"""
    keys = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "nominal", keys.nominal)) or \
        bool(phrase_starts(analysis, "nominal turned", keys.nominal_turned))


def in_name_only(analysis: Analysis, first: int, last: int) -> int | None:
    """Words that say the match's deed was not the real thing (Undone.nominal), in its clause or
    the one beside it, with no negation before them in their clause ("It WASN'T an apology of
    sorts…") and no contrast or clause of the candidate's own between ("What passed for a
    follow-up before I joined was an email, SO I started ringing…"): "TECHNICALLY I followed up",
    "I was courteous, IN A MANNER OF SPEAKING", "my SO-CALLED explanation"; nominal_turned ones
    ("ON PAPER", "I TEORIN") only with a contrast later in the sentence."""
    keys = analysis.matcher.rules.undone
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    for kind, phrases, turned in (("nominal", keys.nominal, False),
                                  ("nominal turned", keys.nominal_turned, True)):
        # (a match may run into the words: "followed up, IF YOU CAN CALL…")
        for start in starts_around(analysis, kind, phrases, first, first):
            if abs(tokens.clauses[start] - tokens.clauses[first]) > 1:
                continue
            after = start + phrase_length(analysis, start, phrases)
            gap = norms[after:first] if start < first else norms[last + 1:start]
            if not lang.contrasts.isdisjoint(gap) or own_subject(analysis, after, first) or \
                    negated_between(analysis, tokens.clause_range(start)[0], start):
                continue
            if turned and lang.contrasts.isdisjoint(norms[max(after, last + 1):end]):
                continue
            if own_clause_between(analysis, max(after, last + 1), end, lang.result_links):
                continue  # (the candidate's remedy after it: "What passed for empathy before I
                # arrived was a shrug, SO I made a point of…")
            return on_interview(analysis, start)
    return None
