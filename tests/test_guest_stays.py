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
