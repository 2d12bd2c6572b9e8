"""Keyword stuffing dressed as sentences: an answer made mostly of the rubric's keywords is
capped, in each language, while a terse answer that says what the pack's phrases say is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.packs import Pack, load_pack, load_pack_text
from coach.scoring import detect, score_answer
from coach.scoring.templates import templated
from coach.scoring.whole import STUFFED_CAP

ROOT = Path(__file__).resolve().parent.parent

EN_STUFFED = (
    "I have empathy, respect, timeliness, flexibility, passion, reliability and I always exceed "
    "expectations and follow up. Empathy is key, and respect is key, and timeliness is key. I am "
    "flexible, I am reliable, I am passionate. I always go above and beyond and exceed "
    "expectations, and I always follow up and check back. I listen, I communicate clearly, I "
    "solve problems, I take ownership. I am patient, polite and courteous, and I am consistent "
    "and dependable. Going the extra mile, exceeding expectations, following up, staying "
    "flexible, showing passion, being reliable.")
SV_STUFFED = (
    "Jag har empati, respekt, flexibilitet och passion. Jag är empatisk, jag är respektfull, jag "
    "är snabb, jag är flexibel, jag är pålitlig och jag är vänlig och trevlig. Jag gör det lilla "
    "extra och överträffar förväntningarna, jag följer upp och ringer tillbaka, jag lyssnar och "
    "förklarar och löser problemet. Empati, respekt, snabbhet, flexibilitet, pålitlighet, "
    "uppföljning och personlig service. Jag är empatisk och respektfull, snabb och flexibel, "
    "pålitlig och vänlig, och jag följer alltid upp. Empati och respekt, alltid snabbt och "
    "flexibelt, med passion för service.")
TE_STUFFED = (
    "నాకు సానుభూతి, గౌరవం, ఫ్లెక్సిబిలిటీ, ప్యాషన్, విశ్వసనీయత ఉన్నాయి. నేను త్వరగా, వెంటనే, "
    "స్నేహపూర్వకంగా, నవ్వుతూ, గౌరవంగా, నిజాయితీగా ఉంటాను. అంచనాలను మించి, ఫాలో అప్, తిరిగి కాల్, "
    "సమస్య పరిష్కారం, ఉత్పత్తి పరిజ్ఞానం, కమ్యూనికేషన్, వ్యక్తిగత శ్రద్ధ. సానుభూతి, గౌరవం, "
    "ఫ్లెక్సిబిలిటీ, ప్యాషన్. నేను సానుభూతితో, గౌరవంగా, త్వరగా, నిజాయితీగా ఉంటాను. సానుభూతి, "
    "గౌరవం, ఫాలో అప్, ప్యాషన్, విశ్వసనీయత.")


@pytest.mark.parametrize("pack_file, text, why", [
    ("customer-service.yaml", EN_STUFFED, "rubric's keywords"),
    ("customer-service-sv.yaml", SV_STUFFED, "rubric's keywords"),
    ("customer-service-te.yaml", TE_STUFFED, "rubric's keywords"),
])
def test_an_answer_made_of_rubric_keywords_is_capped(pack_file: str, text: str, why: str) -> None:
    pack = load_pack(ROOT / "questions" / pack_file)
    score = score_answer(pack, "good-service-meaning", text)
    assert score.stuffing is not None and why in score.stuffing, score.notes
    assert score.score <= STUFFED_CAP
    aside = {c.id for c in score.criteria if c.set_aside and c.set_aside.rule == "stuffing"}
    assert len(aside) >= 3  # the criteria it named in keyword clauses earn nothing


@pytest.mark.parametrize("pack_file", [
    "customer-service.yaml", "customer-service-sv.yaml", "customer-service-te.yaml"])
def test_the_packs_examples_and_model_answers_are_never_stuffing(pack_file: str) -> None:
    # Terse, on-rubric answers ("Jag försöker komma ihåg namnet och vad vi pratade om förra
    # besöket…") cover much of their words with the pack's long phrases, yet say something.
    pack = load_pack(ROOT / "questions" / pack_file)
    for question in pack.questions:
        texts = [e.answer for e in question.examples if e.earns]
        if question.model_answer:
            texts.append(question.model_answer)
        for text in texts:
            assert score_answer(pack, question.id, text).stuffing is None, text[:60]


def test_a_story_with_the_same_keywords_is_not_capped() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = (
        "Last winter a woman came into the phone shop furious because her new handset would not "
        "charge and she was flying to Lisbon that evening. I apologised, told her I understood how "
        "stressful that was, and tested the cable and the port while she waited. The port was "
        "faulty, so I swapped the phone for a new one from stock, moved her photos and contacts "
        "across, and lent her a power bank for the trip. I rang her the following week to check "
        "the replacement was working, and she came back to buy a case from me.")
    assert score_answer(pack, "above-and-beyond", text).stuffing is None


def test_a_keyword_opening_with_i_is_not_repeated_by_every_i_in_its_sentence() -> None:
    # "I was sorry" in a sentence with three "I"s is said once: repetition is of the keyword's
    # word that carries meaning, never of its small words.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("Last month at the opticians I had to tell a lady her varifocals would be another ten "
            "days. I said I knew she'd been counting on them and that I was sorry, and I was "
            "straight with her that ten days was the lab's estimate, not a promise. Then I offered "
            "her a pair of sunglasses with her prescription, at cost.")
    score = score_answer(pack, "unwelcome-news", text)
    assert score.stuffing is None, score.notes
    found = detect(pack, text)
    assert found["empathy"].earned and found["realistic-expectations"].earned


DENSE_PACK = """\
pack: dense
title: Dense
language: en
criteria:
  apologise: {{label: Apologise, keywords: [apologise]}}
  refund: {{label: Refund, keywords: [refund]}}
  policy: {{label: Policy, keywords: [explain the policy]}}
  receipt: {{label: Receipt, keywords: [check the receipt]}}
  email: {{label: Email, keywords: [email the customer]}}
  thanks: {{label: Thanks, keywords: [thank them]}}
