"""Round 56: a deed that is no claim earns nothing, in English, Swedish and Telugu: kept for the
candidate's good days ("…when I've slept well", "Har jag en bra dag…", "…నిద్రపోతే") or for
the customers who are nice first ("…who are polite to me"), done to the wrong one ("…, to the
wrong table"), done to be rid of the customer ("…just to get him off the phone"), rated low
("…the lowest in the branch"), its word said again after a dash and aimed elsewhere
("…passionate about the job — passionate about payday"), or done in a manner that empties it
("…with a shrug"). The same words where the candidate keeps the deed whatever the day, treats
everyone alike, puts someone else's slip right, or adds to the claim still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # the candidate's state
    ('en_cs', 'communication', 'My explanations at the counter are really clear when I have slept well.'),
    ('en_cs', 'respect', 'After a decent night\'s sleep I am courteous with every caller.'),
    ('en_cs', 'empathy', 'How understanding I am with upset passengers depends on how much sleep I got.'),
    ('sv_cs', 'follow-up', 'Har jag en bra dag ringer jag upp kunderna efteråt och hör hur det gick.'),
    ('te_cs', 'respect', 'రాత్రి బాగా నిద్రపోతే ప్రతి కస్టమర్‌ని గౌరవంగా చూస్తాను.'),
    # the customer nice first
    ('en_cs', 'respect', 'I stay respectful with every member who is polite to me.'),
    ('en_cs', 'follow-up', 'I ring customers back the next day if they have been pleasant on the phone.'),
    ('sv_cs', 'respect', 'Jag är artig mot kunder som är artiga mot mig, resten får som de förtjänar.'),
    ('te_cs', 'problem-resolution', 'కస్టమర్ మర్యాదగా ఉంటేనే సమస్య సాల్వ్ అయ్యే వరకు బాధ్యత తీసుకుంటాను.'),
    # the wrong one
    ('en_cs', 'follow-up', 'I followed up with a call the very next morning, to the wrong customer.'),
    ('en_cs', 'empathy', "I told her I understood how upset she was, but I'd mixed up the two complaints."),
    ('sv_cs', 'communication', 'Jag höll kunden informerad varje vecka, fast jag skickade mejlen till fel adress.'),
    # to be rid of the customer
    ('en_cs', 'empathy', 'I told him I understood how frustrated he was, mainly so he\'d stop talking.'),
    ('en_cs', 'realistic-expectations', 'I told her honestly it would be Thursday, just to get her off the phone.'),
    ('sv_cs', 'problem-resolution', 'Jag löste det med en rabattkod, mest för att få kunden att lägga på.'),
    # rated low
    ('en_cs', 'empathy', 'My empathy score on the appraisal was the lowest in the whole branch.'),
    ('en_cs', 'exceeding-expectations', 'In my last review I got two out of five for going the extra mile.'),
    ('sv_cs', 'respect', 'I medarbetarsamtalet fick jag lägsta betyget på respektfullt bemötande.'),
    ('te_cs', 'timeliness', 'సమయపాలనలో నాకు అతి తక్కువ మార్కులు వచ్చాయి.'),
    # the word said again after a dash
    ('en_cs', 'passion', "I'm passionate about customer service — passionate about my lunch break, mostly."),
    ('en_cs', 'reliability', "I'm very consistent — consistently the last one back from lunch."),
    ('sv_cs', 'timeliness', 'Jag är alltid snabb – snabb att gå hem när klockan slår fem.'),
    # a manner that empties the deed
    ('en_cs', 'empathy', 'I said "I understand how you feel" without once looking up from my screen.'),
    ('sv_cs', 'approachability', 'Jag hälsar på alla som kommer in, utan att lyfta blicken från mobilen.'),
])
def test_a_deed_that_is_no_claim_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'respect', "Even on a bad day I'm courteous with every caller."),
    ('en_cs', 'respect', "I'm always polite even when someone's snappy before their first coffee."),
    ('en_cs', 'empathy', 'If a guest has had a bad day, I listen and tell them I understand how they feel.'),
    ('sv_cs', 'respect', 'Jag är lika artig mot kunder som skäller som mot dem som är artiga mot mig.'),
    ('en_cs', 'respect', "I'm respectful with every customer, even those who aren't polite to me."),
    ('en_cs', 'follow-up', 'I once rang the wrong customer by mistake, so now I check the name and still follow up with every one.'),
    ('en_cs', 'problem-resolution', 'I traced the missing parcel to the wrong depot myself and resolved it the same day.'),
    ('en_cs', 'communication', 'I explained clearly that the booking site had sent us the wrong dates.'),
    ('en_cs', 'realistic-expectations', "I give the date I actually know is true, not tomorrow just to get them off the phone."),
    ('en_cs', 'empathy', 'My empathy score on the mystery-shopper report was ten out of ten.'),
    ('en_cs', 'flexibility', "I'm flexible with customers — with the rules too, where my manager allows it."),
    ('en_cs', 'empathy', "I didn't just mumble sorry: I told her I understood how worried she was."),
])
def test_the_deed_kept_whatever_the_day_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
