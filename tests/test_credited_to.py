"""A sentence that opens by crediting someone else ("Thanks to my manager, the customer got a
refund the same day", "Tack vare min chef fick kunden en återbetalning") tells their doing, in
English and Swedish (Language.credits); credit for a thing ("thanks to my training") or help
the candidate acted on ("thanks to my manager, I was able to sort it out") leaves the credit."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Thanks to my manager, the customer got a refund the same day.", "problem-resolution"),
    ("en_cs", "Thanks to Priya, the customer got a refund.", "problem-resolution"),
    ("sv_cs", "Tack vare min chef fick kunden en återbetalning samma dag.", "problem-resolution"),
])
def test_a_sentence_credited_to_someone_else_is_theirs(request: pytest.FixtureRequest, pack_name: str,
                                                       text: str, cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "Thanks to my training, I explained everything clearly.", "communication"),
    ("en_cs", "Thanks to my manager, I was able to sort it out the same day.", "problem-resolution"),
    ("en_cs", "Thanks to my manager's advice, I stayed calm and sorted out the refund.",
     "problem-resolution"),
    ("sv_cs", "Tack vare min erfarenhet löste jag problemet direkt.", "problem-resolution"),
])
def test_credit_for_a_thing_or_help_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                text: str, cid: str) -> None:
    assert cid in earned(request.getfixturevalue(pack_name), text)


def test_a_thing_credited_does_the_deed(en_cs: Pack) -> None:
    assert "problem-resolution" not in earned(en_cs, "Thanks to the new till, refunds are really quick now.")
    assert "problem-resolution" in earned(en_cs, "Thanks to the new till, I could refund her straight away.")
