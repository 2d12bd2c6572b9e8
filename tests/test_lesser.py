"""Round 54: a deed made less than a claim earns nothing, in English and Swedish: the one
exception ("I do everything except follow up", "…allt … utom att visa…"), put last ("…the least
of my priorities", "…det minsta av mina bekymmer"), a rare share ("…roughly one customer in
twenty", "var tjugonde kund"), not yet done or put off ("I've yet to…", "on my to-do list to…")
and what a better worker would have done ("A better receptionist would have…", "En bättre
cykelhandlare hade…"). A large share, a share of something else, a rhythm ("var tjugonde minut")
and the ideal the candidate then meets still leave the claim."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'I do everything except follow up once the ticket is closed.'),
    ('en_cs', 'empathy', "I did everything but put myself in the worried mother's shoes."),
    ('sv_cs', 'empathy', 'Jag gjorde allt för mamman utom att visa att jag förstod hur hon kände sig.'),
    ('en_cs', 'exceeding-expectations', 'Going the extra mile is the least of my priorities on a busy Saturday.'),
    ('en_cs', 'approachability', 'Of all the things I do on the shop floor, greeting people matters the least to me.'),
    ('sv_cs', 'problem-resolution', 'Att själv lösa kundens problem är det minsta av mina bekymmer.'),
    ('en_cs', 'follow-up', 'After a repair I follow up with roughly one customer in twenty.'),
    ('en_cs', 'respect', "I'd say I stay respectful with about one angry caller in ten."),
    ('sv_cs', 'approachability', 'Jag hälsar på kanske var tjugonde kund som kommer in på kontoret.'),
    ('en_cs', 'empathy', "Three years on the desk and I've yet to tell a customer I understand how they feel."),
    ('en_cs', 'follow-up', "It's been on my to-do list for months to follow up with the March complaints."),
    ('en_cs', 'follow-up', 'A more patient agent would have followed up with the couple; I closed the ticket.'),
    ('sv_cs', 'follow-up', 'En bättre cykelhandlare hade följt upp med kunden veckan efter; det gjorde inte jag.'),
])
def test_a_deed_made_less_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', 'I follow up with nineteen customers in twenty; the last one asks me not to.'),
    ('en_cs', 'follow-up', 'I set a reminder and follow up a week later; about one time in ten the fault is back.'),
    ('en_cs', 'approachability', "It wasn't one in ten or even half: every customer got a smile and a hello from me."),
    ('en_cs', 'follow-up', "A good agent follows up, and that's what I did: I rang her the next day."),
    ('sv_cs', 'communication', 'Jag gick fram till henne ungefär var tjugonde minut och berättade hur länge det skulle dröja.'),
    ('en_cs', 'follow-up', 'I did everything I could, and I followed up the next morning.'),
])
def test_a_full_share_or_the_ideal_met_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
