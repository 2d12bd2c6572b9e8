"""Keyword stuffing by bare claims (coach.scoring.whole.bare_claims): an answer made mostly of
sentences that only claim a keyword ("I am honest. I give options.") is capped and earns
nothing from them, in each language; a story with a few short sentences still earns, and a
question that asks for a list is answered by one."""

from __future__ import annotations

from pathlib import Path

import pytest
from judgement_support import earned

from coach.packs import Pack, load_pack
from coach.scoring import detect, score_answer
from coach.scoring.rubric import rubric_of
from coach.scoring.whole import CLAIMS_MIN, STUFFED_CAP, bare_claims, stuffing_reason

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pack_file, text", [
    ("bench/data/packs/hospitality.yaml",
     "I am honest. I am polite. I stay calm. I give options. I know the policy. I explain clearly."),
    ("questions/customer-service.yaml", "I stay calm. I listen. I apologise. I fix it. I follow up."),
    ("questions/customer-service-sv.yaml",
     "Jag är empatisk. Jag är artig. Jag är ärlig. Jag löser problem. Jag följer upp."),
    ("questions/customer-service-te.yaml",
     "నేను సానుభూతి చూపిస్తాను. నేను గౌరవంగా ఉంటాను. నేను నిజాయితీగా ఉంటాను. నేను ఫాలో అప్ చేస్తాను."),
])
def test_a_list_of_bare_claims_is_stuffing(pack_file: str, text: str) -> None:
    pack = load_pack(ROOT / pack_file)
    question = pack.questions[0].id
    score = score_answer(pack, question, text)
    assert score.stuffing is not None and "only claim a keyword" in score.stuffing, score.notes
    assert score.score <= STUFFED_CAP
    assert not any(c.earned for c in score.criteria)
    assert any(c.set_aside is not None and c.set_aside.rule == "stuffing" for c in score.criteria)
    assert any(note.startswith(f"Capped at {STUFFED_CAP}: ") and "only claim a keyword" in note
               for note in score.notes)


def test_the_claims_and_sentences_are_counted() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    analysis = rubric_of(pack).matcher.analyse(
        "I stay calm. I listen. I apologise. I fix it. I follow up. That's it, really.")
    # (five claims of six sentences, 11 of the answer's 14 words)
    assert bare_claims(analysis) == (5, 6)


@pytest.mark.parametrize("text", [
    # three bare claims, then what was done: fewer than CLAIMS_MIN
    "I stay calm. I listen. I apologise. Then I offered her a refund on the spot, and I rang her "
    "the next day to check the new kettle had arrived.",
    # four bare claims before the story: most of the answer's words tell the story
    "I stay calm. I listen. I apologise. I follow up. Last winter a man shouted at me because his "
    "boiler part had not come in. I rang the depot while he waited and found one in the next town. "
    "I drove it over to him after my shift and checked it fitted. He came back the week after "
    "with biscuits for the whole counter team.",
    # short sentences that each say what was done for someone
    "I greeted her by name. I found her order in the back. I swapped the broken lamp for a new "
    "one. I walked it to her car for her.",
])
def test_short_sentences_in_an_answer_that_says_what_was_done_are_not_stuffing(text: str) -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    score = score_answer(pack, "angry-customer", text)
    assert score.stuffing is None, score.notes
    assert any(c.earned for c in score.criteria)


def test_the_bound_is_the_number_of_claims() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    matcher = rubric_of(pack).matcher
    claims = ["I stay calm.", "I listen.", "I apologise.", "I follow up.", "I fix it."]
    assert bare_claims(matcher.analyse(" ".join(claims[: CLAIMS_MIN - 1]))) is None
    assert bare_claims(matcher.analyse(" ".join(claims[:CLAIMS_MIN]))) == (CLAIMS_MIN, CLAIMS_MIN)


def test_a_question_that_asks_for_a_list_is_answered_by_one() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    analysis = rubric_of(pack).matcher.analyse("I am patient. I am honest. I am polite. I listen.")
    assert bare_claims(analysis) is not None
    assert stuffing_reason(analysis, 3, 0, listing=False) is not None
    assert stuffing_reason(analysis, 3, 0, listing=True) is None


