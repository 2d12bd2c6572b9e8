"""A privative word right before the match is only its degree ("not EXTRA polite", "inte EXTRA
vänlig"): the negation stays a negation. Said of the criterion ("empathy is not an extra") it is
still emphasis."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", ["I don't bother being extra polite.", "I'm not extra polite."])
def test_english_a_degree_word_leaves_the_negation(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["respect"].negated


def test_swedish_a_degree_word_leaves_the_negation(sv_cs: Pack) -> None:
    assert detect(sv_cs, "Jag är inte extra vänlig mot kunderna.")["approachability"].negated


@pytest.mark.parametrize("pack, text, cid", [
    ("en", "Empathy is not an extra, it's the job.", "empathy"),
    ("sv", "Empati är inte en extra grej, det är jobbet.", "empathy"),
])
def test_said_of_the_criterion_it_is_still_emphasis(en_cs: Pack, sv_cs: Pack, pack: str, text: str,
                                                    cid: str) -> None:
    assert cid in earned(en_cs if pack == "en" else sv_cs, text)
