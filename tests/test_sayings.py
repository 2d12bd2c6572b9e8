"""A virtue as the subject of a saying that makes it conditional ("Courtesy works both ways",
"Respekt måste förtjänas") is a saying, not a claim; the virtue claimed in a clause of its own
beside the saying still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "If they're rude I stop being nice. Courtesy works both ways."),
    ("en_cs", "Honestly, politeness has to be earned."),
    ("en_cs", "But good manners go both ways."),
    ("sv_cs", "Är kunden otrevlig slutar jag vara trevlig. Artighet går åt båda hållen."),
    ("sv_cs", "Respekt måste förtjänas."),
])
def test_a_conditional_saying_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                           text: str) -> None:
    assert "respect" not in earned(request.getfixturevalue(pack_name), text)


def test_the_saying_is_named_as_an_idiom(request: pytest.FixtureRequest) -> None:
    assert_set_aside(request.getfixturevalue("en_cs"), "Courtesy works both ways.", "respect", "idiom")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I treat everyone with respect, because it goes both ways."),
    ("en_cs", "I'm always polite to customers, it goes both ways."),
    ("sv_cs", "Jag bemöter alla kunder med respekt, det går åt båda hållen."),
])
def test_the_virtue_claimed_beside_the_saying_still_earns(request: pytest.FixtureRequest,
                                                         pack_name: str, text: str) -> None:
    assert "respect" in earned(request.getfixturevalue(pack_name), text)
