"""A statement closed by someone else's speech tag ("…, my mum says", "…, brukar min pappa
säga") is what they say, not a claim; a clause after it that goes on with the story is no tag."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I've got the patience of a saint, my mum says.", "respect"),
    ("en_cs", "I'm always polite, my manager always says.", "respect"),
    ("en_cs", "I'm always polite, or so my friends tell me.", "respect"),
    ("sv_cs", "Artighet kostar ingenting, brukar min pappa säga.", "respect"),
])
def test_a_closing_speech_tag_is_hearsay(request: pytest.FixtureRequest, pack_name: str, text: str,
                                         cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "hearsay")


@pytest.mark.parametrize(("text", "cid"), [
    ("I was polite and gave her the number, and said they'd sort it out.", "respect"),
    ("I asked the manager for an exception, and he said yes.", "flexibility"),
    ("I explained it to her clearly, she said thanks.", "communication"),
])
def test_a_clause_that_goes_on_is_no_tag(request: pytest.FixtureRequest, text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue("en_cs"), text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Going above and beyond, that's what the banner in the staff room said.", "extra-mile"),
    ("Stay calm and smile, that's what the mug on the front desk said, someone's mum gave it to us.",
     "composure"),
    ("I always go above and beyond, my manager said, but I wasn't sure.", "extra-mile"),
])
def test_a_tag_of_a_thing_or_one_before_the_story_goes_on_is_hearsay(request: pytest.FixtureRequest,
                                                                     text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue("hotel"), text, cid, "hearsay")


@pytest.mark.parametrize(("text", "cid"), [
    ("I booked it myself under our walk procedure, called the taxi, and flagged his profile.",
     "policy-knowledge"),
    ("I could explain our cancellation policy to her properly, not just what the leaflet says.",
     "policy-knowledge"),
    ("Even when he was shouting I kept my voice calm, called him sir, and let him finish.", "composure"),
])
def test_a_thing_after_the_verb_or_a_contrast_is_no_tag(request: pytest.FixtureRequest, text: str,
                                                         cid: str) -> None:
    assert cid in earned(request.getfixturevalue("hotel"), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("sv_cs", "Man ska inte lova mer än man kan hålla, stod det i kompendiet vi fick på introduktionen.",
     "realistic-expectations"),
    ("sv_cs", "Vi skulle följa upp alla reklamationer efter en vecka, det stod i rutinerna.", "follow-up"),
    ("en_cs", "Always follow up within a day, it says in the handbook.", "follow-up"),
    # past a particle or an adverb inside the tag
    ("sv_cs", "Vi brinner för service, det stod ju i er annons.", "passion"),
    ("en_cs", "Always follow up within a day, it clearly says in the handbook.", "follow-up"),
])
def test_a_tag_that_says_where_it_is_written_is_hearsay(request: pytest.FixtureRequest, pack_name: str,
                                                        text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "hearsay")


def test_a_text_that_goes_on_to_say_something_is_no_tag(request: pytest.FixtureRequest) -> None:
    text = "Jag följde upp med kunden, det stod i systemet att hon ville bli uppringd."
    assert "follow-up" in earned(request.getfixturevalue("sv_cs"), text)


def test_a_swedish_tag_with_an_empty_subject_and_everyone_as_the_speaker(request: pytest.FixtureRequest) -> None:
    sv_cs = request.getfixturevalue("sv_cs")
    assert_set_aside(sv_cs, "Det är väl klart att man ska vara ärlig mot kunderna, det säger ju alla.",
                     "realistic-expectations", "hearsay")
    assert "realistic-expectations" in earned(sv_cs, "Jag är alltid ärlig mot kunderna, det vet alla.")


def test_a_tag_whose_speaker_is_described(request: pytest.FixtureRequest) -> None:
    en_cs = request.getfixturevalue("en_cs")
    text = "Consistency is key, that's what my swimming coach always says, and that's why I train daily."
    assert_set_aside(en_cs, text, "reliability", "hearsay")
