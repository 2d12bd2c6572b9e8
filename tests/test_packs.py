"""Pack loading and validation: every problem reported at once, at FILE:LINE:COLUMN."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from coach.errors import FileProblem, PackError, PackNotFound, QuestionNotFound
from coach.packs import iter_pack_files, load_pack, load_pack_file, load_pack_text, resolve_pack

GOOD_HEAD = """\
pack: demo
title: Demo
language: en
criteria:
  empathy:
    label: Empathy
    keywords: [empathy]
"""


def problems(text: str, name: str = "p.yaml") -> list[str]:
    with pytest.raises(PackError) as info:
        load_pack_text(textwrap.dedent(text), name)
    return [str(p) for p in info.value.problems]


def test_mini_pack_loads(mini_pack_text: str) -> None:
    pack = load_pack_text(mini_pack_text)
    assert pack.id == "mini"
    assert pack.language == "en"
    assert pack.criteria["exceeding-expectations"].weight == 2
    assert pack.red_flags[1].penalty == 15
    assert pack.red_flags[0].penalty == 10  # the default
    q = pack.question("meaning")
    assert q.require == 3 and q.time_limit == 120 and q.difficulty == "easy"
    assert pack.question_criteria(pack.question("angry-customer")) == list(pack.criteria)


def test_a_key_spelt_like_pydantics_key_marker_is_an_unknown_field() -> None:
    found = problems(GOOD_HEAD + "    '[key]': 1\nquestions:\n  - id: q\n    prompt: Hi?\n")
    assert len(found) == 1
    assert found[0].startswith("p.yaml:8:5: criteria.empathy.[key]: unknown field '[key]'; expected one "
                               "of: label, ")


def test_unknown_field_points_at_the_key_and_suggests() -> None:
    found = problems(GOOD_HEAD + "    tipp: hello\nquestions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:8:5: criteria.empathy.tipp: unknown field 'tipp'; did you mean 'tip'?"]


def test_missing_field() -> None:
    found = problems("pack: demo\nlanguage: en\ncriteria:\n  e:\n    label: E\n    keywords: [x]\n"
                     "questions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:1:1: missing required field 'title'"]


def test_wrong_types_at_several_levels_all_reported() -> None:
    found = problems(
        """\
        pack: demo
        title: Demo
        language: en
        criteria:
          empathy:
            label: Empathy
            keywords: empathy
            weight: heavy
        questions:
          - id: q
            prompt: [not, text]
            time_limit: soon
        """
    )
    assert "p.yaml:7:15: criteria.empathy.keywords: expected a list, got 'empathy'" in found
    assert "p.yaml:8:13: criteria.empathy.weight: expected a number, got 'heavy'" in found
    assert "p.yaml:11:13: questions[0].prompt: expected text, got a list" in found
    assert "p.yaml:12:17: questions[0].time_limit: expected a whole number, got 'soon'" in found
    assert len(found) == 4


def test_unquoted_yes_as_keyword_says_to_quote() -> None:
    found = problems(GOOD_HEAD.replace("[empathy]", "[empathy, yes]")
                     + "questions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:7:25: criteria.empathy.keywords[1]: expected text, "
                     "got true (a boolean) (quote it)"]


def test_empty_keyword_list() -> None:
    found = problems(GOOD_HEAD.replace("[empathy]", "[]") + "questions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:7:15: criteria.empathy.keywords: the keyword list is empty; "
                     "give at least one keyword phrase"]


def test_keyword_without_words() -> None:
    found = problems(GOOD_HEAD.replace("[empathy]", "[empathy, '!!!']")
                     + "questions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:7:25: criteria.empathy.keywords[1]: keyword '!!!' has no words to match"]


def test_duplicate_key_is_an_error_not_an_overwrite() -> None:
    found = problems(GOOD_HEAD + "    label: Again\nquestions:\n  - id: q\n    prompt: Hi?\n")
    assert found == ["p.yaml:8:5: criteria.empathy.label: duplicate key 'label' (first given on line 6)"]


def test_duplicate_question_id() -> None:
    found = problems(GOOD_HEAD + "questions:\n  - id: q\n    prompt: A?\n  - id: q\n    prompt: B?\n")
    assert found == ["p.yaml:11:9: questions[1].id: duplicate question id 'q' (first on line 9)"]


def test_question_naming_undefined_criterion() -> None:
    found = problems(GOOD_HEAD + "questions:\n  - id: q\n    prompt: A?\n    criteria: [empathy, empaty, x]\n")
    assert found == [
        "p.yaml:11:25: questions[0].criteria[1]: criterion 'empaty' is not defined under criteria; "
        "did you mean 'empathy'?",
        "p.yaml:11:33: questions[0].criteria[2]: criterion 'x' is not defined under criteria",
    ]


def test_example_earning_a_criterion_outside_the_question() -> None:
    text = GOOD_HEAD + "  respect:\n    label: R\n    keywords: [respect]\n" + textwrap.dedent(
        """\
        questions:
          - id: q
            prompt: A?
            criteria: [empathy]
            examples:
              - answer: I respect people.
                earns: [respect]
                min_score: 80
                max_score: 20
        """
    )
    found = problems(text)
    assert "p.yaml:17:17: questions[0].examples[0].earns[0]: criterion 'respect' is not one of " \
           "this question's criteria" in found
    assert "p.yaml:18:20: questions[0].examples[0].min_score: min_score 80 is above max_score 20" in found


def test_require_larger_than_criteria() -> None:
    found = problems(GOOD_HEAD + "questions:\n  - id: q\n    prompt: A?\n    criteria: [empathy]\n"
                     "    require: 2\n")
    assert found == ["p.yaml:12:14: questions[0].require: require is 2 but the question has only 1 criteria"]


def test_bad_ids_difficulty_and_language() -> None:
    found = problems(GOOD_HEAD.replace("pack: demo", "pack: Demo Pack")
                     + "questions:\n  - id: Q_1\n    prompt: A?\n    difficulty: brutal\n")
    assert "p.yaml:1:7: pack: 'Demo Pack' is not a valid id: use lowercase letters, digits and hyphens" in found
    assert "p.yaml:9:9: questions[0].id: 'Q_1' is not a valid id: use lowercase letters, digits and hyphens" in found
    assert "p.yaml:11:17: questions[0].difficulty: 'brutal' is not one of: easy, medium, hard" in found
    unsupported = problems(GOOD_HEAD.replace("language: en", "language: xx")
                           + "questions:\n  - id: q\n    prompt: A?\n")
    assert unsupported == ["p.yaml:3:11: language: language 'xx' is not supported yet (supported: en, sv, te)"]


def test_structural_problems() -> None:
    assert problems("") == ["p.yaml:1:1: the file is empty; expected a YAML mapping"]
    assert problems("- a\n- b\n")[0].startswith("p.yaml:1:1: the top level is a list; expected a mapping")
    assert problems("pack: demo\n\ttitle: x\n")[0].startswith("p.yaml:2:1: invalid YAML: a tab character")
    found = problems('pack: "demo\ntitle: x\n')
    # Reported where the string opens (the useful place), not at the end of the file.
    assert found == ["p.yaml:1:7: invalid YAML: unterminated quoted string: the closing quote is missing"]


def test_empty_criteria_and_questions() -> None:
    found = problems("pack: demo\ntitle: D\nlanguage: en\ncriteria: {}\nquestions: []\n")
    assert found == ["p.yaml:4:11: criteria: criteria is empty; give at least one",
                     "p.yaml:5:12: questions: questions is empty; give at least one"]


def test_python_tags_are_refused() -> None:
    found = problems(GOOD_HEAD + "questions:\n  - id: q\n    prompt: !!python/object/apply:os.system [echo hi]\n")
    assert len(found) == 1
    assert "p.yaml:10:13: questions[0].prompt: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' " \
           "is not allowed" in found[0]


def test_load_by_path_and_by_id(tmp_path: Path, mini_pack_text: str, monkeypatch) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(mini_pack_text, encoding="utf-8")
    assert load_pack(str(path)).id == "mini"
    assert load_pack_file(path).source == path
    monkeypatch.setenv("COACH_PACKS_PATH", str(tmp_path))
    # Found by its declared id even though the file name differs.
    assert resolve_pack("mini") == path
    assert ("COACH_PACKS_PATH", path) in iter_pack_files()


def test_user_pack_folder_is_searched(isolated_home: Path, mini_pack_text: str) -> None:
    folder = isolated_home / "packs"
    folder.mkdir(parents=True)
    (folder / "mini.yaml").write_text(mini_pack_text, encoding="utf-8")
    assert load_pack("mini").source == folder / "mini.yaml"


def test_bundled_pack_loads_by_id() -> None:
    pack = load_pack("customer-service")
    assert pack.language == "en"
    assert len(pack.questions) >= 20
    assert len(pack.criteria) == 14


def test_unknown_pack_and_question_suggest() -> None:
    with pytest.raises(PackNotFound, match="did you mean customer-service"):
        load_pack("customer-servise")
    pack = load_pack("customer-service")
    with pytest.raises(QuestionNotFound, match="did you mean good-service-meaning"):
        pack.question("good-service-meanin")


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="no such file"):
        load_pack(str(tmp_path / "nope.yaml"))
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"pack: x\x00\x01")
    with pytest.raises(FileProblem, match="looks binary"):
        load_pack(str(binary))
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("pack: caf\xe9\n".encode("latin-1"))
    with pytest.raises(FileProblem, match=r"latin.yaml:1:10: not UTF-8 text"):
        load_pack(str(latin))


def test_bom_and_crlf_load(tmp_path: Path, mini_pack_text: str) -> None:
    path = tmp_path / "win.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + mini_pack_text.replace("\n", "\r\n").encode("utf-8"))
    assert load_pack(str(path)).id == "mini"


def test_size_limit_is_configurable(tmp_path: Path, mini_pack_text: str, monkeypatch) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(mini_pack_text, encoding="utf-8")
    monkeypatch.setenv("COACH_MAX_PACK_BYTES", "100")
    with pytest.raises(FileProblem, match="over the 100-byte limit"):
        load_pack(str(path))
