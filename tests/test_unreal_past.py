"""Round 37: the unreal past. What the candidate would, could or should have done they did not
do: a condition of the unreal past ("Had I rung the customer back…", "If I'd known the
specs…, I wouldn't have…", "Om jag hade förklarat…"), the candidate's modal perfect ("I could
have offered an upgrade", "Jag kunde ha varit…") and, beside such a condition, the candidate's
unreal result ("…, I'd have called their room the next day"); in Telugu, a participle with
"ఉంటే బాగుండేది" after it. The candidate's sympathy ("if I'd lost four days of work I'd be
livid too"), a real condition ("If I'd promised a call back, I always rang") and a past perfect
("Not only had I…") still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Had I phoned the customer back the next morning, I'd have caught the "
                           "second fault before she cancelled."),
    ("en_cs", "communication", "If I had explained the tariff in simple terms, the old gentleman "
                               "wouldn't have signed up for the wrong one."),
    ("en_cs", "empathy", "If I'd put myself in that tenant's shoes, I probably wouldn't have "
                         "laughed at her complaint."),
    ("en_cs", "flexibility", "I could have offered her store credit, but it never crossed my mind."),
    ("en_cs", "realistic-expectations", "Looking back I should have told the couple straight that "
                                        "the cake might not be ready."),
    ("hotel", "follow-up", "Had I not been moved to nights, I'd have called their room the next day "
                           "to make sure they were satisfied."),
    ("hotel", "options", "If I'd thought about it, I would have offered the family a different room."),
    ("sv_cs", "communication", "Om jag hade förklarat villkoren med enkla ord hade kunden nog inte "
                               "blivit så arg."),
    ("sv_cs", "approachability", "Jag kunde ha varit mycket mer välkomnande mot den sista kunden "
                                 "den kvällen."),
    ("te_cs", "respect", "ఆ కస్టమర్ తో కొంచెం మర్యాదగా మాట్లాడి ఉంటే బాగుండేది."),
])
def test_the_unreal_past_is_not_done(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                     text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "If I'd promised a customer a call back, I always phoned them back to check."),
    ("en_cs", "follow-up", "I could have just closed the ticket, but I phoned them back to check."),
    ("en_cs", "reliability", "Not only had I kept my word to the tenant, I rang her every week."),
    ("en_cs", "empathy", "I let him vent, then said if I'd lost four days of work I'd be livid too."),
    ("en_cs", "follow-up", "If I had a customer who was upset, I would always phone them back the "
                           "next day to check."),
    ("sv_cs", "timeliness", "När kunden kom tillbaka hade jag redan svarat snabbt på hennes mejl."),
])
def test_a_real_deed_beside_the_unreal_past_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                         criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
