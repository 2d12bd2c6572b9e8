"""Issue 16, thirteenth round: the language's collocations (judge.sequence_hits) found a
sentence at a time, for the sentences the judgement rules ask about, give exactly what the
whole answer's hits filtered to those sentences give, in the same order; on the stuffing
gate's corpus (labelled answers, every pack's model answers and examples) and mixes of them.
"""

from __future__ import annotations

import random

from test_speed_gate import CORPUS

from coach.scoring.analysis import Analysis
from coach.scoring.judge import SEQUENCE_OWNERS

OWNERS = ("@sense", "@frame", "@customer", "@hearsay", "@deflect", "@handoff", "@refusal", "@below")


def texts() -> list[tuple[object, str]]:
    rng = random.Random(13)
    mixed = list(CORPUS)
    for _ in range(300):
        pack, one = rng.choice(CORPUS)
        parts = (one + ". " + rng.choice(CORPUS)[1]).split(". ")
        rng.shuffle(parts)
        mixed.append((pack, ". ".join(parts)))
    return mixed


def whole(analysis: Analysis, owner: str) -> list[tuple[str, int, int]]:
    """Every hit of the owner in the answer, found in one pass (a fresh analysis's context)."""
    return analysis.context(owner)


def test_the_owners_are_the_sequence_owners() -> None:
    assert set(OWNERS) == set(SEQUENCE_OWNERS)


def test_hits_found_a_sentence_at_a_time_are_the_whole_answers() -> None:
    hits = 0
    for pack, text in texts():
        matcher = pack.rubric.matcher  # type: ignore[attr-defined]
        reference = matcher.analyse(text)
        lazy = matcher.analyse(text)  # asked a sentence or a clause at a time, in a random order
        sentences, clauses = reference.tokens.sentences, reference.tokens.clauses
        last = sentences[-1] if sentences else 0
        rng = random.Random(text)
        for owner in rng.sample(OWNERS, len(OWNERS)):
            every = whole(reference, owner)
            hits += len(every)
            for low in rng.sample(range(-1, last + 2), last + 3):
                high = low + rng.choice((0, 0, 1, 2))
                expected = [h for h in every if low <= sentences[h[1]] <= high]
                assert list(lazy.contexts_in_sentences(owner, low, high)) == expected, (text, owner, low)
            for clause in sorted(set(clauses)):
                expected_hit = next((h for h in every if clauses[h[1]] == clause or
                                     clauses[h[2]] == clause), None)
                assert lazy.context_in_clause(owner, clause) == expected_hit, (text, owner, clause)
        # Once the whole answer's hits are asked for, they are the one-pass hits.
        for owner in OWNERS:
            assert lazy.context(owner) == whole(reference, owner)
    assert hits > 200


def test_a_clause_without_words_holds_no_hit() -> None:
    pack, _text = CORPUS[0]
    analysis = pack.rubric.matcher.analyse("It's not my department. , . I'd pass it to my manager.")  # type: ignore[attr-defined]
    tokens = analysis.tokens
    empty = [c for c in range(len(tokens._bounds)) if c not in set(tokens.clauses)]
    assert empty
    for clause in empty:
        for owner in OWNERS:
            assert analysis.context_in_clause(owner, clause) is None
    assert analysis.context_in_clause("@deflect", tokens.clauses[0]) is not None
