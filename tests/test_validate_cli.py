"""`coach packs validate`: the summary counts the files, an unsupported language is reported
with the other errors, and a tab in the indentation is named as the problem."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from coach.cli import app

ROOT = Path(__file__).resolve().parent.parent
MINI = (ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8")
runner = CliRunner()


def validate(*files: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["packs", "validate", *map(str, files)])
    return result.exit_code, result.stdout, result.stderr


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_file_is_counted(tmp_path: Path) -> None:
    code, _out, err = validate(write(tmp_path, "mini.yaml", MINI))
    assert code == 0
    assert "coach: 0 errors in 1 file, " in err
    assert "0 files" not in err


def test_two_files_one_broken_say_how_many_hold_the_errors(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", MINI)
    bad = write(tmp_path, "bad.yaml", MINI.replace("difficulty: easy", "difficulty: tricky"))
    code, out, err = validate(good, bad)
    assert code == 1
    assert f"{bad}:" in out and "'tricky' is not one of" in out
    assert "1 error in 2 files (1 with errors)" in err


def test_an_unknown_language_alone(tmp_path: Path) -> None:
    path = write(tmp_path, "fr.yaml", MINI.replace("language: en", "language: fr"))
    code, out, _err = validate(path)
    assert code == 1
    assert out.splitlines()[0] == (f"{path}:3:11: language: language 'fr' is not supported yet "
                                   "(supported: en, sv, te)")


def test_an_unknown_language_is_reported_with_the_other_errors(tmp_path: Path) -> None:
    text = MINI.replace("language: en", "language: fr").replace("difficulty: easy", "difficulty: tricky")
    path = write(tmp_path, "fr.yaml", text)
    code, out, err = validate(path)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{path}:3:11: language: language 'fr' is not supported yet (supported: en, sv, te)"
    assert any("questions[0].difficulty: 'tricky' is not one of" in line for line in lines)
    assert "2 errors in 1 file" in err


def test_a_malformed_language_code_is_worded_once(tmp_path: Path) -> None:
    path = write(tmp_path, "x.yaml", MINI.replace("language: en", "language: french"))
    _code, out, _err = validate(path)
    assert out.count("language:") == 1
    assert "'french' is not an ISO 639-1 language code" in out


def test_a_tab_in_the_indentation_is_named(tmp_path: Path) -> None:
    text = MINI.replace("\n    label: Empathy", "\n\tlabel: Empathy")
    line = text.splitlines().index("\tlabel: Empathy") + 1
    path = write(tmp_path, "tabs.yaml", text)
    code, out, err = validate(path)
    assert code == 1
    assert out.strip() == (f"{path}:{line}:1: invalid YAML: a tab in the indentation; YAML indents "
                           "with spaces only, so replace the tab with spaces")
    assert "1 error in 1 file" in err


def test_a_tab_after_spaces_is_located_at_the_tab(tmp_path: Path) -> None:
    text = MINI.replace("\n    label: Empathy", "\n  \tlabel: Empathy")
    line = text.splitlines().index("  \tlabel: Empathy") + 1
    path = write(tmp_path, "tabs.yaml", text)
    _code, out, _err = validate(path)
    assert out.startswith(f"{path}:{line}:3: invalid YAML: a tab in the indentation")


def test_other_yaml_errors_keep_their_words(tmp_path: Path) -> None:
    path = write(tmp_path, "q.yaml", MINI.replace("title: Mini pack", 'title: "Mini pack'))
    _code, out, _err = validate(path)
    assert "tab" not in out and "invalid YAML" in out
