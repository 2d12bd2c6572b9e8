"""Model answers with their talking points: per criterion, the phrases that earn it, found by
the scoring core, shown in practice (the model-answer choice) and in `coach packs show`."""

from __future__ import annotations

import io
import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from coach.cli import app
from coach.output.session import model_answer_panel
from coach.packs import load_pack
from coach.packs.points import talking_points
from coach.practice import Answer, Asked, ModelAnswer, Scored, Session
from coach.scoring import score_answer

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
PRACTICE = ROOT / "tests" / "data" / "practice.yaml"
BUNDLED = ("customer-service", "customer-service-sv", "customer-service-te")


def flat(text: str) -> str:
    """Output with the panel borders and line breaks taken out, to read wrapped lines whole."""
    return " ".join(text.replace("│", " ").split())


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_points_are_the_scoring_cores_evidence(pack_id: str) -> None:
    """The model answer scored against its own rubric earns exactly the criteria with talking
    points, and each criterion's evidence lies inside one of its spans."""
    pack = load_pack(pack_id)
    for q in pack.questions:
        points = talking_points(pack, q)
        assert [p.criterion for p in points] == pack.question_criteria(q)
        result = score_answer(pack, q, q.model_answer)
        assert {p.criterion for p in points if p.earned} == {c.id for c in result.criteria if c.earned}, q.id
        by_id = {p.criterion: p for p in points}
        for crit in result.criteria:
            if crit.earned and crit.evidence is not None:
                spans = by_id[crit.id].spans
                assert any(s.start <= crit.evidence.start and crit.evidence.end <= s.end for s in spans)
        for point in points:
            ends = [(s.start, s.end) for s in point.spans]
            assert ends == sorted(ends) and all(a[1] < b[0] for a, b in pairwise(ends))
            assert all(q.model_answer[s.start:s.end] == s.text for s in point.spans)


def test_a_criterion_the_model_answer_does_not_earn_has_no_spans() -> None:
    pack = load_pack(MINI)
    points = {p.criterion: p for p in talking_points(pack, pack.question("meaning"))}
    assert [s.text for s in points["empathy"].spans] == ["put myself in the customer's shoes"]
    assert [s.text for s in points["timeliness"].spans] == ["quickly"]
    assert [s.text for s in points["exceeding-expectations"].spans] == ["above and beyond"]
    assert points["respect"].spans == () and not points["respect"].earned


def test_no_model_answer_no_points() -> None:
    pack = load_pack(PRACTICE)
    assert talking_points(pack, pack.question("queue")) == []


# -- packs show -----------------------------------------------------------------------------------


def show(*args: str) -> Any:
    return CliRunner().invoke(app, ["packs", "show", *args], env={"COLUMNS": "100"})


def test_packs_show_lists_each_model_answers_talking_points() -> None:
    result = show(str(MINI))
    assert result.exit_code == 0, result.stderr
    text = flat(result.stdout)
    assert "Model answer: meaning ─" in text and "│ What does good customer service mean to you?" in result.stdout
    assert ("Talking points ● Empathy: “put myself in the customer's shoes” ● Timeliness: “quickly” "
            "● Exceeding expectations: “above and beyond” ○ Respect: not in this answer") in text
    assert "Model answer: angry-customer" in text


def test_packs_show_one_question() -> None:
    result = show("customer-service", "-q", "angry-customer")
    assert result.exit_code == 0, result.stderr
    text = flat(result.stdout)
    assert text.count("Model answer: ") == 1 and "Model answer: angry-customer" in text
    assert "● Follow-up: “called him back”, “make sure it was still working”" in text
    unknown = show("customer-service", "-q", "nope")
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith("coach: pack 'customer-service' has no question 'nope'")


def test_packs_show_json_holds_the_spans() -> None:
    result = show("customer-service", "--json")
    data = json.loads(result.stdout)
    for entry in data["questions"]:
        points = entry["talking_points"]
        assert points, entry["id"]
        for point in points:
            assert set(point) == {"criterion", "label", "earned", "spans"}
            for span in point["spans"]:
                assert entry["model_answer"][span["start"]:span["end"]] == span["text"]
    angry = next(e for e in data["questions"] if e["id"] == "angry-customer")
    follow = next(p for p in angry["talking_points"] if p["criterion"] == "follow-up")
    assert [s["text"] for s in follow["spans"]] == ["called him back", "make sure it was still working"]


def test_the_highlight_is_in_each_criterions_colour() -> None:
    pack = load_pack(MINI)
    q = pack.question("meaning")
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system="standard", width=100).print(
        model_answer_panel(ModelAnswer(q, q.model_answer, talking_points(pack, q))))
    styled = out.getvalue()
    # green is the first criterion's colour (empathy), cyan the second's (timeliness).
    assert "\x1b[1;4;32mput myself in the customer's shoes" in styled
    assert "\x1b[1;4;36mquickly" in styled


# -- practice ---------------------------------------------------------------------------------------


class Script:
    """Answers once, asks for the model answer, then moves on."""

    def __init__(self) -> None:
        self.choices = ["model", "next"]
        self.answered = False

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        if self.answered:
            return None
        self.answered = True
        return Answer("I help quickly.")

    def choose(self, scored: Scored) -> str:
        return self.choices.pop(0) if self.choices else "next"


def test_practice_model_answer_choice_shows_talking_points(isolated_home: Path) -> None:
    pack = load_pack(PRACTICE)
    events = list(Session(pack, [pack.question("meaning")], Script(), None).run())
    shown = next(e for e in events if isinstance(e, ModelAnswer))
    assert [(p.criterion, [s.text for s in p.spans]) for p in shown.points] == [
        ("empathy", ["put myself in their shoes"]), ("timeliness", ["quickly"]), ("respect", ["polite"])]
    out = io.StringIO()
    Console(file=out, width=100, no_color=True).print(model_answer_panel(shown))
    text = flat(out.getvalue())
    assert "I put myself in their shoes, help quickly and stay polite." in text
    assert ("Talking points ● Empathy: “put myself in their shoes” ● Timeliness: “quickly” "
            "● Respect: “polite”") in text
