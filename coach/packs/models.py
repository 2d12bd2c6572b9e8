"""The pack schema: the pydantic models a pack file is validated against (and exported as
JSON Schema by `coach packs schema`). Shape only; cross-references are checked in checks.py."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Phrase = Annotated[str, StringConstraints(min_length=1, max_length=200)]


Difficulty = Literal["easy", "medium", "hard"]

MIN_WORDS_HELP = (
    "Optional. Answers shorter than this many words are scored in proportion to their length "
    "(a 40-word answer with min_words 80 gets half the score its keywords earn). Set at the "
    "top of the pack, overridable per question; unset, length does not change the score."
)


EXCLUDE_HELP = (
    "Optional. Phrases that mark a use of the keywords that does not count: a keyword match "
    "in the same clause as one of them earns nothing (\"flexible around my studies\", \"my own "
    "expectations\"). Matched like keywords, except that their small words (my, the) must "
    "be there as written; `score --explain` and `packs test` name the one that set a match aside."
)
OWNERSHIP_HELP = (
    "Optional. True for criteria earned only by owning the problem (problem resolution, "
    "follow-up): in a sentence that hands the problem off (\"pass it to my manager\", \"not my "
    "department\"; the language's deflection phrases), the criterion's keywords earn nothing."
)


START_HELP = (
    "Optional. True for the pack's central question: a candidate's first session with the pack "
    "starts with it (then varied questions follow). At most one question of a pack sets it."
)


class _Model(BaseModel):
    # protected_namespaces=(): a question's `model_answer` is a pack field, not pydantic's
    # namespace (pydantic before 2.10 warns about it on every start).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, protected_namespaces=())


class Criterion(_Model):
    """One rubric criterion: earned when one of its keyword phrases is found, not negated."""

    label: Text
    keywords: list[Phrase] = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0, le=100)
    tip: str = ""
    description: str = ""
    exclude: list[Phrase] = Field(default_factory=list, description=EXCLUDE_HELP)
    ownership: bool = Field(default=False, description=OWNERSHIP_HELP)


class RedFlag(_Model):
    """A phrase that costs points when an answer says it (and does not negate it)."""

    phrase: Phrase
    why: str = ""
    penalty: float = Field(default=10.0, ge=0, le=100)


class Example(_Model):
    """A calibration case: an answer and what the trainer expects the engine to make of it."""

    answer: Text
    earns: list[str] = Field(default_factory=list)
    min_score: float | None = Field(default=None, ge=0, le=100)
    max_score: float | None = Field(default=None, ge=0, le=100)
    note: str = ""


PARTS_HELP = (
    "Optional. A question with several parts (\"name the two phases and explain each\") is "
    "scored part by part: each part earns the share of its own criteria it needs (up to its "
    "`require`), and the score is the mean over parts, so a thorough answer to one part does "
    "not make up for a missing one. Every criterion of the question belongs to exactly one part."
)


class Part(_Model):
    """One part of a multi-part question: its criteria, and how many make full marks for it."""

    label: str = ""
    criteria: list[str] = Field(min_length=1)
    require: int | None = Field(default=None, ge=1)


class Question(_Model):
    """One interview question; progress is keyed on (pack id, question id)."""

    id: Id
    prompt: Text
    criteria: list[str] | None = None
    require: int | None = Field(default=None, ge=1)
    parts: list[Part] | None = Field(default=None, min_length=2, description=PARTS_HELP)
    tags: list[Annotated[str, StringConstraints(min_length=1, max_length=40)]] = Field(
        default_factory=list
    )
    difficulty: Difficulty = "medium"
    time_limit: int | None = Field(default=None, gt=0, le=3600)
    behavioural: bool | None = None
    min_words: int | None = Field(default=None, ge=1, le=5000, description=MIN_WORDS_HELP)
    model_answer: str = ""
    examples: list[Example] = Field(default_factory=list)
    start: bool = Field(default=False, description=START_HELP)


class PackModel(_Model):
    """The YAML shape of a pack file, as validated by pydantic (and exported as JSON Schema)."""

    pack: Id
    title: Text
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    description: str = ""
    version: str | int | None = None
    criteria: dict[Id, Criterion] = Field(min_length=1)
    red_flags: list[RedFlag] = Field(default_factory=list)
    min_words: int | None = Field(default=None, ge=1, le=5000, description=MIN_WORDS_HELP)
    questions: list[Question] = Field(min_length=1)
