"""A loaded pack: the validated model, where it came from, and lookups the scorer and the
session need (a question by id, its criteria and parts)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from coach.errors import QuestionNotFound

from .models import Criterion, PackModel, Question, RedFlag


@dataclass(frozen=True, eq=False)
class Pack:
    """A loaded, validated pack, with where it came from. Compiled matchers are cached on it."""

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
        ids = [q.id for q in self.model.questions]
        close = difflib.get_close_matches(question_id, ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; it has: {', '.join(ids[:8])}"
        if not close and len(ids) > 8:
            hint += ", …"
        raise QuestionNotFound(f"pack {self.id!r} has no question {question_id!r}{hint}")

    def min_words(self, question: Question) -> int | None:
        """Below how many words the question's answers are scored in proportion to length."""
        return question.min_words if question.min_words is not None else self.model.min_words

    def question_criteria(self, question: Question) -> list[str]:
        """The criterion ids a question is scored on: those it names, else its parts', else
        all of the pack's."""
        if question.criteria:
            return list(question.criteria)
        if question.parts:
            return [cid for part in question.parts for cid in part.criteria]
        return list(self.model.criteria)

    def question_parts(self, question: Question) -> list[tuple[str, list[str], int | None]]:
        """The parts a question is scored by, as (label, criterion ids, require): its own, or
        one unlabelled part holding all its criteria."""
        if question.parts:
            return [(part.label, part.criteria, part.require) for part in question.parts]
        return [("", self.question_criteria(question), question.require)]

    # The one place a pack meets the scoring engine: compiled on first use, imported at run
    # time (the engine takes a Pack, so importing it at the top would make a circle).
    @cached_property
    def compiled(self) -> Any:
        """The pack's keyword phrases compiled for matching, built once on first use."""
        from coach.engine import compile_pack

        return compile_pack(self)
