"""The knobs of the drafting heuristics, in one place for every drafting module."""

from __future__ import annotations

from coach.records import record


@record(slots=True)
class DraftSettings:
    """Knobs of the drafting heuristics (defaults tuned on SAF's training split only)."""

    max_criteria: int = 60  # at most this many criteria per question
    share: float = 1.0  # at most this share of the answer's distinct key terms
    # Full marks once require_share * n ** require_power of a question's n criteria are earned:
    # long model answers list alternatives, so a full-marks answer covers a smaller share.
    require_share: float = 0.6
    require_power: float = 0.8
    weighted: bool = True  # weights 1 to max_weight by centrality (else all 1)
    max_weight: float = 1.3
    weight_step: float = 0.1  # weights 1, 1.1, 1.2, ...: fewer ties than whole numbers
    skip_question_words: bool = True  # a word the question already says shows nothing
    min_word: int = 2  # shortest key term (letters)
    # List everyday synonyms and "not X" opposites (the language's `synonyms` and `opposites`).
    alternatives: bool = True
    max_numbers: int = 3  # key numbers (results) per question, with their rounded forms
    # When the question asks for k of the m items the model answer lists ("name two" of eight
    # challenges), `require` is scaled by (k/m) ** choice_power; 0 turns this off.
    choice_power: float = 0.5
