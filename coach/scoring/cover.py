"""How much of an answer is the rubric's keywords (Cover), for the keyword-stuffing rule of
coach.scoring.whole: the share of its words that carry meaning in keyword matches, how densely
it names them, and how many criteria; with an exact gate that decides most answers cannot be
stuffed before any phrase is placed. Every line is chosen on the dev split of bench/data.
Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from coach.records import record

from .strength import MATCH_THRESHOLD

if TYPE_CHECKING:
    from .analysis import Analysis
    from .matcher import Matcher
    from .rubric import RubricQuestion

# An answer is stuffed when it is made of the rubric's keywords: at least KEYWORD_SHARE
# of its words that carry meaning stand in matches of the rubric's keyword phrases (any
# criterion's), and it names a keyword at least every 1/KEYWORD_LIST such words (a list: "I
# am calm. I am polite. I am patient. I apologise. I follow up…"), or every 1/KEYWORD_DENSITY
# words while naming each criterion KEYWORD_REPEAT times on average (the same words over and
# over), with at least KEYWORD_MIN words that carry meaning. No one line is enough: a terse
# genuine answer ("I listened, put myself in their shoes… fixed it right away, kept them
# informed and followed up a week later") is 88% keywords at one every two words (density
# 0.56) but names each criterion once or twice; a Telugu example covers 76% at density 0.47.
# On the dev splits of bench/data (en, sv, te, hospitality), the bundled packs' examples and
# the tests' answers, every answer past the lines is stuffing, and the densest genuine one is
# at 0.56.
KEYWORD_SHARE = 0.7
# Or it names the keywords of more criteria than a real answer does: at least KEYWORD_BREADTH
# criteria, with at least BREADTH_SHARE of its words that carry meaning in keyword matches and
# a keyword every 1/BREADTH_DENSITY such words ("I bring empathy, respect and timeliness … my
# communication is clear, my product knowledge is strong …"). On the dev splits and the
# bundled packs' model answers and examples, the genuine answers that name 6 criteria or more
# are at most 48% keywords (density 0.40; 7 or more: 43%, 0.35); such lists name 6 or more
# ("I am empathetic. I am respectful. I am timely…"; a checklist said as one run-on sentence,
# "I show empathy, I stay calm and respectful, I listen actively, I apologise, I resolve the
# problem quickly…", 7; a formula, "Good service = empathy + respect + timeliness + …", 6).
KEYWORD_BREADTH = 6
BREADTH_SHARE = 0.5
BREADTH_DENSITY = 0.4
KEYWORD_LIST = 0.65
KEYWORD_DENSITY = 0.55
KEYWORD_REPEAT = 2.5
KEYWORD_MIN = 12
# Or it harps on a few keywords: each criterion it names named in KEYWORD_HARP places or more
# on average, with at least HARP_SHARE of its words that carry meaning in keyword matches and
# a keyword every 1/HARP_DENSITY such words ("I show empathy. I show empathy by being
# empathetic … because empathy is the most important thing"). On the dev splits and the
# bundled packs, the genuine answers that name a criterion 3+ times on average are at most
# 50% keywords (a model answer that says "remember" four times: 28%).
KEYWORD_HARP = 3.0
HARP_SHARE = 0.55
HARP_DENSITY = 0.45
# A question's own model answer and examples are genuine by definition: an answer is stuffed
# only when it is more keyword than they are by REFERENCE_MARGIN, in share and density. A pack
# drafted from its model answers (coach packs draft) has phrases that cover those answers
# almost whole, so an answer that follows the model answer closely is not stuffing there.
REFERENCE_MARGIN = 0.1


@record(slots=True)
class Cover:
    """How much of an answer is the rubric's keywords (see KEYWORD_SHARE): the share of its
    words that carry meaning in keyword matches, keywords named per such word, places per
    criterion named, and the covered positions."""

    share: float = 0.0
    density: float = 0.0
    repeat: float = 0.0
    covered: frozenset[int] = frozenset()
    criteria: int = 0  # how many criteria's keywords it names
    words: int = 0  # its words that carry meaning

    def stuffed(self, reference: Cover | None = None) -> bool:
        """Past the lines of either sign, and past the question's own reference answers' share
        and density by REFERENCE_MARGIN?"""
        ref = reference or Cover()
        if self.share < ref.share + REFERENCE_MARGIN or self.density < ref.density + REFERENCE_MARGIN:
            return False
        return self.listed() or self.broad()

    def listed(self) -> bool:
        """Made of the rubric's keywords, said one after another or over and over?"""
        return (self.share >= KEYWORD_SHARE and (
            self.density >= KEYWORD_LIST or
            (self.density >= KEYWORD_DENSITY and self.repeat >= KEYWORD_REPEAT))) or \
            (self.share >= HARP_SHARE and self.density >= HARP_DENSITY and self.repeat >= KEYWORD_HARP)

    def broad(self) -> bool:
        """Naming more criteria than a real answer does, densely?"""
        return self.criteria >= KEYWORD_BREADTH and self.share >= BREADTH_SHARE and \
            self.density >= BREADTH_DENSITY


