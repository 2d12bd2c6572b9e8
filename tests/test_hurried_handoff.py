"""A word of pace beside a hand-off says how fast the problem left the candidate, not how fast
the customer was served: "I'd immediately transfer them to my team leader" earns no Timeliness
(coach.scoring.handoffs.hurried), in English, Swedish and Telugu. A deed of the candidate's own
before the hand-off keeps its pace."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "Then I'd immediately transfer them to my team leader, because a caller that angry needs "
    "someone senior.",
    "The supplier let us down. I immediately transferred her to Dave in scheduling.",
    "I'd pass it to billing straight away.",
    # escalating, with or without where to
    "I'd escalate it straight away.",
    "I always escalate complaints immediately.",
])
def test_a_quick_hand_off_is_no_timeliness(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "timeliness", "deflection")


@pytest.mark.parametrize("text", [
    "I sorted it within the hour and passed it to billing to close the ticket.",
    "I answered her immediately and explained the refund.",
    "I never escalate, I resolve it myself straight away.",
])
def test_the_candidates_own_pace_still_earns(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["timeliness"].earned


def test_swedish(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Jag kopplade henne vidare till teknikern med en gång.", "timeliness",
                     "deflection")
    assert detect(sv_cs, "Jag ringde upp henne med en gång och löste det.")["timeliness"].earned


def test_telugu(te_cs: Pack) -> None:
    assert_set_aside(te_cs, "అది నా పరిధిలో ఉండదు అండీ. నేను వెంటనే మేనేజర్‌కి పంపించేస్తా, ఆయనే "
                     "చూసుకుంటారు.", "timeliness", "deflection")


@pytest.mark.parametrize("text", [
    # told to a senior, who then decides; passed to a team
    "లైన్ పెద్దగా అయితే నేను వెంటనే మా బ్రాంచ్ మేనేజర్‌కి చెప్తాను. ఆయనే డిసైడ్ చేస్తారు.",
    "refund నా department కాదు, అందుకే ఆ call ని వెంటనే disputes team కి transfer చేశా.",
    # a senior called over
    "అది నా చేతిలో ఉండదు కదా, వెంటనే మా floor manager ని పిలిచి ఆయనకి handover చేస్తా.",
])
def test_telugu_hand_offs_to_a_team_or_told_to_a_senior(te_cs: Pack, text: str) -> None:
    assert_set_aside(te_cs, text, "timeliness", "deflection")


def test_telugu_own_speed_still_earns(te_cs: Pack) -> None:
    assert detect(te_cs, "కస్టమర్ సమస్య చెప్పగానే నేను వెంటనే రీఫండ్ ప్రాసెస్ చేశాను.")[
        "timeliness"].earned


def test_telugu_not_in_my_hands_is_deflection_unless_never_said(te_cs: Pack) -> None:
    solved = "రీఫండ్ ఆలస్యం అయింది. నేను ఆ సమస్యను సాల్వ్ చేశాను. "
    assert_set_aside(te_cs, solved + "అది నా చేతిలో ఉండదు కదా సార్.", "problem-resolution",
                     "deflection")
    # "I never say 'it's not in my hands'": a negated deflection hands nothing off
    assert detect(te_cs, solved + "అది నా చేతిలో ఉండదు కదా అని ఎప్పుడూ అనను.")[
        "problem-resolution"].earned
