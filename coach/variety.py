"""Which questions of a pack are near-duplicates ("What does good customer service mean to
you?" and "How would you define excellent customer service?"), so that a session does not
ask them one after the other (coach.schedule.order spreads them). Pure: no I/O.

Two questions are near-duplicates when either
- they share at least half of their tags (tags are how a trainer groups questions by topic), or
- their prompts share at least half of their words, by weight: words are compared as the
  scoring core compares them (normalised, then stemmed or lemmatised by the pack's language,
  function words left out), and a word weighs less the more of the pack's prompts use it
  ("customer" in every prompt of a customer-service pack says little; "queue" says a lot).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

TAG_OVERLAP = 0.5  # share of tags (of both questions' tags together) that makes a near-duplicate
WORD_OVERLAP = 0.5  # weighted share of prompt words that makes a near-duplicate


class QuestionLike(Protocol):
    """What the measure reads of a question."""

    @property
    def id(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def tags(self) -> list[str]: ...


def prompt_words(prompt: str, language: str) -> set[str]:
    """A prompt's content words as the scoring core compares them: normalised, lemmatised or
    stemmed by the language, without its function and stop words."""
    from coach.lang import get_language
    from coach.tokens import tokenize

    lang = get_language(language)
    skip = lang.function_words | lang.stop_words
    return {lang.lemmas.get(w) or lang.stem(w) for w in tokenize(prompt).norms if w not in skip}


class Likeness:
    """The near-duplicate measure over one pack's questions (word weights come from the pack)."""

    def __init__(self, questions: Sequence[QuestionLike], language: str) -> None:
        self.tags = {q.id: frozenset(q.tags) for q in questions}
        self.words = {q.id: frozenset(prompt_words(q.prompt, language)) for q in questions}
        uses = Counter(w for words in self.words.values() for w in words)
        n = len(questions)
        # Smoothed inverse document frequency: a word in every prompt still weighs log 2, so two
        # questions of a two-question pack with the same prompt are still alike.
        self.weight = {w: math.log(1 + n / k) for w, k in uses.items()}
        # Each prompt's total word weight, so an overlap needs only the shared words' weight.
        self._total = {qid: sum(self.weight[w] for w in words) for qid, words in self.words.items()}

    def tag_overlap(self, a: str, b: str) -> float:
        """The share of tags two questions have in common (0 when either has none)."""
        ta, tb = self.tags.get(a), self.tags.get(b)
        if not ta or not tb:
            return 0.0
        shared = len(ta & tb)
        return shared / (len(ta) + len(tb) - shared)

    def word_overlap(self, a: str, b: str) -> float:
        """The weighted share of prompt words two questions have in common."""
        wa, wb = self.words.get(a), self.words.get(b)
        if not wa or not wb:
            return 0.0
        shared = sum(self.weight[w] for w in wa & wb)
        union = self._total[a] + self._total[b] - shared
        return shared / union if union > 0 else 0.0

    def near(self, a: str, b: str) -> bool:
        """Are two questions near-duplicates (by tags or by prompt words)?"""
        return a != b and (self.tag_overlap(a, b) >= TAG_OVERLAP or self.word_overlap(a, b) >= WORD_OVERLAP)