def test_claims_that_hold_half_the_words_or_fewer_are_not_a_list() -> None:
    pack = load_pack(ROOT / "questions" / "customer-service.yaml")
    matcher = rubric_of(pack).matcher
    claims = "I stay calm. I listen. I apologise. I follow up."  # 10 words
    story = "Then I rang the depot for the part."  # 8 words
    assert bare_claims(matcher.analyse(f"{claims} {story}")) == (4, 5)  # 10 of 18 words
    longer = "Then I rang the depot and found the part for him in the next town over."
    assert bare_claims(matcher.analyse(f"{claims} {longer}")) is None  # 10 of 26 words


@pytest.mark.parametrize("pack_name, text, cid", [
    # a list of synonyms the rubric does not hold, with one of its own words among them
    ("en_cs", "Flexibility, adaptability, adjustment, give and take, another way, bending.",
     "flexibility"),
    # bullets with dashes, and items joined by "and" (మరియు)
    ("te_cs", "- వేగం - సమయపాలన - టైమ్ మేనేజ్‌మెంట్ - quick service - చిరునవ్వు - ఓపిక", "timeliness"),
    ("te_cs", "ఫాలో అప్ మరియు రూట్ కాజ్ మరియు సమస్య పరిష్కారం మరియు ownership మరియు క్లోజర్ "
              "మరియు కస్టమర్ సాటిస్‌ఫాక్షన్.", "follow-up"),
])
def test_a_list_of_short_items_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, text: str, cid: str) -> None:
    result = detect(request.getfixturevalue(pack_name), text)[cid]
    assert not result.earned and result.set_aside is not None and result.set_aside.rule == "stuffing"


def test_a_list_framed_as_a_claim_with_five_criteria_is_stuffing(en_cs: Pack) -> None:
    text = ("Every customer gets from me empathy, a respectful tone, full ownership of the problem, "
            "clear communication, plenty of options and honest expectations, every single time.")
    score = score_answer(en_cs, "angry-customer", text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP
    assert not score.earned


def test_a_run_of_deeds_that_names_its_doer_is_no_list(en_cs: Pack) -> None:
    text = "I stand up, smile, come round from behind the desk, offer a coffee, give them space."
    assert "approachability" in earned(en_cs, text)
    # five criteria in one sentence, each a deed in its own clause: a terse story
    story = ("A customer came in upset about a late parcel. I listened, showed empathy, stayed "
             "respectful, rang the depot straight away and followed up the next day.")
    assert score_answer(en_cs, "angry-customer", story).stuffing is None


@pytest.mark.parametrize("text, question", [
    ("First I empathise, then I apologise, then I explain clearly, then I give options, then I go "
     "the extra mile, and then I follow up.", "room-not-ready"),
    ("I would greet them warmly and I would listen and I would say sorry and I would explain and "
     "I would give them choices and I would keep calm and I would check back later.",
     "room-not-ready"),
])
def test_bare_claims_chained_in_one_sentence_are_a_list(hotel: Pack, text: str, question: str) -> None:
    # each link is the candidate and a keyword, little else (whole.chained_claim), five or more
    score = score_answer(hotel, question, text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP
    assert not score.earned


def test_chained_deeds_that_say_what_was_done_are_no_list(hotel: Pack) -> None:
    text = ("I apologised that the room wasn't ready, and I stored her bags, and I gave her a voucher "
            "for the terrace café, and I rang housekeeping to put her room first, and I called her "
            "the moment it was ready.")
    score = score_answer(hotel, "room-not-ready", text)
    assert score.stuffing is None and len(score.earned) >= 3


def test_five_criteria_claimed_as_habits_in_one_sentence_are_a_list(hotel: Pack) -> None:
    # no past form: habits claimed, not a deed told ("I listened, …, followed up" is a story)
    text = ("My approach to every guest is the same: I go the extra mile with thoughtful touches, "
            "I listen first, I know our policies and systems inside out, I am honest about what I "
            "can deliver, and I always follow up to make sure they are happy.")
    score = score_answer(hotel, "special-request", text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP
