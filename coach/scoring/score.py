"""Scoring: (rubric, question, answer text) -> a Score. Pure: no I/O, no printing.

`score_answer`, `detect` and `explain` take a Rubric, or anything with a `.rubric` (a loaded
coach.packs.Pack), so `score_answer(pack, "question-id", text)` works as it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from coach.lang import Language, get_language
from coach.text import phrase_words, safe_cut, tokenize

from . import delivery
from .cover import Cover, covered_in, keyword_cover, may_be_stuffed, reference_cover
from .forms import verb_form
from .formula import combine, coverage, length_factor, part_result
from .results import CriterionResult, RedFlagResult, Score, SetAside, fit_to_expected
from .rubric import HasId, HasRubric, Rubric, rubric_of
from .strength import MATCH_THRESHOLD
from .templates import runs, templated
from .voice import told_in_first_person
from .whole import (
    LIST_ITEMS,
    STUFFED_CAP,
    asks_for_list,
    chained_claim,
    dense,
    hollow,
    list_shaped,
    off_topic,
    repeated,
    says_little,
    stuffing_reason,
    topic_share,
    virtue_list,
)

if TYPE_CHECKING:
    from .analysis import Analysis
    from .matcher import Matcher
    from .rubric import RubricQuestion

MAX_ANSWER_CHARS = 60_000


def capped(text: str) -> str:
    """The part of an answer that is scored: the first MAX_ANSWER_CHARS characters, never cut
    inside a grapheme cluster, so score, detect and explain all read the same text."""
    return safe_cut(text, MAX_ANSWER_CHARS) if len(text) > MAX_ANSWER_CHARS else text


def detect(source: Rubric | HasRubric, text: str, criteria: list[str] | None = None, *,
           stuffing: bool = True) -> dict[str, CriterionResult]:
    """Which criteria an answer shows, regardless of question (used by benchmarks and tools).
    `stuffing=False` skips the stuffing rule: for a reference text such as a model answer."""
    rubric = rubric_of(source)
    analysis = rubric.matcher.analyse(capped(text))
    ids = criteria or list(rubric.criteria)
    results = [_criterion(rubric, analysis, cid) for cid in ids]
    if stuffing:
        results, _reason = _unstuffed(analysis, results)
    return {r.id: r for r in results}


def _unstuffed(analysis: Analysis, results: list[CriterionResult],
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
        analysis, [span for _id, span in with_spans], lambda: runs(_one_word_places(analysis)))}
    crowded = _crowded(analysis, with_spans)
    shaped = set() if listing else _shaped(analysis, with_spans)
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
    if found is None:
        return results, None
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

    out = []
    for r in results:
        if r.id in hollows and r.evidence:
            aside = SetAside("stuffing", r.evidence.text, r.evidence.start, r.evidence.end)
            r = replace(r, earned=False, set_aside=aside, nearest=None)
        out.append(r)
    return out, reason


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
        return runs({*_one_word_places(analysis), *(i for _id, (a, b) in spans for i in range(a, b + 1))})

    return {s for s, first in twice.items() if virtue_list(analysis, first, places)}


# A sentence that holds the evidence of this many criteria or more is a list of them, however
# it is framed ("I always deliver empathy, a sincere apology, full ownership, clear
# explanations, plenty of options…"): on the dev split of bench/data every such sentence is in a
# stuffed answer, and none earns a true credit; four criteria in one real sentence do occur.
CROWDED = 5


def _crowded(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[int]:
    """The sentences holding the evidence of CROWDED criteria or more, each in a clause that
    names no doer and holds no verb form ("a sincere apology", "plenty of options"), in a rubric whose model
    answers speak as the candidate (on a knowledge rubric, or one drafted from steps, one
    sentence may name them all: "Apologise, check the order number, explain the policy…")."""
    if not told_in_first_person(analysis.matcher):
        return set()
    tokens = analysis.tokens
    sentences, norms = tokens.sentences, tokens.norms
    own, lang = analysis.matcher.rules.own, analysis.matcher.language
    counts: dict[int, int] = {}
    for _id, (first, last) in spans:
        low, end = tokens.clause_range(first)
        if any(norms[k] in own or verb_form(lang, norms[k]) for k in range(low, end)) and \
                not chained_claim(analysis, first, last):
            continue  # a deed told in its own clause: "I listened, showed empathy, stayed
            # respectful, rang the depot and followed up" is a terse story, not a list; a bare
            # claim chained to others is not ("then I apologise, then I explain, then I…")
        counts[sentences[first]] = counts.get(sentences[first], 0) + 1
    return {s for s, n in counts.items() if n >= CROWDED}


@lru_cache(maxsize=256)
def _reference_lists(rubric: Rubric, question: RubricQuestion) -> bool:
    """Does the question's own model answer or an example hold a crowded sentence or a list of
    short items (_crowded, whole.list_shaped)? Then neither sign judges its answers, as the
    keyword cover is judged against them (cover.reference_cover)."""
    for text in (question.model_answer, *question.examples):
        if not text:
            continue
        analysis = rubric.matcher.analyse(text)
        found = [_criterion(rubric, analysis, cid) for cid in rubric.criteria]
        spans = [(r.id, r.evidence_tokens) for r in found if r.earned and r.evidence_tokens]
        if _crowded(analysis, spans) or _shaped(analysis, spans):
            return True
    return False


def _shaped(analysis: Analysis, spans: list[tuple[str, tuple[int, int]]]) -> set[str]:
    """The criteria whose evidence stands in a list of short items (whole.list_shaped), each
    sentence judged once."""
    sentences = analysis.tokens.sentences
    lists: dict[int, bool] = {}
    for _id, (first, _last) in spans:
        if sentences[first] not in lists:
            lists[sentences[first]] = list_shaped(analysis, first)
    return {cid for cid, (first, _last) in spans if lists[sentences[first]]}


def _one_word_places(analysis: Analysis) -> list[int]:
    """Where any criterion's one-word keyword stands, as a match that counts (in no order:
    `runs` sorts them)."""
    found = analysis.positions
    return [pos for tid in found.keys() & _one_word_terms(analysis.matcher)
            for pos, quality in found[tid] if quality >= MATCH_THRESHOLD]


# How many tokens a clause may hold and still be a keyword said alone ("respect", "I have empathy"),
# and how many such clauses make a sentence a list (whole.LIST_ITEMS).
_ALONE = 3


def _listed(analysis: Analysis) -> bool:
    """Does a sentence of the answer hold LIST_ITEMS one-word keywords or more, of any
    criterion, each alone in its clause ("I have empathy, respect, timeliness…"), or CROWDED
    anyhow, or name the candidate CROWDED times? Only then can criteria the question does not
    ask for make the answer stuffed (score_answer)."""
    tokens = analysis.tokens
    own = analysis.matcher.rules.own
    mine = [tokens.sentences[k] for k, word in enumerate(tokens.norms) if word in own]
    if any(mine.count(s) >= CROWDED for s in set(mine)) and told_in_first_person(analysis.matcher):
        return True  # (the candidate in CROWDED clauses of one sentence may chain claims:
        # "I would listen and I would say sorry and I would explain and…", whole.chained_claim)
    places = _one_word_places(analysis)
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


@lru_cache(maxsize=16)
def _one_word_terms(matcher: Matcher) -> frozenset[int]:
    """The terms that are a keyword on their own (one word, no small words, no negation)."""
    return frozenset(phrase.content[0] for phrases in matcher.phrases.values() for phrase in phrases
                     if len(phrase.content) == 1 and not phrase.negations and not phrase.function_words)


@lru_cache(maxsize=16)
def _flag_keys(matcher: Matcher) -> tuple[dict[int, frozenset[int]], frozenset[int]]:
    """The red flags (indexes into Matcher.flag_owners) by the key terms of their phrases, and
    those with a phrase without a key term (always tried). A phrase whose key term an answer
    lacks matches nothing there (Analysis.judged skips it)."""
    by_key: dict[int, set[int]] = {}
    keyless: set[int] = set()
    for i, owner in enumerate(matcher.flag_owners):
        for phrase in matcher.owned.get(owner, []):
            if phrase.key >= 0:
                by_key.setdefault(phrase.key, set()).add(i)
            else:
                keyless.add(i)
    return {tid: frozenset(found) for tid, found in by_key.items()}, frozenset(keyless)


def _criterion(rubric: Rubric, analysis: Analysis, cid: str) -> CriterionResult:
    """One criterion's result: its strongest match that counts, else a negated or set-aside one."""
    criterion = rubric.criteria[cid]
    plain, negated, aside = analysis.judged(analysis.candidates(cid), cid)
    earned = plain is not None and plain.strength >= MATCH_THRESHOLD
    is_negated = not earned and negated is not None and negated.strength >= MATCH_THRESHOLD
    # A set-aside match is shown (with its rule) when nothing counted and nothing was negated.
    reason = aside[1] if aside is not None and not earned and not is_negated else None
    shown = plain if earned else (negated if is_negated else (aside[0] if aside and reason else None))
    nearest = None
    if not earned and not is_negated and reason is None and plain is not None:
        nearest = plain.phrase
    return CriterionResult(
        id=cid, label=criterion.label, weight=criterion.weight, earned=earned,
        negated=is_negated, keyword=shown.phrase if shown else None,
        match=round(shown.strength if shown else (plain.strength if plain else 0)),
        evidence=shown.evidence if shown else None,
        negation=shown.negation if shown and is_negated else None,
        tip=criterion.tip, nearest=nearest, set_aside=reason,
        evidence_tokens=(shown.first, shown.last) if shown else None,
    )


