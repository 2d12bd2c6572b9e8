"""Whole-answer judgements: keyword stuffing (bare keyword lists, repeated clauses) and answers
that may not answer the question. Decided from the analysis once matches are known; every
threshold is chosen on the dev split of bench/data. Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .strength import MATCH_THRESHOLD

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis
    from .matcher import Matcher
    from .rubric import RubricQuestion

# An answer is stuffed when at least this share of what it earned is bare keywords, or this
# share of its clauses repeat an earlier one word for word; its score is capped at STUFFED_CAP.
STUFFED_SHARE = 0.5
REPEATED_SHARE = 0.3
STUFFED_CAP = 20
# An answer is stuffed, too, when at least KEYWORD_SHARE of its words that carry meaning stand
# in matches of the rubric's keyword phrases (any criterion's) AND it names a keyword at least
# every 1/KEYWORD_DENSITY such words (with at least KEYWORD_MIN of them): a list of rubric words
# dressed as sentences ("I am empathetic. I am flexible. I always exceed expectations…") says
# almost nothing else. The share alone is not enough: a short answer that says exactly what
# the pack's long phrases say ("I remember their name and what we talked about last visit")
# covers much with few keywords, and so can a terse answer in Telugu, where one verb carries
# the subject. On the dev split of bench/data (en, sv, te) and the bundled packs' examples,
# every answer past both lines is stuffing (density 0.61 and up, share 0.75 and up); the
# closest others are a Telugu example at share 0.76 but density 0.47, a Swedish one at share
# 0.65 and density 0.40, and dev answers at share 0.57 or less.
KEYWORD_SHARE = 0.7
KEYWORD_DENSITY = 0.55
KEYWORD_MIN = 12
# A question's own model answer and examples are genuine by definition: an answer is stuffed
# only when it is more keyword than they are by REFERENCE_MARGIN, on both counts. A pack drafted
# from its model answers (coach packs draft) has phrases that cover those answers almost
# whole, so an answer that follows the model answer closely is not stuffing there.
REFERENCE_MARGIN = 0.1
# An answer may not answer the question when fewer than OFF_TOPIC_SHARE of its distinct
# content words occur in the question's prompt, model answer or examples, or fewer than
# OFF_TOPIC_WEAK and it earns no criterion (with at least OFF_TOPIC_MIN distinct content
# words, so a short answer is judged by length instead). Chosen on the dev split of
# bench/data: no on-topic dev answer that earns a criterion falls under either line.
OFF_TOPIC_SHARE = 0.08
OFF_TOPIC_WEAK = 0.3
OFF_TOPIC_MIN = 8


def bare(analysis: Analysis, first: int, last: int) -> bool:
    """Is a match a bare keyword: its clause is little more than the keyword itself, with no
    one doing anything ("Empathy." "Exceeded expectations." but not "I listen.")?"""
    tokens = analysis.tokens
    if any(tokens.norms[i][:1].isdigit() for i in range(first, last + 1)):
        return False  # a number ("0.0508" is cut at its point) is an answer, not a keyword list
    low, end = tokens.clause_range(first)
    if tokens.clauses[last] != tokens.clauses[first]:
        end = tokens.clause_range(last)[1]
    if end - low > (last - first + 1) + 1:
        return False  # the clause says more than the keyword
    own = analysis.matcher.rules.own
    return not any(w in own for w in tokens.norms[low:end])


def repeated(analysis: Analysis, first: int, last: int) -> bool:
    """Is a match's keyword said three times or more in its sentence ("empathy, empathy and
    more empathy", "Passion passion passion.")? Repetition says nothing more."""
    tokens = analysis.tokens
    norms = tokens.norms
    stem_of = analysis.stem_of
    word = norms[first]
    key = stem_of[word]
    low, high = _extent(tokens.sentences, first, last)
    return sum(1 for i in range(low, high + 1)
               if norms[i] == word or stem_of[norms[i]] == key) >= 3


def _extent(ids: list[int], first: int, last: int) -> tuple[int, int]:
    """The first and last token of the clause (or sentence) that tokens first..last stand in."""
    low, high = first, last
    while low > 0 and ids[low - 1] == ids[first]:
        low -= 1
    while high + 1 < len(ids) and ids[high + 1] == ids[last]:
        high += 1
    return low, high


def hollow(analysis: Analysis, first: int, last: int) -> bool:
    """A bare or repeated keyword: evidence that says nothing about what the candidate did."""
    return bare(analysis, first, last) or repeated(analysis, first, last)


