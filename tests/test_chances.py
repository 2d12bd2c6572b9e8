"""Round 51: deeds that never came earn nothing, in English, Swedish and Telugu: a near miss or
a chance passed ("I was on the verge of following up…", "Before I could explain…", "…అనుకునేలోపే"),
a deed further from done than a negated one ("…, let alone greet him"), the last thing one
would do ("…the last thing I'd do"), leave asked and refused ("I asked … whether I should follow
up, and she said not to bother") and few served ("Few of my callers ever got a follow-up").
A habit ("almost always"), the last thing done each time, leave granted, someone else's near
miss, "a few" and what someone else wants still leave the claim."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'I was on the verge of following up with the couple when my shift ended.'),
    ('en_cs', 'communication', 'Before I could explain the new tariff clearly, she had signed up for the wrong one.'),
    ('en_cs', 'problem-resolution', 'I nearly resolved the billing error for him, then the system crashed.'),
    ('sv_cs', 'flexibility', 'Jag var nära att göra ett undantag för kunden när chefen kom in.'),
    ('sv_cs', 'respect', 'Innan jag hann svara respektfullt hade jag redan höjt rösten åt honom.'),
    ('te_cs', 'follow-up', 'ఆ కస్టమర్\u200cకి ఫాలో అప్ కాల్ చేద్దాం అనుకునేలోపే ఆయన వేరే బ్యాంక్\u200cకి మారిపోయారు.'),
    ('en_cs', 'approachability', "I didn't even look up from the till, let alone greet the man with a smile."),
    ('sv_cs', 'flexibility', 'Jag tittade inte ens på hennes kvitto, än mindre gjorde jag ett undantag.'),
    ('te_cs', 'follow-up', 'ఆ రోజు కస్టమర్ ఫోన్ కూడా ఎత్తలేదు, ఇక ఫాలో అప్ చేయడం మాట దేవుడెరుగు.'),
    ('en_cs', 'exceeding-expectations', "Going the extra mile was the last thing I'd do on a Saturday double."),
    ('en_cs', 'respect', "I'm the last person who'd stay respectful with a caller who swears at me."),
    ('sv_cs', 'follow-up', 'Att följa upp med kunderna var det sista jag tänkte på under julruschen.'),
    ('te_cs', 'approachability', 'మా షాప్\u200cలో ఫ్రెండ్లీగా పలకరించే చివరి మనిషిని నేనే.'),
    ('en_cs', 'follow-up', 'I asked my team leader whether I should follow up with the customer, and she said not to bother.'),
    ('en_cs', 'exceeding-expectations', 'I asked my supervisor if I could upgrade the couple for free, and she said to charge them the full rate.'),
    ('sv_cs', 'flexibility', 'Jag frågade chefen om jag fick göra ett undantag för kunden, men hon sa nej.'),
    ('en_cs', 'follow-up', 'Few of my callers ever got a follow-up from me once the ticket was closed.'),
    ('sv_cs', 'follow-up', 'Få av kunderna på banken fick någon uppföljning från mig.'),
])
def test_a_deed_that_never_came_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'I almost always follow up with customers the next day.'),
    ('en_cs', 'follow-up', 'The last thing I do before closing a ticket is follow up with the customer.'),
    ('en_cs', 'flexibility', 'I asked my manager if I could make an exception for her, she agreed, and I swapped the coat there and then.'),
    ('en_cs', 'follow-up', 'I asked the customer if I could ring her back in the morning, and I followed up at nine as promised.'),
    ('en_cs', 'follow-up', 'When a customer was about to leave, I followed up on her refund myself.'),
    ('en_cs', 'follow-up', 'A few of my regulars joke that I follow up more than their own families do.'),
    ('sv_cs', 'follow-up', 'Jag ringer nästan alltid kunden dagen efter för att följa upp.'),
    ('te_cs', 'approachability', 'రావు గారు రాగానే నేను నవ్వుతూ పలకరిస్తా, ఆయన కూర్చునేలోపే ఆర్డర్ పెట్టేస్తా.'),
    ('te_cs', 'follow-up', 'ఆ కస్టమర్ అడిగేలోపే నేను ఫాలో అప్ కాల్ చేశాను.'),
    ('sv_cs', 'empathy', 'Jag sa att jag förstod hur jobbigt det var, det var det sista han behövde just då.'),
    ('en_cs', 'empathy', 'I said I understood how stressful it was; this is the last thing you want to hear after a long flight.'),
])
def test_a_deed_done_around_the_same_words_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
