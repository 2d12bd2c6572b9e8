"""Draft a rubric from model answers: questions in, a starter pack (YAML text) out.

For each question, the key terms of its model answer become criteria: content words that
are not stop words and not already in the question, ranked by how central they are (how
often the answer uses them, how specific they are to this question among all the input's
answers), and adjacent key terms that recur together become multi-word phrases. Each
criterion lists the inflected and alternative forms worth listing (forms the answer uses,
hyphenated and joined spellings, an abbreviation and its expansion). Weights follow
centrality. The trainer then edits the draft; `coach packs validate` and `coach packs test`
check it.

Pure: reading the input raises CoachError on problems; drafting never prints.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FileProblem, InputError, Problem
from .lang import Language, get_language
from .tabular import clip
from .text import tokenize

COLUMNS = ("id", "question", "model_answer")
MAX_TEXT = 20_000  # the longest prompt or model answer a pack accepts (packs.Text)


@dataclass(frozen=True, slots=True)
class DraftItem:
    """One question to draft criteria for."""

    id: str
    question: str
    model_answer: str


@dataclass(frozen=True, slots=True)
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
    alternatives: bool = True  # list everyday synonyms and "not X" opposites (English)
    max_numbers: int = 3  # key numbers (results) per question, with their rounded forms
    # When the question asks for k of the m items the model answer lists ("name two" of eight
    # challenges), `require` is scaled by (k/m) ** choice_power; 0 turns this off.
    choice_power: float = 0.5


@dataclass(slots=True)
class _Term:
    stem: str
    forms: list[str] = field(default_factory=list)
    count: int = 0
    first: int = 0
    score: float = 0.0
    negated: list[str] = field(default_factory=list)  # "no ack": how a negated use reads
    plain: int = 0  # uses not under a negation cue
    keywords: list[str] = field(default_factory=list)  # set for numbers: their written forms


# -- input ---------------------------------------------------------------------------------------


def read_draft_input(path: Path) -> tuple[list[DraftItem], str | None, str | None]:
    """Questions with model answers from CSV, JSON Lines or a pack; plus the pack's language
    and title when the input is a pack."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        from .packs import load_pack_file

        pack = load_pack_file(path)
        items = [DraftItem(q.id, q.prompt, q.model_answer) for q in pack.questions
                 if q.model_answer.strip()]
        if not items:
            raise FileProblem(f"{path}: no question has a model_answer to draft from")
        return items, pack.language, pack.title
    from .yamlio import read_text

    text = read_text(path, limit=50 * 1024 * 1024, what="input file")
    rows = _table_rows(path, text, COLUMNS, "or a pack .yaml")
    return _items(rows, str(path)), None, None


def _table_rows(path: Path, text: str, columns: tuple[str, ...],
                other: str = "") -> list[tuple[int, dict[str, Any]]]:
    """Rows of a CSV/TSV or JSON Lines file through the reader `coach grade` uses (coach.tabular);
    every bad row is a problem, all reported at once."""
    from .tabular import CsvTable, Row, jsonl_rows, table_kind

    kind = table_kind(path)
    if kind is None:
        raise FileProblem(f"{path}: cannot tell the format from the name; use .csv, .jsonl"
                          f"{' ' + other if other else ''}")
    name = str(path)
    handle = io.BytesIO(text.encode("utf-8"))
    rows: Iterable[Row]
    if kind == "jsonl":
        rows = jsonl_rows(handle, name)
    else:
        table = CsvTable(handle, name, "\t" if kind == "tsv" else ",")
        missing = [c for c in columns if c not in table.header]
        if missing:
            raise InputError([Problem(name, 1, 1, "", f"missing column{'s' if len(missing) > 1 else ''} "
                                      f"{', '.join(missing)}; expected the columns {', '.join(columns)}")])
        rows = table
    found: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    for row in rows:
        if row.error is not None or row.fields is None:
            problems.append(Problem(name, row.line, 1, "", row.error or "unreadable row"))
        else:
            found.append((row.line, row.fields))
    if problems:
        raise InputError(problems)
    return found


