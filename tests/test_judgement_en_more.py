"""English judgement on the bundled pack and on the hotel evaluation rubric: a keyword said
of the person served as its subject is their behaviour, not the candidate's ("the customer
stayed patient with me"), while what the candidate does for them still earns; a reordered
match never reaches across a clause linker; talk to the interviewer ("Let me explain…",
"Clearly, …") is a discourse marker."""

from __future__ import annotations

from pathlib import Path

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect

ROOT = Path(__file__).resolve().parent.parent




@pytest.mark.parametrize("text, cid", [
    ("The customer stayed patient with me while the system was down.", "respect"),
    ("She explained that the parcel had gone to the wrong address.", "communication"),
    ("Honestly the caller was polite the whole time, the courier had messed up.", "respect"),
    ("They were very polite about the delay.", "respect"),
    # a greeting said by the customer, the verb of saying right before it
    ("The customer said hello.", "approachability"),
    ("Customers are always so friendly at my till; they smile and say hello before I do.", "approachability"),
])
def test_the_customers_own_behaviour_earns_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("The guest explained that his flight had been cancelled.", "clear-explanation"),
    ("She was really complimentary about the breakfast.", "extra-mile"),
    ("The guest was very patient with me, which I appreciated.", "composure"),
    ("He apologised for the noise the next morning.", "apology"),
])
def test_a_guests_behaviour_earns_nothing_on_a_rubric_tuned_elsewhere(hotel: Pack, text: str,
                                                                       cid: str) -> None:
    assert_set_aside(hotel, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I stayed patient with the customer while the system was down.", "respect"),
    ("I spoke to the customer calmly and explained what had happened.", "communication"),
    ("The customer was happy because I followed up the next day.", "follow-up"),
    # What the customer is spared is the candidate's service.
    ("The customer didn't have to wait long because I'd already called the warehouse.", "timeliness"),
    ("The customer left feeling heard.", "empathy"),
    ("I said hello to every customer who came in.", "approachability"),
    ("Customers used to come to my counter even when the other one was free; they said you are easy to talk to.",
     "approachability"),
])
def test_what_the_candidate_does_for_them_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


def test_a_reordered_match_does_not_reach_across_a_clause_linker(hotel: Pack) -> None:
    # "call their room" is not "room, so I'd transfer the call"
    assert "follow-up" not in earned(hotel, "Reservations would find them a room, so I'd transfer the call.")
    assert "follow-up" in earned(hotel, "Later that evening I'd call their room to check on them.")


@pytest.mark.parametrize("text, cid", [
    ("Listen, night shifts are hard. The guest came down at two.", "clear-explanation"),
    ("Clearly, it was a busy night.", "clear-explanation"),
    ("Let me explain the situation first: we were fully booked.", "clear-explanation"),
    ("I'm sorry to say it happens a lot on Fridays.", "apology"),
    ("Patience is a virtue, as they say, and the night was long.", "composure"),
])
def test_talk_to_the_interviewer_earns_nothing(hotel: Pack, text: str, cid: str) -> None:
    assert_set_aside(hotel, text, cid, "idiom")


@pytest.mark.parametrize("text, cid", [
    ("I explained it clearly and told them what happens next.", "clear-explanation"),
    ("I listen to the guest first and let them finish.", "clear-explanation"),
    ("I'm sorry about the noise, I said, and moved them to another room.", "apology"),
])
def test_the_same_words_as_a_claim_still_earn(hotel: Pack, text: str, cid: str) -> None:
    assert cid in earned(hotel, text)


