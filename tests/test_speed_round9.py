"""Issue 16, ninth round: code rewritten to do less gives what the code before it gave, on the
stuffing gate's corpus (the labelled answers, every pack's model answers and examples, keyword
lists) and mixes of them:

- cover.named_bound (the anchor found while the sentences are intersected, every anchor place
  counted at once when all its sentences hold every word);
- Analysis._negated_at, which returns None at once for a match with no negation word in its
  clause up to its end and no cue after it that negates from behind;
- judge.sequence_hits, with the language's collocations keyed on a word that is not a function
  or stop word where they hold one (fewer places of an answer are tried).
"""

from __future__ import annotations

import random
from typing import Any

from test_speed_gate import CORPUS

from coach.scoring import cover, judge, markers
from coach.scoring.analysis import Analysis
from coach.scoring.cues import is_negation
from coach.scoring.matcher import Matcher
from coach.scoring.negation import negating_cue


def reference_bound(analysis: Analysis) -> int | None:
    """cover.named_bound as it was before the ninth round."""
    plan = cover._cover_plan(analysis.matcher)
    if plan is None:
        return None
    norms = analysis.tokens.norms
    positions, present = analysis.positions, analysis.present
    sentences = analysis.tokens.sentences
    starts: dict[str, set[int]] = {}
    masks: dict[int, int] = {}
    negations = [(pos, 0.0) for pos in analysis.negations]
    bound = 0
    for tid in plan.keys() & positions.keys():
        bare, worded, longer = plan[tid]
        if bare:
            places = [pos for pos, _quality in positions[tid]]
            for owner in bare:
                starts.setdefault(owner, set()).update(places)
        for owner, function in worded:
            found = starts.setdefault(owner, set())
            for pos, _quality in positions[tid]:
                while pos > 0 and norms[pos - 1] in function and sentences[pos - 1] == sentences[pos]:
                    pos -= 1
                found.add(pos)
        for terms, keys in longer:
            if not terms <= present:
                continue
            common = -1
            for key in keys:
                mask = masks.get(key)
                if mask is None:
                    mask = 0
                    for pos, _quality in negations if key < 0 else positions[key]:
                        mask |= 1 << sentences[pos]
                    masks[key] = mask
                common &= mask
                if not common:
                    break
            if common:
                anchor = min([negations if key < 0 else positions[key] for key in keys], key=len)
                bound += sum(1 for pos, _quality in anchor if common >> sentences[pos] & 1)
    return bound + sum(map(len, starts.values()))


def test_named_bound_is_the_bound_the_code_before_gave() -> None:
    rng = random.Random(9)
    texts = list(CORPUS)
    for _ in range(600):  # sentences of two answers of one pack, shuffled together
        pack, one = rng.choice(CORPUS)
        other = rng.choice([t for p, t in CORPUS[:400] if p is pack] or [one])
        parts = (one + " " + other).split(". ")
        rng.shuffle(parts)
        texts.append((pack, ". ".join(parts)))
    differs = 0
    for pack, text in texts:
        analysis = pack.rubric.matcher.analyse(text)
        bound = cover.named_bound(analysis)
        assert bound == reference_bound(analysis), text
        differs += bool(bound)
    assert differs > 500


def reference_negated_at(analysis: Analysis, words: tuple[str, ...], first: int, last: int,
                         chosen: list[tuple[int, float]]) -> int | None:
    """Analysis._negated_at as it was before the ninth round."""
    lang, norms = analysis.language, analysis.tokens.norms
    own = {p for p, _ in chosen}
    endings = {p for p in own if is_negation(norms[p], lang)}
    if endings and not any(is_negation(w, lang) for w in words):
        own -= endings
    return negating_cue(analysis, first, last, own)


def test_negated_at_is_what_the_code_before_found() -> None:
    negated = checked = 0
    for pack, text in CORPUS:
        analysis = pack.rubric.matcher.analyse(text)
        for phrases in [*analysis.matcher.phrases.values(), analysis.matcher.flags]:
            for phrase in phrases:
                if not analysis.possible(phrase):
                    continue
                for _strength, first, last, chosen in analysis._places(phrase):
                    found = analysis._negated_at(phrase, first, last, chosen)
                    assert found == reference_negated_at(analysis, phrase.words, first, last, chosen), text
                    checked += 1
                    negated += found is not None
    assert checked > 5_000 and negated > 300, (checked, negated)


