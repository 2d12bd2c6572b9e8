"""The candidate's own life, probed from a general list of pursuits and people rather than the
labelled answers: a keyword shown in a hobby, a faith, a study or with family earns nothing,
wherever in the clause the pursuit is named; the same keyword at work still earns."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect

PURSUITS = ["football", "bouldering", "judo", "ballet", "salsa", "choir", "chess", "pottery",
            "parkrun", "church", "scouts", "gaming", "poker", "archery", "rowing"]
PEOPLE = ["flatmates", "nephew", "grandmother", "children", "mates", "dog"]


@pytest.mark.parametrize("pursuit", PURSUITS)
@pytest.mark.parametrize("frame, cid", [
    ("I'm the friendly one at {x}.", "approachability"),
    ("I love solving problems in {x}.", "problem-resolution"),
    ("I'm very flexible with my {x}.", "flexibility"),
    ("I have a real passion for {x}.", "passion"),
])
def test_a_keyword_shown_in_a_pursuit_earns_nothing(en_cs: Pack, pursuit: str, frame: str,
                                                    cid: str) -> None:
    assert not detect(en_cs, frame.format(x=pursuit))[cid].earned


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("frame, cid", [
    ("I communicate well with my {x}.", "communication"),
    ("I show a lot of empathy to my {x}.", "empathy"),
])
def test_a_keyword_shown_with_someone_from_the_candidates_life_earns_nothing(
        en_cs: Pack, person: str, frame: str, cid: str) -> None:
    assert not detect(en_cs, frame.format(x=person))[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("I'm the friendly one at the till, even on a Saturday.", "approachability"),
    ("I'm always friendly to customers at the gym where I work.", "approachability"),
    ("I solved the problem in the music department that afternoon.", "problem-resolution"),
    ("I communicate well with my team and with every customer.", "communication"),
    ("At the vet's reception I stayed patient with the dog and its owner.", "respect"),
    ("I was flexible with the customer's booking.", "flexibility"),
])
def test_the_same_keyword_at_work_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


SV_PURSUITS = ["judo", "balett", "kören", "keramik", "scouterna", "kyrkan", "tentan", "mormor",
               "lillebror", "löpning"]


@pytest.mark.parametrize("pursuit", SV_PURSUITS)
@pytest.mark.parametrize("frame, cid", [
    ("Jag är väldigt flexibel med {x}.", "flexibility"),
    ("Jag har en stor passion för {x}.", "passion"),
    ("Jag är väldigt pålitlig när det gäller {x}.", "reliability"),
])
def test_swedish_a_keyword_shown_in_a_pursuit_earns_nothing(sv_cs: Pack, pursuit: str, frame: str,
                                                            cid: str) -> None:
    assert not detect(sv_cs, frame.format(x=pursuit))[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Jag var flexibel med kundens bokning.", "flexibility"),
    ("Jag är pålitlig när det gäller leveranser till kunderna.", "reliability"),
])
def test_swedish_the_same_keyword_at_work_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("pursuit", ["football", "chess", "church", "my flatmates"])
def test_a_describing_word_spelled_as_a_person_does_not_end_the_search(hotel: Pack, pursuit: str) -> None:
    """"calm and PATIENT at football": the word a clinic's patient is spelled with describes
    the candidate here, so the pursuit after it still makes it the candidate's own life."""
    assert not detect(hotel, f"I stay calm and patient at {pursuit}.")["composure"].earned


def test_a_patient_at_work_still_earns(hotel: Pack) -> None:
    assert detect(hotel, "I stay calm with the patient at the front desk.")["composure"].earned


@pytest.mark.parametrize("pursuit", ["భరతనాట్యం", "కబడ్డీ", "గేమింగ్", "బ్యాడ్మింటన్"])
def test_telugu_a_keyword_shown_in_a_pursuit_earns_nothing(te_cs: Pack, pursuit: str) -> None:
    assert not detect(te_cs, f"నాకు {pursuit} అంటే ప్యాషన్.")["passion"].earned
    assert not detect(te_cs, f"{pursuit} విషయంలో నేను చాలా ఫ్లెక్సిబుల్.")["flexibility"].earned


@pytest.mark.parametrize("text, cid", [
    ("Cooking is my passion.", "passion"),
    ("Pottery is my passion.", "passion"),
    ("I follow up on my finances every month.", "follow-up"),
])
def test_the_candidates_own_pursuit_or_money_earns_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", ["Helping people is my passion.", "Customer service is my passion."])
def test_serving_people_as_a_passion_still_earns(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["passion"].earned


@pytest.mark.parametrize("group", ["my salsa class", "my book club", "my scout troop", "my running club",
                                   "my chess club"])
@pytest.mark.parametrize("frame, cid", [
    ("I'm always respectful to everyone in {x}.", "respect"),
    ("I'm the one who welcomes new people to {x}.", "approachability"),
    ("I'm the empathetic one in {x}.", "empathy"),
])
def test_a_keyword_shown_in_the_candidates_own_group_earns_nothing(en_cs: Pack, group: str, frame: str,
                                                                   cid: str) -> None:
    assert not detect(en_cs, frame.format(x=group))[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("I'm always respectful to everyone in the shop.", "respect"),
    ("I'm respectful to everyone in my team.", "respect"),
    ("I welcome every new member to the club where I work.", "approachability"),
])
def test_everyone_at_work_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "When I'm gaming online I'm the one who explains the strategy clearly to the newbies.",
    "When I'm gaming online, I explain the strategy clearly to the newbies.",
])
def test_a_pastime_said_as_a_verb_sets_the_scene(en_cs: Pack, text: str) -> None:
    """"gaming" alone ends like a verb ("reading up on" is no pastime), so the frames name it."""
    assert not detect(en_cs, text)["communication"].earned


@pytest.mark.parametrize("text, cid", [
    ("När jag spelar online är det jag som förklarar taktiken tydligt för nybörjarna.", "communication"),
    ("Mina rumskamrater säger att jag är väldigt pålitlig med räkningarna.", "reliability"),
])
def test_swedish_a_pastime_or_the_candidates_roommates(sv_cs: Pack, text: str, cid: str) -> None:
    assert not detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "I follow up on my physio exercises every evening.",
    "I'm following up on my visa application this week.",
    "I followed up on my CV with a phone call to the recruiter.",
])
def test_following_up_on_ones_own_paperwork_or_recovery_earns_nothing(en_cs: Pack, text: str) -> None:
    assert not detect(en_cs, text)["follow-up"].earned


def test_following_up_on_a_customers_application_still_earns(en_cs: Pack) -> None:
    assert detect(en_cs, "I followed up on her visa application the next day.")["follow-up"].earned