def _items(rows: list[tuple[int, dict[str, Any]]], name: str) -> list[DraftItem]:
    items: list[DraftItem] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for line, row in rows:
        values = {}
        for column in COLUMNS:
            value = row.get(column)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                problems.append(Problem(name, line, 1, column, f"missing or empty {column!r}"))
                break
            values[column] = value.strip()
            if column != "id" and len(values[column]) > MAX_TEXT:
                # A pack holds at most this much text per field: say so here, with the line,
                # rather than fail when the drafted pack is validated.
                problems.append(Problem(name, line, 1, column, f"{column!r} is {len(values[column]):,} "
                                        f"characters; a pack allows at most {MAX_TEXT:,}"))
                break
        else:
            qid = slug(values["id"])
            if not qid:
                problems.append(Problem(name, line, 1, "id", f"id {clip(values['id'])!r} has no letters "
                                        "or digits to make a question id from"))
                continue
            if qid in seen:
                problems.append(Problem(name, line, 1, "id", f"duplicate id {qid!r}"))
                continue
            seen.add(qid)
            items.append(DraftItem(qid, values["question"], values["model_answer"]))
    if problems:
        raise InputError(problems)
    if not items:
        raise FileProblem(f"{name}: no rows to draft from")
    return items


GRADED_COLUMNS = ("id", "answer", "score")


@dataclass(frozen=True, slots=True)
class GradedAnswer:
    """A sample answer with the score a grader gave it (0-1), for fitting a drafted rubric."""

    line: int
    answer: str
    score: float


def read_graded(path: Path, question_ids: set[str]) -> dict[str, list[GradedAnswer]]:
    """Graded sample answers by question id, from CSV or JSON Lines (id, answer, score).

    Scores are fractions (0-1), or percentages when any score is above 1. Every problem is
    reported with its line; an id that is not one of the drafted questions is a problem too.
    """
    from .yamlio import read_text

    name = str(path)
    text = read_text(path, limit=200 * 1024 * 1024, what="graded answers file")
    rows = _table_rows(path, text, GRADED_COLUMNS)
    problems: list[Problem] = []
    parsed: list[tuple[int, str, str, float]] = []
    for line, row in rows:
        raw_id, answer, raw_score = (row.get(c) for c in GRADED_COLUMNS)
        qid = slug(str(raw_id)) if isinstance(raw_id, (str, int, float)) else ""
        if not qid:
            problems.append(Problem(name, line, 1, "id", "missing or empty 'id'"))
            continue
        if qid not in question_ids:
            problems.append(Problem(name, line, 1, "id", f"no question {qid!r} to draft; expected "
                                    f"one of {', '.join(sorted(question_ids)[:5])}"
                                    f"{', ...' if len(question_ids) > 5 else ''}"))
            continue
        if not isinstance(answer, str):
            problems.append(Problem(name, line, 1, "answer", "missing 'answer' (text)"))
            continue
        try:
            score = float(raw_score) if not isinstance(raw_score, bool) else math.nan
        except (TypeError, ValueError):
            score = math.nan
        if not 0 <= score <= 100:  # also rejects NaN
            shown = clip(repr(raw_score)) if isinstance(raw_score, str) else clip(str(raw_score))
            problems.append(Problem(name, line, 1, "score", f"expected a score from 0 to 1 (or 0 "
                                    f"to 100), got {shown}"))
            continue
        parsed.append((line, qid, answer, score))
    if problems:
        raise InputError(problems)
    if not parsed:
        raise FileProblem(f"{name}: no graded answers")
    scale = 100.0 if any(score > 1 for *_, score in parsed) else 1.0
    graded: dict[str, list[GradedAnswer]] = {}
    for line, qid, answer, score in parsed:
        graded.setdefault(qid, []).append(GradedAnswer(line, answer, score / scale))
    return graded


def slug(text: str) -> str:
    """A valid pack/question/criterion id from any text ("10.1" -> "10-1"); '' if impossible."""
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out[:60].strip("-")


# -- drafting ------------------------------------------------------------------------------------


