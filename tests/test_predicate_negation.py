"""A predicate that denies its subject reaches the match past adverbs and small words after a
copula ("Empathy is really overrated", "Uppföljning är ärligt talat onödigt"); emphasis stays
emphasis there, and a clause of its own after the copula is not the match's predicate."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Empathy is really overrated.", "empathy"),
    ("en_cs", "Empathy is honestly a bit overrated.", "empathy"),
    ("en_cs", "Following up with customers is totally unnecessary.", "follow-up"),
    ("sv_cs", "Uppföljning är ärligt talat onödigt.", "follow-up"),
    ("sv_cs", "Empati är lite överskattat.", "empathy"),
])
def test_a_denying_predicate_after_adverbs_negates(request: pytest.FixtureRequest, pack_name: str,
                                                  text: str, cid: str) -> None:
    result = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not result.earned
    assert result.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Empathy is honestly not optional in this job.", "empathy"),
    ("en_cs", "Following up is really important to me.", "follow-up"),
    ("sv_cs", "Uppföljning är jätteviktigt för mig.", "follow-up"),
])
def test_emphasis_and_praise_after_the_copula_still_earn(request: pytest.FixtureRequest,
                                                        pack_name: str, text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


def test_a_clause_of_its_own_after_the_copula_is_not_the_predicate(hotel: Pack) -> None:
    text = "The hotel policy is that we aren't responsible for bags before check-in, and I made sure she knew."
    assert "policy-knowledge" in earned(hotel, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Refunds aren't something I can do.", "problem-resolution"),
    ("Flexibility isn't something I'm good at.", "flexibility"),
    ("Flexibility is not something I'm good at.", "flexibility"),
])
def test_a_negated_copula_before_something_denies(en_cs: Pack, text: str, cid: str) -> None:
    # ("something" ends like a participle, but is no "not knowing")
    assert not detect(en_cs, text)[cid].earned


def test_a_participle_after_the_negation_still_opens_its_own_phrase(en_cs: Pack) -> None:
    assert detect(en_cs, "I'd be frightened too not knowing what was going on.")["empathy"].earned
