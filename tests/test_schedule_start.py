"""A pack marks its central question with `start: true`: validated like every field, exported
in the JSON Schema, and the question a first session begins with."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.errors import PackError
from coach.packs import load_pack
from coach.packs.loader import load_pack_text
from coach.practice import select
from coach.store import Store

HEAD = """\
pack: demo
title: Demo
language: en
criteria:
  empathy:
    label: Empathy
    keywords: [empathy]
questions:
"""


def problems(text: str) -> list[str]:
    with pytest.raises(PackError) as info:
        load_pack_text(textwrap.dedent(text), "p.yaml")
    return [str(p) for p in info.value.problems]


def test_start_flag_loads_and_defaults_to_false() -> None:
    pack = load_pack_text(HEAD + "  - id: a\n    prompt: A?\n  - id: b\n    prompt: B?\n    start: true\n",
                          "p.yaml")
    assert [q.start for q in pack.questions] == [False, True]


def test_two_start_questions_are_an_error_at_the_second() -> None:
    found = problems(HEAD + "  - id: a\n    prompt: A?\n    start: true\n"
                            "  - id: b\n    prompt: B?\n    start: true\n")
    assert found == ["p.yaml:14:12: questions[1].start: only one question can be the starting one; "
                     "'a' already is (start: true on line 11)"]


def test_start_must_be_true_or_false() -> None:
    found = problems(HEAD + "  - id: a\n    prompt: A?\n    start: yes please\n")
    assert len(found) == 1 and found[0].startswith("p.yaml:11:12: questions[0].start: expected true or false")


def test_packs_validate_reports_a_second_start_question(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(HEAD + "  - id: a\n    prompt: A?\n    start: true\n"
                           "  - id: b\n    prompt: B?\n    start: true\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["packs", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:14:12: questions[1].start: only one question can be the starting one" in result.stdout


def test_schema_documents_the_start_flag() -> None:
    result = CliRunner().invoke(app, ["packs", "schema"])
    assert result.exit_code == 0
    start = json.loads(result.stdout)["$defs"]["Question"]["properties"]["start"]
    assert start["type"] == "boolean" and "first session" in start["description"]


@pytest.mark.parametrize("pack_id", ["customer-service", "customer-service-sv", "customer-service-te"])
def test_bundled_packs_start_with_good_service_meaning(pack_id: str) -> None:
    assert [q.id for q in load_pack(pack_id).questions if q.start] == ["good-service-meaning"]


def test_a_first_session_starts_with_the_marked_question_wherever_it_is(isolated_home: Path) -> None:
    pack = load_pack_text(HEAD + "".join(f"  - id: q{i}\n    prompt: Question number {i}?\n" for i in range(4))
                          + "  - id: centre\n    prompt: The central one?\n    start: true\n", "p.yaml")
    with Store.open() as store:
        assert [q.id for q in select(pack, store=store, count=2)] == ["centre", "q0"]
        store.record_attempt(session="s", pack="demo", question="q3", prompt="p", answer="a",
                             result={"score": 95, "words": 1, "criteria": []}, duration=None,
                             time_limit=None, card=("{}", "2999-01-01T00:00:00+00:00"))
        # No longer a first session: never-answered questions in pack order again.
        assert [q.id for q in select(pack, store=store, count=2)] == ["q0", "q1"]
