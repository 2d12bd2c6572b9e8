"""A neighbour is the candidate's own life ("I was really empathetic towards my neighbour when
her dog died" earns nothing); a thing of their own after the deed, as its means, leaves the
deed service ("went above and beyond and drove it over in my own car")."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize("text", [
    "We were really empathetic towards our neighbour when her dog died.",
    "I was really empathetic towards my neighbour when her dog died.",
])
def test_a_neighbour_is_the_candidates_own_life(en_cs: Pack, text: str) -> None:
    assert "empathy" not in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I went above and beyond and drove it over in my own car."),
    ("en_cs", "I went the extra mile and delivered it in my own car after my shift."),
    ("sv_cs", "Jag gick den extra milen och körde dit varorna i min egen bil."),
])
def test_a_thing_of_ones_own_as_the_means_leaves_the_deed_service(
        request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "exceeding-expectations" in earned(request.getfixturevalue(pack_name), text)


def test_the_thing_itself_is_still_ones_own_life(en_cs: Pack) -> None:
    assert "respect" not in earned(en_cs, "I was really patient in my car when the traffic was bad.")


@pytest.mark.parametrize(("text", "cid"), [
    ("I resolved my own visa issue by calling the embassy.", "problem-resolution"),
    ("I always exceed my own expectations at the gym.", "exceeding-expectations"),
])
def test_the_candidates_own_affairs_as_the_object_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_a_customers_issue_resolved_still_earns(en_cs: Pack) -> None:
    assert "problem-resolution" in earned(en_cs, "I resolved her billing issue on my own initiative.")


@pytest.mark.parametrize(("text", "cid"), [
    ("I explained WhatsApp video calls to my gran over Christmas.", "communication"),
    ("I kept everyone informed on the group chat the whole time.", "communication"),
    ("I went above and beyond when I did my Duke of Edinburgh.", "exceeding-expectations"),
    ("The best service I've ever had was at my dentist, they rang the next day to check how my "
     "jaw was.", "follow-up"),
])
def test_family_a_group_chat_an_award_scheme_and_service_received_earn_nothing(
        en_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("The tracker keeps customers informed about their delivery.", "communication"),
])
def test_a_tracker_doing_it_is_no_service_of_the_candidate(en_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_what_the_candidate_tells_others_to_do_is_theirs(en_cs: Pack) -> None:
    assert "follow-up" not in earned(en_cs, "I'd tell new starters to always follow up with customers.")
    assert "respect" not in earned(en_cs, "I'd tell new starters to stay polite whatever happens.")


@pytest.mark.parametrize(("text", "cid"), [
    ("I asked him to tell me exactly what had happened.", "communication"),
    ("I told her to ring me if it happened again and I followed up the next day.", "follow-up"),
])
def test_asking_or_a_deed_of_ones_own_after_telling_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("Jag brukar säga åt nyanställda att alltid följa upp med kunderna.", "follow-up"),
    ("Empati i all ära, men det är inte mitt jobb.", "empathy"),
    ("Jag löste mitt eget problem med Försäkringskassan.", "problem-resolution"),
])
def test_swedish_instructions_a_virtue_set_aside_and_own_affairs_earn_nothing(
        sv_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(sv_cs, text)


def test_swedish_a_customers_problem_solved_still_earns(sv_cs: Pack) -> None:
    assert "problem-resolution" in earned(sv_cs, "Jag löste kundens problem samma dag.")


def test_a_night_auditor_is_a_colleague(hotel: Pack) -> None:
    assert "clear-explanation" not in earned(hotel, "The night auditor explains the charges on the folio.")


@pytest.mark.parametrize(("text", "cid"), [
    ("As captain of my netball team I always make sure everyone feels heard.", "empathy"),
    ("I'm very good at resolving arguments between my younger siblings.", "problem-resolution"),
])
def test_a_pursuit_put_first_or_siblings_set_the_candidates_own_life(en_cs: Pack, text: str,
                                                                     cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_a_pursuit_then_work_as_the_scene_still_earns(en_cs: Pack) -> None:
    text = "I play netball at weekends and at work I always make sure everyone feels heard."
    assert "empathy" in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("I read it in a reliable source.", "reliability"),
    ("I had a follow-up appointment at the hospital last week.", "follow-up"),
    ("My resolution this year is to read more.", "problem-resolution"),
    ("I went the extra mile on my morning run, literally.", "exceeding-expectations"),
    ("Thanks for your patience with my answers.", "respect"),
])
def test_other_senses_of_source_appointment_resolution_run_and_patience(en_cs: Pack, text: str,
                                                                        cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_a_follow_up_booked_for_a_customer_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I booked her a follow-up appointment with the optician.")


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("en_cs", "I appreciate your flexibility with the interview time.", "flexibility"),
    ("sv_cs", "Jag uppskattar din flexibilitet.", "flexibility"),
])
def test_a_quality_of_the_person_spoken_to_is_theirs(request: pytest.FixtureRequest, pack_name: str,
                                                     text: str, cid: str) -> None:
    assert cid not in earned(request.getfixturevalue(pack_name), text)


def test_a_phrase_that_holds_your_still_earns(en_cs: Pack) -> None:
    assert "timeliness" in earned(en_cs, "I always value your time as a customer, I'd say.")


def test_a_pursuit_after_of_in_the_object_is_the_candidates_own_life(en_cs: Pack) -> None:
    assert "respect" not in earned(en_cs, "I've always respected the rules of chess.")
    assert "respect" in earned(en_cs, "I respected the wishes of the customer.")


@pytest.mark.parametrize(("text", "cid"), [
    ("Jag är flexibel med mina träningstider.", "flexibility"),
    ("Jag gick den extra milen på mitt gymnasiearbete.", "exceeding-expectations"),
    ("Jag löste konflikten mellan mina småsyskon.", "problem-resolution"),
])
def test_swedish_training_times_a_school_project_and_siblings_are_ones_own_life(
        sv_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(sv_cs, text)


def test_a_department_doing_its_part_is_someone_else(hotel: Pack) -> None:
    assert "follow-up" not in earned(hotel, "Housekeeping usually follow up with the guest about lost property.")
    assert "follow-up" in earned(hotel, "I called housekeeping and followed up with the guest myself.")


@pytest.mark.parametrize(("text", "cid"), [
    ("Customer services deal with the follow-up calls.", "follow-up"),
    ("The complaints team sorts out refunds.", "problem-resolution"),
])
def test_another_team_doing_it_is_someone_else(en_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(en_cs, text)


@pytest.mark.parametrize(("text", "cid"), [
    ("If I'm honest, going the extra mile is more my manager's thing.", "exceeding-expectations"),
    ("Flexibility is head office's call.", "flexibility"),
])
def test_someone_elses_possessive_in_the_predicate_owns_the_keyword(en_cs: Pack, text: str,
                                                                     cid: str) -> None:
    assert cid not in earned(en_cs, text)


def test_the_candidates_own_possessive_in_the_predicate_still_earns(en_cs: Pack) -> None:
    assert "empathy" in earned(en_cs, "Empathy is my strongest quality.")


def test_a_value_backed_by_the_candidates_own_life_earns_nothing(hotel: Pack) -> None:
    assert "honesty" not in earned(hotel, "Honesty is important to me, I never lie to my parents.")
    assert "honesty" in earned(hotel, "Honesty is important to me, I always tell guests the truth about delays.")