questions:
  - id: refund
    prompt: A customer wants a refund. What do you do?
{model}"""
STEPS = ("I apologise, I refund, I explain the policy, I check the receipt, I email the customer "
         "and I thank them. First I apologise and refund, then I explain the policy, check the "
         "receipt, email the customer and thank them. So I apologise and refund and explain the "
         "policy and check the receipt and email the customer and thank them.")


def test_an_answer_no_denser_than_the_model_answer_is_not_stuffing() -> None:
    # A pack drafted from its model answer covers that answer almost whole: an answer that
    # follows it is not stuffing there, while the same answer to a question with no such
    # reference is.
    with_model = load_pack_text(DENSE_PACK.format(model=f"    model_answer: {STEPS}\n"))
    without = load_pack_text(DENSE_PACK.format(model=""))
    assert score_answer(with_model, "refund", STEPS).stuffing is None
    assert score_answer(without, "refund", STEPS).stuffing is not None


def test_a_terse_answer_naming_each_criterion_once_is_not_stuffing() -> None:
    # 88% of its meaningful words are keywords, a keyword every two words: yet each criterion
    # is named once, in a sequence of things the candidate did.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("I listened, put myself in their shoes and said I understood their frustration. I fixed "
            "it right away, kept them informed and followed up a week later to check it stayed "
            "fixed.")
    assert score_answer(pack, "angry-customer", text).stuffing is None


@pytest.mark.parametrize("pack_file, text", [
    ("customer-service.yaml",
     "- Empathy - Respect - Timeliness - Follow-up - Going the extra mile - Clear communication"),
    ("customer-service.yaml",
     "My strengths:\n- empathy\n- respect\n- timeliness\n- going the extra mile\n- communication"),
    ("customer-service.yaml",
     "Empathy \u2014 respect \u2014 timeliness \u2014 the extra mile \u2014 clear communication"),
    ("customer-service-sv.yaml",
     "- Empati - Respekt - Snabbhet - Uppföljning - Att göra det lilla extra"),
    ("customer-service.yaml",
     "#empathy #respect #timeliness #communication #passion\nThat's how I'd handle it, basically."),
    ("customer-service.yaml",
     "Service, for me, is:\n* Empathy\n* Respect\n* Timeliness\n* Passion\nThat's my philosophy."),
])
def test_a_dashed_or_bulleted_list_of_keywords_is_stuffing(pack_file: str, text: str) -> None:
    # Each dash opens a clause of its own, as a comma would; an article beside the keyword
    # ("Going THE extra mile") says no more than the keyword.
    pack = load_pack(ROOT / "questions" / pack_file)
    score = score_answer(pack, "good-service-meaning", text)
    assert score.stuffing is not None, score.notes
    assert not any(c.earned for c in score.criteria)


def test_a_short_clause_reaching_someone_is_not_a_bare_keyword() -> None:
    # "tell them how long it'll take", "made it on the house": a pronoun is someone the action
    # reaches, so the clause says more than its keyword (only articles are passed over).
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("I've got a checklist I run through with every customer, first of the day or the "
            "hundredth: say hello properly, find out what they need, tell them how long it'll "
            "really take, check they're sorted before they leave. On a strike day at the ticket "
            "office I still had people thanking me for being calm and clear.")
    score = score_answer(pack, "consistent-when-busy", text)
    assert score.stuffing is None, score.notes


def test_a_list_of_qualities_each_named_once_is_stuffing() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("I am empathetic. I am polite. I am patient. I am honest and reliable. I know the "
            "products and the specs. I explain clearly. I apologise. I take ownership and "
            "resolve it. I follow up. I go above and beyond. I am flexible.")
    score = score_answer(pack, "angry-customer", text)
    assert score.stuffing is not None and "rubric's keywords" in score.stuffing, score.notes


def test_a_list_of_virtues_after_customer_service_is_stuffing() -> None:
    # "customer service" names no one served; the two-word virtues ("product knowledge") are
    # items of the list, not words that say something besides it
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("Excellent customer service is empathy, respect, timeliness, reliability, flexibility, "
            "personalisation, product knowledge, clear communication, problem resolution, "
            "follow-up and passion. Exceeding expectations while also setting realistic "
            "expectations. All of those, every time.")
    score = score_answer(pack, "define-excellent-service", text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP, score.notes
    # a sentence about serving a customer is no list: "I gave the customer empathy, respect…"
    story = ("A customer came in upset about a late parcel. I listened, showed empathy, stayed "
             "respectful, rang the depot straight away and followed up the next day.")
    assert score_answer(pack, "angry-customer", story).stuffing is None


TEMPLATED = [
    ("Empathy is important. Apology is important. Ownership is important. Options are important. "
     "Follow up is important. Staying calm is important. Honesty is important. Being transparent "
     "is important. A complimentary upgrade is important. Going above and beyond is important. "
     "Going the extra mile is important. Explaining clearly is important. Listening is important. "
     "Knowing the policies is important. All of these are important for a receptionist, and I have "
     "all of them, so I would be a great fit for your hotel and its guests."),
    ("I believe in empathy and I believe in apology. I believe in ownership, options and "
     "alternatives. I believe in follow up and checking back. I believe in staying calm, patient "
     "and polite. I believe in being honest, upfront and transparent. I believe in complimentary "
     "extras and a personal touch. I believe in explaining clearly and listening. I believe in "
     "knowing the policies and the booking system. That is the kind of receptionist I am and "
     "would be here, every single shift, with every single guest who walks through the door."),
]


@pytest.mark.parametrize("text", TEMPLATED)
def test_one_sentence_frame_said_over_and_over_is_stuffing(text: str) -> None:
    pack = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    result = score_answer(pack, "overbooked", text)
    assert result.score <= STUFFED_CAP
    assert any("Capped" in note for note in result.notes)
    assert any(r.set_aside is not None and r.set_aside.rule == "stuffing" for r in result.criteria)


@pytest.mark.parametrize("text", TEMPLATED)
def test_the_frame_is_found_around_the_keywords(text: str) -> None:
    pack = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    analysis = pack.rubric.matcher.analyse(text)
    spans = [r.evidence_tokens for r in detect(pack, text).values() if r.evidence_tokens and
             (r.earned or (r.set_aside is not None and r.set_aside.rule == "stuffing"))]
    assert len(templated(analysis, spans)) >= 4


def test_a_story_told_in_sentences_that_start_alike_is_not_a_template() -> None:
    pack = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    text = ("I'd apologise straight away and say sorry for the mix-up. Then I'd ring our partner "
            "hotel and book them a room myself. Then I'd explain clearly what happens next and "
            "offer them a taxi. Then I'd stay calm if they were angry, and I'd follow up the next "
            "morning to check they were happy with how we put it right.")
    result = score_answer(pack, "overbooked", text)
    assert not any("Capped" in note for note in result.notes)
    assert result.score > STUFFED_CAP


BROAD = (
    "As a customer service professional I bring empathy, respect and timeliness to every "
    "interaction, and I am committed to exceeding expectations. My communication is clear, my "
    "product knowledge is strong and I take ownership of problem resolution. I am flexible and "
    "reliable, I follow up with every customer, and I personalise my service. I am approachable "
    "and passionate about service, and I set realistic expectations with honesty. These are the "
    "qualities I would bring to your team every single day, whatever the situation.")


def test_naming_nearly_every_criterion_in_a_few_sentences_is_stuffing() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    result = score_answer(pack, "angry-customer", BROAD)
    assert result.score <= STUFFED_CAP
    assert any("more than a real answer does" in note for note in result.notes), result.notes


def test_the_bundled_model_answers_name_few_criteria_and_are_not_stuffing() -> None:
    for name in ("customer-service.yaml", "customer-service-sv.yaml", "customer-service-te.yaml"):
        pack = load_pack(ROOT / "questions" / name)
        for question in pack.questions:
            result = score_answer(pack, question.id, question.model_answer)
            assert not any("Capped" in note or "Begränsat" in note for note in result.notes), \
                (name, question.id, result.notes)


EN_HARPED = (
    "When a customer is angry I show empathy. I show empathy by being empathetic and I say I "
    "understand their frustration, because empathy is the most important thing. Then I resolve "
    "the problem, I find a resolution, I fix the problem, I solve it, because resolving is what "
    "matters. Then I follow up, I follow up the next day, I follow up again, because following "
    "up shows I care. Empathy, resolution, follow-up: that is how I handle an angry customer, "
    "every time, with empathy.")
SV_HARPED = (
    "När en kund är arg visar jag empati. Jag visar empati genom att vara empatisk, för empati är "
    "det viktigaste. Sedan löser jag problemet, jag hittar en lösning, jag löser det, för att lösa "
    "problemet är det som räknas. Sedan följer jag upp, jag följer upp nästa dag, jag följer upp "
    "igen, för uppföljning visar att jag bryr mig. Empati, lösning, uppföljning: så gör jag, varje "
    "gång, med empati.")


@pytest.mark.parametrize("pack_file, text", [
    ("customer-service.yaml", EN_HARPED), ("customer-service-sv.yaml", SV_HARPED)])
def test_harping_on_a_few_keywords_is_stuffing(pack_file: str, text: str) -> None:
    # Three criteria, each named four to seven times, in sentences that add nothing else.
    pack = load_pack(ROOT / "questions" / pack_file)
    result = score_answer(pack, "angry-customer", text)
    assert result.stuffing is not None, result.notes
    assert result.score <= STUFFED_CAP


def test_in_a_stuffed_answer_a_claim_that_says_no_more_than_its_keyword_earns_nothing() -> None:
    # "I communicate clearly." and "I'm passionate about customer service." sit among bare
    # "I am X." claims: the answer is capped, and they earn nothing either.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("For me it comes down to this: I am empathetic. I am respectful. I am quick. I am "
            "reliable. I communicate clearly. I exceed expectations. I take ownership. I follow "
            "up. I'm passionate about customer service.")
    result = score_answer(pack, "good-service-meaning", text)
    assert result.stuffing is not None
    assert not [c.id for c in result.criteria if c.earned], result.criteria


KEY_FRAME = ("Empathy is key. Respect is key. Speed is key. Communication is key. Follow-up is "
             "key. Flexibility is key. Honesty is key. Reliability is key. Going the extra mile "
             "is key. Product knowledge is key. Personalisation is key. A friendly smile is key. "
             "When you combine empathy, respect, speed, communication and follow-up, you exceed "
             "expectations.")


def test_a_frame_filled_with_other_criteria_keywords_counts_towards_the_template() -> None:
    # Only two of the frame's sentences hold a keyword of this question's criteria (follow-up,
    # flexibility); the other ten hold other criteria's: the template is the same whichever
    # criterion fills it, so it is still said twelve times.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    result = score_answer(pack, "above-and-beyond", KEY_FRAME)
    assert result.score <= STUFFED_CAP
    assert any("Capped" in note for note in result.notes)
    aside = {r.id for r in result.criteria if r.set_aside is not None and r.set_aside.rule == "stuffing"}
    assert {"follow-up", "flexibility"} <= aside


def test_a_frame_said_twice_among_other_keywords_is_no_template() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("Follow-up is key for me, so the next morning I rang the customer to check the new "
            "boiler part had fitted. Flexibility is key too: I had bent the delivery rule to get "
            "the part to her that same evening, because she had a baby at home and no hot water.")
    result = score_answer(pack, "above-and-beyond", text)
    assert not any("Capped" in note for note in result.notes)
    assert not any(r.set_aside is not None and r.set_aside.rule == "stuffing" for r in result.criteria)


def test_a_checklist_said_as_one_run_on_sentence_is_stuffing() -> None:
    # Seven criteria named in one sentence of keyword clauses: the breadth sign's line.
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("When a customer is angry I show empathy and understanding, I stay calm and respectful, "
            "I listen actively, I apologise sincerely, I resolve the problem quickly and "
            "efficiently, I communicate clearly and keep them informed, I follow up afterwards to "
            "make sure they are satisfied, and I go the extra mile to exceed their expectations, "
            "because empathy, respect and timeliness are what good service is about.")
    result = score_answer(pack, "angry-customer", text)
    assert result.score <= STUFFED_CAP
    assert any("7 criteria" in note for note in result.notes)


@pytest.mark.parametrize("pack_file, text", [
    ("customer-service.yaml",
     "I stay positive because I'm a cheerful, friendly, passionate, respectful, empathetic and "
     "reliable person who loves the job and smiles all day and never lets anything get to me."),
    ("customer-service.yaml",
     "With empathy and respect I'd explain clearly, follow up, go the extra mile, stay flexible "
     "and show passion, because that's excellent service in every situation I can think of."),
])
def test_in_a_stuffed_answer_a_sentence_listing_bare_keywords_earns_nothing(pack_file: str,
                                                                            text: str) -> None:
    # The list sentence says a little more than its keywords ("who loves the job"), yet two of
    # its keywords are bare: it is the list, and none of its evidence earns.
    pack = load_pack(ROOT / "questions" / pack_file)
    score = score_answer(pack, "stay-positive", text)
    assert score.stuffing is not None, score.notes
    assert not [c.id for c in score.criteria if c.earned]


def test_in_a_stuffed_answer_a_sentence_of_its_own_still_earns() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("Empathy. Respect. Timeliness. Passion. Reliability. Flexibility. And one time the "
            "heating broke in a customer's flat, so I went the extra mile and drove a spare heater "
            "round myself that night.")
    score = score_answer(pack, "above-and-beyond", text)
    assert score.stuffing is not None
    assert [c.id for c in score.criteria if c.earned] == ["exceeding-expectations"], score.notes


@pytest.mark.parametrize("pack_file, text", [
    ("customer-service.yaml",
     "My first strength is empathy. My second strength is respect. My third strength is "
     "timeliness. And my fourth strength is a friendly smile. That is why I stay calm in a rush."),
    ("customer-service-sv.yaml",
     "Min första styrka är empati. Min andra styrka är respekt. Min tredje styrka är snabbhet. "
     "Och min fjärde styrka är ett vänligt bemötande. Därför klarar jag en rusning."),
    ("customer-service-te.yaml",
     "నా మొదటి బలం సానుభూతి. నా రెండో బలం గౌరవం. నా మూడో బలం సమయపాలన. నా నాలుగో బలం "
     "స్నేహపూర్వకత. అందుకే రష్‌లో కూడా నేను బాగా పని చేస్తాను."),
])
def test_a_frame_counted_through_is_a_template(pack_file: str, text: str) -> None:
    # "My first/second/third strength is …": the counting word changes, the frame does not
    pack = load_pack(ROOT / "questions" / pack_file)
    score = score_answer(pack, "consistent-when-busy", text)
    assert score.stuffing is not None, score.notes
    assert not [c.id for c in score.criteria if c.earned]


LIST_PACK = """\
pack: tcp
title: TCP and UDP
language: en
criteria:
  seq: {label: Sequence numbers, keywords: [sequence number]}
  ack: {label: Acknowledgements, keywords: [acknowledgement number]}
  length: {label: Header length, keywords: [header length]}
  port: {label: Ports, keywords: [source port]}
