"""Deeds that never came: a near miss or a chance passed ("I ALMOST apologised", "BEFORE I COULD
explain, she'd hung up"), a deed further from done than a negated one ("I didn't even look up,
LET ALONE greet her"), the last thing one would do ("Going the extra mile is THE LAST THING I'D
do on minimum wage"), leave asked and not used ("I ASKED my supervisor WHETHER I SHOULD follow
up, and she said not to bother") and few served ("FEW of my callers ever got a follow-up").
Language data (Undone.near_misses, let_alones, last_frames, leave_asks, few_words…) drives
them; coach.scoring.late.said_late tries them. Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import infinitive_marker
from .keyed import PhraseKeys, phrase_length, phrase_starts, start_after, starts_around, starts_before
from .person_sets import united
from .voice import on_interview

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words after a frame of "the last…" its word of would or wanting may come ("the
# last word my old manager at the gym WOULD use"), how many after a word of few the people it
# counts ("not many OF THE RUDE members"), and how far before a word of whether its verb of
# asking ("I asked MY TEAM LEADER whether…").
_LAST_REACH = 7
_FEW_REACH = 4
_ASK_REACH = 6
# How far before the candidate as a subject a verb of saying, with its object between, makes
# theirs a reported clause ("TELLING THE CALLER I understood…"; not "sa jag", said I).
_SAID_REACH = 3


def own_clause_between(analysis: Analysis, low: int, high: int,
                       links: frozenset[str] | None = None) -> bool:
    """Does a clause of the candidate's own open between tokens low and high: one of `links`
    (a coordinator, subordinator or contrast when none are given), then one of their subjects
    ("…, AND I always follow up", "…, SO I made a point of…")?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    if links is None:
        links = united((lang.coordinators, lang.subordinators, lang.contrasts))
    return any(norms[k] in links and norms[k + 1] in lang.own_subjects for k in range(low, high - 1))


