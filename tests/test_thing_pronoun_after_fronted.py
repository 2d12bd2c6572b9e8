"""A pronoun for a thing named before does the keyword when its verb follows it, though a clause
fronted with no comma comes first ("A week after a complaint is closed it texts the customer a
survey", "på restaurangen har vi en app …, så den sköter det snabba"); the candidate acting after
such a clause still earns."""

from __future__ import annotations

from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


def test_english_it_after_a_fronted_clause_does_it(en_cs: Pack) -> None:
    text = "We use a CRM system. A week after a complaint is closed it texts the customer a survey."
    assert_set_aside(en_cs, text, "follow-up", "thing")
    text = "Our loyalty app does most of it. On their birthday it sends them a voucher for a free cake."
    assert_set_aside(en_cs, text, "exceeding-expectations", "thing")


def test_english_the_candidate_after_a_fronted_clause_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "Our app is great. When it breaks I follow up with the customer myself.")


def test_swedish_den_after_a_fronted_clause_does_it(sv_cs: Pack) -> None:
    text = ("På restaurangen har vi en app där gästerna skriver upp sig och får ett sms när bordet "
            "är klart, så den sköter det snabba.")
    assert "timeliness" not in earned(sv_cs, text)
