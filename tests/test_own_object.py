"""A subject is never its own object: "before he'd booked his scaffold, and told HIM straight"
is the candidate telling him, "medan hon var kvar i luren och ringde upp HENNE" the candidate
ringing her (Language.object_pronouns). With no such object, the person before still does it."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_english(en_cs: Pack) -> None:
    text = ("I rang him within ten minutes of seeing that, before he'd booked his scaffold, and "
            "told him straight.")
    assert detect(en_cs, text)["realistic-expectations"].earned
    assert_set_aside(en_cs, "He checked the stock and told them straight.",
                     "realistic-expectations", "subject")


def test_swedish(sv_cs: Pack) -> None:
    text = ("Jag löste det medan hon var kvar i luren och ringde upp henne på fredagen för att "
            "kolla att allt funkade.")
    assert detect(sv_cs, text)["follow-up"].earned
    assert_set_aside(sv_cs, "Jag löste det och sen ringde hon upp kunden på fredagen för att "
                     "kolla att allt funkade.", "follow-up", "subject")
