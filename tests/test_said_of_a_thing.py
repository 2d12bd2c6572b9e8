"""A keyword said of a thing rather than the service ("the flexible hose", "the machine's
reliable again") earns nothing (coach.scoring.things.of_a_thing, Language.things), in English,
Swedish and Telugu; the same words about what the candidate does for someone still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("Our flexible savings account has no fees.", "flexibility"),
    ("The machine's reliable again after the fix.", "reliability"),
    ("The app is really flexible, you can change the font.", "flexibility"),
    ("I showed them the flexible hose on the display model.", "flexibility"),
    # the subject past "meant to be", "seems to be"
    ("The online ordering system is meant to be reliable, but it sat there unsigned.", "reliability"),
    ("The app seems to be really flexible.", "flexibility"),
    ("It's a pretty reliable industry, there's always work.", "reliability"),
    # what the job gives the candidate, and a comparative before the keyword
    ("The pay is better and the hours are more reliable, which suits me.", "reliability"),
    # the thing past a determiner after its copula
    ("The system's the expert really, you don't need to know it all yourself.", "product-knowledge"),
    # a shop's sales, not the service
    ("Our sales figures exceeded expectations last spring and the area manager was thrilled.",
     "exceeding-expectations"),
])
def test_english_keyword_said_of_a_thing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize("text", [
    "The options menu is greyed out on busy days.",
    "There's an apology card template on the shared drive.",
])
def test_hotel_keyword_naming_a_thing(hotel: Pack, text: str) -> None:
    found = detect(hotel, text)
    assert not any(r.earned for r in found.values())
    assert any(r.set_aside is not None and r.set_aside.rule == "thing" for r in found.values())


@pytest.mark.parametrize("text, cid", [
    ("I was flexible and let her swap the machine for a different model.", "flexibility"),
    ("I explained the settings clearly so she could use the app at home.", "communication"),
    ("I'm reliable: the customer's machine was fixed by Friday as I promised.", "reliability"),
    ("I offered a flexible payment plan so she could keep the account open.", "flexibility"),
    ("I quickly printed a new card for him and apologised for the wait.", "timeliness"),
])
def test_english_service_around_things_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_swedish_keyword_said_of_a_thing(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Banken har ett flexibelt sparkonto utan avgifter.", "flexibility",
                     "thing")
    assert_set_aside(sv_cs, "Maskinen är pålitlig igen efter lagningen.", "reliability", "thing")
    assert_set_aside(sv_cs, "Appen är väldigt flexibel, man kan ändra allt.", "flexibility", "thing")
    assert_set_aside(sv_cs, "Det är en ganska pålitlig bransch, det finns alltid jobb.", "reliability",
                     "thing")
    assert "flexibility" in earned(sv_cs, "Jag var flexibel och lät henne byta maskinen mot en "
                                          "annan modell.")


def test_telugu_keyword_said_of_a_thing(te_cs: Pack) -> None:
    # "Our bank has a flexible account." / "I was flexible and gave the customer another model."
    assert_set_aside(te_cs, "మా బ్యాంకులో ఫ్లెక్సిబుల్ అకౌంట్ ఉంది.", "flexibility", "thing")
    assert "flexibility" in earned(te_cs, "నేను ఫ్లెక్సిబుల్‌గా ఉండి కస్టమర్‌కు వేరే మోడల్ ఇచ్చాను.")
    # "My membership is flexible, so I can go any time" / "we gave him a month's membership free":
    # an adverb in -గా describes the giving, not the membership (Language.adverb_endings)
    assert_set_aside(te_cs, "నా మెంబర్షిప్ ఫ్లెక్సిబుల్ కాబట్టి ఏ టైం లో అయినా వెళ్లొచ్చు.", "flexibility",
                     "thing")
    assert "exceeding-expectations" in earned(te_cs, "దానికి తోడు ఒక నెల మెంబర్షిప్ ఫ్రీగా ఇచ్చాము.")


@pytest.mark.parametrize("text, earns", [
    ("I moved the guest to a suite myself.", True),  # "move them to", the guest in its place
    ("I moved them to a suite.", True),
    ("I moved the furniture to the corner.", False),
])
def test_the_person_served_fills_a_phrases_pronoun(hotel: Pack, text: str, earns: bool) -> None:
    assert detect(hotel, text)["options"].earned is earns


def test_a_reflexive_does_not_fill_a_phrases_pronoun(sv_cs: Pack) -> None:
    # "I ask the person to calm down (themselves)" is not "calm her down"
    assert not detect(sv_cs, "Då ber jag personen att lugna sig.")["empathy"].earned
    assert detect(sv_cs, "Jag försökte lugna kunden.")["empathy"].earned


@pytest.mark.parametrize("text, cid", [
    ("Our CRM pops up a banner with the customer's name.", "personalization"),
    ("We had a screen that showed the estimated wait time.", "timeliness"),
    ("The system sends every customer a follow-up email after three days.", "follow-up"),
])
def test_a_thing_doing_what_the_keyword_names(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    ("The system reminds me to follow up with every customer.", "follow-up"),
    ("The app reminds the customer and I follow up the next day.", "follow-up"),
    ("The system texts the customer and then I ring them the next day to check it's fixed.",
     "follow-up"),
    ("I checked the system and followed up with the customer the same day.", "follow-up"),
    ("The system was down, so I took her number and called her back within the hour.",
     "follow-up"),
])
def test_the_candidate_using_a_thing_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_swedish_compound_is_another_word(sv_cs: Pack) -> None:
    # "snabbkassor" (express tills) is not "snabb" (quick); "snabbare", "snabbheten" are
    assert not detect(sv_cs, "Vi har snabbkassor vid ingången.")["timeliness"].earned
    assert detect(sv_cs, "Jag svarade snabbare än vanligt.")["timeliness"].earned
    assert detect(sv_cs, "Snabbheten är viktig när kunden väntar.")["timeliness"].earned


def test_telugu_quick_checkout_counter_is_a_thing(te_cs: Pack) -> None:
    # "There is a quick checkout counter." / "I replied quickly (క్విక్‌గా) to the customer."
    assert_set_aside(te_cs, "క్విక్ చెకౌట్ కౌంటర్ ఉంది.", "timeliness", "thing")


def test_a_thing_right_before_a_verb_keyword_does_it(en_cs: Pack) -> None:
    # ("keep coming back" left the pack in round 17: a thing now doing "never let them down")
    text = "I never looked into why the old tills never let them down."
    assert_set_aside(en_cs, text, "reliability", "thing")
    # an adverb keyword after a thing still says how the candidate did it
    assert "timeliness" in earned(en_cs, "I fixed the machine quickly and rang her back.")


def test_the_customers_own_recommendation_is_theirs(en_cs: Pack) -> None:
    text = "They've since recommended us to two of their neighbours."
    assert_set_aside(en_cs, text, "product-knowledge", "subject")


@pytest.mark.parametrize("text, cid", [
    ("My old supervisor always went the extra mile for regulars.", "exceeding-expectations"),
])
def test_a_colleague_as_the_subject_is_theirs_where_ownership_is_not_asked(
        en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


def test_a_colleague_fixing_it_is_the_team_for_ownership_criteria(en_cs: Pack) -> None:
    assert "problem-resolution" in earned(en_cs, "My colleague and I sorted out a refund for her.")


def test_a_thing_done_to_is_no_thing_doing_it(en_cs: Pack) -> None:
    # passive, and a new statement after "and": the candidate's story's outcome
    text = "I booked an engineer that afternoon. The boiler was repaired and the problem resolved that day."
    assert "problem-resolution" in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("She asked me to choose a memorable password for the wifi.", "extra-mile"),
    ("The bathroom door is made of transparent glass, which some guests don't like.", "honesty"),
    ("She left a polite note on the desk asking for more towels.", "composure"),
    ("Guests have to pay upfront for the room at check-in.", "honesty"),
    ("If you want a late checkout you pay a little extra.", "extra-mile"),
    ("The airport is an extra mile down the road from the old terminal.", "extra-mile"),
    ("It was an honest mistake on the guest's part.", "honesty"),
    ("They ordered a bottle of wine and then complained about the bill.", "extra-mile"),
    ("She had just had a medical procedure and needed a ground-floor room.", "policy-knowledge"),
    ("He wanted to check his insurance policy covered the lost case.", "policy-knowledge"),
])
def test_look_alikes_on_the_hotel_rubric_earn_nothing(hotel: Pack, text: str, cid: str) -> None:
    assert not detect(hotel, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("I left a handwritten note and a bottle of wine in their room.", "extra-mile"),
    ("I was honest and upfront with her about the wait.", "honesty"),
    ("I'd ring the room next door and ask them nicely to keep it down, then ring the guest back "
     "ten minutes later to check it had gone quiet.", "follow-up"),
])
def test_the_same_words_as_service_still_earn(hotel: Pack, text: str, cid: str) -> None:
    assert detect(hotel, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("She had tickets for the opera that evening and wanted a nap first.", "policy-knowledge"),
    ("Our procedure says offer luggage storage, but most guests just want the room.", "options"),
])
def test_the_art_and_what_a_written_rule_says_earn_nothing(hotel: Pack, text: str, cid: str) -> None:
    assert not detect(hotel, text)[cid].earned


def test_the_property_system_and_the_candidates_own_offer_still_earn(hotel: Pack) -> None:
    assert detect(hotel, "I checked the booking in Opera and saw the rate.")["policy-knowledge"].earned
    assert detect(hotel, "I offered luggage storage until the room was ready.")["options"].earned


def test_a_phone_menus_option_is_no_option_offered(en_cs: Pack) -> None:
    assert not detect(en_cs, "Nine times out of ten they've pressed the wrong option.")["flexibility"].earned
    assert detect(en_cs, "I gave her two options: a refund or a swap.")["flexibility"].earned


@pytest.mark.parametrize("text, cid", [
    ("We had empathy training on my first week.", "empathy"),
    ("We had a step-by-step guide for the new booking system.", "clear-explanation"),
    ("The alternative route to the hotel was closed for roadworks.", "options"),
])
def test_a_course_guide_or_route_named_after_a_keyword_is_a_thing(hotel: Pack, text: str,
                                                                   cid: str) -> None:
    assert not detect(hotel, text)[cid].earned


def test_explaining_step_by_step_after_training_still_earns(hotel: Pack) -> None:
    found = detect(hotel, "After the training I always explained the options step by step.")
    assert found["clear-explanation"].earned and found["options"].earned


def test_swedish_den_for_a_thing_does_what_the_keyword_names(sv_cs: Pack) -> None:
    # "den" is a determiner too: as the clause's subject it stands for the app named before
    assert_set_aside(sv_cs, "Vi har en app med stämpelkort, den sköter liksom uppföljningen.",
                     "follow-up", "thing")
    assert "follow-up" in earned(sv_cs, "Vi har en app, men jag sköter uppföljningen själv.")


@pytest.mark.parametrize("text, cid", [
    # a definite form opens its clause as "the app" does in English (Language.definite_endings)
    ("Appen sköter uppföljningen.", "follow-up"),
    ("Chattboten svarar snabbt på de vanligaste frågorna.", "timeliness"),
])
def test_a_swedish_definite_thing_does_what_the_keyword_names(sv_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "thing")


@pytest.mark.parametrize("lang, text, cid", [
    # a lesson drawn from someone else's deed is no deed of the candidate's (Language.hearsay)
    ("en", "My manager stayed late to fix it. It really showed me what going the extra mile looks "
           "like.", "exceeding-expectations"),
    ("en", "It showed me how powerful a proper follow-up can be.", "follow-up"),
    ("sv", "Det visade mig hur mycket en ordentlig uppföljning betyder.", "follow-up"),
])
def test_a_lesson_shown_is_no_deed(en_cs: Pack, sv_cs: Pack, lang: str, text: str, cid: str) -> None:
    assert not detect(en_cs if lang == "en" else sv_cs, text)[cid].earned


def test_showing_the_customer_how_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I showed her how it works and rang her a week later to check.")


@pytest.mark.parametrize("pack_name, text, cid", [
    ("en_cs", "It's a family-friendly hotel with a big garden.", "approachability"),
    ("en_cs", "The new booking app is really user-friendly.", "approachability"),
    # "knee-friendly workouts" in Telugu
    ("te_cs", "నీ-ఫ్రెండ్లీ వర్కౌట్స్‌తో ఒక చార్ట్ తయారు చేసి ప్రింట్ తీసి ఇచ్చాను.", "approachability"),
])
def test_a_keyword_after_a_hyphen_names_what_a_thing_suits(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    ("I'm super-friendly with everyone who comes in.", "approachability"),
    ("I kept them well-informed the whole way through.", "communication"),
])
def test_an_intensifier_before_a_hyphen_keeps_the_quality(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_things_second_verb_is_the_things(en_cs: Pack) -> None:
    text = ("After every call, the software tracks everyone's scores and sends a follow-up email to "
            "anyone who gives a low rating.")
    assert_set_aside(en_cs, text, "follow-up", "thing")
    # a person after "and" opens a statement of their own
    assert "follow-up" in earned(en_cs, "The app crashed and I sent a follow-up email to every "
                                        "customer myself.")


@pytest.mark.parametrize("text", [
    "Our self-checkouts are meant to be the fast option, but they break every ten minutes.",
    "Losing my temper back just isn't an option for me.",
    "The system already has an option for whatever they want.",
])
def test_one_option_is_not_options_offered(en_cs: Pack, text: str) -> None:
    # "option" is kept apart from "options" (Language.distinct_words): a menu item, a feature
    assert "flexibility" not in earned(en_cs, text)


def test_options_offered_still_earn(en_cs: Pack) -> None:
    assert "flexibility" in earned(en_cs, "I gave her two options: a smaller car or a minibus.")
    assert "flexibility" in earned(en_cs, "So I found her another option that afternoon.")


def test_patients_are_people_not_patience(hotel: Pack) -> None:
    # the adjective has no plural: "patients' relatives" are people in a doctor's care
    text = "On hospital reception I had plenty of patients' relatives demanding a consultant."
    assert "composure" not in earned(hotel, text)
    assert "composure" in earned(hotel, "I stayed patient with the relatives the whole time.")


def test_usually_is_how_often_not_a_customers_usual(en_cs: Pack) -> None:
    text = "If a car won't be ready I tell them why, usually a part on back order."
    assert "personalization" not in earned(en_cs, text)
    assert "personalization" in earned(en_cs, "I had his usual order ready before he reached the till.")
    assert "personalization" in earned(en_cs, "I made what he usually has before he asked.")


def test_a_bill_that_explains_is_a_thing(hotel: Pack) -> None:
    assert_set_aside(hotel, "Billing problems go to accounts. The itemised bill gives the explanation.",
                     "clear-explanation", "thing")
    assert "clear-explanation" in earned(hotel, "I explained the bill to him line by line.")


def test_a_passive_done_by_a_thing_is_the_things(hotel: Pack) -> None:
    text = ("Our luggage room used a barcode app that sent guests updates, so in theory the follow-up "
            "was done by the app.")
    assert_set_aside(hotel, text, "follow-up", "thing")
    assert "follow-up" in earned(hotel, "The follow-up was done by me the next morning, by phone.")


@pytest.mark.parametrize("text, cid", [
    # the candidate opens the match: what they know about devices
    ("I know which devices need a slow breath and which need a sharp one, so I get them to "
     "practise.", "product-knowledge"),
    # the candidate acts inside the match: the sofa only arrived
    ("When her own sofa arrived I called to make sure it was the right one.", "follow-up"),
])
def test_the_candidate_in_the_match_is_no_things_deed(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_a_keyword_word_inside_a_compound_of_a_longer_match_is_the_compounds(en_cs: Pack) -> None:
    text = "I booked her a free session with our physio-trained PT."
    assert_set_aside(en_cs, text, "product-knowledge", "thing")


@pytest.mark.parametrize("text, cid", [
    ("I rang her at half two with simple step-by-step instructions.", "communication"),
    ("I always make a follow-up call the next day.", "follow-up"),
])
def test_a_compound_of_keyword_words_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_the_candidate_as_the_expert_still_earns(en_cs: Pack) -> None:
    assert "product-knowledge" in earned(en_cs, "I'm the expert on the tills, people come to me with questions.")


def test_a_places_look_is_a_thing(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "The new shopfront is really welcoming, all glass and plants.",
                     "approachability", "thing")


def test_a_welcoming_atmosphere_the_candidate_creates_still_earns(en_cs: Pack) -> None:
    assert "approachability" in earned(en_cs, "I create a welcoming atmosphere for every customer.")
