"""Round 45: a deed kept from all but a favoured few ("For VIP guests I'll bend any rule; everyone
else gets the policy read out", "…, alla andra får lämna rummet klockan elva", "…; కొత్తవాళ్ళకి
…"), done because a script or checklist asks for it ("…, because it's step two of the script"),
kept for the candidate's good mood ("If I've had enough sleep I'll remember your name", "…, när
jag är pigg"), used as a tactic ("…, because it gets us more five-star reviews"; round 46), too
late to count ("…, after her car had already been towed"; round 46), undone in its own sentence ("…, or so I thought") or blamed on the customer ("…;
the wait is their own doing") earns nothing. The same care for everyone, a comparison with the
others, colleagues called "everyone else", a clause that adds new customers, a reason that is
not a checklist, a deed done ahead of time ("I've already started her flat white"), a follow-up a
week after the repair and a list of "ones" still earn; so does "at every stage" (a stage of the work,
no longer one of the candidate's pursuits)."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # kept from the rest
    ("en_cs", "flexibility", "For our loyalty members I'll bend any rule you like; everyone else "
                             "gets the returns policy read out to them."),
    ("en_cs", "approachability", "I always greet the regulars with a big smile; the grumpy ones get "
                                 "a nod if they're lucky."),
    ("en_cs", "personalization", "I remember my favourite customers' names, but first-timers are "
                                 "just 'next please'."),
    ("hotel", "apology", "When a suite guest's room is late I apologise straight away; everyone "
                         "else is told to wait in the lobby."),
    ("sv_cs", "flexibility", "För stamgäster gör jag gärna ett undantag från reglerna, alla andra "
                             "får lämna rummet klockan elva."),
    ("te_cs", "approachability", "రెగ్యులర్ కస్టమర్లకి నేను ఎప్పుడూ చిరునవ్వుతో స్వాగతం "
                                 "చెప్తాను; కొత్తవాళ్ళకి మెనూ కార్డు మాత్రమే ఇస్తాను."),
    # a colleague named first, whose verb a quantifier shows (the round 43 leftover)
    ("en_cs", "follow-up", "Sophie does all the follow-up calls; I'm on the booking line."),
    # a box ticked
    ("en_cs", "empathy", "I say 'I completely understand how you feel' because it's the second step "
                         "of the call script, then I read out the refund terms."),
    # a tactic, or too late to count
    ("en_cs", "exceeding-expectations", "I slip a handwritten note into every order because it "
                                        "gets us more five-star reviews."),
    ("hotel", "clear-explanation", "I explained the new parking arrangements to the guest very "
                                   "clearly, after her car had already been towed."),
    ("sv_cs", "follow-up", "Jag följde upp med kunden om routern, efter att hon redan hade bytt "
                           "till en annan leverantör."),
    ("te_cs", "communication", "ఆయన పార్సెల్ ఆలస్యమవుతుందని అప్‌డేట్ ఇచ్చాను, ఆయన అప్పటికే వేరే "
                               "సైట్‌లో మళ్ళీ ఆర్డర్ పెట్టేసిన తర్వాత."),
    # kept for the candidate's mood
    ("en_cs", "personalization", "If I've had enough sleep I'll remember your name from last week."),
    ("en_cs", "passion", "I really enjoy helping customers, at least on the days I've had a decent "
                         "night's sleep."),
    ("sv_cs", "realistic-expectations", "Jag säger ärligt hur lång leveranstiden är när jag är pigg, "
                                        "men sent på kvällen lovar jag vad som helst."),
    # undone in its own sentence, or blamed on the customer
    ("en_cs", "communication", "I kept the customer updated every single day, or so I thought."),
    ("en_cs", "timeliness", "I'd sort things out quickly for anyone; when they leave out the "
                            "details, the wait is their own doing."),
])
def test_a_deed_kept_for_some_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "For our loyalty members I'll bend a rule when I can, and everyone "
                             "else gets the same chance too."),
    ("en_cs", "approachability", "I greet every customer with a smile, the same as everyone else "
                                 "on the team."),
    ("en_cs", "respect", "I stayed calm and polite while everyone else in the queue was "
                         "shouting."),
    ("en_cs", "personalization", "I remember my regulars' names, and new customers get a warm "
                                 "welcome too."),
    ("en_cs", "empathy", "I say I understand how she feels because I do, and then I sort it out."),
    ("en_cs", "communication", "I went through the tablets in plain words: the morning ones, the "
                               "evening ones and the one you take with food."),
    # a deed ahead of time, or after a wait that is the practice
    ("en_cs", "personalization", "I remember my regulars' usual orders, so when Mrs Patel walks in "
                                 "I've already started her oat flat white."),
    ("en_cs", "follow-up", "I ring every customer back a week after the repair to check it's still "
                           "working."),
    # "the rest of" a time or thing, a part, not the people kept from the deed
    ("en_cs", "communication", "I kept him updated every day; for the rest of the week my "
                               "colleague took over."),
    # a stage of the work, not a theatre's
    ("en_cs", "communication", "I keep customers informed at every stage of a repair."),
])
def test_the_same_care_for_everyone_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
