"""A trait of a good employee claimed bare ("I'm very reliable", "I'm flexible and I like a
challenge") says the candidate turns up and covers shifts, not how they serve anyone: it earns
nothing unless its sentence names someone served (coach.scoring.senses.work_trait), in each
language that has such traits."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("I'm a very reliable person and I'm always on time.", "reliability"),
    ("I'm flexible and I like a challenge.", "flexibility"),
    ("I'm reliable like that.", "reliability"),
    ("Honestly, I've always been really reliable.", "reliability"),
    ("I have to say that I'm very flexible.", "flexibility"),
])
def test_a_bare_employee_trait_earns_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "trait")


@pytest.mark.parametrize("text, cid", [
    ("I'm reliable: if I tell a customer I'll ring, I ring.", "reliability"),
    ("I'm very reliable with my customers.", "reliability"),
    ("I was flexible and made an exception for her.", "flexibility"),
    ("I told her that I was flexible about the return date.", "flexibility"),
    ("I'm flexible about returns when a customer has lost the receipt.", "flexibility"),
    ("Our service is reliable, the same every visit.", "reliability"),
])
def test_a_trait_shown_in_serving_someone_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_other_traits_are_not_employee_traits(en_cs: Pack) -> None:
    # Politeness is always towards someone: "I'm always polite" earns Respect as before.
    assert "respect" in earned(en_cs, "I'm always polite and I explain why the policy is there.")


def test_the_report_names_the_rule_and_the_words(en_cs: Pack) -> None:
    found = detect(en_cs, "I'm flexible and I like a challenge.")["flexibility"].set_aside
    assert found is not None and found.rule == "trait" and found.phrase == "I'm flexible"


@pytest.mark.parametrize("text, cid", [
    ("Jag är väldigt pålitlig och jag gillar utmaningar.", "reliability"),
    ("Jag är en pålitlig person.", "reliability"),
    ("Jag är rätt flexibel.", "flexibility"),
    ("Jag måste säga att jag är rätt flexibel.", "flexibility"),
    ("Jag är snabb av mig, har alltid varit.", "timeliness"),
])
def test_swedish_bare_employee_traits(sv_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "trait")


@pytest.mark.parametrize("text, cid", [
    ("Jag är pålitlig: om jag lovar en kund att ringa så ringer jag.", "reliability"),
    ("Jag är flexibel och gör gärna undantag för kunden.", "flexibility"),
    ("Jag var snabb och gav kunden en ny tid direkt.", "timeliness"),
])
def test_swedish_traits_shown_in_service_still_earn(sv_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("నేను ఫ్లెక్సిబుల్‌గా ఉంటాను.", "flexibility"),  # I am flexible.
    ("నేను చాలా నమ్మకమైన వ్యక్తిని.", "reliability"),  # I'm a very reliable person.
])
def test_telugu_bare_employee_traits(te_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(te_cs, text, cid, "trait")


@pytest.mark.parametrize("text, cid", [
    # For the customer I am flexible, I relax the rules a little.
    ("కస్టమర్ కోసం నేను ఫ్లెక్సిబుల్‌గా ఉంటాను, నియమాలను కొంచెం సడలిస్తాను.", "flexibility"),
    # I'm flexible: I look for another way depending on what the customer needs.
    ("నేను ఫ్లెక్సిబుల్‌గా ఉంటాను, కస్టమర్ అవసరాన్ని బట్టి వేరే మార్గం చూస్తాను.", "flexibility"),
])
def test_telugu_traits_shown_in_service_still_earn(te_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_cs, text)


@pytest.mark.parametrize(("pack_name", "text", "cid", "phrase"), [
    ("en_cs", "Retail suits me because I'm flexible with weekends.", "flexibility",
     "flexible with weekends"),
    ("en_cs", "My job has to stay flexible around appointments and evenings.", "flexibility",
     "flexible around appointments and evenings"),
    ("sv_cs", "Jag är väldigt flexibel på kvällar och helger.", "flexibility",
     "flexibel på kvällar"),
    # the working time as the trait's subject
    ("en_cs", "I like it here, the rota's flexible and the time flies.", "flexibility",
     "rota's flexible"),
    ("en_cs", "My schedule is really flexible, which suits me.", "flexibility",
     "schedule is really flexible"),
    # and the terms of the job
    ("en_cs", "I'm flexible on dress code, I'll happily wear a hat if required.", "flexibility",
     "flexible on dress"),
])
def test_a_work_trait_said_of_working_time_is_availability(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str, phrase: str) -> None:
    result = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "trait"
    assert result.set_aside.phrase == phrase


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I was flexible with her booking and moved it to the weekend.", "flexibility"),
    ("en_cs", "I was flexible with customers on shifts like that: I'd stay on if they needed me.",
     "flexibility"),
    ("sv_cs", "Jag var flexibel med kundens bokning och flyttade den till helgen.", "flexibility"),
    ("en_cs", "Their schedule was tight, so I was flexible with the booking.", "flexibility"),
])
def test_a_work_trait_said_of_someone_served_still_earns(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert detect(request.getfixturevalue(pack_name), text)[cid].earned


def test_a_work_trait_claimed_as_an_employee_is_bare(en_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Det handlar om att jag som anställd är flexibel.", "flexibility", "trait")
    assert_set_aside(en_cs, "I'm a very reliable worker.", "reliability", "trait")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    # what being a good employee is "about", with a filler first or a spoken "mej" for "mig"
    ("sv_cs", "Alltså för mig handlar det om att vara flexibel och pålitlig.", "reliability"),
    ("sv_cs", "För mej handlar det mycket om att vara flexibel.", "flexibility"),
    ("en_cs", "For me it's about being flexible.", "flexibility"),
])
def test_a_work_trait_as_what_the_job_is_about_is_bare(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "trait")


def test_a_work_trait_as_what_serving_is_about_still_earns(sv_cs: Pack) -> None:
    assert "flexibility" in earned(sv_cs, "För mej handlar det om att vara flexibel med kunderna.")


def test_telugu_a_bare_trait_needs_no_copula(te_cs: Pack) -> None:
    # "I (am) very flexible, sir": Telugu drops the copula
    assert_set_aside(te_cs, "నేను చాలా ఫ్లెక్సిబుల్ సార్.", "flexibility", "trait")
    # "I (am) very flexible with customers" names someone served
    assert "flexibility" in earned(te_cs, "నేను కస్టమర్లతో చాలా ఫ్లెక్సిబుల్.")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "And I need something reliable, my last job kept cutting my shifts.", "reliability"),
    ("en_cs", "I'm very reliable with deadlines.", "reliability"),
    ("sv_cs", "Jag behöver nåt flexibelt, jag pluggar på distans.", "flexibility"),
])
def test_a_work_trait_wished_for_or_said_of_deadlines_is_the_candidates_own(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "trait")


@pytest.mark.parametrize("text", [
    "I'm flexible about which tasks I do, I don't mind cleaning.",
    "I'm flexible with my duties.",
])
def test_flexible_about_ones_tasks_is_no_service(en_cs: Pack, text: str) -> None:
    assert not detect(en_cs, text)["flexibility"].earned
