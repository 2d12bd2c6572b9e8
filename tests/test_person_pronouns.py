""""He" or "she" standing for a colleague named before it is that colleague's deed ("My manager
was brilliant at it, she knew every regular by name"), not the candidate's; a pronoun of the
other gender between, or a colleague named only in a subordinate clause, leaves the pronoun
to someone else (coach.scoring.roles)."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("My manager was brilliant at it too, she knew every regular by name.", "personalization"),
    ("The best example is my old supervisor at the bank. She knew every customer's name.",
     "personalization"),
    # the other gender as an object between is the person served, not a subject
    ("My manager came out, apologised and she gave him a free month, she really went above and "
     "beyond.", "exceeding-expectations"),
    # "she" as a subject carries the supervisor on, past "an elderly man", "all the time" and
    # three sentences
    ("The person who comes to mind is my old supervisor at the pharmacy. She went above and "
     "beyond all the time. An elderly man's prescription got held up at the wholesaler, and she "
     "drove it round to his house herself. She knew every regular's name.", "personalization"),
    # a group between is no "he" or "she"
    ("My colleague Sam is the one everyone asks for. He remembers every regular's name.",
     "personalization"),
])
def test_a_pronoun_for_a_colleague_is_the_colleagues(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    # "she" is the vet; "he" the owner or his dog, served within fifteen minutes
    ("I took it straight through to the duty vet. She agreed to squeeze the dog in, so he was seen "
     "within fifteen minutes.", "timeliness"),
    # the engineer only in a subordinate clause: "he" is the customer praising the candidate
    ("I called him back the next afternoon, and again after the engineer had been on Friday. He "
     "said it was the first time anyone there had done what they said they'd do.", "reliability"),
    # the candidate, named between
    ("My manager was off. I knew every regular by name.", "personalization"),
    # reached only through the chain, a person brought in by "an" is no antecedent
    ("A man called in, furious. He had no internet. I didn't promise him an engineer that day. "
     "He was on the phone while I ran the tests. I sent a dongle so he could work in the "
     "meantime.", "flexibility"),
])
def test_a_pronoun_for_someone_else_leaves_the_credit(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_swedish_pronoun_for_a_colleague(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Min chef Lena var grym. Hon kom ihåg alla stamkunders namn.",
                     "personalization", "subject")
    assert_set_aside(sv_cs, "Min chef Lena kom ut och gav honom en ny tid. Hon kom ihåg alla "
                            "stamkunders namn.", "personalization", "subject")


@pytest.mark.parametrize("text, cid", [
    # a describing word may open the clause before the subject
    ("Repeat customers are the honest answer.", "realistic-expectations"),
    ("Then other customers follow up with her.", "follow-up"),
    ("Older neighbours would follow up with it.", "follow-up"),
])
def test_a_subject_with_a_describing_word_that_opens_the_clause(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I follow up with anyone who scores under six.", "follow-up"),
    ("Helping someone sort out a problem makes me want to get out of bed.", "passion"),
    ("I'd sort their bags, and tell them honestly that it takes three days.", "realistic-expectations"),
    ("Regular customers always get a smile from me.", "approachability"),
])
def test_a_verb_before_a_pronoun_is_no_describing_word(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_name_set_before_its_role_opens_the_clause(en_cs: Pack) -> None:
    # "Dave the mechanic" is the subject; an adverb or a verb before "the" is no name
    assert_set_aside(en_cs, "Dave the mechanic is dead reliable, always rings me back.", "reliability",
                     "subject")
    from coach.scoring.forms import written_as_name

    analysis = en_cs.rubric.matcher.analyse("Dave said Honestly Then Asked OK I Mr Patel")
    assert [written_as_name(analysis, k) for k in range(len(analysis.tokens))] == [
        True, False, False, False, False, False, False, True, True]


@pytest.mark.parametrize("text, cid", [
    # Swedish roles named by what they are, as the English list names them (owner, driver, intern)
    ("Ägaren brukar också bjuda stamkunderna på en kanelbulle på fredagar.",
     "exceeding-expectations"),
    ("Praktikanten förklarade allt väldigt tydligt för kunden.", "communication"),
])
def test_a_swedish_role_as_subject_is_someone_else(sv_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(sv_cs, text, cid, "subject")


@pytest.mark.parametrize("lang, text, cid", [
    # a name as the subject is someone else: in mid-sentence, or opening a sentence when the
    # answer writes it as a name in mid-sentence too
    ("en", "I rang the supplier and Dave explained the delay.", "communication"),
    ("en", "When I complained, Amazon refunded me the same day.", "problem-resolution"),
    ("en", "My colleague Dave was great with people. Dave always explained everything really "
           "clearly.", "communication"),
    ("sv", "Min kollega Jonna var grym. Jonna förklarade allt tydligt för kunden.", "communication"),
])
def test_a_name_as_subject_is_someone_else(en_cs: Pack, sv_cs: Pack, lang: str, text: str,
                                           cid: str) -> None:
    assert_set_aside(en_cs if lang == "en" else sv_cs, text, cid, "subject")


@pytest.mark.parametrize("lang, text, cid", [
    # a capital that comes anyway is no name: a sentence's first word, after a quotation mark
    ("en", "Good service means explaining things clearly.", "communication"),
    ("en", "I said, 'Let's get this sorted for you right now.'", "problem-resolution"),
    ("en", "I told Dave I'd explain it to the customer myself.", "communication"),
    ("sv", "Tre veckor senare ringde jag och frågade om lampan hade hållit sig släckt.", "follow-up"),
])
def test_a_capital_that_comes_anyway_is_no_name(en_cs: Pack, sv_cs: Pack, lang: str, text: str,
                                                cid: str) -> None:
    assert cid in earned(en_cs if lang == "en" else sv_cs, text)


@pytest.mark.parametrize("lang, text, cid", [
    # a firm that serves the candidate is someone else as the subject
    ("en", "The airline explained everything to me really clearly.", "communication"),
    ("sv", "Min bank ringde upp samma dag som jag mejlat.", "timeliness"),
])
def test_a_firm_as_subject_is_someone_else(en_cs: Pack, sv_cs: Pack, lang: str, text: str,
                                           cid: str) -> None:
    assert_set_aside(en_cs if lang == "en" else sv_cs, text, cid, "subject")


@pytest.mark.parametrize("text", [
    # "went" carries the idiom from its subject: whoever "she" or "they" is, not the candidate
    "The best example was my supervisor at the garden centre. A lady's delivery got missed. She "
    "went above and beyond, honestly.",
    "My phone network followed up within a day, they really went above and beyond.",
])
def test_someone_else_who_went_above_and_beyond(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "exceeding-expectations", "subject")


@pytest.mark.parametrize("text", [
    "I went above and beyond for her and drove it round myself.",
    "We went above and beyond for the couple.",
])
def test_the_candidate_who_went_above_and_beyond(en_cs: Pack, text: str) -> None:
    assert "exceeding-expectations" in earned(en_cs, text)


def test_a_colleague_after_a_fronted_place_is_the_subject(en_cs: Pack) -> None:
    # "At the council contact centre" is fronted: the colleague still opens the clause
    text = ("At the council contact centre my colleague Priya puts a reminder in her calendar to ring "
            "residents a week after a repair.")
    assert_set_aside(en_cs, text, "follow-up", "subject")
    assert "follow-up" in earned(en_cs, "At the council contact centre I ring residents a week after "
                                        "a repair to check it's still working.")


@pytest.mark.parametrize("pack_name, text, cid", [
    # "a family", "ett par" are groups: never what "she" / "hon" stands for
    ("en_cs", "My manager Sue spotted a family looking lost by the lifts. She knew every regular by "
              "name.", "personalization"),
    ("sv_cs", "Min kollega Nadia märkte att ett par firade bröllopsdag. Hon ordnade champagne på "
              "rummet.", "problem-resolution"),
])
def test_a_group_between_leaves_the_pronoun_to_the_colleague(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    assert_set_aside(request.getfixturevalue(pack_name), text, cid, "subject")


def test_a_subordinator_opens_a_clause_and_its_subject_is_someone_else(en_cs: Pack) -> None:
    # "her while she …": no noun phrase ("her old supervisor"); "she" after "while" is the subject
    assert_set_aside(en_cs, "A member was upset about the classes. I sat with her while she set a "
                            "phone reminder for it.", "follow-up", "subject")


def test_a_bare_verb_after_and_is_not_his(en_cs: Pack) -> None:
    # "he was on the phone and EXPLAIN": "he" takes "explains" or "explained", not "explain"
    text = ("My colleague apologised and rang the network. What I did was sit with her while he was "
            "on the phone and explain what was happening at each step.")
    assert "communication" in earned(en_cs, text)
    # a modal governs a bare verb for any subject: "he would listen and explain" is his
    assert_set_aside(en_cs, "My colleague was brilliant. He would stay on the phone and explain "
                            "every step.", "communication", "subject")


def test_a_clause_that_goes_on_describing_someone_else_is_theirs(hotel: Pack) -> None:
    # "was amazing, SUPER APOLOGETIC": the second description has the first one's subject
    text = ("I got bumped from a hotel in Lisbon at midnight and the guy at the desk was amazing, "
            "super apologetic, he even paid my taxi.")
    assert_set_aside(hotel, text, "apology", "subject")
    assert "apology" in earned(hotel, "I stayed calm, really apologetic, and explained the charges.")


def test_the_staff_somewhere_else_is_someone_else(hotel: Pack) -> None:
    text = ("When my grandparents had their anniversary we stayed at a hotel in the Lakes, and the "
            "staff there really went the extra mile.")
    assert_set_aside(hotel, text, "extra-mile", "subject")



@pytest.mark.parametrize("text, cid", [
    ("Butikschefen säger alltid åt oss att gå den extra milen.", "exceeding-expectations"),
    ("Chefen sa åt mig att följa upp med kunden.", "follow-up"),
    ("Handledarna går alltid den extra milen.", "exceeding-expectations"),
])
def test_swedish_managers_and_what_they_tell_us_to_do(sv_cs: Pack, text: str, cid: str) -> None:
    """Plural and compound managers ("handledarna", "butikschefen") are someone else; what they
    tell the candidate to do ("säger åt oss att…") is their wish, not the candidate's deed."""
    assert cid not in earned(sv_cs, text)


