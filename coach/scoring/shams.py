"""A claim the rest of its sentence shows is a sham: the virtue's word in scare quotes ('My
"follow-up" was adding him to the mailing list'), the deed done only once the customer chased
it ("…, after she'd asked me TWICE"), undone behind the customer's back ("…, then I mimic them
in the STAFF ROOM"), said while passing the blame ("…: it was the warehouse's fault, NOT MINE"),
a figure gamed ("My follow-up rate is perfect BECAUSE I COUNT the survey email"), or a promise
made only to oneself ("I TOLD MYSELF I'd ring her back"). Language data (Undone.chase_links,
chase_marks, backbites, blames, gaming_marks, metric_words, self_promises) drives them;
coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_starts, starts_around
from .quotes import quotation, quoted
from .voice import on_interview
from .walkbacks import after_match, framed

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words a scare quote may hold after the match ('"personal touch"' on "personal"), and
# how many words of a tag after a quotation a verb of saying may stand in ('"Empathy", I'd SAY').
_SCARE_EXTRA = 1
_SAID_AFTER = 3
# How many words after a chase's link the person served may stand ("after THAT HE had rung"), and
# how many words before one of Undone.count_links its count may stand ("the THIRD time he…").
_CHASER_REACH = 3
_COUNT_BEFORE = 2


def scares_possible(analysis: Analysis) -> bool:
    """May `scare_quoted` apply: does the answer hold double quotation marks?"""
    text = analysis.tokens.text
    return '"' in text or "\u201c" in text or "\u201d" in text


def scare_quoted(analysis: Analysis, first: int, last: int) -> int | None:
    """The match's word in scare quotes: a short quotation that opens the match and holds little
    but its words, in a sentence that goes on outside it ('I "resolved" her complaint by marking
    it closed', 'I "followed up" by forwarding her email', 'Min "empati" bestod i att…', 'నా
    "క్విక్ రెస్పాన్స్" అంటే…'). Not words said: a verb of saying (or one of Undone.quote_verbs)
    before it in its sentence or in a tag right after it, a colon, or a quotative after it ('I said
    "sorry"', '"Empathy", I'd say', 'saying something like "that sounds really stressful"',
    '…"…" అని చెప్పాను'); nor a category named after one of Undone.label_links ('full marks FOR
    "exceeded expectations"')."""
    if not quoted(analysis, first):
        return None
    start, stop = quotation(analysis, first, first)
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    low, end = tokens.sentence_range(first)
    if start != first or stop > last + _SCARE_EXTRA or (start == low and stop == end - 1):
        return None
    said = lang.speech_verbs | lang.undone.quote_verbs
    tagged = stop + 1 < end and "," in tokens.gap(stop)
    if not said.isdisjoint(norms[low:start]) or (
            tagged and not said.isdisjoint(norms[stop + 1:stop + 1 + _SAID_AFTER])):
        return None
    if start > low and (norms[start - 1] in lang.undone.label_links
                        or ":" in tokens.gap(start - 1)):
        return None
    if stop + 1 < end and (norms[stop + 1] in lang.quotatives or norms[stop + 1] in lang.namers):
        return None
    return on_interview(analysis, start)


def chases_possible(analysis: Analysis) -> bool:
    """May `chased` apply: does the answer say the customer pushed?"""
    return bool(phrase_starts(analysis, "chase", analysis.matcher.rules.undone.chase_marks))


def chased(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed done only once the person served chased it: after the match, a link of time
    (Undone.chase_links) with the person served right after it and a mark of pushing near
    (chase_marks, or just before one of count_links: "I got his prescription ready, the THIRD
    time he came back", "…, after she'd asked me TWICE", "…men först när hon hade ringt TRE
    GÅNGER"; where verbs come last the mark anywhere in the sentence: "…అడిగిన తర్వాత")."""
    keys = analysis.matcher.rules.undone
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    marks = list(starts_around(analysis, "chase", keys.chase_marks, first, last))
    if lang.head_final:
        return on_interview(analysis, marks[0]) if marks else None
    end = tokens.sentence_range(first)[1]
    for link in range(last + 1, end):
        if norms[link] not in lang.undone.chase_links or \
                lang.served_subjects.isdisjoint(norms[link + 1:link + 1 + _CHASER_REACH]):
            continue
        low = link - _COUNT_BEFORE if norms[link] in lang.undone.count_links else link  # ("the THIRD time…")
        mark = next((k for k in marks if low <= k), None)
        if mark is not None and not negated_between(analysis, last + 1, link):
            return on_interview(analysis, mark)
    return None


def backbites_possible(analysis: Analysis) -> bool:
    """May `backbitten` apply: does the answer go behind the customer's back?"""
    return bool(phrase_starts(analysis, "backbite", analysis.matcher.rules.undone.backbites))


def backbitten(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed undone behind the customer's back, after it in its sentence (Undone.backbites:
    "I'm courteous to him, then I MIMIC him in the STAFF ROOM", "…och sedan HÄRMADE jag hans
    röst för kollegorna i FIKARUMMET", "…బ్రేక్ రూమ్‌లో … నవ్వుకుంటాం")."""
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    if not analysis.language.undone.even_handed.isdisjoint(tokens.norms[low:end]):
        return None  # ("Jag pratar LIKA respektfullt om gästerna i personalrummet som…")
    return after_match(analysis, "backbite", analysis.matcher.rules.undone.backbites, first, last)


def blames_possible(analysis: Analysis) -> bool:
    """May `blamed` apply: does the answer put the fault elsewhere?"""
    return bool(phrase_starts(analysis, "blame", analysis.matcher.rules.undone.blames))


def blamed(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed said while passing the blame, after it in its sentence (Undone.blames: "I
    apologised, and made sure she knew it was the warehouse's mess, NOT MINE", "…det var lagrets
    fel, INTE MITT", "…నాది కాదు"). Not conceded ("I apologised, EVEN THOUGH it was the kitchen's
    fault and not mine"; Undone.concessions)."""
    start = after_match(analysis, "blame", analysis.matcher.rules.undone.blames, first, last)
    if start is None or not analysis.language.undone.concessions.isdisjoint(
            analysis.tokens.norms[last + 1:start]):
        return None
    return start


def gaming_possible(analysis: Analysis) -> bool:
    """May `gamed` apply: does the answer explain a figure by a trick?"""
    return bool(phrase_starts(analysis, "gaming", analysis.matcher.rules.undone.gaming_marks))


def gamed(analysis: Analysis, first: int, last: int) -> int | None:
    """A figure of the deed gamed: a word of measure in the sentence (Undone.metric_words) and a
    trick after the match that explains it (gaming_marks: "My follow-up RATE is a hundred
    percent, BECAUSE I COUNT the survey email", "Jag har högst BETYG på artighet, EFTERSOM JAG
    BARA delar ut enkäten till nöjda kunder")."""
    start = after_match(analysis, "gaming", analysis.matcher.rules.undone.gaming_marks, first, last)
    tokens = analysis.tokens
    low = tokens.sentence_range(first)[0]
    if start is None or analysis.language.undone.metric_words.isdisjoint(tokens.norms[low:start]):
        return None
    return start


def promises_possible(analysis: Analysis) -> bool:
    """May `promised_self` apply: does the answer hold a promise made to oneself?"""
    return bool(phrase_starts(analysis, "self promise", analysis.matcher.rules.undone.self_promises))


def promised_self(analysis: Analysis, first: int, last: int) -> int | None:
    """A promise made only to oneself (Undone.self_promises): before the match in its sentence
    ("I TOLD MYSELF I'd be more patient with the regulars", "Jag har SAGT TILL MIG SJÄLV att jag
    ska le mer"), after it where verbs come last ("…అని నాకు నేను చెప్పుకున్నాను"), unless the
    candidate's own clause after the match keeps it ("…, AND I have done ever since"; a contrast
    is no keeping: "…, but the rush hit"; walkbacks.framed)."""
    return framed(analysis, "self promise", analysis.matcher.rules.undone.self_promises, first, last)
