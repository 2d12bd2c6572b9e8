"""'It never hurts to…' and an exception naming the candidate ('anyone but me') affirm, in English,
Swedish and Telugu (Language.inverters, exceptives,
inverter_prefixes); a plain negation of the same keyword still negates."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("It never hurts to go the extra mile.", "exceeding-expectations"),
    ("It doesn't hurt to check back with the customer a week later.", "follow-up"),
])
def test_english_never_hurts_affirms(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated


def test_english_plain_negation_still_negates(en_cs: Pack) -> None:
    assert detect(en_cs, "I didn't follow up because my back hurts.")["follow-up"].negated


@pytest.mark.parametrize("text", [
    "Det skadar aldrig att följa upp med kunden.",
    "Det skadar inte att följa upp med kunden en vecka senare.",
])
def test_swedish_never_hurts_affirms(sv_cs: Pack, text: str) -> None:
    result = detect(sv_cs, text)["follow-up"]
    assert result.earned and not result.negated


def test_telugu_no_harm_affirms(te_cs: Pack) -> None:
    # "There is no harm at all in following up."
    result = detect(te_cs, "ఫాలో అప్ చేస్తే నష్టం ఏమీ లేదు.")["follow-up"]
    assert result.earned and not result.negated
    assert detect(te_cs, "నేను ఫాలో అప్ చేయలేదు.")["follow-up"].negated  # I did not follow up.


@pytest.mark.parametrize("text, cid", [
    ("I don't let a customer hear bad news from anyone but me.", "realistic-expectations"),
    ("Nobody but me follows up with the customers.", "follow-up"),
])
def test_english_exception_naming_the_candidate_affirms(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated


def test_english_negation_without_the_exception_stays(en_cs: Pack) -> None:
    found = detect(en_cs, "I don't give customers bad news, my manager does.")
    assert found["realistic-expectations"].negated


def test_swedish_exception_naming_the_candidate_affirms(sv_cs: Pack) -> None:
    result = detect(sv_cs, "Jag låter aldrig någon annan än mig ringa tillbaka till kunden.")["follow-up"]
    assert result.earned and not result.negated


def test_swedish_nothing_more_fun_than_affirms(sv_cs: Pack) -> None:
    found = detect(sv_cs, "Det finns inget jag tycker är roligare än att hjälpa kunder.")["passion"]
    assert found.earned and not found.negated
    assert not detect(sv_cs, "Jag tycker inte om att hjälpa kunder.")["passion"].earned


@pytest.mark.parametrize("text, cid", [
    ("I never, ever forget to follow up.", "follow-up"),
    ("Never, ever would I forget to call a customer back.", "follow-up"),
])
def test_english_never_comma_ever_affirms_as_never_does(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated
