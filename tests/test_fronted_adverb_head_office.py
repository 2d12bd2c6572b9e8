"""Someone else's deed, told with an adverb put first ("Later my colleague followed up"), or by
the firm above the branch ("Head office follows up with anyone who scores under six",
"Huvudkontoret följer upp…"), is not the candidate's; a personal trainer is the candidate's
own life ("I follow up with my PT every Sunday")."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "Later my colleague followed up with her by email.",
    "Luckily my colleague followed up with her by email.",
    "Head office follows up with anyone who scores under six.",
    "The system emails every customer a survey and head office follows up on the low scores.",
])
def test_someone_elses_follow_up(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "follow-up", "subject")


def test_swedish_head_office(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Huvudkontoret följer upp alla som ger låga betyg.", "follow-up", "subject")


def test_a_personal_trainer_is_own_life(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I follow up with my PT every Sunday to check my progress.", "follow-up",
                     "sense")


@pytest.mark.parametrize("text", [
    "Later I followed up with her by email.",
    "I checked with head office and then followed up with the customer myself.",
])
def test_the_candidates_follow_up_still_earns(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["follow-up"].earned
