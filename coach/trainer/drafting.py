"""Drafting a rubric from model answers: questions in, a starter pack out.

For each question, the key terms of its model answer become criteria (coach.trainer.terms):
content words that are not stop words and not already in the question, ranked by how central
they are (how often the answer uses them, how specific they are to this question among all
the input's answers), and adjacent key terms that recur together become multi-word phrases.
Weights follow centrality; a model answer in paragraphs or a list makes a question in parts
(coach.trainer.parts); graded sample answers fit `require` (coach.trainer.fitting). The
trainer then edits the draft; `coach packs validate` and `coach packs test` check it.

Pure: drafting never prints; problems raise CoachError.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from coach.errors import CoachError
from coach.lang import get_language
from coach.records import record
from coach.tokens import tokenize

from .emit import pack_yaml
from .fitting import Fit, fit_require
from .parts import asked_share, in_parts, with_require
from .reading import DraftItem, GradedAnswer
from .scorer import scoring_rubric
from .settings import DraftSettings
from .terms import criterion_id, key_terms, keywords


def draft_pack(items: list[DraftItem], pack_id: str, language: str, *, title: str | None = None,
               settings: DraftSettings | None = None) -> dict[str, Any]:
    """The drafted pack as plain data (the shape of a pack YAML file)."""
    settings = settings or DraftSettings()
    lang = get_language(language)
    stop = lang.function_words | lang.stop_words | lang.grader_words | lang.negation_cues
    analysed = [key_terms(item, lang, stop, settings) for item in items]
    df: Counter[str] = Counter()
    for terms, _phrases in analysed:
        df.update(terms.keys())
    n = len(items)
    criteria: dict[str, Any] = {}
    questions: list[dict[str, Any]] = []
    for item, (terms, phrases) in zip(items, analysed, strict=True):
        asked = tokenize(item.question).norms
        avoid = set(asked) | {lang.stem(w) for w in asked}
        for term in terms.values():
            idf = math.log((n + 1) / (df[term.stem] + 0.5)) + 1.0
            position = 1.0 + 0.3 / (1 + term.first / 20)
            term.score = (1.0 + math.log(term.count)) * idf * position
        ranked = sorted(terms.values(), key=lambda t: (-t.score, t.first))
        limit = max(1, min(settings.max_criteria, math.ceil(settings.share * len(ranked))))
        chosen = ranked[:limit]
        if not chosen:
            continue
        top, low = chosen[0].score, chosen[-1].score
        ids: list[str] = []
        for term in chosen:
            cid = criterion_id(item.id, term, criteria)
            listed = term.keywords or keywords(term, phrases, item.model_answer, lang,
                                               settings.alternatives, avoid)
            # 1 to max_weight by centrality within the question; all 1 when nothing stands out.
            spread = (term.score - low) / (top - low) if top - low > 1e-9 else 0.0
            top_weight = settings.max_weight if settings.weighted else 1
            # In weight_step steps: finer weights leave fewer tied scores between answers.
            step = settings.weight_step or 1.0
            weight = round(1 + round((top_weight - 1) * spread / step) * step, 2)
            criteria[cid] = {
                "label": term.forms[0],
                "keywords": listed,
                "weight": max(1, min(top_weight, weight)),
                "tip": f"Mention {term.forms[0]!r}: the model answer relies on it.",
            }
            ids.append(cid)
        share = asked_share(item.question, item.model_answer, lang)
        scale = share ** settings.choice_power if share else 1.0
        require = max(1, min(len(ids), round(scale * settings.require_share
                                             * len(ids) ** settings.require_power)))
        questions.append({
            "id": item.id, "prompt": item.question, "criteria": ids,
            **({"require": require} if require < len(ids) else {}),
            "model_answer": item.model_answer,
            "examples": [{"answer": item.model_answer, "earns": ids, "min_score": 100,
                          "note": "the model answer itself earns every drafted criterion"}],
        })
    _drop_unearned(criteria, questions, language)
    for index, question in enumerate(questions):
        questions[index] = in_parts(question, criteria, lang)
    if not questions:
        raise CoachError("no key terms found in any model answer: nothing to draft")
    return {
        "pack": pack_id,
        "title": title or pack_id.replace("-", " ").capitalize(),
        "language": language,
        "description": "Drafted by `coach packs draft` from model answers; review every criterion.",
        "criteria": criteria,
        "questions": questions,
    }


def _drop_unearned(criteria: dict[str, Any], questions: list[dict[str, Any]], language: str) -> None:
    """Drop criteria that the model answer itself does not earn (the engine reads it negated or
    apart), so that the drafted example agrees with the engine, and questions left with none."""
    from coach.scoring import detect

    if not questions:
        return
    pack = scoring_rubric({"pack": "draft", "title": "draft", "language": language,
                         "criteria": criteria, "questions": questions})
    for question in list(questions):
        # A model answer is a reference, not a candidate: no stuffing rule for it.
        earned = detect(pack, question["model_answer"], question["criteria"], stuffing=False)
        kept = [cid for cid in question["criteria"] if earned[cid].earned]
        for cid in question["criteria"]:
            if cid not in kept:
                del criteria[cid]
        if not kept:
            questions.remove(question)
            continue
        require = min(question.get("require") or len(question["criteria"]), len(kept))
        rebuilt = {**question, "criteria": kept,
                   "examples": [{**question["examples"][0], "earns": kept}]}
        questions[questions.index(question)] = with_require(rebuilt, require)



@record(slots=True)
class Draft:
    """A drafted pack as YAML text, with how its `require` values were fitted (if at all)."""

    text: str
    fits: list[Fit]


def draft(items: list[DraftItem], pack_id: str, language: str, *, title: str | None = None,
          source: str = "model answers", settings: DraftSettings | None = None,
          graded: dict[str, list[GradedAnswer]] | None = None) -> Draft:
    """Draft a pack from model answers and, given graders' scores of sample answers, fit each
    question's `require` to them; the result as commented YAML."""
    data = draft_pack(items, pack_id, language, title=title, settings=settings)
    fits = fit_require(data, graded) if graded else []
    return Draft(pack_yaml(data, source, fits), fits)
