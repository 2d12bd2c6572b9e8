"""Issue 16, eleventh round: the language's phrases found with less work give what they gave.

- delivery.count counts the fillers and hedges in the answer's joined words (str.count, only the
  phrases whose every word the answer holds) instead of at each place of their first word: the
  same counts as delivery._count, the code before it, on the labelled answers, every pack's
  model answers and examples, and answers made of the languages' fillers and hedges (repeated,
  back to back, at either end, holding the separator), and with phrases that overlap themselves.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from test_speed_gate import CORPUS

from coach.scoring import delivery
from coach.scoring.analysis import Analysis


def _packs() -> list[Any]:
    """The corpus's packs (each once)."""
    return list({id(pack): pack for pack, _text in CORPUS}.values())


def _delivery_texts() -> Iterator[tuple[Any, str]]:
    """The corpus, and per pack answers mixing its language's fillers and hedges with its
    answers' words and punctuation."""
    yield from CORPUS
    rng = random.Random(11)
    for pack in _packs():
        matcher = pack.rubric.matcher
        phrases = [t for t, _w in matcher.delivery.fillers + matcher.delivery.hedges]
        words = [w for p, t in CORPUS if p is pack for w in t.split()][:3000]
        for _ in range(300):
            parts = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(words)
                     for _ in range(rng.randint(0, 30))]
            if parts and rng.random() < 0.3:
                parts += [parts[-1]] * rng.randint(1, 3)  # "like like", "you know you know"
            text = "".join(p + rng.choice([" ", " ", ", ", ". ", " - "]) for p in parts)
            if rng.random() < 0.05:
                text += "\0 um"  # the separator in the text: counted word by word
            yield pack, text


def _analyses() -> Iterator[Analysis]:
    for pack, text in _delivery_texts():
        yield pack.rubric.matcher.analyse(text)


def test_fillers_and_hedges_count_as_word_by_word() -> None:
    counted = 0
    for analysis in _analyses():
        found = analysis.matcher.delivery
        for items in (found.fillers, found.hedges):
            fast = delivery.count(analysis, items)
            analysis.delivery_words = None
            assert fast == delivery._count(analysis, items), analysis.tokens.text
            counted += sum(c.count for c in fast)
    assert counted > 2_000


def test_phrases_that_overlap_themselves_count_every_place() -> None:
    # (A phrase whose first word starts no filler, hedge or STAR cue, "ha ha", is never found.)
    items = (("so so", ("so", "so")), ("so", ("so",)), ("i i i", ("i", "i", "i")),
             ("um", ("um",)), ("you know", ("you", "know")), ("like", ("like",)), ("", ()),
             ("ha ha", ("ha", "ha")), ("i so i", ("i", "so", "i")))
    matcher = _packs()[0].rubric.matcher
    found = matcher.delivery
    plan = delivery._plan(items, found.ambiguous, found.firsts)
    assert [entry[3] for entry in plan[2]] == [delivery._OVERLAPS, delivery._COUNTED,
                                               delivery._OVERLAPS, delivery._COUNTED,
                                               delivery._COUNTED, delivery._LIKE,
                                               delivery._OVERLAPS]
    rng = random.Random(5)
    for _ in range(2000):
        text = " ".join(rng.choice(["ha", "so", "i", "um", "you", "know", "like", "was", "so"])
                        for _ in range(rng.randint(0, 12)))
        analysis = matcher.analyse(text)
        fast = delivery.count(analysis, items)
        analysis.delivery_words = None
        assert fast == delivery._count(analysis, items), text
