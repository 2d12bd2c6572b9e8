"""The bundled packs credit the usual ways of saying a criterion (checking back afterwards, a
fix told as what the candidate did), and not the same contact words used for something else."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("pack_name, text", [
    ("en_cs", "The week after, I phoned him to make sure his repeat was set up properly."),
    ("en_cs", "I text them a week later to ask if it's still running cool."),
    ("en_cs", "For colour clients I send a quick message a few days later asking how it's settled."),
    ("en_cs", "The week after I messaged him to ask if it went down well."),
    ("sv_cs", "Två dagar senare skickade jag ett sms och frågade om beloppet hade kommit tillbaka."),
    ("sv_cs", "Morgonen efter frågade jag om hon sovit bättre."),
    ("te_cs", "మరుసటి రోజు నేనే ఫోన్ చేసి చీర సరిగ్గా అందిందా అని అడిగాను."),
])
def test_checking_back_afterwards_earns_follow_up(request: pytest.FixtureRequest, pack_name: str,
                                                  text: str) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    assert detect(pack, text)["follow-up"].earned


@pytest.mark.parametrize("text", [
    "I rang the warehouse to make sure it was in stock before I promised anything.",
    "The agent called me back a week later to make sure my claim had gone through.",
])
def test_contact_words_for_something_else_do_not(en_cs: Pack, text: str) -> None:
    assert not detect(en_cs, text)["follow-up"].earned


@pytest.mark.parametrize("text", [
    "I apologised, fixed them that same afternoon at no charge.",
    "I rang them and got it changed the same day.",
    "I just stayed polite, said sorry, and had the right one remade and out to him in ten minutes.",
])
def test_a_fix_told_as_what_the_candidate_did_earns_problem_resolution(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["problem-resolution"].earned


@pytest.mark.parametrize("text", [
    "I asked him to tell me exactly what had happened.",
    "I've got a routine I stick to however mad it gets: I greet them, read it back and tell them "
    "when it'll be ready. When it's heaving it's tempting to skip that, but that's when orders go wrong.",
])
def test_checking_and_updating_earn_communication(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["communication"].earned


def test_telling_someone_where_to_go_is_no_update(en_cs: Pack) -> None:
    assert not detect(en_cs, "Returns are upstairs, so I told her where to go.")["communication"].earned


@pytest.mark.parametrize("text, cid", [
    ("When a medicine's out of stock, I tell the patient the moment I know.", "realistic-expectations"),
    ("I told him I'd rather not guess with something that precious.", "realistic-expectations"),
    ("I went through every rail myself and found his suit inside half an hour.", "timeliness"),
    ("When it's busy I keep the line moving and say hello to everyone.", "timeliness"),
])
def test_more_paraphrases_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "I'd tell them I completely get why they're fed up.",
    "I also tell them I know it's annoying, because it is.",
    "I apologised and said I'd hate to feel hurried on a night like that.",
    "I know how stressful it is to wait for a prescription.",
])
def test_feelings_acknowledged_earn_empathy(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["empathy"].earned


@pytest.mark.parametrize("pack_name, text, cid", [
    ("sv_cs", "Jag gick igenom loggarna tills jag hittade felet och bokade en tekniker.", "problem-resolution"),
    ("sv_cs", "Jag berättade för henne vad vi gjort och vad hon skulle hålla koll på.", "communication"),
    ("te_cs", "రూట్ కాజ్ కనిపెట్టి అది సరి అయ్యేవరకు నేనే చూసుకుంటా.", "problem-resolution"),
])
def test_swedish_and_telugu_paraphrases_earn(request: pytest.FixtureRequest, pack_name: str,
                                             text: str, cid: str) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    assert detect(pack, text)[cid].earned


def test_taking_care_of_a_family_function_is_no_problem_resolution(te_cs: Pack) -> None:
    text = "మా ఇంట్లో ఏ ఫంక్షన్ జరిగినా భోజనాల దగ్గర అంతా నేనే చూసుకుంటాను."
    assert not detect(te_cs, text)["problem-resolution"].earned


@pytest.mark.parametrize("text", [
    "Then I say what I can do instead, like a cheaper ready-made pair as a backup.",
    "I arranged to lend them an ex-display sofa for the party at no cost.",
])
def test_another_way_earns_flexibility(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["flexibility"].earned


@pytest.mark.parametrize("text", [
    "ఏం ప్రాబ్లం వచ్చింది, మళ్ళీ వస్తే ఏం చెయ్యాలి అని సింపుల్ గా చెప్తాను.",
    "ఆర్డర్ ని రిపీట్ చేసి కన్ఫర్మ్ చేస్తాను.",
])
def test_telugu_saying_it_simply_earns_communication(te_cs: Pack, text: str) -> None:
    assert detect(te_cs, text)["communication"].earned


@pytest.mark.parametrize(("text", "cid"), [
    ("I'd rather under-promise and then do more than I said.", "realistic-expectations"),
    ("I overcommunicate with customers when there's a delay.", "communication"),
])
def test_compounds_written_either_way_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_a_split_prefix_is_not_a_compound(en_cs: Pack) -> None:
    # ("over-deliver" is left out of the pack: "I take over delivering the parcels")
    assert not detect(en_cs, "I take over delivering the parcels when the driver is off.")[
        "exceeding-expectations"].earned
