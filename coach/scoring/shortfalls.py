"""Shortcomings the candidate owns to around a match (Language.shortcomings): said right after
it ("Follow-up is A WEAK SPOT of mine", "Going above and beyond is SOMETHING I'M HOPING TO
LEARN"), or as a condition of their own before or after it ("IF I'M PAID, I'd go the extra
mile"); and a limit after a claim that keeps it only where it costs the candidate nothing ("AS
LONG AS nobody raises their voice"; Undone.limits); an effort started and given up ("I STARTED
explaining…, then LOST PATIENCE"). coach.scoring.scope_shapes.denial asks here.
Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .cues import is_negation, negated_between
from .forms import adverbial, infinitive_marker
from .keyed import phrase_starts, start_after
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may open the clause before a match a shortcoming follows ("MY follow-up could
# be better", "BEING reliable is something I'm working on"), and stand between the two (a
# copula and words of degree: "is STILL", "is DEFINITELY").
_ADMIT_LEAD = 3
_ADMIT_GAP = 3


def admitted(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a shortcoming said right after the match (`_admitted`), or after the
    long subject the match opens (`_long_subject`)."""
    start = start_after(analysis, "shortcoming", analysis.matcher.rules.shortcomings, last)
    if start is None:
        return None  # (most answers: none)
    found = _admitted(analysis, first, last, start)
    return _long_subject(analysis, first, last, start) if found is None else found


def _admitted(analysis: Analysis, first: int, last: int, start: int) -> int | None:
    """The first word of a shortcoming said right after the match, which opens its clause: the
    candidate owns to lacking it ("Follow-up is A WEAK SPOT of mine", "My product knowledge
    COULD BE BETTER", "Flexibility is ALL VERY WELL, but…", "Empati är NÅGOT JAG JOBBAR PÅ";
    Language.shortcomings). A negation between denies it in turn ("Patience isn't something I
    need to work on"). `start`: the first shortcoming after the match."""
    if start - last - 1 > _ADMIT_GAP + DESCRIBED:
        return None
    tokens = analysis.tokens
    low = tokens.clause_range(first)[0]
    if first - low > _ADMIT_LEAD or tokens.clauses[start] != tokens.clauses[last]:
        return None  # (a keyword inside its clause: "I follow up, though my notes could be better")
    lang = analysis.language
    # (past the match's own verbal noun where verbs come last: "ఫాలో అప్ చేయడం నాకు కష్టమే")
    between = last + 1 + bool(lang.head_final and tokens.norms[last + 1].endswith(lang.verbal_noun_endings))
    if start - between > _ADMIT_GAP or tokens.norms[between] not in lang.copulas:
        copula = described_copula(analysis, last)
        between = between if copula is None or copula > start else copula  # ("my communication
        # SKILLS are …")
    if start - between > _ADMIT_GAP or not all(
            word in lang.copulas or word in lang.degree_words or adverbial(lang, word)
            for word in tokens.norms[between:start]):
        return None
    if negated_between(analysis, low, start):
        return None
    while tokens.norms[start] in lang.function_words:
        start += 1  # (the word the frame turns on, shown as its cue: "a WEAK spot")
    return start


# How long a subject that opens its sentence may run past the match to its copula ("LISTENING
# before I explain is something I'm working on", "Att vara lika ARTIG mot alla, även de som
# skäller, är något jag ska jobba med").
_SUBJECT_REACH = 12