def draft_pack(items: list[DraftItem], pack_id: str, language: str, *, title: str | None = None,
               settings: DraftSettings | None = None) -> dict[str, Any]:
    """The drafted pack as plain data (the shape of a pack YAML file)."""
    settings = settings or DraftSettings()
    lang = get_language(language)
    stop = lang.function_words | lang.stop_words | lang.grader_words | lang.negation_cues
    analysed = [_terms(item, lang, stop, settings) for item in items]
    df: Counter[str] = Counter()
    for terms, _phrases in analysed:
        df.update(terms.keys())
    n = len(items)
    criteria: dict[str, Any] = {}
    questions: list[dict[str, Any]] = []
    for item, (terms, phrases) in zip(items, analysed, strict=True):
        asked = tokenize(item.question).norms
        avoid = set(asked) | {lang.stem(w) for w in asked}
        for term in terms.values():
            idf = math.log((n + 1) / (df[term.stem] + 0.5)) + 1.0
            position = 1.0 + 0.3 / (1 + term.first / 20)
            term.score = (1.0 + math.log(term.count)) * idf * position
        ranked = sorted(terms.values(), key=lambda t: (-t.score, t.first))
        limit = max(1, min(settings.max_criteria, math.ceil(settings.share * len(ranked))))
        chosen = ranked[:limit]
        if not chosen:
            continue
        top, low = chosen[0].score, chosen[-1].score
        ids: list[str] = []
        for term in chosen:
            cid = _criterion_id(item.id, term, criteria)
            keywords = term.keywords or _keywords(term, phrases, item.model_answer, lang,
                                                  settings.alternatives, avoid)
            # 1 to max_weight by centrality within the question; all 1 when nothing stands out.
            spread = (term.score - low) / (top - low) if top - low > 1e-9 else 0.0
            top_weight = settings.max_weight if settings.weighted else 1
            # In weight_step steps: finer weights leave fewer tied scores between answers.
            step = settings.weight_step or 1.0
            weight = round(1 + round((top_weight - 1) * spread / step) * step, 2)
            criteria[cid] = {
                "label": term.forms[0],
                "keywords": keywords,
                "weight": max(1, min(top_weight, weight)),
                "tip": f"Mention {term.forms[0]!r}: the model answer relies on it.",
            }
            ids.append(cid)
        share = asked_share(item.question, item.model_answer, lang)
        scale = share ** settings.choice_power if share else 1.0
        require = max(1, min(len(ids), round(scale * settings.require_share
                                             * len(ids) ** settings.require_power)))
        questions.append({
            "id": item.id, "prompt": item.question, "criteria": ids,
            **({"require": require} if require < len(ids) else {}),
            "model_answer": item.model_answer,
            "examples": [{"answer": item.model_answer, "earns": ids, "min_score": 100,
                          "note": "the model answer itself earns every drafted criterion"}],
        })
    _drop_unearned(criteria, questions, language)
    for index, question in enumerate(questions):
        questions[index] = _in_parts(question, criteria, lang)
    if not questions:
        from .errors import CoachError

        raise CoachError("no key terms found in any model answer: nothing to draft")
    return {
        "pack": pack_id,
        "title": title or pack_id.replace("-", " ").capitalize(),
        "language": language,
        "description": "Drafted by `coach packs draft` from model answers; review every criterion.",
        "criteria": criteria,
        "questions": questions,
    }


def _drop_unearned(criteria: dict[str, Any], questions: list[dict[str, Any]], language: str) -> None:
    """Drop criteria that the model answer itself does not earn (the engine reads it negated or
    apart), so that the drafted example agrees with the engine, and questions left with none."""
    from .engine import detect
    from .packs import Pack, PackModel

    if not questions:
        return
    pack = Pack(PackModel.model_validate({"pack": "draft", "title": "draft", "language": language,
                                          "criteria": criteria, "questions": questions}))
    for question in list(questions):
        # A model answer is a reference, not a candidate: no stuffing rule for it.
        earned = detect(pack, question["model_answer"], question["criteria"], stuffing=False)
        kept = [cid for cid in question["criteria"] if earned[cid].earned]
        for cid in question["criteria"]:
            if cid not in kept:
                del criteria[cid]
        if not kept:
            questions.remove(question)
            continue
        require = min(question.get("require") or len(question["criteria"]), len(kept))
        rebuilt = {**question, "criteria": kept,
                   "examples": [{**question["examples"][0], "earns": kept}]}
        questions[questions.index(question)] = _with_require(rebuilt, require)


MIN_GRADED = 3  # fewer graded answers say too little about where full marks begin


@dataclass(frozen=True, slots=True)
class Fit:
    """How one question's `require` was fitted to its graded answers."""

    question: str
    answers: int
    drafted_require: int
    require: int
    error_before: float  # root-mean-square gap to the graders' scores (0-1)
    error_after: float


