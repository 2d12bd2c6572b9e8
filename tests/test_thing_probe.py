"""Keywords said of a thing, probed from a general list of the machines and systems at a
counter rather than the labelled answers: "the app is very reliable" is the app's; the
candidate's own work at the till still earns."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect

THINGS = ["app", "till", "ticket machine", "chatbot", "scanner", "booking system", "coffee machine"]


@pytest.mark.parametrize("thing", THINGS)
@pytest.mark.parametrize("frame, cid", [
    ("The {x} is very reliable.", "reliability"),
    ("The {x} is really flexible.", "flexibility"),
    ("Our {x} is consistent.", "reliability"),
    ("The {x} explains the steps clearly.", "communication"),
    ("The {x} is pretty friendly to use.", "approachability"),
])
def test_a_keyword_said_of_a_thing_earns_nothing(en_cs: Pack, thing: str, frame: str, cid: str) -> None:
    assert not detect(en_cs, frame.format(x=thing))[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("When the queue builds up I open another till straight away.", "timeliness"),
    ("I'm always friendly on the till, even when it's busy.", "approachability"),
    ("I'm very reliable: customers know I'll ring back when I say I will.", "reliability"),
])
def test_the_candidates_own_work_at_the_till_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("The signage explains where everything is, so people rarely need to ask.", "communication"),
    ("There's a laminated sheet at the desk that explains the charges in plain English.",
     "communication"),
    ("The company's motto is exceeding expectations, it's on every wall.", "exceeding-expectations"),
])
def test_a_sign_a_sheet_or_a_motto_is_a_thing(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned
