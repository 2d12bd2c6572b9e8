"""Scoring: (rubric, question, answer text) -> a Score. Pure: no I/O, no printing.

`score_answer`, `detect` and `explain` take a Rubric, or anything with a `.rubric` (a loaded
coach.packs.Pack), so `score_answer(pack, "question-id", text)` works as it reads.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from coach.lang import Language, get_language
from coach.text import phrase_words, safe_cut
from coach.tokens import tokenize

from . import delivery
from .cover import reference_cover
from .formula import combine, coverage, length_factor, part_result
from .relevance import asks_for_list, off_topic, topic_share
from .results import CriterionResult, RedFlagResult, Score, fit_to_expected
from .rubric import HasId, HasRubric, Rubric, rubric_of
from .strength import MATCH_THRESHOLD
from .stuffing import crowded_sentences, listed, shaped_criteria, unstuffed
from .whole import STUFFED_CAP

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
        results, _reason = unstuffed(analysis, results)
    return {r.id: r for r in results}


@lru_cache(maxsize=256)
def _reference_lists(rubric: Rubric, question: RubricQuestion) -> bool:
    """Does the question's own model answer or an example hold a crowded sentence or a list of
    short items (stuffing.crowded_sentences, whole.list_shaped)? Then neither sign judges its
    answers, as the keyword cover is judged against them (cover.reference_cover)."""
    for text in (question.model_answer, *question.examples):
        if not text:
            continue
        analysis = rubric.matcher.analyse(text)
        found = [_criterion(rubric, analysis, cid) for cid in rubric.criteria]
        spans = [(r.id, r.evidence_tokens) for r in found if r.earned and r.evidence_tokens]
        if crowded_sentences(analysis, spans) or shaped_criteria(analysis, spans):
            return True
    return False


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
    if len(ids) < len(rubric.criteria) and listed(analysis):
        # Stuffing is judged over the whole rubric: a list of its words ("Empathy, respect,
        # timeliness, reliability… I have all of these") names criteria the question does not
        # ask for, and the one it asks for is a bare keyword among them (most answers list no
        # keywords, listed, and skip this).
        asked = set(ids)
        others = [_criterion(rubric, analysis, cid) for cid in rubric.criteria if cid not in asked]
    results, stuffed = unstuffed(analysis, results + others,
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
