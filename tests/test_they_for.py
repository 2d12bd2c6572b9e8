"""A "they" opening the match's clause stands for the nearest person named before it: someone
from the candidate's life or work ("The nurses were so patient, they explained everything in
plain English") is someone else; the person served ("the couple … they were on the road in ten
minutes") is the candidate's service, and the candidate after "they" still does it."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("text", "cid"), [
    ("The doctors were brilliant with my grandma, they explained everything in plain English.",
     "communication"),
    ("The nurses on the ward were so patient, they explained everything in plain English.",
     "communication"),
    ("My parents were great, they got the whole thing sorted within the hour.", "timeliness"),
])
def test_they_for_someone_else_is_theirs(en_cs: object, text: str, cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_the_one_they_stands_for_is_named(en_cs: object) -> None:
    assert_set_aside(en_cs, "The nurses were so patient, they explained everything in plain English.",
                     "communication", "subject")


@pytest.mark.parametrize(("text", "cid"), [
    ("The couple were panicking about their flight, they were on the road in ten minutes.",
     "timeliness"),
    ("I rang the customers, they got their refund within the hour.", "timeliness"),
    ("My manager was away, they asked me to explain it in plain English.", "communication"),
    ("I explained everything in plain English.", "communication"),
])
def test_they_for_the_person_served_or_the_candidate_still_earns(en_cs: object, text: str,
                                                                   cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "when i was in hospital the nurse she explain me everything very clear",
    "my manager she always explain everything to the customers",
])
def test_a_pronoun_taking_up_the_noun_before_it_is_that_person(en_cs: object, text: str) -> None:
    assert "communication" not in earned(en_cs, text)


def test_the_candidate_before_a_served_persons_pronoun_still_earns(en_cs: object) -> None:
    assert "communication" in earned(en_cs, "I explained it to the customer she understood")


def test_the_candidate_as_an_indirect_object_is_not_the_subject(hotel: object) -> None:
    assert "policy-knowledge" not in earned(hotel, "The receptionist explained me the policy when I checked in.")
    assert "policy-knowledge" in earned(hotel, "My manager asked me to explain the policy.")