def _old_keyed_rules(matcher: Matcher) -> judge.LanguageRules:
    """The matcher's language rules with collocations keyed on their longest word, as before the
    ninth round (now a function or stop word is the key only when the pattern has no other)."""
    real = judge._by_longest_word

    def longest(entries: Any, common: frozenset[str] = frozenset()) -> Any:
        return real(entries)

    judge._by_longest_word = longest  # type: ignore[assignment]
    try:
        return judge.compile_rules(matcher.language)
    finally:
        judge._by_longest_word = real  # type: ignore[assignment]


def reference_sequence_hits(analysis: Analysis, index: judge.Sequences) -> dict[str, list[tuple[str, int, int]]]:
    """sequence_hits over an index keyed as before (every place of every key word tried)."""
    norms, stem_of, sentences = analysis.tokens.norms, analysis.stem_of, analysis.tokens.sentences
    n = len(norms)
    found: dict[str, list[tuple[str, int, int]]] = {owner: [] for owner in judge.SEQUENCE_OWNERS}
    for i in [i for i, norm in enumerate(norms) if stem_of[norm] in index]:
        entries = judge.near(index[stem_of[norms[i]]], stem_of[norms[i - 1]] if i > 0 else None,
                              stem_of[norms[i + 1]] if i + 1 < n else None)
        for (owner, text, pattern), at in entries:
            first = i - at
            last = first + len(pattern) - 1
            if first < 0 or last >= n or sentences[first] != sentences[last]:
                continue
            if all((judge.is_cue(analysis, first + k) if item is None else stem_of[norms[first + k]] == item)
                   for k, item in enumerate(pattern)):
                if owner not in ("@sense", "@frame") and judge.negation_of(analysis, first, last) is not None:
                    continue
                found[owner].append((text, first, last))
    for hits in found.values():
        hits.sort(key=lambda hit: (hit[1], -hit[2]))
    return found


def _by_place(found: dict[str, list[tuple[str, int, int]]]) -> dict[str, list[tuple[str, int, int]]]:
    """Each owner's hits in text order, the longer first, and phrases of one span by text."""
    return {owner: sorted(hits, key=lambda hit: (hit[1], -hit[2], hit[0])) for owner, hits in found.items()}


def test_collocations_keyed_on_a_rarer_word_are_found_where_they_were() -> None:
    old_index = {id(pack.rubric.matcher): _old_keyed_rules(pack.rubric.matcher).sequences
                 for pack, _text in CORPUS}
    hits = 0
    rng = random.Random(4)
    texts = list(CORPUS)
    for _ in range(300):  # sentences of the corpus, shuffled together
        pack, one = rng.choice(CORPUS)
        parts = (one + ". " + rng.choice(CORPUS)[1]).split(". ")
        rng.shuffle(parts)
        texts.append((pack, ". ".join(parts)))
    for pack, text in texts:
        analysis = pack.rubric.matcher.analyse(text)
        found = judge.sequence_hits(analysis)
        # Phrases of one span ("sorts itself out", "sort itself out") come in the order of the
        # index each was keyed in: compared in one order.
        assert _by_place(found) == _by_place(
            reference_sequence_hits(analysis, old_index[id(pack.rubric.matcher)])), text
        hits += sum(map(len, found.values()))
    assert hits > 300


def reference_idiom_spans(analysis: Analysis, index: Any) -> list[tuple[int, int, str]]:
    """markers.idiom_spans with its candidates found at every place of the old index's keys (the
    analysis is changed to read that index: use a fresh one)."""
    rules = analysis.matcher.rules
    old_rules = judge.LanguageRules(**{**{f: getattr(rules, f) for f in rules.__slots__}, "idiom_index": index})

    class StandIn:
        pass

    matcher = StandIn()
    matcher.rules = old_rules  # type: ignore[attr-defined]
    analysis.idiom_keys = [i for i, norm in enumerate(analysis.tokens.norms) if norm in index]
    analysis.matcher = matcher  # type: ignore[assignment]
    return markers.idiom_spans(analysis)


def test_idioms_keyed_on_a_rarer_word_are_found_where_they_were() -> None:
    old = {id(pack.rubric.matcher): _old_keyed_rules(pack.rubric.matcher).idiom_index for pack, _t in CORPUS}
    assert any(index.keys() != matcher.rules.idiom_index.keys()
               for matcher, index in [(p.rubric.matcher, old[id(p.rubric.matcher)]) for p, _t in CORPUS[:1]])
    found = 0
    for pack, text in CORPUS:
        matcher = pack.rubric.matcher
        spans = markers.idiom_spans(matcher.analyse(text))
        assert spans == reference_idiom_spans(matcher.analyse(text), old[id(matcher)]), text
        found += len(spans)
    assert found > 100
