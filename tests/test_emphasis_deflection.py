"""English judgement on the bundled pack: double negatives and "never stop"-type emphasis
affirm; "impossible" negates; leaving the work to someone else is a deflection; a keyword
said of the candidate's own sport, studies or pay is another sense."""

from __future__ import annotations

from pathlib import Path

import pytest
from judgement_support import earned

from coach.packs import Pack, load_pack
from coach.scoring import detect

ROOT = Path(__file__).resolve().parent.parent



def assert_set_aside(pack: Pack, text: str, cid: str, rule: str) -> None:
    """The criterion's keyword is found but earns nothing: the judgement rule `rule` set it aside."""
    result = detect(pack, text)[cid]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == rule, result


@pytest.mark.parametrize("text, cid", [
    ("There isn't a single customer I don't follow up with.", "follow-up"),
    ("I'm not someone who doesn't listen to the customer.", "communication"),
    ("I never stop listening to the customer until they have finished.", "communication"),
    ("I never get tired of showing empathy to customers.", "empathy"),
    ("It's impossible to do this job without empathy.", "empathy"),
    ("Not a day goes by that I don't put myself in the customer's shoes.", "empathy"),
    ("I wouldn't be doing my job if I didn't show empathy.", "empathy"),
    ("I won't close a case until I've followed up with the customer.", "follow-up"),
    ("I never shy away from taking ownership of a problem.", "problem-resolution"),
    ("Listening is never a waste of time.", "communication"),
])
def test_emphasis_earns(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("I had no time and didn't follow up with the customer.", "follow-up"),
    ("It was impossible to follow up with the customer that week.", "follow-up"),
    ("I don't think empathy matters much in retail.", "empathy"),
    ("I don't stop and listen to customers when it's busy.", "communication"),
    ("I never listened to customers properly before this job.", "communication"),
    # a noun of character between the negation and the match
    ("I'm not the kind of person who goes the extra mile for strangers.", "exceeding-expectations"),
    ("I'm not the type of person who goes the extra mile.", "exceeding-expectations"),
])
def test_plain_negation_still_negates(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Honestly I'd call the manager over and let him sort it out while I serve the next person.",
     "problem-resolution"),
    ("I would tell the customer to write to head office and they will resolve it.",
     "problem-resolution"),
    ("I'd ask them to fill in a complaint form and the office would follow up with them.",
     "follow-up"),
    ("I would hand it over to my team leader and let them sort it out.", "problem-resolution"),
    ("I'd explain the delay and let maintenance sort it out.", "problem-resolution"),
    ("I'd log the complaint and accounts will resolve it.", "problem-resolution"),
    ("I'd forward the email to the events team and they'd follow up with the customer.",
     "follow-up"),
    ("My supervisor would resolve it and call them back, that is her job.", "follow-up"),
    ("I'd leave a note for the morning shift to sort it out.", "problem-resolution"),
    ("Usually I hand over to the next shift to follow up.", "follow-up"),
    ("I handed over to my manager and she sorted it out.", "problem-resolution"),
])
def test_leaving_the_work_to_someone_else_is_a_deflection(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "deflection")