@pytest.mark.parametrize("text, cid", [
    # the person served sent off to do it themselves
    ("I'd advise them to contact the airline and follow up with them themselves.", "follow-up"),
    ("I'd suggest they speak to the duty manager in the morning to resolve it.", "problem-resolution"),
    # someone else's would/will further back, or before a coordinated modal
    ("That's really the restaurant's area, so I'd send them there and they'd work out a solution.",
     "problem-resolution"),
    ("I'd put a note in for the day team, they'll make sure it's resolved.", "problem-resolution"),
    # an outside firm left to do it, and the hand-off said outright
    ("I'd give the guest the airline's number so the airline can sort it out.", "problem-resolution"),
    ("I'd raise it with the night manager, it's up to her to fix it.", "problem-resolution"),
    ("It's out of my hands at that point, the duty manager takes over and sorts it out.",
     "problem-resolution"),
])
def test_work_left_to_the_guest_or_someone_else_is_a_deflection(hotel: Pack, text: str, cid: str) -> None:
    assert_set_aside(hotel, text, cid, "deflection")


@pytest.mark.parametrize("text, cid", [
    ("I'd ask them to take a seat while I sort it out.", "problem-resolution"),
    ("I asked the guest to wait five minutes and then I fixed it myself.", "problem-resolution"),
    ("I told the guest I'd follow up in the morning, and I did.", "follow-up"),
    ("They'd be happy, and I'd still check back the next morning.", "follow-up"),
    ("The manager and I would sort it out together.", "problem-resolution"),
])
def test_the_candidates_own_work_beside_them_still_earns(hotel: Pack, text: str, cid: str) -> None:
    assert cid in earned(hotel, text)


@pytest.mark.parametrize("text, cid", [
    ("I upgraded my laptop so I could do the online course.", "options"),
    ("I always follow up on job applications.", "follow-up"),
    ("I'm honest with myself about my weaknesses, like my time management.", "honesty"),
    ("I listen to audiobooks on my commute, it keeps me calm.", "composure"),
    ("At uni I had to explain complex ideas clearly in my presentations.", "clear-explanation"),
    ("My new year's resolution was to get fitter, and I stuck to it.", "problem-resolution"),
    ("When I was travelling I always found a solution when a hostel was full.", "problem-resolution"),
])
def test_the_candidates_own_things_trips_and_learning_are_another_sense(hotel: Pack, text: str,
                                                                        cid: str) -> None:
    assert_set_aside(hotel, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    ("I'd offer a free upgrade to make their trip memorable.", "extra-mile"),
    ("I was honest with the guest about what I could do.", "honesty"),
    ("I kept calm and moved them to another room.", "composure"),
])
def test_the_guests_trip_and_the_candidates_work_still_earn(hotel: Pack, text: str, cid: str) -> None:
    assert cid in earned(hotel, text)


@pytest.mark.parametrize("text", [
    "My sister works in a hotel in Leeds, that's how I got interested.",
    "My partner works at a hotel, so I know the hours.",
])
def test_a_compound_keyword_is_not_made_of_family_and_a_place(hotel: Pack, text: str) -> None:
    assert_set_aside(hotel, text, "options", "sense")


@pytest.mark.parametrize("text, cid", [
    ("I'd ring our partner hotel down the road and book them in.", "options"),
    ("I followed up the next day, which my dad taught me to do.", "follow-up"),
])
def test_family_in_another_clause_leaves_the_claim(hotel: Pack, text: str, cid: str) -> None:
    assert cid in earned(hotel, text)


def test_respect_made_conditional_by_a_saying_is_no_claim(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "Respect goes both ways, in my view.", "respect", "idiom")
    assert "respect" not in earned(en_cs, "If they're rude I'm not going to be polite back, respect goes both ways.")


@pytest.mark.parametrize("text", [
    "I'm reliable, I've never missed a shift.",
    "I'm very reliable and I'm never late for work.",
])
def test_reliable_about_the_candidates_attendance_is_another_sense(en_cs: Pack, text: str) -> None:
    assert_set_aside(en_cs, text, "reliability", "sense")


def test_escalating_is_no_problem_resolution_in_the_bundled_pack(en_cs: Pack) -> None:
    assert "problem-resolution" not in earned(en_cs, "I'd just escalate it to the manager and go back to my till.")
    assert "problem-resolution" not in earned(en_cs, "I'd escalate it straight away.")


