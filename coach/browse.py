"""Finding questions (`coach questions`): the questions of some packs filtered by tag and by
text, each with its last score and when it is next due. Pure: packs, scores and cards in,
rows out; the command reads them and coach/output/ shows them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coach.records import record

if TYPE_CHECKING:
    from .packs import Pack
    from .store import CardRow


@record(slots=True)
class QuestionRow:
    """One question as listed: where it is, what it asks, and where the candidate stands."""

    pack: str
    id: str
    prompt: str
    tags: list[str]
    difficulty: str
    last_score: int | None  # the latest attempt's score; None if never answered
    due: str | None  # ISO time of the next review (UTC); None if never answered
    due_now: bool  # due at or before the time the listing was made

    def to_dict(self) -> dict[str, Any]:
        """`coach questions --json`: one object per question."""
        return asdict(self)


def matches(search: str, *texts: str) -> bool:
    """Every word of the search appears (ignoring case) in one of the texts."""
    haystack = " ".join(texts).casefold()
    return all(word in haystack for word in search.casefold().split())


def question_rows(packs: Iterable[Pack], scores: Mapping[tuple[str, str], int],
                  cards: Iterable[CardRow], *, tags: Sequence[str] = (), search: str | None = None,
                  now: datetime | None = None) -> list[QuestionRow]:
    """The packs' questions in file order, keeping those with any of `tags` (when given) whose
    id, prompt or tags hold every word of `search`."""
    moment = now or datetime.now(UTC)
    due = {(c.pack, c.question): c.due for c in cards}
    rows: list[QuestionRow] = []
    for pack in packs:
        for q in pack.questions:
            if tags and not set(tags) & set(q.tags):
                continue
            if search and not matches(search, q.id, q.prompt, *q.tags):
                continue
            when = due.get((pack.id, q.id))
            rows.append(QuestionRow(pack.id, q.id, q.prompt, list(q.tags), q.difficulty,
                                    scores.get((pack.id, q.id)), when,
                                    when is not None and _is_due(when, moment)))
    return rows


def _is_due(when: str, now: datetime) -> bool:
    from .schedule import parse_due

    try:
        return parse_due(when) <= now
    except ValueError:
        return True  # a due time that cannot be read: ask the question rather than hide it


def known_tags(packs: Iterable[Pack]) -> list[str]:
    """Every tag the packs' questions use, sorted (to suggest when a filter matches nothing)."""
    return sorted({t for pack in packs for q in pack.questions for t in q.tags})
