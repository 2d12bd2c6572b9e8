"""A keyword of manner beside a verb of the mind qualifies a thought, not a deed, also when it is
more than one word ("Det jag tänker på direkt är min kollega", "I realised straight away that
retail wasn't for me"); a phrase with a verb of its own stays a deed ("I learned to respond
quickly")."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_swedish_thought_at_once(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Det jag tänker på direkt är min kollega Amira på Ica.", "timeliness",
                     "sense")


def test_english_thought_at_once(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I realised straight away that retail wasn't for me.", "timeliness",
                     "sense")


def test_a_deed_stays_a_deed(en_cs: Pack, sv_cs: Pack) -> None:
    assert detect(en_cs, "I answered her straight away and sorted the refund.")["timeliness"].earned
    assert detect(sv_cs, "Jag ringde henne på en gång och löste det.")["timeliness"].earned
