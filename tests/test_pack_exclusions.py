"""The packs' exclusions: Telugu "as soon as I knew, I told them" (తెలిసిన వెంటనే) is news told
early, a Realistic-expectations matter, and "one minute" said to keep someone waiting
('ఒక్క నిమిషం' అని) is no speed; English "twenty minutes away" or "spent twenty minutes" is a
distance or time spent, and "if it's something small" a small matter, not a small extra; a
screen's resolution is no problem solved. What they do not name still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    # "As soon as I knew the parcel would be late, I called the customer and told them."
    "పార్సెల్ లేట్ అవుతుందని తెలిసిన వెంటనే కస్టమర్‌కి కాల్ చేసి చెప్పాను.",
    # "I say 'one minute' and call the manager."
    "'ఒక్క నిమిషం' అని చెప్పి మేనేజర్‌ని పిలుస్తాను.",
])
def test_telugu_news_told_at_once_or_a_held_minute_is_no_timeliness(te_cs: Pack, text: str) -> None:
    assert_set_aside(te_cs, text, "timeliness", "exclusion")


def test_telugu_help_given_at_once_still_earns(te_cs: Pack) -> None:
    # "I solved the customer's problem right away."
    assert "timeliness" in earned(te_cs, "కస్టమర్ సమస్యను నేను వెంటనే పరిష్కరించాను.")


@pytest.mark.parametrize("text", [
    "I texted her on the Saturday when I was twenty minutes away.",
    "Every Monday I spend twenty minutes on the internal updates.",
])
def test_english_a_distance_or_time_spent_is_no_timeliness(en_cs: Pack, text: str) -> None:
    # the English pack's exclusions: a wait cut short earns, a distance or time spent does not
    assert_set_aside(en_cs, text, "timeliness", "exclusion")
    assert "timeliness" in earned(en_cs, "I had it fixed in twenty minutes while she waited.")


def test_english_a_small_matter_is_no_small_extra(en_cs: Pack) -> None:
    text = "If it's something small, like the oat milk's run out, I just say sorry, we haven't got it."
    assert_set_aside(en_cs, text, "exceeding-expectations", "exclusion")
    assert "exceeding-expectations" in earned(en_cs, "I always try to add something small, a free polish or new laces.")


def test_swedish_bad_news_told_at_once_is_no_timeliness(sv_cs: Pack) -> None:
    # the Swedish pack's exclusions, as the English pack's "tell straight away"
    text = "Då säger jag det rakt ut på en gång, i stället för att linda in det."
    assert_set_aside(sv_cs, text, "timeliness", "exclusion")
    assert "timeliness" in earned(sv_cs, "Jag ringde henne på en gång och löste det.")


def test_english_honest_advice_on_a_product_is_no_honest_news(en_cs: Pack) -> None:
    text = "I play with the demo unit myself, so I can tell people honestly which camera is better at night."
    assert_set_aside(en_cs, text, "realistic-expectations", "exclusion")
    assert "realistic-expectations" in earned(en_cs, "I tell them honestly how long the repair will take.")


def test_english_what_can_be_asked_of_the_candidate_is_no_surprise(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I can't be expected to know every council tax rule.",
                     "exceeding-expectations", "exclusion")
    assert "exceeding-expectations" in earned(en_cs, "She wasn't expecting the free delivery at all.")


@pytest.mark.parametrize("text", [
    "One of our regulars sent her steak back twice because it was overcooked.",
    "We had a regular at the pub who complained that his roast was cold.",
])
def test_a_regular_as_the_person_a_story_is_about_is_no_personal_service(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "personalization", "exclusion")


@pytest.mark.parametrize("text", [
    "I know all our regulars and what they usually have.",
    "At the gym desk I make it my business to learn names.",
    "I never forget a regular.",
])
def test_knowing_the_regulars_still_earns(en_cs: Pack, text: str) -> None:
    assert "personalization" in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "The resolution on our tablets was so bad you could barely read the prices.",
    "I just bought a new monitor with an amazing resolution, it's 4K.",
])
def test_english_a_screens_resolution_is_no_problem_resolution(en_cs: Pack, text: str) -> None:
    # the bare word left the pack: it earned no dev answer, and a screen's was the usual sense
    assert "problem-resolution" not in earned(en_cs, text)


def test_english_solving_the_problem_still_earns(en_cs: Pack) -> None:
    assert "problem-resolution" in earned(en_cs, "I resolved it the same day and rebooked her onto the morning flight.")
