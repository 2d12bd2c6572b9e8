"""Keyword stuffing, judged on an answer's earned criteria: the evidence that sits in lists of
bare keywords, in sentences crowded with criteria, in lists of short items or in one frame said
again and again earns nothing, and the reason is said in one line (coach.scoring.whole holds
the measures; score_answer and detect ask here). Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from .cover import Cover, covered_in, keyword_cover, may_be_stuffed
from .forms import past_form, verb_form
from .results import CriterionResult, SetAside
from .strength import MATCH_THRESHOLD
from .templates import runs, templated
from .voice import told_in_first_person
from .whole import (
    LIST_ITEMS,
    chained_claim,
    colon_lead,
    dense,
    hollow,
    list_shaped,
    names_me,
    repeated,
    says_little,
    stuffing_reason,
    virtue_list,
)

if TYPE_CHECKING:
    from .analysis import Analysis
    from .matcher import Matcher


def unstuffed(analysis: Analysis, results: list[CriterionResult],
               reference_of: Callable[[], Cover] | None = None, listing: bool = False,
               reference_lists: Callable[[], bool] | None = None,
               ) -> tuple[list[CriterionResult], str | None]:
    """Keyword stuffing (coach.scoring.whole.stuffing_reason): in a stuffed answer, the
    criteria whose evidence is a bare or repeated keyword earn nothing, each set aside with the
    rule "stuffing"; returns the results and the reason. `reference_of` gives the keyword cover
    of the question's own model answer and examples (cover.reference_cover)."""
    earned = [r for r in results if r.earned and r.evidence_tokens is not None]
    if not earned:
        return results, None
    # When the cover cannot be stuffed (cover.may_be_stuffed: most answers), it is found only
    # if the bare-keyword sign below needs its covered places.
    gated = not may_be_stuffed(analysis)
    cover = None if gated else keyword_cover(analysis)
    # A reference only raises Cover.stuffed's lines: an answer below them against no reference
    # is below them against any, and its question's reference answers need not be analysed
    # (most answers: `coach score` then matches no model answer or example).
    reference = reference_of() if reference_of is not None and cover is not None \
        and cover.stuffed() else None
    stuffed = cover is not None and cover.stuffed(reference)
    with_spans = [(r.id, r.evidence_tokens) for r in earned if r.evidence_tokens]
    covered = cover.covered if cover is not None else frozenset[int]()
    # A template may be filled with the keywords of criteria the question does not ask for
    # ("Empathy is key. Respect is key. … Follow-up is key."): the places of every one-word
    # keyword count, which need no phrase placed (the cover's places did, so the gate above
    # changed results: "My first step is flexibility… my fifth step is a solution").
    framed = {with_spans[k][0] for k in templated(
        analysis, [span for _id, span in with_spans], lambda: runs(one_word_places(analysis)))}
    crowded = crowded_sentences(analysis, with_spans)
    shaped = set() if listing else shaped_criteria(analysis, with_spans)
    # (the question's own model answer or examples may be crowded or list-shaped themselves: a
    # pack drafted from a model answer names dozens of criteria in one of its sentences; asked
    # only of an answer that is one or the other)
    if (crowded or shaped) and reference_lists is not None and reference_lists():
        crowded, shaped = set(), set()
    virtues = _virtue_lists(analysis, with_spans) | crowded
    hollows = {r.id for r in earned if r.evidence_tokens and (
        r.id in framed or hollow(analysis, *r.evidence_tokens) or
        analysis.tokens.sentences[r.evidence_tokens[0]] in virtues or
        (stuffed and (dense(analysis, r.evidence_tokens[0], covered) or
                      repeated(analysis, *r.evidence_tokens, anywhere=True))))}
    hollows |= shaped
    found = stuffing_reason(analysis, len(earned), len(hollows), cover, reference, listing)
    if found is None and shaped and len(shaped) == len(earned):
        found = ("its evidence stands only in lists of short items, not in sentences about what "
                 "you did"), True
    # (on a rubric whose model answers speak as the candidate: on a knowledge rubric short
    # clauses of its terms are an answer, "ACK, SYN, timeout")
    claims = None if found is not None or listing or not told_in_first_person(analysis.matcher) \
        else short_claims(analysis)
    if claims is not None:
        found = (f"{claims} of its clauses only name a keyword in a few words (\"I stay calm, I show "
                 "empathy\"), with nothing said about what you did"), True
    if found is None:
        # Not stuffed as a whole, the answer may still list rubric words in one sentence: those
        # earn nothing, and the rest of it is scored as usual (on a rubric whose model answers
        # speak as the candidate: on a knowledge rubric a list of its terms is the answer).
        items = bare_items(analysis, with_spans) if told_in_first_person(analysis.matcher) else set()
        return _set_aside(results, items), None
    reason, by_keywords = found
    # In a stuffed answer a sentence that holds hollow evidence is part of the list ("I'm a
    # positive, friendly, passionate, empathetic and reliable person…"): none of its evidence
    # earns. Evidence in a sentence of its own may ("I took a heater up to them myself").
    sentences = analysis.tokens.sentences
    seen: set[int] = set()
    listed: set[int] = set()
    for cid, (first, _last) in with_spans:
        if cid in hollows:
            (listed if sentences[first] in seen else seen).add(sentences[first])
    hollows |= {cid for cid, (first, _last) in with_spans if sentences[first] in listed}
    if by_keywords:
        # Stuffed with keywords: the rest of its evidence earns only in a sentence that says
        # more than its keywords ("I communicate clearly." among "I am X." claims does not).
        rest = [(r.id, r.evidence_tokens[0]) for r in earned if r.evidence_tokens and r.id not in hollows]
        if gated:  # (the cover of those sentences only: the whole one is not needed)
            covered = frozenset(covered_in(analysis, {sentences[first] for _id, first in rest}))
        said = set(covered).union(*(range(a, b + 1) for _id, (a, b) in with_spans))
        hollows |= {cid for cid, first in rest if says_little(analysis, first, said)}

    if told_in_first_person(analysis.matcher):
        # Nor does evidence in a sentence that does not name the candidate ("I", "we", a verb
        # in their person): "Be honest and give options.", "1) Honesty about the fully booked
        # day.", "Those are the key things … Plus a positive attitude" say what one should do
        # or value, not what the candidate did. (On a knowledge rubric the answer names no one.)
        norms, sentence_range = analysis.tokens.norms, analysis.tokens.sentence_range
        hollows |= {cid for cid, (first, _last) in with_spans
                    if not names_me(analysis, norms[slice(*sentence_range(first))])}
    return _set_aside(results, hollows), reason


