"""A keyword named by a relative clause of getting, with the candidate as its subject ("the
best explanation I ever got", "den tydligaste förklaringen jag någonsin fått"), is service the
candidate received; the same keyword given, or "got" with an object or another verb after it,
still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "The quickest response I ever got was from a little bakery.", "timeliness"),
    ("en_cs", "The warmest welcome that I have ever been given was at a B&B in Wales.",
     "approachability"),
    ("en_cs", "The clearest explanation I've ever had came from a flight attendant.", "communication"),
    ("sv_cs", "Den tydligaste förklaringen jag någonsin fått var från en flygvärdinna.",
     "communication"),
    ("sv_cs", "Det snabbaste svaret jag har fått kom från ett litet bageri.", "timeliness"),
])
def test_what_the_candidate_got_is_not_theirs(request: pytest.FixtureRequest, pack_name: str,
                                               text: str, cid: str) -> None:
    assert cid not in earned(request.getfixturevalue(pack_name), text)


def test_the_clause_of_getting_is_named(en_cs: object) -> None:
    assert_set_aside(en_cs, "The quickest response I ever got was from a little bakery.",
                     "timeliness", "sense")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I gave her the clearest explanation I could.", "communication"),
    ("en_cs", "By the time he's said hello I've usually got it on the screen.", "approachability"),
    ("en_cs", "I went through every option we had and gave her a quick response.", "timeliness"),
    ("sv_cs", "Jag ringde henne samma dag som jag fick veta det.", "timeliness"),
])
def test_what_the_candidate_gives_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                              text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I got a little gift from a customer once."),
    ("sv_cs", "Jag fick en liten present från en kund."),
])
def test_what_the_candidate_got_from_someone_is_theirs(request: pytest.FixtureRequest,
                                                       pack_name: str, text: str) -> None:
    pack = request.getfixturevalue(pack_name)
    assert "exceeding-expectations" not in earned(pack, text)
    assert_set_aside(pack, text, "exceeding-expectations", "sense")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I got her a little gift from the shop."),
    ("en_cs", "I got a little gift for her from the shop."),
    ("sv_cs", "Jag fick ge henne en liten present från butiken."),
])
def test_what_the_candidate_got_for_someone_still_earns(request: pytest.FixtureRequest,
                                                        pack_name: str, text: str) -> None:
    assert "exceeding-expectations" in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "Jag fick ett litet paket från posten.",
    "Vi har ett litet café och jag får gå hem tidigt.",
])
def test_small_is_not_trust_in_swedish(sv_cs: object, text: str) -> None:
    assert "reliability" not in earned(sv_cs, text)


def test_trust_still_earns_in_swedish(sv_cs: object) -> None:
    assert "reliability" in earned(sv_cs, "Kunderna ska kunna lita på att de får samma service varje gång.")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "The guy on reception is so friendly, and that lifts me straight away.", "timeliness"),
    ("en_cs", "The bank got back to me quickly.", "timeliness"),
    ("en_cs", "She answered me politely.", "respect"),
    ("en_cs", "They treated me with respect.", "respect"),
])
def test_a_manner_of_what_was_done_to_the_candidate_is_not_theirs(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert cid not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Let me quickly check that for you.", "timeliness"),
    ("I always treat them with respect.", "respect"),
    ("When a customer shouts at me I stay polite.", "respect"),
])
def test_the_candidates_own_manner_still_earns(en_cs: object, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