@pytest.mark.parametrize("text, cid", [
    ("My colleague stayed really polite with him.", "respect"),
    ("My colleague was lovely too, she brought him a glass of water and was really polite.", "respect"),
    ("The guest came down and was very polite about it.", "respect"),
    # for a criterion marked ownership too: a colleague who fixed it alone
    ("My manager fixed it the same day.", "problem-resolution"),
])
def test_a_colleagues_or_a_guests_manner_is_not_the_candidates(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I brought him a glass of water and stayed polite the whole time.", "respect"),
    ("Our team fixed it the same day.", "problem-resolution"),  # the team's "we" counts
])
def test_the_candidates_manner_and_the_teams_fix_still_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid, rule", [
    ("My manager always says good service means empathy and going the extra mile.", "empathy", "hearsay"),
    ("My manager always says I'm honest with customers.", "realistic-expectations", "hearsay"),
    ("I'm also very polite, I've got three younger brothers!", "respect", "sense"),
])
def test_what_others_keep_saying_and_family_reasons_are_no_claim(en_cs: Pack, text: str, cid: str,
                                                                 rule: str) -> None:
    assert_set_aside(en_cs, text, cid, rule)


def test_flexible_around_the_candidates_timetable_is_another_sense(en_cs: Pack) -> None:
    assert_set_aside(en_cs, "I'm flexible around my uni timetable, so I cover a lot of Saturdays.",
                     "flexibility", "sense")


def test_a_negation_after_a_new_subject_is_that_statements(en_cs: Pack) -> None:
    text = "I told her honestly I wasn't sure and rang our duty officer."
    result = detect(en_cs, text)["realistic-expectations"]
    assert result.earned and not result.negated, result
    # without a new subject the negation after the match still counts
    assert detect(en_cs, "Being honest about delays isn't needed.")["realistic-expectations"].negated


@pytest.mark.parametrize("text, cid", [
    ("I'm really empathetic, I cry at every film.", "empathy"),
    ("I'm good at listening, my friends always come to me with their problems.", "communication"),
    ("I'm a really polite person, my mum raised me that way.", "respect"),
    ("I'm also honest to a fault, my friends always say so.", "realistic-expectations"),
])
def test_a_trait_backed_by_the_candidates_own_life_is_another_sense(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    ("I followed up with my landlord about the broken heating.", "follow-up"),
    ("I'm always polite with my neighbours.", "respect"),
    ("I'm always friendly with my housemates.", "approachability"),
    ("I always go above and beyond for my family.", "exceeding-expectations"),
])
def test_people_from_the_candidates_own_life_make_it_another_sense(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    ("I'm really empathetic, I always put myself in the customer's shoes.", "empathy"),
    ("I'm a polite person, and customers notice it.", "respect"),
    ("I'm always polite, even when a customer's family member starts shouting at me.", "respect"),
])
def test_a_trait_backed_by_work_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("I never overpromise.", "realistic-expectations"),
    ("I'd never sugarcoat bad news for a customer.", "realistic-expectations"),
    ("I avoid overpromising, even when they push.", "realistic-expectations"),
    ("I avoid jargon when I explain a bill.", "communication"),
    ("I don't use jargon with customers.", "communication"),
])
def test_denying_a_fault_earns_the_criterion(en_cs: Pack, text: str, cid: str) -> None:
    # A keyword naming the fault ("overpromise", "jargon") holds its negation in the pack, so
    # denying or avoiding the fault earns; "avoid" negates like "don't".
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("I tend to overpromise to keep them happy.", "realistic-expectations"),
    ("I sugarcoat things so they feel better.", "realistic-expectations"),
    ("I used a lot of jargon, to be fair.", "communication"),
])
def test_owning_up_to_a_fault_earns_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


