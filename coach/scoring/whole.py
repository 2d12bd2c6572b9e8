"""Whole-answer judgements: keyword stuffing (bare keyword lists, repeated clauses) and answers
that may not answer the question. Decided from the analysis once matches are known; every
threshold is chosen on the dev split of bench/data. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis

# An answer is stuffed when at least this share of what it earned is bare keywords, or this
# share of its clauses repeat an earlier one word for word; its score is capped at STUFFED_CAP.
STUFFED_SHARE = 0.5
REPEATED_SHARE = 0.3
STUFFED_CAP = 20
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


def stuffing_reason(analysis: Analysis, earned: int, hollow_count: int) -> str | None:
    """Why an answer's credit looks stuffed with rubric words, or None.

    `earned` criteria were earned, `hollow_count` of them by hollow evidence. Two signs, each
    decided from the answer alone: most of the evidence is bare keywords rather than sentences
    that say something, or the answer repeats the same clauses over and over.
    """
    if earned < 1:
        return None  # nothing earned, nothing to cap
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
