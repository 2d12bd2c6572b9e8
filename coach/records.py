"""`record`: coach's frozen data classes, at a third of a dataclass's cost to define.

`@dataclass(frozen=True)` compiles six methods from source text each time a module defining
one is imported (__init__, __repr__, __eq__, __hash__, __setattr__, __delattr__): for the ~25
such classes `coach score` imports, 120 of its 660 million instructions. A record is the same
dataclass (fields, defaults, `dataclasses.replace`, `asdict`, `fields`, slots) with only
__init__ compiled; __eq__, __hash__ and __repr__ are the shared functions below, which give
what the generated ones give (tests/test_records.py compares them). It is frozen for the type
checker (mypy rejects an assignment to a field, as for a frozen dataclass), not at run time:
the frozen __setattr__ and the __init__ that has to go around it are most of the cost.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")

# Per class: the values __eq__/__hash__ compare and hash, and the fields __repr__ shows.
_COMPARED: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
_HASHED: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The field values as a tuple, as a generated method builds `(self.a, self.b,)`."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _compared(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    get = _COMPARED.get(cls)
    if get is None:
        get = _COMPARED[cls] = _getter([f.name for f in fields(cls) if f.compare])
    return get


def _eq(self: Any, other: object) -> Any:
    """dataclass __eq__: the compared fields as a tuple, for an object of the very same class."""
    if other.__class__ is self.__class__:
        values = _compared(self.__class__)
        return values(self) == values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    """A frozen dataclass's __hash__: the hash of the tuple of its hashed fields."""
    get = _HASHED.get(self.__class__)
    if get is None:
        get = _HASHED[self.__class__] = _getter(
            [f.name for f in fields(self) if (f.compare if f.hash is None else f.hash)])
    return hash(get(self))


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    """dataclass __repr__: `Name(a=1, b='x')` over the fields shown ("..." for a cycle)."""
    cls: type = self.__class__
    names = _SHOWN.get(cls)
    if names is None:
        names = _SHOWN[cls] = tuple(f.name for f in fields(cls) if f.repr)
    return cls.__qualname__ + "(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, slots: bool = False, eq: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, slots: bool = False, eq: bool = True) -> Any:
    """A frozen dataclass (see the module's docstring); `eq=False` keeps identity equality and
    hashing, as `dataclass(frozen=True, eq=False)` does."""
    def wrap(target: type[T]) -> type[T]:
        own = target.__dict__
        if eq:
            if "__eq__" not in own:
                target.__eq__ = _eq  # type: ignore[method-assign]
            if own.get("__hash__") is None:  # (absent, or None because the class has __eq__)
                target.__hash__ = _hash  # type: ignore[method-assign]
        if "__repr__" not in own:
            target.__repr__ = _repr  # type: ignore[method-assign]
        return dataclass(target, eq=False, repr=False, slots=slots)

    return wrap if cls is None else wrap(cls)
