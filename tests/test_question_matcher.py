"""A matcher of one question's criteria (Rubric.matcher_for): what `coach score` builds for a
single answer instead of the whole pack's. It must score exactly as the whole matcher does."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coach.packs import load_pack_file
from coach.scoring import Rubric, explain, score_answer
from coach.scoring import analysis as analysis_module

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"
PACKS = sorted(QUESTIONS.glob("*.yaml"))

ANSWERS = [
    "",
    "I always put myself in their shoes, listen and apologise, then follow up a week later.",
    "I never blame the customer. I'd escalate it to my manager; it's not my department.",
    "To be honest I stay calm and patient, and I explain the refund policy in plain words.",
    "Jag lyssnar alltid och ber om ursäkt, sedan följer jag upp efter en vecka.",
    "నేను ఎప్పుడూ కస్టమర్ మాట వింటాను, క్షమాపణ చెబుతాను.",
]


def _data(path: Path) -> dict[str, Any]:
    return load_pack_file(path).model.model_dump(mode="json")


def test_one_question_compiles_only_its_own_criteria_and_a_second_question_the_whole_rubric() -> None:
    rubric = Rubric.from_data(_data(QUESTIONS / "customer-service.yaml"))
    first, second = rubric.questions[0], rubric.questions[1]
    partial = rubric.matcher_for(first)
    assert list(partial.phrases) == [c for c in rubric.criteria if c in rubric.question_criteria(first)]
    assert len(partial.phrases) < len(rubric.criteria)
    assert len(partial.flags) == len(rubric.red_flags)  # red flags count in every question
    assert "matcher" not in vars(rubric)  # the whole rubric's matcher is not built
    assert rubric.matcher_for(first) is partial
    whole = rubric.matcher_for(second)
    assert whole is rubric.matcher and list(whole.phrases) == list(rubric.criteria)
    assert rubric.matcher_for(first) is whole  # once built, the whole one serves every question


def test_once_the_whole_matcher_is_built_no_partial_one_is() -> None:
    rubric = Rubric.from_data(_data(QUESTIONS / "customer-service.yaml"))
    whole = rubric.matcher
    assert rubric.matcher_for(rubric.questions[0]) is whole


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_a_question_matcher_scores_and_explains_as_the_whole_one(path: Path) -> None:
    data = _data(path)
    whole = Rubric.from_data(data)
    texts = ANSWERS + [q["model_answer"] for q in data["questions"] if q.get("model_answer")]
    for question in whole.questions:
        one = Rubric.from_data(data)
        for text in texts:
            assert score_answer(one, question.id, text).to_dict() == \
                score_answer(whole, question.id, text).to_dict()
            assert explain(one, question.id, text) == explain(whole, question.id, text)
        assert one.matcher_for(one.question(question.id)).partial
        assert "matcher" not in vars(one)


COMMON = ["customer", "service", "team", "always", "listen", "explain", "help", "problem", "today",
          "good", "support", "clear", "answers", "fast", "honest", "follow", "after", "every"]


def test_the_anchor_budget_of_a_question_matcher_is_the_whole_rubrics(monkeypatch: pytest.MonkeyPatch) -> None:
    """The places tried per phrase depend on how many of the rubric's phrases the answer could
    match (coach.scoring.analysis._anchor_limit): a matcher of one question counts the whole
    rubric's, or it would try more places and could find other matches."""
    rng = random.Random(5)
    criteria = {f"c{c}": {"label": f"C{c}", "keywords": [
        " ".join(rng.choice(COMMON) for _ in range(3)) for _ in range(200)]} for c in range(4)}
    data = {"pack": "budget", "language": "en", "criteria": criteria,
            "questions": [{"id": "one", "prompt": "Why?", "criteria": ["c0"]},
                          {"id": "all", "prompt": "How?"}]}
    answer = ". ".join(" ".join(rng.choice(COMMON) for _ in range(8)) for _ in range(400))
    monkeypatch.setattr(analysis_module, "_ANCHOR_BUDGET", 2_000)
    whole = Rubric.from_data(data)
    whole_analysis = whole.matcher.analyse(answer)
    one = Rubric.from_data(data)
    partial = one.matcher_for(one.question("one"))
    one_analysis = partial.analyse(answer)
    most = max(len(found) for found in whole_analysis.positions.values())
    assert whole_analysis._anchor_limit() < most  # the budget binds
    assert one_analysis._anchor_limit() == whole_analysis._anchor_limit()
    assert score_answer(one, "one", answer).to_dict() == score_answer(whole, "one", answer).to_dict()


def test_coach_score_builds_one_questions_matcher_and_imports_no_export_report(tmp_path: Path) -> None:
    """`coach score` of one answer, the second time (the compiled-pack cache warm): the whole
    pack's matcher is never built, and neither YAML nor the export reports are imported."""
    code = (
        "import sys\n"
        "from coach.scoring import rubric\n"
        "built = []\n"
        "real = rubric.Matcher.__init__\n"
        "def counted(self, r, criteria=None):\n"
        "    built.append(criteria is None)\n"
        "    real(self, r, criteria)\n"
        "rubric.Matcher.__init__ = counted\n"
        "from coach.cli import main\n"
        "try:\n"
        "    main(['score', '-q', 'angry-customer', 'I listened and apologised.'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(built, sorted(m for m in ('yaml', 'coach.output.export', 'coach.packs.loader') "
        "if m in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    for _ in range(2):  # the first run writes the cache
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, check=True)
    assert "/100" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[False] []"
