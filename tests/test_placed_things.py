"""A keyword placed in or on a thing ("the options on the lunch menu"), a thing that was doing
what the keyword names ("the system was having an upgrade"), another person's possessive
("Her explanation calmed him down") and the items a colon opens after the candidate's own
clause ("I offered her options: a refund or store credit") are judged by what they say, in
English, Swedish and Telugu (coach.scoring.things, roles.possessed, whole.bare)."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack, load_pack_text
from coach.scoring import detect, score_answer


@pytest.mark.parametrize("text", [
    "There are loads of options on the lunch menu.",
    "The late checkout options in the app cost extra.",
    "All the upgrade options are listed on the website.",
])
def test_english_keyword_placed_on_a_thing(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "flexibility", "thing")


def test_a_thing_doing_it_in_the_progressive(en_cs: Pack, hotel: Pack) -> None:
    assert_set_aside(en_cs, "The kiosk was showing a welcome message all day.", "approachability", "thing")
    assert_set_aside(hotel, "Our booking system was having an upgrade that week.", "options", "thing")


@pytest.mark.parametrize("text, cid", [
    ("I gave her a few options from the lunch menu and she chose the soup.", "flexibility"),
    ("I showed him the late checkout options in the app and booked one for him.", "flexibility"),
    ("I explained the upgrade options on the website to the guest.", "flexibility"),
    ("We were having a busy week, but I still followed up with every guest.", "follow-up"),
])
def test_english_service_around_a_thing_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_swedish_keyword_placed_on_a_thing(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Det finns flera alternativ i appen.", "flexibility", "thing")
    assert_set_aside(sv_cs, "Alla alternativ finns på hemsidan.", "flexibility", "thing")
    assert "flexibility" in earned(sv_cs, "Jag visade henne alternativen i appen och bokade åt henne.")


def test_telugu_keyword_placed_in_a_thing(te_cs: Pack) -> None:
    # "In the app there is flexible booking." / "I looked in the app, was flexible and gave the
    # customer another time."
    assert_set_aside(te_cs, "యాప్‌లో ఫ్లెక్సిబుల్ బుకింగ్ ఉంది.", "flexibility", "thing")
    assert "flexibility" in earned(te_cs, "నేను యాప్‌లో చూసి ఫ్లెక్సిబుల్‌గా ఉండి కస్టమర్‌కు వేరే టైమ్ ఇచ్చాను.")


@pytest.mark.parametrize("text, cid", [
    ("Her explanation usually calms the guest down.", "communication"),
    ("His follow-up was a week late.", "follow-up"),
])
def test_english_another_persons_possessive(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I listened to his concerns and gave him a clear explanation.", "communication"),
    ("His frustration I could understand, so I stayed calm and listened.", "empathy"),
    ("She was upset and her expectations were high, so I followed up the next day.", "follow-up"),
])
def test_english_possessive_of_the_person_served_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_swedish_another_persons_possessive(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Hennes förklaring lugnade gästen.", "communication", "subject")
    assert "communication" in earned(sv_cs, "Jag lyssnade på hans oro och förklarade tydligt.")


def test_telugu_possessive_of_the_person_served_still_earns(te_cs: Pack) -> None:
    # "understanding their pain": the phrase goes on to its verb
    assert "empathy" in earned(te_cs, "నేను వాళ్ళ బాధను అర్థం చేసుకున్నాను.")


@pytest.mark.parametrize("text", [
    "I offered her options: a refund, a replacement, or store credit.",
    "I gave him two options: a refund or store credit.",
])
def test_items_a_colon_opens_after_the_candidates_clause_are_no_keyword_list(en_cs: Pack, text: str) -> None:
    result = score_answer(en_cs, "against-policy", text)
    assert result.stuffing is None
    assert {"flexibility", "problem-resolution"} <= {c.id for c in result.criteria if c.earned}


def test_steps_of_the_candidates_routine_after_a_colon_are_no_keyword_list(en_cs: Pack) -> None:
    # the item names the person served or the thing done: a step the candidate takes
    text = ("I've got a routine I stick to however mad it gets: greet them, read the order back, "
            "tell them when it'll be ready.")
    found = detect(en_cs, text)
    assert found["communication"].earned
    # and no phrase runs from the colon's lead into the list ("gets: … back" is no "get back")
    assert not found["follow-up"].earned and found["follow-up"].keyword is None


def test_a_colon_list_of_keywords_is_still_stuffing(en_cs: Pack) -> None:
    result = score_answer(en_cs, "against-policy",
                          "Keywords for this one: flexibility, a refund, store credit, options.")
    assert result.stuffing is not None


def test_swedish_items_a_colon_opens(sv_cs: Pack) -> None:
    result = score_answer(sv_cs, sv_cs.questions[0].id,
                          "Jag gav henne två alternativ: återbetalning eller ett tillgodokvitto.")
    assert result.stuffing is None


@pytest.mark.parametrize("pack_name, text, cid", [
    ("en_cs", "When a ticket is closed it automatically sends a follow-up email.", "follow-up"),
    ("sv_cs", "Det skickar en uppföljning automatiskt efter sju dagar.", "follow-up"),
    # "The software automatically sends the customer a follow-up SMS a week later."
    ("te_cs", "మా సాఫ్ట్‌వేర్ ఆటోమేటిక్‌గా వారం తర్వాత కస్టమర్‌కి ఫాలో అప్ SMS పంపుతుంది.", "follow-up"),
])
def test_a_machine_doing_it_automatically(request: pytest.FixtureRequest, pack_name: str, text: str,
                                          cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


def test_the_candidate_doing_it_automatically_still_earns(en_cs: Pack, sv_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I automatically follow up with every customer the next day.")
    assert "follow-up" in earned(sv_cs, "Jag gör alltid en uppföljning automatiskt efter en vecka.")


@pytest.mark.parametrize("pack_name, text, cid", [
    ("en_cs", 'Above the tills there is a sign that says "We exceed expectations".', "exceeding-expectations"),
    ("en_cs", 'Our shop has its values printed on the wall: respect, speed and a smile.', "respect"),
    ("sv_cs", 'Vi har en disk som heter Personlig service.', "personalization"),
    ("sv_cs", 'Ovanför kassorna sitter en skylt där det står "Vi överträffar dina förväntningar".',
     "exceeding-expectations"),
    # "In our showroom there is a big board saying 'beyond expectations'."
    ("te_cs", "మా షోరూమ్‌లో 'అంచనాలను మించి' అని పెద్ద బోర్డు ఉంది.", "exceeding-expectations"),
])
def test_words_written_on_a_thing_or_naming_one(request: pytest.FixtureRequest, pack_name: str, text: str,
                                                cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


def test_the_candidates_own_quoted_words_still_earn(en_cs: Pack) -> None:
    assert "exceeding-expectations" in earned(
        en_cs, 'I told her, "We always try to exceed expectations," and sent a card the next day.')


@pytest.mark.parametrize("text, cid", [
    ('"I\'m so sorry about the room," I said, and handed her a new key card.', "empathy"),
    ('"We\'ll sort it out for you today," I told him, and wrote it on a note.', "problem-resolution"),
])
def test_the_candidates_words_quoted_before_their_speech_tag_still_earn(en_cs: Pack, text: str,
                                                                        cid: str) -> None:
    assert cid in earned(en_cs, text)



@pytest.mark.parametrize("text, cid", [
    ("Our motto was 'we go the extra mile', it was on every poster.", "exceeding-expectations"),
    ("The company slogan was 'we keep our promises', printed on the vans.", "reliability"),
    ("'Under-promise and over-deliver' was written on the whiteboard in the sales office.",
     "realistic-expectations"),
])
def test_words_in_single_quotation_marks_on_a_thing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize(("text", "cid"), [
    ("There's a poster in the staff room that says every customer deserves courtesy.", "respect"),
    ("We had a sign on the door saying friendly staff always happy to help.", "approachability"),
    ("The guideline said to stay polite with difficult customers, it's pinned up behind the desk.",
     "respect"),
])
def test_a_thing_past_a_place_that_says_it(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Our motto was we always go the extra mile, it was printed on the aprons.", "exceeding-expectations"),
    ("sv_cs", "Vårt motto var typ vi gör alltid det lilla extra, det stod på förklädena.", "exceeding-expectations"),
])
def test_the_words_a_motto_is(request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "My motto is I always go the extra mile."),
    ("sv_cs", "Mitt motto är att jag alltid gör det lilla extra."),
])
def test_the_candidates_own_motto_said_out_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                        text: str) -> None:
    assert "exceeding-expectations" in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "There was a sign behind the counter saying we keep our word.", "reliability"),
    ("en_cs", "We had a poster that said we always go the extra mile.", "exceeding-expectations"),
    ("sv_cs", "Vi hade en skylt vid kassan som sa att vi alltid ringer upp kunden efteråt.", "follow-up"),
    # the candidate further back did not make it
    ("hotel", "The hotel I was at before had a sign in the lobby saying we apologise for any inconvenience.",
     "apology"),
])
def test_a_thing_saying_the_words_of_the_candidates_side(request: pytest.FixtureRequest, pack_name: str,
                                                        text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I put a note on the screen saying I'd call her back, and I did.", "follow-up"),
    ("sv_cs", "Jag satte upp en lapp som sa att jag skulle ringa tillbaka, och det gjorde jag.", "follow-up"),
    ("hotel", "I wrote a little card saying we're sorry for the wait and left it in the room.", "apology"),
])
def test_the_candidates_note_saying_what_they_will_do_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                                  text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


def test_a_thing_saying_the_candidates_words_in_the_first_person(en_cs: Pack) -> None:
    text = 'The chatbot on our website says "I\'m sorry you\'re feeling frustrated" to every message.'
    assert_set_aside(en_cs, text, "empathy", "thing")
    assert "empathy" in earned(en_cs, 'I said "I\'m so sorry" and gave her a refund.')


@pytest.mark.parametrize("text, cid", [
    ("I told her 'I completely understand how upsetting this is' and sat with her.", "empathy"),
    ("I said to him, 'I'm so sorry, I'll sort it out for you today,' and I did.", "problem-resolution"),
    ("I'd tell 'em straight that I'd sort it out myself, and the customers' orders went out.",
     "problem-resolution"),
])
def test_the_candidates_words_in_single_quotation_marks_still_earn(en_cs: Pack, text: str,
                                                                   cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_thing_doing_it_to_someones_possession(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "The screen flashes up their first name and their usual order.",
                     "personalization", "thing")
    assert "personalization" in earned(en_cs, "I use their first name and remember their usual order.")


def test_one_keyword_in_a_quoted_title_is_a_name(hotel: Pack) -> None:
    assert_set_aside(hotel, 'We sell a "Romantic Surprise" package on the website.', "extra-mile", "thing")
    assert "extra-mile" in earned(hotel, 'I told her "Surprise!" and gave her the cake we had made.')
    assert "apology" in earned(hotel, 'I said "Sorry For The Wait" and smiled.')


KNOWLEDGE_PACK = """\
pack: networking
title: Networking
language: en
criteria:
  retransmission:
    label: Retransmission
    keywords: [retransmits, retransmission]