def test_a_fault_denied_earns_on_the_hotel_rubric_too(hotel: Pack) -> None:
    assert detect(hotel, "I never overpromise to a guest.")["honesty"].earned
    assert not detect(hotel, "I tend to overpromise to calm them down.")["honesty"].earned


@pytest.mark.parametrize("text, cid", [
    ("I forgot to follow up because it was awkward.", "follow-up"),
    ("I avoided calling them back.", "follow-up"),
    ("I failed to keep them informed.", "communication"),
    ("I skipped the follow-up call that week.", "follow-up"),
])
def test_a_privative_verb_negates_what_it_governs(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.negated and not result.earned, result


@pytest.mark.parametrize("text, earns", [
    ("You can't fake empathy.", True),
    ("Empathy isn't something you can fake.", True),
    ("I never fake empathy with a customer.", True),
    ("I faked empathy with her because I was tired.", False),
])
def test_faking_it_is_privative(en_cs: Pack, text: str, earns: bool) -> None:
    result = detect(en_cs, text)["empathy"]
    assert result.earned is earns and result.negated is not earns, result


@pytest.mark.parametrize("text", [
    "The lift was out of order and the guest lost his composure.",
    "I lost my composure once with a rude guest.",
])
def test_losing_it_negates_it(hotel: Pack, text: str) -> None:
    result = detect(hotel, text)["composure"]
    assert result.negated and not result.earned, result


@pytest.mark.parametrize("text", [
    "I never lose my composure, however rude the guest is.",
    "We lost power that night, so I stayed calm and went round every room with a torch.",
])
def test_losing_it_denied_or_about_something_else_still_earns(hotel: Pack, text: str) -> None:
    result = detect(hotel, text)["composure"]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("I never forget to follow up with the customer.", "follow-up"),
    ("I never fail to follow up.", "follow-up"),
    ("I don't skip the follow-up call.", "follow-up"),
    ("She had forgotten her receipt, so I followed up the next day to check.", "follow-up"),
    ("The system failed, and I followed up with the customer that afternoon.", "follow-up"),
])
def test_a_negated_or_unrelated_privative_verb_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("If I'm being candid, I took this job because it was near my house.", "realistic-expectations"),
    ("To be completely transparent, I took this job for the money.", "realistic-expectations"),
    ("Let me be transparent, I took this job because it was near my house.", "realistic-expectations"),
    ("To be upfront with you, I mostly wanted the weekends.", "realistic-expectations"),
    ("In the interest of transparency, I took this job because it was near my house.",
     "realistic-expectations"),
    ("With the utmost respect, I took this job because it was near my house.", "respect"),
    ("Candidly, I took this job because it was near my house.", "realistic-expectations"),
    ("The honest answer is I took this job because it was near my house.", "realistic-expectations"),
])
def test_a_stance_announced_to_the_interviewer_is_a_marker(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "idiom")


@pytest.mark.parametrize("text", [
    "I'll be transparent about the wait and tell them it's forty minutes.",
    "With customers I'll be upfront, even when the news is bad.",
    "I'm always transparent with customers about what I can do.",
    "I gave her an honest answer about the delivery date.",
])
def test_the_same_stance_words_in_a_claim_still_earn(en_cs: Pack, text: str) -> None:
    assert "realistic-expectations" in earned(en_cs, text)


def test_a_listed_marker_keeps_its_reach_when_a_frame_generates_it_too(hotel: Pack) -> None:
    # "to be honest" opens a sentence without a comma: still a marker, although the stance
    # frames (a clause of their own only) generate the same words.
    result = detect(hotel, "To be honest most managers prefer you handle it yourself.")["honesty"]
    assert not result.earned and result.set_aside is not None and result.set_aside.rule == "idiom"


