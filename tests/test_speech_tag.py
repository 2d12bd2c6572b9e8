"""A statement closed by someone else's speech tag ("…, my mum says", "…, brukar min pappa
säga") is what they say, not a claim; a clause after it that goes on with the story is no tag."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I've got the patience of a saint, my mum says.", "respect"),
    ("en_cs", "I'm always polite, my manager always says.", "respect"),
    ("en_cs", "I'm always polite, or so my friends tell me.", "respect"),
    ("sv_cs", "Artighet kostar ingenting, brukar min pappa säga.", "respect"),
])
def test_a_closing_speech_tag_is_hearsay(request: pytest.FixtureRequest, pack_name: str, text: str,
                                         cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "hearsay")


@pytest.mark.parametrize(("text", "cid"), [
    ("I was polite and gave her the number, and said they'd sort it out.", "respect"),
    ("I asked the manager for an exception, and he said yes.", "flexibility"),
    ("I explained it to her clearly, she said thanks.", "communication"),
])
def test_a_clause_that_goes_on_is_no_tag(request: pytest.FixtureRequest, text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue("en_cs"), text)
