"""Keyword stuffing by a string of short claims (coach.scoring.stuffing.short_claims): clauses of
a few words that each only name a keyword, in no past form, making up most of the answer ("I stay
calm, I show empathy, I am honest. … Always calm, always honest."), are stuffing in every
language; a story told in short past clauses is not, nor a knowledge answer's terms."""

from __future__ import annotations

import pytest

from coach.packs import Pack, load_pack_text
from coach.scoring import score_answer
from coach.scoring.rubric import rubric_of
from coach.scoring.stuffing import SHORT_CLAIMS_MIN, short_claims
from coach.scoring.whole import STUFFED_CAP


@pytest.mark.parametrize("pack_name, text", [
    ("hotel", "I stay calm, I show empathy, I am honest. Composure, understanding, truthfulness. "
              "Calm head, warm heart, straight talk. I keep my cool, I feel for them, I tell the "
              "truth. Always calm, always empathetic, always honest."),
    ("en", "Smile first, smile always. Eye contact is respect. A warm welcome wins them over. "
           "Manners cost nothing. First impressions last."),
    ("sv", "Jag är lugn, jag visar empati, jag är ärlig. Alltid lugn, alltid ärlig, alltid "
           "empatisk. Jag lyssnar, jag förklarar, jag följer upp."),
    ("te", "నేను నవ్వుతూ ఉంటాను, సానుభూతి చూపిస్తాను, గౌరవంగా మాట్లాడతాను. ఎప్పుడూ నవ్వుతూ, "
           "ఎప్పుడూ గౌరవంగా, ఎప్పుడూ త్వరగా. వెంటనే స్పందిస్తాను, ఫాలో అప్ చేస్తాను."),
])
def test_a_string_of_short_claims_is_stuffing(hotel: Pack, en_cs: Pack, sv_cs: Pack, te_cs: Pack,
                                              pack_name: str, text: str) -> None:
    pack = {"hotel": hotel, "en": en_cs, "sv": sv_cs, "te": te_cs}[pack_name]
    score = score_answer(pack, pack.questions[0].id, text)
    assert score.stuffing is not None and "only name a keyword" in score.stuffing
    assert score.score <= STUFFED_CAP


def test_a_story_in_short_past_clauses_is_no_string_of_claims(hotel: Pack) -> None:
    text = ("I apologised, I listened, I explained the charge, I took it off the bill and I rang "
            "him the next day to check.")
    assert short_claims(rubric_of(hotel).matcher.analyse(text)) is None
    assert score_answer(hotel, hotel.questions[0].id, text).stuffing is None


def test_fewer_short_claims_than_the_minimum_are_none(hotel: Pack) -> None:
    claims = ["I stay calm", "I show empathy", "I am honest", "I keep my cool", "always honest"]
    assert short_claims(rubric_of(hotel).matcher.analyse(", ".join(claims[: SHORT_CLAIMS_MIN - 1]) + ".")) is None
    assert short_claims(rubric_of(hotel).matcher.analyse(", ".join(claims[:SHORT_CLAIMS_MIN]) + ".")) == SHORT_CLAIMS_MIN


KNOWLEDGE = """
pack: proto
title: Protocols
language: en
criteria:
  a: {label: Reliability, keywords: [reliability]}
  b: {label: Flow control, keywords: [flow control]}
  c: {label: Congestion, keywords: [congestion control]}
  d: {label: Ports, keywords: [ports]}
  e: {label: Checksums, keywords: [checksum]}
questions:
  - id: q
    prompt: What does TCP add to IP?
    criteria: [a, b, c, d, e]
    model_answer: "TCP adds reliability, flow control and congestion control; it uses ports and a checksum."
"""


def test_a_knowledge_rubric_is_answered_in_short_terms() -> None:
    # on a rubric whose model answers do not speak as the candidate, short clauses of its terms
    # are the answer (bench/draft_saf.py measures it on SAF)
    text = "It adds reliability, it adds flow control, congestion control too, it uses ports, it has a checksum."
    pack = load_pack_text(KNOWLEDGE)
    assert short_claims(rubric_of(pack).matcher.analyse(text)) is not None
    assert score_answer(pack, "q", text).stuffing is None


def test_the_items_of_a_list_a_colon_opens_are_examples(sv_cs: Pack) -> None:
    # the Swedish pack's own tip, said in the first person: its examples after the colon are
    # short, but they are the examples the tip asks for
    text = ("Bra service möter förväntningarna, utmärkt service överträffar dem. Ge ett exempel på "
            "det lilla extra jag gjort: ett tips, en liten gåva, en positiv överraskning.")
    assert short_claims(rubric_of(sv_cs).matcher.analyse(text)) is None


def test_a_mnemonics_lettered_virtues_are_bare_keywords(hotel: Pack) -> None:
    text = ("I use my GUEST framework. G: genuine apology. U: understanding and empathy. E: extra "
            "mile. S: solve the problem. T: take ownership and follow up.")
    score = score_answer(hotel, "speak-to-manager", text)
    assert score.stuffing is not None and score.score <= STUFFED_CAP
    told = ("I use the LAST method. L: I listen to the guest without interrupting them once. A: I "
            "apologise sincerely for what went wrong with the room. S: I solve it myself, moving "
            "them to a quiet room on the far side.")
    assert score_answer(hotel, "speak-to-manager", told).stuffing is None