@pytest.mark.parametrize("pack_name, text", [
    ("en_cs", "It was my manager who followed up the next day, not me."),
    ("en_cs", "It's my colleague who usually follows up."),
    ("en_cs", "I rang my manager who followed up with the supplier."),
    ("sv_cs", "Det var min chef som följde upp dagen efter."),
])
def test_a_colleague_in_a_relative_clause_does_it(request: pytest.FixtureRequest, pack_name: str,
                                                  text: str) -> None:
    """"It was my manager who followed up", "I rang my manager who followed up": the relative
    clause says who did it, for an ownership criterion too; "It was me who followed up" is the
    candidate's."""
    pack = request.getfixturevalue(pack_name)
    assert_set_aside(pack, text, "follow-up", "subject")


def test_the_candidate_as_the_focus_of_a_cleft_earns(en_cs: Pack, sv_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "It was me who followed up the next day.")
    assert "follow-up" in earned(sv_cs, "Det var jag som följde upp dagen efter.")


@pytest.mark.parametrize("pack_name, text", [
    ("en_cs", "Me and my manager followed up the next day."),
    ("sv_cs", "Jag och min chef följde upp dagen efter."),
])
def test_the_candidate_joined_to_a_colleague_is_their_team(request: pytest.FixtureRequest,
                                                           pack_name: str, text: str) -> None:
    """"Me and my manager followed up": one subject the candidate shares, their team's deed."""
    assert "follow-up" in earned(request.getfixturevalue(pack_name), text)


