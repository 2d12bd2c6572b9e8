"""Round 48: a deed told in the passive with no doer earns nothing where nothing around it names
the candidate ("The customer's refund was processed within the hour, I believe", "Her complaint
got resolved in the end, somehow", "An exception … was made for the old man", "Det gjordes ett
undantag…, tror jag"). A passive with the candidate as its doer ("…by me") or inside the
candidate's own story (the sentence before says "I") still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize(("criterion", "text"), [
    ("timeliness", "The customer's refund was processed within the hour, I believe."),
    ("problem-resolution", "Her complaint got resolved in the end, somehow."),
    ("flexibility", "An exception to the returns rule was made for the old man in the end."),
])
def test_a_deed_no_one_did_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("follow-up", "The customer was called back by me the same afternoon."),
    ("follow-up", "I took her number and promised a call. She was called back within the hour."),
    ("timeliness", "I took her number and promised a call. She was called back within the hour."),
])
def test_a_deed_the_candidate_did_still_earns(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)


def test_a_swedish_passive_no_one_did_earns_nothing(sv_cs: Pack) -> None:
    assert "flexibility" not in earned(sv_cs, "Det gjordes ett undantag från bytesreglerna för den "
                                              "gamla kunden till slut, tror jag.")


def test_a_swedish_passive_in_the_candidates_story_still_earns(sv_cs: Pack) -> None:
    assert "flexibility" in earned(sv_cs, "Jag pratade med chefen om kundens sjukhusvistelse. Det "
                                          "gjordes ett undantag från bytesreglerna.")
