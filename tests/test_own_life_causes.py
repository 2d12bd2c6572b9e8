"""A keyword the candidate's own life made true of them ("years of yoga have made me very
patient"), or said of a time with someone from their own life ("I kept my cool when my
landlord shouted at me"), is another sense (coach.scoring.senses.about_own_life); the same
words about work still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    "Years of yoga have made me very patient.",
    "I kept my cool when my landlord shouted at me.",
    "I stay calm when my flatmates argue.",
])
def test_own_life_as_the_cause_or_the_time_is_another_sense(hotel: Pack, text: str) -> None:
    assert_set_aside(hotel, text, "composure", "sense")


@pytest.mark.parametrize("text", [
    "Working nights has made me very patient with guests.",
    "I stayed patient when the guest shouted at me.",
    "I stayed calm when my manager was away and the guest was shouting.",
    "Training has taught me to stay calm.",
])
def test_work_as_the_cause_or_the_time_still_earns(hotel: Pack, text: str) -> None:
    assert detect(hotel, text)["composure"].earned


def test_swedish_own_life_as_the_cause(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Innebandyn har gjort mig väldigt respektfull.", "respect", "sense")
    assert detect(sv_cs, "Åren i kassan har gjort mig respektfull mot alla kunder.")["respect"].earned


def test_telugu_own_life_as_the_cause(te_cs: Pack) -> None:
    # "Cricket made me respectful" / "Working with customers made me respectful"
    assert_set_aside(te_cs, "క్రికెట్ నన్ను గౌరవంగా ఉండేలా చేసింది.", "respect", "sense")
    assert detect(te_cs, "కస్టమర్లతో పని నన్ను గౌరవంగా ఉండేలా చేసింది.")["respect"].earned


def test_the_candidates_own_rota_is_their_own_life(hotel: Pack) -> None:
    text = "I had to learn the policy about shift swaps."
    assert_set_aside(hotel, text, "policy-knowledge", "sense")
    # (with a colleague as the subject it is theirs first: "My last boss had a strict policy…")
    assert_set_aside(hotel, "My last boss had a strict policy about shift swaps.",
                     "policy-knowledge", "subject")
    assert detect(hotel, "I know our late checkout policy inside out.")["policy-knowledge"].earned


@pytest.mark.parametrize("text, cid", [
    ("I went the extra mile in my last exam and revised every night.", "exceeding-expectations"),
    ("I solved the puzzle in ten minutes.", "problem-resolution"),
    ("My passion is lifting, I hit a personal best on deadlift last week.", "passion"),
])
def test_a_single_exam_or_puzzle_is_the_candidates_own(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text", [
    "I went the extra mile for her race, she needed the right shoes by Saturday.",
    "I went the extra mile for the customer's exam, printing her notes.",
])
def test_someone_elses_pursuit_is_the_service(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["exceeding-expectations"].earned
    mine = "I went the extra mile for my race and trained every night."
    assert_set_aside(en_cs, mine, "exceeding-expectations", "sense")


@pytest.mark.parametrize("text, cid", [
    ("Everyone at my last job said I was very reliable.", "reliability"),
    ("My friends always say I'm very empathetic.", "empathy"),
    ("She said I was really reliable.", "reliability"),
])
def test_others_saying_the_candidate_is_so_is_hearsay(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "hearsay")


@pytest.mark.parametrize("text", [
    "I said I was sorry and followed up the next day.",
    "I told her I would follow up, and I did the next morning.",
    "I have to say that I'd always follow up.",
    "She said she'd waited an hour, so I apologised and I followed up with the kitchen.",
])
def test_the_candidates_own_words_still_earn(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["follow-up"].earned


def test_growing_up_frames_the_sentence_as_own_life(en_cs: Pack) -> None:
    text = "I grew up looking after my little brother, so I've had a lot of practice at patience."
    assert_set_aside(en_cs, text, "respect", "sense")


@pytest.mark.parametrize("text, earns", [
    ("Last summer I literally went the extra mile, I ran a charity ultramarathon.", False),
    ("I literally went the extra mile for her, I drove the parcel to her house.", True),
    # someone in another clause of the sentence is not who the figure was for
    ("I went the extra mile, literally, on a charity walk, and I always surprise my mum on her "
     "birthday.", False),
    ("I went the extra mile for the customer, literally, I drove her parcel over myself.", True),
    # a subject or a quantifier is no one the figure was for
    ("Going the extra mile, yeah, I literally walk an extra mile to work since they moved the bus "
     "stop.", False),
    ("I literally went the extra mile for all of them that day.", True),
])
def test_a_figure_taken_literally_is_another_sense(en_cs: Pack, text: str, earns: bool) -> None:
    result = detect(en_cs, text)["exceeding-expectations"]
    assert result.earned is earns
    if not earns:
        assert result.set_aside is not None and result.set_aside.rule == "sense"


def test_swedish_figure_taken_literally_and_the_customer_asked_to_call_back(sv_cs: Pack) -> None:
    text = "Förra sommaren gick jag verkligen den extra milen, bokstavligen: jag cyklade Vätternrundan."
    assert_set_aside(sv_cs, text, "exceeding-expectations", "sense")
    assert_set_aside(sv_cs, "Så jag bad honom ringa tillbaka till butiken på måndag.", "follow-up",
                     "deflection")
    assert detect(sv_cs, "Jag lovade att ringa tillbaka till henne på måndag, och det gjorde jag."
                  )["follow-up"].earned


@pytest.mark.parametrize("text, cid", [
    ("My trainer told me empathy is the most important thing.", "empathy"),
    ("My manager taught me that patience is everything.", "respect"),
])
def test_what_others_told_the_candidate_matters_is_hearsay(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "hearsay")


def test_telling_the_customer_is_the_candidates_own(en_cs: Pack) -> None:
    assert "empathy" in earned(en_cs, "I told her empathy is what I bring to every shift.")


@pytest.mark.parametrize("text, criterion", [
    ("My patience was really tested when I was learning to drive.", "respect"),
    ("I'm looking for a reliable car so I can get to early shifts.", "reliability"),
    ("I promptly fell asleep after my first double shift.", "timeliness"),
    ("I listened to a podcast about customer service on the way here.", "communication"),
])
def test_the_candidates_own_trials_things_and_pastimes_earn_nothing(en_cs: Pack, text: str,
                                                                      criterion: str) -> None:
    assert not detect(en_cs, text)[criterion].earned


@pytest.mark.parametrize("text, criterion", [
    ("I stayed patient with him while he found his card, there was no rush.", "respect"),
    ("I promptly rang her back with the tracking number.", "timeliness"),
    ("I listened to the whole story before I said anything.", "communication"),
])
def test_the_same_words_serving_someone_still_earn(en_cs: Pack, text: str, criterion: str) -> None:
    assert detect(en_cs, text)[criterion].earned


@pytest.mark.parametrize("fixture, text, criterion", [
    ("en_cs", "If a repair is running late I don't ring, the problem usually resolves itself.",
     "problem-resolution"),
    ("sv_cs", "Jag väntar tills de hör av sig, för det brukar lösa sig ändå.", "problem-resolution"),
])
def test_what_happens_by_itself_is_no_ones_doing(request: pytest.FixtureRequest, fixture: str,
                                                 text: str, criterion: str) -> None:
    assert_set_aside(request.getfixturevalue(fixture), text, criterion, "sense")


@pytest.mark.parametrize("fixture, text, criterion", [
    ("en_cs", "I sorted it out for her the same day.", "problem-resolution"),
    ("sv_cs", "Jag löste problemet samma dag.", "problem-resolution"),
])
def test_what_the_candidate_sorts_out_still_earns(request: pytest.FixtureRequest, fixture: str,
                                                  text: str, criterion: str) -> None:
    assert detect(request.getfixturevalue(fixture), text)[criterion].earned


def test_a_module_of_the_candidates_studies_is_their_own_life(en_cs: Pack) -> None:
    text = "I'm doing psychology part-time, and I loved the module on empathy and conflict."
    assert not detect(en_cs, text)["empathy"].earned


@pytest.mark.parametrize("text, criterion", [
    ("We were trained on managing customer expectations, there was a slide about it.",
     "realistic-expectations"),
    ("At my last place we had a workshop on empathy, then it was lunch.", "empathy"),
])
def test_training_about_a_keyword_is_no_claim(en_cs: Pack, text: str, criterion: str) -> None:
    assert not detect(en_cs, text)[criterion].earned


@pytest.mark.parametrize("text, criterion", [
    ("I'm always polite to my elders, that's how I was raised.", "composure"),
    ("I had a lovely holiday in Spain where the hotel gave us a free upgrade.", "options"),
    ("My options were either retail or the hotel, and I chose the hotel.", "options"),
    ("I always follow up with my GP when my prescriptions run out.", "follow-up"),
    ("Being transparent is important in my relationships.", "honesty"),
])
def test_the_candidates_upbringing_choices_and_own_service_are_their_own_life(
        hotel: Pack, text: str, criterion: str) -> None:
    assert not detect(hotel, text)[criterion].earned


def test_what_the_candidate_offers_after_being_allowed_still_earns(hotel: Pack) -> None:
    text = "My manager gave me a free hand, so I offered them a complimentary upgrade."
    assert detect(hotel, text)["options"].earned


@pytest.mark.parametrize("text, criterion", [
    ("I'm passionate about nursing, that's my long-term thing.", "passion"),
    ("I respect the fact that plants aren't my strong point, I'm learning.", "respect"),
])
def test_another_career_and_acknowledging_a_fact_earn_nothing(en_cs: Pack, text: str,
                                                              criterion: str) -> None:
    assert not detect(en_cs, text)[criterion].earned


def test_passion_for_the_work_and_respect_for_people_still_earn(en_cs: Pack) -> None:
    assert detect(en_cs, "I'm passionate about helping customers find the right fit.")["passion"].earned
    assert detect(en_cs, "I respect every caller, however rude they are.")["respect"].earned


def test_the_idioms_own_customers_are_no_one_it_was_for(en_cs: Pack) -> None:
    text = ("I worked in a shoe shop, so I literally put myself in customers' shoes all day, "
            "trying the samples on for size.")
    assert_set_aside(en_cs, text, "empathy", "sense")


def test_anyone_in_the_sentence_is_no_one_from_the_candidates_life(en_cs: Pack) -> None:
    text = ("Honestly the best part of my day is when someone comes in stressed and leaves "
            "smiling; I genuinely love helping people like that.")
    assert detect(en_cs, text)["passion"].earned
