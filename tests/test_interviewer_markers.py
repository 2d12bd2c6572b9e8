"""Words said to the interviewer about the answer ("I'll say right away that…") are discourse
markers: the keyword inside ("right away") earns nothing, and the fillers report counts them,
in English, Swedish and Telugu."""

from __future__ import annotations

import pytest
from judgement_support import fillers

from coach.packs import Pack
from coach.scoring import detect


def test_english_marker_never_earns(en_cs: Pack) -> None:
    found = detect(en_cs, "I'll say right away that this happened a lot in my first month.")
    aside = found["timeliness"].set_aside
    assert not found["timeliness"].earned and aside is not None and aside.rule == "idiom"
    assert detect(en_cs, "I replied right away and said sorry.")["timeliness"].earned


def test_english_marker_is_counted(en_rules_pack: Pack) -> None:
    text = "Let me say up front that I had no idea. I'll admit straight away I was nervous."
    assert fillers(en_rules_pack, text) == {"let me say up front": 1, "i'll admit straight away": 1}


def test_swedish_marker_is_counted(sv_rules_pack: Pack) -> None:
    text = "Jag kan säga direkt att det hände ofta under min första månad."
    assert fillers(sv_rules_pack, text) == {"jag kan säga direkt": 1}


def test_telugu_marker_never_earns(te_cs: Pack) -> None:
    # "I'll say it right away: this happened many times in my first month."
    found = detect(te_cs, "వెంటనే చెప్పేస్తాను, ఇది నా మొదటి నెలలో చాలాసార్లు జరిగింది.")
    aside = found["timeliness"].set_aside
    assert not found["timeliness"].earned and aside is not None and aside.rule == "idiom"
    assert detect(te_cs, "నేను వెంటనే స్పందించాను.")["timeliness"].earned  # I responded right away.


def test_asking_the_interviewer_to_repeat_is_no_apology(en_cs: Pack) -> None:
    found = detect(en_cs, "I'm sorry, could you repeat the question? Right. I'd listen first.")
    aside = found["empathy"].set_aside
    assert not found["empathy"].earned and aside is not None and aside.rule == "idiom"
    assert detect(en_cs, "I said I'm sorry, I could see how upset she was.")["empathy"].earned


@pytest.mark.parametrize("text, cid", [
    ("I'm so sorry, I forgot the question.", "empathy"),
    ("To follow up on my last answer, I also worked weekends.", "follow-up"),
])
def test_words_to_the_interviewer_about_the_answer_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


