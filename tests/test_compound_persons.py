"""In a language that writes compounds as one word, a compound that ends in a person word is
that person ("BUDBILSCHAUFFÖREN gick den extra milen": a driver, someone else), as the subject
of the match's clause; the candidate doing the same still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("text", "cid"), [
    ("Budbilschauffören gick den extra milen och bar upp allt åt oss.", "exceeding-expectations"),
    ("Nattreceptionisten följde upp med ett sms dagen efter.", "follow-up"),
])
def test_a_compound_person_is_someone_else(sv_cs: object, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "subject")


@pytest.mark.parametrize(("text", "cid"), [
    ("Jag gick den extra milen och bar upp allt åt henne.", "exceeding-expectations"),
    ("Jag följde upp med ett sms dagen efter.", "follow-up"),
])
def test_the_candidate_still_earns(sv_cs: object, text: str, cid: str) -> None:
    assert cid in earned(sv_cs, text)
