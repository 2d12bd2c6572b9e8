"""The English pack's Respect criterion: respect for rules, deadlines, elders or a referee, or
admiration for people in general, is excluded (round 31); respect shown to customers earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "In rugby you learn to respect the referee even when he's got it wrong.",
    "I respect deadlines, I never handed in an assignment late.",
    "Back home we respect elders very much, it's how I was raised.",
    "I've got a lot of respect for people who work nights.",
    "There's a lot of mutual respect in my five-a-side team.",
])
def test_respect_for_someone_not_served_earns_nothing(en_cs: Pack, text: str) -> None:
    assert "respect" not in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "I treat every customer with respect, however they speak to me.",
    "I respect every customer who walks in, whoever they are.",
    "I have a lot of respect for my customers, they keep the shop going.",
])
def test_respect_for_the_people_served_earns(en_cs: Pack, text: str) -> None:
    assert "respect" in earned(en_cs, text)
