"""The language's word sets joined, as cached sets (coach.scoring.roles asks here): the heads a
compound may end in, sets united (every form of the person pronouns; the links of a condition),
two sets of people joined, and English possessives. Cached on the sets themselves: a union
made for each match would be hashed anew each time. Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache

# The shortest person word read as the head of a compound ("budbilsCHAUFFÖREN"): shorter ones
# end too many other words.
_HEAD_MIN = 7


@lru_cache(maxsize=16)
def compound_heads(people: frozenset[str], more: frozenset[str]) -> tuple[str, ...]:
    """The person words (of both sets) a compound may end in, in a language that writes
    compounds as one word: those of _HEAD_MIN letters or more. (Keyed on the two sets as they
    are: a union made for each match would be hashed anew each time.)"""
    return tuple(sorted(word for word in people | more if len(word) >= _HEAD_MIN and " " not in word))


@lru_cache(maxsize=32)
def united(groups: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Every word of the sets (every form of Language.person_pronouns, of either group; the
    subordinators with a rule's own links), made once per set of sets."""
    return frozenset[str]().union(*groups)


@lru_cache(maxsize=16)
def joined(people: frozenset[str], more: frozenset[str], unnamed: frozenset[str],
           small: frozenset[str]) -> frozenset[str]:
    """Both sets as one, without the words for anyone at all (`unnamed`: "someone") and the
    small words (`small`: "anybody"), which name no one a pronoun could stand for (cached on
    the sets as they are: asked at every match)."""
    return (people | more) - unnamed - small


@lru_cache(maxsize=16)
def with_possessives(people: frozenset[str]) -> frozenset[str]:
    """The words and their English possessives ("company's"), as an answer may name them."""
    return people | {f"{word}'s" for word in people}
