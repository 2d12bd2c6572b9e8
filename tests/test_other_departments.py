"""Another part of the employer doing it ("head office follows up on the low scores", "the claims
department rings them") is someone else's work; the candidate working with or in an office still
earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "The system emails a survey and head office follows up on the low scores.",
    "The claims department follows up with them the week after.",
])
def test_another_department_doing_it_is_someone_elses(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "follow-up", "subject")


@pytest.mark.parametrize("text", [
    "At the post office I always follow up with customers.",
    "I rang the office and followed up with her the next day.",
    "I worked in a dental office and followed up with every patient.",
])
def test_the_candidate_beside_an_office_still_earns(en_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(en_cs, text)
