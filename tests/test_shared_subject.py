"""Subjects away from the keyword's clause start: a clause that opens with its verb shares the
subject of the clause before it (English), and in Swedish the subject may follow a fronted verb.
What a thing or someone else does is not the candidate's."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_emphasis_deflection import assert_set_aside

from coach import Pack
from coach.packs import load_pack
from coach.scoring import detect

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service.yaml")


@pytest.mark.parametrize(("text", "cid", "rule", "phrase"), [
    ("I'd say the cinema had great service because of the app. It's really quick, gives you "
     "personal recommendations.", "product-knowledge", "thing", "It's"),
    ("Our booking app is brilliant, sends everyone a reminder, follows up after every visit.",
     "follow-up", "thing", "app"),
    ("My manager Jonas took him aside, listened, explained the whole policy in plain words.",
     "communication", "subject", "Jonas"),  # (the nearest word for him: his name)
    ("My broadband kept dropping, so the engineer came round, explained everything and fixed it.",
     "communication", "subject", "engineer"),
])
def test_a_clause_opening_with_its_verb_shares_the_subject_before_it(
        pack: Pack, text: str, cid: str, rule: str, phrase: str) -> None:
    result = detect(pack, text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == rule
    assert result.set_aside.phrase == phrase


def test_an_adverb_and_an_irregular_past_open_a_clause_that_shares_the_subject(pack: Pack) -> None:
    found = detect(pack, "Our vet squeezed the dog in, really went above and beyond.")
    assert not found["exceeding-expectations"].earned
    assert found["exceeding-expectations"].set_aside is not None
    assert detect(pack, "I squeezed the dog in, really went above and beyond.")[
        "exceeding-expectations"].earned


@pytest.mark.parametrize(("text", "cid"), [
    ("I took him aside, listened, explained the whole policy in plain words.", "communication"),
    ("I set up the booking app, sent everyone a reminder and followed up after every visit.",
     "follow-up"),
    # anyone at all is the service described, not someone else's deed
    ("Good service is simple. Someone listened, explained things clearly, told them the truth.",
     "communication"),
    # the subject opens the clause before: someone in its subordinate part is not it
    ("A colleague gave her the wrong date and she came in upset. I called the warehouse while "
     "she waited, found a van going out the next morning and explained the new plan clearly.",
     "communication"),
    # the clause has a subject of its own
    ("The app crashed, customers were waiting, I explained the delay to each of them.",
     "communication"),
    # a noun beside the object, with its relative clause, is passed over
    ("I kept digging until I found the cause, an old subscription that took money from a dead "
     "card, and explained it to her clearly.", "communication"),
])
def test_the_candidates_own_run_of_verbs_still_earns(pack: Pack, text: str, cid: str) -> None:
    assert detect(pack, text)[cid].earned


@pytest.fixture(scope="module")
def sv_pack() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service-sv.yaml")


def test_swedish_subject_after_a_fronted_verb_is_someone_else(sv_pack: Pack) -> None:
    # Verb second: after "dagen efter" the verb comes first and its subject after it.
    text = ("Jag klagade på Systembolaget en gång. Tjejen i butiken bad om ursäkt, och dagen "
            "efter ringde hon och kollade att jag fått allt.")
    result = detect(sv_pack, text)["follow-up"]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "subject"
    assert result.set_aside.phrase == "hon"


@pytest.mark.parametrize("text", [
    "Dagen efter ringde jag och kollade att allt fungerade.",
    "Jag ringde dagen efter och hon var jättenöjd.",
])
def test_swedish_candidate_still_follows_up(sv_pack: Pack, text: str) -> None:
    assert detect(sv_pack, text)["follow-up"].earned


def test_swedish_coordinated_verbs_share_a_colleagues_subject(sv_pack: Pack) -> None:
    text = "Min chef Jonas tog honom åt sidan, lyssnade, bjöd på en månad gratis."
    result = detect(sv_pack, text)["communication"]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "subject"
    assert result.set_aside.phrase == "Jonas"  # (the nearest word for him: his name)


@pytest.mark.parametrize(("text", "cid"), [
    # verb second: the subject after the verb is the candidate's
    ("Sen ringde jag kunden, förklarade läget och bokade om tiden.", "communication"),
    # the candidate in the clause before, after a subordinate clause about the customer
    ("Medan han stod kvar öppnade jag betalsystemet, hittade felet och lade in en "
     "återbetalning.", "problem-resolution"),
    # a subordinate clause between is passed over
    ("Jag ringde henne på torsdag, innan hon hunnit planera nåt, och sa som det var.",
     "realistic-expectations"),
    # a noun beside the object, with its relative clause, is passed over too
    ("Jag grävde tills jag hittade orsaken, ett gammalt abonnemang som drog pengar från ett "
     "ogiltigt kortnummer, och fixade det.", "problem-resolution"),
])
def test_swedish_the_candidates_coordinated_verbs_still_earn(sv_pack: Pack, text: str,
                                                            cid: str) -> None:
    assert detect(sv_pack, text)[cid].earned


@pytest.mark.parametrize(("text", "cid", "phrase"), [
    ("And at my last job my boss went above and beyond for every customer.",
     "exceeding-expectations", "boss"),
    ("My broadband kept dropping. In the end a guy called Rob took ownership of it.",
     "problem-resolution", "guy"),
])
def test_a_phrase_fronted_before_someone_elses_subject(pack: Pack, text: str, cid: str,
                                                       phrase: str) -> None:
    result = detect(pack, text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.phrase == phrase


def test_a_fronted_phrase_before_the_candidate_still_earns(pack: Pack) -> None:
    assert detect(pack, "At my last job I went above and beyond for every customer.")[
        "exceeding-expectations"].earned
    # an object after a verb is no subject, fronted phrase or not
    assert detect(pack, "At the shop I asked my manager and took ownership of the refund.")[
        "problem-resolution"].earned


def test_she_for_a_colleague_past_them_for_the_people_served(pack: Pack) -> None:
    # "them" (the callers) between the colleague and "she" is no other woman
    text = ("I put the angry ones through to my team leader. She's brilliant with them, she "
            "listened, apologised and sorted it every single time.")
    assert_set_aside(pack, text, "reliability", "subject")


def test_each_verb_of_a_run_has_the_subjects_reach(pack: Pack) -> None:
    text = ("My manager, Dee, stayed late to true it, then she rode it round the car park to "
            "test it and rang him the next morning to check it was holding up.")
    assert_set_aside(pack, text, "follow-up", "subject")
    # the candidate's own run of verbs still earns
    mine = ("I stayed late to true it, then I rode it round the car park to test it and rang "
            "him the next morning to check it was holding up.")
    assert detect(pack, mine)["follow-up"].earned


def test_a_pronoun_subject_shared_by_a_run_of_verbs_is_not_the_candidate(pack: Pack) -> None:
    """Who "he" is need not be known: a run of verbs after "he" is his doing, not the candidate's."""
    text = ("A member complained about being charged twice, and he listened, apologised, "
            "refunded her and threw in a free guest pass.")
    assert_set_aside(pack, text, "problem-resolution", "subject")
    # the candidate's own run earns, and so does a clause where "he" only waits
    assert detect(pack, "A member complained about being charged twice, and I listened, "
                        "apologised, refunded her and threw in a free guest pass."
                  )["problem-resolution"].earned
    assert detect(pack, "I checked while he was on the phone, confirmed the duplicate, and "
                        "refunded it that day.")["problem-resolution"].earned
