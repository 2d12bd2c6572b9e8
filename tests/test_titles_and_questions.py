"""Round 39: words that only name or ask. A keyword inside a name written in title case in
mid-sentence ("the Empathy First team", "a café called The Friendly Bean", "the Keep Them in
the Loop campaign") is the name of a team, a shop or a campaign, not the candidate's service.
Capitals for emphasis ("I was ALWAYS polite") and a keyword beside a person's name still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Back at the call centre I sat on the Empathy First team, which was just "
                         "the name of the billing queue."),
    ("en_cs", "approachability", "My first job was at a café called The Friendly Bean, though I "
                                 "mostly washed dishes out the back."),
    ("en_cs", "communication", "Twelve months I spent on the Keep Them in the Loop campaign "
                               "committee, which designed posters."),
    ("en_cs", "passion", "Our team was called the Passionate Helpers, a name none of us liked."),
    ("sv_cs", "communication", "Där satt jag i teamet Kommunikation & Media, men jag gjorde bara "
                               "Excel-rapporter."),
])
def test_a_keyword_inside_a_title_case_name_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I told Mrs Patel I understood her frustration and put myself in her shoes."),
    ("en_cs", "respect", "I was ALWAYS polite to Mr Jones, even when he shouted."),
    ("en_cs", "communication", "At Marks and Spencer I kept them in the loop about the delivery."),
    ("sv_cs", "communication", "På ICA Maxi förklarade jag villkoren för kunden med enkla ord."),
])
def test_a_keyword_beside_a_name_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
