"""Someone else's deed told while the candidate only looked on ("… and I was just standing there
holding his bags", "medan jag satt och väntade"), or told of a film, a show or the news ("In the
documentary about the hospital, the nurses…"), earns the candidate nothing; the candidate's own
deed beside it, or after a word of contrast, still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "At the garage the mechanic, um, found the fault, fixed it and "
                                    "refunded the callout, and I was just sitting there with a coffee."),
    ("en_cs", "empathy", "An old man dropped his shopping and the security guard, um, helped him up, "
                         "said he understood how he felt and, like, walked him to a bench, and I "
                         "was just standing by the door."),
    ("en_cs", "follow-up", "My uncle's accountant rang him back the next day to check the forms "
                           "were fine, I only heard about it at dinner."),
    ("sv_cs", "problem-resolution", "Kunden blev arg och butikschefen, eh, tog över, liksom "
                                    "löste problemet och gav henne pengarna tillbaka, och jag bara "
                                    "stod där med kvittot."),
    ("sv_cs", "empathy", "Medan jag satt och väntade på bussen visade chauffören stor förståelse "
                         "för en förvirrad turist."),
    ("te_cs", "approachability", "మొన్న బ్యాంక్ లో ఒక స్టాఫ్ అందరితో ఫ్రెండ్లీ గా, చిరునవ్వుతో "
                                 "మాట్లాడుతూ ఉంది, నేను క్యూలో ఉన్నాను."),
    ("en_cs", "timeliness", "The pharmacist, um, saw the old man and served him immediately, "
                            "while I was still reading the leaflets."),
])
def test_a_deed_only_looked_on_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "I read in the news about a bus driver who, um, stayed calm, "
                               "apologised to every passenger and, like, explained the delay in "
                               "plain English."),
    ("en_cs", "empathy", "In the documentary about the children's hospital, the porters, um, had "
                         "so much empathy for the kids."),
    ("en_cs", "empathy", "I saw on the news that the bank's boss showed real empathy for the flood "
                         "victims."),
    ("sv_cs", "exceeding-expectations", "Jag såg en dokumentär om ett hotell i Tokyo som alltid "
                                        "överträffar gästernas förväntningar."),
    ("te_cs", "approachability", "ఆ సినిమాలో హీరో ప్రతి కస్టమర్ కి ఫ్రెండ్లీ గా ఉంటాడు, చిరునవ్వుతో "
                                 "పలకరిస్తాడు."),
])
def test_a_deed_in_a_film_or_the_news_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # the candidate's own deed, beside the waiting or after it
    ("en_cs", "problem-resolution", "While I was waiting for the manager, I fixed the problem "
                                    "with the customer's order myself."),
    ("en_cs", "problem-resolution", "I was just standing at the till, but then I stepped in and "
                                    "fixed the problem for her."),
    ("sv_cs", "problem-resolution", "Medan jag väntade på chefen löste jag problemet med kundens "
                                    "beställning."),
    # a film the candidate learnt from, then their own deed
    ("en_cs", "empathy", "I watched a documentary about dementia and since then I always show "
                         "empathy to older customers who get confused."),
    # no bystander, no film: the candidate's claim
    ("en_cs", "empathy", "I always show empathy to customers who are upset."),
])
def test_the_candidates_own_deed_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