def fit_require(data: dict[str, Any], graded: dict[str, list[GradedAnswer]]) -> list[Fit]:
    """Set each drafted question's `require` (how many criteria make full marks) to the value
    whose scores come closest to the graders' on its graded answers (least squares; ties go
    to the drafted value). Questions with fewer than MIN_GRADED graded answers are left alone.

    The criteria and weights stay as drafted: the graders' scores only say where full marks
    begin, which the model answer alone cannot tell (a model answer listing eight possible
    challenges for a question asking for two).
    """
    from .engine import combine, coverage, part_result, score_answer
    from .packs import Pack, PackModel

    fits: list[Fit] = []
    pack: Pack | None = None
    for index, question in enumerate(data["questions"]):
        answers = graded.get(question["id"], [])
        if len(answers) < MIN_GRADED:
            continue
        if pack is None:
            pack = Pack(PackModel.model_validate(data))
        ids = question["criteria"]
        groups = [(part["label"], part["criteria"]) for part in question.get("parts", [])] or \
            [("", ids)]
        drafted = _drafted_require(question)
        scored = [score_answer(pack, question["id"], a.answer) for a in answers]
        earned = [{c.id for c in s.criteria if c.earned} for s in scored]

        errors = {}
        for require in range(1, len(ids) + 1):
            needs = _part_requires(require, len(ids), [len(g) for _, g in groups])
            gaps = []
            for s, got, a in zip(scored, earned, answers, strict=True):
                parts = [part_result(label, g, pack, got, need)
                         for (label, g), need in zip(groups, needs, strict=True)]
                mine = 0 if s.empty else combine(coverage(parts), s.penalty, s.length_factor)
                gaps.append(mine / 100 - a.score)
            errors[require] = math.sqrt(sum(g * g for g in gaps) / len(gaps))
        best = min(errors, key=lambda r: (round(errors[r], 9), abs(r - drafted)))
        fits.append(Fit(question["id"], len(answers), drafted, best, errors[drafted], errors[best]))
        data["questions"][index] = _set_require(question, best)
    return fits


def _part_requires(require: int, total: int, sizes: list[int]) -> list[int]:
    """A question's `require` out of `total` criteria, shared out over parts of these sizes."""
    if len(sizes) == 1:
        return [require]
    return [max(1, min(size, round(require / total * size))) for size in sizes]


def _drafted_require(question: dict[str, Any]) -> int:
    """The question's `require`, for a question in parts the sum of theirs."""
    if "parts" in question:
        return sum(part.get("require") or len(part["criteria"]) for part in question["parts"])
    return question.get("require") or len(question["criteria"])


def _set_require(question: dict[str, Any], require: int) -> dict[str, Any]:
    """The question with this `require`, shared out over its parts if it has any."""
    if "parts" not in question:
        return _with_require(question, require)
    sizes = [len(part["criteria"]) for part in question["parts"]]
    needs = _part_requires(require, len(question["criteria"]), sizes)
    parts = [_part(part["label"], part["criteria"], need)
             for part, need in zip(question["parts"], needs, strict=True)]
    return {**question, "parts": parts}


def _part(label: str, criteria: list[str], require: int) -> dict[str, Any]:
    return {"label": label, "criteria": criteria,
            **({"require": require} if require < len(criteria) else {})}


def _in_parts(question: dict[str, Any], criteria: dict[str, Any], lang: Language) -> dict[str, Any]:
    """A question whose model answer has paragraphs (one per part of the question: "Slow
    start: ... / Congestion avoidance: ...") or a list of items the question does not ask a
    few of, in parts, each criterion in the paragraph or item that first uses it, so the
    score asks for every part. Parts with a single criterion join their neighbour; a question
    left with one part is returned as it was."""
    answer = question["model_answer"]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", answer) if p.strip()]
    if len(paragraphs) < 2 and asked_share(question["prompt"], answer, lang) is None:
        # A numbered or bulleted list the question does not ask a few items of: every item
        # is a part of the answer ("1. what the table holds 2. how it learns 3. ...").
        paragraphs = _bulleted_items(answer) or paragraphs
    if len(paragraphs) < 2:
        return question
    stems = [{lang.stem(w) for w in tokenize(p).norms} for p in paragraphs]
    groups: list[list[str]] = [[] for _ in paragraphs]
    for cid in question["criteria"]:
        words = {lang.stem(w) for w in tokenize(criteria[cid]["keywords"][0]).norms}
        home = next((i for i, found in enumerate(stems) if words <= found), 0)
        groups[home].append(cid)
    merged: list[tuple[int, list[str]]] = []
    for i, group in enumerate(groups):
        if merged and len(group) < 2:
            merged[-1][1].extend(group)
        elif group:
            merged.append((i, list(group)))
    if len(merged) > 1 and len(merged[0][1]) < 2:
        merged[1] = (merged[0][0], merged[0][1] + merged[1][1])
        merged.pop(0)
    if len(merged) < 2:
        return question
    ids = question["criteria"]
    needs = _part_requires(question.get("require") or len(ids), len(ids),
                           [len(group) for _, group in merged])
    parts = [_part(_part_label(paragraphs[i]), group, need)
             for (i, group), need in zip(merged, needs, strict=True)]
    return _after_criteria(question, parts=parts)


