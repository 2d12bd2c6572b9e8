"""A sentence that casts the candidate in a role of their own life ("As captain of my
five-a-side team…", "Som lagkapten…", "… కెప్టెన్ గా ఉన్నప్పుడు") tells what they do there, not
service: its keywords earn nothing, unless it names the people served or turns with a word of
contrast."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "As captain of my five-a-side team, I always put myself in their shoes "
                         "when someone misses a penalty."),
    ("en_cs", "personalization", "As a parent I tailor the bedtime routine to each of the twins."),
    ("en_cs", "product-knowledge", "As a gamer I know the specs of every new console inside out."),
    ("en_cs", "problem-resolution", "What I like about being treasurer of the chess club is "
                                    "getting the accounts problem solved before the AGM."),
    ("sv_cs", "respect", "Som lagkapten var jag noga med att behandla alla lika, även avbytarna."),
    ("sv_cs", "flexibility", "Som målvakt i korpen fick jag vara flexibel och spela back ibland."),
    # a role named by its club
    ("en_cs", "communication", "As club secretary I keep the committee updated after every meeting."),
    ("sv_cs", "reliability", "Som kassör i tennisklubben var jag alltid konsekvent med bokföringen."),
    ("te_cs", "respect", "కాలేజ్ లో స్టూడెంట్ రెప్రజెంటేటివ్ గా ఉన్నప్పుడు అందరినీ సమానంగా చూశాను."),
    ("te_cs", "realistic-expectations", "మా అపార్ట్‌మెంట్ అసోసియేషన్ లో ట్రెజరర్ గా ఉన్నప్పుడు ప్రతి లెక్క "
                                        "పారదర్శకంగా చూపించాను."),
    # the marker fused to the role ("కెప్టెన్‌గా", as captain)
    ("te_cs", "respect", "మా కాలనీ టీమ్ కి కెప్టెన్‌గా ఉన్నప్పుడు అందరినీ సమానంగా చూసేవాడిని."),
])
def test_a_sentence_in_a_life_role_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                 criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # the people served named: the role lends the candidate their understanding at work
    ("en_cs", "empathy", "As a mum myself, I put myself in the customer's shoes when her son's "
                         "school shoes came in the wrong size."),
    ("sv_cs", "empathy", "Som förälder själv visade jag förståelse för kunden när hennes barn "
                         "grät i kön."),
    # a word of contrast turns back to work
    ("en_cs", "empathy", "As captain I was hard on the lads, but at the shop I always put myself "
                         "in their shoes."),
    # work roles are not roles of the candidate's own life
    ("en_cs", "follow-up", "As a team leader I always follow up with customers the next day."),
    ("sv_cs", "reliability", "Som kassör på ICA var jag alltid konsekvent med kunderna."),
    # a club that is a workplace ("på", at), not one the candidate is in
    ("sv_cs", "timeliness", "Som bartender på nattklubben var jag alltid snabb i baren."),
])
def test_the_role_at_work_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                      criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
