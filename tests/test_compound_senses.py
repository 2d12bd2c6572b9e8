"""A keyword inside a compound that names something else ("self respect", a "user friendly"
till, a "dog friendly" café, Telugu సెల్ఫ్ రెస్పెక్ట్ and యూజర్ ఫ్రెండ్లీ) earns nothing
(Language.other_senses); the word on its own, or "customer friendly", still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "I have a lot of self respect, so I left when they paid me late."),
    ("en_cs", "approachability", "The new till software is very user friendly, I learnt it in a day."),
    ("en_cs", "approachability", "It was a dog friendly cafe, people brought their spaniels in."),
    ("te_cs", "respect", "నాకు సెల్ఫ్ రెస్పెక్ట్ చాలా ముఖ్యం, అందుకే ఆ ఉద్యోగం వదిలేశాను."),
    ("te_cs", "approachability", "మా షాప్‌లో కొత్త బిల్లింగ్ సాఫ్ట్‌వేర్ చాలా యూజర్ ఫ్రెండ్లీ."),
])
def test_a_compound_of_another_sense_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                   criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "I'm friendly with every customer who comes in.",
    "We're a family friendly cafe, and I greet every customer with a smile.",
])
def test_the_word_itself_still_earns(en_cs: Pack, text: str) -> None:
    assert "approachability" in earned(en_cs, text)