def _part_label(paragraph: str) -> str:
    """A part's label: the start of its paragraph's first line ("Slow start (cwnd < ...)")."""
    line = paragraph.splitlines()[0].strip().rstrip(":").strip()
    words = line.split()
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")


_BULLET = re.compile(r"\s*(?:\d{1,2}[.)]|[-–•●○▪◦*]|[ivx]{1,4}[.)]|[a-h][.)])")


def asked_share(question: str, model_answer: str, lang: Language) -> float | None:
    """k/m when the question asks for k of the m items its model answer lists ("Name two
    challenges" over a list of eight; "one of the following" in the model answer), else None.

    A model answer written for graders lists every acceptable item; an answer naming the k
    asked for deserves full marks, so `require` shrinks with the share asked.
    """
    asked = _choice_count(tokenize(model_answer).norms, lang) or _asked_count(
        tokenize(question).norms, lang)
    listed = _listed_items(model_answer)
    if asked and listed and asked < listed:
        return asked / listed
    return None


def _count(word: str, lang: Language) -> int | None:
    if word.isdigit():
        return int(word) if 0 < int(word) <= 10 else None
    return lang.number_words.get(word)


def _choice_count(norms: list[str], lang: Language) -> int | None:
    """k of "any k of the following" (or, in verb-final languages, a count just after it)."""
    for phrase in lang.choice_phrases:
        words = phrase.split()
        for i in range(len(norms) - len(words) + 1):
            if norms[i : i + len(words)] != words:
                continue
            around = norms[max(0, i - 2) : i][::-1] + norms[i + len(words) : i + len(words) + 3]
            for word in around:
                if (value := _count(word, lang)) is not None:
                    return value
    return None


def _asked_count(norms: list[str], lang: Language) -> int | None:
    """How many items the question asks for: the counts near its asking verbs ("state at least
    4", "describe two benefits and two drawbacks" = 4), not lengths ("in 2-5 sentences")."""
    found: dict[int, int] = {}
    for i, word in enumerate(norms):
        if word not in lang.ask_words:
            continue
        for j in [*range(i + 1, min(len(norms), i + 5)), *range(max(0, i - 3), i)]:
            value = _count(norms[j], lang)
            if value is not None and not lang.length_units & set(norms[j + 1 : j + 3]):
                found[j] = value
        # "two benefits and two drawbacks": a second count right after the first item
        for j in range(i + 5, min(len(norms), i + 8)):
            if j - 2 in found and norms[j - 1] in lang.coordinators:
                value = _count(norms[j], lang)
                if value is not None:
                    found[j] = value
    return sum(found.values()) or None


def _listed_items(text: str) -> int | None:
    """How many items a model answer lists: its bulleted or numbered lines, or its lines when
    every one is short (one item per line); None when it is prose."""
    lines = [line for line in text.splitlines() if line.strip()]
    bullets = sum(1 for line in lines if _BULLET.match(line))
    if bullets >= 2:
        return bullets
    if len(lines) >= 3 and all(len(line.split()) <= 12 for line in lines):
        return len(lines)
    return None