def keyword_cover(analysis: Analysis) -> Cover | None:
    """The answer's Cover; None when it has fewer than KEYWORD_MIN words that carry meaning
    (a short answer is judged by its length). Each criterion's matches count once per place."""
    content = _topical_places(analysis)
    if len(content) < KEYWORD_MIN:
        return None
    if not _worth_placing(analysis, content):
        return Cover()
    covered: set[int] = set()
    named = criteria = 0
    for phrases in analysis.matcher.phrases.values():
        starts: set[int] = set()
        for phrase in phrases:
            if not analysis.possible(phrase):
                continue
            for match in analysis.find(phrase, negation=False):
                if match.strength >= MATCH_THRESHOLD:
                    covered.update(range(match.first, match.last + 1))
                    starts.add(match.first)
        named += len(starts)
        criteria += bool(starts)
    share = sum(1 for i in content if i in covered) / len(content)
    return Cover(share, named / len(content), named / max(1, criteria), frozenset(covered),
                 criteria, len(content))


def covered_in(analysis: Analysis, sentences: set[int]) -> set[int]:
    """keyword_cover(analysis).covered within the given sentences (empty when it gives None),
    placing only the phrases whose every content word stands in one of them: a match lies in
    the sentence of its content words (analysis._place picks them there, and widens its span
    only within it). For a few sentences of a stuffed answer, a fraction of the whole cover."""
    content = _topical_places(analysis)
    if len(content) < KEYWORD_MIN or not _worth_placing(analysis, content):
        return set()
    of = analysis.tokens.sentences
    here = {tid for tid, found in analysis.positions.items()
            if any(of[pos] in sentences for pos, _quality in found)}
    covered: set[int] = set()
    for phrases in analysis.matcher.phrases.values():
        for phrase in phrases:
            if not phrase.terms <= here or not analysis.possible(phrase):
                continue
            for match in analysis.find(phrase, negation=False):
                if match.strength >= MATCH_THRESHOLD and of[match.first] in sentences:
                    covered.update(range(match.first, match.last + 1))
    return covered


def _topical_places(analysis: Analysis) -> list[int]:
    """Where the answer's words that carry meaning stand."""
    topical_words = analysis.topical
    return [i for i, w in enumerate(analysis.tokens.norms) if w in topical_words]


def _worth_placing(analysis: Analysis, content: list[int]) -> bool:
    """Could the cover of an answer with these words that carry meaning pass a sign of
    Cover.stuffed? False decides it without placing a phrase (its cover is then empty)."""
    # A word no keyword term matched cannot be covered: when too few words are even candidates,
    # the share is below the line without matching a single phrase (most answers stop here).
    candidates = analysis.keyword_places()
    bound = sum(1 for i in content if i in candidates)
    if bound < min(KEYWORD_SHARE, BREADTH_SHARE) * len(content):
        return False
    # Only the breadth sign could pass, and too few criteria have a phrase whose words are all
    # in the answer for it to: decided without matching a phrase.
    return not (bound < min(KEYWORD_SHARE, HARP_SHARE) * len(content) and
                sum(1 for phrases in analysis.matcher.phrases.values()
                    if any(analysis.possible(p) for p in phrases)) < KEYWORD_BREADTH)


# The lowest density (keywords named per word that carries meaning) any sign of Cover.stuffed
# accepts: an answer below it is not stuffed, whatever its share.
_DENSITY_FLOOR = min(KEYWORD_LIST, KEYWORD_DENSITY, HARP_DENSITY, BREADTH_DENSITY)


def may_be_stuffed(analysis: Analysis) -> bool:
    """Could keyword_cover(analysis) be stuffed? False proves it cannot, with no phrase placed:
    an upper bound on the places it counts (`named`) is below _DENSITY_FLOOR of its words
    that carry meaning. Most answers are decided here, so the stuffing rule seldom places
    every criterion's phrases (tests/test_speed_gate.py checks the bound on many answers)."""
    norms = analysis.tokens.norms
    if len(norms) < KEYWORD_MIN:
        return False  # fewer words that carry meaning still: keyword_cover gives None
    bound = named_bound(analysis)
    # The answer's distinct words that carry meaning are at most as many as the words that do:
    # a bound below the floor of max(that, KEYWORD_MIN) is below it of any count that is not
    # judged by length (monotone division), so most answers need no count of their words.
    if bound is not None and bound / max(len(analysis.topical), KEYWORD_MIN) < _DENSITY_FLOOR:
        return False
    words = sum(map(analysis.topical.__contains__, norms))
    if words < KEYWORD_MIN:
        return False  # keyword_cover gives None: judged by length
    return bound is None or bound / words >= _DENSITY_FLOOR


