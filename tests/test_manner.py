"""Round 47: how a deed was told or done can empty it, in English, Swedish and Telugu: a claim
hedged three times over ("I guess I kind of try to remember names, maybe, now and then"), a
grudging manner ("…, with a sigh", "med en suck", "…విసుగ్గా…") and a deed done only under
pressure ("…, in the end, after she'd escalated it") earn nothing. One honest hedge, someone
else's grudging manner, a denied grudge ("…విసుగ్గా మాట్లాడను", I never speak irritably) and a
deed done at once after a complaint still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # hedged over and over
    ("en_cs", "personalization", "I guess I kind of try to remember the regulars' names, maybe, "
                                 "now and then."),
    ("en_cs", "reliability", "People can count on me, I'd say, mostly, on a good week, more or "
                             "less."),
    ("sv_cs", "approachability", "Jag hälsar med ett leende på kunderna, skulle jag säga, "
                                 "mestadels, då och då."),
    # a grudging manner
    ("en_cs", "communication", "I explained the roaming charges again, with a big sigh, so he "
                               "knew he'd interrupted me."),
    ("hotel", "apology", "I apologised to the guest through gritted teeth and went back to my "
                         "crossword."),
    ("sv_cs", "communication", "Jag förklarade avgifterna en gång till, med en suck, för det står "
                               "ju på fakturan."),
    ("te_cs", "communication", "ఆ బిల్లు గురించి మళ్ళీ విసుగ్గా వివరించాను, అది స్క్రీన్ మీదే "
                               "ఉంది కదా."),
    # only under pressure
    ("en_cs", "timeliness", "I processed her refund quickly in the end, after she threatened to "
                            "go to the ombudsman."),
    ("en_cs", "follow-up", "I eventually called the customer back about his laptop, after he'd "
                           "complained to my manager twice."),
])
def test_a_deed_told_or_done_so_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "I'd say I'm patient: I let every caller finish, however long it "
                               "takes."),
    ("en_cs", "follow-up", "The customer grudgingly accepted my apology, and I followed up the "
                           "next morning."),
    ("en_cs", "timeliness", "I apologised straight away after she complained, and fixed it."),
    ("sv_cs", "respect", "Till skillnad från en kollega som himlade med ögonen åt äldre kunder "
                         "tilltalar jag dem alltid hövligt."),
    ("te_cs", "respect", "ఒత్తిడిలో ఉన్నా కస్టమర్లను గౌరవిస్తాను, ఎవరితోనూ విసుగ్గా మాట్లాడను."),
    ("te_cs", "respect", "ఆయన ఎంత విసుగ్గా మాట్లాడినా నేను మర్యాదగానే జవాబిస్తాను."),
])
def test_a_deed_told_plainly_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