@pytest.mark.parametrize("text, cid", [
    ("I'm really passionate about running, I did my first half marathon last spring.", "passion"),
    ("I'm really good at solving puzzles and crosswords.", "problem-resolution"),
    ("I have a lot of empathy for animals, I volunteer at a shelter.", "empathy"),
    ("I'm passionate about video editing and I run a YouTube channel.", "passion"),
])
def test_a_pastime_as_the_keywords_object_is_another_sense(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "sense")


@pytest.mark.parametrize("text, cid", [
    ("I was running late, so I called the customer straight away to apologise.", "timeliness"),
    ("I'm passionate about helping people find the right phone.", "passion"),
    ("I solved the problem with her booking in five minutes.", "problem-resolution"),
])
def test_work_said_with_the_same_words_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("Returns are handled online, so I'd point them to the website to get a refund.",
     "problem-resolution"),
    ("I'd put them through to billing, billing sorts out refunds.", "problem-resolution"),
    ("Refunds go through head office, so I'd give them the email address.", "problem-resolution"),
    ("Refunds are handled by head office, so I'd give the customer the number.",
     "problem-resolution"),
])
def test_sent_on_to_have_it_done_elsewhere_is_deflection(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "deflection")


@pytest.mark.parametrize("text, cid", [
    ("I passed it to my manager to approve, and I arranged the refund myself.", "problem-resolution"),
    ("I escalated it to my manager so I could offer a refund on the spot.", "problem-resolution"),
    ("Refunds go through head office, so I rang them myself while she waited and got the refund "
     "approved on the spot.", "problem-resolution"),
])
def test_the_candidate_doing_it_after_a_hand_off_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_cs, text)


@pytest.mark.parametrize("text, cid", [
    # "no" negates its noun phrase, not the verb after "and"
    ("I'd be straight that we've got no room tonight and explain why.", "clear-explanation"),
    # a contracted pronoun opens a statement of its own: its "not" is not the keyword's
    ("I'd tell them honestly she's not in until eight.", "honesty"),
])
def test_a_negation_stays_in_its_own_phrase_or_statement(hotel: Pack, text: str, cid: str) -> None:
    result = detect(hotel, text)[cid]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text, cid", [
    ("We had no room and no explanation for the guest.", "clear-explanation"),
    ("I wasn't honest with her, and she's still angry about it.", "honesty"),
])
def test_a_negation_on_the_keywords_own_phrase_still_negates(hotel: Pack, text: str, cid: str) -> None:
    assert detect(hotel, text)[cid].negated


