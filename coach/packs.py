"""Question packs: YAML in, a validated `Pack` out, or one PackError listing every problem.

Nothing else in coach reads pack files. Validation runs in two passes: pydantic checks the
shape of every field (all errors at once), then cross-references are checked (duplicate
question ids, undefined criteria). Each problem is mapped back to FILE:LINE:COLUMN.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from . import paths
from .errors import PackError, PackNotFound, Problem, QuestionNotFound
from .yamlio import Located, Path_, load_yaml_file, parse_yaml

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Phrase = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# Keyword phrases and red flags are short (the bundled packs' longest has 6 words).
MAX_PHRASE_WORDS = 12
# A broken pack of 100,000 fields is reported by its first problems, in bounded time.
MAX_PROBLEMS = 100


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

    @cached_property
    def compiled(self) -> Any:
        """The pack's keyword phrases compiled for matching, built once on first use."""
        from .engine import compile_pack

        return compile_pack(self)


def load_pack(ref: str | Path) -> Pack:
    """Load a pack by id (bundled, user folder, COACH_PACKS_PATH) or by path to a YAML file."""
    return load_pack_file(resolve_pack(ref))


def load_pack_file(path: Path) -> Pack:
    """Load and validate one pack file; raise PackError with every problem it has."""
    located = load_yaml_file(path, error=PackError)
    return Pack(validate(located), source=path)


def load_pack_text(text: str, name: str = "<pack>") -> Pack:
    """Load a pack from YAML text (for tests, notebooks and tools)."""
    return Pack(validate(parse_yaml(text, name, error=PackError)))


