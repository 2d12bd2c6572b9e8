"""The scoring engine as a library: each matching behaviour with cases of its own."""

from __future__ import annotations

import pytest

from coach import Pack, load_pack_text, score_answer
from coach.scoring import MAX_ANSWER_CHARS, detect, explain


@pytest.fixture(scope="module")
def pack() -> Pack:
    from pathlib import Path

    return load_pack_text((Path(__file__).parent / "data" / "mini.yaml").read_text("utf-8"))


def earned(pack: Pack, text: str) -> set[str]:
    return {cid for cid, r in detect(pack, text).items() if r.earned}


def negated(pack: Pack, text: str) -> set[str]:
    return {cid for cid, r in detect(pack, text).items() if r.negated}


@pytest.mark.parametrize("text", [
    "EMPATHY is everything.",
    "Ｅｍｐａｔｈｙ is everything.",  # full-width letters, NFKC
    "empathy!!! always...",
    "I put   myself\tin their\nshoes.",
    "I always try to put myself in their shoes",
    "“Empathy”, I’d say.",
])
def test_case_unicode_punctuation_and_space(pack: Pack, text: str) -> None:
    assert "empathy" in earned(pack, text)


@pytest.mark.parametrize(("text", "criterion"), [
    ("I empathise with upset callers.", "empathy"),
    ("I empathized with her situation.", "empathy"),
    ("Being empathetic matters most.", "empathy"),
    ("We exceeded expectations every quarter.", "exceeding-expectations"),
    ("Exceeding their expectations is the goal.", "exceeding-expectations"),
    ("I followed up the next morning.", "follow-up"),
    ("Following up is how I close a case.", "follow-up"),
    ("I was respectful even when he shouted.", "respect"),
    ("I checked back with her on Friday.", "follow-up"),
])
def test_inflections(pack: Pack, text: str, criterion: str) -> None:
    assert criterion in earned(pack, text)


@pytest.mark.parametrize(("text", "criterion"), [
    ("Emapthy is key.", "empathy"),
    ("I reply timley to every email.", "timeliness"),
    ("I try to exceed expectatons.", "exceeding-expectations"),
    ("I always folow up.", "follow-up"),
    ("Compasion for the customer.", "empathy"),
    ("I answer qiuckly.", "timeliness"),
])
def test_typos(pack: Pack, text: str, criterion: str) -> None:
    assert criterion in earned(pack, text)


def test_a_short_real_word_is_no_typo_of_a_keyword() -> None:
    # "reads" is five letters, but its stem "read" is four: one letter from "remad(e)" is
    # another word, not a slip. The whole word still tolerates a slip ("remaed").
    pack = load_pack_text("""
pack: typo
title: Typos
language: en
criteria:
  fix: {label: Fix, keywords: [remade]}
questions:
  - {id: q, prompt: What did you do?, criteria: [fix]}
""")
    assert "fix" not in earned(pack, "Head office reads the scores every month.")
    assert "fix" in earned(pack, "I remaed the drink straight away.")


def test_english_long_words_take_one_typo_not_two(pack: Pack) -> None:
    # two edits from an English keyword is mostly another real word
    assert "empathy" not in earned(pack, "I use a comparison: the router is like a lamp.")
    assert "empathy" in earned(pack, "I show compasion for the customer.")


@pytest.mark.parametrize(("text", "criterion"), [
    ("Their expectations were exceeded by me.", "exceeding-expectations"),
    ("Their expectations, we exceeded them.", "exceeding-expectations"),
    ("I understand the frustration they feel.", "empathy"),
    ("I put myself in the customer's shoes.", "empathy"),
])
def test_word_order_and_gaps_within_a_window(pack: Pack, text: str, criterion: str) -> None:
    assert criterion in earned(pack, text)


def test_words_far_apart_do_not_form_a_phrase(pack: Pack) -> None:
    text = ("We exceeded the sales target last year, and the manager said that "
            "nobody had any idea what the customers really had as expectations.")
    assert "exceeding-expectations" not in earned(pack, text)
    # Nor across a sentence end.
    assert "exceeding-expectations" not in earned(pack, "Sales exceeded. Expectations were low.")