@pytest.mark.parametrize("text, cid", [
    ("I'd never let a regular walk in and feel like a stranger.", "personalization"),
    ("I never let empathy slip, even on a bad day.", "empathy"),
])
def test_the_object_of_a_negated_let_is_not_negated(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert result.earned and not result.negated, result


def test_a_negated_keyword_that_is_no_object_of_let_stays_negated(en_cs: Pack) -> None:
    assert detect(en_cs, "I don't have any regulars.")["personalization"].negated
    assert detect(en_cs, "I never showed empathy.")["empathy"].negated


@pytest.mark.parametrize("text", [
    "I wouldn't dream of recommending a shoe I haven't run in myself.",
    "I'd never recommend a product I haven't tried.",
])
def test_a_negated_relative_clause_after_a_negated_match_affirms_it(en_cs: Pack, text: str) -> None:
    result = detect(en_cs, text)["product-knowledge"]
    assert result.earned and not result.negated, result


@pytest.mark.parametrize("text", [
    "I didn't recommend it because I haven't tried it.",
    "I didn't recommend anything, I don't know the range.",
    "I didn't recommend it and I don't regret it.",
    "I'm not one for recommending products if I'm not paid commission on them.",
])
def test_a_later_negation_past_a_linker_or_clause_leaves_the_match_negated(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["product-knowledge"].negated


def test_a_reason_after_a_negated_match_is_no_relative_clause(en_cs: Pack) -> None:
    # "because we don't have the time" gives the reason: no double negative
    text = "I don't normally follow up because we just don't have the time."
    assert detect(en_cs, text)["follow-up"].negated


@pytest.mark.parametrize("text", [
    "I sent them to customer services to get a refund.",
    "I left it with them to sort out the refund.",
])
def test_a_listed_hand_off_told_in_the_past_is_still_one(en_cs: Pack, text: str) -> None:
    # The language lists "send them to customer services", "leave it with them": written in the
    # base form, a collocation stands for its irregular forms too.
    result = detect(en_cs, text)["problem-resolution"]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "deflection"


def test_hearsay_keeps_its_tense_and_a_keywords_own_words_are_no_hearsay(en_cs: Pack) -> None:
    # "they said" in a story reports what someone said, unlike "they say I'm patient"
    text = "The customer was upset, they said the app had charged twice, so I refunded it on the spot."
    assert "problem-resolution" in earned(en_cs, text)
    text = "He said it was the first time anyone there had done what they said they'd do."
    assert detect(en_cs, text)["reliability"].set_aside is None


def test_a_family_served_is_not_the_candidates_own(en_cs: Pack) -> None:
    text = "I always go above and beyond for the family in front of me."
    assert "exceeding-expectations" in earned(en_cs, text)


@pytest.mark.parametrize("text, subject", [
    ("A guest asked for the manager, and he apologised for the trouble and explained the whole "
     "thing really clearly.", "he"),
    ("My old duty manager was brilliant, she always explained everything clearly.", "she"),
])
def test_an_adverb_keyword_is_the_manner_of_its_clauses_subject(hotel: Pack, text: str,
                                                                 subject: str) -> None:
    result = detect(hotel, text)["clear-explanation"]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "subject" and result.set_aside.phrase == subject


@pytest.mark.parametrize("text, cid", [
    ("I explained it to the guest clearly.", "clear-explanation"),
    ("The guest shouted, and I explained the charges clearly.", "clear-explanation"),
])
def test_the_candidates_own_manner_still_earns(hotel: Pack, text: str, cid: str) -> None:
    assert cid in earned(hotel, text)


def test_the_pace_of_the_service_counts_whoever_is_the_subject(en_cs: Pack) -> None:
    assert "timeliness" in earned(en_cs, "I sorted the refund out, so they got their money back quickly.")


def test_a_keyword_written_as_a_name_mid_sentence_names_a_thing(hotel: Pack) -> None:
    text = "There's an 'Extra Mile' anniversary package on our website with a cake."
    result = detect(hotel, text)["extra-mile"]
    assert not result.earned and result.set_aside is not None and result.set_aside.rule == "thing"
    assert result.set_aside.phrase == "Extra Mile"


@pytest.mark.parametrize("text", [
    "I went the extra mile for her.",
    "Extra mile service is what I do.",  # capitalised as the sentence's first word
    "We won the Extra Mile award because I went the extra mile for a guest.",
])
def test_the_same_words_as_service_still_earn(hotel: Pack, text: str) -> None:
    assert "extra-mile" in earned(hotel, text)


@pytest.mark.parametrize("text, cid, owner", [
    ("The office books the technician's follow-up visit for the next day.", "follow-up",
     "technician's"),
    ("My colleague's empathy calmed her down.", "empathy", "colleague's"),
])
def test_a_keyword_a_colleague_owns_is_theirs(en_cs: Pack, text: str, cid: str, owner: str) -> None:
    result = detect(en_cs, text)[cid]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "subject" and result.set_aside.phrase == owner


def test_a_swedish_keyword_a_colleague_owns_is_theirs(sv_cs: Pack) -> None:
    result = detect(sv_cs, "Kollegans uppföljning var alltid bra.")["follow-up"]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "subject" and result.set_aside.phrase == "Kollegans"
    assert "follow-up" in earned(sv_cs, "Jag följde upp kundens ärende.")


def test_what_the_person_served_owns_is_still_the_candidates_to_meet(en_cs: Pack) -> None:
    text = "Excellent service means the customer's expectations are exceeded, not just met."
    assert "exceeding-expectations" in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "Once a guest asked for the manager and honestly he was so calm about it.",
    "The room wasn't ready, so honestly I had no idea what to say.",
])
def test_a_marker_after_a_conjunction_before_a_new_subject_is_a_marker(hotel: Pack, text: str) -> None:
    result = detect(hotel, text)["honesty"]
    assert not result.earned and result.set_aside is not None and result.set_aside.rule == "idiom"


