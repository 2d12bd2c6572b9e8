"""A stay as a guest ("The hotel I stayed at in Rome went above and beyond for me") makes the
candidate the customer of the story (Language.customer_frames): the frame's own "I" is not the
candidate doing the keyword; a guest's stay at the candidate's hotel still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "The hotel I stayed at in Rome went above and beyond when I was ill, they brought soup up.",
    "When we stayed at a hotel in Porto they left a cake in our room, which went above and beyond.",
])
def test_service_the_candidate_got_as_a_guest_earns_nothing(hotel: Pack, text: str) -> None:
    assert "extra-mile" not in earned(hotel, text)


def test_a_guests_stay_at_the_candidates_hotel_still_earns(hotel: Pack) -> None:
    text = "When a guest stayed at our hotel for her anniversary, I went above and beyond with petals."
    assert "extra-mile" in earned(hotel, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # a trip, a parcel, a car or a visit of the candidate's own, and who served them
    ("en_cs", "follow-up", "After my car was serviced, the dealership rang back the next day to ask how "
                           "it was running."),
    ("en_cs", "personalization", "When my phone broke, the repair shop remembered my name from last "
                                 "time."),
    ("en_cs", "personalization", "My favourite coffee shop remembers my name and my usual order."),
    ("sv_cs", "problem-resolution", "När mitt paket försvann löste budfirman problemet på en dag."),
    # the candidate as the one given it
    ("en_cs", "timeliness", "The council promised me a swift answer about the parking permit."),
])
def test_service_the_candidate_got_elsewhere_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                           criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "When my manager was off, I rang the customer back the next day."),
    ("en_cs", "timeliness", "I promised the customer a swift answer and rang her within the hour."),
    ("en_cs", "personalization", "I remember my regulars' names and their usual orders."),
])
def test_the_candidates_own_service_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