def named_bound(analysis: Analysis) -> int | None:
    """At least keyword_cover's `named` (each criterion's places, counted once per place),
    found from where the phrases' words stand, without placing a phrase; None when there is
    no bound (a phrase without a key term)."""
    plan = _cover_plan(analysis.matcher)
    if plan is None:
        return None
    norms = analysis.tokens.norms
    positions, present = analysis.positions, analysis.present
    sentences = analysis.tokens.sentences
    starts: dict[str, set[int]] = {}
    # The sentences each term (and, as -1, any negation word) stands in, as bits of a number.
    masks: dict[int, int] = {}
    negations = [(pos, 0.0) for pos in analysis.negations]
    bound = 0
    for tid in plan.keys() & positions.keys():
        bare, worded, longer = plan[tid]
        found_at = positions[tid]
        # One word (analysis._place): a match per place of it, which starts there or, for a
        # phrase with function words, at those of them right before it in its sentence.
        if bare:
            places = [pos for pos, _quality in found_at]
            for owner in bare:
                if owner in starts:
                    starts[owner].update(places)
                else:
                    starts[owner] = set(places)
        for owner, function in worded:
            found = starts.setdefault(owner, set())
            for pos, _quality in found_at:
                while pos > 0 and norms[pos - 1] in function and sentences[pos - 1] == sentences[pos]:
                    pos -= 1
                found.add(pos)
        # More words: at most one match per place of the word the search anchors on (the one
        # with the fewest places, the first of equals), and only in a sentence holding every
        # word of the phrase.
        for terms, keys in longer:
            if not terms <= present:
                continue  # (analysis.possible)
            common = -1
            anchor: list[tuple[int, float]] | None = None
            anchor_mask = 0
            for key in keys:
                at = negations if key < 0 else positions[key]
                mask = masks.get(key)
                if mask is None:
                    mask = 0
                    for pos, _quality in at:
                        mask |= 1 << sentences[pos]
                    masks[key] = mask
                common &= mask
                if not common:
                    break
                if anchor is None or len(at) < len(anchor):
                    anchor, anchor_mask = at, mask
            if common and anchor is not None:
                # (every place of the anchor counts when all its sentences hold every word)
                bound += len(anchor) if common == anchor_mask else \
                    sum(1 for pos, _quality in anchor if common >> sentences[pos] & 1)
    return bound + sum(map(len, starts.values()))


# A key term's phrases for named_bound: the criteria with the bare word as a phrase, those with
# it as the one content word among function words (and which), and the longer phrases' content
# terms and the words to place (term ids in order, -1 for each negation word).
_Planned = tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...],
                 tuple[tuple[frozenset[int], tuple[int, ...]], ...]]


@lru_cache(maxsize=64)
def _cover_plan(matcher: Matcher) -> dict[int, _Planned] | None:
    """Every criterion's keyword phrases by their key term, for named_bound; None when a
    phrase has no key term (no bound is made for it, so every answer may be stuffed)."""
    bare: dict[int, list[str]] = {}
    worded: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    longer: dict[int, list[tuple[frozenset[int], tuple[int, ...]]]] = {}
    for phrases in matcher.phrases.values():
        for phrase in phrases:
            if phrase.key < 0:
                return None
            if len(phrase.content) > 1 or phrase.negations:
                longer.setdefault(phrase.key, []).append(
                    (phrase.terms, phrase.content + (-1,) * phrase.negations))
            elif phrase.function_words:
                worded.setdefault(phrase.key, []).append((phrase.owner, phrase.function_words))
            else:
                bare.setdefault(phrase.key, []).append(phrase.owner)
    return {tid: (tuple(dict.fromkeys(bare.get(tid, ()))), tuple(dict.fromkeys(worded.get(tid, ()))),
                  tuple(longer.get(tid, ())))
            for tid in bare.keys() | worded.keys() | longer.keys()}


@lru_cache(maxsize=256)
def reference_cover(matcher: Matcher, question: RubricQuestion) -> Cover:
    """The highest keyword share and density among a question's model answer and examples
    (cached: the same few questions are asked of every answer in a batch)."""
    share = density = 0.0
    for text in (question.model_answer, *question.examples):
        cover = keyword_cover(matcher.analyse(text)) if text else None
        if cover is not None:
            share, density = max(share, cover.share), max(density, cover.density)
    return Cover(share, density)
