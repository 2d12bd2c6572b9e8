"""Whose deed: the candidate as the object of a verb before "and" is not the doer of the verb after it:
"The manager saw me and followed up", "Kassörskan känner igen mig och frågar hur det gick" are
the manager's and the cashier's deeds. The candidate as subject still earns."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("The manager saw me and followed up with the customer the next day.", "follow-up"),
    ("My colleague thanked me and went the extra mile for her.", "exceeding-expectations"),
])
def test_english(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")
    assert detect(en_cs, "I saw the note and followed up with the customer the next day.")["follow-up"].earned


@pytest.mark.parametrize("text, cid", [
    ("Kassörskan känner igen mig och frågar hur det gick på min uppkörning.", "personalization"),
    ("Chefen såg mig och ringde kunden dagen efter för att följa upp.", "follow-up"),
])
def test_swedish(sv_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "subject")
    assert detect(sv_cs, "Jag känner igen dem och frågar hur det gick på uppkörningen.")["personalization"].earned


@pytest.mark.parametrize("pack, text, cid", [
    ("en", "The hygienist explained every step in plain English because I was nervous.",
     "communication"),
    ("sv", "Frisören frågar alltid hur det gick med flytten.", "personalization"),
    ("sv", "Expediten gick verkligen utöver det vanliga för mig.", "exceeding-expectations"),
    ("sv", "Min körlärare förklarade allt väldigt tydligt.", "communication"),
    ("sv", "Busschauffören hälsade på alla med ett stort leende.", "approachability"),
])
def test_more_roles_by_name_are_someone_else(en_cs: Pack, sv_cs: Pack, pack: str, text: str,
                                             cid: str) -> None:
    """A role named as the subject is someone else (Language.colleagues): the hygienist, the
    hairdresser, the shop assistant."""
    assert_set_aside(en_cs if pack == "en" else sv_cs, text, cid, "subject")