@pytest.mark.parametrize("text, cid", [
    ("I got the technician to prioritise it and we sorted it out the same day.",
     "problem-resolution"),
    ("I escalated it to my manager, but I stayed with the customer and we fixed it together.",
     "problem-resolution"),
    ("I took ownership, fixed the fault myself and called her back the next day.", "follow-up"),
    ("My manager would sign it off and I'd call them back the same day.", "follow-up"),
    ("I never let a customer leave without following up.", "follow-up"),
    ("I stayed for an hour to sort it out with her.", "problem-resolution"),
    ("I followed up myself before I handed over to the night team.", "follow-up"),
])
def test_owning_the_work_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("I am passionate about basketball and play every Sunday.", "passion"),
    ("My salary was reliable, which mattered to me.", "reliability"),
    ("I was flexible around my exams that term.", "flexibility"),
    ("I'm passionate about cooking, it's my favourite thing to do.", "passion"),
    ("I follow up with my recruiter every week about new roles.", "follow-up"),
    ("I quickly learned that retail was not for me.", "timeliness"),
    ("I'm very empathetic with my friends, they always come to me.", "empathy"),
    ("I followed up on my CompTIA certification last month.", "follow-up"),
    ("I explained it in plain words to my grandad.", "communication"),
    ("I listen to my grandad when he calls about his phone.", "communication"),
    ("I have a lot of patience from teaching guitar.", "respect"),
    ("I have a lot of patience as a person, my parents raised me that way.", "respect"),
    ("I always explain everything clearly when I sell my car.", "communication"),
    ("Honestly the best part of the job is the staff discount.", "passion"),
])
def test_a_keyword_about_the_candidates_own_pursuits_earns_nothing(en_cs: Pack, text: str,
                                                                    cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    ("I am passionate about helping customers.", "passion"),
    ("I helped a customer find football boots quickly.", "timeliness"),
    ("I was flexible with her schedule and moved the delivery.", "flexibility"),
    ("I love helping people find the right sports shoes.", "passion"),
    ("I promised to get back to the customer by five and I did.", "follow-up"),
    ("I said I would get back to Mrs Patel, and I rang her at four.", "follow-up"),
    ("I quickly found a replacement and had it sent out that afternoon.", "timeliness"),
])
def test_the_same_words_in_a_customers_story_still_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_reversed_pair_without_the_small_word_between_is_not_the_phrase(en_cs: Pack) -> None:
    # "like the job" (passion) is not "a job like this"; "the job I like" still is.
    assert "passion" not in earned(en_cs, "Empathy matters in a job like this.")
    assert "passion" in earned(en_cs, "It is the job I like most, helping people every day.")


def test_a_swedish_double_negative_affirms_and_a_coordinated_one_does_not() -> None:
    sv = load_pack(ROOT / "questions" / "customer-service-sv.yaml")
    assert "follow-up" in earned(sv, "Det finns ingen kund som jag inte följer upp med.")
    assert "follow-up" not in earned(sv, "Jag hade ingen tid och följde inte upp.")


def test_a_non_apology_is_an_idiom(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I'm sorry you feel that way, but the policy is the policy.", "empathy",
                     "idiom")
    assert "empathy" in earned(en_cs, "I'm sorry you had to wait so long for the engineer.")


def test_a_privative_noun_after_the_match_is_no_comparison(en_cs: Pack) -> None:
    # "never … extras" keeps its negation; "nothing … more than" is emphasis.
    assert "exceeding-expectations" not in earned(
        en_cs, "We never do complimentary extras for customers.")
    assert "passion" in earned(en_cs, "There is nothing I enjoy more than helping customers.")


@pytest.mark.parametrize("text, cid, rule", [
    ("I'll let security know and go back to the queue.", "communication", "object"),
    ("After that I'd get back to the check-ins.", "follow-up", "object"),
    ("I'd say: I'm sorry you feel that way, let me get her.", "empathy", "idiom"),
    ("I'd pass it on to my supervisor and get back to stacking shelves.", "follow-up", "object"),
    ("I let the engineers do the talking, I just book the appointments.", "communication", "object"),
])
def test_a_colleague_a_task_or_a_marker_in_the_phrases_place(en_cs: Pack, text: str, cid: str,
                                                           rule: str) -> None:
    assert_set_aside(en_cs, text, cid, rule)


@pytest.mark.parametrize("text, cid", [
    ("I'll let the customer know as soon as I hear.", "communication"),
    ("I let the customer do the talking first.", "communication"),
    ("I let the angry man vent before I said a word.", "communication"),
    ("I gave the kids a free popcorn each.", "exceeding-expectations"),
    ("I always check back with them a week later.", "follow-up"),
    ("Surprise, surprise, I went above and beyond for her anyway.", "exceeding-expectations"),
])
def test_the_phrase_in_its_own_sense_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_fixed_marker_may_hold_a_comma(en_cs: Pack) -> None:
    from coach.scoring import score_answer

    fillers = {f.text for f in score_answer(en_cs, "angry-customer",
                                            "Surprise, surprise, the customer was angry.").fillers}
    assert "surprise surprise" in fillers


