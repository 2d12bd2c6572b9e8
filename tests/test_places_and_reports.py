"""Round 35: a thing with its place as the subject ("The printer at the library is so speedy",
"Kaffemaskinen i personalrummet är flexibel"), and the candidate's own deed beside such a thing
still earning."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "The photocopier at the community centre is so speedy these days."),
    ("en_cs", "respect", "The lift in our block has a very courteous recorded voice."),
    ("en_cs", "flexibility", "The new app is so flexible about delivery slots."),
    ("sv_cs", "flexibility", "Kaffemaskinen i fikarummet är väldigt flexibel."),
])
def test_a_thing_with_its_place_is_the_subject(request: pytest.FixtureRequest, pack_name: str,
                                              criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "thing"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "So I got her car in the same afternoon and fixed the brakes."),
    ("en_cs", "timeliness", "The printer jammed, so I got the customer's forms in the post "
                            "within the hour."),
    ("en_cs", "flexibility", "When the card machine in the shop broke I was flexible and took "
                             "cash or a bank transfer."),
])
def test_the_candidate_beside_a_thing_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                 criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