def test_the_same_word_after_a_verb_is_a_claim(hotel: Pack) -> None:
    assert "honesty" in earned(hotel, "I told them honestly I wasn't sure.")


def test_a_second_describing_word_shares_the_first_ones_subject(hotel: Pack) -> None:
    text = "Once a guest asked for the manager and he was so calm and polite about it."
    result = detect(hotel, text)["composure"]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "subject" and result.set_aside.phrase == "he"
    assert "composure" in earned(hotel, "The guest was rude, and I stayed calm and polite.")
    assert "composure" in earned(hotel, "I was so calm and polite about it.")


@pytest.mark.parametrize("text", [
    'So it\'s "I\'m really sorry, twenty minutes is far too long, you must be sick of that music."',
    "So it\u2019s \u201cI\u2019m really sorry, you must be sick of that music by now.\u201d",
])
def test_words_said_to_the_customer_are_no_trait_backed_by_own_life(en_cs: Pack, text: str) -> None:
    assert "empathy" in earned(en_cs, text)


def test_a_trait_backed_by_own_life_outside_quotes_is_still_another_sense(en_cs: Pack) -> None:
    assert "empathy" not in earned(en_cs, "I'm really empathetic, I cry at every film.")


def test_an_unpunctuated_run_on_is_no_relative_clause(en_cs: Pack) -> None:
    # A transcript has no full stops: the next statement's "I'm not" is not a relative clause
    # of the negated match, whose object "for callers to shout at me" goes on with "to".
    text = "i never had much sympathy for callers to shout at me i'm not going to change that"
    assert detect(en_cs, text)["empathy"].negated


@pytest.mark.parametrize("text, cid", [
    ("The porter had already apologised to them by the time I got there.", "apology"),
    ("The waitress was really polite to the couple on table six.", "composure"),
])
def test_a_front_line_colleagues_manner_is_theirs(hotel: Pack, text: str, cid: str) -> None:
    assert_set_aside(hotel, text, cid, "subject")


def test_the_first_part_of_a_hyphenated_word_is_no_slip_for_a_keyword(en_cs: Pack) -> None:
    # "inter-library" once read as a typo of "integrity" (stems "inter" and "integr")
    assert not detect(en_cs, "The normal inter-library loan takes about two weeks.")["respect"].earned
    assert detect(en_cs, "I always act with integrity, even when nobody checks.")["respect"].earned


def test_lovely_is_an_adjective_not_the_verb_love(en_cs: Pack) -> None:
    # "helped by a lovely assistant" once read as "love helping" (both stem to "love")
    assert "passion" not in earned(en_cs, "I was helped by a lovely assistant at the bank.")
    assert "passion" in earned(en_cs, "The customers were lovely and I loved helping them.")


@pytest.mark.parametrize("text, cid", [
    ("I told him I was so sorry and that I could see how frightening that must have been.",
     "follow-up"),  # "to see how it" without "to" and "it"
    ("Every phone order gets read back, every allergy gets a red sticker.", "follow-up"),
])
def test_a_two_word_phrase_without_any_of_its_small_words_is_not_the_phrase(
        en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "I rang her a week later to see how it went.",
    "I always get back to them the same day.",
])
def test_the_phrase_with_its_small_words_still_earns(en_cs: Pack, text: str) -> None:
    assert detect(en_cs, text)["follow-up"].earned


