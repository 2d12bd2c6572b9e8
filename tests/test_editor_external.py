"""`coach practice --editor`: answers written in the person's own editor ($VISUAL, else
$EDITOR), a private temporary file removed afterwards, and nothing lost when the editor fails."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.errors import CoachError
from coach.external_editor import SCISSORS, answer_text, editor_command, template
from coach.packs import load_pack
from coach.practice import Asked
from coach.store import Store
from coach.store.drafts import get_draft, save_draft

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
GOOD = "I put myself in their shoes, help quickly and stay polite and courteous."

# A stand-in editor: logs what it was given, writes FAKE_ANSWER above the scissors line (or
# replaces the whole file with FAKE_WHOLE), and exits with FAKE_STATUS.
FAKE = '''
import json, os, stat, sys
path = sys.argv[-1]
seen = open(path, encoding="utf-8").read()
with open(os.environ["FAKE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps({"args": sys.argv[1:], "path": path, "seen": seen,
                          "mode": stat.S_IMODE(os.stat(path).st_mode),
                          "folder_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)}) + "\\n")
if "FAKE_WHOLE" in os.environ:
    text = os.environ["FAKE_WHOLE"]
else:
    answers = os.environ.get("FAKE_ANSWER", "").split("|")
    count = sum(1 for _ in open(os.environ["FAKE_LOG"], encoding="utf-8"))
    answer = answers[min(count, len(answers)) - 1]
    text = answer + "\\n" + seen[seen.index("# ----"):] if answer else seen
with open(path, "w", encoding="utf-8") as handle:
    handle.write(text)
sys.exit(int(os.environ.get("FAKE_STATUS", "0")))
'''


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE, encoding="utf-8")
    log = tmp_path / "editor.log"
    monkeypatch.setenv("FAKE_LOG", str(log))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} --wait")
    return log


def runs(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def invoke(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app, ["practice", "--pack", PACK, "--editor", *args], input=input)


def stored() -> list[tuple[str, str]]:
    with Store.open() as store:
        return [(a.question, a.answer) for a in store.attempts()]


def test_visual_comes_before_editor_and_commands_split_like_a_shell() -> None:
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "vi"}) == (["code", "--wait"], "VISUAL")
    assert editor_command({"VISUAL": "  ", "EDITOR": "'my editor' -n"}) == (["my editor", "-n"], "EDITOR")
    with pytest.raises(CoachError, match=r"needs your editor's command in \$VISUAL or \$EDITOR"):
        editor_command({})
    with pytest.raises(CoachError, match=r"\$EDITOR .* cannot be read as a command"):
        editor_command({"EDITOR": "vi 'unclosed"})


def test_answers_are_written_in_the_editor_scored_and_stored(fake_editor: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_ANSWER", f"{GOOD}\nA second line.|I help quickly and follow up.")
    result = invoke("-q", "meaning", "-q", "queue")
    assert result.exit_code == 0, result.output
    assert "100/100" in result.stdout and "Session summary" in result.stdout
    assert stored() == [("meaning", f"{GOOD}\nA second line."), ("queue", "I help quickly and follow up.")]
    first, _ = runs(fake_editor)
    assert first["args"][0] == "--wait"  # the editor's own arguments are kept
    assert "Question 1 of 2" in first["seen"] and "What does good customer service mean" in first["seen"]
    assert first["mode"] == 0o600 and first["folder_mode"] == 0o700
    assert not Path(first["path"]).exists() and not Path(first["path"]).parent.exists()  # removed
    assert "coach: writing the answer in" in result.stderr and "$EDITOR" in result.stderr


def test_an_empty_file_skips_the_question(fake_editor: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_ANSWER", "")
    result = invoke("-q", "meaning")
    assert result.exit_code == 0, result.output
    assert stored() == []


def test_no_editor_set_is_a_clear_error_before_anything_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    result = invoke("-q", "meaning")
    assert result.exit_code == 1
    assert result.stderr.startswith("coach: --editor needs your editor's command in $VISUAL or $EDITOR")
    assert "Question" not in result.stdout


def test_an_editor_that_cannot_start_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", "/no/such/editor-program")
    result = invoke("-q", "meaning")
    assert result.exit_code == 1
    assert "cannot run your editor '/no/such/editor-program' (from $VISUAL)" in result.stderr
    assert "Traceback" not in result.output


def test_an_editor_that_fails_loses_nothing(fake_editor: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_ANSWER", "Half an answer about empathy")
    monkeypatch.setenv("FAKE_STATUS", "3")
    result = invoke("-q", "meaning")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"coach: your editor '{sys.executable} {fake_editor.parent / 'fake_editor.py'} --wait' (from "
        "$EDITOR) exited with status 3; the answer was not sent (what you wrote is kept as a draft "
        "for next time)")
    assert stored() == []
    with Store.open() as store:
        assert get_draft(store, "practice-test", "meaning").text == "Half an answer about empathy"  # type: ignore[union-attr]

    # Next time the draft is in the file, and the person finishes it.
    monkeypatch.setenv("FAKE_STATUS", "0")
    monkeypatch.setenv("FAKE_ANSWER", "|Half an answer about empathy, finished: I help quickly.")
    result = invoke("-q", "meaning")
    assert result.exit_code == 0, result.output
    assert "coach: Recovered draft from" in result.stderr
    second = runs(fake_editor)[1]
    assert second["seen"].startswith("Half an answer about empathy\n")
    assert "the draft you kept last time" in second["seen"]
    assert stored() == [("meaning", "Half an answer about empathy, finished: I help quickly.")]
    with Store.open() as store:
        assert get_draft(store, "practice-test", "meaning") is None


def test_editor_conflicts_with_json_and_strict_time(fake_editor: Path) -> None:
    for other in ("--json", "--strict-time"):
        result = invoke("-q", "meaning", other, input="")
        assert result.exit_code == 2 and "--editor cannot be combined with" in result.output


def test_what_is_below_the_scissors_is_never_answer(isolated_home: Path) -> None:
    pack = load_pack(PACK)
    asked = Asked(1, 1, pack.question("meaning"), pack.title, 90, prefill="draft text",
                  draft_saved="2026-01-01T00:00:00+00:00")
    written = template(asked)
    assert written.startswith("draft text\n\n" + SCISSORS)
    assert answer_text(written, asked) == "draft text"
    assert answer_text("My answer\n# a line of mine\n" + written[written.index(SCISSORS):], asked) == \
        "My answer\n# a line of mine"
    # The scissors line deleted by mistake: only this module's own instruction lines go.
    without = written.replace(SCISSORS + "\n", "")
    assert answer_text("Mine\n#   keep this\n" + without, asked) == "Mine\n#   keep this\ndraft text"


def test_the_session_summary_is_shown_after_a_retry_choice_is_not_asked_without_a_terminal(
        fake_editor: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_ANSWER", "I do my best.")
    with Store.open() as store:
        save_draft(store, "other-pack", "meaning", "another pack's draft")
    result = invoke("-q", "meaning")
    assert result.exit_code == 0 and "[r]etry" not in result.output
    assert "Recovered draft" not in result.stderr  # drafts are per pack
