"""Reading the trainer's input: questions with model answers (CSV, TSV, JSON Lines or a pack)
and graded sample answers, through the tabular reader `coach grade` uses (coach.tabular).

Every bad row is a Problem with its line, all reported at once (InputError).
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path
from typing import Any

from coach.errors import FileProblem, InputError, Problem
from coach.records import record
from coach.tabular import clip, open_rows, table_kind

COLUMNS = ("id", "question", "model_answer")
MAX_TEXT = 20_000  # the longest prompt or model answer a pack accepts (packs.Text)


@record(slots=True)
class DraftItem:
    """One question to draft criteria for."""

    id: str
    question: str
    model_answer: str





def read_draft_input(path: Path) -> tuple[list[DraftItem], str | None, str | None]:
    """Questions with model answers from CSV, JSON Lines or a pack; plus the pack's language
    and title when the input is a pack."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        from coach.packs import load_pack_file

        pack = load_pack_file(path)
        items = [DraftItem(q.id, q.prompt, q.model_answer) for q in pack.questions
                 if q.model_answer.strip()]
        if not items:
            raise FileProblem(f"{path}: no question has a model_answer to draft from")
        return items, pack.language, pack.title
    from coach.yamlio import read_text

    text = read_text(path, limit=50 * 1024 * 1024, what="input file")
    rows = _table_rows(path, text, COLUMNS, "or a pack .yaml")
    return _items(rows, str(path)), None, None


def _table_rows(path: Path, text: str, columns: tuple[str, ...],
                other: str = "") -> list[tuple[int, dict[str, Any]]]:
    """Rows of a CSV/TSV or JSON Lines file through the reader `coach grade` uses (coach.tabular);
    every bad row is a problem, all reported at once."""
    kind = table_kind(path)
    if kind is None:
        raise FileProblem(f"{path}: cannot tell the format from the name; use .csv, .jsonl"
                          f"{' ' + other if other else ''}")
    name = str(path)
    handle = io.BytesIO(text.encode("utf-8"))
    rows = open_rows(handle, name, kind, columns, lambda missing: (
        f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; expected the "
        f"columns {', '.join(columns)}"))
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


@record(slots=True)
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
    from coach.yamlio import read_text

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
            score = float(raw_score) if isinstance(raw_score, (int, float, str)) and \
                not isinstance(raw_score, bool) else math.nan
        except ValueError:
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