def test_swedish_following_up_on_ones_last_answer_is_a_marker(sv_cs: Pack) -> None:
    found = detect(sv_cs, "För att följa upp mitt förra svar, jag jobbade även helger.")["follow-up"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"
    assert detect(sv_cs, "För att följa upp med kunden ringde jag dagen efter.")["follow-up"].earned


def test_the_same_words_to_a_customer_still_earn(en_cs: Pack) -> None:
    assert detect(en_cs, "I'm so sorry, we forgot your order.")["empathy"].earned
    assert detect(en_cs, "I always follow up on my customers' orders the next day.")["follow-up"].earned


def test_swedish_marker_with_med_en_gang(sv_rules_pack: Pack) -> None:
    text = "Jag kan säga med en gång att vi har snabbkassor."
    assert fillers(sv_rules_pack, text) == {"jag kan säga med en gång": 1}


def test_telugu_truth_and_heart_markers(te_cs: Pack) -> None:
    # "I'll tell the truth, sir: at first I didn't know the answer either."
    found = detect(te_cs, "నిజం చెప్తాను సార్, మొదట్లో ఈ ప్రశ్నకు నాకు కూడా సమాధానం తెలియదు.")
    assert not found["realistic-expectations"].earned
    aside = found["realistic-expectations"].set_aside
    assert aside is not None and aside.rule == "idiom"


def test_respect_as_regard_is_a_marker(en_cs: Pack) -> None:
    # "in that respect" means "in that regard": nothing about treating anyone with respect
    found = detect(en_cs, "In that respect my last job was boring, we just scanned items all day.")
    aside = found["respect"].set_aside
    assert not found["respect"].earned and aside is not None and aside.rule == "idiom"
    assert detect(en_cs, "I treated every customer with respect, whatever their mood.")["respect"].earned


def test_understanding_the_interviewers_question_is_no_empathy(en_cs: Pack) -> None:
    found = detect(en_cs, "I understand why you're asking, my CV has a gap from 2021.")
    assert not found["empathy"].earned
    assert detect(en_cs, "I understand why she was upset, she'd waited an hour.")["empathy"].earned


def test_picking_up_the_interviewers_words_is_no_follow_up(en_cs: Pack) -> None:
    found = detect(en_cs, "Just to follow up on what you said earlier about returns, I think "
                          "it's about fixing things properly.")
    assert not found["follow-up"].earned
    assert detect(en_cs, "I always follow up on returns a week later.")["follow-up"].earned


@pytest.mark.parametrize("text, cid", [
    ("I'd bring an empathy-led approach to every touchpoint.", "empathy"),
    ("It's about expectation-exceeding outcomes across the customer journey.", "exceeding-expectations"),
    ("A follow-up-centric, feedback-driven mindset closes the loop.", "follow-up"),
])
def test_a_keyword_made_a_buzzword_modifier_is_a_label(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


@pytest.mark.parametrize("text, cid", [
    # the noun a buzzword describes
    ("Good service runs on outcome-oriented communication.", "communication"),
    # a keyword in a sentence of labels that names no one doing anything
    ("Service is about insight-driven engagement and reliable, personalised touchpoints.",
     "reliability"),
])
def test_buzzword_nouns_and_sentences_of_labels_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


@pytest.mark.parametrize("text, cid", [
    # the candidate doing something in the sentence of the buzzword
    ("Our shop has a customer-first culture, and I always follow up the next day.", "follow-up"),
    ("I explain every bill line by line, and our team is solution-focused.", "communication"),
])
def test_a_buzzword_beside_a_claim_of_ones_own_takes_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


def test_a_hyphenated_keyword_of_its_own_still_earns(en_cs: Pack) -> None:
    assert detect(en_cs, "I made a follow-up call the next day to check it worked.")["follow-up"].earned


@pytest.mark.parametrize("text, cid", [
    ("Mad respect for anyone who does nights on a helpdesk.", "respect"),
    ("Just quickly, before I forget, I also did a first aid course.", "timeliness"),
])
def test_admiration_and_asides_to_the_interviewer_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    found = detect(en_cs, text)[cid]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


@pytest.mark.parametrize("text, cid", [
    ("I just quickly checked the stock room and found her size.", "timeliness"),
    ("I treat everyone with respect to be honest.", "respect"),
])
def test_the_same_words_inside_a_claim_still_earn(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text", [
    "Easiest way to explain is from the other side of the counter.",
    "That explains why the queue was always so long on Mondays.",
])
def test_english_the_answer_explaining_itself_never_earns(en_cs: Pack, text: str) -> None:
    found = detect(en_cs, text)["communication"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"
    # explaining something to the person served still earns
    assert detect(en_cs, "The easiest way to explain the charges is to go through the bill "
                  "line by line with the guest.")["communication"].earned


def test_swedish_the_answer_explaining_itself_never_earns(sv_cs: Pack) -> None:
    found = detect(sv_cs, "Hur ska jag förklara, jag gillar folk.")["communication"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"
    assert detect(sv_cs, "Jag förklarar avgiften för gästen.")["communication"].earned


def test_more_english_markers_are_counted(en_rules_pack: Pack) -> None:
    text = ("Not gonna lie, I mostly applied for the hours. Hand on heart, I love it now. Tbh the "
            "pay matters. Real talk, nights are hard. I'd be lying if I said I enjoyed early shifts.")
    assert fillers(en_rules_pack, text) == {"not gonna lie": 1, "hand on heart": 1, "tbh": 1,
                                           "real talk": 1, "i'd be lying if i said": 1}


def test_a_marker_as_its_own_clause_only(en_cs: Pack) -> None:
    # "I won't lie, …" to the interviewer; the same words with an object are a claim
    assert detect(en_cs, "I won't lie, I'm always honest about delivery dates.")[
        "realistic-expectations"].earned


def test_more_swedish_markers_are_counted(sv_rules_pack: Pack) -> None:
    text = "Handen på hjärtat, jag sökte mest för lönen. Jag ska inte ljuga, det är tungt ibland."
    assert fillers(sv_rules_pack, text) == {"handen på hjärtat": 1, "jag ska inte ljuga": 1}


def test_english_explaining_ones_own_answer_is_a_marker(en_cs: Pack) -> None:
    found = detect(en_cs, "I'll try to explain my thinking here.")["communication"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"
    assert detect(en_cs, "I always explain my reasoning to the customer.")["communication"].earned


@pytest.mark.parametrize(("text", "cid"), [
    ("Sorry, could you explain what you mean by follow-up?", "follow-up"),
    ("Sorry, could you explain what you mean by follow-up?", "communication"),
    ("Can I just clarify what you mean by going the extra mile?", "exceeding-expectations"),
    ("I hope that answers your question about flexibility.", "flexibility"),
    ("To answer your question quickly, yes.", "timeliness"),
    ("Good question, let me think about how to explain it.", "communication"),
    ("That's a tricky one to explain.", "communication"),
])
def test_english_words_about_the_question_earn_nothing(en_cs: Pack, text: str, cid: str) -> None:
    assert not detect(en_cs, text)[cid].earned


def test_english_a_claim_after_a_word_about_the_answer_still_earns(en_cs: Pack) -> None:
    text = "It's hard to explain to customers why the price changed, but I always explain it clearly."
    assert detect(en_cs, text)["communication"].earned


def test_english_a_thing_easy_to_explain_is_no_explaining(en_cs: Pack) -> None:
    found = detect(en_cs, "The memberships are flexible, so that part's easy to explain.")
    assert not found["communication"].earned
    text = "The offers are easy to explain, but I still explain them step by step."
    assert detect(en_cs, text)["communication"].earned


@pytest.mark.parametrize(("text", "cid"), [
    ("Förlåt, kan du förklara vad du menar med uppföljning?", "follow-up"),
    ("Det är svårt att förklara.", "communication"),
    ("Jag hoppas att det svarar på din fråga om flexibilitet.", "flexibility"),
])
def test_swedish_words_about_the_question_earn_nothing(sv_cs: Pack, text: str, cid: str) -> None:
    assert not detect(sv_cs, text)[cid].earned


def test_telugu_the_interviewers_words_asked_back_earn_nothing(te_cs: Pack) -> None:
    # "What do you mean by follow-up?"
    assert not detect(te_cs, "ఫాలో అప్ అంటే మీ ఉద్దేశం ఏంటి?")["follow-up"].earned
    assert detect(te_cs, "నేను ఎప్పుడూ ఫాలో అప్ చేస్తాను.")["follow-up"].earned


@pytest.mark.parametrize(("pack_name", "text", "cid"), [
    ("hotel", "A time I went above and beyond? I did loads of overtime at the ski lodge, because I was saving "
              "for a car.", "extra-mile"),
    ("en_cs", "Would I go the extra mile? If there was a bonus in it, sure, I think most people would.",
     "exceeding-expectations"),
    ("sv_cs", "Om jag följer upp med kunderna? Det är mest systemet som skickar en enkät.", "follow-up"),
    # the question alone (a sentence more never takes a criterion away: test_properties found
    # "consistency?" earning alone and not before "I empathy.")
    ("en_cs", "Consistency?", "reliability"),
])
def test_the_question_the_answer_opens_with_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                          text: str, cid: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "idiom"


@pytest.mark.parametrize(("text", "cid"), [
    # the answer after the question still earns, and a long question is no echo
    ("How do I follow up? I ring every customer back the next day to check it worked.", "follow-up"),
    # answered yes, the question claims it
    ("Do I follow up with my customers? Always, it's the first thing I do.", "follow-up"),
    ("Is there anything worse than a customer who has to chase you? So I always follow up the next day.",
     "follow-up"),
])
def test_the_answer_after_the_question_still_earns(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned
