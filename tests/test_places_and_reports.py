"""Round 35: a thing with its place as the subject ("The printer at the library is so speedy",
"Kaffemaskinen i personalrummet är flexibel"); the candidate's own surprise or feeling as a
customer ("…, which I honestly wasn't expecting", "I felt so heard"); the candidate's "I" said
as "she" ("sa att hon förstod"); "he" or "she" carrying a relative's deed into the next sentence
("My cousin runs a café. He always…"); what a thing says ("One review said…", a Telugu
quotation of several clauses closed by అని and someone's verb of saying) and business figures
("Repeat business went up eleven percent"); an owner's thing ("the dentist's booking system
sends…"); a struggle owned ("I found it hard to compromise"); advice from someone in the candidate's
life ("My driving instructor always told me to have a backup plan"); childhood ("Som barn var
jag väldigt blyg…"); events, trains and offices described ("the festival exceeded
expectations", "ట్రైన్ చాలా వేగంగా వచ్చింది"); the candidate as the lesser side of a comparison
("Priya is far more reliable than me"); "honestly" before a verb of thinking or feeling ("I
honestly felt so relieved"). The candidate's own deed beside
them still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


def _rule_aside(request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> str | None:
    """The rule that set the criterion's keyword aside in the text, which must not earn it."""
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    return found.set_aside.rule if found.set_aside is not None else None


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "The photocopier at the community centre is so speedy these days."),
    ("en_cs", "respect", "The lift in our block has a very courteous recorded voice."),
    ("en_cs", "flexibility", "The new app is so flexible about delivery slots."),
    ("sv_cs", "flexibility", "Kaffemaskinen i fikarummet är väldigt flexibel."),
])
def test_a_thing_with_its_place_is_the_subject(request: pytest.FixtureRequest, pack_name: str,
                                              criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "thing"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "So I got her car in the same afternoon and fixed the brakes."),
    ("en_cs", "timeliness", "The printer jammed, so I got the customer's forms in the post "
                            "within the hour."),
    ("en_cs", "flexibility", "When the card machine in the shop broke I was flexible and took "
                             "cash or a bank transfer."),
])
def test_the_candidate_beside_a_thing_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                 criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "The garage washed my car for nothing, which I honestly "
                                        "wasn't expecting."),
    ("en_cs", "exceeding-expectations", "My parcel came a day early and I really didn't expect that."),
    ("hotel", "empathy", "After the flight the airline rep listened to my whole story and I felt "
                         "so heard."),
    ("te_cs", "exceeding-expectations", "షాప్ వాళ్ళు నా ఫోన్ రిపేర్ చేసి ఇంటికి పంపారు, నేను "
                                        "అసలు ఎక్స్‌పెక్ట్ చేయలేదు."),
])
def test_the_candidates_own_surprise_or_feeling_is_service_received(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "apology", "The receptionist at the hotel we stayed in said she was sincerely sorry "
                         "about the noise."),
    ("hotel", "extra-mile", "On our honeymoon the lodge left a bottle of wine in the room."),
    ("en_cs", "timeliness", "When I rang my bank about a lost card they sorted it within the hour."),
    ("sv_cs", "respect", "När vi åt på en pizzeria i Lund, då var servitören väldigt artig."),
])
def test_a_stay_or_a_meal_as_a_customer_frames_service_received(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "empathy", "Jag var på vårdcentralen och barnmorskan sa att hon förstod hur rädd jag var."),
    ("en_cs", "reliability", "Sam is the most loyal friend anyone could ask for, he never lets the "
                             "others down."),
    # (a predicate noun names no one new: "a very cheerful guy" is the landlord)
    ("en_cs", "approachability", "My neighbour Tariq is a very cheerful guy. He greets the whole "
                                 "street with a big smile."),
])
def test_someone_elses_deed_by_pronoun_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "I gave her a free coffee while she waited, which she "
                                        "wasn't expecting."),
    ("hotel", "empathy", "I made sure the guest felt heard."),
    ("en_cs", "empathy", "I felt for her, so I put myself in her shoes and took my time."),
    ("sv_cs", "empathy", "Jag sa att jag förstod hur orolig hon var."),
    ("en_cs", "follow-up", "My uncle runs a garage and taught me a lot. At the shop I always "
                           "follow up with customers a week later."),
    # (a passive is done to the person: the candidate's deed)
    ("en_cs", "timeliness", "A man came in with his old dog, and the vet was busy. He was seen "
                            "within fifteen minutes because I squeezed him in."),
])
def test_the_candidates_own_deed_beside_them_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                        criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_what_a_thing_says_is_the_things(hotel: Pack) -> None:
    found = detect(hotel, "One review said our booking page explains the fees clearly.")["clear-explanation"]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "thing"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("te_cs", "respect", 'మా కాలేజీ ప్రిన్సిపల్ గారు "అందరినీ సమానంగా చూడాలి, ఎవరినీ తక్కువ చేయకూడదు" '
                         'అని చెప్పేవారు.'),
    ("te_cs", "reliability", 'ఆ షాప్ గురించి "ప్రతిసారీ అదే క్వాలిటీ" అని చాలా మంది రాశారు.'),
])
def test_what_someone_else_says_is_hearsay(request: pytest.FixtureRequest, pack_name: str,
                                                     criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "hearsay"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "Repeat business rose nine percent after the refit."),
    ("hotel", "policy-knowledge", "Occupancy reached 88 percent over Easter."),
    ("te_cs", "problem-resolution", "ఆ సమస్యను పరిష్కరించాక కంపెనీ అమ్మకాలు పది శాతం పెరిగాయి."),
])
def test_business_figures_earn_nothing(request: pytest.FixtureRequest, pack_name: str,
                                       criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "thing"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "We cut complaints by 40 percent because I followed up every call."),
    ("hotel", "clear-explanation", "One review said I explained the fees clearly, and I always do: I "
                                   "explain every charge clearly at check-in."),
    ("te_cs", "respect", 'నేను కస్టమర్లతో ఎప్పుడూ "అందరినీ సమానంగా చూస్తాను" అని చెప్పాను, నిజంగా '
                         'అందరినీ సమానంగా చూస్తాను.'),
])
def test_the_candidates_own_deed_beside_reports_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                           criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "The vet's booking system sends a follow-up email after every visit."),
    ("hotel", "options", "Our hotel's new booking app lets you pick between four room options."),
    ("hotel", "honesty", "The spa's price page is very transparent about extras."),
    ("en_cs", "exceeding-expectations", "The new coffee machine in the staff room gives out a "
                                        "complimentary biscuit with every cup."),
])
def test_an_owners_thing_is_the_subject(request: pytest.FixtureRequest, pack_name: str,
                                       criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "thing"


def test_a_struggle_owned_is_no_claim(en_cs: Pack) -> None:
    found = detect(en_cs, "As a teenager I found it hard to compromise with my brothers.")["flexibility"]
    assert not found.earned and found.negated
    assert "flexibility" in earned(en_cs, "I never found it hard to compromise with customers.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "My swimming instructor always told me to have a backup plan."),
    ("hotel", "honesty", "My old headmaster used to tell us that being upfront pays."),
])
def test_advice_from_the_candidates_life_is_hearsay(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    # (the speaker as the clause's subject may say it first)
    assert _rule_aside(request, pack_name, criterion, text) in ("hearsay", "subject")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "composure", "My old teacher told me to be patient, and I am patient with every guest."),
    ("hotel", "honesty", "My grandad taught us that honesty costs nothing, and I always give guests "
                         "honest answers."),
])
def test_the_candidates_deed_after_advice_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "approachability", "Som barn hade jag svårt att ta ögonkontakt med främlingar."),
    ("en_cs", "flexibility", "As a kid I was really flexible, I could do the splits."),
    ("te_cs", "approachability", "చిన్నప్పుడు నేను అందరితో చాలా ఫ్రెండ్లీగా ఉండేవాడిని."),
])
def test_childhood_is_the_candidates_life(request: pytest.FixtureRequest, pack_name: str,
                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "The food festival in the square exceeded expectations this year."),
    ("te_cs", "timeliness", "నిన్న ట్రైన్ చాలా వేగంగా వచ్చింది."),
    ("te_cs", "approachability", "మా ఊరి పండుగ చాలా ఆప్యాయంగా జరిగింది."),
    ("sv_cs", "timeliness", "Inventeringen i butiken gick snabbare än planerat."),
])
def test_an_event_or_a_place_described_is_a_thing(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "thing"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("te_cs", "flexibility", "వాళ్ళ రైలు రద్దయింది, అందుకే ప్రత్యామ్నాయ ఫ్లైట్ వెతికి బుక్ చేశాను."),
    ("hotel", "follow-up", "He had a conference the next morning, so I rang him the next morning "
                           "to check his suit had arrived."),
    ("sv_cs", "approachability", "På kontoret är jag alltid trevlig mot besökarna."),
])
def test_the_candidates_deed_beside_an_event_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                         criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "Priya on the tills is far more reliable than me."),
    ("en_cs", "flexibility", "Honestly, the new starter is more flexible than I am."),
    ("te_cs", "reliability", "నిజంగా నాకంటే రమేష్ చాలా రిలయబుల్."),
])
def test_the_candidate_as_the_lesser_side_of_a_comparison(request: pytest.FixtureRequest, pack_name: str,
                                                         criterion: str, text: str) -> None:
    assert _rule_aside(request, pack_name, criterion, text) == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "I'm more reliable than I was at my first job, and customers can "
                             "always count on me."),
    ("en_cs", "flexibility", "My colleague is busier than me, so I'm flexible and cover her "
                             "customers when the queue builds."),
])
def test_the_candidate_beside_a_comparison_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                       criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "I honestly felt so relieved when the manager sorted it.",
    "I honestly think the old hotel was nicer.",
    "I honestly didn't know what to say to her.",
])
def test_honestly_before_a_verb_of_thinking_or_feeling_is_a_marker(hotel: Pack, text: str) -> None:
    assert _rule_aside_or_none(hotel, text, "honesty")


@pytest.mark.parametrize("text", [
    "I always honestly tell guests how long the wait will be.",
    "A guest asked for a refund today and I told her honestly no, it takes five days.",
])
def test_honestly_in_a_claim_still_earns(hotel: Pack, text: str) -> None:
    assert "honesty" in earned(hotel, text)


def _rule_aside_or_none(pack: Pack, text: str, criterion: str) -> bool:
    """The criterion is not earned: its keyword inside a marker is set aside, or not matched."""
    found = detect(pack, text)[criterion]
    return not found.earned and not found.negated and (
        found.set_aside is None or found.set_aside.rule == "idiom")


def test_a_knowledge_rubric_keeps_its_figures() -> None:
    # On a rubric whose model answers do not speak as the candidate, a figure is the answer
    # (bench/draft_saf.py measured it): "percent" sets nothing aside there.
    from coach.packs import load_pack_text
    pack = load_pack_text("""
pack: links
title: Links
language: en
criteria:
  load:
    label: Utilisation
    keywords: [link utilisation]
questions:
  - id: q
    prompt: When is a link congested?
    criteria: [load]
    model_answer: When link utilisation stays near 100 percent, queues grow.
""")
    assert detect(pack, "Link utilisation near 100 percent means the queues grow.")["load"].earned