def score_answer(source: Rubric | HasRubric, question: str | HasId, text: str) -> Score:
    """Score one answer to one question (its id, or a question object of the same pack).
    Raises QuestionNotFound for an unknown question; never raises for any text."""
    rubric = rubric_of(source)
    q = rubric.question(question)
    matcher: Matcher = rubric.matcher
    lang = matcher.language
    truncated = len(text) > MAX_ANSWER_CHARS
    scored = capped(text)
    analysis = matcher.analyse(scored)
    ids = rubric.question_criteria(q)
    results = [_criterion(rubric, analysis, cid) for cid in ids]
    others: list[CriterionResult] = []
    if len(ids) < len(rubric.criteria) and _listed(analysis):
        # Stuffing is judged over the whole rubric: a list of its words ("Empathy, respect,
        # timeliness, reliability… I have all of these") names criteria the question does not
        # ask for, and the one it asks for is a bare keyword among them (most answers list no
        # keywords, _listed, and skip this).
        asked = set(ids)
        others = [_criterion(rubric, analysis, cid) for cid in rubric.criteria if cid not in asked]
    results, stuffed = _unstuffed(analysis, results + others,
                                  lambda: reference_cover(matcher, q), asks_for_list(q, lang),
                                  lambda: _reference_lists(rubric, q))
    results = results[: len(ids)]
    flags: list[RedFlagResult] = []
    # Only the red flags whose phrases' key words the answer holds can match (most answers
    # hold none of most flags'): the others are not tried.
    by_key, keyless = _flag_keys(matcher)
    tried = keyless.union(*map(by_key.__getitem__, by_key.keys() & analysis.positions.keys()))
    for i in sorted(tried):
        flag, owner = rubric.red_flags[i], matcher.flag_owners[i]
        plain, _ = analysis.best(analysis.candidates(owner))
        if plain is not None and plain.strength >= MATCH_THRESHOLD:
            flags.append(RedFlagResult(flag.phrase, flag.why, flag.penalty, plain.evidence))
    earned_ids = {r.id for r in results if r.earned}
    parts = [part_result(label, criteria, rubric, earned_ids, require)
             for label, criteria, require in rubric.question_parts(q)]
    penalty = sum(f.penalty for f in flags)
    words = len(analysis.tokens)
    empty = words == 0
    min_words = rubric.min_words(q)
    factor = length_factor(words, min_words)
    total = 0 if empty else combine(coverage(parts), penalty, factor)
    if stuffed is not None:
        total = min(total, STUFFED_CAP)
    share = topic_share(analysis.content_stems(), matcher.topic(q))
    strays = off_topic(share, bool(earned_ids))
    length, advice = fit_to_expected(*_length_verdict(words, lang), words, min_words)
    behavioural = q.behavioural if q.behavioural is not None else is_behavioural(q.prompt, lang)
    notes: list[str] = []
    if empty:
        notes.append("The answer is empty: nothing to score.")
    if factor < 1.0 and not empty:
        notes.append(f"Scored for length: {words} of the {min_words} words this question expects, "
                     f"so the score is {factor:.0%} of what the keywords earned.")
    if truncated:
        notes.append(f"Only the first {MAX_ANSWER_CHARS:,} of {len(text):,} characters were scored.")
    if stuffed is not None:
        notes.append(f"Capped at {STUFFED_CAP}: {stuffed}.")
    if strays:
        notes.append("This may not answer the question: it shares few words with the question, "
                     "its model answer or its examples"
                     + (", and earns no criterion." if not earned_ids else "."))
    return Score(
        pack=rubric.id, question=q.id, score=total,
        earned_weight=sum(p.earned_weight for p in parts),
        needed_weight=sum(p.needed_weight for p in parts), penalty=penalty, criteria=results,
        red_flags=flags, words=words,
        length=length, length_advice=advice,
        fillers=delivery.fillers(analysis),
        hedges=delivery.hedges(analysis),
        star=delivery.star(analysis) if behavioural else None,
        truncated=truncated, scored_chars=len(scored), empty=empty, notes=notes,
        length_factor=round(factor, 4), min_words=min_words,
        parts=parts if q.parts else [],
        stuffing=stuffed, off_topic=strays,
        topic_share=None if share is None else round(share, 3),
    )



