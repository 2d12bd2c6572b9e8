"""A rhetorical question that dismisses a keyword ("What's the point of following up?", "Varför
skulle jag följa upp?", "ఫాలో అప్ చేయడం వల్ల ఏం లాభం?") or a denial before it ("I'd be lying
if I said I always follow up") denies it, in each language; asked of a negation it affirms
("Why would I ever leave a customer without following up?", "I'd be lying if I said I didn't
love it"), and a real question, one the candidate answers ("Because …"), or a clause past the
denial's reach ("…, but I always follow up") still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "What's the point in following up? They never answer.", "follow-up"),
    ("en_cs", "Why would I follow up? They know where we are.", "follow-up"),
    ("en_cs", "Why should I go the extra mile for someone who shouts at me?", "exceeding-expectations"),
    ("sv_cs", "Vad är poängen med att följa upp? De svarar aldrig.", "follow-up"),
    ("sv_cs", "Varför skulle jag följa upp? De vet var vi finns.", "follow-up"),
    ("te_cs", "ఫాలో అప్ చేయడం వల్ల ఏం లాభం? వాళ్ళు ఎలాగూ ఫోన్ ఎత్తరు.", "follow-up"),
])
def test_a_rhetorical_question_denies_the_keyword(request: pytest.FixtureRequest, pack_name: str,
                                                  text: str, cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Why would I ever leave a customer without following up?", "follow-up"),
    ("en_cs", "Why would I not follow up? It's the whole job.", "follow-up"),
    ("en_cs", "Why should I follow up? Because it shows the customer I care.", "follow-up"),
    ("en_cs", "Why do I follow up? It shows I care.", "follow-up"),
    ("en_cs", "I always follow up. What's the point of a fix if it doesn't last?", "follow-up"),
    ("sv_cs", "Varför skulle jag följa upp? Eftersom kunden ska känna sig trygg.", "follow-up"),
])
def test_an_affirming_or_real_question_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                   text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I'd be lying if I said I always follow up.", "follow-up"),
    ("sv_cs", "Jag skulle ljuga om jag sa att jag alltid följer upp.", "follow-up"),
    # a wish or a condition that is not so
    ("en_cs", "I wish I was better at following up.", "follow-up"),
    ("en_cs", "If I had more time, I would definitely follow up.", "follow-up"),
    ("sv_cs", "Jag önskar att jag var bättre på att följa upp.", "follow-up"),
    ("sv_cs", "Om jag hade mer tid skulle jag följa upp.", "follow-up"),
])
def test_a_denial_denies_the_keyword_after_it(request: pytest.FixtureRequest, pack_name: str,
                                              text: str, cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I'd be lying if I said I didn't love helping people.", "passion"),
    ("en_cs", "I'd be lying if I said I never get frustrated, but I always follow up with customers.",
     "follow-up"),
    ("sv_cs", "Jag skulle ljuga om jag sa att jag inte älskar att hjälpa folk.", "passion"),
    ("en_cs", "If I had more time I would do even more, but I always follow up within a day.",
     "follow-up"),
    ("en_cs", "I wish I had more customers like her, I love helping people like that.", "passion"),
])
def test_a_denied_negation_or_a_clause_past_the_denial_earns(request: pytest.FixtureRequest,
                                                             pack_name: str, text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize("text", [
    "I'd love to say I always follow up, but I don't.",
    "In an ideal world I'd follow up with everyone.",
    "I know I should follow up more.",
])
def test_a_counterfactual_or_an_admission_denies(en_cs: Pack, text: str) -> None:
    found = detect(en_cs, text)["follow-up"]
    assert not found.earned and found.negated


def test_a_counterfactual_denied_in_turn_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I'd love to say I never forget to follow up, and it's true.")
