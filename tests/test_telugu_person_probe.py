"""Telugu: someone else's action when the verb does not say whose it is. A woman's verb
(-ింది, -ుంది, ఉంది) is also a thing's ("సమస్య పరిష్కారమైంది", "the problem got solved"), so
it names someone else only after a person named as the subject; a clause with no verb at all
has that person as its subject; a feeling after "నా" ("my") is the candidate's own. Probed
from general sentences, not the labelled answers; the candidate's own still earns."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect
from coach.scoring.words import one_typo

WOMEN = ["ఆ అమ్మాయి", "కస్టమర్ కేర్ అమ్మాయి", "ఆమె", "బ్యాంక్‌లో ఒకావిడ", "మా టీచర్"]


@pytest.mark.parametrize("subject", WOMEN)
@pytest.mark.parametrize("predicate, own, cid", [
    ("తర్వాత ఫోన్ చేసి ఎలా ఉందో కనుక్కుంది", "తర్వాత ఫోన్ చేసి ఎలా ఉందో కనుక్కున్నాను", "follow-up"),
    ("మళ్ళీ కాల్ చేసి అడిగింది", "మళ్ళీ కాల్ చేసి అడిగాను", "follow-up"),
    ("త్వరగా పని పూర్తి చేసింది", "త్వరగా పని పూర్తి చేశాను", "timeliness"),
    ("ఒక చిన్న బహుమతి ఉచితంగా ఇచ్చింది", "ఒక చిన్న బహుమతి ఉచితంగా ఇచ్చాను", "exceeding-expectations"),
    ("నిజాయితీగా అంతా చెప్పింది", "నిజాయితీగా అంతా చెప్పాను", "realistic-expectations"),
    ("చాలా ఫ్రెండ్లీగా ఉంది", "చాలా ఫ్రెండ్లీగా ఉన్నాను", "approachability"),
    ("ఎప్పుడూ వెంటనే స్పందిస్తుంది", "ఎప్పుడూ వెంటనే స్పందిస్తాను", "timeliness"),
])
def test_a_womans_verb_after_her_names_her_action(te_cs: Pack, subject: str, predicate: str,
                                                  own: str, cid: str) -> None:
    assert not detect(te_cs, f"{subject} {predicate}.")[cid].earned
    assert detect(te_cs, f"నేను {own}.")[cid].earned
    assert detect(te_cs, f"{own}.")[cid].earned


@pytest.mark.parametrize("text, cid", [
    # a thing's verb: the candidate's action before it still earns
    ("నేను వెంటనే స్పందించాను, సమస్య పరిష్కారమైంది.", "timeliness"),
    ("ఆ అమ్మాయి కోపంగా ఉంది, నేను వెంటనే స్పందించాను.", "timeliness"),
    ("కస్టమర్ సమస్యను త్వరగా పరిష్కరించాలి.", "timeliness"),
])
def test_the_candidates_own_still_earns(te_cs: Pack, text: str, cid: str) -> None:
    assert detect(te_cs, text)[cid].earned


@pytest.mark.parametrize("subject", ["ఆ అమ్మాయి", "ఆమె", "మా టీచర్", "మా ట్రైనర్", "అతను"])
@pytest.mark.parametrize("predicate, cid", [
    ("చాలా ఫ్రెండ్లీ", "approachability"),
    ("చాలా ఫ్లెక్సిబుల్", "flexibility"),
    ("చాలా నమ్మకమైన మనిషి", "reliability"),
])
def test_a_clause_without_a_verb_is_its_persons(te_cs: Pack, subject: str, predicate: str,
                                                cid: str) -> None:
    assert not detect(te_cs, f"{subject} {predicate}.")[cid].earned
    # (the candidate's own bare work trait earns nothing either: "I'm very flexible" is a
    # trait of an employee, in Telugu with or without a copula: traits.work_trait)
    assert detect(te_cs, f"నేను {predicate}.")[cid].earned or cid in ("reliability", "flexibility")


def test_a_feeling_of_the_candidates_own_is_no_empathy(te_cs: Pack) -> None:
    assert not detect(te_cs, "ఇంటికెళ్ళి మా అమ్మతో మాట్లాడతాను, ఆమెకి నా బాధ అర్థమవుతుంది.")["empathy"].earned
    assert detect(te_cs, "నేను వాళ్ళ బాధ అర్థం చేసుకున్నాను.")["empathy"].earned


def test_a_letter_more_in_a_short_telugu_word_is_another_word(te_cs: Pack) -> None:
    # బ్యాంక్ ("bank") is not a typo of బ్యాక్ ("back"); a dropped vowel sign is a typo.
    assert not one_typo("బ్యాంక్", "బ్యాక్")
    assert one_typo("వంటనే", "వెంటనే")
    assert not detect(te_cs, "బ్యాంక్‌లో ఒకావిడ మళ్ళీ కాల్ చేసి అడిగింది.")["follow-up"].earned
