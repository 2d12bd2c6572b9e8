"""A duty is not a deed: what the candidate was meant or supposed to do ("We were meant to read
the bulletins every week", "I know I should put myself in their shoes more") earns nothing,
unless the sentence goes on to say they did it, with a verb that stands for the one said ("…,
and I always did", "…, och det gör jag")."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize(("text", "cid"), [
    ("We were meant to read the product update bulletins every week.", "product-knowledge"),
    ("I know I should put myself in their shoes more but it doesn't come naturally to me.", "empathy"),
    ("We were supposed to call them back the next day, but nobody had the time.", "follow-up"),
    ("I know you're meant to greet every customer at the door.", "approachability"),
])
def test_a_duty_earns_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "hearsay")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "We were supposed to call them back the next day, and I always did.", "follow-up"),
    ("en_cs", "In training they told us to always follow up, and I always do.", "follow-up"),
    ("en_cs", "I'm supposed to greet every customer at the door, and I always do.", "approachability"),
    ("sv_cs", "Vi fick höra på utbildningen att vi alltid ska ringa upp kunden efteråt, och det gör jag.",
     "follow-up"),
])
def test_a_duty_the_candidate_says_they_kept_earns(request: pytest.FixtureRequest, pack_name: str, text: str,
                                                   cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "We were supposed to call them back the next day, but I never did.",
    "We were supposed to call them back the next day, and nobody did.",
])
def test_a_duty_not_kept_still_earns_nothing(en_cs: Pack, text: str) -> None:
    assert "follow-up" not in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("My manager told me to ring the customer an hour later to see if it was fixed, and I did.", "follow-up"),
    ("I asked my manager if I could do a Saturday evening drop, which we never normally do, and he agreed.",
     "flexibility"),
    ("I rang her back the next day. I didn't have to, but I wanted to.", "follow-up"),
])
def test_a_deed_done_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    # a manager's or a handbook's rule, not the candidate's deed
    ("en_cs", "Our area manager wanted us to call customers back within a day, but it never happened.",
     "follow-up"),
    ("en_cs", "The supervisor made us smile at every customer who walked past the till.", "approachability"),
    ("en_cs", "Our old manager expected us to ring every customer back the next day, but nobody bothered.",
     "follow-up"),
    ("en_cs", "The old staff handbook said every caller had to hear that we understood their "
              "frustration.", "empathy"),
    ("sv_cs", "Chefen tjatade om att vi skulle ringa tillbaka till alla kunder, men ingen hann.",
     "follow-up"),
    ("sv_cs", "I pärmen stod det att man ska följa upp varje reklamation inom en vecka.", "follow-up"),
    ("te_cs", "మా షాప్‌లో ప్రతి కస్టమర్‌కి ఫాలో అప్ చేయాలని రూల్ ఉండేది.", "follow-up"),
])
def test_a_rule_someone_else_set_earns_nothing(request: pytest.FixtureRequest, pack_name: str, text: str,
                                               cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "hearsay")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Our manager wanted us to call customers back within a day, and I always did.", "follow-up"),
    ("sv_cs", "Chefen tjatade om att vi skulle ringa tillbaka till kunderna, och det gjorde jag alltid.",
     "follow-up"),
    # the rule is the reason for what the candidate did
    ("en_cs", "In the end the rule was bent on compassionate grounds.", "empathy"),
])
def test_a_rule_the_candidate_kept_earns(request: pytest.FixtureRequest, pack_name: str, text: str,
                                         cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)