def keyword_cover(analysis: Analysis) -> tuple[float, float, frozenset[int]] | None:
    """How much of an answer is the rubric's keywords: the share of its words that carry
    meaning which stand in a match of a keyword phrase, the keywords named per such word (each
    criterion's matches counted once per place), and the covered positions. None when the
    answer has fewer than KEYWORD_MIN such words (a short answer is judged by its length)."""
    lang = analysis.language
    skip = lang.function_words | lang.stop_words
    norms = analysis.tokens.norms
    content = [i for i, w in enumerate(norms) if topical(w, skip)]
    if len(content) < KEYWORD_MIN:
        return None
    positions = analysis.positions
    # A word no keyword term matched cannot be covered: when too few words are even candidates,
    # the share is below the line without matching a single phrase.
    candidates = {pos for found in positions.values() for pos, _quality in found}
    if sum(1 for i in content if i in candidates) < KEYWORD_SHARE * len(content):
        return 0.0, 0.0, frozenset()
    covered: set[int] = set()
    named = 0
    for phrases in analysis.matcher.phrases.values():
        starts: set[int] = set()
        for phrase in phrases:
            if phrase.key >= 0 and phrase.key not in positions:
                continue
            for match in analysis.find(phrase, negation=False):
                if match.strength >= MATCH_THRESHOLD:
                    covered.update(range(match.first, match.last + 1))
                    starts.add(match.first)
        named += len(starts)
    share = sum(1 for i in content if i in covered) / len(content)
    return share, named / len(content), frozenset(covered)


def keyword_stuffed(share: float, density: float,
                    reference: tuple[float, float] = (0.0, 0.0)) -> bool:
    """Is an answer made of the rubric's keywords (see KEYWORD_SHARE), and more so than the
    question's own reference answers (`reference`: their highest share and density)?"""
    return share >= max(KEYWORD_SHARE, reference[0] + REFERENCE_MARGIN) and \
        density >= max(KEYWORD_DENSITY, reference[1] + REFERENCE_MARGIN)


@lru_cache(maxsize=256)
def reference_cover(matcher: Matcher, question: RubricQuestion) -> tuple[float, float]:
    """The highest keyword share and density among a question's model answer and examples
    (cached: the same few questions are asked of every answer in a batch)."""
    share = density = 0.0
    for text in (question.model_answer, *question.examples):
        cover = keyword_cover(matcher.analyse(text)) if text else None
        if cover is not None:
            share, density = max(share, cover[0]), max(density, cover[1])
    return share, density


def dense(analysis: Analysis, first: int, covered: frozenset[int]) -> bool:
    """Is a match's clause made mostly of keyword words (see KEYWORD_SHARE)?"""
    lang = analysis.language
    skip = lang.function_words | lang.stop_words
    norms = analysis.tokens.norms
    low, end = analysis.tokens.clause_range(first)
    content = [i for i in range(low, end) if topical(norms[i], skip)]
    return not content or sum(1 for i in content if i in covered) >= KEYWORD_SHARE * len(content)


def stuffing_reason(analysis: Analysis, earned: int, hollow_count: int,
                    cover: tuple[float, float] | None = None,
                    reference: tuple[float, float] = (0.0, 0.0)) -> str | None:
    """Why an answer's credit looks stuffed with rubric words, or None.

    `earned` criteria were earned, `hollow_count` of them by hollow evidence; `cover` is the
    answer's keyword share and density (keyword_cover), `reference` its question's. Three
    signs: it is made mostly of the rubric's keywords, most of the evidence is bare keywords
    rather than sentences that say something, or it repeats the same clauses over and over.
    """
    if earned < 1:
        return None  # nothing earned, nothing to cap
    if cover is not None and keyword_stuffed(*cover, reference):
        return (f"{cover[0]:.0%} of its words that carry meaning are the rubric's keywords, with "
                "little said about what you did")
    if hollow_count >= 2 and hollow_count / earned >= STUFFED_SHARE:
        return (f"{hollow_count} of the {earned} criteria its keywords name are bare keywords "
                "(or one keyword over and over), not said in sentences about what you did")
    # Decided whatever the number of criteria earned, so earning one more can never be what
    # makes an answer count as repetitive.
    norms = analysis.tokens.norms
    texts = [tuple(norms[a:b]) for a, b in analysis.tokens.clause_ranges()]
    if len(texts) >= 4:
        repeats = len(texts) - len(set(texts))
        if repeats / len(texts) >= REPEATED_SHARE:
            return f"{repeats} of its {len(texts)} clauses repeat an earlier one word for word"
    return None


def topical(word: str, skip: frozenset[str]) -> bool:
    """Does a word carry meaning for the topic share (not a function or stop word, a number or
    a word under three letters)?"""
    return word not in skip and len(word) >= 3 and not word.isdigit()


def content_stems(norms: list[str], lang: Language) -> set[str]:
    """The stems of the words that carry meaning (for a question's own texts)."""
    skip = lang.function_words | lang.stop_words
    return {lang.stem(w) for w in set(norms) if topical(w, skip)}


def off_topic(share: float | None, earned_any: bool) -> bool:
    """May an answer not answer its question (see OFF_TOPIC_SHARE)?"""
    if share is None:
        return False
    return share < OFF_TOPIC_SHARE or (share < OFF_TOPIC_WEAK and not earned_any)


def topic_share(answer: set[str], question: frozenset[str]) -> float | None:
    """The share of an answer's content stems that the question's own texts use, or None
    when the answer has too few content words to judge."""
    if len(answer) < OFF_TOPIC_MIN:
        return None
    return len(answer & question) / len(answer)