def _bulleted_items(text: str) -> list[str]:
    """The items of a model answer's bulleted or numbered list, each with the lines that
    follow it (lines before the first bullet are an item of their own); [] without a list."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if _BULLET.match(line)) < 2:
        return []
    items: list[str] = []
    for line in lines:
        if _BULLET.match(line) or not items:
            items.append(line.strip())
        else:
            items[-1] += "\n" + line.strip()
    return items


def _with_require(question: dict[str, Any], require: int) -> dict[str, Any]:
    """The question with `require` set, or left out when every criterion is needed."""
    if require < len(question["criteria"]):
        return _after_criteria(question, require=require)
    return _after_criteria(question)


def _after_criteria(question: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """The question with `fields` placed right after its criteria, where a trainer looks for
    them, in place of any `require` or `parts` it had."""
    out: dict[str, Any] = {}
    for name, value in question.items():
        if name in ("require", "parts"):
            continue
        out[name] = value
        if name == "criteria":
            out.update(fields)
    return out


def _terms(item: DraftItem, lang: Language, stop: frozenset[str],
           settings: DraftSettings) -> tuple[dict[str, _Term], Counter[tuple[str, ...]]]:
    """The model answer's key terms by stem, and its recurring adjacent key-term pairs."""
    question_words = set(tokenize(item.question).norms) if settings.skip_question_words else set()
    question_stems = {lang.stem(w) for w in question_words}
    tokens = tokenize(item.model_answer)
    terms: dict[str, _Term] = {}
    keys: list[str | None] = []
    for i, word in enumerate(tokens.norms):
        key = None
        if _is_key(word, stop, settings):
            stem = lang.stem(word)
            cue = _negated_by(tokens.norms, tokens.clauses, i, lang)
            in_question = stem in question_stems or word in question_words
            # A question word says nothing new, unless the answer denies it ("not independent").
            if not in_question or cue is not None:
                key = stem
                term = terms.setdefault(stem, _Term(stem, first=i))
                term.count += 1
                if word not in term.forms:
                    term.forms.append(word)
                if cue is None:
                    term.plain += 1
                else:
                    lo, hi = min(cue, i), max(cue, i)
                    phrase = " ".join(tokens.norms[lo : hi + 1])
                    if phrase not in term.negated:
                        term.negated.append(phrase)
                if in_question:
                    term.plain = 0
        keys.append(key)
    if settings.max_numbers:
        for number in _numbers(item, settings.max_numbers):
            terms.setdefault(number.stem, number)
    phrases: Counter[tuple[str, ...]] = Counter()
    norms = tokens.norms
    for i in range(len(norms) - 1):
        if tokens.clauses[i] != tokens.clauses[i + 1]:
            continue
        a, b = norms[i], norms[i + 1]
        if keys[i] is None and keys[i + 1] is None:
            continue
        if _is_key(a, stop, settings) and _is_key(b, stop, settings):
            phrases[(a, b)] += 1
    return terms, phrases


_NUMBER = re.compile(r"(?<![\w.,])(\d+)(?:[.,](\d+))?(?![\w]|[.,]\d)")


def _numbers(item: DraftItem, limit: int) -> list[_Term]:
    """The model answer's key numbers (results such as 0.0508 or 56.95, not ones the question
    gives), each with the forms a candidate writes: rounded to fewer digits, with a decimal
    point or comma (tokens split at both, so only the telling part of a number is listed)."""
    given = {m.group(0).replace(",", ".") for m in _NUMBER.finditer(item.question)}
    given |= {m.group(1) for m in _NUMBER.finditer(item.question)}
    found: dict[str, _Term] = {}
    results: set[str] = set()
    for match in _NUMBER.finditer(item.model_answer):
        whole, fraction = match.group(1), match.group(2) or ""
        value = f"{whole}.{fraction}" if fraction else whole
        if value in given or (not fraction and (len(whole) < 2 or whole in given)):
            continue
        forms: list[str] = []
        if fraction and int(whole) == 0:
            # 0.013824 -> "013824", "01382", "0138", "014": the digits after the point.
            digits = fraction.rstrip("0")
            zeros = len(digits) - len(digits.lstrip("0"))
            for keep in range(len(digits) - zeros, 1, -1):
                rounded = f"{round(float(value), zeros + keep):.{zeros + keep}f}".split(".")[1]
                if rounded not in forms and rounded.strip("0"):
                    forms.append(rounded)
        elif fraction:
            if len(whole) < 2:
                continue
            # 56.9512 -> "56" or "57" (a point splits the number into two words).
            forms = list(dict.fromkeys([whole, str(round(float(value)))]))
        else:
            forms = [whole]
        if not forms:
            continue
        position = len(tokenize(item.model_answer[: match.start()]))
        term = found.setdefault(f"#{value}", _Term(f"#{value}", forms=[value], first=position))
        term.count += 1
        term.plain += 1
        term.keywords = forms
        before = item.model_answer[: match.start()].rstrip()
        after = item.model_answer[match.end():].lstrip()
        if before.endswith("=") and after[:1] not in ("*", "^", "+", "/", "-", "·", "×"):
            results.add(term.stem)  # "= 0.0508": the end of a calculation
    # Results of calculations first, then numbers the answer repeats, then later ones.
    ranked = sorted(found.values(), key=lambda t: (t.stem not in results, -t.count, -t.first))
    return ranked[:limit]


