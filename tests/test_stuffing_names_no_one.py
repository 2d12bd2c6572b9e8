"""In a stuffed answer, evidence in a sentence that does not name the candidate earns nothing:
"Be honest and give options.", "1) Honesty about the fully booked day." and "Plus a positive
attitude" say what one should do or value, not what the candidate did. The same words in an
answer that is not stuffed still earn, and so does a sentence of the candidate's own."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import score_answer


def _earned(pack: Pack, question: str, text: str) -> set[str]:
    return {c.id for c in score_answer(pack, question, text).criteria if c.earned}


def test_hotel_list_and_repetition(hotel: Pack) -> None:
    numbered = ("1) Honesty about the fully booked day. 2) Options for the 4 pm checkout. "
                "3) Policy knowledge. 4) Empathy. 5) Clear explanation. 6) Follow-up.")
    result = score_answer(hotel, "late-checkout", numbered)
    assert result.stuffing is not None and not any(c.earned for c in result.criteria)
    repeated = ("Honesty, honesty, honesty. Options, options, options. Be honest and give "
                "options. Honest options.")
    assert _earned(hotel, "late-checkout", repeated) == set()


def test_english_virtue_list(en_cs: Pack) -> None:
    text = ("Timeliness, communication, empathy, flexibility, reliability. Those are the key "
            "things with a long queue. Plus a positive attitude and good teamwork.")
    assert _earned(en_cs, "long-queue", text) == set()


def test_the_candidates_own_sentence_and_a_plain_answer_still_earn(hotel: Pack) -> None:
    # not stuffed: a plain answer of the same advice earns
    assert "honesty" in _earned(hotel, "late-checkout",
                                "I'd be honest with her that we're fully booked tomorrow.")


def test_a_list_of_bare_rubric_words_earns_nothing_in_a_real_answer(en_cs: Pack) -> None:
    """Not stuffed as a whole, an answer's sentence that lists rubric words one by one earns
    nothing for them, and the answer is not capped (stuffing.bare_items)."""
    text = ("Frankly, I'm a people person and this plays to my strengths: empathy, respect, "
            "communication, patience, reliability. I'm very flexible with hours, weekends are fine.")
    result = score_answer(en_cs, "why-customer-service", text)
    assert result.stuffing is None
    found = {c.id: c for c in score_answer(en_cs, "caller-on-hold", text).criteria}
    assert not found["empathy"].earned and found["empathy"].set_aside is not None
    assert found["empathy"].set_aside.rule == "stuffing"


def test_a_claim_with_a_short_list_still_earns(en_cs: Pack) -> None:
    text = "I showed empathy, stayed calm and followed up the next day."
    assert {"empathy", "follow-up"} <= _earned(en_cs, "angry-customer", text)


def test_items_joined_by_and_are_a_list_and_a_clause_of_keywords_is_not(en_cs: Pack) -> None:
    text = ("Frankly, I'm a people person and this plays to my strengths: patience, empathy and "
            "communication. I like helping people.")
    found = {c.id: c for c in score_answer(en_cs, "caller-on-hold", text).criteria}
    assert not found["communication"].earned and found["communication"].set_aside is not None


@pytest.mark.parametrize(("pack_name", "question", "cid", "text"), [
    ("hotel", "late-checkout", "clear-explanation",
     "Clear communication, active listening, plain language, I've seen all of that in the job description."),
    ("hotel", "late-checkout", "options",
     "Flexibility, choice, alternatives, I know guests love all that stuff nowadays."),
    ("en_cs", "caller-on-hold", "empathy",
     "Empathy, compassion, emotional intelligence, those words are on every job advert."),
])
def test_a_list_of_short_items_opening_a_sentence_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                                question: str, cid: str, text: str) -> None:
    pack = request.getfixturevalue(pack_name)
    found = {c.id: c for c in score_answer(pack, question, text).criteria}
    assert not found[cid].earned and found[cid].set_aside is not None
    assert found[cid].set_aside.rule == "stuffing"


def test_a_run_of_deeds_is_no_list_of_items(hotel: Pack) -> None:
    text = "I listened, apologised, offered her a new room, and followed up the next morning."
    assert {"apology", "follow-up"} <= _earned(hotel, "noise-complaint", text)
