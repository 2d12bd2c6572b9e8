"""Sentences written by someone who never saw the engine, in the voices of real candidates
(round twenty-eight): the traps earn nothing for the criterion they tempt, and the plain
claims beside them still earn. Each names the rule it needed."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("criterion", "text"), [
    # words about the interview itself (Language.fixed_idioms)
    ("follow-up", "As a follow-up to what I said before, I also have my food hygiene certificate."),
    # politeness kept only for those who return it (lapses)
    ("respect", "I stay polite as long as they stay polite; if someone starts swearing at me then "
                "all bets are off."),
    # a condition of pay (shortcomings) and wishes (denials)
    ("exceeding-expectations", "I'd go above and beyond if I was paid a bit more, you know."),
    ("follow-up", "I'd love to call customers back afterwards, but honestly there's never any time."),
    ("exceeding-expectations", "In my dream job I would surprise the customers every day with "
                               "little extras, this is my wish."),
    # exams (life frames), another team (third parties), a target (hearsay)
    ("exceeding-expectations", "My results exceeded expectations in my A-levels, I got three A's."),
    ("problem-resolution", "Our IT team sorted the issue out in the end, honestly they're amazing."),
    ("timeliness", "The target was to answer every call within twenty seconds, it was written on "
                   "a whiteboard above our desks."),
    # a failing past a determiner
    ("follow-up", "I'm terrible at the follow-up calls, I always put them off."),
])
def test_a_fresh_trap_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("follow-up", "I always call customers back the next day to check it's sorted."),
    ("respect", "I stay polite even when someone starts swearing at me."),
    ("problem-resolution", "I sorted the issue out myself before she left the shop."),
    ("follow-up", "I'm not bad at the follow-up calls."),
])
def test_a_plain_claim_beside_them_still_earns(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "Jag är artig mot kunderna så länge dom är artiga tillbaka, annars får dom skylla "
                "sig själva."),
    ("timeliness", "Jag jobbar snabbt när jag hinner, men ofta blir det kö ändå."),
    ("approachability", "Jag ler när jag orkar, men efter ett åttatimmarspass är det inte lätt."),
    ("problem-resolution", "Tekniksupporten tog över ärendet och fixade det efter ett par dagar."),
    ("problem-resolution", "Jag ville verkligen lösa det åt henne men jag fattade inte hur "
                           "kassasystemet funkade."),
    ("follow-up", "Jag borde verkligen bli bättre på att ringa tillbaka."),
    ("exceeding-expectations", "Vårt motto var \"överträffa förväntningarna varje dag\", det "
                               "stod på namnskyltarna."),
    ("exceeding-expectations", "Jag skulle vilja ha mer tid så att jag kunde göra lite extra för "
                               "kunderna."),
    ("passion", "När jag själv var på IKEA förra månaden gick killen där utöver det vanliga. Jag "
                "brinner ju för inredning så det var extra kul."),
])
def test_a_fresh_swedish_trap_earns_nothing(sv_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(sv_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "Jag är alltid artig mot kunderna, även när de inte är artiga tillbaka."),
    ("problem-resolution", "Jag löste problemet åt henne samma dag."),
])
def test_a_plain_swedish_claim_still_earns(sv_cs: Pack, criterion: str, text: str) -> None:
    assert criterion in earned(sv_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "So, um, I love solving problems, like, I do a crossword and a "
                                    "sudoku every single morning before work."),
    ("en_cs", "product-knowledge", "I'm knowledgeable in many areas, like history, geography and a "
                                   "bit of astronomy."),
    ("sv_cs", "problem-resolution", "Jag älskar att lösa problem, typ sudoku och korsord varje "
                                    "morgon på bussen."),
    # no word that brings the example: the next clause is the candidate's pursuit
    ("en_cs", "problem-resolution", "I love solving problems, I do the crossword and a sudoku every "
                                    "morning on the train."),
    ("en_cs", "reliability", "Consistency is key for me, I go to the gym five days every week."),
    ("en_cs", "problem-resolution", "I'm brilliant at problem solving, sudoku, cryptic crosswords, escape rooms."),
    ("sv_cs", "problem-resolution", "Jag är jättebra på att lösa problem, jag sitter med sudoku och "
                                    "korsord varje kväll."),
])
def test_an_example_from_ones_own_life_is_another_sense(request: pytest.FixtureRequest,
                                                        pack_name: str, criterion: str,
                                                        text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "sense"


def test_an_example_from_work_still_earns(en_cs: Pack) -> None:
    text = "I love solving problems, like when a customer's laptop wouldn't boot and I fixed it."
    assert "problem-resolution" in earned(en_cs, text)
    text = "I solved the customer's problem, I play football on Sundays so I know the kit."
    assert "problem-resolution" in earned(en_cs, text)
    assert "follow-up" in earned(en_cs, "After the interview with the customer I followed up by email.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("flexibility", "I'd be flexible if the manager agreed, otherwise no."),
    ("problem-resolution", "I take ownership only if it's my department's fault."),
    ("approachability", "I greet customers when I'm not busy with the deliveries."),
    ("reliability", "Consistency is one of our brand values, together with quality and innovation."),
    ("approachability", "The greeter at the door welcomes everybody, so I can focus on the shelves."),
])
def test_a_condition_a_company_value_or_a_look_alike_earns_nothing(en_cs: Pack, criterion: str,
                                                                    text: str) -> None:
    assert criterion not in earned(en_cs, text)


def test_greeting_when_busy_still_earns(en_cs: Pack) -> None:
    assert "approachability" in earned(en_cs, "I greet every customer, even when I'm busy.")


def test_telugu_the_problem_called_their_job_is_handed_off(te_cs: Pack) -> None:
    text = ("customer కి sorry చెప్పి technical టీమ్ కి ట్రాన్స్‌ఫర్ చేసేస్తా, problem సాల్వ్ "
            "చేయడం వాళ్ళ పనే కదా.")
    assert "problem-resolution" not in earned(te_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "If I get this job, I'm going to be really courteous to every single person."),
    ("exceeding-expectations", "To be honest, I don't really believe in going above and beyond, I "
                               "think you do what's in the job description."),
    ("personalization", "My barber remembers my name, my kids' names, and that I support Leeds."),
    ("flexibility", "Ideally I'd like to be able to offer customers a few different options."),
])
def test_a_plan_a_belief_not_held_or_ones_barber_earns_nothing(en_cs: Pack, criterion: str,
                                                                text: str) -> None:
    assert criterion not in earned(en_cs, text)


def test_going_above_and_beyond_believed_in_still_earns(en_cs: Pack) -> None:
    text = "I really believe in going above and beyond, so I drove the parcel to her house myself."
    assert "exceeding-expectations" in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("follow-up", "I promised a man I'd call him back on Monday to check his new router was "
                  "working, and I completely forgot."),
    ("follow-up", "I'd like to check back with the customer a few days later."),
    ("approachability", "The new store layout was meant to be more welcoming, with open counters."),
    ("personalization", "Oh, we had regulars all right, the same three lads came in every Friday."),
])
def test_a_promise_forgotten_a_wish_or_a_layout_earns_nothing(en_cs: Pack, criterion: str,
                                                               text: str) -> None:
    assert criterion not in earned(en_cs, text)


def test_a_promise_kept_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I rang him back on Monday as I promised.")


def test_options_that_exist_are_not_options_offered(hotel: Pack) -> None:
    text = "We have a packages folder at the desk. There are lots of options in there."
    found = detect(hotel, text)["options"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "thing"


def test_a_saying_after_there_is_or_options_offered_still_earn(hotel: Pack, en_cs: Pack) -> None:
    assert "respect" in earned(en_cs, "There's no substitute for patience with the person in "
                                      "front of me.")
    assert "options" in earned(hotel, "There were no rooms left, so I gave him options: a "
                                      "partner hotel or a sofa bed in a suite.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("clear-explanation", "The booking confirmation explains check-in time very clearly, 3 pm, in bold."),
    ("honesty", "Our reviews are honest, good and bad, we don't hide anything."),
    ("options", "Other hotels in the area give a choice of late checkout or a free breakfast when "
                "they're full."),
    ("policy-knowledge", "Reservations have a binder with every policy for groups and overbooking."),
])
def test_a_confirmation_reviews_or_other_hotels_are_not_the_candidate(hotel: Pack, criterion: str,
                                                                      text: str) -> None:
    assert criterion not in earned(hotel, text)


def test_the_candidate_checking_the_reservations_still_earns(hotel: Pack) -> None:
    text = "I checked the reservations and explained the policy to the guest."
    assert {"clear-explanation", "policy-knowledge"} <= earned(hotel, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("passion", "I'm passionate about this question actually, because I've thought about it a lot."),
    ("personalization", "I know all the regulars at my local pub by name because I go there every "
                        "Friday."),
    ("communication", "How to say, I explain you my experience. In my country I was working in a "
                      "factory."),
    ("timeliness", "In a nutshell, I'm looking for part-time hours. I'm available straight away."),
    ("follow-up", "Sorry, just to follow up on my earlier answer, I meant two years, not three."),
])
def test_interview_talk_and_availability_earn_nothing(en_cs: Pack, criterion: str,
                                                              text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "empathy", "När jag själv ringde mitt elbolag förra vintern sa killen i telefonen att "
                         "han förstod hur frustrerad jag var."),
    ("en_cs", "empathy", "When my own flight got cancelled, the agent said she could see how "
                         "upsetting it was."),
])
def test_the_candidate_as_the_customer_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                     criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_ringing_ones_own_customer_back_still_earns(en_cs: Pack) -> None:
    text = "When I rang my customer back the next day she was really happy."
    assert "follow-up" in earned(en_cs, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("product-knowledge", "Om jag får jobbet ska jag läsa in mig på produkterna ordentligt."),
    ("exceeding-expectations", "Om jag fick jobbet här skulle jag försöka överraska kunderna med nåt extra."),
    ("empathy", "På förra stället hade vi en workshop om empati, sen var det lunch."),
    ("empathy", "Jag visar empati bara om kunden är trevlig tillbaka."),
    ("problem-resolution", "Jag försökte lösa kundens problem med returen men fick aldrig till det "
                           "i systemet."),
    ("communication", "Kommunikationen var ärligt talat en katastrof."),
    ("follow-up", "I rutinerna står det att varje ärende ska följas upp inom 48 timmar."),
    ("problem-resolution", "Vi har en jättebra supportavdelning som löser alla problem."),
    ("reliability", "Jag är pålitlig som vän, mina kompisar vet att de kan ringa mig mitt i natten."),
])
def test_more_fresh_swedish_traps_earn_nothing(sv_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(sv_cs, text)


def test_a_swedish_plain_claim_with_the_same_words_still_earns(sv_cs: Pack) -> None:
    assert "problem-resolution" in earned(sv_cs, "Jag löste kundens problem med returen direkt.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("follow-up", "I always follow up after job interviews with a short thank-you email."),
    ("reliability", "Very reliable. Five years of Sunday league and I've never missed a match."),
    ("flexibility", "As a retiree I'm very flexible with my time."),
    ("approachability", "I'm a friendly person; I'm always the one who says hello to the new parents "
                        "at the school gates."),
    ("follow-up", "I'd probably send a follow-up email after this interview, is that what you mean?"),
    ("follow-up", "Follow-up questions in interviews always make me nervous, so bear with me."),
    ("passion", "I had passion fruit juice this morning, it's my favourite."),
    ("empathy", "I understand how you feel about that question, it's a tough one, let me think."),
])
def test_more_of_ones_own_life_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize("text", [
    "I carried it up to the second floor and screwed the feet on, which isn't normally part of the job.",
    "I found his suit and dropped it at his house on my way home so he didn't have to come back in.",
    "I gift-wrapped it and added a card without being asked.",
])
def test_a_favour_done_unasked_or_outside_the_job_exceeds_expectations(en_cs: Pack, text: str) -> None:
    assert "exceeding-expectations" in earned(en_cs, text)


def test_telugu_puzzles_are_the_candidates_own_pursuit(te_cs: Pack) -> None:
    # "I'm crazy about solving sudoku and puzzles, I finish one every day on the train."
    text = "నాకు సుడోకు, పజిల్స్ సాల్వ్ చేయడం అంటే పిచ్చి, ట్రైన్‌లో వెళ్లేటప్పుడు రోజూ ఒకటి పూర్తి చేస్తాను."
    assert "problem-resolution" not in earned(te_cs, text)


def test_a_phrases_own_negation_past_its_words_stays_in_their_clause(en_cs: Pack) -> None:
    text = "If a customer is rude to me I'm going to be rude back, I don't see why I should take it."
    assert "respect" not in earned(en_cs, text)
    assert "respect" in earned(en_cs, "I won't be rude back, even if they swear at me.")
    assert "respect" in earned(en_cs, "I'd never be rude back to a customer.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("exceeding-expectations", "To be honest I think going above and beyond is a bit of a myth."),
    ("product-knowledge", "I'd want to read up on your range before I start, it's all quite new to me."),
])
def test_a_myth_or_a_wish_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I've got a lot of respect for the Rolling Stones, I've seen them live three times."),
    ("en_cs", "I have huge respect for deadlines, I've never handed coursework in late."),
    ("sv_cs", "Jag har enorm respekt för Kent alltså, jag har sett dem live typ tio gånger."),
])
def test_respect_for_something_the_rubric_never_names_is_another_sense(
        request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "respect" not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I show respect for every customer."),
    ("en_cs", "I treat people with respect for their time."),
    ("sv_cs", "Jag har stor respekt för kundens tid."),
])
def test_respect_for_the_people_served_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                   text: str) -> None:
    assert "respect" in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("honesty", "Honesty is the best policy, as my granddad used to say."),
    ("composure", "Keep calm and carry on, as they say, I've got the mug at home."),
    ("problem-resolution", "I'd hope to be the kind of person who sees things through, that's my goal."),
    ("composure", "I keep my cool pretty well when I'm driving in city traffic."),
    ("apology", "We had a laminated card behind the desk with the standard apology wording on it."),
])
def test_hotel_sayings_hopes_and_wording_earn_nothing(hotel: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(hotel, text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("respect", "Det står ju i personalhandboken att man ska vara artig och bemöta alla med respekt."),
    ("flexibility", "Vi fick höra på utbildningen att man ska vara flexibel och anpassa sig efter kunden."),
    ("follow-up", "Jag skulle gärna ringa tillbaka till kunderna, men det har vi aldrig haft tid med."),
    ("timeliness", "Jag vill gärna bli snabbare i kassan, det är ett av mina mål för nästa år."),
    # more of a trait wished for, and an aspiration however far the deed
    ("reliability", "Jag behöver bli mer pålitlig, det ska jag jobba på."),
    ("exceeding-expectations", "Jag skulle vilja bli en sån som går den extra milen för kunderna."),
    ("exceeding-expectations", "Jag vill bli någon som går den extra milen för kunderna en dag."),
])
def test_swedish_handbooks_training_and_wishes_earn_nothing(sv_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(sv_cs, text)


def test_swedish_gladly_done_still_earns(sv_cs: Pack) -> None:
    assert "follow-up" in earned(sv_cs, "Jag ringer gärna tillbaka till kunderna.")


def test_swedish_more_than_others_is_no_wish(sv_cs: Pack) -> None:
    assert "reliability" in earned(sv_cs, "Jag är mer pålitlig än de flesta i butiken.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "How do I show empathy? Hmm, that's a good question, I've never really thought about it."),
    ("en_cs", "respect", "How I show respect to customers... well, that's a good question."),
    ("sv_cs", "respect", "Hur jag visar respekt mot kunderna... ja, det är en bra fråga, den får jag fundera på."),
])
def test_the_question_said_back_before_a_remark_on_it_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


def test_a_claim_before_another_sentence_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I always follow up with customers. Next question.")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I expect to be treated with respect by the company, that's only fair."),
    ("sv_cs", "Jag vill bli behandlad med respekt av arbetsgivaren."),
])
def test_respect_the_candidate_wants_to_receive_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                             text: str) -> None:
    assert "respect" not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I make sure every customer is treated with respect."),
    ("sv_cs", "Alla ska bli bemötta med respekt, oavsett vad de köper."),
])
def test_respect_for_everyone_served_still_earns(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "respect" in earned(request.getfixturevalue(pack_name), text)


def test_a_reliable_income_is_the_candidates_own(en_cs: Pack) -> None:
    text = "I'm looking for a reliable income, somewhere with steady hours so I can pay my rent."
    assert "reliability" not in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Can I follow up with you by email after this? I've got a question about parking."),
    ("sv_cs", "follow-up", "Ska jag följa upp med er efteråt via mejl?"),
])
def test_asking_the_interviewers_leave_claims_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


def test_a_question_answered_in_the_next_sentence_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "Should I follow up? Yes, I always ring the customer back the next day.")


@pytest.mark.parametrize(("criterion", "text"), [
    ("reliability", "Dependability was one of the values painted on the staffroom wall."),
    ("follow-up", "The series I'm watching just got a follow-up season, I binged it last weekend."),
])
def test_a_value_on_a_wall_or_a_follow_up_season_earns_nothing(en_cs: Pack, criterion: str, text: str) -> None:
    assert criterion not in earned(en_cs, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "composure", "I stay calm behind the wheel, nothing fazes me, my wife says I'm too relaxed."),
    ("hotel", "clear-explanation", "Let me explain clearly why I left my last job, it was purely the commute."),
    ("hotel", "apology", "I apologise in advance, this is my first proper interview."),
    ("hotel", "options", "I had share options as part of my package at the bank."),
    ("hotel", "problem-resolution", "I'd hope that if a guest came to me with a problem I'd see it right through."),
    ("en_cs", "problem-resolution", "Sorting out problems was my whole job in the army, logistics mostly."),
    ("en_cs", "flexibility", "I had to adapt to everything when I came to this country, new language, new food."),
    ("en_cs", "exceeding-expectations", "My results totally exceeded expectations, I got three A-stars."),
    ("en_cs", "respect", "To be fair, I respect that you've got a lot of people to see today."),
    ("sv_cs", "follow-up", "Efter intervjuer brukar jag alltid följa upp med ett tackmejl."),
])
def test_more_of_ones_own_life_talk_and_hopes_earn_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                           criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("criterion", "text"), [
    ("policy-knowledge", "My knowledge of booking systems is pretty limited, we used a paper diary."),
    ("extra-mile", "When I retired I was going to go above and beyond with the garden, I had big plans."),
    ("apology", "I used to say sorry for everything, but I just stopped doing it."),
])
def test_limited_knowledge_a_plan_dropped_and_a_habit_stopped_earn_nothing(hotel: Pack, criterion: str,
                                                                          text: str) -> None:
    assert criterion not in earned(hotel, text)


def test_going_to_bed_is_no_plan(hotel: Pack) -> None:
    text = "I was going to bed when the night porter rang, so I went down and apologised to the guest myself."
    assert "apology" in earned(hotel, text)