IT_PACK = """\
pack: helpdesk
title: IT helpdesk
language: en
criteria:
  ownership:
    label: Ownership
    ownership: true
    keywords: [take ownership, fix it, resolve, sort it out]
  patience:
    label: Patience
    keywords: [patient, patience, stay calm]
questions:
  - id: outage
    prompt: A user's laptop won't connect to the VPN before a big presentation. What do you do?
    criteria: [ownership, patience]
"""


def test_an_unseen_rubric_gets_the_same_rules() -> None:
    from coach.packs import load_pack_text

    pack = load_pack_text(IT_PACK)
    assert_set_aside(pack, "I'd let the network team resolve it and get back to my own tickets.",
                     "ownership", "deflection")
    assert_set_aside(pack, "I'm really patient when I'm gaming, I never rage quit.", "patience",
                     "sense")
    assert earned(pack, "I stay calm when the user is panicking and fix it myself.") == {
        "ownership", "patience"}
    assert earned(pack, "She didn't listen at first and I stayed calm.") == {"patience"}
    assert earned(pack, "I don't lose my patience, even when a user shouts.") == {"patience"}
    assert not earned(pack, "I didn't panic and didn't stay calm either.")
    assert_set_aside(pack, "I'd log it, but fixing it is second line's job.", "ownership",
                     "deflection")


def test_a_frame_puts_the_whole_sentence_in_the_candidates_own_life(en_cs: Pack) -> None:
    framed = detect(en_cs, "When I travel, I always ask for a discount and they go above and beyond.")
    aside = framed["exceeding-expectations"].set_aside
    assert aside is not None and aside.rule == "sense"
    assert "exceeding-expectations" in earned(
        en_cs, "When a regular came in, I went above and beyond for her.")


def test_a_swedish_frame_of_the_candidates_own_life() -> None:
    sv = load_pack(ROOT / "questions" / "customer-service-sv.yaml")
    assert not earned(sv, "När jag reser ber jag alltid om en uppgradering, och de gör det lilla "
                          "extra.")
    assert "exceeding-expectations" in earned(
        sv, "När en stamkund kom in gjorde jag det lilla extra för henne.")


def test_a_marker_mid_sentence_after_another_is_still_a_marker() -> None:
    hotel = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    assert_set_aside(hotel, "If you ask me, the honest truth is the pay matters most.", "honesty",
                     "idiom")


@pytest.mark.parametrize("text, cid", [
    ("I'm told I'm empathetic, though I'm not sure what that means.", "empathy"),
    ("Customers expect me to follow up, but I rarely have time.", "follow-up"),
    ("I've heard that exceeding expectations matters, but I just do the basics.",
     "exceeding-expectations"),
    ("In the training they told us to always apologise and follow up.", "follow-up"),
    ("We were trained to follow up within a day.", "follow-up"),
    ("I was trained to greet every customer within ten seconds of them coming in.", "timeliness"),
    ("I was taught to follow up within a day.", "follow-up"),
])
def test_hearsay_and_others_expectations_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "hearsay")


def test_what_the_candidate_did_after_being_told_still_earns(en_cs: Pack) -> None:
    text = "My manager told me to follow up, so I rang her the next day to check it worked."
    assert detect(en_cs, text)["follow-up"].earned
    assert detect(en_cs, "I told them I'd follow up the next day.")["follow-up"].earned


def test_a_keyword_called_overrated_is_negated(en_cs: Pack) -> None:
    assert "approachability" not in earned(en_cs, "Being friendly is overrated; customers just "
                                               "want their stuff.")
    assert "approachability" in earned(en_cs, "Being friendly is what brings people back.")
    assert "follow-up" in earned(en_cs, "I was told about the fault, so I followed up the next day.")