questions:
  - id: tcp
    prompt: What does TCP do when a segment is lost?
    criteria: [retransmission]
    model_answer: >-
      The sender's timer expires and TCP automatically retransmits the lost segment.
"""


def test_a_knowledge_rubric_keeps_what_a_system_does_automatically(en_cs: Pack) -> None:
    # Its model answers are impersonal: what a protocol does by itself is the answer there.
    pack = load_pack_text(KNOWLEDGE_PACK)
    assert "retransmission" in earned(pack, "When the timer runs out TCP automatically retransmits it.")
    assert "follow-up" not in earned(en_cs, "When a ticket is closed it automatically sends a follow-up email.")


def test_a_bare_trait_after_a_sentence_about_the_candidates_life(en_cs: Pack, sv_cs: Pack) -> None:
    text = "I do parkrun and go to the gym every Saturday. I'm just an upbeat person in general."
    assert "approachability" not in earned(en_cs, text)
    assert "approachability" in earned(en_cs, "I greet every customer with a smile. I'm an upbeat person.")
    assert "empathy" not in earned(sv_cs, "Jag har tre småsyskon och spelar fotboll. Jag är väldigt empatisk.")


def test_what_came_from_a_colleague_is_theirs(hotel: Pack, sv_cs: Pack, en_cs: Pack) -> None:
    assert_set_aside(hotel, "There was a printed apology letter from the general manager in the folder.",
                     "apology", "subject")
    assert_set_aside(sv_cs, "Kunden fick en tydlig förklaring från chefen.", "communication", "subject")
    assert "communication" in earned(sv_cs, "Kunden fick en förklaring från mig direkt.")
    # not a colleague: a comparison, an exception naming the candidate
    assert "approachability" in earned(en_cs, "A regular should get a different welcome from someone new.")
    assert "realistic-expectations" in earned(en_cs, "I don't let a customer hear bad news from anyone but me.")


def test_reordered_words_across_a_new_statement_are_no_phrase(en_cs: Pack) -> None:
    # "and I" opens a new statement: "days later and I make" is no "make someone's day"
    text = "I book a callback for two days later and I make that call myself."
    assert "passion" not in earned(en_cs, text)
    assert "passion" in earned(en_cs, "Little things can make someone's day.")
    # and over a linker with a subject: "… so I …"
    assert "empathy" not in earned(en_cs, "The shoes were everywhere so I put them in their box.")
    # and over "and" before a second verb, where the subject comes first: two predicates
    assert "follow-up" not in earned(en_cs, "I found out on the Monday and rang the organiser.")
    assert "follow-up" in earned(en_cs, "I rang her on the Monday to check the sofa was fine.")


def test_reordered_words_across_a_dash_are_no_phrase(te_cs: Pack) -> None:
    # "అర్థమైంది — ఎవరైనా టెన్షన్ తో వచ్చి": "it became clear — someone comes in tense" is no
    # "{feeling} అర్థం" (understanding their feeling)
    text = ("హెల్ప్ డెస్క్ లో వాలంటీర్ చేసినప్పుడు అర్థమైంది — ఎవరైనా టెన్షన్ తో వచ్చి, రిలీఫ్ తో థాంక్స్ "
            "చెప్పి వెళ్తే ఆ ఫీలింగ్ నాకు చాలా ఇష్టం.")
    assert "empathy" not in earned(te_cs, text)
    assert "empathy" in earned(te_cs, "కస్టమర్ టెన్షన్ నాకు అర్థం అయ్యింది, అందుకే ముందు ఓపికగా విన్నాను.")



def test_a_one_word_phrases_small_words_belong_to_the_word_as_written(en_cs: Pack) -> None:
    # "honest about" is no "honestly about to …", nor "honestly passionate about"
    assert "realistic-expectations" not in earned(en_cs, "I was honestly about to give up on the queue.")
    assert "realistic-expectations" not in earned(en_cs, "I'm honestly passionate about rollercoasters.")
    assert "realistic-expectations" in earned(en_cs, "I was always honest about the wait.")


def test_among_a_phrases_small_words_only_a_small_word_or_a_person_slips_in(sv_cs: Pack) -> None:
    # "på en gång" ("at once") is no "klagade PÅ Systembolaget EN GÅNG" ("complained once")
    assert "timeliness" not in earned(sv_cs, "Jag klagade på Systembolaget en gång för länge sen.")
    assert "timeliness" in earned(sv_cs, "Jag ringde tillbaka på en gång.")
    # a person may slip in: "aldrig NÅN i ovisshet"; beside the word itself anything may
    assert "communication" in earned(sv_cs, "Jag lämnar aldrig nån i ovisshet.")


def test_a_phrasal_verb_with_its_particle_keeps_its_order(en_cs: Pack) -> None:
    # "go off script" is no "the script had gone to the wrong branch"
    text = "I rang the surgery myself and found the script had gone to the wrong branch."
    assert "flexibility" not in earned(en_cs, text)
    assert "flexibility" in earned(en_cs, "I was happy to go off script for her and find a way.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution",
     "The advert says you're after a problem solver who takes ownership, which I'd like to grow into."),
    ("en_cs", "passion", 'The job advert said "are you passionate about delivering exceptional '
                         'service?", and I thought, well, I need a job.'),
    ("sv_cs", "respect", "Det står ju i er platsannons att ni värdesätter ett respektfullt bemötande."),
])
def test_a_job_adverts_words_earn_nothing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                          text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Going the extra mile, that's the company's slogan, isn't it? It's printed on the bags.",
     "exceeding-expectations"),
    ("en_cs", "A friendly smile and a warm welcome, that's what it said on the poster in the window.",
     "approachability"),
    ("sv_cs", "Vi överträffar kundens förväntningar, det var typ företagets slogan.", "exceeding-expectations"),
    # past a filler, a list's other items, or to a mission statement
    ("en_cs", "Going above and beyond, yeah, I mean, that's the mission statement.",
     "exceeding-expectations"),
    ("en_cs", "Expert advice, know your range, that was the slogan on the staff T-shirts.", "product-knowledge"),
    ("sv_cs", "Vi överträffar alltid förväntningarna, typ, alltså, det var företagets slogan.",
     "exceeding-expectations"),
])
def test_words_a_later_clause_takes_up_as_a_things(request: pytest.FixtureRequest, pack_name: str, text: str,
                                                   cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "thing")


@pytest.mark.parametrize(("text", "cid"), [
    ("I always go the extra mile, that's my motto.", "exceeding-expectations"),
    ("I always go the extra mile, I mean, that's my motto.", "exceeding-expectations"),
    ("I give a warm welcome, you know, that's how I was brought up.", "approachability"),
    ("I told her I was really sorry, and that I'd have been furious too.", "empathy"),
])
def test_the_candidates_own_motto_or_a_clause_that_goes_on_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
