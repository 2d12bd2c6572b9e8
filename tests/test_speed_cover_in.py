"""cover.covered_in finds, in the sentences asked for, exactly the places keyword_cover covers
(the stuffing rule uses it instead of the whole cover for the sentences of the evidence left to
judge), on the labelled answers, the packs' own texts and lists of their keywords."""

from __future__ import annotations

import random

from test_speed_gate import CORPUS

from coach.scoring import cover


def test_covered_in_is_the_cover_within_the_sentences() -> None:
    rng = random.Random(7)
    compared = nonempty = 0
    for pack, text in CORPUS:
        analysis = pack.rubric.matcher.analyse(text)
        count = max(analysis.tokens.sentences, default=-1) + 1
        whole = cover.keyword_cover(analysis)
        covered = whole.covered if whole is not None else frozenset()
        of = analysis.tokens.sentences
        # every sentence on its own, and a few random sets of them
        asked = [{s} for s in range(count)] + [set(rng.sample(range(count), rng.randint(1, count)))
                                              for _ in range(3) if count]
        for sentences in asked:
            # (a fresh Analysis: covered_in must not lean on phrases keyword_cover placed)
            fresh = pack.rubric.matcher.analyse(text)
            found = cover.covered_in(fresh, sentences)
            assert found == {i for i in covered if of[i] in sentences}, (text, sentences)
            compared += 1
            nonempty += bool(found)
    assert compared > 2000 and nonempty > 300, (compared, nonempty)
