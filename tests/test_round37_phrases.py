"""Round 37's phrases: the first stretch of a job turned by what came after ("I loved helping
customers FOR THE FIRST FEW MONTHS, but then…", "… DE FÖRSTA MÅNADERNA, men sedan…"), a plan
forgotten in Telugu ("…, కానీ పూర్తిగా మర్చిపోయాను", but I completely forgot), a regret in
Telugu ("… ఉంటే బాగుండేది", it would have been good if…) and a pub quiz or a relay as a pursuit."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "passion", "I loved my job at the garden centre for the first few months, but then "
                         "I got bored of it."),
    ("sv_cs", "passion", "Jag älskade mitt jobb på caféet de första månaderna, men sedan blev det "
                         "bara tjat."),
    ("te_cs", "follow-up", "ఆ కస్టమర్ కి ఫాలో అప్ కాల్ చేయాలని అనుకున్నాను, కానీ పూర్తిగా మర్చిపోయాను."),
    ("en_cs", "exceeding-expectations", "Our pub quiz team went beyond everyone's expectations "
                                        "this year."),
])
def test_round_37_phrases_earn_nothing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                       text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "passion", "I loved my job at the garden centre, and I still love helping customers "
                         "find the right plant."),
    ("te_cs", "follow-up", "ఆ కస్టమర్ కి మరుసటి రోజు ఫాలో అప్ కాల్ చేశాను."),
])
def test_plain_claims_beside_them_still_earn(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                             text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