def _negated_by(norms: list[str], clauses: list[int], i: int, lang: Language) -> int | None:
    """Where the negation cue that governs word i stands (the engine's rule), if any."""
    for pos in range(i - 1, max(-1, i - 1 - lang.negation_before), -1):
        word = norms[pos]
        if clauses[pos] != clauses[i] or word in lang.scope_breakers:
            return None
        if word in lang.negation_cues or word.endswith(lang.negation_endings or ("\0",)):
            nxt = norms[pos + 1] if pos + 1 < len(norms) else ""
            return None if nxt in lang.not_negating_next else pos
    for pos in range(i + 1, min(len(norms), i + 1 + lang.negation_after)):
        word = norms[pos]
        if clauses[pos] != clauses[i] or word in lang.scope_breakers:
            return None
        if word in lang.negation_after_cues or word.endswith(lang.negation_after_endings or ("\0",)):
            return pos
    return None


def _is_key(word: str, stop: frozenset[str], settings: DraftSettings) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    # "300m", "5ms": a number with its unit is as telling as a word.
    unit = 0 < letters <= 3 and word[0].isdigit() and word[-1].isalpha()
    return word not in stop and (letters >= settings.min_word or unit) and not word.isdigit()


def _criterion_id(qid: str, term: _Term, existing: dict[str, Any]) -> str:
    base = slug(term.forms[0]) or f"term{len(existing) + 1}"
    cid = f"{qid}-{base}"[:64].strip("-")
    n = 2
    while cid in existing:
        cid = f"{qid}-{base}"[:60].strip("-") + f"-{n}"
        n += 1
    return cid


def _keywords(term: _Term, phrases: Counter[tuple[str, ...]], answer: str, lang: Language,
              alternatives: bool = False, avoid: set[str] | None = None) -> list[str]:
    """The forms worth listing for a term: its own forms, spelling variants, an expansion."""
    out: list[str] = []

    def add(phrase: str) -> None:
        phrase = " ".join(phrase.split())
        if phrase and phrase.lower() not in (p.lower() for p in out):
            out.append(phrase)

    avoid = avoid or set()
    if term.plain == 0 and term.negated:
        # The model answer only ever says it negated ("no ACK"): that negation is the point.
        for phrase in term.negated:
            add(phrase)
        if alternatives:
            for a, b in _EN_OPPOSITES if lang.code == "en" else ():
                for this, other in ((a, b), (b, a)):
                    if lang.stem(this) == term.stem and lang.stem(other) not in avoid:
                        add(other)  # "not independent" ~ "dependent"
        return out
    for form in term.forms:
        add(form)
        if "-" in form:
            add(form.replace("-", " "))
            add(form.replace("-", ""))
    for (a, b), count in phrases.items():
        if count >= 2 and (lang.stem(a) == term.stem or lang.stem(b) == term.stem):
            add(f"{a} {b}")
    for expansion in _expansions(term.forms, answer):
        add(expansion)
    if alternatives:
        for alternative in _alternatives(term.forms, lang, avoid):
            add(alternative)
    return out


# Everyday words a candidate may use instead of a model answer's word (English): each group's
# members stand for one another. General wording only: the trainer adds the domain's own.
_EN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("decrease", "reduce", "shrink", "smaller", "lower", "drop", "decline", "diminish"),
    ("increase", "grow", "raise", "larger", "bigger", "higher", "rise", "expand"),
    ("fast", "quick", "rapid", "speedy"),
    ("slow", "sluggish"),
    ("large", "big", "huge"),
    ("small", "little", "tiny"),
    ("short", "shorter", "brief"),
    ("long", "longer", "lengthy"),
    ("start", "begin", "initiate"),
    ("stop", "end", "finish", "terminate", "halt"),
    ("send", "transmit"),
    ("receive", "get", "obtain"),
    ("utilize", "employ", "use"),
    ("require", "need", "necessary", "mandatory", "must"),
    ("allow", "enable", "permit", "let"),
    ("avoid", "prevent"),
    ("error", "mistake", "fault"),
    ("fail", "failure", "crash", "breakdown"),
    ("easy", "simple", "straightforward"),
    ("hard", "difficult", "complex", "complicated"),
    ("cheap", "inexpensive"),
    ("expensive", "costly"),
    ("identical", "equal", "same"),
    ("different", "distinct", "differ"),
    ("entire", "whole", "all"),
    ("correct", "right", "accurate"),
    ("wrong", "incorrect"),
    ("delete", "remove", "purge", "erase", "discard", "drop"),
    ("update", "refresh"),
    ("duplicate", "copy"),
    ("choose", "select", "pick"),
    ("multiple", "several", "many"),
    ("fixed", "constant", "static"),
    ("variable", "dynamic", "changing", "flexible"),
    ("double", "twice", "doubled"),
    ("half", "halve", "halved"),
    ("advantage", "benefit", "pro"),
    ("disadvantage", "drawback", "downside", "con"),
    ("problem", "issue"),
    ("goal", "objective", "aim", "purpose"),
    ("secure", "safe"),
    ("speed", "rate", "velocity"),
    ("probability", "likelihood", "chance"),
    ("probable", "likely"),
    ("optional", "not required"),
    ("unfair", "unfairness", "not fair", "inequality"),
    ("efficient", "effective"),
    ("unique", "single", "only one"),
    ("lost", "loss", "dropped"),
)
# Word pairs where "not" with one says the other ("not independent" ~ "dependent").
_EN_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("same", "different"), ("possible", "impossible"), ("dependent", "independent"),
    ("necessary", "unnecessary"), ("fixed", "variable"), ("static", "dynamic"),
    ("reliable", "unreliable"), ("fair", "unfair"), ("efficient", "inefficient"),
    ("secure", "insecure"), ("required", "optional"), ("ordered", "unordered"),
    ("confirmed", "unconfirmed"), ("connected", "connectionless"), ("finite", "infinite"),
)