def own_subject(analysis: Analysis, low: int, high: int, nouns: frozenset[str] = frozenset()) -> bool:
    """Does one of the candidate's subjects stand in tokens low..high-1, not as the subject of a
    reported clause ("…säga till Maria ATT JAG förstod…", "…telling the caller I understood…"
    is what was to be said) nor of a relative clause right after one of `nouns` ("not many of
    the callers I handled…")?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    return any(norms[k] in lang.own_subjects and norms[k] not in lang.first_person_objects and not (
        k > 0 and (norms[k - 1] in lang.complementizers or norms[k - 1] in nouns
                   or not lang.speech_verbs.isdisjoint(norms[max(low, k - _SAID_REACH):k - 1])))
        for k in range(low, high))


def near_possible(analysis: Analysis) -> bool:
    """May `near_missed` apply: does the answer hold a near miss?"""
    endings = analysis.language.undone.near_endings
    return bool(phrase_starts(analysis, "near miss", analysis.matcher.rules.undone.near_misses)) or (
        bool(endings) and any(word.endswith(endings) for word in analysis.stem_of))


def near_missed(analysis: Analysis, first: int, last: int) -> int | None:
    """The near miss or chance passed (Undone.near_misses) before the match in its clause ("I was
    ON THE VERGE OF following up when…", "BEFORE I COULD apologise, she'd hung up", "Jag skulle
    PRECIS le…"), not followed by a habit, a quantity or an article ("ALMOST ALWAYS", "NEARLY AN
    hour", "almost THE whole team") nor by a negation or a subject of the candidate's before the
    match ("when a customer was ABOUT TO buy…, I advised…"); where verbs come last, a verb after
    the match in its clause whose ending says "before … could" (near_endings: "…మాట్లాడదాం
    అనుకునేలోపే")."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    if lang.head_final:
        end = tokens.sentence_range(first)[1]
        for pos in range(last + 1, end):
            if norms[pos] in lang.contrasts or tokens.clauses[pos] != tokens.clauses[last]:
                return None
            if undone.near_endings and norms[pos].endswith(undone.near_endings):
                return on_interview(analysis, pos)
        return None
    near = analysis.matcher.rules.undone.near_misses
    # (a frame may end in the match's first small word: "Jag var på vippen ATT säga…")
    start = next(starts_before(analysis, "near miss", near, first), None)
    if start is None or tokens.clauses[start] != tokens.clauses[first]:
        return None
    after = start + phrase_length(analysis, start, near)
    if after > last:
        return None
    numbers = lang.word_classes.get("number", frozenset())
    word = norms[after]
    if word in undone.near_exits or word in numbers or word in lang.articles or \
            negated_between(analysis, after, first) or own_subject(analysis, after, first):
        return None  # (someone else's near miss, the candidate's deed after it: "when a customer
        # was ABOUT TO buy normal emulsion I advised…")
    return on_interview(analysis, start)


def let_alone_possible(analysis: Analysis) -> bool:
    """May `let_alone` apply: does the answer hold a word of "let alone"?"""
    return bool(phrase_starts(analysis, "let alone", analysis.matcher.rules.undone.let_alones))


def let_alone(analysis: Analysis, first: int, last: int) -> int | None:
    """The "let alone" (Undone.let_alones) before the match in its sentence, with a negation
    before it there ("I didn't even look up, LET ALONE greet her", "Jag frågade inte ens…, ÄN
    MINDRE visade jag…"); where verbs come last, after the match ("…అప్‌డేట్ ఇవ్వడం మాట
    దేవుడెరుగు")."""
    frames = analysis.matcher.rules.undone.let_alones
    tokens = analysis.tokens
    if analysis.language.head_final:
        start = start_after(analysis, "let alone", frames, last)
        if start is None or tokens.clauses[start] != tokens.clauses[last]:
            return None
        return on_interview(analysis, start)
    start = next(starts_before(analysis, "let alone", frames, first, ended=True), None)
    if start is None or tokens.clauses[start] != tokens.clauses[first] or \
            not negated_between(analysis, tokens.sentence_range(first)[0], start):
        return None  # (in its clause: not "…, ÄN MINDRE uttråkad, för att hjälpa någon … ger mig energi")
    return on_interview(analysis, start)


def last_possible(analysis: Analysis) -> bool:
    """May `last_thing` apply: does the answer hold a frame of "the last…"?"""
    return bool(phrase_starts(analysis, "last thing", analysis.matcher.rules.undone.last_frames))


def last_thing(analysis: Analysis, first: int, last: int) -> int | None:
    """The frame of "the last…" (Undone.last_frames) in the match's sentence, a word of would,
    wanting or caring (last_denials) or an infinitive marker right after it ("Going the extra
    mile is THE LAST THING I'D do", "I'm THE LAST PERSON WHO'D stay courteous…", "the last
    person TO resolve anything", "det sista jag TÄNKTE på"; where none are listed, the frame
    alone: "…చివరి మనిషిని నేనే"), with no contrast and no clause of the candidate's own between
    it and the match ("The last thing I want is an angry guest, SO I always…"). Not "THE LAST
    THING I DO before closing a ticket is ring the customer": a habit."""
    frames = analysis.matcher.rules.undone.last_frames
    lang = analysis.language
    denials = lang.undone.last_denials
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    for start in starts_around(analysis, "last thing", frames, first, last):
        after = start + phrase_length(analysis, start, frames)
        if after > first and start < last:
            continue  # (the match inside the frame)
        if denials and not (after < end and norms[after] == infinitive_marker(lang)) and \
                denials.isdisjoint(norms[after:min(end, after + _LAST_REACH)]):
            continue
        if after < end and (norms[after] in lang.third_person or norms[after] in lang.addressees):
            continue  # (what someone else wants: "this is the last thing YOU want to hear", "det
            # sista HAN orkade med"; "the last person YOU'D call patient" is the candidate)
        if start > last:  # (said of the match before it, in its clause or the next: "Going the
            # extra mile IS…", "కస్టమర్లు "ఫ్రెండ్లీ" అని పిలిచే చివరి మనిషిని నేనే")
            if tokens.clauses[start] - tokens.clauses[last] > 1 or \
                    not lang.contrasts.isdisjoint(norms[last + 1:start]) or \
                    own_clause_between(analysis, last + 1, start):
                continue
        elif lang.head_final or tokens.clauses[first] - tokens.clauses[start] > 1 or \
                not lang.contrasts.isdisjoint(norms[after:first]) or \
                own_clause_between(analysis, after, first):
            continue
        return on_interview(analysis, start)
    return None


def leave_possible(analysis: Analysis) -> bool:
    """May `leave_asked` apply: does the answer hold a verb of asking?"""
    return not analysis.stem_of.keys().isdisjoint(analysis.language.undone.leave_asks)


def leave_asked(analysis: Analysis, first: int, last: int) -> int | None:
    """The verb of asking leave (Undone.leave_asks) for the match's deed: before it, a word of
    whether (leave_links) with the candidate and a modal after it ("I ASKED my supervisor
    WHETHER I SHOULD follow up…", "Jag frågade min chef OM JAG FICK göra ett undantag…"); where
    verbs come last, the match's verb asking by its ending (leave_endings), then a word of
    whether and the verb of asking ("…మాట్లాడాలా అని నా సూపర్వైజర్‌ని అడిగాను"); refused by a
    negation after the match in its sentence or an instruction to do something else
    (Undone.leave_redirects: "…, and she SAID TO leave it in the queue"). A word of approval
    after the match in its sentence or the next (Undone.approvals) keeps the deed ("…, she
    AGREED, and I refunded her on the spot"); so does nothing said after it."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    ask = None
    if lang.head_final:
        for pos in range(last, end - 1):
            if norms[pos].endswith(undone.leave_endings) and norms[pos + 1] in undone.leave_links:
                ask = next((k for k in range(pos + 2, min(end, pos + 2 + _ASK_REACH))
                            if norms[k] in undone.leave_asks), None)
                break
            if norms[pos] in lang.contrasts:
                return None
    else:
        for pos in range(first - 1, low, -1):
            if norms[pos] in lang.contrasts or tokens.clauses[first] - tokens.clauses[pos] > 1 or \
                    (norms[pos] in lang.own_subjects and norms[pos - 1] in lang.coordinators):
                return None  # (a clause of the candidate's: "…, AND I put them in aisle seats")
            if norms[pos] in undone.leave_links and pos + 2 < first and norms[pos + 1] in lang.own_subjects \
                    and not undone.leave_modals.isdisjoint(norms[pos + 2:pos + 4]) and \
                    lang.own_subjects.isdisjoint(norms[pos + 3:first]):  # (not "…if we could fix it
                # by Monday, I told her straight away…": the candidate's own answer)
                ask = next((k for k in range(pos - 1, max(low, pos - 1 - _ASK_REACH) - 1, -1)
                            if norms[k] in undone.leave_asks), None)
                break
    if ask is None:
        return None
    keys = analysis.matcher.rules.undone
    high = tokens.sentence_range(end)[1] if end < len(norms) else end  # (this sentence and the next)
    if _said_in(analysis, "approval", keys.approvals, last, high):
        return None
    if negated_between(analysis, last + 1, end) or \
            _said_in(analysis, "redirect", keys.leave_redirects, last, end):
        return on_interview(analysis, ask)
    return None


def _said_in(analysis: Analysis, kind: str, phrases: PhraseKeys, last: int, high: int) -> bool:
    """Does one of the phrases start after token `last`, before `high`?"""
    starts = phrase_starts(analysis, kind, phrases)
    return any(last < start < high for start in starts[bisect_right(starts, last):])


def few_possible(analysis: Analysis) -> bool:
    """May `few_served` apply: does the answer hold a word of few?"""
    return bool(phrase_starts(analysis, "few", analysis.matcher.rules.undone.few_words))


def few_served(analysis: Analysis, first: int, last: int) -> int | None:
    """The word of few (Undone.few_words) before the match in its sentence, not after a
    determiner ("a few", "the few who…"), with people served right after it ("FEW of my callers
    ever got a follow-up", "NOT MANY of the rude members got a polite answer", "FÅ AV kunderna
    fick höra…") and no contrast between; where verbs come last, anywhere in the sentence with no
    contrast between ("చాలా కొద్దిమందికే…")."""
    words = analysis.matcher.rules.undone.few_words
    lang = analysis.language
    rules = analysis.matcher.rules
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    for start in starts_around(analysis, "few", words, first, last):
        span = norms[min(start, last + 1):max(start, first)]
        if not lang.contrasts.isdisjoint(span) or \
                (start < first and own_clause_between(analysis, start, first)):
            continue  # (not "Few people would guess…, BECAUSE I speak to every one with courtesy")
        if lang.head_final:
            return on_interview(analysis, start)
        after = start + phrase_length(analysis, start, words)
        if start > first or (start > low and norms[start - 1] in rules.determiners):
            continue
        if not rules.served_nouns.isdisjoint(norms[after:min(first, after + _FEW_REACH)]) and \
                not own_subject(analysis, after, first, rules.served_nouns):
            return on_interview(analysis, start)  # (not "Few guests hear me promise…; I tell them
            # honestly…": the candidate's own claim after it)
    return None
