"""What the candidate expects or wants someone else to do is that person's deed ("I expect them
to call me back quickly", "förväntar jag mig att de ringer tillbaka"), not the candidate's; their
own wish, their own team and what the person served is to feel still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "When I ring my bank, I expect them to call me back quickly.", "timeliness"),
    ("en_cs", "I expect shop staff to greet me when I walk in.", "approachability"),
    ("en_cs", "I'd expect a good shop to be flexible about returns.", "flexibility"),
    ("en_cs", "I expect the airline to apologise and sort it out.", "problem-resolution"),
    ("sv_cs", "När jag ringer min bank förväntar jag mig att de ringer tillbaka snabbt.", "timeliness"),
    ("sv_cs", "När jag ringer min bank förväntar jag mig att de ringer tillbaka snabbt.", "follow-up"),
])
def test_a_deed_expected_of_someone_else_is_theirs(request: pytest.FixtureRequest, pack_name: str,
                                                   text: str, cid: str) -> None:
    assert cid not in earned(request.getfixturevalue(pack_name), text)


def test_the_one_expected_is_named(request: pytest.FixtureRequest) -> None:
    assert_set_aside(request.getfixturevalue("en_cs"), "I expect shop staff to greet me.",
                     "approachability", "subject")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I expect my team to follow up on every complaint.", "follow-up"),
    ("en_cs", "I want to explain things clearly.", "communication"),
    ("en_cs", "I want customers to feel welcome.", "approachability"),
    ("sv_cs", "Jag vill förklara tydligt.", "communication"),
    ("sv_cs", "Jag sa att jag inte ville gissa men att jag skulle ta reda på det och ringa tillbaka.",
     "follow-up"),
])
def test_their_own_wish_and_team_still_earn(request: pytest.FixtureRequest, pack_name: str,
                                            text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)
