"""A keyword as the topic of something the candidate studies ("a module on active listening and
empathy", "en uppsats om empati") is a subject studied, not a deed; the same word said of serving
people still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text, cid", [
    ("We've just had a module on active listening and empathy, which I loved.", "empathy"),
    ("We've just had a module on active listening and empathy, which I loved.", "communication"),
    ("I got a first on my essay about empathy.", "empathy"),
])
def test_english_a_studied_topic_is_another_sense(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


def test_swedish_a_studied_topic_is_another_sense(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Vi skrev en uppsats om empati förra terminen.", "empathy", "sense")


@pytest.mark.parametrize("pack, text", [
    ("en", "I always show empathy to customers on the phone."),
    ("sv", "Jag visar alltid empati mot kunderna i kassan."),
])
def test_the_word_said_of_serving_people_still_earns(en_cs: Pack, sv_cs: Pack, pack: str, text: str) -> None:
    assert "empathy" in earned(en_cs if pack == "en" else sv_cs, text)


def test_swedish_a_course_in_a_subject(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Vi hade också en kurs i kommunikation som jag fick högsta betyg i.",
                     "communication", "sense")