@pytest.mark.parametrize("text", [
    # the hand-off in the sentence before, and someone else as the subject of the outcome
    "That's customer services upstairs, so I told her where to go. I think she got a refund in "
    "the end.",
    "I told him where to go. I think they fixed it in the end.",
])
def test_a_hand_off_in_the_sentence_before_makes_the_outcome_someone_elses(text: str) -> None:
    pack = load_pack("customer-service")
    assert_set_aside(pack, text, "problem-resolution", "deflection")


def test_the_candidate_taking_it_back_after_an_adverb_still_earns() -> None:
    pack = load_pack("customer-service")
    text = "I told her where to go. Later I sorted a refund for her myself."
    assert detect(pack, text)["problem-resolution"].earned


@pytest.mark.parametrize("text, earns", [
    ("That's for the online team, I'd just give them the link to resolve it themselves.", False),
    ("I'd give them the link so they can sort it out themselves.", False),
    ("I resolved it myself and showed them how to do it themselves next time.", True),
    ("That's for the best, so I resolved it on the spot.", True),
])
def test_another_team_or_the_customer_left_to_do_it(text: str, earns: bool) -> None:
    # Every hand-off near the match counts, not only the first: "that's for the online team"
    # is taken back by "I'd…", but "resolve it themselves" is not.
    result = detect(load_pack("customer-service"), text)["problem-resolution"]
    assert result.earned is earns
    if not earns:
        assert result.set_aside is not None and result.set_aside.rule == "deflection"


@pytest.mark.parametrize("text", [
    "I'd apologise and then get the duty manager to sort it out, that's their call.",
    "I'd get security to resolve it, that's what they're there for.",
])
def test_saying_it_is_someone_elses_call_hands_it_off(hotel: Pack, text: str) -> None:
    assert_set_aside(hotel, text, "problem-resolution", "deflection")


@pytest.mark.parametrize("text, cid", [
    ("I was too busy to follow up with the customer.", "follow-up"),
    ("I was way too tired to explain it properly.", "communication"),
    ("We'd been turning tables too quickly and the couple felt rushed.", "timeliness"),
    ("I used to be too flexible with the rules and it caused problems.", "flexibility"),
])
def test_too_much_to_do_it_negates(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert not result.earned and result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("I'm never too busy to follow up with a customer.", "follow-up"),
    ("I was never too tired to explain things to a customer.", "communication"),
    ("It's impossible to overdo empathy.", "empathy"),
    ("I was too busy, so I followed up with her the next day.", "follow-up"),
    ("I served the next customer quickly too.", "timeliness"),
])
def test_never_too_busy_to_and_impossible_to_overdo_affirm(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text", [
    "I'd pass it to my manager so the problem gets solved.",
    "I'd send them to the returns counter so the problem gets solved.",
    "I'd point them to the service desk upstairs so it gets resolved.",
    "I'd get them to fill in the online form so the problem gets solved.",
])
def test_a_hand_off_then_a_passive_is_not_the_candidates_resolution(en_cs: Pack, text: str) -> None:
    assert not detect(en_cs, text)["problem-resolution"].earned


def test_a_passive_with_no_hand_off_still_earns(en_cs: Pack) -> None:
    assert detect(en_cs, "I stayed on the line until the problem got solved.")["problem-resolution"].earned


def test_struggling_to_do_it_negates_and_never_struggling_affirms(en_cs: Pack) -> None:
    struggling = detect(en_cs, "I struggle to stay polite with rude customers.")["respect"]
    assert not struggling.earned and struggling.negated
    assert detect(en_cs, "I never struggle to stay polite, even with rude customers.")["respect"].earned
    assert detect(en_cs, "I struggled to reach the supplier, but I followed up with the customer "
                         "the next day.")["follow-up"].earned


