"""Scheduling: score -> FSRS rating, cards as JSON, and session order by mode."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

import pytest

from coach import schedule

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("score", "name"), [
    (0, "Again"), (49, "Again"), (50, "Hard"), (69, "Hard"), (70, "Good"), (89, "Good"),
    (90, "Easy"), (100, "Easy"),
])
def test_score_to_rating(score: int, name: str) -> None:
    from fsrs import Rating

    assert schedule.rating_name(score) == name
    assert schedule.rating(score) == Rating[name]


def test_review_creates_and_updates_a_card() -> None:
    card_json, due = schedule.review(None, 80, NOW)
    data = json.loads(card_json)
    assert data["last_review"].startswith("2026-03-01T12:00")
    assert schedule.parse_due(due) > NOW
    again_json, again_due = schedule.review(card_json, 80, NOW + timedelta(days=1))
    assert json.loads(again_json)["card_id"] == data["card_id"]
    assert schedule.parse_due(again_due) > schedule.parse_due(due)


def test_better_scores_are_due_later() -> None:
    """A card with some history: Again comes back soonest, Easy last."""
    card, _ = schedule.review(None, 80, NOW)
    card, _ = schedule.review(card, 80, NOW + timedelta(days=1))
    when = NOW + timedelta(days=5)
    dues = [schedule.parse_due(schedule.review(card, s, when)[1]) for s in (10, 60, 80, 95)]
    assert dues == sorted(dues) and len(set(dues)) == 4
    assert dues[0] - when < timedelta(hours=1)  # a failed answer is relearned within the hour
    assert dues[-1] - when > timedelta(days=3)


def test_order_review_puts_due_first_then_new_then_later() -> None:
    due = {"b": (NOW + timedelta(days=2)).isoformat(), "c": (NOW - timedelta(days=1)).isoformat(),
           "d": (NOW - timedelta(days=3)).isoformat()}
    assert schedule.order(["a", "b", "c", "d", "e"], due, "review", now=NOW) == ["d", "c", "a", "e", "b"]


def test_order_new_puts_unanswered_first() -> None:
    due = {"a": (NOW - timedelta(days=1)).isoformat(), "c": (NOW + timedelta(days=1)).isoformat()}
    assert schedule.order(["a", "b", "c", "d"], due, "new", now=NOW) == ["b", "d", "a", "c"]


def test_order_random_is_a_permutation() -> None:
    ids = [f"q{i}" for i in range(20)]
    shuffled = schedule.order(ids, {}, "random", rng=random.Random(3))
    assert sorted(shuffled) == sorted(ids) and shuffled != ids

