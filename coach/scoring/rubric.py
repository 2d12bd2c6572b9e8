"""The rubric scoring reads: criteria, questions and red flags as plain frozen data.

A validated pack builds one (coach.packs.Pack.rubric); drafting and benchmarks build one
directly from plain data (`Rubric.from_data`), without pydantic. The compiled matcher is
cached on the rubric, built on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol

from coach.errors import QuestionNotFound
from coach.records import record

from .matcher import Matcher


@record(slots=True)
class RubricCriterion:
    """One criterion: earned when one of its keyword phrases is found, not negated or set aside."""

    label: str
    keywords: tuple[str, ...]
    weight: float = 1.0
    tip: str = ""
    exclude: tuple[str, ...] = ()  # phrases that mark a use of the keywords that does not count
    ownership: bool = False  # earned only by owning the problem: hand-offs set it aside


@record(slots=True)
class RubricRedFlag:
    """A phrase that costs `penalty` points when an answer says it (and does not negate it)."""

    phrase: str
    why: str = ""
    penalty: float = 10.0


@record(slots=True)
class RubricPart:
    """One part of a multi-part question: its criteria, and how many make full marks."""

    label: str
    criteria: tuple[str, ...]
    require: int | None = None


@record(slots=True)
class RubricQuestion:
    """One question, with what scoring reads of it (the texts too, for the topic share)."""

    id: str
    prompt: str
    criteria: tuple[str, ...] | None = None
    parts: tuple[RubricPart, ...] | None = None
    require: int | None = None
    min_words: int | None = None
    behavioural: bool | None = None
    model_answer: str = ""
    examples: tuple[str, ...] = ()  # the example answers' texts


class HasId(Protocol):
    """Anything naming a question by its id (a RubricQuestion, a pack's Question)."""

    @property
    def id(self) -> str: ...


@record(eq=False)
class Rubric:
    """A pack as scoring reads it: criteria in order, questions, red flags, the pack's
    `min_words`, and the lookups scoring needs. Identity equality: it carries a cache."""

    id: str
    language: str  # ISO 639-1 code (coach.lang)
    criteria: Mapping[str, RubricCriterion]
    questions: tuple[RubricQuestion, ...]
    red_flags: tuple[RubricRedFlag, ...] = ()
    pack_min_words: int | None = None

    @cached_property
    def matcher(self) -> Matcher:
        """The rubric's keyword phrases compiled for matching, built once on first use."""
        return Matcher(self)

    @cached_property
    def _by_id(self) -> dict[str, RubricQuestion]:
        found: dict[str, RubricQuestion] = {}
        for question in self.questions:
            found.setdefault(question.id, question)
        return found

    def question(self, question: str | HasId) -> RubricQuestion:
        """The question with this id (or the id of a question object), or QuestionNotFound
        naming the closest ids."""
        qid = question if isinstance(question, str) else question.id
        found = self._by_id.get(qid)
        if found is None:
            raise question_not_found(self.id, qid, [q.id for q in self.questions])
        return found

    def min_words(self, question: RubricQuestion) -> int | None:
        """Below how many words the question's answers are scored in proportion to length."""
        return question.min_words if question.min_words is not None else self.pack_min_words

    def question_criteria(self, question: RubricQuestion) -> list[str]:
        """The criterion ids a question is scored on: those it names, else its parts', else
        all of the rubric's."""
        if question.criteria:
            return list(question.criteria)
        if question.parts:
            return [cid for part in question.parts for cid in part.criteria]
        return list(self.criteria)

    def question_parts(self, question: RubricQuestion) -> list[tuple[str, list[str], int | None]]:
        """The parts a question is scored by, as (label, criterion ids, require): its own, or
        one unlabelled part holding all its criteria."""
        if question.parts:
            return [(part.label, list(part.criteria), part.require) for part in question.parts]
        return [("", self.question_criteria(question), question.require)]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Rubric:
        """A rubric from plain data in the shape of a pack file (as pydantic dumps a validated
        pack, or as drafting builds one). Not validated: the data is trusted to be a pack's."""
        def texts(value: Any) -> tuple[str, ...]:
            return tuple(value or ())

        criteria = {cid: RubricCriterion(
            label=c["label"], keywords=texts(c["keywords"]), weight=float(c.get("weight", 1.0)),
            tip=c.get("tip") or "", exclude=texts(c.get("exclude")), ownership=bool(c.get("ownership")))
            for cid, c in data["criteria"].items()}
        flags = tuple(RubricRedFlag(f["phrase"], f.get("why") or "", float(f.get("penalty", 10.0)))
                      for f in data.get("red_flags") or ())
        questions = tuple(RubricQuestion(
            id=q["id"], prompt=q["prompt"],
            criteria=None if q.get("criteria") is None else texts(q["criteria"]),
            parts=None if q.get("parts") is None else tuple(
                RubricPart(p.get("label") or "", texts(p["criteria"]), p.get("require"))
                for p in q["parts"]),
            require=q.get("require"), min_words=q.get("min_words"), behavioural=q.get("behavioural"),
            model_answer=q.get("model_answer") or "",
            examples=tuple(e["answer"] for e in q.get("examples") or ()))
            for q in data["questions"])
        return cls(id=data["pack"], language=data["language"], criteria=criteria,
                   questions=questions, red_flags=flags, pack_min_words=data.get("min_words"))


class HasRubric(Protocol):
    """Anything scoring can read a rubric from (a loaded Pack)."""

    @property
    def rubric(self) -> Rubric: ...


def rubric_of(source: Rubric | HasRubric) -> Rubric:
    """The rubric itself, or the rubric of a pack."""
    return source if isinstance(source, Rubric) else source.rubric


def question_not_found(pack: str, question: str, ids: list[str]) -> QuestionNotFound:
    """The error for a question id the pack lacks, naming the closest ids (or the first few)."""
    import difflib  # here: only an error needs it, and `coach score` starts faster without

    close = difflib.get_close_matches(question, ids, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; it has: {', '.join(ids[:8])}"
    if not close and len(ids) > 8:
        hint += ", …"
    return QuestionNotFound(f"pack {pack!r} has no question {question!r}{hint}")