def test_swedish_the_customer_before_a_form_of_be_is_the_subject(sv_cs: Pack) -> None:
    """"Kunden var väldigt flexibel": the customer's trait; "kunden" is no served subject
    elsewhere, where it tells how the candidate's service was received."""
    assert "flexibility" not in earned(sv_cs, "Kunden var väldigt flexibel med leveransdatumet.")
    assert "follow-up" in earned(sv_cs, "Kunden var nöjd eftersom jag följde upp dagen efter.")
    assert "flexibility" in earned(sv_cs, "Jag var flexibel med kundens leveransdatum.")


@pytest.mark.parametrize("text, cid", [
    ("She phoned him a week later to make sure it hadn't happened again.", "follow-up"),
    ("A lady's old spaniel had to be put to sleep. She went so far above and beyond for her.",
     "exceeding-expectations"),
    ("To be fair he did apologise too, and he rang her afterwards to check the plumber had come.",
     "follow-up"),
])
def test_he_or_she_before_the_verb_of_a_match_is_someone_else(en_cs: Pack, text: str,
                                                               cid: str) -> None:
    """Whoever "he" or "she" stands for, the verb they are the subject of is not the
    candidate's, a few words before the match too (coach.scoring.persons.pronoun_agent)."""
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I sorted it and he had his tablets within fifteen minutes.", "timeliness"),
    ("I called the depot and she got a full refund that afternoon.", "problem-resolution"),
    ("I walked her through every step, so she knew exactly what to expect.", "communication"),
])
def test_what_he_or_she_got_is_still_the_service(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("Sophie, who's been at the deli for years, knows every regular by name.", "personalization"),
    ("Our team leader, Sam, always follows up the next day.", "follow-up"),
    ("My supervisor, who trained me, always went the extra mile.", "exceeding-expectations"),
    ("Sandra, our team leader, was brilliant at explaining the returns policy.", "communication"),
    ("Our concierge, Luca, always goes above and beyond for the guests.", "exceeding-expectations"),
    # a phrase of place or time around the role
    ("My manager at the Kingsley, Deborah, was brilliant at explaining the returns policy.",
     "communication"),
    ("At the Beaumont in November the duty manager, Raj, went above and beyond for a guest.",
     "exceeding-expectations"),
    ("The lecturer on my course at Sheffield Hallam, Dr. Mills, explained everything so clearly.",
     "communication"),
])
def test_a_subject_named_before_a_clause_set_off_is_someone_else(en_cs: Pack, text: str,
                                                                  cid: str) -> None:
    """A relative clause or a name in apposition between a colleague (or a name) and the verb
    leaves that person the subject (coach.scoring.shared.set_off_subject)."""
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("The customer, who had waited an hour, got a refund straight away.", "problem-resolution"),
    ("I, who had never done it before, followed up the next day.", "follow-up"),
    ("I rang Sandra, our team leader, and explained the problem to the customer.", "communication"),
    ("At the Carrick in June a guest, Louise, was upset, so I explained the options clearly.",
     "communication"),
])
def test_the_person_served_or_the_candidate_before_a_set_off_clause_still_earns(
        en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("On the complaints line, Marcus was the calm one, he'd never raise his voice.", "respect"),
    ("She kept her cool the whole time.", "respect"),
])
def test_someone_elses_possessive_where_the_phrase_has_my_is_their_deed(en_cs: Pack, text: str,
                                                                        cid: str) -> None:
    """A phrase of the candidate's own ("never raise MY voice") matched with "his" or "her"
    in that place (coach.scoring.persons.other_possessor)."""
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I never raise my voice, whatever they say.", "respect"),
    ("I tell them exactly what I'm going to do next.", "communication"),
])
def test_the_candidates_own_possessive_or_an_object_pronoun_still_earns(en_cs: Pack, text: str,
                                                                        cid: str) -> None:
    assert cid in earned(en_cs, text)