@pytest.mark.parametrize(("text", "criterion"), [
    ("I don't think empathy matters.", "empathy"),
    ("We never go the extra mile.", "exceeding-expectations"),
    ("I have no compassion for rude people.", "empathy"),
    ("Empathy is not important here.", "empathy"),
    ("I would not respect that kind of customer.", "respect"),
    ("I never follow up after a sale.", "follow-up"),
    ("I didnt reply quickly.", "timeliness"),
])
def test_negation_is_reported_and_earns_nothing(pack: Pack, text: str, criterion: str) -> None:
    result = detect(pack, text)[criterion]
    assert not result.earned
    assert result.negated
    assert result.negation is not None
    assert text[result.negation.start:result.negation.end] == result.negation.text


@pytest.mark.parametrize("text", [
    "Not only did I show empathy, I also called back.",
    "I don't just reply quickly, I stay with the problem.",
    "I can't fix everything, but I show empathy.",
    "No problem was too small. I showed empathy and replied quickly.",
])
def test_negation_does_not_leak(pack: Pack, text: str) -> None:
    found = earned(pack, text)
    assert found & {"empathy", "timeliness"}
    assert not negated(pack, text) & found


def test_without_negates_one_verb_phrase(pack: Pack) -> None:
    # "without X and Y": the coordination ends the scope of "without".
    text = "I listened without interrupting and understood her frustration."
    assert "empathy" in earned(pack, text)
    assert "empathy" in negated(pack, "I fixed it without any compassion.")


def test_function_words_do_not_push_a_cue_out_of_reach(pack: Pack) -> None:
    # "not" is five tokens before "respect" but only three meaningful words away.
    assert "respect" in negated(pack, "I am not at all big on the respect thing.")


@pytest.mark.parametrize(("text", "criterion"), [
    ("Each of the respective teams had a lead.", "respect"),
    ("Respectively, the numbers were three and four.", "respect"),
    ("We agreed a timeline for the project.", "timeliness"),
    ("It was expected, so we exceeded nothing.", "exceeding-expectations"),
    ("The results were as expected.", "exceeding-expectations"),
    ("I spent time with each person.", "timeliness"),
    ("I spent time with each person.", "personalization"),
    ("I follow the manual step by step.", "follow-up"),
    ("Our personnel were trained.", "personalization"),
    ("I called the police.", "respect"),
    # a hyphened prefix makes another word (Language.word_prefixes)
    ("Our swim memberships are non-refundable, full stop.", "problem-resolution"),
    ("The advisor there remembered my name.", "product-knowledge"),  # a person, not "advise"
])
def test_look_alikes_are_not_credited(pack: Pack, text: str, criterion: str) -> None:
    assert criterion not in earned(pack, text)


def test_a_prefix_the_rubric_uses_still_matches() -> None:
    pack = load_pack_text("""
pack: prefix
title: Prefix
language: en
criteria:
  fair: {label: Fair, keywords: [non-judgemental]}
  fix: {label: Fix, keywords: [refund]}
questions:
  - {id: q, prompt: What did you do?, criteria: [fair, fix]}
""")
    assert earned(pack, "I stay non-judgemental with everyone.") == {"fair"}
    assert earned(pack, "The ticket was non-refundable, but I got her a refund anyway.") == {"fix"}
    assert earned(pack, "The ticket was non-refundable.") == set()


def test_evidence_offsets_point_into_the_original_text(pack: Pack) -> None:
    text = "🙂 ＥＭＰＡＴＨＹ first;\n\nthen I’d   go   ABOVE and beyond, and FOLLOWED UP."
    result = score_answer(pack, "meaning", text)
    found = [c for c in result.criteria if c.evidence]
    assert found
    for crit in found:
        assert text[crit.evidence.start:crit.evidence.end] == crit.evidence.text
    assert {c.id for c in result.earned} >= {"empathy", "exceeding-expectations"}


def test_match_strength_is_graded(pack: Pack) -> None:
    exact = detect(pack, "I show empathy.")["empathy"]
    typo = detect(pack, "I show emapthy.")["empathy"]
    assert exact.match == 100
    assert 70 <= typo.match < exact.match
    assert exact.keyword == "empathy"


