"""Rounds 61 and 62: a claim with an angle earns nothing, in English, Swedish and Telugu: the
virtue used to make a sale ("…so they'll take the extended warranty") or to collect money owed
("…to remind them their invoice is still unpaid"), done to win a bet ("…to win a bet with the
night porter"), spent on the firm, a colleague or the candidate's own time ("I empathise with
the company…", "…flexible about my own break times"), drawn from a badge, a title or the stars
("My badge says 'Happy to help', so I'm approachable", "As a Gemini I'm very flexible"), beaten
against expectations set low ("…when it really takes one"), or not helping spun as empowering
("I empower customers to…"); and a reminder snoozed puts the deed off; and (round 63) done to
cover oneself ("…so there's a paper trail"), overruling the customer for their own good, or to
all alike without finding out what is wrong. The same words where the candidate serves the customer
still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a sale as the motive
    ('en_cs', 'empathy', "I tell every caller I understand how worrying a broken boiler is, so they'll take the extended warranty."),
    ('en_cs', 'personalization', "I remember what each regular bought last time, because it tells me which accessories I haven't sold them yet."),
    ('sv_cs', 'personalization', 'Jag lär mig stamkundernas namn, eftersom det ökar chansen att de köper till något vid kassan.'),
    ('te_cs', 'follow-up', 'ప్రతి కస్టమర్‌కి వారం తర్వాత ఫాలో అప్ కాల్ చేస్తాను, మా కొత్త ఇన్సూరెన్స్ పాలసీ అమ్మడానికి.'),
    # a bet
    ('en_cs', 'exceeding-expectations', 'I once went the extra mile for a shopper, mostly to win a bet with the stockroom lads.'),
    ('sv_cs', 'exceeding-expectations', 'Jag gjorde det lilla extra för en gäst en gång, men mest för att vinna ett vad mot kocken.'),
    ('te_cs', 'respect', 'స్టాఫ్ మధ్య పందెం గెలవడానికి ఆ వారం అందరితో మర్యాదగా మాట్లాడాను.'),
    # the firm, a colleague or the candidate's own time
    ('en_cs', 'exceeding-expectations', 'I went the extra mile for the company last quarter, staying late to finish the stock count.'),
    ('sv_cs', 'follow-up', 'Jag följer noga upp att all min övertid blir registrerad i lönesystemet.'),
    # drawn from a badge or a title
    ('en_cs', 'approachability', "My name badge says 'Happy to help', so I'm approachable."),
    ('sv_cs', 'realistic-expectations', 'Jag har ett diplom i förväntanshantering, så jag lovar aldrig för mycket.'),
    # the stars or a test
    ('en_cs', 'flexibility', "As a Gemini I'm very adaptable and flexible with people."),
    ('en_cs', 'follow-up', "My Myers-Briggs type is ISTJ, which is why I'm naturally so good at follow-up."),
    ('sv_cs', 'follow-up', 'Jag är född i Skorpionens tecken och därför väldigt noga med att följa upp saker.'),
    ('te_cs', 'empathy', 'నేను కర్కాటక రాశిలో పుట్టాను, అందుకే కస్టమర్ల మీద సానుభూతి నాకు సహజంగానే ఎక్కువ.'),
    # money owed
    ('en_cs', 'follow-up', 'I follow up with every patient a week after their appointment, to remind them their invoice is still unpaid.'),
    ('sv_cs', 'follow-up', 'Jag följer upp varje kund inom en vecka, angående deras obetalda faktura.'),
    # expectations set low; a reminder snoozed; empowering
    ('en_cs', 'exceeding-expectations', 'I always exceed expectations, because I say a repair takes three days when it really takes one.'),
    ('en_cs', 'follow-up', 'I set an alarm to check back with the guest whose room had flooded, but I kept snoozing it until he left.'),
    ('en_cs', 'follow-up', 'I empower customers to follow up for themselves by giving them their complaint reference number.'),
    # to cover oneself; overruled; a blanket deed
    ('en_cs', 'follow-up', 'I follow up by email after every complaint, so there is proof I did it if anyone asks.'),
    ('sv_cs', 'follow-up', 'Jag följer upp varje reklamation med ett brev, främst för att ha något att visa upp vid nästa medarbetarsamtal.'),
    ('en_cs', 'personalization', "I remember every regular's usual drink, and I make it even when they tell me they'd like something new."),
    ('en_cs', 'problem-resolution', 'I send a replacement to every customer who rings with a problem, without ever finding out what went wrong.'),
])
def test_a_claim_with_an_angle_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'realistic-expectations', "I'm honest with callers when they don't need the extended warranty, so I never push it."),
    ('en_cs', 'follow-up', "We had a bet on who'd get the most thank-you cards, and I won it by ringing every customer back the next day to check."),
    ('en_cs', 'realistic-expectations', 'I was honest with the customer and with my manager about how long the repair would take.'),
    ('en_cs', 'approachability', "My badge says 'Ask me', so I make sure it's true: I step out from behind the counter and smile at everyone who comes in."),
    ('en_cs', 'exceeding-expectations', "I went the extra mile for her: I drove the parcel round after my shift, and that's not in anyone's job description."),
    ('en_cs', 'approachability', "My personality test says I'm an introvert, but at the desk I stand up, smile and say hello to every guest."),
    ('te_cs', 'follow-up', 'రెండు రోజుల తర్వాత ఫోన్ చేసి కొత్త బిల్లో బకాయి పోయిందో లేదో కనుక్కున్నాను.'),
    ('en_cs', 'follow-up', 'I set a reminder to call her back, and I rang at nine the next morning as promised.'),
    ('en_cs', 'communication', "I update customers at every step, with one exception: if they've asked me not to ring, I text them instead."),
    ('sv_cs', 'respect', 'Alla ska bli bemötta med respekt, oavsett vad de köper.'),
])
def test_a_claim_for_the_customer_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