def _set_aside(results: list[CriterionResult], hollows: set[str]) -> list[CriterionResult]:
    """The results, those of `hollows` set aside as stuffing."""
    out = []
    for r in results:
        if r.id in hollows and r.evidence:
            aside = SetAside("stuffing", r.evidence.text, r.evidence.start, r.evidence.end)
            r = replace(r, earned=False, set_aside=aside, nearest=None)
        out.append(r)
    return out


# A sentence that lists this many criteria's keywords as items of one word each, one after
# another ("this plays to my strengths: empathy, respect, communication, reliability"), is a
# list of virtues wherever it stands, however real the rest of the answer.
BARE_ITEMS = 3


def bare_items(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[str]:
    """The criteria whose evidence is a one-word item of such a list (BARE_ITEMS): a word whose
    clause holds nothing but such items joined by "and"/"or", one after another ("empathy,
    respect, communication and reliability"; not headings far apart, "Situation: … Task: …")."""
    tokens = analysis.tokens
    norms, sentences = tokens.norms, tokens.sentences
    coordinators = analysis.language.coordinators
    single = {first: cid for cid, (first, last) in spans if first == last}

    def listed(low: int, end: int) -> bool:
        # (items joined by "and"/"or" only: "respect and communication"; not a clause of
        # keywords, as in a pack drafted from its model answers, "beskedet kanske förstör planer")
        return (end - low) % 2 == 1 and all(
            k in single if (k - low) % 2 == 0 else norms[k] in coordinators for k in range(low, end))

    items = sorted(first for first in single if listed(*tokens.clause_range(first)))
    found: set[str] = set()
    run: list[int] = []
    for first in [*items, -1]:  # (-1 ends the last run)
        if run and (first - run[-1] > 2 or first < 0 or sentences[first] != sentences[run[-1]]):
            if len(run) >= BARE_ITEMS:
                found |= {single[k] for k in run}
            run = []
        run.append(first)
    return found | {cid for cid, (first, _last) in spans if _opening_list(analysis, first)}


# How many words an item of a list of buzzwords opening a sentence may hold ("CLEAR
# COMMUNICATION, ACTIVE LISTENING, PLAIN LANGUAGE, I've seen all of that in the job ad").
_ITEM_WORDS = 3


def _opening_list(analysis: Analysis, first: int) -> bool:
    """Does the word at `first` stand in a list of at least BARE_ITEMS short items that opens its
    sentence, each a clause of at most _ITEM_WORDS words that carry meaning and no verb in a past
    form ("Empathy, compassion, emotional intelligence, those words are on every job advert")?
    What such a list is followed by is a comment on words, not something done. Not in a
    language whose verbs carry their person (Telugu మాట్లాడా): there a short clause is often a
    verb's, and its past forms are not told by an ending alone."""
    if analysis.language.own_person_endings:
        return False
    tokens = analysis.tokens
    low, high = tokens.sentence_range(first)
    count, at, inside = 0, low, False
    while at < high:
        start, end = tokens.clause_range(at)
        if not _item(analysis, start, end):
            break
        count, inside, at = count + 1, inside or at <= first < end, end
    return inside and count >= BARE_ITEMS


def _item(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause low..end-1 a short item of a list: at most _ITEM_WORDS words (past a
    coordinator that opens it), none a function word, a subject or a past form?"""
    norms, lang = analysis.tokens.norms, analysis.language
    rules = analysis.matcher.rules
    if low < end and norms[low] in lang.coordinators:
        low += 1
    return 0 < end - low <= _ITEM_WORDS and not any(
        w in lang.function_words or w in rules.subjects or past_form(lang, w) for w in norms[low:end])


# An answer is a string of short claims when at least SHORT_CLAIMS_MIN of its clauses, each of
# at most SHORT_CLAIM_WORDS words, hold a keyword and at most one other word that carries
# meaning, in no past form ("I stay calm, I show empathy, I am honest. … Always calm, always
# honest."), and they hold more than SHORT_CLAIMS_SHARE of its words. Chosen on the dev split of
# bench/data: only answers labelled stuffing, none earning more than one gold criterion, are
# such strings (92 of them, 89 already found stuffed by the other signs).
SHORT_CLAIMS_MIN = 5
SHORT_CLAIM_WORDS = 4
SHORT_CLAIMS_SHARE = 0.5


def short_claims(analysis: Analysis) -> int | None:
    """How many short claims the answer strings together (see SHORT_CLAIMS_MIN), or None when it
    is no such string."""
    tokens = analysis.tokens
    norms, lang = tokens.norms, analysis.language
    if len(norms) < SHORT_CLAIMS_MIN:
        return None
    # (most answers hold too few short clauses to be one, decided before any keyword is placed)
    # (not the items of a list a colon opens: "the little extra I gave: a tip, a small gift, a
    # nice surprise" are examples, which the list signs judge)
    short = [(low, end) for low, end in tokens.clause_ranges()
             if end - low <= SHORT_CLAIM_WORDS and colon_lead(analysis, low) is None]
    if len(short) < SHORT_CLAIMS_MIN or \
            sum(end - low for low, end in short) <= SHORT_CLAIMS_SHARE * len(norms):
        return None
    carries = analysis.topical
    places = analysis.keyword_places()
    claims = claimed = 0
    for low, end in short:
        if any(k in places for k in range(low, end)) and \
                sum(1 for k in range(low, end) if k not in places and norms[k] in carries) <= 1 and \
                not any(past_form(lang, norms[k]) for k in range(low, end)):
            claims += 1
            claimed += end - low
    return claims if claims >= SHORT_CLAIMS_MIN and claimed > SHORT_CLAIMS_SHARE * len(norms) else None


def _virtue_lists(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[int]:
    """The sentences that list virtues (whole.virtue_list), among those holding the evidence of
    two criteria or more (most answers: none, and no keyword places are gathered)."""
    sentences = analysis.tokens.sentences
    first_of: dict[int, int] = {}
    twice: dict[int, int] = {}
    for _id, (first, _last) in spans:
        if sentences[first] in first_of:
            twice[sentences[first]] = first
        else:
            first_of[sentences[first]] = first

    @cache
    def places() -> list[tuple[int, int]]:
        return runs({*one_word_places(analysis), *(i for _id, (a, b) in spans for i in range(a, b + 1))})

    return {s for s, first in twice.items() if virtue_list(analysis, first, places)}


# A sentence that holds the evidence of this many criteria or more is a list of them, however
# it is framed ("I always deliver empathy, a sincere apology, full ownership, clear
# explanations, plenty of options…"): on the dev split of bench/data every such sentence is in a
# stuffed answer, and none earns a true credit; four criteria in one real sentence do occur.
CROWDED = 5


def crowded_sentences(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[int]:
    """The sentences holding the evidence of CROWDED criteria or more, each in a clause that
    names no doer and holds no verb form ("a sincere apology", "plenty of options") or all of
    them with no past form in the sentence (habits claimed), in a rubric whose model
    answers speak as the candidate (on a knowledge rubric, or one drafted from steps, one
    sentence may name them all: "Apologise, check the order number, explain the policy…")."""
    if not told_in_first_person(analysis.matcher):
        return set()
    tokens = analysis.tokens
    sentences, norms = tokens.sentences, tokens.norms
    own, lang = analysis.matcher.rules.own, analysis.matcher.language
    counts: dict[int, int] = {}
    # (only a sentence holding CROWDED criteria's evidence at all can be crowded: most hold none)
    held: dict[int, int] = {}
    for _id, (first, _last) in spans:
        held[sentences[first]] = held.get(sentences[first], 0) + 1
    full = {sentences[first]: first for _id, (first, _last) in spans if held[sentences[first]] >= CROWDED}
    spans = [(cid, span) for cid, span in spans if sentences[span[0]] in full]
    # A sentence with no past form claims habits, it tells no deed ("I go the extra mile with
    # thoughtful touches, I listen first, I know our policies… and I always follow up"): on the
    # dev split no genuine answer earns five criteria in one sentence, and the terse stories
    # that come nearest are told in the past ("I listened, showed empathy, … followed up").
    # (only where the language's past forms are known: English, Swedish)
    tells_past = bool(lang.participle_endings or lang.past_endings or lang.past_forms)
    habits = {sentence for sentence, first in full.items() if tells_past
              and not any(past_form(lang, norms[k]) for k in range(*tokens.sentence_range(first)))}
    for _id, (first, last) in spans:
        low, end = tokens.clause_range(first)
        if any(norms[k] in own or verb_form(lang, norms[k]) for k in range(low, end)) and \
                not chained_claim(analysis, first, last):
            continue  # a deed told in its own clause: "I listened, showed empathy, stayed
            # respectful, rang the depot and followed up" is a terse story, not a list; a bare
            # claim chained to others is not ("then I apologise, then I explain, then I…")
        counts[sentences[first]] = counts.get(sentences[first], 0) + 1
    return habits | {s for s, n in counts.items() if n >= CROWDED}


def shaped_criteria(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[str]:
    """The criteria whose evidence stands in a list of short items (whole.list_shaped), each
    sentence judged once."""
    sentences = analysis.tokens.sentences
    lists: dict[int, bool] = {}
    for _id, (first, _last) in spans:
        if sentences[first] not in lists:
            lists[sentences[first]] = list_shaped(analysis, first)
    return {cid for cid, (first, _last) in spans if lists[sentences[first]]}


def one_word_places(analysis: Analysis) -> list[int]:
    """Where any criterion's one-word keyword stands, as a match that counts (in no order:
    `runs` sorts them)."""
    found = analysis.positions
    return [pos for tid in found.keys() & _one_word_terms(analysis.matcher)
            for pos, quality in found[tid] if quality >= MATCH_THRESHOLD]


# How many tokens a clause may hold and still be a keyword said alone ("respect", "I have empathy"),
# and how many such clauses make a sentence a list (whole.LIST_ITEMS).
_ALONE = 3


def listed(analysis: Analysis) -> bool:
    """Does a sentence of the answer hold LIST_ITEMS one-word keywords or more, of any
    criterion, each alone in its clause ("I have empathy, respect, timeliness…"), or CROWDED
    anyhow, or name the candidate CROWDED times? Only then can criteria the question does not
    ask for make the answer stuffed (score_answer)."""
    tokens = analysis.tokens
    if _chained(analysis) and told_in_first_person(analysis.matcher):
        return True  # (the candidate in CROWDED clauses of one sentence may chain claims:
        # "I would listen and I would say sorry and I would explain and…", whole.chained_claim)
    places = one_word_places(analysis)
    if len(places) < LIST_ITEMS:
        return False
    alone: dict[int, int] = {}
    held: dict[int, int] = {}
    for pos in places:
        held[tokens.sentences[pos]] = held.get(tokens.sentences[pos], 0) + 1
    if max(held.values()) >= CROWDED and told_in_first_person(analysis.matcher):
        return True  # (one sentence naming CROWDED keywords: "I always deliver empathy, …")
    for pos in places:
        low, end = tokens.clause_range(pos)
        if end - low <= _ALONE:
            sentence = tokens.sentences[pos]
            alone[sentence] = alone.get(sentence, 0) + 1
    return any(count >= LIST_ITEMS for count in alone.values())


def _chained(analysis: Analysis) -> bool:
    """Does a sentence open CROWDED clauses or links with the candidate and hold CROWDED keyword
    places ("… and I would say sorry and I would explain and I would…", whole.chained_claim)?
    The candidate's words are found in C, and only a sentence with CROWDED of them is looked at
    (most answers have none)."""
    tokens = analysis.tokens
    sentences, norms, clauses = tokens.sentences, tokens.norms, tokens.clauses
    own, openers = analysis.matcher.rules.own, analysis.matcher.rules.openers
    mine = list(compress(sentences, map(own.__contains__, norms)))  # (in text order)
    checked = -1
    for i in range(len(mine) - CROWDED + 1):
        sentence = mine[i]
        if sentence == checked or mine[i + CROWDED - 1] != sentence:
            continue
        checked = sentence
        low, high = tokens.sentence_range(bisect_left(sentences, sentence))
        links = sum(1 for k in range(low, high) if norms[k] in own and (
            k == low or norms[k - 1] in openers or clauses[k - 1] != clauses[k]))
        if links >= CROWDED and sum(1 for pos in analysis.keyword_places() if low <= pos < high) >= CROWDED:
            return True
    return False


@lru_cache(maxsize=16)
def _one_word_terms(matcher: Matcher) -> frozenset[int]:
    """The terms that are a keyword on their own (one word, no small words, no negation)."""
    return frozenset(phrase.content[0] for phrases in matcher.phrases.values() for phrase in phrases
                     if len(phrase.content) == 1 and not phrase.negations and not phrase.function_words)
