"""The keyword-stuffing gate (coach.scoring.cover.may_be_stuffed) is exact: it decides "not
stuffed" without placing a phrase only when placing every phrase would say so, on every answer,
including answers right at the density line."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from coach.packs import load_pack, load_pack_text
from coach.scoring import cover, detect, score_answer
from coach.scoring.analysis import Analysis
from coach.scoring.strength import MATCH_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
PACKS = {"customer-service": ROOT / "questions" / "customer-service.yaml",
         "customer-service-sv": ROOT / "questions" / "customer-service-sv.yaml",
         "customer-service-te": ROOT / "questions" / "customer-service-te.yaml",
         "hospitality": ROOT / "bench" / "data" / "packs" / "hospitality.yaml"}


def exact_named(analysis: Analysis) -> int:
    """keyword_cover's `named` with every phrase placed (none of its shortcuts)."""
    return sum(len({m.first for p in phrases if analysis.possible(p)
                    for m in analysis.find(p, negation=False) if m.strength >= MATCH_THRESHOLD})
               for phrases in analysis.matcher.phrases.values())


def corpus() -> list[tuple[Any, str]]:
    """(pack, answer): the labelled answers, the packs' model answers and examples, and lists of
    the packs' keywords (stuffed and not) with and without other words between them."""
    rng = random.Random(16)
    found: list[tuple[Any, str]] = []
    packs = {pid: load_pack(path) for pid, path in PACKS.items()}
    for path in sorted((ROOT / "bench" / "data").glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(packs[raw["pack"]], a["answer"]) for a in raw["answers"]]
    for pack in packs.values():
        found += [(pack, t) for q in pack.questions
                  for t in (q.model_answer, *(e.answer for e in q.examples)) if t]
        keywords = [k for c in pack.criteria.values() for k in c.keywords]
        words = " ".join(q.model_answer or q.prompt for q in pack.questions).split()
        for _ in range(40):
            picked = rng.sample(keywords, rng.randint(3, min(40, len(keywords))))
            filler = [" ".join(rng.sample(words, rng.randint(0, 4))) for _ in picked]
            sep = rng.choice([". ", ", ", " and ", ". I am ", ". I "])
            found.append((pack, sep.join(f"{k} {f}".strip() for k, f in zip(picked, filler, strict=True))))
    return found


CORPUS = corpus()


def test_the_bound_is_never_below_the_places_counted() -> None:
    stuffed = skipped = 0
    for pack, text in CORPUS:
        analysis = pack.rubric.matcher.analyse(text)
        bound = cover.named_bound(analysis)
        assert bound is not None
        assert exact_named(analysis) <= bound, text
        found = cover.keyword_cover(analysis)
        if found is not None and found.stuffed():
            stuffed += 1
            assert cover.may_be_stuffed(analysis), text
        skipped += not cover.may_be_stuffed(analysis)
    # The corpus holds stuffed answers, and answers the gate decides (or the test proves nothing).
    assert stuffed >= 50 and skipped >= 300, (stuffed, skipped)


LINES_PACK = """\
pack: lines
title: Lines
language: en
criteria:
  c1: {label: One, keywords: [quartz lantern]}
  c2: {label: Two, keywords: [velvet harbour]}
  c3: {label: Three, keywords: [copper meadow]}
  c4: {label: Four, keywords: [silver orchard]}
  c5: {label: Five, keywords: [amber glacier]}
  c6: {label: Six, keywords: [cobalt prairie]}
  c7: {label: Seven, keywords: [scarlet tundra, "no delay"]}
  c8: {label: Eight, keywords: [ivory, the ivory, emerald lagoon]}
questions:
  - id: q
    prompt: Describe the landscape.
"""
# Eight criteria named ten times ("The ivory." starts two places: "ivory" and "the ivory"), and
# words that carry meaning but name nothing: with 8 of them the answer is at the line exactly.
LINES = ("Quartz lantern. Velvet harbour. Copper meadow. Silver orchard. Amber glacier. Cobalt "
         "prairie. Scarlet tundra. Emerald lagoon. The ivory.")
OTHER = "marble tables gather dust slowly beneath windows gardens bicycles rivers candles pebbles"


@pytest.mark.parametrize("negated", [False, True])
def test_an_answer_right_at_the_density_line_is_not_skipped(negated: bool) -> None:
    pack = load_pack_text(LINES_PACK)
    at_line = below = 0
    for extra in range(len(OTHER.split()) + 1):
        text = LINES + (" No delay." if negated else "") + " " + " ".join(OTHER.split()[:extra]) + "."
        analysis = pack.rubric.matcher.analyse(text)
        found = cover.keyword_cover(analysis)
        assert found is not None
        named = exact_named(analysis)
        density = Fraction(named, found.words)
        if found.stuffed():
            assert cover.may_be_stuffed(analysis), text
            at_line += density == Fraction(cover._DENSITY_FLOOR).limit_denominator(1000)
        else:
            below += not cover.may_be_stuffed(analysis)
        assert found.stuffed() == (density >= Fraction(2, 5))  # the breadth sign's line, 0.4
        assert named == cover.named_bound(analysis)  # tight here: one fewer would skip the line
    assert below >= 1
    assert at_line == (0 if negated else 1)  # 10 of 25 words (with "No delay.", 11 of 27.5: none)


def test_scores_are_the_same_with_and_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [(score_answer(pack, pack.questions[i % len(pack.questions)].id, text),
              detect(pack, text)) for i, (pack, text) in enumerate(CORPUS)]
    monkeypatch.setattr("coach.scoring.stuffing.may_be_stuffed", lambda analysis: True)
    placed = [(score_answer(pack, pack.questions[i % len(pack.questions)].id, text),
               detect(pack, text)) for i, (pack, text) in enumerate(CORPUS)]
    assert gated == placed
    assert sum(1 for s, _d in gated if s.stuffing is not None) >= 50


def test_a_template_counts_the_questions_own_evidence_with_or_without_the_gate(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting other criteria's keywords made the gate change this answer's result on a
    # question that asks for two of them; asked of one that names most of them, it is a
    # template either way.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("My first step is flexibility. My second step is respect. My third step is "
            "communication. My fourth step is realistic expectations. My fifth step is a "
            "solution. And my last step is empathy, because empathy is always the most "
            "important step.")
    questions = ("product-knowledge-upkeep", "angry-customer")
    gated = [score_answer(pack, q, text) for q in questions]
    monkeypatch.setattr("coach.scoring.stuffing.may_be_stuffed", lambda analysis: True)
    assert [score_answer(pack, q, text) for q in questions] == gated
    assert gated[1].stuffing is not None
