"""The plain rubric scoring reads (coach.scoring.Rubric): built from a pack file's plain data
without pydantic, it scores as the validated pack does; stored results come back as Scores."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from coach.errors import QuestionNotFound
from coach.packs import load_pack_file
from coach.scoring import Rubric, Score, detect, explain, score_answer

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"
PACKS = sorted(QUESTIONS.glob("*.yaml"))

ANSWERS = [
    "",
    "I always put myself in their shoes, listen and apologise, then follow up a week later.",
    "I never blame the customer. I'd escalate it to my manager; it's not my department.",
    "In my own shoes I listen. I'd follow up, then it's not my department. I listen with empathy.",
    "Um, like, I think empathy, empathy, empathy. Honestly, to be honest, I don't know.",
    "Jag lyssnar alltid och ber om ursäkt, sedan följer jag upp efter en vecka.",
    "నేను ఎప్పుడూ కస్టమర్ మాట వింటాను, క్షమాపణ చెబుతాను.",
]


# Every field scoring reads, most left to their defaults (penalty, weight, require, behavioural).
DEFAULTS = """\
pack: defaults
title: Defaults
language: en
min_words: 30
criteria:
  empathy:
    label: Empathy
    keywords: [empathy, put myself in their shoes]
    exclude: [my own shoes]
  listen:
    label: Listening
    keywords: [listen]
    weight: 2
  follow-up:
    label: Follow-up
    keywords: [follow up]
    ownership: true
red_flags:
  - phrase: not my department
questions:
  - id: whole
    prompt: Tell me about a time you helped an upset customer.
  - id: parts
    prompt: How do you listen, and what next?
    min_words: 5
    parts:
      - label: listening
        criteria: [listen, empathy]
        require: 1
      - criteria: [follow-up]
    model_answer: I listen with empathy and follow up.
    examples:
      - answer: I listen, then I follow up the next day.
  - id: named
    prompt: Why empathy?
    criteria: [empathy]
    behavioural: true
"""


@pytest.mark.parametrize("path", [*PACKS, None], ids=lambda p: p.stem if p else "defaults")
def test_a_rubric_from_plain_data_scores_as_the_validated_pack(path: Path | None, tmp_path: Path) -> None:
    """Plain data (defaults unfilled, as a pack file or drafting writes it) gives a rubric that
    scores every question exactly as the pack loaded through pydantic does."""
    if path is None:
        path = tmp_path / "defaults.yaml"
        path.write_text(DEFAULTS, encoding="utf-8")
    pack = load_pack_file(path)
    plain = Rubric.from_data(yaml.safe_load(path.read_text("utf-8")))
    assert plain is not pack.rubric and plain.id == pack.id
    for question in pack.questions:
        for answer in ANSWERS:
            assert score_answer(plain, question.id, answer).to_dict() == \
                score_answer(pack, question.id, answer).to_dict()
        text = question.model_answer or ANSWERS[1]
        assert explain(plain, question.id, text) == explain(pack, question, text)
    assert detect(plain, ANSWERS[1]) == detect(pack, ANSWERS[1])


def test_the_pack_caches_one_rubric_and_the_rubric_one_matcher() -> None:
    pack = load_pack_file(PACKS[0])
    assert pack.rubric is pack.rubric and pack.rubric.matcher is pack.rubric.matcher


def test_an_unknown_question_names_the_closest_ids() -> None:
    rubric = load_pack_file(QUESTIONS / "customer-service.yaml").rubric
    with pytest.raises(QuestionNotFound, match=r"has no question 'angry-custmer'; did you mean angry-customer, "):
        score_answer(rubric, "angry-custmer", "I listen.")


def test_a_stored_result_comes_back_as_the_score_it_was() -> None:
    pack = load_pack_file(QUESTIONS / "customer-service.yaml")
    for question in pack.questions[:4]:
        for answer in ANSWERS[1:5]:
            score = score_answer(pack, question.id, answer)
            back = Score.from_dict(score.to_dict())
            assert (back.pack, back.question, back.score, back.words) == \
                (score.pack, score.question, score.score, score.words)
            assert back.criteria == score.criteria and back.red_flags == score.red_flags
            assert back.fillers == score.fillers and back.hedges == score.hedges
            assert back.star == score.star and back.parts == score.parts and back.notes == score.notes


def test_scoring_a_plain_rubric_loads_neither_pydantic_nor_yaml() -> None:
    """Drafting and benchmarks build a rubric directly: scoring needs no validated pack."""
    code = ("import sys\nfrom coach.scoring import Rubric, score_answer\n"
            "rubric = Rubric.from_data({'pack': 'p', 'language': 'en', 'criteria': {'e': {'label': 'E',"
            " 'keywords': ['empathy']}}, 'questions': [{'id': 'q', 'prompt': 'Why?'}]})\n"
            "assert score_answer(rubric, 'q', 'I show empathy.').score == 100\n"
            "print(sorted(m for m in ('pydantic', 'yaml', 'rich', 'typer') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
