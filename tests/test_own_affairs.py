"""Round 37: the candidate's own affairs in a keyword's clause, "my own …" with no one served
("I went the extra mile for my own birthday", "Jag är snabb med mina egna räkningar", "నా సొంత
చదువు విషయంలో…"): done for themselves, not for the people they serve. What the candidate spends
of their own for the service ("in my own time", "på egen bekostnad"), or "my own" beside someone
served, still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "I went the extra mile for my own fortieth and hired a whole boat."),
    ("en_cs", "respect", "Lately I treat my own body with respect, eight hours' sleep every night."),
    ("sv_cs", "timeliness", "Jag är väldigt snabb med mina egna räkningar."),
    ("sv_cs", "realistic-expectations", "Jag försöker vara realistisk med min egen ekonomi varje månad."),
    ("te_cs", "realistic-expectations", "నా సొంత చదువు విషయంలో నేను చాలా వాస్తవికంగా ఉంటాను."),
])
def test_the_candidates_own_affairs_are_theirs(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "I went the extra mile in my own time and drove the guest's bag to the airport."),
    ("en_cs", "exceeding-expectations", "On my own initiative I went above and beyond for the customer "
                                        "and rang her supplier myself."),
    ("en_cs", "respect", "I treat every customer with respect, as I would my own family."),
    ("sv_cs", "exceeding-expectations", "Jag gjorde det lilla extra på egen bekostnad och köpte blommor "
                                        "till kunden."),
])
def test_the_candidates_means_for_the_service_still_earn(request: pytest.FixtureRequest, pack_name: str,
                                                         criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
