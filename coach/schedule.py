"""Spaced repetition: each (pack, question) is an FSRS card; the score of an answer is the rating.

The algorithm is the maintained `fsrs` package (imported inside functions so that
`coach --version` stays fast); this module only maps scores to ratings, keeps cards as JSON
and orders questions for a session. Pure: no I/O, no terminal.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
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
           off_topic: bool = False, rated: str | None = None) -> tuple[str, str]:
    """Review a question's card with the rating its score earns, or with `rated` (one of
    practice_events.RATES) when the candidate overrode it; return (card JSON, due ISO)."""
    from fsrs import Card, Rating

    when = when or datetime.now(UTC)
    # to_dict/from_dict (fsrs 6.0 on) rather than to_json (6.3 on): the same JSON either way.
    card = Card.from_dict(json.loads(card_json)) if card_json else Card(due=when)
    chosen = Rating[rated] if rated is not None else rating(score, off_topic=off_topic)
    new, _log = _scheduler().review_card(card, chosen, review_datetime=when)
    return json.dumps(new.to_dict()), new.due.astimezone(UTC).isoformat(timespec="microseconds")


def parse_due(due: str) -> datetime:
    """A stored due time as an aware datetime."""
    value = datetime.fromisoformat(due)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def next_review(due: str | datetime, now: datetime | None = None) -> str:
    """When a question comes back, in words: "in 10 minutes", "in 5 hours", "in 3 days"."""
    now = now or datetime.now(UTC)
    wait = (parse_due(due) if isinstance(due, str) else due) - now
    # Rounded to the nearest minute first: a card due in a minute is shown a moment after it
    # was scheduled, so 59.9 seconds is "in 1 minute", not "now".
    wait += timedelta(seconds=30)
    if wait < timedelta(minutes=1):
        return "now"
    # The largest unit the wait fills at least once, rounded: 36 hours is "in 2 days".
    unit, size = next((u, s) for u, s in (("day", timedelta(days=1)), ("hour", timedelta(hours=1)),
                                          ("minute", timedelta(minutes=1))) if wait >= s)
    wait -= timedelta(seconds=30)
    count = round(wait / size)
    return f"in {count} {unit}{'s' if count != 1 else ''}"


NearDuplicate = Callable[[str, str], bool]
# Bounds that keep ordering fast whatever the pack (a pack may hold thousands of questions):
# each pick looks at the next VARIETY_WINDOW ids only, spreading (`spread_all`) covers the
# first VARIETY_SPREAD picks, and a session's order is varied up to its length (`limit`).
VARIETY_WINDOW = 200
VARIETY_SPREAD = 50


def vary(ids: Sequence[str], near: NearDuplicate, *, spread_all: bool = False,
         limit: int | None = None) -> list[str]:
    """Reorder ids so that no question follows a near-duplicate of itself, keeping the given
    order as far as that allows: each pick is the first remaining id that is not a near
    duplicate of the one before. With `spread_all`, the first that is a near-duplicate of none
    picked so far comes first (a new user's questions differ as long as the pack allows).

    When every id looked at is a near-duplicate of the last pick, the first of them goes back
    to the latest place between two picks it is like neither of (never before the first pick,
    which may be the pack's starting question), else at the end. Only the first `limit` picks
    are chosen so (the questions a session asks); the rest follow in the given order.
    """
    left = list(ids)
    picked: list[str] = []
    alike: set[str] = set()  # (spread_all) ids found to be near-duplicates of a pick
    compared: dict[str, int] = {}  # (spread_all) id -> how many picks it was compared with
    stop = len(left) if limit is None else min(limit, len(left))
    while left and len(picked) < stop:
        window = left[:VARIETY_WINDOW]
        index = None
        if spread_all and len(picked) < VARIETY_SPREAD:
            for i, q in enumerate(window):
                if q in alike:
                    continue
                if any(near(q, p) for p in picked[compared.get(q, 0):]):
                    alike.add(q)  # once like a pick, always: never compared again
                    continue
                compared[q] = len(picked)
                index = i
                break
        if index is None:
            index = next((i for i, q in enumerate(window) if not picked or not near(q, picked[-1])), None)
        if index is None:  # stuck: every id looked at is like the last pick
            choice = left.pop(0)
            place = next((i for i in range(len(picked) - 1, max(0, len(picked) - VARIETY_WINDOW), -1)
                          if not near(choice, picked[i - 1]) and not near(choice, picked[i])),
                         len(picked))
            picked.insert(place, choice)
            continue
        picked.append(left.pop(index))
    return picked + left


def order(question_ids: Sequence[str], due: Mapping[str, str], mode: Mode | str, *,
          now: datetime | None = None, rng: random.Random | None = None, start: str | None = None,
          near: NearDuplicate | None = None, limit: int | None = None) -> list[str]:
    """Order question ids for a session.

    `due` maps each question ever answered to its card's due time. review: due questions
    (soonest first), then never-answered ones in pack order, then the rest by due time.
    new: never-answered first, then the rest by due time. random: shuffled.

    With `near` (is one question a near-duplicate of another?), never-answered questions are
    spread so that near-duplicates come as late as possible, and no question directly
    follows a near-duplicate where another order allows it, for the first `limit` questions
    (all by default). With `start` (the pack's starting question) and no question of the pack
    answered yet, review and new begin with it.
    """
    mode = Mode(mode)
    now = now or datetime.now(UTC)
    ids = list(dict.fromkeys(question_ids))
    if mode is Mode.random:
        shuffled = ids[:]
        (rng or random.Random()).shuffle(shuffled)
        return vary(shuffled, near, limit=limit) if near else shuffled
    unseen = [q for q in ids if q not in due]
    if start in unseen and not due:  # a first-time user starts with the pack's central question
        unseen.remove(start)
        unseen.insert(0, start)
    if near:
        unseen = vary(unseen, near, spread_all=True, limit=limit)
    seen = sorted((q for q in ids if q in due), key=lambda q: parse_due(due[q]))
    if mode is Mode.new:
        ordered = unseen + seen
    else:
        overdue = [q for q in seen if parse_due(due[q]) <= now]
        later = [q for q in seen if parse_due(due[q]) > now]
        ordered = overdue + unseen + later
    return vary(ordered, near, limit=limit) if near else ordered

