"""A name that does it after a time put first is someone else: "The next morning Priya rang his
room" (a name inside a phrase such as "{contact} the next {daypart}", or after "The next
morning" before the verb), "Dagen efter ringde Sara kunden" (a name after a fronted verb); the
candidate in the same place, and a name as the object, leave it theirs."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "The next morning Priya rang his room to see if he'd slept okay.",
    "On Monday Jo called her back to check.",
])
def test_english_a_name_after_a_time_put_first_is_someone_else(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "follow-up", "subject")


@pytest.mark.parametrize("text", [
    "The next morning I rang his room to see if he'd slept okay.",
    "I rang Mrs Khan on the Friday to check.",
])
def test_english_the_candidate_or_a_named_object_still_earns(en_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(en_cs, text)


def test_swedish_a_name_after_a_fronted_verb_is_someone_else(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Dagen efter ringde Sara kunden och kollade att allt var bra.", "follow-up",
                     "subject")
    assert "follow-up" in earned(sv_cs, "Dagen efter ringde jag Sara och kollade att allt var bra.")


def test_english_a_name_before_a_phrase_of_place_is_someone_else(en_cs: Pack) -> None:
    text = "The next morning Priya on the day desk rang his room to see if he'd slept okay."
    assert_set_aside(en_cs, text, "follow-up", "subject")
    mine = "I told Priya on the day desk and rang his room to see if he'd slept okay."
    assert "follow-up" in earned(en_cs, mine)
