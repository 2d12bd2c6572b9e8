"""A trait the candidate claims of themselves and backs with their own life is no service
(coach.scoring.senses.trait_from_life): the claim may list other traits ("I'm a friendly,
smiley person"), name its owner after the keyword ("Going above and beyond is my whole
personality"), and draw on the sentence after it as well as the one before."""

from __future__ import annotations

from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


def test_a_list_of_traits_backed_by_friends(en_cs: Pack) -> None:
    text = "I always dress smart and I'm a friendly, smiley person generally, my friends say I light up a room."
    assert_set_aside(en_cs, text, "approachability", "sense")
    assert "approachability" in earned(en_cs, "I'm a friendly, smiley person, and I always greet customers by name.")


def test_a_trait_as_my_whole_personality_backed_by_the_next_sentence(en_cs: Pack) -> None:
    text = ("Going above and beyond is sort of my whole personality. I ran a half-marathon last year "
            "with barely any training.")
    assert_set_aside(en_cs, text, "exceeding-expectations", "sense")
    story = ("Going above and beyond is my whole approach. Last week a customer needed a part, so I "
             "drove it over myself.")
    assert "exceeding-expectations" in earned(en_cs, story)


def test_swedish_a_trait_as_my_thing_backed_by_the_gym(sv_cs: Pack) -> None:
    text = "Att gå den extra milen är liksom min grej. På gymmet kör jag alltid en extra serie."
    assert_set_aside(sv_cs, text, "exceeding-expectations", "sense")


def test_a_trait_claimed_as_something_had_backed_by_films(en_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(en_cs, "I've got loads of empathy, I cry at every film.", "empathy", "sense")
    assert "empathy" in earned(en_cs, "I've got loads of empathy for customers who are stressed.")
    assert_set_aside(sv_cs, "Jag har massor av empati, jag gråter åt varenda film.", "empathy", "sense")
    assert "empathy" in earned(sv_cs, "Jag har massor av empati för kunder som är stressade.")
    # "privat" frames the candidate's private life
    assert_set_aside(sv_cs, "Privat har jag massor av empati, men på jobbet håller jag det sakligt.",
                     "empathy", "sense")


def test_the_person_served_described_is_no_self_description(hotel: Pack) -> None:
    # "I could see how tired THEY were": the guest is described, not the candidate, so "our
    # sister hotel" after it is no one from the candidate's life
    text = ("I could see how tired they were, so I kept it short: our sister hotel ten minutes "
            "away had a room.")
    assert "empathy" in earned(hotel, text)


def test_the_person_served_pursuit_beside_a_trait_is_theirs(hotel: Pack) -> None:
    # "they've been travelling since dawn" is the guests' journey, not the candidate's life
    text = ("I'd tell them I get it, they've probably been travelling since dawn and just want "
            "to lie down. Then I'm upfront: housekeeping are saying about one o'clock.")
    assert "honesty" in earned(hotel, text)


def test_a_trait_said_with_too_is_still_a_self_description(hotel: Pack) -> None:
    assert_set_aside(hotel, "I'm a good listener too, my friends always come to me with their "
                     "problems.", "clear-explanation", "sense")


def test_a_trait_backed_by_meditation(en_cs: Pack, sv_cs: Pack, hotel: Pack) -> None:
    assert_set_aside(en_cs, "I've got loads of empathy, I meditate every morning.", "empathy", "sense")
    assert_set_aside(sv_cs, "Jag har massor av empati, jag mediterar varje morgon.", "empathy", "sense")
    assert_set_aside(hotel, "I'm a very patient and calm person, I meditate every morning.",
                     "composure", "sense")


def test_a_trait_linked_by_the_matchs_own_verb_backed_by_life(hotel: Pack) -> None:
    # "stay" links the candidate to "calm" as "be" does
    assert_set_aside(hotel, "I stay calm, I've done three marathons.", "composure", "sense")
    assert "composure" in earned(hotel, "I stay calm when a guest shouts, I do meditation every morning.")
    assert "composure" in earned(hotel, "I always stay calm.")
