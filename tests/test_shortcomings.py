"""A shortcoming owned right after a keyword that opens its clause ("Follow-up is a weak spot of
mine", "Being reliable is something I'm working on", "Flexibility is all very well, but…",
"Empati är något jag jobbar på") denies it; denied in turn ("Follow-up isn't a weak spot of
mine") it affirms, and a shortcoming of something else later in the sentence leaves it."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "Being reliable is something I need to work on."),
    ("en_cs", "respect", "Patience is something I'm still working on."),
    ("en_cs", "communication", "Communication is an area I'm trying to improve."),
    ("en_cs", "follow-up", "Follow-up is a weak spot of mine."),
    ("en_cs", "follow-up", "My follow-up could be better, if I'm honest."),
    ("en_cs", "product-knowledge", "Product knowledge comes with time, I'm still learning."),
    ("en_cs", "flexibility", "Flexibility is all very well, but rules are rules."),
    ("en_cs", "empathy", "Empathy is nice, but at the end of the day they have to pay."),
    ("en_cs", "exceeding-expectations",
     "Going above and beyond sounds great but realistically there's no time."),
    ("sv_cs", "empathy", "Empati är något jag jobbar på."),
    ("sv_cs", "follow-up", "Uppföljning är min svaga sida."),
    ("en_cs", "empathy", "Understanding how other people feel is a little bit difficult for me."),
    ("en_cs", "follow-up", "Follow-up is not my strong point."),
    ("sv_cs", "empathy", "Empati är lite svårt för mig."),
])
def test_a_shortcoming_after_the_keyword_denies_it(request: pytest.FixtureRequest,
                                                     pack_name: str, criterion: str,
                                                     text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "Follow-up isn't a weak spot of mine, I ring everyone back."),
    ("en_cs", "Follow-up is not something I need to work on."),
    ("en_cs", "Follow-up was never hard for me, I ring everyone back."),
    ("en_cs", "I follow up with every customer, though my handwriting could be better."),
    ("en_cs", "My follow-up couldn't be better, I ring every customer two days later."),
    ("sv_cs", "Uppföljning är inte min svaga sida."),
])
def test_a_shortcoming_denied_or_of_something_else_still_earns(
        request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


def test_the_denial_names_the_shortcoming(en_cs: Pack) -> None:
    found = detect(en_cs, "Follow-up is a weak spot of mine.")["follow-up"]
    assert found.negation is not None and "weak" in str(found.negation)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "My biggest weakness is probably patience, I get frustrated."),
    ("follow-up", "If I'm honest, my weakness is follow-up."),
    ("product-knowledge", "One thing I'd like to improve is my product knowledge."),
    ("communication", "I need to get better at explaining things simply."),
    ("problem-resolution", "I'd love to get better at handling complaints."),
    ("product-knowledge", "I hope to learn more about the products in this role."),
    ("follow-up", "Following up is easier said than done when you have fifty tickets."),
    ("follow-up", "In an ideal job I'd have time to follow up with everyone."),
    ("exceeding-expectations", "I want to be the kind of person who goes above and beyond."),
])
def test_a_weakness_or_a_wish_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    """What a candidate names as a weakness, means to improve or hopes to become is not yet
    theirs (Language.failings, shortcomings, denials)."""
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "My strength is patience, I never rush anyone."),
    ("follow-up", "What I'm proud of is my follow-up, I ring every customer back."),
    ("product-knowledge", "I worked on my product knowledge by reading every manual."),
    ("exceeding-expectations", "I'm the kind of person who goes above and beyond."),
    ("follow-up", "I hope to see her again soon, and I always follow up the next day."),
])
def test_a_strength_or_a_practice_still_earns(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("empathy", "Min största svaghet är nog empati."),
    ("follow-up", "Jag behöver bli bättre på att följa upp."),
])
def test_swedish_a_weakness_or_a_skill_to_gain_earns_nothing(sv_cs: Pack, criterion: str,
                                                            text: str) -> None:
    assert criterion not in earned(sv_cs, text)


def test_swedish_being_better_than_others_still_earns(sv_cs: Pack) -> None:
    assert "follow-up" in earned(sv_cs, "Jag är bättre på att följa upp än mina kollegor.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("exceeding-expectations", "I'll go the extra mile if I'm paid for it."),
    ("follow-up", "I'll follow up only if my supervisor asks me to."),
    ("follow-up", "I follow up only when I have time."),
    ("respect", "I'm polite when I have to be, like when the area manager is in."),
    ("approachability", "I'm friendly when I feel like it."),
    ("reliability", "I'm reliable when I'm interested in something, if the work's boring I drift."),
    ("exceeding-expectations", "I'd go the extra mile if they paid me more."),
])
def test_a_habit_kept_only_on_a_condition_earns_nothing(en_cs: Pack, criterion: str,
                                                        text: str) -> None:
    assert criterion not in earned(en_cs, text)


def test_an_offer_on_a_condition_of_the_day_still_earns(hotel: Pack) -> None:
    assert "options" in earned(hotel, "I'd offer a room upgrade only if occupancy allows.")


@pytest.mark.parametrize("text", [
    "I get frustrated quickly when the queue builds up.",
    "She got upset quickly, so I slowed down.",
])
def test_how_fast_someone_becomes_upset_is_no_timeliness(en_cs: Pack, text: str) -> None:
    found = detect(en_cs, text)["timeliness"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "sense"


def test_a_quick_deed_after_a_feeling_still_earns(en_cs: Pack) -> None:
    assert "timeliness" in earned(en_cs, "I calmed her down quickly and sorted the refund.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication",
     "Communication between departments was very bad in my last company, nobody told anybody anything."),
    ("en_cs", "communication", "Communication between the managers was terrible, they never told us."),
    ("en_cs", "follow-up", "Follow-up was a disaster there."),
    ("en_cs", "communication", "My communication skills are something I'm working on."),
    ("sv_cs", "communication",
     "Kommunikationen mellan ledningen och oss på golvet var katastrofal på förra jobbet."),
])
def test_a_keyword_judged_bad_or_owned_past_words_that_describe_it(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("criterion", "text"), [
    ("empathy", "I felt bad for him because he'd waited an hour."),
    ("communication", "My communication is clear, I always explain the next steps."),
    ("follow-up", "I follow up with every customer, though the old system was terrible."),
])
def test_a_verdict_needs_the_keyword_as_its_subject(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "communication",
     "Kommunikationen mellan ledningen och oss på golvet var jättedålig, vi fick aldrig veta något."),
    ("en_cs", "communication",
     "The communication between the managers and the shop floor was terrible at my last job."),
    ("sv_cs", "flexibility", "Jag kan vara flexibel om jag får övertidsersättning, annars går jag hem."),
    ("sv_cs", "follow-up", "Jag vill bli någon som alltid följer upp."),
    ("sv_cs", "flexibility", "Jag vill gärna ha ett mer flexibelt jobb i framtiden."),
    ("en_cs", "flexibility", "I'd like a more flexible job in the future, working from home some days."),
])
def test_more_judged_bad_paid_for_or_wished_for_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                              criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_a_flexible_manner_liked_with_customers_still_earns(en_cs: Pack) -> None:
    assert "flexibility" in earned(en_cs, "I like a flexible approach with customers.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "If they paid us more, I'd go the extra mile."),
    ("en_cs", "exceeding-expectations",
     "If I was paid overtime I'd go the extra mile, sure, but otherwise I'm out the door when my shift ends."),
    ("sv_cs", "exceeding-expectations", "Om jag får betalt kan jag absolut stanna kvar och göra lite extra."),
])
def test_a_condition_of_the_candidates_own_said_first(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("criterion", "text"), [
    ("problem-resolution", "If they paid by card, I'd refund it to the card the same day."),
    ("empathy", "If a customer is upset, I put myself in their shoes."),
])
def test_a_condition_said_first_that_is_the_customers_still_earns(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # money in it, with no one named in the condition
    ("en_cs", "exceeding-expectations", "If there's a bonus in it, I'll happily go the extra mile."),
    ("en_cs", "passion", "I'm really enthusiastic when there's a commission on it."),
    # a condition said after the match, past the words of its clause
    ("en_cs", "exceeding-expectations", "I go the extra mile for customers if I'm paid for it."),
    ("en_cs", "follow-up", "I follow up with the customer, only if my manager asks."),
    ("sv_cs", "exceeding-expectations", "Jag gör gärna lite extra för kunderna om det finns provision."),
])
def test_a_habit_kept_only_for_money_or_on_a_condition_after_it(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("criterion", "text"), [
    ("exceeding-expectations", "If there's a problem, I always go the extra mile."),
    # the condition belongs to another clause, or is negated
    ("follow-up", "I always follow up, and I'd go the extra mile if I was paid."),
    ("exceeding-expectations", "I go the extra mile for customers, not only if I'm paid for it."),
])
def test_a_condition_of_another_clause_or_denied_leaves_the_claim(en_cs: Pack, criterion: str,
                                                                  text: str) -> None:
    assert criterion in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("reliability", "I want to be someone the team can always count on, that's my goal."),
    ("personalization", "I think it'd be nice to get to know the regulars once I've settled in."),
])
def test_an_aspiration_or_a_nicety_hoped_for_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("reliability", "I'm someone the team can always count on."),
    ("personalization", "It's nice to get to know the regulars, I know most of their orders."),
])
def test_the_same_said_as_so_still_earns(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)
