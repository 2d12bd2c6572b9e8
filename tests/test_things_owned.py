"""A thing the workplace has ("We've got a satisfaction survey that goes out by text"), a
machine the candidate only owns doing it by itself ("we've got an automated follow-up email"),
the employer, a vehicle or a policy are not the candidate's service; doing something with the
same things still is (coach.scoring.things). On a knowledge rubric, where a reference answer
says "we have an automatic repeat request", none of this applies."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.lang import get_language
from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    # a thing the workplace has, introduced by having or existing
    ("We've got a satisfaction survey that goes out by text after every stay.", "follow-up"),
    ("There's also a satisfaction survey on every receipt.", "follow-up"),
    # the candidate only owns the machine that does it
    ("We have an automated follow-up email that goes out two days later.", "follow-up"),
])
def test_things_the_workplace_has_are_not_the_candidates_service(
        en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    ("We've got a satisfaction survey that I send out after every visit.", "follow-up"),
    ("I sent her a satisfaction survey the next day.", "follow-up"),
    ("I found the root cause and fixed it.", "problem-resolution"),
    # "have" as an auxiliary, no article after it: the candidate did it
    ("We have automatically followed up every complaint since March.", "follow-up"),
])
def test_doing_something_with_the_same_things_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_swedish_owned_machine_and_auxiliary(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Vi har ett automatiskt mejl som följer upp efter varje besök.",
                     "follow-up", "thing")
    assert detect(sv_cs, "Vi har automatiskt följt upp alla ärenden.")["follow-up"].earned


def test_having_and_existing_are_language_data() -> None:
    for code in ("en", "sv"):
        lang = get_language(code)
        assert lang.possession_verbs and lang.existentials


@pytest.mark.parametrize("text, cid", [
    # the employer doing it is not the candidate
    ("The company gives each customer a small gift for free at Christmas.",
     "exceeding-expectations"),
    # a vehicle being fast is no service
    ("The train was quick, and I got there early.", "timeliness"),
])
def test_the_employer_or_a_vehicle_doing_it_is_not_the_candidate(
        en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


def test_swedish_vehicle_and_telugu_company(sv_cs: Pack, te_cs: Pack) -> None:
    assert not detect(sv_cs, "Tåget var snabbt hela vägen.")["timeliness"].earned
    # "In the festive season the company gives every customer a small gift"
    text = "పండగ సీజన్‌లో కంపెనీ ప్రతి కస్టమర్‌కి ఒక చిన్న బహుమతి ఇస్తుంది."
    assert not detect(te_cs, text)["exceeding-expectations"].earned
    # the candidate giving it still earns: "I give every customer a small gift"
    assert detect(te_cs, "నేను ప్రతి కస్టమర్‌కి ఒక చిన్న బహుమతి ఇస్తాను.")["exceeding-expectations"].earned


def test_a_policy_or_a_chatbot_described_is_a_thing(en_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(en_cs, "Our returns policy is really flexible.", "flexibility", "thing")
    assert detect(en_cs, "I was flexible with the returns policy for her.")["flexibility"].earned
    text = "Vi har en chattbot som svarar snabbt på de vanligaste frågorna."
    assert not detect(sv_cs, text)["timeliness"].earned


def test_a_knowledge_rubric_keeps_what_a_protocol_has() -> None:
    # A drafted networking pack speaks of what a protocol has, in "we" and without "I": the
    # rules for what a workplace has stay off there (bench/draft_saf.py measures it).
    from coach.packs import load_pack_text
    pack = load_pack_text("""
pack: proto
title: Protocols
language: en
criteria:
  ack:
    label: Acknowledgement
    keywords: [feedback form]
questions:
  - id: q
    prompt: What does the header hold?
    criteria: [ack]
    model_answer: We have a feedback form in every header, i.e. a flag.
""")
    assert detect(pack, "There is a feedback form in the header.")["ack"].earned


@pytest.mark.parametrize("text, cid", [
    # "it" is never a person: the thing named before it does or is what the keyword says
    ("Our booking app is meant to text everyone and it's normally reliable.", "reliability"),
    ("We had a loyalty app, so when they tap in, it greets them by name.", "approachability"),
])
def test_it_for_a_thing_named_before(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    # "it" as the object, or with no thing near, leaves the candidate's deed
    ("The card machine declined, so I said let's try it another way.", "flexibility"),
    ("Her laptop kept dropping the wifi, so rather than mark it solved I called her back the next day.",
     "follow-up"),
    ("The customer was upset about the delay. It made me explain everything clearly.", "communication"),
])
def test_it_as_an_object_or_far_from_a_thing_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_what_is_sold_described_is_a_thing(en_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(en_cs, "We sell a flexible membership you can freeze any time.", "flexibility", "thing")
    assert_set_aside(sv_cs, "Vi säljer ett flexibelt medlemskap som man kan frysa.", "flexibility", "thing")
