"""A quotation is what its clause's verb says or does, so a negation there reaches it: 'I don't do
the whole "I understand how you feel" thing', 'I never tell a customer "that's not my department"'
(no red flag), 'Jag säger aldrig "jag förstår hur du känner"'. Emphasis still affirms ('I never
forget to say …'), and a quotation said plainly earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect, score_answer


@pytest.mark.parametrize("pack, text, cid", [
    ("en", 'I don\'t do the whole "I understand how you feel" thing.', "empathy"),
    ("sv", 'Jag säger aldrig "jag förstår hur du känner", det låter fejk.', "empathy"),
])
def test_a_negated_verb_negates_its_quotation(en_cs: Pack, sv_cs: Pack, pack: str, text: str,
                                              cid: str) -> None:
    assert detect(en_cs if pack == "en" else sv_cs, text)[cid].negated


@pytest.mark.parametrize("pack, text, cid", [
    ("en", 'I always say "I understand how you feel".', "empathy"),
    ("sv", 'Jag glömmer aldrig att säga "jag förstår hur du känner".', "empathy"),
])
def test_a_quotation_said_or_emphasised_earns(en_cs: Pack, sv_cs: Pack, pack: str, text: str,
                                              cid: str) -> None:
    assert cid in earned(en_cs if pack == "en" else sv_cs, text)


def test_a_red_flag_quoted_after_never_costs_nothing(en_cs: Pack) -> None:
    question = en_cs.questions[0].id
    never = score_answer(en_cs, question, 'I never tell a customer "that\'s not my department".')
    said = score_answer(en_cs, question, 'I tell them "that\'s not my department".')
    assert [flag.phrase for flag in said.red_flags] == ["not my department"]
    assert not list(never.red_flags)