def explain(source: Rubric | HasRubric, question: str | HasId, text: str) -> list[dict[str, Any]]:
    """For every keyword phrase of the question's criteria: its best match and strength."""
    rubric = rubric_of(source)
    q = rubric.question(question)
    matcher = rubric.matcher
    analysis = matcher.analyse(capped(text))
    rows: list[dict[str, Any]] = []
    for cid in rubric.question_criteria(q):
        for phrase in matcher.phrases[cid]:
            plain, negated, aside = analysis.judged([phrase], cid)
            top = plain or negated or (aside[0] if aside else None)
            reason = aside[1] if aside is not None and top is aside[0] else None
            rows.append({
                "criterion": cid, "phrase": phrase.text,
                "strength": top.strength if top else 0,
                "negated": top is not None and top.negated_at is not None,
                "evidence": asdict(top.evidence) if top else None,
                "set_aside": reason.to_dict() if reason else None,
            })
    return rows


def is_behavioural(prompt: str, lang: Language) -> bool:
    """Does a prompt ask for a past example ("Tell me about a time…"), so STAR applies?"""
    return _behavioural(prompt, lang.code)


@lru_cache(maxsize=4096)
def _behavioural(prompt: str, code: str) -> bool:
    # Cached: the same few prompts are asked of every answer in a batch.
    lang = get_language(code)
    lowered = " ".join(tokenize(prompt).norms)
    return any(" ".join(phrase_words(p)) in lowered for p in lang.behavioural_prompts)


def _length_verdict(words: int, lang: Language) -> tuple[str, str]:
    too_short, ideal_from, ideal_to, long_above = lang.length_words
    if words == 0:
        return "empty", "Write an answer to get feedback."
    if words < too_short:
        return "very short", f"Aim for {ideal_from}-{ideal_to} words (one to two minutes spoken)."
    if words < ideal_from:
        return "short", f"Add a concrete example; {ideal_from}-{ideal_to} words is typical."
    if words <= ideal_to:
        return "good", "A good length for a spoken answer."
    if words <= long_above:
        return "long", "Slightly long; tighten it to keep the interviewer with you."
    return "too long", f"Cut it down toward {ideal_to} words; long answers ramble."