questions:
  - id: listed
    prompt: State at least three differences between the UDP and TCP headers.
    criteria: [seq, ack, length, port]
  - id: told
    prompt: How do the UDP and TCP headers differ?
    criteria: [seq, ack, length, port]
"""


def test_bare_keywords_answering_a_question_that_asks_for_a_list_are_no_stuffing() -> None:
    # "State at least three…", "Name…": a list of the items is the answer (SAF's networking
    # questions); the same list to a question that asks for no list is still stuffing.
    pack = load_pack_text(LIST_PACK)
    text = "- sequence number\n- acknowledgement number\n- header length"
    listed = score_answer(pack, "listed", text)
    assert listed.stuffing is None and listed.score == 75
    assert score_answer(pack, "told", text).stuffing is not None


def test_numbers_split_at_their_commas_are_no_repeated_clauses() -> None:
    # "(0,6)^3*(0,4)^3": a decimal comma splits numbers into clauses, which say nothing
    pack = load_pack_text(LIST_PACK)
    text = ("The sequence number is (0,6)^3*(0,4)^3 = 0,013 and the header length is "
            "(0,6)^2*(0,4)^2 = 0,057, while the source port is (0,6)*(0,4).")
    assert score_answer(pack, "told", text).stuffing is None


VIRTUES = ("Excellent service is empathy, respect, timeliness and exceeding expectations. It's "
           "about personalization and product knowledge and clear communication, plus problem "
           "resolution and follow-up. Passion for service is the most important.")


def test_a_sentence_listing_virtues_is_a_keyword_list() -> None:
    # No one does anything in it: the labels are listed, not shown
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    score = score_answer(pack, "define-excellent-service", VIRTUES)
    assert score.stuffing is not None and score.score <= STUFFED_CAP, score.notes
    assert not any(c.earned for c in score.criteria)
    assert not any(r.earned for r in detect(pack, VIRTUES).values())


@pytest.mark.parametrize("text, cid", [
    # a list of deeds names someone, the candidate or the person served
    ("Someone listened, explained things clearly and told them the truth about what could be done.",
     "communication"),
    ("I'm all about empathy, respect and timeliness with every customer I serve.", "empathy"),
])
def test_a_list_that_names_someone_still_earns(text: str, cid: str) -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    assert detect(pack, text)[cid].earned


def test_a_knowledge_rubric_keeps_a_list_of_terms() -> None:
    # On a rubric whose reference answers speak of things ("i) less flooding" is a numbered
    # list, not "I"), a list of terms is the answer.
    pack = load_pack_text("""
