"""Pack files in, a validated `Pack` out, or one PackError listing every problem.

Nothing else in coach reads pack files. Validation runs in two passes: pydantic checks the
shape of every field (all errors at once), then cross-references are checked (checks.py).
Each problem is mapped back to FILE:LINE:COLUMN, worded for the trainer who wrote the file.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from coach.errors import PackError, Problem
from coach.fileio import read_text
from coach.yamlio import Located, Path_, parse_yaml

from .checks import cross_checks, with_hints
from .models import Criterion, Example, PackModel, Part, Question, RedFlag
from .pack import Pack

# A broken pack of 100,000 fields is reported by its first problems, in bounded time.
MAX_PROBLEMS = 100


def load_pack_file(path: Path) -> Pack:
    """Load and validate one pack file; raise PackError with every problem it has."""
    return Pack(validate(_parse(read_text(path, what="file"), str(path))), source=path)


def load_pack_text(text: str, name: str = "<pack>") -> Pack:
    """Load a pack from YAML text (for tests, notebooks and tools)."""
    return Pack(validate(_parse(text, name)))


def _parse(text: str, name: str) -> Located:
    """The pack's YAML, parsed safely; a syntax error on a line indented with a tab says that
    the tab is the problem (the parser's own words, "found character that cannot start any
    token", do not), located at the tab."""
    try:
        return parse_yaml(text, name, error=PackError)
    except PackError as exc:
        raise PackError([_tab_problem(text, p) for p in exc.problems]) from None


_INDENT = re.compile(r"[ \t]*")


def _tab_problem(text: str, problem: Problem) -> Problem:
    if not problem.message.startswith("invalid YAML") or "tab" in problem.message or problem.line < 1:
        return problem
    lines = text.splitlines()
    if problem.line > len(lines):
        return problem
    indent = _INDENT.match(lines[problem.line - 1])
    if indent is None or "\t" not in indent.group():
        return problem
    return Problem(problem.file, problem.line, indent.group().index("\t") + 1, problem.path,
                   "invalid YAML: a tab in the indentation; YAML indents with spaces only, so "
                   "replace the tab with spaces")



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
    problems += cross_checks(located, data, undefined)
    problems += _language_problems(located, data)
    if problems or model is None:
        problems = sorted(set(problems), key=lambda p: (p.line, p.column, p.path, p.message))
        hidden += max(0, len(problems) - MAX_PROBLEMS)
        problems = with_hints(problems[:MAX_PROBLEMS], undefined, data.get("criteria"))
        if hidden > 0:
            last = problems[-1]
            problems.append(Problem(last.file, last.line, last.column, "",
                                    f"… and {hidden:,} more problems; fix these first"))
        raise PackError(problems)
    return model


def _language_problems(located: Located, data: dict[str, Any]) -> list[Problem]:
    """A well-formed language code coach has no module for (`language: fr`), reported with
    every other problem rather than only once they are fixed."""
    from coach.lang import language_problem

    code = data.get("language")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z]{2}", code):
        return []  # a malformed code is pydantic's problem, worded there
    message = language_problem(code)
    return [located.problem(("language",), message)] if message else []


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
    # problem is about the key itself, located where the key is written. (Only a last entry is
    # that marker, and never for an unknown field: a pack may hold a key spelt "[key]".)
    kind = err["type"]
    on_key = bool(raw_loc) and raw_loc[-1] == "[key]" and kind != "extra_forbidden"
    loc: Path_ = raw_loc[:-1] if on_key else raw_loc
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
    """A value as a problem message names it: short, and saying what kind of thing it is."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
