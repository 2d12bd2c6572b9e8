"""Round 55: a claim taken back after it is made earns nothing, in English and Swedish: a
denial with its verb left out ("…. I don't.", "…; I'm really not…", "…. Not.", "Det gör jag
inte."), a tag that disowns it ("…, or so my appraisal claims", "…, though he'd probably tell
you otherwise", "…, said no customer of mine", "…, eller det påstår mitt cv"), a fantasy ("In an
ideal world, …"). Praise the customer reports ("she said nobody had ever done that before"), a
doubt with the deed after it and a denial of another deed ("…, so I can't do it") still leave
the claim."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', "People assume I follow up with every customer. I don't."),
    ('en_cs', 'follow-up', "I always follow up with my customers; I'm really not."),
    ('en_cs', 'exceeding-expectations', 'I went the extra mile for every customer last Christmas. Not.'),
    ('en_cs', 'respect', 'I treat every caller with respect, or so my appraisal claims.'),
    ('en_cs', 'respect', "I stayed respectful with the shouting man, though he'd probably tell you otherwise."),
    ('en_cs', 'exceeding-expectations', 'I always go the extra mile, said no customer of mine ever.'),
    ('en_cs', 'timeliness', 'In an ideal world, every email gets an answer within the hour.'),

    ('sv_cs', 'follow-up', 'Man skulle kunna tro att jag följer upp med varje kund. Det gör jag inte.'),
    ('sv_cs', 'reliability', 'Jag håller alltid det jag lovar, eller det påstår mitt cv i alla fall.'),
])
def test_a_claim_taken_back_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'I rang her a couple of days later to make sure it still worked, and she said nobody had ever done that before.'),
    ('en_cs', 'flexibility', "Apparently I'm the most flexible agent here, and I did bend the returns rule for a widow last week."),
    ('en_cs', 'follow-up', "I followed up with her the next morning. I didn't have to, but I wanted to."),
    ('en_cs', 'empathy', "I told them politely that I understood how frustrating it was, so I can't do it."),
    ('sv_cs', 'reliability', 'Jag håller alltid det jag lovar, och på två år har jag inte ställt in en enda tid.'),
])
def test_a_claim_kept_around_the_same_words_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
