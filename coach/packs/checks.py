"""The checks pydantic cannot express: references between fields (criteria a question or
part names), duplicates, phrases without words or with too many, each located in the file."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from coach.errors import Problem
from coach.yamlio import Located, Path_

# Keyword phrases and red flags are short (the bundled packs' longest has 6 words).
MAX_PHRASE_WORDS = 12


def cross_checks(located: Located, data: dict[str, Any],
                 undefined: dict[Problem, str]) -> list[Problem]:
    """Checks pydantic cannot express: references between fields and duplicates.

    A reference to an undefined criterion is recorded in `undefined` (problem -> id): its
    "did you mean" is looked up later, for the problems shown only (see with_hints).
    """
    problems: list[Problem] = []
    classes = _word_classes(data.get("language"))

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
                        problems += _class_problems(located, ("criteria", cid, field, i), phrase,
                                                   classes)
    flags = data.get("red_flags")
    for i, flag in enumerate(flags if isinstance(flags, list) else []):
        if isinstance(flag, dict) and isinstance(flag.get("phrase"), str):
            if flag["phrase"] and not _has_word(flag["phrase"]):
                problems.append(located.problem(("red_flags", i, "phrase"),
                                                f"red flag {flag['phrase']!r} has no words to match"))
            problems += _too_long(located, ("red_flags", i, "phrase"), flag["phrase"])
            problems += _class_problems(located, ("red_flags", i, "phrase"), flag["phrase"], classes)
    questions = data.get("questions")
    if not isinstance(questions, list):
        return problems
    seen: dict[str, int] = {}
    start: int | None = None
    for qi, question in enumerate(questions):
        if not isinstance(question, dict):
            continue
        if question.get("start") is True:  # one starting question: a second one is an error
            if start is None:
                start = qi
            else:
                line = located.where(("questions", start, "start"))[0]
                first = questions[start].get("id")
                problems.append(located.problem(("questions", qi, "start"),
                                                f"only one question can be the starting one; "
                                                f"{first!r} already is (start: true on line {line})"))
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


def with_hints(problems: list[Problem], undefined: dict[Problem, str], criteria: Any) -> list[Problem]:
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
    from coach.text import phrase_words

    count = len(phrase_words(phrase))
    if count <= MAX_PHRASE_WORDS:
        return []
    return [located.problem(where, f"the phrase has {count} words; at most {MAX_PHRASE_WORDS} "
                                   "are allowed: keep the few words an answer would say, or "
                                   "split it into shorter phrases")]


def _word_classes(language: object) -> dict[str, frozenset[str]] | None:
    """The word classes a pack's phrases may name, or None when its language is unknown (that
    problem is reported on its own)."""
    from coach.lang import get_language, language_problem

    if not isinstance(language, str) or language_problem(language):
        return None
    return get_language(language).word_classes


def _class_problems(located: Located, where: Path_, phrase: str,
                   classes: dict[str, frozenset[str]] | None) -> list[Problem]:
    """A word class ("{feeling}") the language lacks, a brace left open, or a phrase of word
    classes only, which would match the everyday words of its classes anywhere."""
    if "{" not in phrase and "}" not in phrase:
        return []
    from coach.text import WORD_CLASS_RE, class_name

    names = WORD_CLASS_RE.findall(phrase)
    rest = WORD_CLASS_RE.sub(" ", phrase)
    if "{" in rest or "}" in rest:
        return [located.problem(where, f"{phrase!r} has a brace without its pair; a word class "
                                       "is written in braces, as in 'could see how {feeling}'")]
    if not _has_word(rest):
        return [located.problem(where, f"{phrase!r} has no word besides its word classes; add "
                                       "the words around them, as in 'could see how {feeling}'")]
    if classes is None:
        return []
    known = ", ".join(sorted(classes)) or "none"
    return [located.problem(where, f"{phrase!r} names the word class {{{name}}}, which this "
                                   f"pack's language does not have (it has: {known})")
            for name in names if class_name(name) not in classes]


def _has_word(phrase: str) -> bool:
    return any(ch.isalnum() for ch in phrase)
