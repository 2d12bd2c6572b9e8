"""A session's order: a first session starts with the pack's central question, and near-duplicate
questions are never asked one after the other (coach.variety, coach.schedule.order)."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach import schedule
from coach.packs import load_pack
from coach.practice import select
from coach.store import Store
from coach.variety import Likeness, prompt_words

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@dataclass
class Q:
    id: str
    prompt: str
    tags: list[str] = field(default_factory=list)


def test_overlaps_are_shares_of_what_two_questions_have_in_common() -> None:
    likeness = Likeness([Q("a", "Alpha beta?", ["x", "y"]), Q("b", "Beta gamma?", ["y", "z"]),
                         Q("c", "Delta?", ["w"])], "en")
    assert likeness.tag_overlap("a", "b") == pytest.approx(1 / 3)
    # beta is in two of three prompts (weight log(1 + 3/2)), alpha and gamma in one (log 4 each)
    beta, once = math.log(2.5), math.log(4)
    assert likeness.word_overlap("a", "b") == pytest.approx(beta / (beta + 2 * once))
    assert likeness.word_overlap("a", "c") == likeness.tag_overlap("a", "c") == 0.0


def test_prompt_words_are_stemmed_without_function_words() -> None:
    assert prompt_words("How do you handle angry customers?", "en") == \
        prompt_words("how did you handle an angry customer", "en")
    assert "you" not in prompt_words("How do you handle angry customers?", "en")


def test_shared_tags_make_near_duplicates() -> None:
    likeness = Likeness([Q("a", "Alpha beta?", ["opener", "values"]), Q("b", "Gamma delta?", ["values", "opener"]),
                         Q("c", "Epsilon zeta?", ["values", "conflict", "phone"]), Q("d", "Eta theta?")], "en")
    assert likeness.near("a", "b")  # all tags shared
    assert not likeness.near("a", "c")  # one of four tags shared
    assert not likeness.near("a", "d")  # no tags on d: tags say nothing
    assert not likeness.near("a", "a")


def test_shared_prompt_words_make_near_duplicates_and_common_words_weigh_less() -> None:
    questions = [Q("queue", "How do you handle a long queue of waiting customers?"),
                 Q("queues", "How would you handle long queues of customers waiting?"),
                 Q("angry", "How do you handle an angry customer?"),
                 Q("rude", "How do you handle a rude customer?"),
                 Q("late", "How do you handle a late delivery for a customer?")]
    likeness = Likeness(questions, "en")
    assert likeness.near("queue", "queues")  # the same question in other words
    # "handle" and "customer" are in every prompt: sharing only them is not being alike.
    assert not likeness.near("angry", "rude")
    assert likeness.word_overlap("angry", "rude") < likeness.word_overlap("queue", "queues")


def test_bundled_pack_near_duplicates() -> None:
    pack = load_pack("customer-service")
    likeness = Likeness(pack.questions, pack.language)
    assert likeness.near("good-service-meaning", "define-excellent-service")
    assert likeness.near("long-queue", "consistent-when-busy")
    assert not likeness.near("good-service-meaning", "angry-customer")


def test_vary_keeps_the_order_when_nothing_is_alike() -> None:
    assert schedule.vary(["a", "b", "c"], lambda x, y: False) == ["a", "b", "c"]


def test_vary_never_puts_near_duplicates_in_a_row_when_another_order_allows() -> None:
    groups = {"a1": "a", "a2": "a", "a3": "a", "b1": "b", "b2": "b", "c1": "c"}

    def near(x: str, y: str) -> bool:
        return groups[x] == groups[y]

    for ids in itertools.permutations(groups):
        ordered = schedule.vary(list(ids), near)
        assert sorted(ordered) == sorted(groups)
        assert not any(near(x, y) for x, y in itertools.pairwise(ordered)), (ids, ordered)


def test_vary_spread_all_asks_every_group_before_a_second_of_any() -> None:
    groups = {"a1": "a", "a2": "a", "b1": "b", "b2": "b", "c1": "c"}
    ordered = schedule.vary(list(groups), lambda x, y: groups[x] == groups[y], spread_all=True)
    assert ordered[:3] == ["a1", "b1", "c1"]


def test_order_starts_a_first_session_with_the_start_question() -> None:
    ids = ["a", "b", "start", "c"]
    assert schedule.order(ids, {}, "review", now=NOW, start="start")[0] == "start"
    assert schedule.order(ids, {}, "new", now=NOW, start="start")[0] == "start"
    # Once any question of the pack has been answered, the due ones come first again.
    due = {"c": (NOW - timedelta(days=1)).isoformat()}
    assert schedule.order(ids, due, "review", now=NOW, start="start")[0] == "c"
    assert schedule.order(ids, due, "review", now=NOW, start="start")[1] == "a"


def _near_pairs(ids: list[str], likeness: Likeness) -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.pairwise(ids) if likeness.near(a, b)]


@pytest.mark.parametrize("pack_id", ["customer-service", "customer-service-sv", "customer-service-te"])
def test_a_new_user_starts_with_the_central_question_then_varied_ones(pack_id: str) -> None:
    pack = load_pack(pack_id)
    likeness = Likeness(pack.questions, pack.language)
    with Store.open() as store:
        everything = [q.id for q in select(pack, store=store)]
        first = [q.id for q in select(pack, store=store, count=5)]
    assert first[0] == "good-service-meaning"
    assert not [(a, b) for a, b in itertools.combinations(first, 2) if likeness.near(a, b)]
    assert not _near_pairs(everything, likeness)
    if pack_id != "customer-service-te":
        assert "define-excellent-service" not in first  # the central question in other words


def test_the_english_pack_first_five_for_a_new_user() -> None:
    with Store.open() as store:
        first = [q.id for q in select(load_pack("customer-service"), store=store, count=5)]
    # Before: the first five in file order, the first two being one question in other words.
    assert first == ["good-service-meaning", "angry-customer", "above-and-beyond", "unwelcome-news",
                     "against-policy"]


def test_review_mode_never_asks_near_duplicates_in_a_row(isolated_home: Path) -> None:
    pack = load_pack("customer-service")
    likeness = Likeness(pack.questions, pack.language)
    with Store.open() as store:
        card, _ = schedule.review(None, 10, NOW)
        for question in ("long-queue", "consistent-when-busy", "angry-customer"):
            store.record_attempt(session="s", pack=pack.id, question=question, prompt="p", answer="a",
                                 result={"score": 10, "words": 1, "criteria": []}, duration=None,
                                 time_limit=None, card=(card, (NOW - timedelta(days=1)).isoformat()))
        ordered = [q.id for q in select(pack, store=store, mode="review")]
    # Due first (in pack order, as they are due at the same time), except that the second busy
    # question waits for one other question: it is the first in other words.
    assert ordered[:4] == ["angry-customer", "long-queue", "good-service-meaning", "consistent-when-busy"]
    assert not _near_pairs(ordered, likeness)


@pytest.mark.parametrize(("wait", "text"), [
    (timedelta(seconds=20), "now"), (timedelta(minutes=1), "in 1 minute"),
    (timedelta(seconds=59.9), "in 1 minute"), (timedelta(minutes=59, seconds=45), "in 1 hour"),
    (timedelta(minutes=10), "in 10 minutes"), (timedelta(hours=5), "in 5 hours"),
    (timedelta(hours=36), "in 2 days"), (timedelta(days=3), "in 3 days"),
    (timedelta(days=-2), "now"),
])
def test_next_review_in_words(wait: timedelta, text: str) -> None:
    assert schedule.next_review((NOW + wait).isoformat(), NOW) == text


@pytest.mark.parametrize(("score", "rated"), [(95, "Again"), (10, "Easy"), (60, "Good")])
def test_review_with_a_chosen_rating_schedules_as_that_rating(score: int, rated: str) -> None:
    """An override schedules the card exactly as a score earning that rating would."""
    card, _ = schedule.review(None, 80, NOW)
    equivalent = {"Again": 10, "Hard": 60, "Good": 80, "Easy": 95}[rated]
    later = NOW + timedelta(days=3)
    assert schedule.review(card, score, later, rated=rated) == schedule.review(card, equivalent, later)
    assert schedule.review(card, score, later, rated=rated) != schedule.review(card, score, later)


@pytest.mark.parametrize("alike", [True, False])
def test_ordering_a_huge_pack_compares_a_bounded_number_of_pairs(alike: bool) -> None:
    """Whatever the pack's size, a session's order looks at a bounded number of pairs (a pack
    may hold thousands of questions; the timing is in bench/select_speed.py)."""
    calls = 0

    def near(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return alike

    ids = [f"q{i}" for i in range(20_000)]
    ordered = schedule.order(ids, {}, "review", now=NOW, start="q5", near=near, limit=5)
    assert sorted(ordered) == sorted(ids) and ordered[0] == "q5"
    assert calls <= 4 * schedule.VARIETY_WINDOW * 5
    calls = 0
    schedule.order(ids, {}, "review", now=NOW, near=near, limit=1000)
    assert calls <= 4 * schedule.VARIETY_WINDOW * 1000


@given(st.lists(st.integers(0, 4), min_size=1, max_size=30), st.booleans(),
       st.one_of(st.none(), st.integers(1, 30)))
def test_vary_is_a_permutation_that_keeps_the_first_and_the_tail(groups: list[int], spread: bool,
                                                                  limit: int | None) -> None:
    ids = [f"q{i}" for i in range(len(groups))]
    group = dict(zip(ids, groups, strict=True))
    ordered = schedule.vary(ids, lambda a, b: a != b and group[a] == group[b], spread_all=spread, limit=limit)
    assert sorted(ordered) == sorted(ids)
    assert ordered[0] == ids[0]  # the first (a new user's start question) stays first
    if limit is not None and limit < len(ids):
        tail = ordered[limit:]
        assert tail == [q for q in ids if q in set(tail)]  # beyond the session, the given order
