"""Drafting rubrics from model answers: alternative forms the draft lists (core, no CLI)."""

from __future__ import annotations

from coach.draft import DraftItem, DraftSettings, draft_pack, draft_pack_text
from coach.engine import score_answer
from coach.packs import load_pack_text


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
    pack = load_pack_text(draft_pack_text([item], "d", "en"))
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
    pack = load_pack_text(draft_pack_text([item], "d", "en"))
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
