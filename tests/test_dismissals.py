"""A dismissal or avoidance said of a keyword ("following up is a complete waste of time",
"uppföljning är slöseri med tid", "ఫాలో అప్ చేయడం టైమ్ వేస్ట్", "I dodge the follow-up calls")
denies it, in each language; denied in turn ("never a waste of time", "I never dodge") it
affirms, and the word elsewhere leaves the match alone."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Calling customers back is a waste of time.", "follow-up"),
    ("en_cs", "Follow-up calls are a complete waste of time.", "follow-up"),
    ("en_cs", "Going the extra mile is a waste of energy.", "exceeding-expectations"),
    ("sv_cs", "Uppföljning är slöseri med tid.", "follow-up"),
    ("sv_cs", "Att ringa tillbaka till kunder är bortkastad tid.", "follow-up"),
    ("te_cs", "ఫాలో అప్ చేయడం టైమ్ వేస్ట్.", "follow-up"),
    ("te_cs", "కస్టమర్లకు మళ్ళీ కాల్ చేయడం టైమ్ వేస్ట్.", "follow-up"),
])
def test_a_dismissal_denies_the_keyword(request: pytest.FixtureRequest, pack_name: str, text: str,
                                        cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Following up is never a waste of time.", "follow-up"),
    ("en_cs", "Going the extra mile is not a waste of time.", "exceeding-expectations"),
    ("en_cs", "I apologise straight away and waste no time fixing it.", "timeliness"),
    ("sv_cs", "Uppföljning är aldrig slöseri med tid.", "follow-up"),
])
def test_a_dismissal_denied_or_elsewhere_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                     text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I dodge the follow-up calls when I can."),
    ("en_cs", "I tend to shirk follow-up calls."),
    ("te_cs", "నేను ఫాలో అప్ కాల్స్ తప్పించుకుంటాను."),
])
def test_avoiding_a_keyword_denies_it(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I never dodge a follow-up call, however awkward."),
    ("te_cs", "నేను ఫాలో అప్ చేయడం ఎప్పుడూ తప్పించుకోను."),
])
def test_never_avoiding_a_keyword_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             text: str) -> None:
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "Following up with customers is so boring."),
    ("sv_cs", "Uppföljning är så tråkigt."),
    ("te_cs", "ఫాలో అప్ అంటే నాకు బోర్."),
    ("te_cs", "నేను ఎప్పుడూ ఫాలో అప్ చేయడం అరుదు."),
])
def test_a_keyword_called_boring_is_dismissed(request: pytest.FixtureRequest, pack_name: str,
                                              text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)["follow-up"]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Following up is never boring.", "follow-up"),
    ("en_cs", "I explain the boring bits of the contract clearly.", "communication"),
    ("sv_cs", "Uppföljning är aldrig tråkigt.", "follow-up"),
    ("sv_cs", "Jag förklarar de tråkiga delarna tydligt.", "communication"),
    ("te_cs", "ఫాలో అప్ చేయడం నాకు ఎప్పుడూ బోర్ కాదు.", "follow-up"),
])
def test_boring_denied_or_describing_something_else_still_earns(request: pytest.FixtureRequest,
                                                                pack_name: str, text: str, cid: str) -> None:
    """Only as the keyword's predicate does "boring" dismiss it (Language.dismissals)."""
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Following up with customers is a bit of a chore.", "follow-up"),
    ("en_cs", "Following up is such a hassle.", "follow-up"),
    ("en_cs", "Honestly, showing empathy all day is a bit of a drag.", "empathy"),
    ("en_cs", "Empathy only goes so far with rude people.", "empathy"),
    ("sv_cs", "Att följa upp är ganska jobbigt.", "follow-up"),
    ("sv_cs", "Empati räcker bara så långt med otrevliga kunder.", "empathy"),
    ("en_cs", "Our communication was terrible, honestly.", "communication"),
    ("en_cs", "Respect is a two-way thing for me.", "respect"),
    ("en_cs", "I think patience is something you can decide to have.", "respect"),
    ("en_cs", "I'm respectful to customers who are respectful to me.", "respect"),
    ("en_cs", "Empathy there was appalling.", "empathy"),
    ("en_cs", "He was shouting, and honestly my empathy ran out pretty quickly.", "empathy"),
    ("en_cs", "My communication skills are pretty poor, to be fair.", "communication"),
])
def test_a_chore_or_a_virtue_with_limits_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                       text: str, cid: str) -> None:
    assert cid not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Following up is never a hassle.", "follow-up"),
    ("en_cs", "Following up is never terrible for anyone.", "follow-up"),
    ("en_cs", "I'm polite to everyone, not just to customers who are polite to me.", "respect"),
    ("en_cs", "I followed up the next day, the first call was dreadful.", "follow-up"),
    ("sv_cs", "Att följa upp är aldrig jobbigt.", "follow-up"),
])
def test_a_chore_denied_still_earns(request: pytest.FixtureRequest, pack_name: str, text: str,
                                   cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)