def test_someone_elses_habit_is_theirs_wherever_the_keyword_stands(en_cs: Pack) -> None:
    # "she'd … find them an alternative": the manager's habit, not the candidate's
    text = ("My manager was amazing with upset customers, and she'd always find them some kind "
            "of alternative, like a refurbished phone at a discount.")
    assert_set_aside(en_cs, text, "flexibility", "subject")
    assert detect(en_cs, "I'd always find them some kind of alternative, like a refurbished "
                         "phone at a discount.")["flexibility"].earned


def test_the_person_served_as_the_subject_of_an_outcome_still_earns(en_cs: Pack) -> None:
    # a plain pronoun subject is the outcome the candidate brought about
    text = "I rang the surgery while he waited, and he had his tablets within fifteen minutes."
    assert detect(en_cs, text)["timeliness"].earned


@pytest.mark.parametrize("text, cid", [
    ("The guest wanted a surprise for his wife, so I told him where the florist is.", "extra-mile"),
    ("He demanded an upgrade, which I couldn't give.", "options"),
    ("She really wanted another room, but we were full.", "options"),
])
def test_what_the_person_served_asks_for_is_their_request(hotel: Pack, text: str, cid: str) -> None:
    assert_set_aside(hotel, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("He wanted to complain, so I offered him an upgrade to a suite.", "options"),
    ("She asked me to explain the bill, so I walked her through each line.", "clear-explanation"),
])
def test_what_the_candidate_gives_after_a_request_still_earns(hotel: Pack, text: str, cid: str) -> None:
    assert detect(hotel, text)[cid].earned


@pytest.mark.parametrize("text, cid, negated", [
    ("She complained about the lack of options on the room service menu.", "options", True),
    ("I lacked patience when I started on reception.", "composure", True),
    ("I never lack patience with guests, however late it is.", "composure", False),
])
def test_lack_negates_what_it_governs_unless_negated(hotel: Pack, text: str, cid: str,
                                                    negated: bool) -> None:
    found = detect(hotel, text)[cid]
    assert (found.negated, found.earned) == (negated, not negated)


def test_a_clause_with_no_subject_of_its_own_shares_the_habit_before_it(en_cs: Pack) -> None:
    text = ("My manager was brilliant: she'd sit down with the customer, explain why the insurance "
            "didn't cover it, and offer a discount.")
    assert_set_aside(en_cs, text, "communication", "subject")
    assert detect(en_cs, "She was upset, so I sat down with her, explained why the insurance "
                         "didn't cover it, and offered a discount.")["communication"].earned


@pytest.mark.parametrize("text, cid", [
    ("To clarify, I took this job because it was near my house.", "communication"),
    ("Just to be clear, I was only covering the till that week.", "communication"),
    ("Following up on that, I took this job because it was near my house.", "follow-up"),
    ("In plain English, the fee was a rip-off.", "communication"),
    ("I'm reliably informed the shop shuts at six.", "reliability"),
])
def test_a_signpost_to_the_interviewer_is_a_marker(en_cs: Pack, text: str, cid: str) -> None:
    result = detect(en_cs, text)[cid]
    assert not result.earned, result


@pytest.mark.parametrize("text, cid", [
    ("I asked a couple of questions to clarify what she needed.", "communication"),
    ("I explained the fee in plain English.", "communication"),
    ("I rang her the next day, following up on the complaint.", "follow-up"),
    ("Customers could rely on me to ring back when I said I would.", "reliability"),
])
def test_signpost_words_said_as_a_claim_still_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_a_negation_in_what_was_said_leaves_the_saying(en_cs: Pack) -> None:
    # "it wouldn't make it" is what the candidate told her, a clause of its own
    result = detect(en_cs, "I rang her that morning and told her straight it wouldn't make it.")
    assert result["realistic-expectations"].earned and not result["realistic-expectations"].negated
    assert detect(en_cs, "I never told them straight, it felt rude.")["realistic-expectations"].negated
