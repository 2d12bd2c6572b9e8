"""Judgement rules through the command line: `score --json` and `--explain` name the rule that
set a match aside, a broken `exclude` is a located error, and the schema knows the fields."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from coach.cli import app
from coach.scoring import STUFFED_CAP

EN_PACK = """\
pack: en-judge-cli
title: Judgement
language: en
criteria:
  flexibility:
    label: Flexibility
    keywords: [flexible, made an exception]
    exclude: [flexible hours, around my shifts]
  empathy:
    label: Empathy
    keywords: [empathy, put myself in their shoes]
  follow-up:
    label: Follow-up
    keywords: [follow up, call them back]
    ownership: true
  patience:
    label: Patience
    keywords: [patient, patience]
questions:
  - id: upset
    prompt: Tell me about a time you looked after an upset customer.
    criteria: [follow-up, patience, empathy]
    model_answer: >-
      A customer was upset about a late delivery. I stayed patient, listened, put myself in
      their shoes, apologised and followed up the next day to check the parcel arrived.
"""
runner = CliRunner()
WIDE = {"COLUMNS": "200", "NO_COLOR": "1"}


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    path = tmp_path / "judge.yaml"
    path.write_text(EN_PACK, encoding="utf-8")
    return path


def score(pack: Path, answer: str, *options: str):
    return runner.invoke(app, ["score", "-p", str(pack), "-q", "upset", *options, answer], env=WIDE)


def flat(text: str) -> str:
    """Output with its table layout folded to single spaces."""
    return " ".join(text.split())


def test_score_json_shows_set_aside_with_rule_and_why(pack_file: Path) -> None:
    answer = "My sister followed up with her, and I stayed patient all the way through."
    result = score(pack_file, answer, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    by_id = {c["id"]: c for c in data["criteria"]}
    aside = by_id["follow-up"]["set_aside"]
    assert not by_id["follow-up"]["earned"] and not by_id["follow-up"]["negated"]
    assert aside["rule"] == "subject" and aside["phrase"] == "sister"
    assert answer[aside["start"] : aside["end"]] == "sister"
    assert aside["why"] == "said of someone else (“sister”), not of the candidate"
    assert by_id["patience"]["earned"] and by_id["patience"]["set_aside"] is None


def test_score_json_explain_rows_carry_the_rule(pack_file: Path) -> None:
    answer = "I'd pass it to my manager and let them follow up."
    result = score(pack_file, answer, "--json", "--explain")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["explain"]
    row = next(r for r in rows if r["phrase"] == "follow up")
    assert row["set_aside"]["rule"] == "deflection"
    assert row["set_aside"]["why"] == "the answer hands the problem off (“pass it to my manager”)"


@pytest.mark.parametrize("answer, rule, why", [
    ("I was patient with my football team, and I followed up.", "sense",
     "about the candidate's own life (“football team”), not serving people"),
    ("To be honest I was tired. My sister was patient with him.", "subject",
     "said of someone else (“sister”), not of the candidate"),
])
def test_score_explain_names_the_rule(pack_file: Path, answer: str, rule: str, why: str) -> None:
    result = score(pack_file, answer, "--explain")
    assert result.exit_code == 0, result.stderr
    out = flat(result.stdout)
    assert f"(set aside, {rule}: {why})" in out  # the explain table
    assert f"set aside: “patient” ({why})" in out  # the report's criteria table


def test_score_report_shows_stuffing_and_fillers(pack_file: Path) -> None:
    result = score(pack_file, "Empathy. Patience. Follow up. To be honest, that's it.", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["score"] <= STUFFED_CAP and "bare keywords" in data["stuffing"]
    assert any(n.startswith(f"Capped at {STUFFED_CAP}:") for n in data["notes"])
    assert {c["set_aside"]["rule"] for c in data["criteria"]} == {"stuffing"}
    assert {"text": "to be honest", "count": 1} in data["fillers"]
    text = score(pack_file, "Empathy. Patience. Follow up.")
    assert f"Capped at {STUFFED_CAP}:" in flat(text.stdout)


def test_score_report_notes_an_off_topic_answer(pack_file: Path) -> None:
    answer = ("My favourite recipe is slow roasted lamb with rosemary, garlic potatoes and a "
              "glass of red wine on Sunday evenings.")
    data = json.loads(score(pack_file, answer, "--json").stdout)
    assert data["off_topic"] is True and data["topic_share"] < 0.12
    result = score(pack_file, answer)
    assert result.exit_code == 0
    assert "This may not answer the question" in flat(result.stdout)


def test_an_exclude_entry_without_words_is_a_located_error(tmp_path: Path) -> None:
    text = EN_PACK.replace("exclude: [flexible hours, around my shifts]",
                           'exclude: [flexible hours, "..."]')
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('    exclude: [flexible hours, "..."]') + 1
    column = text.splitlines()[line - 1].index('"..."') + 1
    message = (f"{path}:{line}:{column}: criteria.flexibility.exclude[1]: "
               "exclusion '...' has no words to match")
    scored = score(path, "I was patient.")
    assert scored.exit_code == 1
    assert scored.stderr == f"coach: {message}\n"
    assert scored.stdout == ""
    validated = runner.invoke(app, ["packs", "validate", str(path)], env=WIDE)
    assert validated.exit_code == 1
    assert message in validated.stdout + validated.stderr


def test_packs_schema_knows_exclude_and_ownership() -> None:
    result = runner.invoke(app, ["packs", "schema"])
    assert result.exit_code == 0, result.stderr
    schema = json.loads(result.stdout)
    props = schema["$defs"]["Criterion"]["properties"]
    assert props["exclude"]["type"] == "array"
    assert props["exclude"]["items"]["type"] == "string"
    assert props["ownership"]["type"] == "boolean" and props["ownership"]["default"] is False
    assert "exclude" not in schema["$defs"]["Criterion"].get("required", [])
    # The schema accepts the fields as a pack uses them, and rejects a wrong type.
    pack = yaml.safe_load(EN_PACK)
    jsonschema.validate(pack, schema)
    pack["criteria"]["follow-up"]["ownership"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(pack, schema)
