"""Round 50: a promise with no sign it was kept, leave or ability with no deed, and staff the
candidate made do it earn nothing, in English, Swedish and Telugu ("I promised the old gentleman
I'd follow up…", "Jag lovade kunden att…", "…ఫాలో అప్ చేస్తానని … మాటిచ్చాను", "I'm allowed to
make exceptions…", "Vi har befogenhet att…", "…I made sure the cashiers stayed polite…", "…såg
jag till att personalen…"). A promise kept, a forecast told as honest news, leave used, a firm
checked with and a lead who does it too still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # promised only
    ("en_cs", "follow-up", "I promised the old gentleman I'd follow up about his parcel."),
    ("en_cs", "communication", "I told the caller I'd keep her updated on the repair."),
    ("sv_cs", "communication", "Jag lovade kunden att hålla henne uppdaterad om reparationen."),
    ("te_cs", "follow-up", "రేపు ఫోన్ చేసి ఫాలో అప్ చేస్తానని ఆ కస్టమర్‌కి మాటిచ్చాను."),
    # leave with no deed
    ("en_cs", "flexibility", "I'm allowed to make exceptions to the returns policy for regulars."),
    ("sv_cs", "flexibility", "Vi har befogenhet att göra undantag från returreglerna."),
    # staff made to do it
    ("en_cs", "respect", "As shift lead, I made sure the cashiers stayed polite with rude "
                         "customers."),
    ("sv_cs", "respect", "Som butikschef såg jag till att personalen bemötte alla kunder med "
                         "respekt."),
])
def test_a_promise_leave_or_staff_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I told her I'd follow up on Friday, and I did: I rang her at ten."),
    ("en_cs", "realistic-expectations", "I told him on day one it would be at least three weeks "
                                        "rather than guessing."),
    ("en_cs", "flexibility", "I'm allowed to make exceptions for regulars, and I did it for Mrs "
                             "Lee last week."),
    ("en_cs", "follow-up", "I checked with the courier every morning and followed up with the "
                           "customer each time."),
    ("en_cs", "respect", "As shift lead, I made sure the cashiers stayed polite, and I always "
                         "spoke respectfully to customers myself."),
])
def test_a_promise_kept_or_a_deed_of_ones_own_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
