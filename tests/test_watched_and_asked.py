"""Someone the candidate watched or heard doing the deed ("I watched a teller stay patient…",
"hörde hur sjuksköterskan förklarade…"), a question about the job on offer ("Would staff get
parking here, or…?"), and a keyword turned into a signpost to the interviewer ("Alternatively,
…", "Empathy aside, …", "వ్యక్తిగతంగా చెప్పాలంటే"), a character's or a stranger's deed by name
or a remark about others ("Poirot always gets to the bottom…", "Teenagers want options…"), and
what the candidate asks of the employer ("I'd need you to be upfront…") earn the candidate
nothing; the candidate's own deed beside them still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "I was at the bank last week and watched a teller stay patient and calm "
                         "with an angry man."),
    ("en_cs", "communication", "At the chemist I overheard the assistant explain the dosage to an "
                               "old lady in plain English."),
    ("en_cs", "problem-resolution", "I watched my manager handle a complaint and then I always "
                                    "showed empathy."),
    ("sv_cs", "communication", "Jag satt i väntrummet och hörde hur sjuksköterskan förklarade "
                               "allt steg för steg för en äldre man."),
])
def test_a_deed_the_candidate_watched_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a question about the job on offer
    ("en_cs", "approachability", "Is the team friendly here, and would someone show me round on "
                                 "my first day?"),
    ("en_cs", "timeliness", "How quickly would I hear back, and would you let me know either way?"),
    ("te_cs", "exceeding-expectations", "జాయిన్ అయితే నాకు ఉచితంగా యూనిఫామ్ ఇస్తారా, లేక నేనే "
                                        "కొనుక్కోవాలా సార్?"),
    # a keyword made a signpost to the interviewer
    ("en_cs", "flexibility", "Alternatively, I could send my references by email."),
    ("en_cs", "empathy", "Empathy aside, what are the hours like?"),
    ("en_cs", "follow-up", "Following up on my earlier point, I also speak French."),
    ("en_cs", "exceeding-expectations", "Beyond what I've already said, I have no other questions."),
    ("sv_cs", "approachability", "Vänligen ursäkta att jag kom sent, bussen var försenad."),
    ("te_cs", "personalization", "వ్యక్తిగతంగా చెప్పాలంటే, నాకు నైట్ షిఫ్ట్ కంటే డే షిఫ్ట్ బాగుంటుంది."),
    ("te_cs", "flexibility", "ప్రత్యామ్నాయంగా, నా సర్టిఫికెట్లు రేపు మెయిల్ చేయగలను."),
])
def test_a_word_said_to_the_interviewer_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "idiom"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # the candidate again after what they saw: a past verb after "and", or "I" said again
    ("en_cs", "follow-up", "I saw my colleague struggling and followed up with the customer myself."),
    ("en_cs", "empathy", "I watched my manager handle a complaint and then I always showed empathy."),
    # the one seen is the person served
    ("en_cs", "empathy", "I noticed the customer was upset, so I showed empathy."),
    # a question put to the person served, in quotation marks, and one in a story's sentence
    ("en_cs", "follow-up", "For repairs I ring the tenant a week after the job and ask "
                           "\"is the boiler still behaving?\" to follow up."),
    ("en_cs", "approachability", "She comes in after her night shifts, so I greet her with "
                                 "\"Morning Jo, the usual?\""),
    # the keyword put aside by the candidate's own deed, not as a topic
    ("en_cs", "empathy", "I showed empathy, patience aside."),
])
def test_the_candidates_own_deed_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a character or a famous person by name, before a present verb or past an adverb
    ("en_cs", "problem-resolution", "Poirot always gets to the bottom of every mystery."),
    ("en_cs", "flexibility", "MacGyver finds a workaround for every problem."),
    ("en_cs", "empathy", "Rachel always showed empathy to the regulars."),
    ("en_cs", "empathy", "In Ted Lasso, Ted always shows empathy to his players."),
    # others in general, in a remark about the world
    ("en_cs", "flexibility", "Teenagers want options for everything these days."),
    ("sv_cs", "follow-up", "Kommunen är urdålig på att återkoppla till folk."),
])
def test_someone_elses_deed_by_name_or_in_general_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "realistic-expectations", "I'd need you to be upfront about how much overtime there is."),
    ("en_cs", "respect", "I'd expect to be treated with respect by management here."),
    ("sv_cs", "personalization", "Jag skulle vilja att ni lär er mitt namn ganska snabbt."),
    ("sv_cs", "respect", "Jag behöver veta att chefen här behandlar alla lika."),
])
def test_what_the_candidate_asks_of_the_employer_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # no one by name: "Nobody …" is the candidate's emphasis
    ("en_cs", "approachability", "Nobody walks through our door without a smile from me."),
    # the candidate's own deed after a remark about others
    ("en_cs", "empathy", "Teenagers can be rude, but I always show empathy."),
    ("en_cs", "realistic-expectations", "I'm always upfront about how long a repair will take."),
])
def test_the_candidates_own_claim_beside_them_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text", "rule"), [
    # the candidate walked through something: the service they received
    ("hotel", "policy-knowledge", "When I moved flats, the letting agent talked me through the "
                                     "cancellation terms.", "sense"),
    # a choice the candidate was given ("the vet gave us three alternative foods")
    ("hotel", "options", "My dog is allergic to chicken, so the vet gave us three alternative "
                         "foods to try.", "sense"),
    # the body's flexibility
    ("en_cs", "flexibility", "Pilates twice a week has done wonders for my flexibility.", "sense"),
    # Swedish: a person after the verb a fronted clause puts second ("the case officer explained")
    ("sv_cs", "communication", "När jag ringde min bank förklarade handläggaren hela processen steg "
                               "för steg.", "subject"),
    ("sv_cs", "follow-up", "Efter min knäoperation ringde sjukhuset veckan efter för att höra hur "
                           "det gick.", "subject"),
    # a pet's habit
    ("en_cs", "timeliness", "My labrador eats so quickly that we bought a slow feeder.", "subject"),
    # a group of others in general, in the Telugu dative ("lawyers must have product knowledge")
    ("te_cs", "product-knowledge", "లాయర్లకి ప్రోడక్ట్ నాలెడ్జ్ ఉండాలి.", "subject"),
    ("te_cs", "communication", "టీచర్లకి కమ్యూనికేషన్ స్కిల్స్ చాలా అవసరం.", "subject"),
    # a Telugu embedded question in someone else's person ("how respectfully he sees her")
    ("te_cs", "respect", "బాహుబలిలో కట్టప్ప శివగామిని ఎంత గౌరవంగా చూస్తాడో, ఆ సీన్లు నాకు ఇష్టం.",
     "subject"),
])
def test_a_service_received_a_pet_or_others_in_general_earn_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str, rule: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == rule


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "clear-explanation", "I walked them through the booking conditions step by step."),
    ("hotel", "options", "I gave them three alternative rooms to choose from."),
    ("en_cs", "flexibility", "My flexibility with customers is my strength, I always find a way."),
    ("te_cs", "communication", "కస్టమర్లకు అర్థమయ్యేలా స్టెప్ బై స్టెప్ వివరిస్తాను."),
    ("te_cs", "empathy", "కస్టమర్ ఎంత టెన్షన్ లో ఉన్నారో అర్థం చేసుకుని ఓపికగా మాట్లాడాను."),
    # a plural dative the candidate helps, not one that needs it ("I like helping people")
    ("te_cs", "passion", "ప్రజలకు సహాయం చేయడం నాకు చాలా ఇష్టం, అదే నన్ను పాజిటివ్‌గా ఉంచుతుంది."),
    # the candidate as the subject of a Swedish sentence with a fronted clause
    ("sv_cs", "communication", "När jag ringde kunden förklarade jag allt steg för steg."),
    ("sv_cs", "follow-up", "När jag ringde kunden dagen efter ville jag höra hur det gick."),
])
def test_the_candidate_serving_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                           criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
