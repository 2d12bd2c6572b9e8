"""Spaced repetition: each (pack, question) is an FSRS card; the score of an answer is the rating.

The algorithm is the maintained `fsrs` package (imported inside functions so that
`coach --version` stays fast); this module only maps scores to ratings, keeps cards as JSON
and orders questions for a session. Pure: no I/O, no terminal.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

# Score thresholds of the FSRS ratings. An answer rated Again also comes back once more in
# the same practice session (coach.practice).
RATED_AGAIN_BELOW, RATED_HARD_BELOW, RATED_GOOD_BELOW = 50, 70, 90


class Mode(StrEnum):
    """How a session picks its questions."""

    new = "new"  # never-answered questions first
    review = "review"  # due questions first (soonest due first), then new ones, then the rest
    random = "random"  # any order


def rating_name(score: int, *, off_topic: bool = False) -> str:
    """The FSRS rating for a score: below 50 Again, 50-69 Hard, 70-89 Good, 90+ Easy. An
    answer that may not answer the question (coach.scoring.judge) never rates above Hard, so the
    question comes back soon whatever words it used."""
    if score < RATED_AGAIN_BELOW:
        return "Again"
    if score < RATED_HARD_BELOW or off_topic:
        return "Hard"
    if score < RATED_GOOD_BELOW:
        return "Good"
    return "Easy"


def rating(score: int, *, off_topic: bool = False) -> Any:
    """The fsrs.Rating for a score."""
    from fsrs import Rating

    return Rating[rating_name(score, off_topic=off_topic)]


def _scheduler() -> Any:
    from fsrs import Scheduler

    # No fuzzing: a small interview deck gains little from it, and due dates stay predictable.
    return Scheduler(enable_fuzzing=False)


def review(card_json: str | None, score: int, when: datetime | None = None, *,
           off_topic: bool = False) -> tuple[str, str]:
    """Review a question's card with the rating its score earns; return (card JSON, due ISO)."""
    from fsrs import Card

    when = when or datetime.now(UTC)
    # to_dict/from_dict (fsrs 6.0 on) rather than to_json (6.3 on): the same JSON either way.
    card = Card.from_dict(json.loads(card_json)) if card_json else Card(due=when)
    new, _log = _scheduler().review_card(card, rating(score, off_topic=off_topic), review_datetime=when)
    return json.dumps(new.to_dict()), new.due.astimezone(UTC).isoformat(timespec="microseconds")


def parse_due(due: str) -> datetime:
    """A stored due time as an aware datetime."""
    value = datetime.fromisoformat(due)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def order(question_ids: Sequence[str], due: Mapping[str, str], mode: Mode | str, *,
          now: datetime | None = None, rng: random.Random | None = None) -> list[str]:
    """Order question ids for a session.

    `due` maps each question ever answered to its card's due time. review: due questions
    (soonest first), then never-answered ones in pack order, then the rest by due time.
    new: never-answered first, then the rest by due time. random: shuffled.
    """
    mode = Mode(mode)
    now = now or datetime.now(UTC)
    ids = list(dict.fromkeys(question_ids))
    if mode is Mode.random:
        shuffled = ids[:]
        (rng or random.Random()).shuffle(shuffled)
        return shuffled
    unseen = [q for q in ids if q not in due]
    seen = sorted((q for q in ids if q in due), key=lambda q: parse_due(due[q]))
    if mode is Mode.new:
        return unseen + seen
    overdue = [q for q in seen if parse_due(due[q]) <= now]
    later = [q for q in seen if parse_due(due[q]) > now]
    return overdue + unseen + later

