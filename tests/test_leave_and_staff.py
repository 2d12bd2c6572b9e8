"""Round 50: leave or ability with no deed, staff the candidate made do it and a regret earn
nothing, in English and Swedish ("I'm allowed to make exceptions…", "Vi har befogenhet
att…", "…I made sure the cashiers stayed polite…", "…såg jag till att personalen…", "I efterhand
önskar jag att jag hade följt upp…"). Leave used, a firm checked with, a lead who does it too and a
wish for more customers like one served still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # leave with no deed
    ("en_cs", "flexibility", "I'm allowed to make exceptions to the returns policy for regulars."),
    ("sv_cs", "flexibility", "Vi har befogenhet att göra undantag från returreglerna."),
    # staff made to do it
    ("en_cs", "respect", "As shift lead, I made sure the cashiers stayed polite with rude "
                         "customers."),
    ("sv_cs", "respect", "Som butikschef såg jag till att personalen bemötte alla kunder med "
                         "respekt."),
    # a regret
    ("sv_cs", "follow-up", "I efterhand önskar jag att jag hade följt upp med kunden efter "
                           "reparationen."),
])
def test_leave_staff_or_a_regret_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "I'm allowed to make exceptions for regulars, and I did it for Mrs "
                             "Lee last week."),
    ("en_cs", "follow-up", "I checked with the courier every morning and followed up with the "
                           "customer each time."),
    ("en_cs", "respect", "As shift lead, I made sure the cashiers stayed polite, and I always "
                         "spoke respectfully to customers myself."),
    ("en_cs", "passion", "I wish I had more customers like her, I love helping people like that."),
])
def test_leave_used_or_a_deed_of_ones_own_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
