"""A frame right before a keyword that says the candidate fails at it or gave it up ("I'm
terrible at following up", "I stopped apologising", "jag är dålig på att följa upp") denies it;
denied in turn ("I'm not bad at following up", "I never gave up on following up") it affirms.
A privative word in another predicate before "and" ("I am shy and I struggle with empathy") no
longer turns a negation into emphasis."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I'm terrible at following up with customers."),
    ("en_cs", "follow-up", "Honestly I suck at following up."),
    ("en_cs", "follow-up", "I stopped following up with customers after a while."),
    ("en_cs", "follow-up", "I gave up on following up with customers."),
    ("en_cs", "respect", "I'm bad at staying patient."),
    ("en_cs", "empathy", "I'm hopeless at empathy."),
    ("en_cs", "follow-up", "I tend to steer clear of following up with customers."),
    ("en_cs", "follow-up", "I'm reluctant to follow up with customers."),
    ("en_cs", "empathy", "I am shy and I struggle with empathy."),
    ("sv_cs", "follow-up", "Jag är dålig på att följa upp med kunderna."),
    ("sv_cs", "follow-up", "Jag slutade följa upp med kunderna efter ett tag."),
])
def test_a_failing_denies(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                          text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I'm not bad at following up with customers."),
    ("en_cs", "I never gave up on following up with customers."),
    ("en_cs", "I'm never reluctant to follow up."),
    ("en_cs", "I stopped by her desk to follow up the next day."),
    ("en_cs", "I quit smoking and followed up with the customer."),
    ("en_cs", "I had no complaints since I always follow up with customers."),
    ("sv_cs", "Jag är inte dålig på att följa upp."),
    ("sv_cs", "Jag har aldrig slutat följa upp med kunderna."),
])
def test_a_failing_denied_or_elsewhere_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                   text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "Instead of following up, I just closed the ticket."),
    ("en_cs", "I prefer to close the case rather than follow up."),
    ("sv_cs", "I stället för att följa upp stängde jag ärendet."),
])
def test_the_thing_not_done_instead_is_denied(request: pytest.FixtureRequest, pack_name: str,
                                              text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "Instead of just refunding her, I followed up the next day."),
    ("en_cs", "It goes without saying that I follow up."),
    ("sv_cs", "Jag följde upp i stället för att bara stänga ärendet."),
])
def test_the_thing_done_instead_earns(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


def test_a_complement_clause_after_the_match_does_not_negate_it(sv_cs: Pack) -> None:
    text = ("Då ringde jag kunden så fort jag visste det, istället för att låta dem komma och "
            "upptäcka att bilen inte var klar.")
    found = detect(sv_cs, text)["communication"]
    assert found.earned and not found.negated


def test_telugu_the_alternative_turned_down_is_denied(te_cs: Pack) -> None:
    # "Instead of following up, I closed the ticket."
    found = detect(te_cs, "ఫాలో అప్ చేయడానికి బదులు నేను టికెట్ క్లోజ్ చేశాను.")["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'm terrible at showing empathy."),
    ("en_cs", "problem-resolution", "I stopped giving refunds."),
    ("en_cs", "respect", "My biggest weakness is showing patience."),
    ("sv_cs", "empathy", "Jag skulle vilja bli bättre på att visa empati."),
])
def test_a_failing_reaches_past_the_verb_whose_object_the_keyword_is(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'm not bad at showing empathy."),
    ("sv_cs", "realistic-expectations", "I stället för att gissa sa jag det rakt ut."),
])
def test_a_failing_denied_or_before_a_new_clause_leaves_the_keyword(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "I stopped to listen to the customer properly.",
    "I always stop to listen to what the customer needs.",
    "I never stop listening to the customer.",
])
def test_stopping_to_do_it_or_never_stopping_still_earns(en_cs: Pack, text: str) -> None:
    assert "communication" in earned(en_cs, text)
