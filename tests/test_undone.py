"""Round 38: a deed named but not done. What was done instead ("Instead of offering the couple
another date, I…"), an intention or attempt given up ("I meant to ring her back, but…"), a plan
("I'm going to start offering upgrades"), a claim denied over an aside ("I can't claim that, in
all my years…, I once…") and a negation that opens the sentence before an inverted verb ("At no
point during…, did I…") leave the deed undone, in English, Swedish and Telugu. The deed done
beside them still earns: "Instead of passing it on, I dealt with it straight away", "I'll start
by apologising", "Not only did I apologise…", "I can't say enough about…"."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # what was done instead
    ("en_cs", "timeliness", "Instead of answering the lady's email straight away, I went on my break."),
    ("en_cs", "flexibility", "Rather than offering the man another date for his fitting, I told him "
                             "to take it or leave it."),
    ("hotel", "options", "Instead of finding the couple a different room, I argued about the booking."),
    ("sv_cs", "communication", "Långt ifrån att förklara villkoren med enkla ord läste jag bara upp "
                               "dem."),
    # an intention or attempt given up
    ("en_cs", "follow-up", "I meant to ring the gentleman back the next day to check his boiler, but "
                           "the week ran away with me."),
    ("hotel", "apology", "I tried to say sorry to the family in room nine, but I got called away."),
    ("sv_cs", "personalization", "Jag försökte lära mig namnen på stamkunderna, men jag kom inte ihåg "
                                 "ett enda."),
    ("te_cs", "exceeding-expectations", "ఆ జంటకి కాంప్లిమెంటరీ డెజర్ట్ పంపించాలని అనుకున్నాను, కానీ "
                                        "రష్‌లో మర్చిపోయాను."),
    # a plan still to come
    ("en_cs", "personalization", "Next month I'm going to start learning our regular customers' names."),
    ("en_cs", "product-knowledge", "Starting next week I'm going to recommend a wine to every table."),
    ("sv_cs", "flexibility", "När jag får fast tjänst ska jag börja be om undantag åt kunderna."),
    ("te_cs", "exceeding-expectations", "వచ్చే నెల నుంచి కస్టమర్లకి సర్‌ప్రైజ్ గిఫ్ట్ ఇవ్వాలని ప్లాన్ చేస్తున్నాను."),
    # a claim denied over an aside
    ("en_cs", "exceeding-expectations", "I can't claim that, in two years at the bakery, I ever gave "
                                        "anyone something extra."),
    ("hotel", "follow-up", "It would be a lie to say that, during that busy summer at the lodge, I "
                           "ever rang a guest's room to check on them."),
    ("sv_cs", "personalization", "Jag kan inte påstå att jag under mina år i kassan, när det var som "
                                 "mest, hälsade på kunderna vid namn."),
    ("te_cs", "respect", "ఆ షాప్‌లో ప్రతి కస్టమర్‌తో మర్యాదగా మాట్లాడానని చెప్తే, అది అబద్ధమే."),
    # a negation opening the sentence before an inverted verb
    ("en_cs", "timeliness", "At no point during my summer at the ticket office, with queues out of "
                            "the door, did I answer an email within the hour."),
    ("hotel", "follow-up", "Not once in my year on reception, even after the flood, did I follow up "
                           "with the guests."),
    ("sv_cs", "timeliness", "Inte en enda gång under hela rean lyckades jag svara kunderna inom en timme."),
])
def test_a_deed_not_done_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                       criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "Instead of passing it on, I dealt with it straight away."),
    ("en_cs", "follow-up", "Rather than mark it solved I asked him to try it for a day and I rang "
                           "him back the next afternoon to check."),
    ("en_cs", "empathy", "I'll start by acknowledging how upset they are, then I sort out a refund."),
    ("en_cs", "exceeding-expectations", "Not only did I apologise, I gave them something extra."),
    ("en_cs", "follow-up", "I tried everything to fix it that day, and I rang her back the next "
                           "morning to check."),
    ("sv_cs", "communication", "I stället för att bara säga nej förklarade jag hur reglerna ser ut."),
    ("sv_cs", "approachability", "Ingen ska känna sig som ett nummer, så jag hälsar alltid med ett leende."),
    ("en_cs", "respect", "I don't bother with small talk when it's busy, but I'm always polite to "
                         "every customer."),
    ("en_cs", "follow-up", "Never once did I forget to follow up with a customer."),
    ("en_cs", "passion", "I can't say enough about how much I enjoy helping people."),
    ("hotel", "composure", "I tried to stay calm, and I kept my voice level the whole time."),
])
def test_the_deed_done_beside_them_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Sympathy for people who moan at the till, honestly, is not my thing."),
    ("hotel", "clear-explanation", "Explaining the bill, I must confess, isn't really my thing."),
    ("en_cs", "realistic-expectations", "Giving people bad news is where I always fall down."),
    ("hotel", "follow-up", "Checking back on guests after a complaint, that part just slips my mind."),
    ("sv_cs", "follow-up", "Uppföljning är ärligt talat där jag brister mest."),
    ("te_cs", "flexibility", "ఫ్లెక్సిబుల్‌గా ఉండటం నాకు కొంచెం కష్టమేనండి."),
    ("te_cs", "follow-up", "ఫాలో అప్ చేయడం నా వల్ల కాదండి."),
])
def test_a_topic_owned_up_to_as_lacking_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Empathy, in my view, is not something you can fake, so I show it."),
    ("en_cs", "empathy", "I'm sorry, I know this isn't what you want to hear, I'd say, and I put "
                         "myself in their shoes."),
    ("en_cs", "follow-up", "Follow-up calls, honestly, are my favourite part of the job."),
])
def test_a_topic_with_a_comment_that_owns_no_lack_still_earns(request: pytest.FixtureRequest,
                                                              pack_name: str, criterion: str,
                                                              text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "I only ever covered odd shifts, so I never got the chance to be a "
                             "familiar face for repeat customers."),
    ("en_cs", "approachability", "I worked in the stockroom, so I haven't had a chance to give "
                                 "anyone a warm welcome."),
    ("sv_cs", "empathy", "Jag behöver visa mer förståelse för kunderna när det är stressigt."),
    ("te_cs", "problem-resolution", "నా డ్యూటీ అంతా అకౌంట్స్, కస్టమర్ల సమస్య పరిష్కారం చేయాల్సిన అవసరం "
                                    "ఆ ఉద్యోగంలో ఎప్పుడూ రాలేదు."),
])
def test_an_opportunity_denied_or_a_need_to_do_more_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("te_cs", "timeliness", "లైన్ పెద్దదైతే వెంటనే ఇంకో కౌంటర్ ఓపెన్ చేయిస్తాను, అలా ఎవరూ ఎక్కువసేపు "
                            "వెయిట్ చేయాల్సిన అవసరం రాదు."),
    ("sv_cs", "flexibility", "Hon kunde inte komma på sin tid för att bussen var inställd, och jag "
                             "föreslog att vi kunde ta mötet över telefon istället."),
    ("en_cs", "communication", "I wrote it all up so she wouldn't need to explain it all again, and "
                               "I explained the next steps in plain words."),
])
def test_an_opportunity_spared_to_others_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                     criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "follow-up", "The duty manager keeps reminding me to touch base with guests after "
                           "a complaint."),
    ("hotel", "extra-mile", "My supervisor is always telling me to add a personal touch for our "
                            "regulars."),
    ("hotel", "clear-explanation", "A guest complained to the manager that I'd explained the "
                                   "parking charges in jargon."),
    ("te_cs", "follow-up", "కస్టమర్లకి ఫాలో అప్ కాల్ చేయమని మా మేనేజర్ నాకు చెప్తూనే ఉంటారు."),
])
def test_a_nag_or_a_reproach_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                           criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "follow-up", "Whenever a guest has complained during their stay, I find them before "
                           "they check out and ask if everything was okay after we fixed it."),
    ("hotel", "clear-explanation", "I never make the guest feel accused either: I walk them through "
                                   "it line by line."),
    ("en_cs", "follow-up", "The customer complained about the delay, and I rang her back the next "
                           "day to check."),
])
def test_the_candidates_deed_beside_a_complaint_still_earns(request: pytest.FixtureRequest,
                                                            pack_name: str, criterion: str,
                                                            text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