pack: proto
title: Protocols
language: en
criteria:
  a: {label: Reliability, keywords: [reliability]}
  b: {label: Flow control, keywords: [flow control]}
  c: {label: Congestion, keywords: [congestion control]}
questions:
  - id: q
    prompt: What does TCP add?
    criteria: [a, b, c]
    model_answer: "Three things: i) reliability, ii) flow control, iii) congestion control."
""")
    score = score_answer(pack, "q", "Reliability, flow control and congestion control, in short.")
    assert score.stuffing is None and score.score == 100, score.notes


@pytest.mark.parametrize("pack_file, text", [
    ("customer-service.yaml", "I have empathy, respect, timeliness, reliability, follow-up and "
                              "communication. That's what customer service is."),
    ("customer-service-sv.yaml", "Jag har empati, respekt, snabbhet, pålitlighet, uppföljning och "
                                 "kommunikation. Det är ju det kundservice är."),
    ("customer-service-te.yaml", "నాలో సానుభూతి, గౌరవం, సమయపాలన, విశ్వసనీయత, ఫాలో అప్, కమ్యూనికేషన్ "
                                 "అన్నీ ఉన్నాయి. అందుకే అప్లై చేశాను."),
])
def test_a_list_of_the_rubrics_words_is_stuffing_for_a_question_that_asks_for_one(
        pack_file: str, text: str) -> None:
    # "why-customer-service" asks for Empathy but not for the other criteria listed: the list is
    # judged over the whole rubric, as detect judges it, so Empathy earns nothing there either
    pack = load_pack(ROOT / "questions" / pack_file)
    score = score_answer(pack, "why-customer-service", text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP
    assert not any(c.earned for c in score.criteria)


def test_one_virtue_claimed_in_a_sentence_of_its_own_still_earns() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    text = ("I'm patient and I listen. When a regular was upset about a late delivery I said I "
            "understood how frustrating it was and rang the depot while she waited.")
    assert any(c.id == "empathy" and c.earned for c in score_answer(pack, "why-customer-service", text).criteria)


def test_quoted_forms_of_address_are_not_list_items() -> None:
    # "whoever it is, I call them "sir", "madam"": the quotation marks part no items, so the
    # sentence is three deeds, not a list of short items
    pack = load_pack(ROOT / "questions" / "customer-service-te.yaml")
    text = ('ముందు customer తో చాలా మర్యాదగా మాట్లాడతా, ఎవర్నీ తక్కువగా చూడను, ఎవరైనా సరే "sir", '
            '"madam" అనే పిలుస్తా.')
    score = score_answer(pack, "angry-customer", text)
    assert score.stuffing is None, score.notes
    assert any(c.id == "respect" and c.earned for c in score.criteria)


def test_a_story_is_not_stuffed_by_its_verbs_and_quotes(en_cs: Pack) -> None:
    """A past verb after the candidate's own ("I remade it myself, REFUNDED IT, and wrote…")
    and words in quotation marks ("'That's awful…'", '"hi, welcome in"') are no bare
    keywords: the story is not found stuffed, and its criteria earn."""
    story = ("We had a regular, Helen, who came in furious because she'd asked for oat milk and "
             "got cow's milk. I didn't argue, I said, 'That's awful, you trusted us with that and "
             "we let you down.' I remade it myself, refunded it, and wrote 'OAT - Helen' on a "
             "sticky note by the machine.")
    result = score_answer(en_cs, "complaint-turnaround", story)
    assert result.stuffing is None
    assert {"empathy", "problem-resolution"} <= {c.id for c in result.criteria if c.earned}
    greeting = ('No one walks into my shop without hearing "hi, welcome in" within the first few '
                "seconds, even if I am halfway up a ladder.")
    assert score_answer(en_cs, "first-impression", greeting).stuffing is None
    # a bare past form with no one named is still a bare keyword: "Exceeded expectations."
    listed = "Empathy. Respect. Exceeded expectations. Followed up. Quickly. Empathy. Respect."
    assert score_answer(en_cs, "complaint-turnaround", listed).stuffing is not None


def test_one_family_of_words_said_again_and_again_is_repetition() -> None:
    # "empathetic … empathetic … empathy", "apologise … apologise … apology … apologising":
    # forms of one word, said three times in a sentence, say nothing more.
    pack = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    text = ("I would be empathetic, really empathetic, because empathy is the key with an "
            "overbooked guest late at night. I would apologise, and apologise sincerely, because a "
            "sincere apology matters and apologising early matters.")
    found = detect(pack, text)
    assert not found["empathy"].earned and not found["apology"].earned


def test_forms_of_a_word_said_once_each_in_a_story_still_earn() -> None:
    pack = load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
    text = ("The guest was furious about the noise. I apologised straight away and moved her to a "
            "quieter room on the fourth floor, and the next morning the manager sent an apology "
            "card.")
    assert detect(pack, text)["apology"].earned
