"""Round 37: a machine that serves by itself, with the person served as its verb's object ("Our
loyalty app greets each customer by their first name", "The smart thermostats resolve most
heating complaints by themselves"): what it does is the thing's, not the
candidate's service. The candidate's own deed beside the machine still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "personalization", "Our loyalty app greets each customer by their first name."),
    ("en_cs", "personalization", "The kiosk at the door greets customers by their first name."),
    ("hotel", "problem-resolution", "The smart thermostats in the suites resolve most heating "
                                    "complaints by themselves."),
])
def test_a_machine_serving_is_a_thing(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                      text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "personalization", "The app lets customers book, and I always greet them by their first name."),
    ("en_cs", "personalization", "I greet each customer by their first name when they come in."),
])
def test_the_candidate_beside_a_machine_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_a_compound_machine_opening_its_clause_is_a_thing(sv_cs: Pack) -> None:
    # (a compound ending in a thing word, as the subject with its determiner, not only with a
    # relative clause after it)
    assert "personalization" not in earned(sv_cs, "Vårt kassasystem kommer ihåg namnet på alla medlemmar.")
