"""Questions in parts: validation, part-by-part scoring, reports, and drafting parts."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import load_pack_text, score_answer
from coach.cli import app
from coach.errors import PackError
from coach.trainer.drafting import draft, draft_pack
from coach.trainer.reading import DraftItem

PACK = """\
pack: tcp
title: TCP
language: en
criteria:
  exp:
    label: exponential growth
    keywords: [exponential, doubles]
  thresh:
    label: threshold
    keywords: [threshold]
  linear:
    label: linear growth
    keywords: [linear, "by one"]
  halved:
    label: halved on loss
    keywords: [halved, half]
questions:
  - id: phases
    prompt: Name the two phases of congestion control and explain each.
    parts:
      - label: Slow start
        criteria: [exp, thresh]
        require: 1
      - label: Congestion avoidance
        criteria: [linear, halved]
    examples:
      - answer: The window doubles until the threshold, then grows linearly and is halved on loss.
        earns: [exp, thresh, linear, halved]
        min_score: 100
      - answer: The window doubles until it reaches the threshold.
        earns: [exp, thresh]
        max_score: 50
  - id: whole
    prompt: How does slow start grow the window?
    criteria: [exp, thresh, linear, halved]
    require: 2
"""
runner = CliRunner()


def problems(text: str) -> list[str]:
    with pytest.raises(PackError) as info:
        load_pack_text(textwrap.dedent(text), "p.yaml")
    return [str(p) for p in info.value.problems]


def test_a_question_in_parts_scores_the_mean_of_its_parts() -> None:
    pack = load_pack_text(PACK)
    assert pack.question_criteria(pack.question("phases")) == ["exp", "thresh", "linear", "halved"]
    one_part = score_answer(pack, "phases", "The window doubles every round trip until the threshold.")
    assert one_part.score == 50  # slow start in full, congestion avoidance missing
    assert [(p.label, p.coverage) for p in one_part.parts] == [
        ("Slow start", 1.0), ("Congestion avoidance", 0.0)]
    # The same criteria without parts: two of four earn full marks.
    assert score_answer(pack, "whole", "The window doubles every round trip until the threshold.") \
        .score == 100
    assert score_answer(pack, "whole", "It doubles.").parts == []
    both = score_answer(pack, "phases", "It doubles exponentially, then grows linearly.")
    assert both.score == 75 and [p.coverage for p in both.parts] == [1.0, 0.5]
    assert both.earned_weight == 2 and both.needed_weight == 3


def test_parts_pass_calibration_and_show_in_reports(tmp_path: Path) -> None:
    path = tmp_path / "tcp.yaml"
    path.write_text(PACK, encoding="utf-8")
    assert runner.invoke(app, ["packs", "test", str(path)]).exit_code == 0
    shown = runner.invoke(app, ["score", "-p", str(path), "-q", "phases",
                                "The window doubles until the threshold."])
    assert shown.exit_code == 0, shown.stderr
    assert "Parts: Slow start 100% · Congestion avoidance 0%" in " ".join(shown.stdout.split())
    data = json.loads(runner.invoke(app, ["score", "-p", str(path), "-q", "phases", "--json",
                                          "The window doubles until the threshold."]).stdout)
    assert data["score"] == 50
    assert [(p["label"], p["criteria"], p["coverage"]) for p in data["parts"]] == [
        ("Slow start", ["exp", "thresh"], 1.0), ("Congestion avoidance", ["linear", "halved"], 0.0)]
    listing = runner.invoke(app, ["packs", "show", str(path)])
    assert listing.exit_code == 0 and "1 + 2" in listing.stdout
    shown = json.loads(runner.invoke(app, ["packs", "show", str(path), "--json"]).stdout)
    assert shown["questions"][0]["parts"][0]["require"] == 1


def test_part_problems_are_reported_where_they_are() -> None:
    found = problems("""\
        pack: tcp
        title: TCP
        language: en
        criteria:
          exp: {label: exp, keywords: [exponential]}
          thresh: {label: thresh, keywords: [threshold]}
          linear: {label: linear, keywords: [linear]}
        questions:
          - id: phases
            prompt: Name the two phases.
            criteria: [exp, thresh, linear]
            require: 2
            parts:
              - criteria: [exp, thresh]
                require: 3
              - criteria: [exp, lineer]
                labell: x
          - id: one
            prompt: One part.
            parts:
              - criteria: [exp]
          - id: empty
            prompt: Empty part.
            parts:
              - criteria: []
              - criteria: [exp]
        """)
    assert "p.yaml:12:14: questions[0].require: a question in parts sets `require` in each " \
           "part, not for the whole question" in found
    assert "p.yaml:14:7: questions[0].parts: 'linear' in no part; every criterion of the " \
           "question belongs to one part" in found
    assert "p.yaml:15:18: questions[0].parts[0].require: require is 3 but the part has only 2 " \
           "criteria" in found
    assert "p.yaml:16:20: questions[0].parts[1].criteria[0]: criterion 'exp' is already in part " \
           "1; a criterion belongs to one part" in found
    assert "p.yaml:16:25: questions[0].parts[1].criteria[1]: criterion 'lineer' is not defined " \
           "under criteria; did you mean 'linear'?" in found
    assert "p.yaml:17:9: questions[0].parts[1].labell: unknown field 'labell'; did you mean " \
           "'label'?" in found
    assert any(p.startswith("p.yaml:21:7: questions[1].parts: a question in parts needs at least "
                            "two parts") for p in found)
    assert "p.yaml:25:19: questions[2].parts[0].criteria: the part has no criteria; list at least " \
           "one criterion id" in found


def test_a_part_criterion_outside_the_question_list() -> None:
    found = problems(PACK.replace("    parts:\n      - label: Slow start\n",
                                  "    criteria: [exp, thresh, linear]\n    parts:\n"
                                  "      - label: Slow start\n", 1))
    assert any("questions[0].parts[1].criteria[1]: criterion 'halved' is not one of this "
               "question's criteria" in p for p in found)


TWO_PHASES = DraftItem(
    "phases", "Name the two phases of congestion control and explain how the window changes.",
    "Slow start: the congestion window is incremented by one for every acknowledged segment, "
    "so it grows exponentially until the slow start threshold.\n\n"
    "Congestion avoidance: after the threshold the window grows linearly; when a packet is "
    "lost the threshold is halved and the window is reset.")


def test_a_model_answer_in_paragraphs_drafts_a_question_in_parts() -> None:
    data = draft_pack([TWO_PHASES], "d", "en")
    question = data["questions"][0]
    assert "require" not in question
    labels = [part["label"] for part in question["parts"]]
    assert labels == ["Slow start: the congestion window is incremented by ...",
                      "Congestion avoidance: after the threshold the window grows ..."]
    first, second = ({data["criteria"][c]["label"] for c in part["criteria"]}
                     for part in question["parts"])
    assert "exponentially" in first and {"linearly", "halved"} <= second
    assert sorted(c for part in question["parts"] for c in part["criteria"]) == \
        sorted(question["criteria"])
    pack = load_pack_text(draft([TWO_PHASES], "d", "en").text)
    half = "It is incremented for every acknowledged segment and grows exponentially."
    full = half + " Then it grows linearly, and on loss the threshold is halved and it is reset."
    assert score_answer(pack, "phases", half).score <= 50 < score_answer(pack, "phases", full).score
    # One paragraph, or paragraphs of one criterion each, draft no parts.
    single = DraftItem("q", TWO_PHASES.question, TWO_PHASES.model_answer.replace("\n\n", " "))
    assert "parts" not in draft_pack([single], "d", "en")["questions"][0]


def test_graded_answers_fit_the_require_of_every_part() -> None:
    from coach.trainer.drafting import draft
    from coach.trainer.reading import GradedAnswer

    plain = draft_pack([TWO_PHASES], "d", "en")["questions"][0]["parts"]
    graded = {"phases": [
        GradedAnswer(2, "It grows exponentially. Then linearly.", 1.0),
        GradedAnswer(3, "Exponentially, then linearly after the threshold.", 1.0),
        GradedAnswer(4, "It grows exponentially.", 0.5),
        GradedAnswer(5, "No idea.", 0.0)]}
    result = draft([TWO_PHASES], "d", "en", graded=graded)
    [fit] = result.fits
    assert fit.require < fit.drafted_require and fit.error_after < fit.error_before
    pack = load_pack_text(result.text)
    parts = pack.question("phases").parts
    assert parts is not None and len(parts) == len(plain)
    assert all((p.require or len(p.criteria)) <= (q.get("require") or len(q["criteria"]))
               for p, q in zip(parts, plain, strict=True))
    assert score_answer(pack, "phases", "It grows exponentially. Then linearly.").score == 100


CLASSES = ("1. Unconfirmed connectionless: no acknowledgement, frames may be lost.\n"
           "2. Confirmed connectionless: every frame is acknowledged, duplicates are possible.\n"
           "3. Connection-oriented: a handshake opens the connection, with flow control.")


def test_a_list_the_question_asks_for_whole_drafts_parts_but_a_choice_does_not() -> None:
    whole = draft_pack([DraftItem("q", "Name the 3 service classes.", CLASSES)], "d", "en")
    parts = whole["questions"][0]["parts"]
    assert len(parts) == 3 and parts[0]["label"].startswith("1. Unconfirmed connectionless")
    labels = [{whole["criteria"][c]["label"] for c in part["criteria"]} for part in parts]
    assert "handshake" in labels[2] and "handshake" not in labels[0] | labels[1]
    choice = draft_pack([DraftItem("q", "Name two of the service classes.", CLASSES)], "d", "en")
    assert "parts" not in choice["questions"][0]
