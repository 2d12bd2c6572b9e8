"""Issue 3 scoring features: optional `min_words` length scaling, irregular verb forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import load_pack_text, score_answer
from coach.cli import app
from coach.errors import PackError
from coach.scoring import length_factor

MINI = (Path(__file__).parent / "data" / "mini.yaml").read_text("utf-8")


def with_min_words(top: int | None, question: int | None = None) -> str:
    """The mini pack with `min_words` at the top and/or on its `meaning` question."""
    text = MINI
    if top is not None:
        text = text.replace("red_flags:\n", f"min_words: {top}\nred_flags:\n", 1)
    if question is not None:
        text = text.replace("    require: 3\n", f"    require: 3\n    min_words: {question}\n", 1)
    return text


def test_length_factor_formula() -> None:
    assert length_factor(10, None) == 1.0
    assert length_factor(10, 20) == 0.5
    assert length_factor(20, 20) == 1.0
    assert length_factor(300, 20) == 1.0


def test_default_formula_is_unchanged_without_min_words() -> None:
    pack = load_pack_text(MINI)
    result = score_answer(pack, "meaning", "I show empathy.")
    assert result.score == 33 and result.length_factor == 1.0 and result.min_words is None
    assert not any("length" in note for note in result.notes)


def test_short_answers_are_scaled_and_say_so() -> None:
    pack = load_pack_text(with_min_words(20))
    text = "Empathy, a quick reply: I reply quickly and I'm polite."  # 10 words, full marks
    result = score_answer(pack, "meaning", text)
    assert result.words == 10 and result.min_words == 20
    assert result.length_factor == 0.5
    assert result.score == 50
    assert any("Scored for length: 10 of the 20 words" in note for note in result.notes)
    data = result.to_dict()
    assert data["length_factor"] == 0.5 and data["min_words"] == 20
    # Criteria are unaffected: only the total is scaled.
    assert len(result.earned) == 3


def test_long_enough_answers_are_not_scaled() -> None:
    pack = load_pack_text(with_min_words(5))
    result = score_answer(pack, "meaning", "Empathy, a quick reply: I reply quickly and I'm polite.")
    assert result.score == 100 and result.length_factor == 1.0
    assert not any("Scored for length" in note for note in result.notes)


def test_penalties_come_off_before_scaling_and_the_floor_holds() -> None:
    pack = load_pack_text(with_min_words(24))
    text = "Empathy, replying quickly and respect matter, but refunds are not my job."  # 12 words
    result = score_answer(pack, "meaning", text)
    assert result.penalty == 10 and result.score == 45  # (100 - 10) * 12 / 24
    assert score_answer(pack, "meaning", "That's policy. Not my job.").score == 0


def test_question_overrides_the_pack() -> None:
    pack = load_pack_text(with_min_words(100, question=10))
    assert score_answer(pack, "meaning", "I show empathy and reply quickly to everyone.").length_factor == 0.8
    other = score_answer(pack, "angry-customer", "I showed empathy.")
    assert other.min_words == 100 and other.length_factor == 0.03


def test_empty_answer_has_no_length_note() -> None:
    pack = load_pack_text(with_min_words(20))
    result = score_answer(pack, "meaning", "  ")
    assert result.score == 0 and result.empty
    assert not any("Scored for length" in note for note in result.notes)


@pytest.mark.parametrize("value", [0, -5, "fifty", 1.5])
def test_invalid_min_words_is_a_pack_error(value: object) -> None:
    with pytest.raises(PackError) as caught:
        load_pack_text(MINI.replace("red_flags:\n", f"min_words: {value}\nred_flags:\n", 1), "p.yaml")
    assert "min_words" in str(caught.value) and "p.yaml" in str(caught.value)


def test_score_report_and_json_show_the_scaling(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(with_min_words(20), encoding="utf-8")
    runner = CliRunner()
    text = "Empathy, a quick reply: I reply quickly and I'm polite."
    shown = runner.invoke(app, ["score", "-p", str(path), "-q", "meaning", text])
    assert shown.exit_code == 0, shown.stderr
    assert "50/100" in shown.stdout and "Scored for length" in shown.stdout
    data = json.loads(runner.invoke(app, ["score", "-p", str(path), "-q", "meaning", "--json", text]).stdout)
    assert data["score"] == 50 and data["length_factor"] == 0.5


def test_bundled_packs_set_min_words_from_spoken_length() -> None:
    from coach.packs import load_pack

    for pack_id in ("customer-service", "customer-service-sv", "customer-service-te"):
        pack = load_pack(pack_id)
        assert pack.model.min_words is not None and pack.model.min_words >= 50


def test_schema_describes_min_words() -> None:
    from coach.trainer.starter import pack_schema

    schema = json.dumps(pack_schema())
    assert "scored in proportion to their length" in schema


def test_irregular_verbs_match_their_dictionary_form() -> None:
    from coach import detect

    pack = load_pack_text(MINI.replace("keywords: [follow up, check back, call them back]",
                                       "keywords: [follow up, take ownership, rang them back]"))
    assert detect(pack, "I took ownership of it.")["follow-up"].earned
    assert detect(pack, "I'll ring them back tomorrow.")["follow-up"].earned
    assert not detect(pack, "I never took ownership of it.")["follow-up"].earned
    assert not detect(pack, "The tick of the clock.")["follow-up"].earned


def test_swedish_strong_verbs_match_the_infinitive() -> None:
    from coach import detect

    sv = ("pack: p\ntitle: T\nlanguage: sv\ncriteria:\n  ansvar:\n    label: Ansvar\n"
          "    keywords: [ta ansvar]\nquestions:\n  - id: q\n    prompt: Hur?\n")
    pack = load_pack_text(sv)
    assert detect(pack, "Jag tog ansvar för felet.")["ansvar"].earned
    assert not detect(pack, "Jag tog aldrig ansvar.")["ansvar"].earned


def test_a_keyword_of_negation_words_only_must_be_said_itself() -> None:
    from coach import detect

    te = ("pack: p\ntitle: T\nlanguage: te\ncriteria:\n  x:\n    label: X\n"
          "    keywords: [ఊహించలేదు]\nquestions:\n  - id: q\n    prompt: ఏమి?\n")
    pack = load_pack_text(te)
    assert detect(pack, "ఆయన అస్సలు ఊహించలేదు.")["x"].earned
    assert not detect(pack, "నేను చేయలేదు.")["x"].earned  # another negative verb is not it


def test_length_advice_follows_min_words_in_the_result_itself() -> None:
    # The JSON result, not only the screen, must not say "aim for 150-300 words" beside
    # "10 of the 20 words this question expects".
    short = score_answer(load_pack_text(with_min_words(20)), "meaning",
                         "Empathy, a quick reply: I reply quickly and I'm polite.")
    assert short.length == "short"
    assert short.length_advice == "This question expects at least 20 words; add a concrete example."
    enough = score_answer(load_pack_text(with_min_words(5)), "meaning",
                          "Empathy, a quick reply: I reply quickly and I'm polite.")
    assert enough.length == "good" and "expects 5 words or more" in enough.length_advice
    plain = score_answer(load_pack_text(MINI), "meaning", "I show empathy.")
    assert plain.length_advice.startswith("Aim for")  # no min_words: the language's range