def resolve_pack(ref: str | Path) -> Path:
    """Turn a pack id or a path into a pack file path, searching the pack folders in order."""
    text = str(ref)
    looks_like_path = isinstance(ref, Path) or text.endswith((".yaml", ".yml")) or "/" in text
    if looks_like_path:
        return Path(text).expanduser()
    for _origin, folder in paths.pack_search_dirs():
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{text}{suffix}"
            if paths.not_a_pack_file(candidate) is None:
                return candidate
    files, skipped = paths.scan_pack_folders()
    for _origin, path in files:
        if _declared_id(path) == text:
            return path
    known = sorted({_declared_id(p) or p.stem for _o, p in files})
    close = difflib.get_close_matches(text, known, n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"known packs: {', '.join(known) or 'none'}"
    unread = [str(s.path) for s in skipped if s.folder]
    if unread:
        hint += f"; could not read {', '.join(unread)}"
    raise PackNotFound(f"no pack {text!r} (looked in bundled, user and COACH_PACKS_PATH folders); {hint}")


def iter_pack_files() -> list[tuple[str, Path]]:
    """Every pack file in the search folders, with where it was found, in lookup order."""
    return paths.scan_pack_folders()[0]


_ID_LINE = re.compile(r"^pack:\s*['\"]?([a-z0-9-]+)", re.MULTILINE)


def _declared_id(path: Path) -> str | None:
    """The `pack:` id a file declares, read cheaply without parsing the whole file."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    match = _ID_LINE.search(head)
    return match.group(1) if match else None


# -- validation ---------------------------------------------------------------------------------


def validate(located: Located) -> PackModel:
    """Validate located YAML data as a pack; raise PackError listing every problem in order."""
    data = located.data
    if not isinstance(data, dict):
        if data is None:
            raise PackError([located.problem((), "the file holds no data (only null); expected a "
                                                 "mapping with pack, title, language, criteria and "
                                                 "questions")])
        kind = _describe(data) if isinstance(data, (list, dict)) else f"the value {_describe(data)}"
        raise PackError([located.problem((), f"the top level is {kind}; expected a mapping with "
                                             "pack, title, language, criteria and questions")])
    problems: list[Problem] = []
    model: PackModel | None = None
    try:
        model = PackModel.model_validate(data)
    except ValidationError as exc:
        errors = _merge_unions(exc.errors())
        problems += [_pydantic_problem(located, err) for err in errors[:MAX_PROBLEMS]]
        hidden = len(errors) - MAX_PROBLEMS
    else:
        hidden = 0
    undefined: dict[Problem, str] = {}
    problems += _cross_checks(located, data, undefined)
    if problems or model is None:
        problems = sorted(set(problems), key=lambda p: (p.line, p.column, p.path, p.message))
        hidden += max(0, len(problems) - MAX_PROBLEMS)
        problems = _with_hints(problems[:MAX_PROBLEMS], undefined, data.get("criteria"))
        if hidden > 0:
            last = problems[-1]
            problems.append(Problem(last.file, last.line, last.column, "",
                                    f"… and {hidden:,} more problems; fix these first"))
        raise PackError(problems)
    from .lang import language_problem

    message = language_problem(model.language)
    if message:
        raise PackError([located.problem(("language",), message)])
    return model


def _fields_at(loc: Path_) -> list[str]:
    """The field names allowed at a location, for 'unknown field' suggestions."""
    model: type[BaseModel] = PackModel
    for part in loc[:-1]:
        if isinstance(part, int) or part not in model.model_fields:
            continue
        annotation = str(model.model_fields[part].annotation)
        for candidate in (Criterion, RedFlag, Question, Example, Part):
            if candidate.__name__ in annotation:
                model = candidate
    return list(model.model_fields)


_UNION_MEMBERS = {"str": "text", "int": "a whole number", "float": "a number", "bool": "true or false"}


def _merge_unions(errors: list[Any]) -> list[Any]:
    """One error per field for a value no member of a union field accepts: `version: 1.0` is
    one problem ("expected text or a whole number"), not one per member that refuses it."""
    merged: list[Any] = []
    at: dict[tuple[Any, ...], int] = {}
    for err in errors:
        loc = tuple(err["loc"])
        if len(loc) < 2 or loc[-1] not in _UNION_MEMBERS or not str(err["type"]).endswith("_type"):
            merged.append(err)
            continue
        field = loc[:-1]
        if field in at:
            merged[at[field]]["expected"].append(_UNION_MEMBERS[str(loc[-1])])
            continue
        at[field] = len(merged)
        merged.append({**err, "loc": field, "type": "union_type",
                       "expected": [_UNION_MEMBERS[str(loc[-1])]]})
    return merged


def _plain_number(value: Any) -> str | None:
    """For text such as '1e3', which YAML 1.1 reads as text (a float needs a dot and a signed
    exponent: 1.0e+3), the number written the way YAML reads as one; else None."""
    if not isinstance(value, str) or not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+", value.strip()):
        return None
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = repr(number)
    mantissa, _, exponent = text.partition("e")
    if not exponent:
        return text
    mantissa = mantissa if "." in mantissa else mantissa + ".0"
    return f"{mantissa}e{exponent if exponent[0] in '+-' else '+' + exponent}"


def _pydantic_problem(located: Located, err: Any) -> Problem:
    raw_loc: Path_ = tuple(err["loc"])
    # Keys of dict fields show up as loc entries like ('criteria', 'Bad Id', '[key]'): such a
    # problem is about the key itself, located where the key is written.
    on_key = "[key]" in raw_loc
    loc: Path_ = tuple(part for part in raw_loc if part != "[key]")
    kind = err["type"]
    value = err.get("input")

    def at(path: Path_, message: str, *, key: bool = False) -> Problem:
        return located.problem(path, message, key=key or on_key)

    if kind == "extra_forbidden":
        allowed = _fields_at(loc)
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"expected one of: {', '.join(allowed)}"
        return at(loc, f"unknown field {loc[-1]!r}; {hint}", key=True)
    if kind == "missing":
        parent = loc[:-1]
        return at(parent, f"missing required field {loc[-1]!r}", key=True)
    if kind == "too_short" and loc and loc[-1] == "keywords":
        return at(loc, "the keyword list is empty; give at least one keyword phrase")
    if kind == "too_short" and loc and loc[-1] == "parts":
        return at(loc, "a question in parts needs at least two parts; with one, list its "
                       "criteria and `require` on the question itself")
    if kind == "too_short" and len(loc) > 2 and loc[-3] == "parts" and loc[-1] == "criteria":
        return at(loc, "the part has no criteria; list at least one criterion id")
    if kind == "too_short" and loc in (("criteria",), ("questions",)):
        return at(loc, f"{loc[-1]} is empty; give at least one")
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] == "language":
            message = f"{value!r} is not an ISO 639-1 language code like 'en'"
        else:
            message = f"{value!r} is not a valid id: use lowercase letters, digits and hyphens"
        return at(loc, message)
    if kind == "string_too_short":
        return at(loc, "must not be empty")
    if kind == "literal_error":
        return at(loc, f"{value!r} is not one of: easy, medium, hard")
    if kind == "union_type":
        hint = " (quote it)" if isinstance(value, (bool, int, float)) and "text" in err["expected"] else ""
        return at(loc, f"expected {' or '.join(err['expected'])}, got {_describe(value)}{hint}")
    if kind in ("float_type", "int_type") and _plain_number(value) is not None:
        expected = "a number" if kind == "float_type" else "a whole number"
        return at(loc, f"expected {expected}, got {_describe(value)}: YAML reads {value.strip()} as "
                       f"text; write {_plain_number(value)}")
    if kind == "model_type":
        kind = "dict_type"
    if kind in ("string_type", "int_type", "float_type", "bool_type", "list_type", "dict_type"):
        expected = {"string_type": "text", "int_type": "a whole number", "float_type": "a number",
                    "bool_type": "true or false", "list_type": "a list", "dict_type": "a mapping"}[kind]
        hint = " (quote it)" if kind == "string_type" and isinstance(value, (bool, int, float)) else ""
        return at(loc, f"expected {expected}, got {_describe(value)}{hint}")
    message = str(err.get("msg") or "invalid value")
    return at(loc, message[0].lower() + message[1:])


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _cross_checks(located: Located, data: dict[str, Any],
                  undefined: dict[Problem, str]) -> list[Problem]:
    """Checks pydantic cannot express: references between fields and duplicates.

    A reference to an undefined criterion is recorded in `undefined` (problem -> id): its
    "did you mean" is looked up later, for the problems shown only (see _with_hints).
    """
    problems: list[Problem] = []

    def missing(where: Path_, cid: str) -> Problem:
        problem = located.problem(where, _undefined(cid))
        undefined[problem] = cid
        return problem

    criteria = data.get("criteria")
    defined = set(criteria) if isinstance(criteria, dict) else set()
    if isinstance(criteria, dict):
        for cid, criterion in criteria.items():
            for field in ("keywords", "exclude"):
                if not isinstance(criterion, dict) or not isinstance(criterion.get(field), list):
                    continue
                what = "keyword" if field == "keywords" else "exclusion"
                for i, phrase in enumerate(criterion[field]):
                    if isinstance(phrase, str) and phrase and not _has_word(phrase):
                        problems.append(located.problem(("criteria", cid, field, i),
                                                        f"{what} {phrase!r} has no words to match"))
                    elif isinstance(phrase, str):
                        problems += _too_long(located, ("criteria", cid, field, i), phrase)
    flags = data.get("red_flags")
    for i, flag in enumerate(flags if isinstance(flags, list) else []):
        if isinstance(flag, dict) and isinstance(flag.get("phrase"), str):
            if flag["phrase"] and not _has_word(flag["phrase"]):
                problems.append(located.problem(("red_flags", i, "phrase"),
                                                f"red flag {flag['phrase']!r} has no words to match"))
            problems += _too_long(located, ("red_flags", i, "phrase"), flag["phrase"])
    questions = data.get("questions")
    if not isinstance(questions, list):
        return problems
    seen: dict[str, int] = {}
    for qi, question in enumerate(questions):
        if not isinstance(question, dict):
            continue
        qid = question.get("id")
        if isinstance(qid, str):
            if qid in seen:
                line = located.where(("questions", seen[qid], "id"))[0]
                problems.append(located.problem(("questions", qi, "id"),
                                                f"duplicate question id {qid!r} (first on line {line})"))
            else:
                seen[qid] = qi
        named = question.get("criteria")
        own: set[str] = defined
        if isinstance(named, list):
            own = set()
            for ci, cid in enumerate(named):
                if isinstance(cid, str):
                    own.add(cid)
                    if defined and cid not in defined:
                        problems.append(missing(("questions", qi, "criteria", ci), cid))
            require = question.get("require")
            if isinstance(require, int) and not isinstance(require, bool) and require > len(named):
                problems.append(located.problem(("questions", qi, "require"),
                                                f"require is {require} but the question has only "
                                                f"{len(named)} criteria"))
        elif isinstance(question.get("require"), int) and defined and \
                question["require"] > len(defined):
            problems.append(located.problem(("questions", qi, "require"),
                                            f"require is {question['require']} but the pack has "
                                            f"only {len(defined)} criteria"))
        parts = question.get("parts")
        if isinstance(parts, list):
            problems += _part_checks(located, qi, question, parts, defined, missing)
            if isinstance(named, list):
                own = {cid for cid in named if isinstance(cid, str)}
            else:
                own = {cid for part in parts if isinstance(part, dict)
                       for cid in (part.get("criteria") or []) if isinstance(cid, str)}
        examples = question.get("examples")
        if isinstance(examples, list):
            for ei, example in enumerate(examples):
                if not isinstance(example, dict):
                    continue
                earns = example.get("earns")
                for ki, cid in enumerate(earns if isinstance(earns, list) else []):
                    if isinstance(cid, str) and defined and cid not in own:
                        where = ("questions", qi, "examples", ei, "earns", ki)
                        problems.append(missing(where, cid) if cid not in defined else located.problem(
                            where, f"criterion {cid!r} is not one of this question's criteria"))
                low, high = example.get("min_score"), example.get("max_score")
                if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
                    problems.append(located.problem(("questions", qi, "examples", ei, "min_score"),
                                                    f"min_score {low} is above max_score {high}"))
    return problems


def _part_checks(located: Located, qi: int, question: dict[str, Any], parts: list[Any],
                 defined: set[str], missing: Any) -> list[Problem]:
    """A question's parts: defined criteria of the question, each in exactly one part, with
    `require` set per part rather than for the whole question."""
    problems: list[Problem] = []
    named = question.get("criteria")
    listed = [cid for cid in named if isinstance(cid, str)] if isinstance(named, list) else None
    # A set for membership: a question of thousands of criteria is checked in linear time.
    listed_set = set(listed or ())
    if question.get("require") is not None:
        problems.append(located.problem(("questions", qi, "require"),
                                        "a question in parts sets `require` in each part, not "
                                        "for the whole question"))
    placed: dict[str, int] = {}
    for pi, part in enumerate(parts):
        if not isinstance(part, dict) or not isinstance(part.get("criteria"), list):
            continue
        ids = part["criteria"]
        for ci, cid in enumerate(ids):
            if not isinstance(cid, str):
                continue
            where = ("questions", qi, "parts", pi, "criteria", ci)
            if defined and cid not in defined:
                problems.append(missing(where, cid))
            elif listed is not None and cid not in listed_set:
                problems.append(located.problem(where, f"criterion {cid!r} is not one of this "
                                                       "question's criteria"))
            elif cid in placed:
                problems.append(located.problem(where, f"criterion {cid!r} is already in part "
                                                       f"{placed[cid] + 1}; a criterion belongs "
                                                       "to one part"))
            else:
                placed[cid] = pi
        require = part.get("require")
        if isinstance(require, int) and not isinstance(require, bool) and require > len(ids):
            problems.append(located.problem(("questions", qi, "parts", pi, "require"),
                                            f"require is {require} but the part has only "
                                            f"{len(ids)} criteria"))
    if listed is not None:
        left = [cid for cid in listed if cid not in placed]
        if left and placed:
            problems.append(located.problem(("questions", qi, "parts"),
                                            f"{', '.join(repr(c) for c in left)} in no part; "
                                            "every criterion of the question belongs to one part"))
    return problems


def _undefined(cid: str) -> str:
    return f"criterion {cid!r} is not defined under criteria"


def _with_hints(problems: list[Problem], undefined: dict[Problem, str], criteria: Any) -> list[Problem]:
    """The shown problems, each undefined criterion with the closest defined id as a hint.

    Looking up the closest id costs a pass over every defined id, so it is done for the (at
    most MAX_PROBLEMS) problems shown, once per distinct id, with rapidfuzz (difflib's
    similarity, in C): a pack with thousands of undefined references is checked in linear
    time, not quadratic.
    """
    if not undefined:
        return problems
    from rapidfuzz import fuzz, process

    defined = sorted(criteria) if isinstance(criteria, dict) else []
    hints: dict[str, str] = {}
    out: list[Problem] = []
    for problem in problems:
        cid = undefined.get(problem)
        if cid is None:
            out.append(problem)
            continue
        if cid not in hints:
            close = process.extractOne(cid, defined, scorer=fuzz.ratio, score_cutoff=60)
            hints[cid] = f"; did you mean {close[0]!r}?" if close else ""
        out.append(replace(problem, message=problem.message + hints[cid]))
    return out


def _too_long(located: Located, where: Path_, phrase: str) -> list[Problem]:
    """A keyword phrase (or red flag) of more than MAX_PHRASE_WORDS words: an answer does not
    say so many words in a row as written, and each one makes every answer slower to score."""
    if len(phrase) < 2 * MAX_PHRASE_WORDS:  # cheap: too short to hold that many words
        return []
    from .text import phrase_words

    count = len(phrase_words(phrase))
    if count <= MAX_PHRASE_WORDS:
        return []
    return [located.problem(where, f"the phrase has {count} words; at most {MAX_PHRASE_WORDS} "
                                   "are allowed: keep the few words an answer would say, or "
                                   "split it into shorter phrases")]


def _has_word(phrase: str) -> bool:
    return any(ch.isalnum() for ch in phrase)
