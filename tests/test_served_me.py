"""The candidate as the one served ("my broadband provider left me on hold", "the receptionist
was so patient with us"): someone else's service to the candidate earns nothing, in English and
Swedish (coach.scoring.senses.served_me); the candidate serving still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


def test_english_left_me_on_hold(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "My broadband provider left me on hold for forty minutes last spring.",
                     "timeliness", "sense")


def test_english_patient_with_us(hotel: Pack) -> None:
    assert_set_aside(hotel, "The best receptionist we ever had was so patient with us.",
                     "composure", "sense")


def test_english_patient_and_upfront_with_us(hotel: Pack) -> None:
    # (a tour guide is someone else, named first: "guide" alone may be a thing, "a step-by-step
    # guide")
    text = "On that trip our tour guide was so patient and upfront with us."
    assert_set_aside(hotel, text, "composure", "subject")
    assert_set_aside(hotel, text, "honesty", "subject")


def test_swedish_honest_with_me(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Guiden på resan var väldigt ärlig mot mig.",
                     "realistic-expectations", "sense")


@pytest.mark.parametrize("pack_name, text, cid", [
    ("en_cs", "I made sure no customer was left on hold for more than a minute.", "timeliness"),
    ("hotel", "The guest was shouting, but I stayed patient with him.", "composure"),
    # the phrase holds the word itself
    ("en_cs", "Helping someone sort out a problem makes me want to get out of bed.", "passion"),
    ("sv_cs", "Jag var ärlig mot kunden om leveranstiden.", "realistic-expectations"),
])
def test_the_candidate_serving_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                           text: str, cid: str) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    assert cid in earned(pack, text)


def test_swedish_what_others_say_the_candidate_is(sv_cs: Pack) -> None:
    """Swedish verbs of saying (Language.speech_verbs) with a person named before them report
    others; a Swedish sentence may put the candidate after the verb when something else opens
    it, and then the candidate speaks (Language.speaker_named)."""
    assert_set_aside(sv_cs, "Min mamma brukar säga att jag är den mest empatiska i familjen.",
                     "empathy", "hearsay")
    assert_set_aside(sv_cs, "Alla mina kollegor säger att jag är pålitlig.", "reliability", "hearsay")
    # an adverb between the verb and its "att": "säger ALLTID att"
    assert_set_aside(sv_cs, "Min mamma säger alltid att jag är den mest empatiska person hon känner.",
                     "empathy", "hearsay")
    assert "realistic-expectations" in earned(
        sv_cs, "Blir det lång väntetid säger jag ärligt hur länge det dröjer.")
    assert "empathy" in earned(
        sv_cs, "När kunden blev arg sa jag lugnt att jag förstod hur frustrerande det var.")


@pytest.mark.parametrize("pack_name, text, cid", [
    # someone got in touch with the candidate: they were followed up
    ("en_cs", "The agent called me back a week later to check my claim had gone through.", "follow-up"),
    ("en_cs", "A guy called Rob got an engineer out the next morning and rang me a week later to "
              "check it was still fine.", "follow-up"),
    ("sv_cs", "Killen på banken ringde mig dagen efter för att höra hur det gick.", "follow-up"),
])
def test_being_contacted_is_being_followed_up(request: pytest.FixtureRequest, pack_name: str,
                                              text: str, cid: str) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    assert cid not in earned(pack, text)


@pytest.mark.parametrize("text", [
    "I rang her a week later to check it was still fine.",
    "She asked me to call her back, so I rang her the next morning to check.",
])
def test_the_candidate_getting_in_touch_still_follows_up(en_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("After that he came over every Tuesday just to say hello.", "approachability"),
    ("She rang the next day to explain the delay.", "communication"),
])
def test_the_person_served_doing_what_a_purpose_names(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I came in early to say hello to the regulars.", "approachability"),
    ("He asked me to follow up with him the next week.", "follow-up"),
    # "to" as a preposition, and "listened to and respected" as what the customer felt
    ("Good service is when the customer leaves feeling listened to and respected.", "respect"),
])
def test_a_purpose_that_is_the_candidates_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "When the lady at my bank is friendly with me I feel respected.",
    "I always felt respected at my old bank.",
    "I was respected by the staff there.",
])
def test_the_keyword_made_passive_with_the_candidate_as_subject(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "respect", "sense")


def test_the_candidate_making_others_feel_it_still_earns(en_cs: Pack) -> None:
    assert "respect" in earned(en_cs, "I make every customer feel respected, whoever they are.")


def test_a_past_deed_with_the_candidate_as_its_object(hotel: Pack, en_cs: Pack) -> None:
    # "she even UPGRADED US": done to the candidate as a guest, not by them
    text = ("The receptionist was lovely, she was really patient with my kids, offered us drinks "
            "and even upgraded us when it was finally ready.")
    assert_set_aside(hotel, text, "options", "sense")
    assert_set_aside(en_cs, "The shop refunded me the next day without any fuss.",
                     "problem-resolution", "sense")
    # the candidate's own deed, to someone served, still earns
    assert "problem-resolution" in earned(en_cs, "I refunded him the next day without any fuss.")
