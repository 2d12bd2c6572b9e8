"""A loaded pack: the validated model, where it came from, the rubric scoring reads
(coach.scoring.Rubric), and lookups the session needs (a question by id, its criteria and
parts; the rubric's own rules)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from coach.records import record
from coach.scoring.rubric import Rubric, question_not_found

from .models import Criterion, PackModel, Question, RedFlag


@record(eq=False)
class Pack:
    """A loaded, validated pack, with where it came from. Its rubric is cached on it."""

    model: PackModel
    source: Path | None = None

    @property
    def id(self) -> str:
        """The pack id (progress is keyed on it)."""
        return self.model.pack

    @property
    def title(self) -> str:
        """The pack's human title."""
        return self.model.title

    @property
    def language(self) -> str:
        """The pack's ISO 639-1 language code."""
        return self.model.language

    @property
    def criteria(self) -> dict[str, Criterion]:
        """Criterion id -> criterion, in file order."""
        return self.model.criteria

    @property
    def questions(self) -> list[Question]:
        """The questions, in file order."""
        return self.model.questions

    @property
    def red_flags(self) -> list[RedFlag]:
        """Phrases that cost points."""
        return self.model.red_flags

    def question(self, question_id: str) -> Question:
        """The question with this id, or QuestionNotFound naming the closest ids."""
        for question in self.model.questions:
            if question.id == question_id:
                return question
        raise question_not_found(self.id, question_id, [q.id for q in self.model.questions])

    # The one place a pack meets scoring: the rubric, built on first use from the validated
    # model. Scoring never imports coach.packs; it takes the rubric (or this pack's .rubric).
    @cached_property
    def rubric(self) -> Rubric:
        """The pack as scoring reads it (plain frozen data; its matcher is compiled on first use)."""
        return Rubric.from_data(self.model.model_dump())

    # The lookups below are the rubric's (one rule each), for a question of this pack.
    def min_words(self, question: Question) -> int | None:
        """Below how many words the question's answers are scored in proportion to length."""
        return self.rubric.min_words(self.rubric.question(question.id))

    def question_criteria(self, question: Question) -> list[str]:
        """The criterion ids a question is scored on: those it names, else its parts', else
        all of the pack's."""
        return self.rubric.question_criteria(self.rubric.question(question.id))

    def question_parts(self, question: Question) -> list[tuple[str, list[str], int | None]]:
        """The parts a question is scored by, as (label, criterion ids, require): its own, or
        one unlabelled part holding all its criteria."""
        return self.rubric.question_parts(self.rubric.question(question.id))
