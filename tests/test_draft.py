"""Drafting rubrics from model answers: the terms and forms a draft lists, and fitting
`require` to graded sample answers (core, no CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import CoachError, InputError
from coach.lang import get_language
from coach.packs import load_pack_text
from coach.scoring import score_answer
from coach.trainer.drafting import draft, draft_pack
from coach.trainer.parts import asked_share
from coach.trainer.reading import DraftItem, GradedAnswer, read_graded
from coach.trainer.settings import DraftSettings


def _keywords(item: DraftItem, **settings: object) -> dict[str, list[str]]:
    data = draft_pack([item], "d", "en", settings=DraftSettings(**settings))  # type: ignore[arg-type]
    return {c["label"]: c["keywords"] for c in data["criteria"].values()}


def test_everyday_synonyms_are_listed_but_not_words_of_the_question() -> None:
    item = DraftItem("q", "What happens to the diameter if the speed grows?",
                     "The diameter decreases by a factor of ten.")
    keywords = _keywords(item)["decreases"]
    assert {"reduce", "shrink", "smaller"} <= set(keywords)
    assert "grow" not in keywords  # the question's own word earns nothing
    assert "shrink" not in _keywords(item, alternatives=False)["decreases"]
    pack = load_pack_text(draft([item], "d", "en").text)
    assert score_answer(pack, "q", "It shrinks ten times.").score == 100


def test_a_denial_lists_its_opposite() -> None:
    item = DraftItem("q", "Are arrivals independent in real traffic?",
                     "No: arrivals are not independent, traffic comes in bursts.")
    keywords = [k for ks in _keywords(item).values() for k in ks]
    assert "not independent" in keywords and "dependent" in keywords


def test_key_numbers_are_criteria_with_their_rounded_forms() -> None:
    item = DraftItem("q", "How likely is a full buffer of size 10?",
                     "P_B = ((1-0.9) * 0.9^10) / (1 - 0.9^11) = 0.0508, so in 60 s it is full "
                     "for 3.05 seconds.")
    data = draft_pack([item], "d", "en")
    numbers = [c for c in data["criteria"].values() if c["label"] == "0.0508"]
    assert numbers and numbers[0]["keywords"] == ["0508", "051"]
    assert not [c for c in data["criteria"].values() if c["label"] in ("10", "0.9")]  # given
    pack = load_pack_text(draft([item], "d", "en").text)
    earned = {c.label for c in score_answer(pack, "q", "It is 0,051.").criteria if c.earned}
    assert "0.0508" in earned
    assert not [c for c in draft_pack([item], "d", "en", settings=DraftSettings(max_numbers=0))
                ["criteria"].values() if c["label"] == "0.0508"]


def test_a_number_with_its_unit_can_be_a_key_term() -> None:
    item = DraftItem("q", "What happens to the diameter?", "It decreases, e.g. 300m to 30m.")
    assert {"300m", "30m"} <= set(_keywords(item))


def test_words_addressed_to_graders_are_not_key_terms() -> None:
    item = DraftItem("q", "Why do we apologise to an angry customer?",
                     "Possible answers (one of the following is sufficient): an apology shows "
                     "empathy; a correct justification mentions trust, e.g. rounded examples.")
    labels = set(_keywords(item))
    assert {"apology", "empathy", "trust"} <= labels
    assert not labels & {"correct", "following", "sufficient", "justification", "mentions",
                         "rounded", "examples"}


# -- fitting `require` to graded sample answers ------------------------------------------------

REFUND = DraftItem("refund", "How do you handle a refund request?",
                   "Apologise, check the order number, explain the refund policy, process the "
                   "refund within two days and follow up by email to confirm.")


def _graded(*pairs: tuple[str, float]) -> dict[str, list[GradedAnswer]]:
    return {"refund": [GradedAnswer(i + 2, text, score) for i, (text, score) in enumerate(pairs)]}


def test_lenient_graders_lower_require_and_scores_come_closer() -> None:
    plain = draft_pack([REFUND], "d", "en")
    drafted = plain["questions"][0].get("require") or len(plain["questions"][0]["criteria"])
    result = draft([REFUND], "d", "en", graded=_graded(
        ("I apologise and process the refund.", 1.0),
        ("I check the order number and process the refund.", 1.0),
        ("I apologise.", 0.5), ("Tell them to read the policy.", 0.3)))
    [fit] = result.fits
    assert fit.question == "refund" and fit.answers == 4 and fit.drafted_require == drafted
    assert fit.require < drafted and fit.error_after < fit.error_before
    pack = load_pack_text(result.text)
    assert pack.question("refund").require == fit.require
    answer = "I apologise and process the refund."
    before = score_answer(load_pack_text(draft([REFUND], "d", "en").text), "refund", answer)
    assert before.score < score_answer(pack, "refund", answer).score
    assert "fitted to 4 graded answers" in result.text
    # The drafted example (the model answer earns everything) still agrees.
    from coach.trainer.calibrate import calibrate

    assert calibrate(pack).ok


def test_strict_graders_raise_require() -> None:
    result = draft([REFUND], "d", "en", graded=_graded(
        ("I apologise and process the refund.", 0.2),
        ("I check the order number.", 0.1),
        ("Apologise, check the order number, explain the refund policy, process the refund "
         "within two days and follow up by email.", 1.0)))
    [fit] = result.fits
    assert fit.require > fit.drafted_require


def test_too_few_graded_answers_leave_require_as_drafted() -> None:
    result = draft([REFUND], "d", "en", graded=_graded(("I apologise.", 1.0), ("Refund.", 1.0)))
    assert result.fits == []
    assert result.text == draft([REFUND], "d", "en").text


def test_read_graded_csv_jsonl_and_percentages(tmp_path: Path) -> None:
    csv_file = tmp_path / "g.csv"
    csv_file.write_text('id,answer,score\nrefund,"I apologise, then refund.",0.5\nRefund,ok,1\n',
                        encoding="utf-8")
    graded = read_graded(csv_file, {"refund"})
    assert [(a.line, a.answer, a.score) for a in graded["refund"]] == [
        (2, "I apologise, then refund.", 0.5), (3, "ok", 1.0)]
    jsonl = tmp_path / "g.jsonl"
    jsonl.write_text('{"id": "refund", "answer": "a", "score": 80}\n'
                     '{"id": "refund", "answer": "", "score": "0"}\n', encoding="utf-8")
    assert [a.score for a in read_graded(jsonl, {"refund"})["refund"]] == [0.8, 0.0]


def test_read_graded_reports_every_bad_row_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.csv"
    bad.write_text("id,answer,score\nnope,x,1\nrefund,y,abc\nrefund,z,140\n,w,1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_graded(bad, {"refund"})
    text = str(caught.value)
    assert f"{bad}:2:1: id: no question 'nope' to draft; expected one of refund" in text
    assert f"{bad}:3:1: score: expected a score from 0 to 1 (or 0 to 100), got 'abc'" in text
    assert f"{bad}:4:1: score:" in text and f"{bad}:5:1: id: missing or empty 'id'" in text
    header = tmp_path / "h.csv"
    header.write_text("id,answer\nrefund,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column score"):
        read_graded(header, {"refund"})
    empty = tmp_path / "e.csv"
    empty.write_text("id,answer,score\n", encoding="utf-8")
    with pytest.raises(CoachError, match="no graded answers"):
        read_graded(empty, {"refund"})


# -- questions that ask for some of the items a model answer lists -----------------------------

CHALLENGES = ("1. Adaptation: nodes move.\n2. Security: packets can be intercepted.\n"
              "3. Medium access: hidden terminals collide.\n4. Quality of service is hard.\n"
              "5. Scalability: networks grow.\n6. Heterogeneity of nodes.\n"
              "7. Dependability of routes.\n8. Power consumption on batteries.")


def test_asked_share_counts_what_the_question_asks_for_against_the_list() -> None:
    en = get_language("en")
    assert asked_share("Name and describe two challenges.", CHALLENGES, en) == 2 / 8
    assert asked_share("State at least 4 of the differences.", CHALLENGES, en) == 4 / 8
    assert asked_share("Describe two benefits and two drawbacks.", CHALLENGES, en) == 4 / 8
    # A length is not a count; prose is not a list; asking for all of them is no choice.
    assert asked_share("Explain the challenges in 2-5 sentences.", CHALLENGES, en) is None
    assert asked_share("Name two challenges.", "Nodes move and packets can be intercepted, "
                       "so routing must adapt.", en) is None
    assert asked_share("Name the 3 service classes.", "- unconfirmed connectionless\n"
                       "- confirmed connectionless\n- connection-oriented", en) is None
    # The model answer may say how many of its items are enough.
    offered = "One of the following justifications should be given:\n- B is a subset of C\n" \
              "- B is more specific than C\n- P(B) = 0.0138 and P(C) = 0.276"
    assert asked_share("Order the events and justify.", offered, en) == 1 / 3
    sv = get_language("sv")
    assert asked_share("Nämn två utmaningar.", "- rörlighet\n- säkerhet\n- räckvidd\n- ström",
                       sv) == 2 / 4


def test_require_shrinks_when_the_question_asks_for_a_few_of_many_items() -> None:
    item = DraftItem("q", "What are the challenges of mobile routing? Name two challenges.",
                     CHALLENGES)
    asked = draft_pack([item], "d", "en")["questions"][0]
    whole = draft_pack([item], "d", "en", settings=DraftSettings(choice_power=0))["questions"][0]
    assert asked["require"] < whole["require"]
    pack = load_pack_text(draft([item], "d", "en").text)
    two = "Adaptation, since nodes move; and security, since packets can be intercepted."
    assert score_answer(pack, "q", two).score == 100


def test_draft_reads_negation_as_the_engine_does() -> None:
    # Emphasis is not negation ("never forget to follow up"), and function words do not use
    # up a cue's reach ("not very good at buffering packets"): the engine's rule, not a copy.
    emphasis = _keywords(DraftItem("q", "What matters?", "Never forget to follow up with the "
                                   "customer after the repair."))
    assert emphasis["follow"] == ["follow"]
    reach = _keywords(DraftItem("q", "What matters?", "The receiver is not very good at "
                                "buffering packets, so retransmission happens."))
    assert reach["packets"] == ["not very good at buffering packets"]
