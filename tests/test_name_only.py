"""Round 53: a deed in name only earns nothing, in English, Swedish and Telugu: "Technically I
followed up: the system…", "…, in a manner of speaking", "my so-called explanation", "What
passed for empathy…", "…, if you can call it that", "on paper…, but…", "Jag svarade snabbt, så
att säga…", "…సో-కాల్డ్ సానుభూతి…". A negation before the words, the candidate's remedy after
them ("…, so I made sure…") and "on paper" with no contrast still leave the claim."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'Technically I followed up: the system emailed every customer a survey.'),
    ('en_cs', 'respect', "I was respectful, in a manner of speaking: I waited until he'd gone before I swore."),
    ('en_cs', 'communication', 'My so-called explanation was the terms and conditions read out word for word.'),
    ('en_cs', 'empathy', 'What passed for empathy at my counter was a quick sigh before the next number.'),
    ('en_cs', 'follow-up', 'I followed up, if you can call it that: one text a month later.'),
    ('en_cs', 'flexibility', 'I was flexible on paper, but I never once bent a rule for anyone.'),
    ('sv_cs', 'timeliness', 'Jag svarade snabbt, så att säga: ett automatiskt svar gick ut, sedan låg mejlet orört i fem dagar.'),
    ('sv_cs', 'flexibility', 'Jag var flexibel i teorin, men svaret blev ändå alltid nej.'),
    ('te_cs', 'empathy', 'ఫార్మసీలో నేను చూపించిన సో-కాల్డ్ సానుభూతి అంతా ఒక్క మాట అనడమే.'),
    ('te_cs', 'respect', 'కాగితం మీద అందరు కస్టమర్లనీ సమానంగా గౌరవిస్తాం, కానీ నేను మాత్రం పెద్ద కస్టమర్లనే పట్టించుకుంటాను.'),
])
def test_a_deed_in_name_only_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'flexibility', 'Not just on paper: I bent the returns rule for her on the spot.'),
    ('en_cs', 'empathy', 'What passed for empathy before I joined was a shrug, so I made sure every upset customer heard that I understood how they felt.'),
    ('en_cs', 'communication', 'I started to explain, saw she was confused, and went back over it with a diagram until it was clear.'),
    ('en_cs', 'communication', 'I wrote the steps down on paper and explained each one to her.'),
    ('sv_cs', 'empathy', 'Jag sa att jag förstod hur jobbigt det var, och sedan letade vi fram en lösning tillsammans.'),
])
def test_the_real_deed_around_the_same_words_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
