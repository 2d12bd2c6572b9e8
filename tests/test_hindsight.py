"""Round 44: claims the answer itself shows were never so earn nothing, in English, Swedish and
Telugu: a belief the candidate found wrong ("I thought I'd explained the fees clearly, until the
complaint letter…", "Jag trodde att…, tills…", "…చేశాననుకున్నా"), a deed kept for those who pay
the candidate ("…, but only when there's a tip in it", "…, om gästen lägger dricks", "టిప్ ఇచ్చే
కస్టమర్లకి…"), a deed taught to others and not done ("I coach new starters to…, though I…",
"Som handledare lär jag de nya att…, men själv…", "…అని నేనే ట్రైనింగ్ ఇస్తాను; … మాత్రం…"), an
outcome that shows the deed failed ("…, and he ended up more confused than when he rang"), a lack
owned in soft words after a long subject ("Following up with customers isn't my strong suit"),
and a habit of the first weeks given up ("In my first month I…; after that I…"). A belief kept, a
reward that follows the deed or is refused as a condition, a teacher who also does it, a good
outcome and a habit grown into still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a belief the answer reverses
    ("en_cs", "communication", "I thought I'd explained the cancellation fee clearly, until the "
                               "customer rang back asking why she'd been charged."),
    ("en_cs", "follow-up", "I was sure I'd called the customer back about his boiler, but it "
                           "turned out the note was still stuck to my monitor."),
    ("hotel", "empathy", "I honestly believed I'd acknowledged the guest's frustration, until my "
                         "manager played me the call."),
    ("en_cs", "approachability", "I thought I came across as warm and welcoming at the front "
                                 "desk, until a guest's review said otherwise."),
    ("sv_cs", "communication", "Jag trodde att jag hade förklarat avgifterna tydligt, tills kunden "
                               "ringde tillbaka och undrade varför hon fått en faktura."),
    ("te_cs", "respect", "ఆ పెద్దావిడతో చాలా మర్యాదగా మాట్లాడాననుకున్నా; తర్వాత నా మేనేజర్ "
                         "నేను చాలా రూడ్‌గా ఉన్నానని చెప్పారు."),
    # a deed kept for a reward
    ("en_cs", "exceeding-expectations", "I'll happily go the extra mile for a diner, but only when "
                                        "there's a decent tip on the table."),
    ("en_cs", "communication", "I'll explain the warranty properly to anyone who looks like a big "
                               "tipper."),
    ("sv_cs", "flexibility", "Jag gör gärna ett undantag från reglerna om kunden ger mig "
                             "ordentligt med dricks."),
    ("te_cs", "approachability", "టిప్ ఇచ్చే కస్టమర్లకి నేను ఎప్పుడూ చిరునవ్వుతో స్వాగతం చెప్తాను."),
    # taught to others, not done
    ("en_cs", "problem-resolution", "I coach the new starters to take ownership of every problem, "
                                    "though I pass mine straight to the supervisor."),
    ("hotel", "clear-explanation", "I train the new receptionists to explain every charge clearly, "
                                   "though I just point at the total myself."),
    ("sv_cs", "approachability", "Som handledare lär jag de nyanställda att hälsa med ett leende på "
                                 "varje kund, men själv tittar jag sällan upp från skärmen."),
    ("te_cs", "follow-up", "కొత్తగా చేరినవాళ్ళకి 'కస్టమర్‌కి మరుసటి రోజు ఫాలో అప్ కాల్ చేయాలి' అని "
                           "నేనే ట్రైనింగ్ ఇస్తాను; నా కస్టమర్లకి మాత్రం నేను ఎప్పుడూ కాల్ చేయను."),
    # an outcome that shows the deed failed
    ("en_cs", "communication", "I explained the roaming charges to him step by step, and he ended "
                               "up more confused than when he walked in."),
    ("sv_cs", "empathy", "Jag sa till kunden att jag förstod hur hon kände, och hon bad att få "
                         "prata med en kollega."),
    # a lack owned in soft words after a long subject, its copula and negation in one word
    ("en_cs", "follow-up", "Following up with customers after a complaint isn't my strong suit."),
    ("en_cs", "personalization", "Remembering the regulars' usual orders isn't really a talent of "
                                 "mine."),
    # a habit of the first weeks given up
    ("en_cs", "approachability", "In my first month I greeted every shopper with a smile; after "
                                 "that I mostly stayed behind the till."),
    ("en_cs", "follow-up", "In my first few months I'd phone every customer a week later to check "
                           "all was well; I stopped once I saw nobody was counting."),
    ("sv_cs", "reliability", "Det första halvåret höll jag alltid mina löften till kunderna, men "
                             "sedan tappade jag greppet."),
])
def test_a_claim_the_answer_shows_was_never_so_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a belief not reversed, or the deed after the belief's clause
    ("en_cs", "communication", "I thought the fee was confusing, so I explained it again in plain "
                               "words and she thanked me."),
    ("en_cs", "communication", "I wasn't sure she'd understood, but I explained the fee again in "
                               "plain words and she thanked me."),
    # a reward as the outcome, or refused as a condition
    ("en_cs", "exceeding-expectations", "I went the extra mile for the couple, and they left a "
                                        "big tip on the way out."),
    ("en_cs", "exceeding-expectations", "I go the extra mile for every diner, even when there's no "
                                        "tip at the end of it."),
    # a teacher who does it too
    ("en_cs", "problem-resolution", "I coach the new starters to own every problem from start to "
                                    "finish, and I do exactly the same myself too."),
    # a good outcome
    ("en_cs", "communication", "I explained the roaming charges to him step by step, and he "
                               "thanked me for making it simple."),
    # a shortcoming denied, or a run-down denied
    ("en_cs", "follow-up", "Following up with customers after a complaint isn't something I need "
                           "to work on."),
    ("en_cs", "respect", "Staying polite when a customer is screaming at you isn't for pushovers."),
    # a habit grown into
    ("en_cs", "approachability", "In my first month I was shy on the phone; after that I greeted "
                                 "every caller with a smile."),
])
def test_a_claim_the_answer_keeps_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
