"""A keyword told in a story from the candidate's own life is about that life, sentences after
the words that set the scene (coach.scoring.scenes); a story at work, a comparison ("if that
was my mum") or a life cue too far back does not set it aside."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.lang import get_language
from coach.packs import Pack
from coach.scoring import detect, score_answer
from coach.scoring.scenes import LOOKBACK


@pytest.mark.parametrize("text, cid", [
    # a pursuit sets the scene, the keyword comes two sentences later
    ("I coach an under-nines netball team on Sundays. Some of the parents shout at me from "
     "the side. I always stay respectful and keep my voice level.", "respect"),
    # someone from the candidate's life
    ("My flatmate locked herself out at midnight. I went above and beyond and drove "
     "across town with the spare key.", "exceeding-expectations"),
    # work only wished for sets no work scene: "… that I wanted to work and save up"
    ("The hardest thing I've had to tell anyone was telling my parents I was dropping out of my "
     "degree. I was honest with them early, and I explained my reasons really clearly, that I "
     "wanted to work and save up for a bit.", "communication"),
])
def test_a_keyword_in_a_story_from_the_candidates_life_is_another_sense(
        en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    # the story turns to work before the keyword
    ("I play football at weekends. At the shop, a customer shouted at me and I stayed "
     "respectful.", "respect"),
    ("I play football at weekends. Our manager asked me to cover the till. I stayed "
     "respectful with everyone in the queue.", "respect"),
    # a comparison, not a scene
    ("If that was my mum, I'd be upset too. So I stayed respectful and explained the delay.",
     "respect"),
    # "our" is the team at work ("our family" is not)
    ("My sister works nights. We were short-staffed, so I was flexible and made an exception "
     "for her booking.", "flexibility"),
    # a plain claim with no life in the answer
    ("I was flexible and made an exception for her.", "flexibility"),
    # a verb in -ing is no pursuit: "reading up on"
    ("I keep reading up on the new phones. Then I stay respectful and calm.", "respect"),
    # a pursuit or family in the keyword's own sentence is the older rules' (a product, a habit)
    ("I love helping people find the right sports shoes.", "passion"),
    ("I followed up the next day, which my dad taught me to do.", "follow-up"),
])
def test_the_same_words_at_work_still_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_a_life_cue_too_far_back_sets_no_scene(en_cs: Pack) -> None:
    story = "I coach a netball team on Sundays."
    filler = " It was a long day."
    keyword = " I stayed respectful."
    near = story + filler * (LOOKBACK - 1) + keyword
    far = story + filler * (LOOKBACK + 1) + keyword
    assert_set_aside(en_cs, near, "respect", "sense")
    assert detect(en_cs, far)["respect"].earned


def test_the_report_names_the_words_that_set_the_scene(en_cs: Pack) -> None:
    text = ("I coach an under-nines netball team on Sundays. Some of the parents shout at me "
            "from the side. I always stay respectful and keep my voice level.")
    result = score_answer(en_cs, "angry-customer", text)
    respect = next(r for r in result.criteria if r.id == "respect")
    assert respect.set_aside is not None
    assert respect.set_aside.phrase == "netball"
    assert "netball" in respect.set_aside.describe()


def test_swedish_story_from_the_candidates_life(sv_cs: Pack) -> None:
    life = ("Jag spelar innebandy varje helg. Ibland skriker föräldrarna på mig. Jag är "
            "alltid respektfull.")
    assert_set_aside(sv_cs, life, "respect", "sense")
    work = "Jag spelar innebandy varje helg. Kunderna i butiken möter jag alltid respektfull."
    assert detect(sv_cs, work)["respect"].earned


def test_scene_words_are_language_data() -> None:
    for code in ("en", "sv", "te"):
        lang = get_language(code)
        assert lang.scene_work and lang.scene_self and lang.scene_mine


def test_telugu_story_from_the_candidates_life(te_cs: Pack) -> None:
    # "After getting home I play gully cricket with the colony kids … At night I watch a serial
    # with my mother; in it the heroine is so patient and sympathetic with everyone"
    life = ("ఇంటికి వెళ్ళాక మా కాలనీ పిల్లలతో గల్లీ క్రికెట్ ఆడతాను. రాత్రి అమ్మతో కలిసి "
            "సీరియల్ చూస్తాను, అందులో హీరోయిన్ అందరి మీద సానుభూతితో ఉంటుంది.")
    assert_set_aside(te_cs, life, "empathy", "sense")
    # the same pursuit, then a story at the counter: "At the shop counter I listen to the
    # customer with empathy"
    work = ("ఇంటికి వెళ్ళాక మా కాలనీ పిల్లలతో గల్లీ క్రికెట్ ఆడతాను. షాప్ కౌంటర్ దగ్గర "
            "కస్టమర్ చెప్పేది సానుభూతితో వింటాను.")
    assert detect(te_cs, work)["empathy"].earned


def test_telugu_after_the_customer_and_a_case_marked_person_from_life(te_cs: Pack) -> None:
    # "After a difficult customer I take a two-minute break and drink water. After getting home
    # I do yoga: the body gains flexibility … At the weekend I watch a film WITH our little
    # girl": "కస్టమర్ తర్వాత" (after the customer) sets no work scene, and "మా పాపతో" (with our
    # girl, Language.case_endings) names someone from the candidate's life
    life = ("ఒక కష్టమైన కస్టమర్ తర్వాత నేను రెండు నిమిషాలు బ్రేక్ తీసుకుని నీళ్ళు తాగుతాను. "
            "ఇంటికెళ్ళాక యోగా చేస్తాను — బాడీలో వశ్యత పెరుగుతుంది, మైండ్ కూడా రిలాక్స్ అవుతుంది. "
            "వీకెండ్‌లో మా పాపతో సినిమా చూస్తాను.")
    assert_set_aside(te_cs, life, "flexibility", "sense")
    assert_set_aside(te_cs, "కష్టమైన కస్టమర్ తర్వాత ఇంటికి వెళ్ళి మా పాపతో ఆడుకుంటాను, తన "
                     "చిరునవ్వు చూస్తే అన్నీ మర్చిపోతాను.", "approachability", "sense")
    # a colleague with a case ending is no one from the candidate's life: "I asked our senior
    # too. I explained to him that this phone has no support"
    assert detect(te_cs, "మా సీనియర్‌ని కూడా అడిగాను. ఈ ఫోన్‌కి సపోర్ట్ లేదని ఆయనకు "
                  "వివరించాను.")["communication"].earned


def test_people_are_from_the_candidates_life_only_as_mine(hotel: Pack) -> None:
    # "the neighbours" in a hotel are other guests; "my neighbours" are the candidate's own
    text = "I'd apologise, go up myself and ask the neighbours to keep it down."
    assert detect(hotel, text)["apology"].earned
    assert_set_aside(hotel, "My neighbours had a party all night. I had to apologise to the "
                     "whole street the next day.", "apology", "sense")


@pytest.mark.parametrize("text", [
    # the scene set in a clause before the keyword's, in its own sentence
    "My sister got married last summer, and I went the extra mile with the decorations.",
    "My flatmate had a rough week, so I went above and beyond and cooked for her every night.",
])
def test_a_scene_set_earlier_in_the_keywords_own_sentence_counts(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "exceeding-expectations", "sense")


@pytest.mark.parametrize("text", [
    # the sentence names the work
    "My sister got married last summer, and at the shop I went the extra mile for a customer.",
    # the life words come after the keyword: a habit, the older rules' to judge
    "I always go the extra mile, which my dad taught me to do.",
])
def test_a_life_cue_in_the_keywords_own_sentence_after_it_or_at_work_sets_nothing(
        en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["exceeding-expectations"].earned


def test_swedish_scene_earlier_in_the_keywords_own_sentence(sv_cs: Pack) -> None:
    text = "Jag har spelat innebandy sedan jag var sju, jag brinner fortfarande för sporten."
    assert_set_aside(sv_cs, text, "passion", "sense")


def test_a_keyword_right_before_a_story_from_the_candidates_life_introduces_it(en_cs: Pack) -> None:
    text = ("Going above and beyond is sort of my thing. For my sister's thirtieth I organised "
            "a surprise weekend in Edinburgh.")
    assert_set_aside(en_cs, text, "exceeding-expectations", "sense")


@pytest.mark.parametrize("text", [
    # the story before it is at work: the life sentence after it is an aside
    "A customer's parcel went missing. I went above and beyond to trace it. My sister says "
    "I never let things go.",
    # its own sentence names the work
    "I went above and beyond for a customer last week. My sister helped me wrap the gift.",
    # two sentences later is not right after it
    "I always go above and beyond. It is how I work. My sister is the same.",
])
def test_a_life_story_after_the_keyword_counts_only_right_after_and_with_no_scene_before(
        en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["exceeding-expectations"].earned


def test_two_keywords_of_one_sentence_each_get_their_own_clauses_story(en_cs: Pack) -> None:
    # the scene is set after the first keyword's clause and before the second's
    text = "I always go the extra mile, my sister got married last summer, and I stayed respectful."
    found = detect(en_cs, text)
    assert found["exceeding-expectations"].earned
    assert not found["respect"].earned
    assert found["respect"].set_aside is not None and found["respect"].set_aside.rule == "sense"



@pytest.mark.parametrize("text, cid", [
    # a work word in a comparison sets no work scene: the story stays on the pitch
    ("I umpire junior cricket on Sundays, and some dads are louder than any customer. I've "
     "learnt to stay respectful whatever they shout.", "respect"),
    # a group of the candidate's own, with a word between "my" and the group
    ("When someone new turns up at my running club, I'm always the first to say hello.",
     "approachability"),
    # someone from the candidate's life with an adjective before them
    ("When my little brother asked if his essay was good, I told him the truth.",
     "realistic-expectations"),
    # the candidate's own journey to work
    ("My commute is an hour on a packed train, so I've learnt to stay respectful whoever pushes "
     "past.", "respect"),
])
def test_comparisons_groups_and_people_of_the_candidates_life(
        en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    # the comparison is the customer's, and the story is at work
    ("At the shop a customer was louder than anyone I'd met, and I stayed respectful.",
     "respect"),
    # "club" is no group of the candidate's without "my": a workplace
    ("At the golf club reception I'm always the first to say hello.", "approachability"),
    # the candidate's life only supposed, to share the customer's feeling
    ("I told him I'd be just as worried if it were my dog.", "empathy"),
])
def test_a_comparison_or_a_club_at_work_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_swedish_comparison_sets_no_work_scene(sv_cs: Pack) -> None:
    text = ("Jag dömer fotboll för juniorer på helgerna, och vissa föräldrar är otrevligare än "
            "någon kund. Jag är alltid respektfull.")
    assert_set_aside(sv_cs, text, "respect", "sense")


def test_a_trait_backed_by_someone_of_the_candidates_life_in_the_possessive(en_cs: Pack) -> None:
    text = "I'm a really passionate person, I coach my nephew's under-tens on Sundays."
    assert_set_aside(en_cs, text, "passion", "sense")
    # "someone's" is "someone has", no one from the candidate's life
    assert detect(en_cs, "If someone's been in before, I'll use their name.")["personalization"].earned


def test_swedish_what_the_candidate_watches_sets_a_life_scene(sv_cs: Pack) -> None:
    text = "Jag såg en dokumentär på SVT i går. Valarna sjunger olika sånger och sångerna ändras snabbt."
    assert_set_aside(sv_cs, text, "timeliness", "sense")


@pytest.mark.parametrize("text, cid", [
    ("I go to the gym straight after work, it's my thing. Up on the climbing wall I stay "
     "respectful of everyone's space.", "respect"),
])
def test_after_work_sets_no_work_scene(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


def test_swedish_after_work_sets_no_work_scene(sv_cs: Pack) -> None:
    text = ("Jag går till gymmet direkt efter jobbet, det är min grej. Efter en timme känns "
            "allt löst i huvudet.")
    assert_set_aside(sv_cs, text, "problem-resolution", "sense")


def test_telugu_study_and_own_things_set_the_scene(te_cs: Pack) -> None:
    # "In my B.Tech project viva the examiner asked me a question I couldn't answer. Then I
    # honestly admitted 'I don't know, sir'": the candidate's studies, not a customer
    text = ("బీటెక్ ప్రాజెక్ట్ వైవాలో ఎగ్జామినర్ నన్ను ఒక ప్రశ్న అడిగారు, నాకు సమాధానం తెలియలేదు. "
            "అప్పుడు నేను నిజాయితీగా తెలియదు సార్ అని ఒప్పుకున్నాను.")
    assert_set_aside(te_cs, text, "realistic-expectations", "sense")


@pytest.mark.parametrize("pack_name, text", [
    # "For my brother-in-law's wedding I saw to the decoration and catering myself, and did it
    # beyond everyone's expectations": the family, as "my sister's thirtieth" is in English
    ("te_cs", "మా బావ పెళ్ళికి డెకరేషన్, క్యాటరింగ్ అన్నీ నేనే చూసుకున్నాను, అందరి అంచనాలను మించి "
              "చేశాను."),
    ("sv_cs", "Min svåger gifte sig i somras. Jag ordnade allt och överträffade allas förväntningar."),
])
def test_the_family_sets_the_scene(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, "exceeding-expectations", "sense")


def test_the_candidates_job_hunt_is_their_own_life(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "Personally I follow up on job leads on LinkedIn every week.",
                     "follow-up", "sense")
    assert detect(en_cs, "I follow up on every lead a customer gives me within a week.")[
        "follow-up"].earned


def test_a_swedish_running_club_is_a_pastime(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Jag är med i en löparklubb och brinner verkligen för det.", "passion",
                     "sense")


@pytest.mark.parametrize("text, cid", [
    ("Funnily enough my best example is when I was the one complaining. My broadband kept dropping "
     "and the agent, Priya, called me back every day for a week until it was properly fixed.",
     "problem-resolution"),
    ("Honestly I think about it as a customer first. When my car broke down last winter the garage "
     "was amazing, really flexible about when I could drop it off.", "flexibility"),
])
def test_the_service_the_candidate_got_as_a_customer_is_not_theirs(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


def test_the_candidate_as_the_guest_opens_a_customer_scene(hotel: Pack) -> None:
    text = ("This exact thing happened to me last year when I was the guest. The girl on reception "
            "was so kind, she apologised and gave me options.")
    assert_set_aside(hotel, text, "options", "sense")
    turned = text + " Now at the desk I always give our guests options myself."
    assert detect(hotel, turned)["options"].earned


def test_the_story_turns_to_the_candidates_own_work(en_cs: Pack) -> None:
    # "So now at the tyre centre I…": a turn word ends the customer's story
    story = ("Funnily enough I learned it as a customer. The garage owner explained every fault to me "
             "and rang me back when he said he would.")
    turned = story + (" So now at the tyre centre I give people the full price before I touch the "
                      "car. No nasty surprises at the till.")
    assert detect(en_cs, turned)["realistic-expectations"].earned
    assert_set_aside(en_cs, story + " No nasty surprises at the till.", "realistic-expectations", "sense")


def test_the_candidates_parents_set_a_scene_of_their_own_life(hotel: Pack) -> None:
    text = "My parents had their anniversary last year. I organised a surprise meal for them."
    assert_set_aside(hotel, text, "extra-mile", "sense")
    # the question's own scenario turns back to work: "In this situation I'd…"
    turned = ("Honesty is my biggest value, my parents raised me that way. In this situation I'd "
              "phone round the nearby hotels myself and find them a room.")
    assert detect(hotel, turned)["options"].earned


def test_an_example_from_the_other_side_is_the_candidate_as_customer(en_cs: Pack) -> None:
    text = ("Honestly the best example I've got is from the other side. The removals crew went "
            "way above and beyond.")
    assert_set_aside(en_cs, text, "exceeding-expectations", "sense")


def test_a_subordinate_we_keeps_the_candidate_as_customer(en_cs: Pack) -> None:
    text = ("Honestly the best example I've got is from the other side. When we moved flats last "
            "year the removals crew went way above and beyond.")
    assert_set_aside(en_cs, text, "exceeding-expectations", "sense")
    # a "we" that opens a clause of its own turns the story back to work
    back = ("Honestly the best example I've got is from the other side. Now we always go above "
            "and beyond for our own customers.")
    assert detect(en_cs, back)["exceeding-expectations"].earned


@pytest.mark.parametrize("text, cid, pack_name", [
    ("I'm quite shy outside work, to be honest, but here I look up and say hi the moment the "
     "door goes, just a smile and a nod.", "approachability", "en"),
    ("Jag är ganska blyg på fritiden, men här tittar jag upp och ler mot alla som kommer in.",
     "approachability", "sv"),
])
def test_a_contrast_parts_a_life_frame_from_the_keyword(en_cs: Pack, sv_cs: Pack, text: str,
                                                         cid: str, pack_name: str) -> None:
    pack = en_cs if pack_name == "en" else sv_cs
    assert detect(pack, text)[cid].earned


def test_a_life_frame_with_no_contrast_still_counts(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "Outside work I always smile at people.", "approachability", "sense")


def test_a_star_label_sets_no_scene(en_cs: Pack) -> None:
    text = ("Situation: my best mate's car broke down on the motorway. Task: get him home. Action: "
            "I drove out, waited with him for the recovery truck and kept his mum updated by text.")
    assert_set_aside(en_cs, text, "communication", "sense")
    work = ("Situation: a customer's parcel went missing. Task: find it. Action: I rang the courier "
            "and kept her updated every day.")
    assert detect(en_cs, work)["communication"].earned
    assert detect(en_cs, "In this situation I'd keep the customer updated every day.")["communication"].earned