def test_score_uses_weights_and_require(pack: Pack) -> None:
    # meaning: empathy(1), timeliness(1), exceeding(2), respect(1); require 3 -> needs the 3
    # lightest weights = 3.
    assert score_answer(pack, "meaning", "I show empathy.").score == 33
    assert score_answer(pack, "meaning", "I go above and beyond.").score == 67
    full = score_answer(pack, "meaning", "Empathy, a quick reply: I reply quickly and I'm polite.")
    assert full.score == 100
    assert len(full.earned) == 3


def test_all_criteria_when_question_names_none(pack: Pack) -> None:
    result = score_answer(pack, "angry-customer", "I showed empathy.")
    assert [c.id for c in result.criteria] == list(pack.criteria)
    assert result.score == round(100 * 1 / 7)  # weights 1+1+2+1+1+1 = 7


def test_red_flags_cost_points_unless_negated(pack: Pack) -> None:
    flagged = score_answer(pack, "meaning", "Empathy, replying quickly and respect matter, but refunds are not my job.")
    assert [f.phrase for f in flagged.red_flags] == ["not my job"]
    assert flagged.penalty == 10
    assert flagged.score == 90
    clean = score_answer(pack, "meaning", "I would never say it's not my job. I show empathy.")
    assert clean.red_flags == []
    floor = score_answer(pack, "meaning", "That's policy. Not my job.")
    assert floor.score == 0


def test_empty_and_long_answers(pack: Pack) -> None:
    empty = score_answer(pack, "meaning", "   \n ")
    assert empty.score == 0 and empty.empty
    assert empty.notes == ["The answer is empty: nothing to score."]
    # Distinct sentences: the same clause over and over is capped as stuffing (test_judgement).
    long_text = " ".join(f"I show empathy to customer number {i}." for i in range(8_000))
    result = score_answer(pack, "meaning", long_text)
    assert result.truncated
    assert result.scored_chars <= MAX_ANSWER_CHARS
    assert f"first 60,000 of {len(long_text):,} characters" in result.notes[0]
    assert result.score >= 33


def test_word_count_fillers_and_hedges(pack: Pack) -> None:
    text = "Um, I guess I, like, show empathy, you know? I like helping. Kind of. Um."
    result = score_answer(pack, "meaning", text)
    assert result.words == 15
    fillers = {f.text: f.count for f in result.fillers}
    assert fillers["um"] == 2
    assert fillers["you know"] == 1
    assert fillers["like"] == 1  # "I like helping" is not a filler
    hedges = {h.text: h.count for h in result.hedges}
    assert hedges["i guess"] == 1 and hedges["kind of"] == 1
    assert result.length == "very short"


def test_star_parts_for_behavioural_questions_only(pack: Pack) -> None:
    story = ("When I worked at a phone shop, a customer came in furious. My job was to calm him "
             "down. I listened and I offered a replacement. In the end he thanked me.")
    result = score_answer(pack, "angry-customer", story)
    assert result.star is not None
    assert all(result.star.values())
    for part in result.star.values():
        assert story[part.start:part.end] == part.text
    partial = score_answer(pack, "angry-customer", "I listened and I offered a refund.")
    assert partial.star is not None
    assert partial.star["action"] is not None and partial.star["result"] is None
    assert score_answer(pack, "meaning", story).star is None


def test_to_dict_is_json_ready(pack: Pack) -> None:
    import json

    data = score_answer(pack, "meaning", "I show empathy.").to_dict()
    assert json.loads(json.dumps(data))["criteria"][0]["evidence"] == {
        "start": 7, "end": 14, "text": "empathy"}


def test_explain_lists_every_phrase(pack: Pack) -> None:
    rows = explain(pack, "meaning", "I show emapthy and don't go the extra mile.")
    phrases = {(r["criterion"], r["phrase"]) for r in rows}
    assert ("empathy", "compassion") in phrases
    by_phrase = {r["phrase"]: r for r in rows}
    assert 70 <= by_phrase["empathy"]["strength"] < 100
    assert by_phrase["extra mile"]["negated"]
    assert by_phrase["courteous"]["strength"] == 0


def test_library_api_from_package_root() -> None:
    import coach

    pack = coach.load_pack("customer-service")
    result = coach.score_answer(pack, pack.questions[0].id, "I put myself in their shoes.")
    assert 0 <= result.score <= 100
    with pytest.raises(coach.CoachError):
        coach.load_pack("no-such-pack")
