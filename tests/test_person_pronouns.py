""""He" or "she" standing for a colleague named before it is that colleague's deed ("My manager
was brilliant at it, she knew every regular by name"), not the candidate's; a pronoun of the
other gender between, or a colleague named only in a subordinate clause, leaves the pronoun
to someone else (coach.scoring.roles)."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("My manager was brilliant at it too, she knew every regular by name.", "personalization"),
    ("The best example is my old supervisor at the bank. She knew every customer's name.",
     "personalization"),
])
def test_a_pronoun_for_a_colleague_is_the_colleagues(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    # "she" is the vet; "he" the owner or his dog, served within fifteen minutes
    ("I took it straight through to the duty vet. She agreed to squeeze the dog in, so he was seen "
     "within fifteen minutes.", "timeliness"),
    # the engineer only in a subordinate clause: "he" is the customer praising the candidate
    ("I called him back the next afternoon, and again after the engineer had been on Friday. He "
     "said it was the first time anyone there had done what they said they'd do.", "reliability"),
    # the candidate, named between
    ("My manager was off. I knew every regular by name.", "personalization"),
])
def test_a_pronoun_for_someone_else_leaves_the_credit(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_swedish_pronoun_for_a_colleague(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Min chef Lena var grym. Hon kom ihåg alla stamkunders namn.",
                     "personalization", "subject")
