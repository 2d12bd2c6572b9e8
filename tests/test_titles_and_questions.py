"""Round 39: words that only name or ask. A keyword inside a name written in title case in
mid-sentence ("the Empathy First team", "a café called The Friendly Bean", "the Keep Them in
the Loop campaign") is the name of a team, a shop or a campaign, not the candidate's service.
Capitals for emphasis ("I was ALWAYS polite") and a keyword beside a person's name still earn.
A yes/no question about the candidate's own deed that nothing answers yes ("Did I take
ownership, or did I just pass it on? I couldn't tell you.") and a deed in doubt ("Whether I
responded promptly, I'm not sure") claim nothing, in English, Swedish and Telugu; answered yes
("Absolutely, I rang her", "I did, the next morning") or asking leave ("whether I could offer
her an exception") they still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Back at the call centre I sat on the Empathy First team, which was just "
                         "the name of the billing queue."),
    ("en_cs", "approachability", "My first job was at a café called The Friendly Bean, though I "
                                 "mostly washed dishes out the back."),
    ("en_cs", "communication", "Twelve months I spent on the Keep Them in the Loop campaign "
                               "committee, which designed posters."),
    ("en_cs", "passion", "Our team was called the Passionate Helpers, a name none of us liked."),
    ("sv_cs", "communication", "Där satt jag i teamet Kommunikation & Media, men jag gjorde bara "
                               "Excel-rapporter."),
    # Telugu has no capitals: a quotation with a word that names after it ("called 'Personal
    # Touch'"), even where it opens the sentence and ends in a virama.
    ("te_cs", "personalization", "'పర్సనల్ టచ్' అనే గిఫ్ట్ షాప్‌లో నేను కేవలం అకౌంట్స్ బుక్స్ "
                                 "చూసేవాడిని."),
    ("te_cs", "passion", "'మనస్ఫూర్తిగా సేవ చేయండి' అనేది మా సూపర్‌మార్కెట్ స్లోగన్, ప్రతి బిల్ మీద "
                         "ప్రింట్ అయి వస్తుంది."),
])
def test_a_keyword_inside_a_title_case_name_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I told Mrs Patel I understood her frustration and put myself in her shoes."),
    ("en_cs", "respect", "I was ALWAYS polite to Mr Jones, even when he shouted."),
    ("en_cs", "communication", "At Marks and Spencer I kept them in the loop about the delivery."),
    ("sv_cs", "communication", "På ICA Maxi förklarade jag villkoren för kunden med enkla ord."),
    ("te_cs", "personalization", "'శ్రీనివాస్ గారు' అని ఆయన పేరుతో పలకరించి, ఆయనకి ఇష్టమైన బ్రాండ్ "
                                 "గుర్తుపెట్టుకుని చూపించాను."),
])
def test_a_keyword_beside_a_name_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A yes/no question about the candidate's own deed, not answered yes, and a deed in doubt.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Honestly, was I ever sympathetic to the guests at the front desk? I can't "
                         "point to a single time."),
    ("en_cs", "problem-resolution", "Thinking about the boiler complaint, did I take ownership, or did "
                                    "I just pass it on? I really couldn't tell you."),
    ("hotel", "apology", "Had I ever actually said sorry to the guest whose suitcase went to the wrong "
                         "room? I'm not sure I did."),
    ("en_cs", "timeliness", "Whether I responded promptly to emails in that job, I'm honestly not sure."),
    ("hotel", "empathy", "Did I acknowledge how the bride felt when her suite wasn't ready? I can't "
                         "recall saying anything beyond reading out the new time."),
    ("hotel", "honesty", "Looking back, I doubt I was upfront with the guest about the renovation noise."),
    ("sv_cs", "communication", "Förklarade jag verkligen villkoren med enkla ord för pensionären, eller "
                               "lät det som grekiska? Jag har ingen aning."),
    ("te_cs", "follow-up", "ఏసీ రిపేర్ అయిన తర్వాత, ఆ కస్టమర్‌కి మళ్ళీ కాల్ చేసి సరిగా "
                           "పనిచేస్తోందా అని ఫాలో అప్ చేశానా? గుర్తుకు రావట్లేదు."),
])
def test_a_question_or_doubt_about_the_candidates_own_deed_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "When the boiler was fixed, did I follow up with the customer? Absolutely, "
                           "I rang her the next morning."),
    ("en_cs", "follow-up", "After the repair, did I follow up with the customer? I did, the next "
                           "morning, and she was delighted."),
    ("en_cs", "flexibility", "I asked my manager whether I could offer her an exception to the "
                             "returns policy, and he agreed."),
    ("en_cs", "follow-up", "I doubt I could have done more: I followed up with her twice that week."),
    ("sv_cs", "communication", "Förklarade jag villkoren för kunden? Ja, med enkla ord och i lugn och ro."),
    ("te_cs", "follow-up", "ఏసీ రిపేర్ అయిన తర్వాత, ఆ కస్టమర్‌కి మళ్ళీ కాల్ చేసి ఫాలో అప్ "
                           "చేశానా? అవును, మరుసటి రోజే కాల్ చేశాను."),
])
def test_a_question_answered_yes_or_asking_leave_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# What a word means is no deed: a keyword defined ("Empathy … means …", "… betyder …").
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "On the training quiz I wrote that courtesy means showing good manners, and "
                         "I got full marks for it."),
    ("en_cs", "reliability", "Consistency in service just means customers get the same experience "
                             "whoever serves them, according to my textbook."),
    ("en_cs", "flexibility", "Flexibility in customer service is about adapting to the situation, or "
                             "at least that's the definition in my handbook."),
    ("hotel", "empathy", "Empathy, as our induction trainer defined it, means sharing another "
                         "person's feelings."),
    ("sv_cs", "exceeding-expectations", "Att gå utöver det vanliga betyder enligt vår personalhandbok "
                                        "att man ger kunden mer än hen räknade med."),
    ("te_cs", "approachability", "'సానుకూల దృక్పథం' అంటే ఏంటని ఆప్టిట్యూడ్ టెస్ట్‌లో ఒక ప్రశ్న వచ్చింది, "
                                 "నేను ఆప్షన్ B టిక్ చేశాను."),
])
def test_a_keyword_defined_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                         criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "definition"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Empathy means everything to me, so I always put myself in the customer's "
                         "shoes."),
    ("en_cs", "follow-up", "Follow-up for me means ringing the customer the next day."),
    ("en_cs", "passion", "Honestly, the best part of my day is when a customer leaves happier than "
                         "when they came in."),
    ("sv_cs", "empathy", "Empati betyder mycket för mig, så jag sätter mig alltid in i kundens "
                         "situation."),
])
def test_a_value_or_the_candidates_practice_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                        criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Too much to do it: a word of excess before the infinitive the keyword opens.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "We were so understaffed at the deli that I was too busy just "
                                        "getting orders out to go the extra mile for anyone."),
    ("hotel", "clear-explanation", "I was too flustered that night to explain the new check-out time "
                                   "clearly to the couple at the desk."),
])
def test_too_much_to_do_it_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                         criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "It's never too late to follow up with a customer, so I rang her that evening."),
    ("en_cs", "follow-up", "I was never too busy to follow up with a customer the next day."),
    ("en_cs", "follow-up", "I stayed late too, to follow up with the last customers of the day."),
])
def test_excess_denied_or_too_as_also_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# The candidate as the one served: their object word before the keyword with a manner preposition.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "When I fell behind on my mortgage, my bank treated me with real dignity."),
    ("sv_cs", "respect", "Banken behandlade mig med stor respekt när jag ansökte om bolån."),
])
def test_treated_with_it_by_someone_else_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                       criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "The man shouted at me, but I answered him with real dignity and respect."),
    ("sv_cs", "respect", "Kunden skrek åt mig, men jag bemötte honom med respekt."),
])
def test_the_candidates_own_manner_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A hedge that turns the claim to irony ("…, if you count rolling my eyes as courtesy").
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "Ever so courteous, that's me: I was lovely to the man who complained, if you "
                         "count rolling my eyes and walking off as courtesy."),
    ("hotel", "clear-explanation", "I kept the guests wonderfully informed about the lift outage, if "
                                   "you count a scribbled sign that fell off after ten minutes."),
    ("sv_cs", "communication", "Jag höll kunden informerad hela tiden, om man räknar ett enda sms "
                               "efter tre veckor."),
])
def test_a_claim_turned_to_irony_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_if_by_any_chance_is_no_irony(en_cs: Pack) -> None:
    text = "If by any chance a customer is upset, I put myself in their shoes and apologise."
    assert "empathy" in earned(en_cs, text)


# A dream is the candidate's own life, not service (the words dreamt, dreamed, drömde).
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "Last night I dreamt I was explaining a phone bill to a giant parrot."),
    ("sv_cs", "flexibility", "En natt drömde jag att jag böjde på alla regler i butiken."),
])
def test_a_dream_earns_nothing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                               text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


# An answer with the candidate as subject answers yes only where it tells a deed: a verb that
# stands for the one asked about, or a past form; where verbs come last, the candidate opening it.
@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "That week was chaotic and the shop was packed. Did I follow up with her after the "
              "refund? I think about that a lot."),
    ("sv_cs", "Det var en kaotisk vecka i butiken. Följde jag upp med henne efter återbetalningen? "
              "Jag tänker ofta på det."),
])
def test_a_question_followed_by_a_thought_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                       text: str) -> None:
    assert "follow-up" not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "That week was chaotic and the shop was packed. Did I follow up with her after the "
              "refund? I did, the next morning."),
    ("en_cs", "That week was chaotic and the shop was packed. Did I follow up with her after the "
              "refund? I always do."),
    ("sv_cs", "Det var en kaotisk vecka i butiken. Följde jag upp med henne efter återbetalningen? "
              "Jag gjorde det, dagen efter."),
    ("te_cs", "ఆ వారం షాప్ చాలా రద్దీగా ఉంది. కస్టమర్‌కి ఫాలో అప్ కాల్ చేశానా? నేను మరుసటి రోజే "
              "చేశాను."),
])
def test_a_question_answered_with_a_deed_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                     text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)
