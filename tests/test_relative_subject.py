"""A keyword in a relative clause about someone else ("I found a colleague who was really
knowledgeable", "they're the ones who go the extra mile", "en kollega som var otroligt
pålitlig") is theirs; "I'm someone who goes the extra mile" is the candidate's
(coach.scoring.roles.relative_subject)."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack


@pytest.mark.parametrize("text, cid", [
    ("I wasn't sure, so I found a colleague who was really knowledgeable about paint.",
     "product-knowledge"),
    ("I'd send them to head office, because they're the ones who go the extra mile.",
     "exceeding-expectations"),
    ("My sister is one of those people who always go the extra mile.", "exceeding-expectations"),
    # after its comma, past a name, and with "who's"
    ("My colleague Leah, who's normally really reliable, mixed the wrong toner.", "reliability"),
])
def test_english_someone_elses_relative_clause(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


def test_swedish_someone_elses_relative_clause(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Jag hade en kollega som var otroligt pålitlig.", "reliability", "subject")


@pytest.mark.parametrize("pack_name, text, cid", [
    ("sv_cs", "Sen var det min kollega Sara som gjorde det där extra.", "exceeding-expectations"),
    ("en_cs", "It was my colleague Leah who went the extra mile for her.", "exceeding-expectations"),
])
def test_a_name_after_who_they_are_keeps_the_relative_clause_theirs(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "subject")


@pytest.mark.parametrize("pack_name, text, cid", [
    ("en_cs", "I'm someone who always goes the extra mile for a customer.", "exceeding-expectations"),
    ("en_cs", "We're a small team who go the extra mile for every regular.", "exceeding-expectations"),
    ("en_cs", "I had a manager who told me to go the extra mile, and I did for every customer.",
     "exceeding-expectations"),
    # the person served, after a comma: what they got is the candidate's doing
    ("en_cs", "I looked after a regular, Mrs Khan, who got her usual order before she reached "
              "the till.", "personalization"),
    ("sv_cs", "Jag är en person som alltid är pålitlig mot kunderna.", "reliability"),
])
def test_the_candidates_own_relative_clause_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                        text: str, cid: str) -> None:
    pack: Pack = request.getfixturevalue(pack_name)
    assert cid in earned(pack, text)


def test_the_person_served_after_if_or_when_is_the_subject(en_cs: Pack, sv_cs: Pack) -> None:
    """A subject may open a subordinate clause (Language.subordinators): "If they're smiling
    when they leave" is the customer's smile, "om hon är ärlig" hers."""
    assert_set_aside(en_cs, "If they're smiling when they leave, I assume they're happy.",
                     "approachability", "subject")
    assert_set_aside(sv_cs, "Om hon är ärlig om felet går allt snabbare.", "realistic-expectations",
                     "subject")
    assert "approachability" in earned(en_cs, "I smile at every customer when they walk in.")


def test_the_person_served_in_the_passive_receives_it(en_cs: Pack) -> None:
    """ "when they're told the truth" is the candidate's honesty (Language.passive_auxiliaries,
    participles): the person served receives it."""
    assert "realistic-expectations" in earned(
        en_cs, "People mind the wait a lot less when they're told the truth about it.")


def test_a_name_before_who_is_the_relative_clauses_subject(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I didn't know, so I fetched Tony, who has real product knowledge.",
                     "product-knowledge", "subject")
    assert "product-knowledge" in earned(en_cs, "Ask anyone at the shop: I have real product "
                                                "knowledge.")


def test_the_person_served_made_to_do_it_does_it(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I reopen the same ticket, which saves making them explain it all again.",
                     "communication", "subject")
    # (after "rather than" the deed is the one not done: coach.scoring.undone says so first)
    assert "communication" not in earned(en_cs, "I reopen the same ticket rather than making them "
                                                "explain it all again.")
    # "let" is the candidate listening; the candidate's own explaining earns
    assert "communication" in earned(en_cs, "I let him get it all out without interrupting.")
    assert "communication" in earned(en_cs, "I explained it all again, step by step.")


@pytest.mark.parametrize("lang, text, cid", [
    # "where", "while", "because" open a clause whose own subject does the deed
    ("en", "I saw a programme about hotels where they exceeded every guest's expectations.",
     "exceeding-expectations"),
    ("en", "I waited at the desk while he explained the bill to the couple.", "communication"),
    ("sv", "Jag såg ett program om lyxhotell där de överträffade alla gästers förväntningar.",
     "exceeding-expectations"),
])
def test_a_subordinate_clauses_own_subject_is_someone_else(
        en_cs: Pack, sv_cs: Pack, lang: str, text: str, cid: str) -> None:
    assert_set_aside(en_cs if lang == "en" else sv_cs, text, cid, "subject")


def test_the_candidate_as_a_subordinate_clauses_subject_still_earns(en_cs: Pack) -> None:
    assert "exceeding-expectations" in earned(
        en_cs, "It was a small shop where I went above and beyond for regulars.")
