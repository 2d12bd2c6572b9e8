"""Relevance: whether an answer shares enough of its question's words to answer it (the
off-topic note, which keeps it from rating Good or Easy in the schedule), which words carry
meaning for that share, and whether a question asks for a list. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from coach.tokens import tokenize

if TYPE_CHECKING:
    from coach.lang import Language

    from .rubric import RubricQuestion

# An answer may not answer the question when fewer than OFF_TOPIC_SHARE of its distinct
# content words occur in the question's prompt, model answer or examples, or fewer than
# OFF_TOPIC_WEAK and it earns no criterion (with at least OFF_TOPIC_MIN distinct content
# words, so a short answer is judged by length instead). Chosen on the dev split of
# bench/data: no on-topic dev answer that earns a criterion falls under either line.
OFF_TOPIC_SHARE = 0.08
OFF_TOPIC_WEAK = 0.3
OFF_TOPIC_MIN = 8


def asks_for_list(question: RubricQuestion, lang: Language) -> bool:
    """Does the question ask for a list: a sentence of its prompt opens with one of
    Language.list_words ("Name two…", "State at least four differences…")?"""
    return bool(lang.list_words) and _opens_with(question.prompt, lang.list_words)


@lru_cache(maxsize=256)
def _opens_with(prompt: str, words: frozenset[str]) -> bool:
    """Does a sentence of the prompt open with one of the words? (Cached: a batch asks the
    same few questions.)"""
    tokens = tokenize(prompt)
    return any(tokens.norms[i] in words for i in range(len(tokens))
               if i == 0 or tokens.sentences[i - 1] != tokens.sentences[i])


def topical(word: str, skip: frozenset[str]) -> bool:
    """Does a word carry meaning for the topic share (not a function or stop word, a number or
    a word under three letters)? An answer's words that do are Analysis.topical, found once
    per answer: the judgements above read that set."""
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
