"""Praise someone else wrote or said stays hearsay when the praise is in quotation marks (a
quotation is what its clause's verb says) and when the verb of saying follows a verb and its
particle ("she ended up writing on the feedback card that I'd 'gone above and beyond'")."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text", [
    'She wrote on the feedback card that I\'d "gone above and beyond".',
    "She ended up writing on the feedback card that I'd gone above and beyond.",
])
def test_praise_written_by_someone_else(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "exceeding-expectations", "hearsay")


def test_the_candidates_own_words_in_quotes_still_count(en_cs: Pack) -> None:
    assert detect(en_cs, 'I said "I\'ll follow up with you tomorrow" and I rang her the next day '
                  "to check.")["follow-up"].earned
