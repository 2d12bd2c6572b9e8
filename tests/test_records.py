"""coach.records.record gives what @dataclass(frozen=True) gives but immutability at run time:
the same fields, __init__, equality, hash and repr (mypy rejects assignments to fields)."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Any

import pytest

from coach.records import record


def _pair(slots: bool, eq: bool = True) -> tuple[type[Any], type[Any]]:
    """The same class as a record and as a frozen dataclass."""
    def body() -> type[Any]:
        class Point:
            """A test class with every kind of field."""

            x: int
            y: str = "y"
            tags: tuple[str, ...] = ()
            hidden: int = field(default=0, repr=False)
            ignored: tuple[int, int] | None = field(default=None, compare=False)
            unhashed: int = field(default=1, hash=False)
            items: list[int] = field(default_factory=list, hash=False, compare=False)

        return Point

    return record(slots=slots, eq=eq)(body()), dataclass(frozen=True, slots=slots, eq=eq)(body())


@pytest.mark.parametrize("slots", [True, False])
def test_a_record_behaves_as_the_frozen_dataclass(slots: bool) -> None:
    mine, theirs = _pair(slots)
    args = [(1,), (1, "a", ("t",), 5, (2, 3), 7, [1]), (2,), (1, "y", (), 0, (9, 9), 1, [4])]
    made = [(mine(*a), theirs(*a)) for a in args]
    assert [f.name for f in dataclasses.fields(mine)] == [f.name for f in dataclasses.fields(theirs)]
    for a, b in made:
        assert repr(a) == repr(b)
        assert hash(a) == hash(b)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
        assert repr(dataclasses.replace(a, y="z")) == repr(dataclasses.replace(b, y="z"))
        assert a.__match_args__ == b.__match_args__
        assert copy.deepcopy(a) == a and copy.copy(a) == a
        for c, d in made:
            assert (a == c) == (b == d)  # compare=False fields are not compared
            assert (a != c) == (b != d)
        assert (a == 1) is False and a.__eq__(1) is NotImplemented
    assert hasattr(mine(1), "__dict__") == hasattr(theirs(1), "__dict__")


def test_eq_false_keeps_identity() -> None:
    mine, theirs = _pair(slots=False, eq=False)
    a, b = mine(1), mine(1)
    assert a != b and a == a and hash(a) != hash(b)
    assert repr(a) == repr(theirs(1))


def test_a_cycle_is_shown_as_an_ellipsis() -> None:
    @record
    class Node:
        """A node that may hold itself."""

        items: list[Any]

    node = Node([])
    node.items.append(node)
    assert repr(node) == "test_a_cycle_is_shown_as_an_ellipsis.<locals>.Node(items=[...])"


def test_scoring_classes_are_records() -> None:
    """The classes of a `coach score` run are records: none compiles dataclass methods."""
    from coach.lang import Language
    from coach.scoring import CriterionResult, Rubric, Score

    for cls in (Language, Rubric, Score, CriterionResult):
        assert dataclasses.is_dataclass(cls)
        assert cls.__repr__.__module__ == "coach.records"
        assert "__setattr__" not in cls.__dict__