@pytest.mark.parametrize("pack_name, text, cid, earned", [
    ("en_cs", "Following up is pointless.", "follow-up", False),
    ("en_cs", "Following up is never pointless.", "follow-up", True),
    ("en_cs", "Empathy is not overrated.", "empathy", True),
    ("sv_cs", "Uppföljning är onödigt.", "follow-up", False),
    ("sv_cs", "Flexibilitet är överskattat.", "flexibility", False),
    ("sv_cs", "Uppföljning är aldrig onödigt.", "follow-up", True),
    ("sv_cs", "Flexibilitet är inte överskattat.", "flexibility", True),
])
def test_a_dismissal_negates_and_a_denied_dismissal_affirms(request: pytest.FixtureRequest, pack_name: str,
                                                            text: str, cid: str, earned: bool) -> None:
    result = detect(request.getfixturevalue(pack_name), text)[cid]
    assert result.earned is earned and result.negated is not earned, result


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    # explaining whose fault it was not is no communication…
    ("en_cs", "When she rang me I explained it wasn't us and gave her the warehouse number.",
     "communication"),
    ("sv_cs", "Jag förklarade att det inte var vårt fel och gav henne numret till lagret.",
     "communication"),
    ("te_cs", "ఇది మా తప్పు కాదు అని కస్టమర్‌కి వివరించాను.", "communication"),
    # … and telling them it straight is no honest news
    ("en_cs", "I told him straight it wasn't me who'd done it.", "realistic-expectations"),
    ("sv_cs", "Jag sa rakt ut att det inte var mitt fel.", "realistic-expectations"),
    ("te_cs", "నా తప్పు కాదు అని నిజం చెప్పాను.", "realistic-expectations"),
])
def test_whose_fault_it_was_not_is_blame(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    pack = request.getfixturevalue(pack_name)
    assert_set_aside(pack, text, cid, "exclusion")


def test_telling_them_straight_what_went_wrong_is_still_honest_news(en_cs: Pack) -> None:
    assert "realistic-expectations" in earned(en_cs, "I told him straight it would be late.")


def test_explaining_what_went_wrong_still_communicates(en_cs: Pack) -> None:
    assert "communication" in earned(en_cs, "I explained what had gone wrong and what happens next.")


def test_a_colleague_in_the_place_of_the_person_served_is_no_match(en_cs: Pack) -> None:
    # "let {them} tell" names the customer telling their story, not the team leader telling them
    assert "communication" not in earned(en_cs, "I'd rather let the team leader tell them.")
    assert "communication" in earned(en_cs, "I let her tell me the whole story first.")


def test_letting_someone_at_work_do_it_hands_the_problem_off(en_cs: Pack) -> None:
    # the problem named before the hand-off in its sentence (handoffs.left_to)
    assert_set_aside(en_cs, "If they want a refund I'd let the team leader deal with it.",
                     "problem-resolution", "deflection")
    assert_set_aside(en_cs, "With bad news, like a refund being refused, I'd rather let the team "
                            "leader tell them.", "problem-resolution", "deflection")
    # letting a manager know is no hand-off
    assert "problem-resolution" in earned(en_cs, "I sorted the refund and let my manager know.")


@pytest.mark.parametrize("text", [
    "If they want a refund, I tell them that's a head office decision.",
    "If they want a refund, sometimes I'll call the team leader over and let her deal with it.",
])
def test_a_decision_for_head_office_or_letting_her_deal_with_it_is_a_hand_off(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "problem-resolution", "deflection")


def test_a_privative_participle_after_a_determiner_describes_its_noun() -> None:
    # "the LOST property procedure" is no "lost" that a negation would turn into emphasis
    hotel = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    found = detect(hotel, "I don't know the lost property procedure here yet.")["policy-knowledge"]
    assert not found.earned and found.negated
    assert "policy-knowledge" in earned(hotel, "I know the lost property procedure inside out.")


@pytest.mark.parametrize(("text", "cid"), [
    ("I never lost my patience with her, even when she shouted.", "respect"),
    ("A proper smile, not a fake one, the second anyone walks in.", "approachability"),
])
def test_a_privative_verb_or_adjective_negated_still_affirms(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)
