"""The template sign's first question (templates._may_repeat: could any frame around the evidence be
said TEMPLATE_TIMES times, counted in the answer's joined words?) changes no result of
templates.templated: compared with templated asking nothing first, on the labelled answers, the
packs' own texts, lists of their keywords and templates said over and over."""

from __future__ import annotations

import random

import pytest
from test_speed_gate import CORPUS

from coach.scoring import stuffing, templates


def _cases() -> list[tuple[object, str]]:
    rng = random.Random(3)
    cases = list(CORPUS)
    for pack, _text in CORPUS[:: max(1, len(CORPUS) // 12)]:
        # (one-word keywords: the places templated is given here are theirs)
        keywords = [k for c in pack.criteria.values() for k in c.keywords if " " not in k]
        for frame in ("{} is important.", "I believe in {}.", "My strength is {}.", "very very {} here."):
            for times in (3, 4):  # (three: right at the line)
                cases.append((pack, " ".join(frame.format(k) for k in rng.sample(keywords, times))))
        # counted through, the middle word changing; one keyword said over and over (frames
        # whose places overlap)
        picked = rng.sample(keywords, 3)
        cases.append((pack, " ".join(f"My {n} strength: {k}." for n, k in zip(("first", "second", "third"),
                                                                              picked, strict=True))))
        cases.append((pack, "It was " + f"{picked[0]}, " * 5 + "always."))
    return cases


def test_asking_first_changes_no_template(monkeypatch: pytest.MonkeyPatch) -> None:
    found = compared = 0
    for pack, text in _cases():
        analysis = pack.rubric.matcher.analyse(text)  # type: ignore[attr-defined]
        places = templates.runs(stuffing.one_word_places(analysis))
        each = [(pos, pos) for pos in sorted(set(stuffing.one_word_places(analysis)))]
        for spans in (places, places[::2], places[1::3], each):
            def others(a=analysis):  # (the stuffing rule's "other keywords")
                return templates.runs(stuffing.one_word_places(a))
            fast = templates.templated(analysis, spans, others)
            with monkeypatch.context() as patched:
                patched.setattr(templates, "_may_repeat", lambda *_args: True)
                slow = templates.templated(analysis, spans, others)
            assert fast == slow, (text, spans)
            compared += 1
            found += bool(slow)
    assert compared > 1_000 and found > 10, (compared, found)