def _alternatives(forms: list[str], lang: Language, avoid: set[str]) -> list[str]:
    """Everyday synonyms and "not X" opposites of a term's forms (English only), leaving out
    words the question says: they would earn the criterion for repeating the question."""
    if lang.code != "en":
        return []
    stems = {lang.stem(f) for f in forms}
    out: list[str] = []
    for group in _EN_SYNONYMS:
        if stems & {lang.stem(w) for w in group}:
            out += [w for w in group if lang.stem(w) not in stems]
    for a, b in _EN_OPPOSITES:
        for this, other in ((a, b), (b, a)):
            if lang.stem(this) in stems:
                out.append(f"not {other}")
    return [w for w in out if not set(w.split()) & avoid and lang.stem(w) not in avoid]


_ABBREVIATION = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,5})\(\s*([^\W\d_][\w-]{1,9})\s*\)")


def _expansions(forms: list[str], answer: str) -> list[str]:
    """'Round Trip Time (RTT)': RTT <-> round trip time, both ways."""
    found: list[str] = []
    for match in _ABBREVIATION.finditer(answer):
        words = match.group(1).split()
        short = match.group(2)
        initials = "".join(w[0] for w in words).lower()
        size = len(short)
        long_words = words[-size:] if initials.endswith(short.lower()) else None
        if not long_words:
            continue
        long = " ".join(long_words).lower()
        if short.lower() in forms:
            found.append(long)
        elif any(w.lower() in forms for w in long_words):
            found.append(short.lower())
    return found


# -- output --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted pack as YAML text, with how its `require` values were fitted (if at all)."""

    text: str
    fits: list[Fit]


def draft_pack_text(items: list[DraftItem], pack_id: str, language: str, *,
                    title: str | None = None, source: str = "model answers",
                    settings: DraftSettings | None = None) -> str:
    """The drafted pack as commented YAML that `coach packs validate` accepts."""
    return draft(items, pack_id, language, title=title, source=source, settings=settings).text


def draft(items: list[DraftItem], pack_id: str, language: str, *, title: str | None = None,
          source: str = "model answers", settings: DraftSettings | None = None,
          graded: dict[str, list[GradedAnswer]] | None = None) -> Draft:
    """Draft a pack from model answers and, given graders' scores of sample answers, fit each
    question's `require` to them; the result as commented YAML."""
    import yaml

    data = draft_pack(items, pack_id, language, title=title, settings=settings)
    fits = fit_require(data, graded) if graded else []
    class _Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:  # no &id001 anchors in a file people edit
            return True

    def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        if "\n" in value:  # model answers as readable | blocks
            value = "\n".join(line.rstrip() for line in value.strip().splitlines())
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    _Dumper.add_representer(str, _text)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    head = (f"# Drafted by `coach packs draft` from {source}.\n"
            "# A starting point: check each criterion's keywords (add the synonyms candidates use,\n"
            "# drop terms that do not show understanding), weights and `require`, add examples\n"
            "# of weak answers, then run `coach packs validate` and `coach packs test`.\n")
    if fits:
        answers = sum(f.answers for f in fits)
        head += (f"# `require` of {len(fits)} question{'s' if len(fits) != 1 else ''} was fitted "
                 f"to {answers} graded answer{'s' if answers != 1 else ''}: the number of\n"
                 "# criteria for full marks whose scores come closest to the graders'.\n")
    return Draft(head + body, fits)
