"""Shaping a drafted question: into parts (one per paragraph or listed item of its model
answer, so the score asks for every part), and how many items it asks for of those its
model answer lists ("Name two challenges" over a list of eight), and where `require` goes."""

from __future__ import annotations

import re
from typing import Any

from coach.lang import Language
from coach.tokens import tokenize


def part_requires(require: int, total: int, sizes: list[int]) -> list[int]:
    """A question's `require` out of `total` criteria, shared out over parts of these sizes."""
    if len(sizes) == 1:
        return [require]
    return [max(1, min(size, round(require / total * size))) for size in sizes]




def part_data(label: str, criteria: list[str], require: int) -> dict[str, Any]:
    """One part as a pack file holds it (`require` left out when every criterion is needed)."""
    return {"label": label, "criteria": criteria,
            **({"require": require} if require < len(criteria) else {})}


def in_parts(question: dict[str, Any], criteria: dict[str, Any], lang: Language) -> dict[str, Any]:
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
    needs = part_requires(question.get("require") or len(ids), len(ids),
                           [len(group) for _, group in merged])
    parts = [part_data(_part_label(paragraphs[i]), group, need)
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


def with_require(question: dict[str, Any], require: int) -> dict[str, Any]:
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
