"""Round 57: a claim its sentence shows is a sham earns nothing, in English, Swedish and Telugu:
the virtue's word in scare quotes ('I "resolved" it by closing the ticket'), the deed done only
once the customer chased it ("…, after she'd asked me twice"), undone behind the customer's back
("…, then I mimic him in the staff room"), said while passing the blame ("…, not mine"), a figure
gamed ("…because I count the survey email") and a resolution or a promise made only to oneself
("Next year I want to…", "I told myself I'd…"). Words said in quotation marks, a
category named, a callback after one message, the same manner backstage, a blame conceded, an
honest figure and a promise kept still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # scare quotes
    ('en_cs', 'problem-resolution', 'I "resolved" her complaint by closing the ticket and taking the next call.'),
    ('en_cs', 'follow-up', 'I "followed up" by forwarding her email to IT and forgetting about it.'),
    ('sv_cs', 'flexibility', 'Jag var "flexibel" och sa att hon fick komma tillbaka när min kollega jobbar.'),
    ('te_cs', 'follow-up', 'మా షాప్‌లో నా "ఫాలో అప్" అంటే రసీదు వెనక స్టాంప్ వేయడమే.'),
    # only once the customer chased it
    ('en_cs', 'follow-up', "I rang her back to check the repair, after she'd left me messages three times."),
    ('en_cs', 'empathy', "I told him I understood how worried he was, but only once he'd asked for my manager."),
    ('sv_cs', 'timeliness', 'Jag ringde tillbaka inom en timme, men först när hon hade ringt tre gånger.'),
    # behind the customer's back
    ('en_cs', 'respect', "I'm perfectly courteous to the regulars, then I mimic them in the staff room."),
    ('sv_cs', 'empathy', 'Jag sa att jag förstod hur orolig hon var, och sedan härmade jag henne i fikarummet.'),
    # the blame passed
    ('en_cs', 'empathy', "I said I understood how upset she was, but that it was the courier's mess, not mine."),
    ('en_cs', 'problem-resolution', 'I took ownership of it by explaining that the fault lay with the IT team.'),
    ('sv_cs', 'empathy', 'Jag sa att jag förstod att hon var arg, men att det var lagrets fel, inte mitt.'),
    # a figure gamed
    ('en_cs', 'follow-up', 'My follow-up rate is the best in the team because I count the automatic survey email.'),
    ('sv_cs', 'problem-resolution', 'Jag har högst betyg på att lösa kundernas problem, eftersom jag bara delar ut enkäten till nöjda kunder.'),
    # a resolution or a promise to oneself
    ('en_cs', 'follow-up', 'Next year I want to follow up with every customer after a repair.'),
    ('en_cs', 'realistic-expectations', "I told myself I'd be honest with customers about delivery dates."),
    ('sv_cs', 'approachability', 'Jag har sagt till mig själv att jag ska hälsa på alla kunder med ett leende.'),
])
def test_a_sham_claim_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'empathy', 'I told her "I can see how stressful this is" and sorted the refund myself.'),
    ('en_cs', 'empathy', 'I start by saying something like "that sounds really stressful" and then I help.'),
    ('en_cs', 'follow-up', "I rang her back within the hour after she'd left a message, and followed up the next day."),
    ('en_cs', 'follow-up', "I chased the engineers every hour, and I followed up once they'd finished."),
    ('sv_cs', 'respect', 'Jag pratar lika respektfullt om gästerna i personalrummet som med dem i receptionen.'),
    ('en_cs', 'empathy', "I told him I understood how frustrated he was, even though it was the kitchen's fault, not mine."),
    ('en_cs', 'follow-up', "I promised myself I'd follow up with every customer, and I have done ever since."),
])
def test_words_said_or_a_promise_kept_still_earn(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