def _long_subject(analysis: Analysis, first: int, last: int, start: int) -> int | None:
    """A shortcoming owned of a long subject the match opens: the match opens its sentence (past
    up to _ADMIT_LEAD words, none the candidate's), and the subject's copula, within
    _SUBJECT_REACH words, stands right before the shortcoming (words of degree between), with no
    negation before it. The subject's copula is the first after the match past those of clauses
    inside the subject ("Staying polite WHEN a guest IS screaming at you is FOR PUSHOVERS"); a
    coordinator after a break or before the candidate ends the subject ("I follow up, AND
    patience is something I'm working on")."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if lang.head_final or start >= end or start - last - 1 > _SUBJECT_REACH + _ADMIT_GAP:
        return None
    rules = analysis.matcher.rules
    opening = norms[low]  # (a subject that a verbal noun or "to" opens may run longer before the
    # match: "RUSHING to answer customers quickly is a mug's game")
    verbal = opening == infinitive_marker(lang) or (
        opening not in lang.function_words and opening.endswith(lang.progressive_endings or ("\0",)))
    if first - low > (_SUBJECT_REACH if verbal else _ADMIT_LEAD) or \
            not rules.own.isdisjoint(norms[low:first]):
        return None  # (the candidate's own clause: "I'm polite, which is something I'm proud of")
    if first > low and opening in lang.noun_prepositions:
        return None  # (a phrase set before the subject: "IN THAT RESPECT my last job was boring")
    fused = _negated_copula(analysis, norms[start])
    if fused:
        start += 1  # (the copula and its negation in one word opens the shortcoming: "Following
        # up with customers ISN'T my strong suit")
    inner = False  # (a clause inside the subject, whose copula is its own)
    for k in range(last + 1, min(start, last + 1 + _SUBJECT_REACH + 1)):
        word = norms[k]
        if word in lang.coordinators and (
                tokens.clauses[k] != tokens.clauses[k - 1] or norms[k + 1] in rules.own):
            return None
        if word in lang.subordinators or word in lang.complementizers:
            inner = True
        elif word in lang.copulas or (fused and k == start - 1):
            if start - k - 1 <= _ADMIT_GAP and all(
                    w in lang.degree_words or adverbial(lang, w) for w in norms[k + 1:start]):
                return None if negated_between(analysis, low, k if fused else start) else start
            if not inner:
                return None  # (the subject's own predicate, with no shortcoming after it)
            inner = False
    return None


def conditioned(analysis: Analysis, first: int) -> int | None:
    """The first word of a condition that opens the match's sentence, clause or the clause before
    it, a shortcoming that a subordinator opens and the candidate is in ("IF I WAS PAID overtime
    I'd go the extra mile", "OM JAG FÅR BETALT kan jag stanna kvar", "Först löser jag ärendet,
    och OM DET FINNS TID ÖVER kanske jag förklarar"; Language.shortcomings), with the match in
    the clause it governs (the condition's own or the next): the habit is kept only on that
    condition."""
    starts = phrase_starts(analysis, "shortcoming", analysis.matcher.rules.shortcomings)
    if not starts:
        return None  # (most answers: none)
    tokens = analysis.tokens
    opening = tokens.sentence_range(first)[0]
    low = tokens.clause_range(first)[0]
    found = _opening_condition(analysis, starts, first, low)
    if found is None and low > opening:
        found = _opening_condition(analysis, starts, first, tokens.clause_range(low - 1)[0])
    return found


def _opening_condition(analysis: Analysis, starts: list[int], first: int, low: int) -> int | None:
    """The condition among `starts` that opens the clause at `low` (past "and", "well") and
    governs the match (`conditioned`)."""
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    rules = analysis.matcher.rules
    at = bisect_left(starts, low)
    if at == len(starts) or starts[at] >= first or norms[starts[at]] not in lang.subordinators:
        return None
    start = starts[at]
    if any(norms[k] not in rules.openers and not adverbial(lang, norms[k]) for k in range(low, start)):
        return None
    if tokens.clauses[first] - tokens.clauses[start] > 1:
        return None
    end = min(first, tokens.clause_range(start)[1])
    if not lang.existentials.intersection(norms[start + 1:start + 3]) and not any(
            norms[k] in rules.own or norms[k] in lang.first_person_objects for k in range(start, end)):
        return None  # (the candidate's own condition, or one with no one in it ("if there's a
        # bonus in it"): not a customer's, "if they paid by card, I'd…")
    return start


def condition_after(analysis: Analysis, last: int) -> int | None:
    """The first word of a condition said after the match, a shortcoming that a subordinator
    opens (Language.shortcomings: "I go the extra mile for customers IF I'M PAID for it", "Jag
    gör gärna lite extra OM DET FINNS PROVISION"), in the match's clause or opening the next:
    the habit is kept only on that condition."""
    start = start_after(analysis, "shortcoming", analysis.matcher.rules.shortcomings, last)
    if start is None:
        return None  # (most answers: none)
    tokens = analysis.tokens
    if analysis.language.subordinators.isdisjoint(tokens.norms[start:start + 2]):
        return None  # (a condition opens it, or "only" before one: "ONLY IF my manager asks")
    clauses = tokens.clauses[start] - tokens.clauses[last]
    if clauses > 1 or (clauses == 1 and tokens.clause_range(start)[0] != start):
        return None  # (a condition of another clause: "…, and I'd help more IF I WAS PAID")
    return None if negated_between(analysis, last + 1, start) else start


def _negated_copula(analysis: Analysis, word: str) -> bool:
    """Is the word a copula and its negation in one ("isn't", "wasn't")?"""
    lang = analysis.language
    return is_negation(word, lang) and any(len(c) > 1 and word.startswith(c) for c in lang.copulas)


# How many words may describe a keyword before its copula ("Communication BETWEEN THE
# MANAGERS was a disaster", "My communication SKILLS are something I'm working on").
DESCRIBED = 8


def described_copula(analysis: Analysis, last: int) -> int | None:
    """The copula of the match's clause past words that describe the match: one noun it names
    ("my communication SKILLS are") or a phrase a preposition opens (Language.noun_prepositions:
    "Communication BETWEEN DEPARTMENTS was", "Kommunikationen MELLAN LEDNINGEN OCH OSS var"),
    within DESCRIBED words, holding no clause of its own."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if last + 2 >= len(norms) or clauses[last + 2] != clauses[last]:
        return None
    if norms[last + 2] in lang.copulas and norms[last + 1] not in lang.function_words:
        return last + 2  # (a noun: "skills are")
    if norms[last + 1] not in lang.noun_prepositions:
        return None
    for pos in range(last + 2, min(len(norms), last + 2 + DESCRIBED)):
        word = norms[pos]
        if clauses[pos] != clauses[last] or word in lang.subordinators or word in lang.scope_breakers \
                or word in lang.complementizers or is_negation(word, lang):
            return None  # (a clause of its own: "Follow-up, WHEN it was bad, …")
        if word in lang.copulas:
            return pos
    return None


def shortcoming_at(analysis: Analysis, low: int, high: int) -> bool:
    """Does a shortcoming (Language.shortcomings) start among tokens low..high: right after a
    negation that denies it ("Follow-up isn't A WEAK SPOT of mine")?"""
    starts = phrase_starts(analysis, "shortcoming", analysis.matcher.rules.shortcomings)
    return bool(starts) and bisect_left(starts, low) < bisect_right(starts, high)


def limited(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a limit said after the match that keeps the claim only where it costs
    the candidate nothing (Undone.limits: "I'm patient AS LONG AS nobody raises their voice",
    "I'll go the extra mile EXCEPT on Saturdays", "…, UTOM när jag sitter med kassan"), in the
    match's clause or opening the next, with no word of what can be done in the limit's clause
    (Undone.feasibility_words: "as long as the kitchen CAN do it", "unless I KNOW it will" is an
    honest limit) and no negation between. Interview rubrics only: a knowledge answer states
    conditions ("retransmits unless an ACK arrives"). "Only" before the match makes a plain
    condition after it a limit ("I ONLY look for alternatives IF the guest pushes really hard",
    "Jag letar BARA efter alternativ OM gästen tjatar"; Undone.only_words, only_limits)."""
    start = start_after(analysis, "limit", analysis.matcher.rules.undone.limits, last)
    if start is None:
        start = _only_then(analysis, first, last)
    if start is None or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    lang = analysis.language
    clauses = tokens.clauses[start] - tokens.clauses[last]
    if clauses > 1 or (clauses == 1 and not lang.head_final and tokens.clause_range(start)[0] < start - 1):
        return None  # (a limit of another clause: "…, and I'd stay late UNLESS…"; where verbs
        # come last the limit closes its clause: "…, లుంగీలో వచ్చేవాళ్ళని తప్ప")
    if not lang.undone.feasibility_words.isdisjoint(tokens.norms[start:tokens.clause_range(start)[1]]):
        return None
    return None if negated_between(analysis, last + 1, start) else start


# How many words a sentence that takes back the one before may hold ("Well, every guest who's
# polite to me first.", "Until about ten in the morning, anyway.").
_RETRACTION_WORDS = 20


def retracted(analysis: Analysis, last: int) -> int | None:
    """The first word of the sentence after the match's when it opens by taking the claim back
    (Undone.retractions: "I'm polite to every guest. WELL, every guest who's polite to me
    first.", "Jag förklarar alltid villkoren med enkla ord. ELLER, jag hänvisar till avtalet",
    "… అంటే, నా షిఫ్ట్ ముగిసే వరకు") or by limiting it (Undone.limits: "I'm really flexible. AS
    LONG AS what they want is already in the policy."): a short sentence with no word of what
    can be done (feasibility_words: "Unless the kitchen CAN't do it"). Interview rubrics only."""
    tokens = analysis.tokens
    end = tokens.sentence_range(last)[1]
    if end >= len(tokens.norms):
        return None  # (the answer's last sentence: most matches are not in it)
    rules = analysis.matcher.rules
    if end not in phrase_starts(analysis, "retraction", rules.undone.retractions) and \
            end not in phrase_starts(analysis, "limit", rules.undone.limits):
        return None
    stop = tokens.sentence_range(end)[1]
    lang = analysis.language
    if stop - end > _RETRACTION_WORDS or not told_in_first_person(analysis.matcher) or \
            not lang.undone.feasibility_words.isdisjoint(tokens.norms[end:stop]):
        return None
    said = " ".join(tokens.norms[end:stop])
    # (a remark on the question is the question said back, markers.echoed_question's to judge:
    # "How I show respect to customers... well, that's a good question.")
    return None if any(remark in said for remark in lang.question_remarks) else end


# How many words may stand between a preference's "than" and the match it puts last ("than
# SPEND TWO MINUTES explaining", "than RING A CUSTOMER BACK"), and between the match and "than"
# where verbs come last.
_DISPREFERRED_GAP = 5


def dispreferred(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a preference that puts the match last: a word of preferring
    (Undone.preference_words) and then "than" (preference_links) before the match in its
    sentence ("I'd RATHER hide in the stockroom all day THAN say hello to everyone", "Jag
    skulle HELLRE städa personalrummet ÄN ringa tillbaka"), or where verbs come last "than"
    ending a word after the match and a word of preferring after it ("…అడగడం కంటే … బ్లాక్
    చేయడానికే ఇష్టపడతాను"), "than" in the match's clause. Not where a negation or a word whose
    negation is emphasis stands in the preference ("I'd rather stay late than NOT follow up",
    "… than MISS a chance to surprise a guest"). Interview rubrics only."""
    undone = analysis.language.undone
    if not undone.preference_words or analysis.stem_of.keys().isdisjoint(undone.preference_words):
        return None  # (most answers)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    links = undone.preference_links
    clause = tokens.clauses[first]
    if analysis.language.head_final:
        link = next((k for k in range(last + 1, min(end, last + 2 + _DISPREFERRED_GAP))
                     if norms[k].endswith(links) and tokens.clauses[k] == clause), None)
        prefer = None if link is None else next(
            (k for k in range(link + 1, end) if norms[k] in undone.preference_words), None)
        found, span = prefer, (first, prefer or first)
    else:
        link = next((k for k in range(first - 1, max(low, first - 2 - _DISPREFERRED_GAP) - 1, -1)
                     if norms[k] in links and tokens.clauses[k] == clause), None)
        # (not "rather than" itself: what was done instead, Undone.substitutes' to judge)
        found = None if link is None or norms[link - 1] in undone.preference_words else next(
            (k for k in range(link - 1, low - 1, -1) if norms[k] in undone.preference_words), None)
        span = (found or first, last)
    if found is None or negated_between(analysis, *span) or not told_in_first_person(analysis.matcher):
        return None
    # (a word whose negation is emphasis puts its own opposite last: "I'd rather give up my lunch
    # break than MISS a chance to surprise a guest")
    return None if any(span[0] <= pos <= span[1] for pos in analysis.privatives) else found


# How far before a match "only" may stand ("I ONLY look for alternatives").
_ONLY_REACH = 4


def _only_then(analysis: Analysis, first: int, last: int) -> int | None:
    """A condition (Undone.only_limits) right after the match's words in its clause, with
    "only" (Undone.only_words) up to _ONLY_REACH words before the match in its clause."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.clause_range(first)
    if undone.only_words.isdisjoint(norms[max(low, first - _ONLY_REACH):first]):
        return None  # (most matches)
    if norms[first] in lang.subordinators or any(
            is_negation(norms[k], lang) or norms[k] in lang.answer_negatives for k in range(first, last + 1)):
        return None  # (a refusal is no deed to limit, nor a frame a subordinator opens:
        # "Hyresvärden sa bara NEJ NÄR JAG SJÄLV bad om…")
    return next((k for k in range(last + 1, high) if norms[k] in undone.only_limits), None)


# How far before a match (after it, where verbs come last) the verb that starts it may stand ("I
# STARTED gift-wrapping a customer's birthday book as a little extra").
_START_REACH = 10


def abandoned(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of an effort given up, said after a match that a verb of starting or
    trying governs ("I STARTED explaining the warranty in plain words, then LOST PATIENCE", "Jag
    BÖRJADE förklara…, men GAV UPP halvvägs"; Undone.start_verbs, abandons): the deed was left
    undone. The start verb stands in the match's clause before it (after it, where verbs come
    last); the effort is given up by no one else (the phrase follows the candidate, a
    coordinator or linker, or opens its clause: not "…, but SHE stopped me"), with no negation
    before it in its clause ("…, and I never gave up")."""
    start = start_after(analysis, "abandon", analysis.matcher.rules.undone.abandons, last)
    if start is None:
        return None  # (most answers: none)
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    starts = lang.undone.start_verbs
    if lang.head_final:
        if starts.isdisjoint(norms[last + 1:min(start, last + 1 + _START_REACH)]):
            return None
    else:
        low = max(tokens.clause_range(first)[0], first - _START_REACH)
        if starts.isdisjoint(norms[low:first]):
            return None
        rules = analysis.matcher.rules
        opener = tokens.clause_range(start)[0]
        before = norms[start - 1]
        if start != opener and before not in rules.own and before not in rules.openers and \
                not adverbial(lang, before):
            return None
    return None if negated_between(analysis, tokens.clause_range(start)[0], start) else start
