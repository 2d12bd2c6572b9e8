"""Someone else as the subject after a subordinate clause with no comma ("When my bike got stolen
the police officer was really empathetic", "When my car broke down the mechanic … explained
everything clearly") is not the candidate; a person after a verb with its own subject is its
object ("when a kid is too short you tell the parents quietly"), and the candidate's own deeds
after such a clause still earn. The roles of a hotel's front of house, and the doer of a
passive ("was explained by the pharmacist"), are someone else too."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("text", "cid", "who"), [
    ("When my bike got stolen the police officer was really empathetic.", "empathy", "officer"),
    ("When my car broke down the mechanic was really patient and explained everything clearly.",
     "communication", "mechanic"),
    ("When I started at the bakery my supervisor Dana knew every regular by name.",
     "personalization", "Dana"),
    ("The paramedics were so calm and explained everything to my mum.", "communication", "paramedics"),
])
def test_a_subject_after_a_subordinate_clause_is_someone_else(en_cs: Pack, text: str, cid: str,
                                                             who: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"
    assert who in found.set_aside.phrase


@pytest.mark.parametrize(("text", "cid"), [
    ("When the manager was off I followed up with the customer myself.", "follow-up"),
    ("After the doctor left I explained everything to the patient again.", "communication"),
    ("When I called the supplier I explained the delay to the customer.", "communication"),
    ("When a kid is too short for the ride you tell the parents quietly so nobody feels embarrassed.",
     "respect"),
])
def test_the_candidates_deed_after_a_subordinate_clause_still_earns(en_cs: Pack, text: str,
                                                                   cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Our GM always checks back with guests the next morning.", "follow-up"),
    ("The doorman stayed calm even when the guest was shouting.", "composure"),
    ("The bellboy went the extra mile and carried everything up four flights.", "extra-mile"),
])
def test_a_hotels_front_of_house_is_someone_else(hotel: Pack, text: str, cid: str) -> None:
    found = detect(hotel, text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("text", "cid", "who"), [
    ("Everything was explained clearly by the pharmacist.", "communication", "pharmacist"),
    ("The follow-up call was done by my supervisor.", "follow-up", "supervisor"),
    ("Follow-up is done by the quality team, they ring a sample of customers.", "follow-up", "team"),
    ("The refund was processed by the finance team.", "problem-resolution", "team"),
])
def test_a_passive_done_by_someone_else_is_theirs(en_cs: Pack, text: str, cid: str, who: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"
    assert found.set_aside.phrase.endswith(who)


@pytest.mark.parametrize(("text", "cid"), [
    ("Everything was explained clearly by me, and the pharmacist checked it.", "communication"),
    ("I explained it clearly by drawing a diagram.", "communication"),
    ("The refund was processed quickly by me.", "timeliness"),
])
def test_a_passive_done_by_the_candidate_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
