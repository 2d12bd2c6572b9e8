"""Round 49: a claim measured against a low bar, hoped for, wished for oneself, only watched in
others, pushed until it hurt or sold with strings attached earns nothing, in English, Swedish and
Telugu ("…than the agent I replaced, who never rang anyone back", "Hopefully the old man felt…",
"I'd love a team that goes the extra mile…", "I've always admired how…", "…until she asked me
to stop calling", "…on condition that he signed up for our loyalty card"). A hope about a deed's
outcome, a job wanted to give in, a wish with the candidate's own deed after it and "more than
happy to" still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a low bar
    ("en_cs", "follow-up", "I'm far better at follow-up than the agent I replaced, who never rang "
                           "anyone back."),
    ("sv_cs", "reliability", "Jag är mycket mer pålitlig än kollegan jag ersatte, som sjukskrev "
                             "sig varje måndag."),
    # a hope, not a deed
    ("en_cs", "empathy", "Hopefully the old man felt I understood how upset he was."),
    ("sv_cs", "empathy", "Jag hoppas att kunden kände sig förstådd, fast jag hann aldrig prata "
                         "klart med honom."),
    # wished for oneself
    ("en_cs", "exceeding-expectations", "I'd love a team that goes the extra mile for each "
                                        "other."),
    ("te_cs", "realistic-expectations", "ప్రమోషన్ గురించి ముందుగానే నిజాయితీగా చెప్పే బాస్ నాకు "
                                        "కావాలి."),
    # only watched in others
    ("en_cs", "respect", "I've always admired how respectfully our branch manager treats "
                         "difficult customers."),
    ("sv_cs", "respect", "Jag beundrade hur respektfullt min chef bemötte de arga kunderna."),
    # pushed until it hurt
    ("en_cs", "follow-up", "I followed up with her so often about the delivery that she asked me "
                           "to stop calling."),
    ("sv_cs", "follow-up", "Jag följde upp varje dag i en vecka, tills hon bad mig sluta ringa."),
    # strings attached
    ("en_cs", "flexibility", "I bent the returns rule for him, on condition that he signed up for "
                             "our loyalty card."),
])
def test_a_claim_measured_hoped_or_wished_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I rang him back the next day to check the boiler, and I hope it "
                           "helped."),
    ("en_cs", "flexibility", "I want a job where I can be flexible for every customer who needs "
                             "it."),
    ("en_cs", "exceeding-expectations", "I hope to work somewhere busy, and I always go the extra "
                                        "mile for regulars."),
    ("en_cs", "follow-up", "I'm more than happy to follow up with customers who call in late."),
    ("sv_cs", "empathy", "Jag ringde henne dagen efter och sa att jag förstod hur jobbigt det var, "
                         "och jag hoppas att det hjälpte."),
])
def test_a_claim_the_candidate_makes_good_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
