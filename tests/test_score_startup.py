"""What `coach score` loads for one answer (its start-up is most of its time): with the
compiled-pack cache warm, one matcher, and none of Typer, pydantic, YAML, the pack loader, the
export reports, gettext (English screens), the entry-point scan or OpenSSL's hashlib; and the
`coach score` and `coach grade` lines read without Typer (cli_main.quick_command) mean what
Typer reads them to mean."""

from __future__ import annotations

import gc
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coach import cli, i18n
from coach.cli_main import Options, quick_command

# Modules a plain `coach score` must not import (each one was imported before it was made lazy).
NOT_IMPORTED = ("typer", "pydantic", "yaml", "coach.cli", "coach.clibase", "coach.packs.loader",
                "coach.output.export", "gettext", "importlib.metadata", "hashlib", "difflib",
                "rich._emoji_codes")


def test_coach_score_builds_one_matcher_and_imports_only_what_it_uses(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        # Older rapidfuzz releases (3.6, the lowest allowed) import importlib.metadata and, when
        # NumPy is installed, NumPy and hashlib themselves: only what coach imports is checked.
        "import rapidfuzz.fuzz, rapidfuzz.process\n"
        # Older Rich releases (13.8, the lowest allowed) import the emoji table with rich.console
        # itself; newer ones only when markup or a str title asks for an emoji, which coach's
        # report must not.
        "import rich.console\n"
        "before = set(sys.modules)\n"
        "from coach.scoring import rubric\n"
        "built = []\n"
        "real = rubric.Matcher.__init__\n"
        "def counted(self, r):\n"
        "    built.append(r.id)\n"
        "    real(self, r)\n"
        "rubric.Matcher.__init__ = counted\n"
        "from coach.cli_main import main\n"
        "try:\n"
        "    main(['score', '-q', 'angry-customer', 'I listened and apologised.'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        f"print(built, sorted(m for m in {NOT_IMPORTED!r} if m in sys.modules and m not in before),"
        " file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home"), "NO_COLOR": "1", "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    for _ in range(2):  # the first run writes the cache
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, check=True)
    assert "/100" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "['customer-service'] []"


def test_coach_grade_of_json_lines_imports_no_typer_pydantic_or_yaml(tmp_path: Path) -> None:
    answers = tmp_path / "answers.jsonl"
    answers.write_text('{"pack": "customer-service", "question": "angry-customer", "answer": "I '
                       'listened."}\n', encoding="utf-8")
    code = ("import sys\nfrom coach.cli_main import main\ntry:\n"
            f"    main(['grade', {str(answers)!r}, '--format', 'json'])\n"
            "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'yaml') if m in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    for _ in range(2):  # the first run writes the compiled-pack cache
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                              check=True)
    assert '"score"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_the_console_script_starts_at_the_exit_point_that_imports_no_typer() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["coach"] == "coach.cli_main:main"


# -- quick_command reads a command line as Typer does, or leaves it to Typer -------------------

WORDS = ["score", "grade", "--debug", "--lang", "sv", "--lang=te", "--lang=xx", "-q", "--question",
         "--question=angry-customer", "angry-customer", "-p", "--pack", "--pack=mine", "-f",
         "--file", "--file=answer.txt", "--json", "--explain", "I listened.", "two words", "",
         "-", "--", "-h", "--help", "--version", "-q=x", "-qx", "--json=1", "--jso", "-j",
         "--format", "json", "csv", "--format=markdown", "--format=JSON", "--min-score", "60",
         "--min-score=101", "007", "-j2", "--jobs", "2", "--jobs=0", "+3", "--allow-pack-paths",
         "answers.jsonl"]
DEFAULTS = {"score": {"text": None, "pack": cli.DEFAULT_PACK, "file": None, "json_out": False,
                      "explain": False},
            "grade": {"pack": None, "output_format": "table", "min_score": None, "jobs": None,
                      "allow_pack_paths": False}}


def _typer_reads(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """What the Typer command line passes to score_command or grade_command for argv (None: it
    does not call either)."""
    seen: dict[str, Any] = {}

    def record_score(question: str, text: str | None, pack: str, file: Path | None, json_out: bool,
                     explain: bool) -> None:
        seen.update(command="score", question=question, text=text, pack=pack, file=file,
                    json_out=json_out, explain=explain)

    def record_grade(file: Path, pack: str | None, output_format: str, min_score: int | None,
                     jobs: int | None, allow_pack_paths: bool) -> int:
        seen.update(command="grade", file=file, pack=pack, output_format=output_format,
                    min_score=min_score, jobs=jobs, allow_pack_paths=allow_pack_paths)
        return 0

    monkeypatch.setattr(cli, "score_command", record_score)
    monkeypatch.setattr(cli, "grade_command", record_grade)
    options = Options()
    i18n.start(i18n.requested(argv))
    try:
        status = cli.run_command(None, argv, "coach", options)
    except Exception:
        return None
    finally:
        screen = i18n.current()
        i18n.reset()
    if status != 0 or not seen:
        return None
    return {**seen, "debug": options.debug, "screen": screen}


def _quick_reads(argv: list[str]) -> dict[str, Any] | None:
    found = quick_command(argv)
    if found is None:
        return None
    lang = found.pop("lang")
    screen = i18n.normalise(lang) if lang else (i18n.from_environment() or i18n.ENGLISH)
    return {**DEFAULTS[found["command"]], **found, "screen": screen}


def _command_lines(rng: random.Random, count: int) -> list[list[str]]:
    """Lines of random words, and lines shaped like `coach score` and `coach grade` with
    shuffled options."""
    lines = [[rng.choice(WORDS) for _ in range(rng.randint(1, 7))] for _ in range(count)]
    shapes = {"score": [["-q", "angry-customer"], ["--question=long-queue"], ["--json"], ["--explain"],
                        ["-p", "customer-service"], ["--pack=x"], ["I listened."], ["-f", "a.txt"],
                        ["--file=b.txt"]],
              "grade": [["answers.jsonl"], ["answers.jsonl"], ["-p", "customer-service"], ["--pack=x"],
                        ["--format", "json"], ["--format=csv"], ["--format", "yaml"], ["--min-score", "60"],
                        ["--min-score=0"], ["--min-score", "100"], ["--min-score=101"], ["-j", "2"],
                        ["--jobs=64"], ["--jobs", "65"], ["--jobs", "0"], ["--allow-pack-paths"]]}
    for _ in range(count):
        root = rng.sample([["--debug"], ["--lang", "sv"], ["--lang=te"]], rng.randint(0, 2))
        command = rng.choice(["score", "grade"])
        options = rng.sample(shapes[command], rng.randint(0, 5))
        lines.append([w for part in root for w in part] + [command] + [w for part in options for w in part])
    return lines


def test_quick_command_reads_every_line_it_accepts_as_typer_does(monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # piped input: TEXT may be left out
    accepted = {"score": 0, "grade": 0}
    for argv in _command_lines(random.Random(5), 900):
        quick = _quick_reads(argv)
        if quick is None:
            continue
        accepted[quick["command"]] += 1
        assert _typer_reads(argv, monkeypatch) == quick, argv
    capsys.readouterr()  # Typer's usage errors for the lines quick_command left alone
    assert min(accepted.values()) > 30  # many of the shaped lines are plain ones


def test_quick_command_leaves_help_completion_and_doubtful_lines_to_typer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    plain = ["score", "-q", "angry-customer", "I listened."]
    assert quick_command(plain) is not None
    assert quick_command(["grade", "answers.jsonl", "--format", "json", "-j", "2"]) is not None
    for argv in (["score", "--help"], ["--version"], ["score", "-q", "angry-customer", "-5 stars"],
                 ["score", "-q", "a", "-q", "b", "x"], ["score", "x"], ["score", "-q", "a", "x", "y"],
                 ["--lang", "xx", *plain], [*plain, "--file", "a.txt"], ["score", "-qa", "x"],
                 ["grade"], ["grade", "a.jsonl", "--format", "yaml"], ["grade", "a.jsonl", "-j", "0"],
                 ["grade", "a.jsonl", "--min-score", "007"], ["grade", "a.jsonl", "--jobs", "+2"],
                 ["grade", "a.jsonl", "b.jsonl"], ["grade", "--help"], ["packs", "list"]):
        assert quick_command(argv) is None, argv
    monkeypatch.setenv("_COACH_COMPLETE", "bash_complete")
    assert quick_command(plain) is None


def test_without_text_or_piped_input_typer_explains(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert quick_command(["score", "-q", "angry-customer"]) is None
    assert quick_command(["score", "-q", "angry-customer", "I listened."]) is not None


def test_version_is_printed_without_typer_as_typer_prints_it(tmp_path: Path) -> None:
    code = ("import sys\nfrom coach.cli_main import main\ntry:\n    main(['--version'])\n"
            "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            "print('typer' in sys.modules, file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=True)
    assert done.stderr.strip() == "False"
    from typer.testing import CliRunner

    assert done.stdout == CliRunner().invoke(cli.app, ["--version"]).stdout  # Typer's own


def test_a_plain_score_collects_no_garbage_and_leaves_the_rest_alone(tmp_path: Path) -> None:
    """The console script's plain `coach score` turns the cyclic collector off while it runs
    and freezes what is alive at exit (cli_main._one_answer_gc); main called with arguments
    (a caller that goes on running, as tests do) leaves the collector alone."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, file=sys.stderr))\n"
        "from coach import cli_main\n"
        "real = cli_main.score_command\n"
        "def watched(**kwargs):\n"
        "    print('collecting', gc.isenabled(), file=sys.stderr)\n"
        "    real(**kwargs)\n"
        "cli_main.score_command = watched\n"
        "sys.argv = ['coach', 'score', '-q', 'angry-customer', 'I listened and apologised.', '--json']\n"
        "try:\n"
        "    cli_main.main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=True)
    # (exit handlers run last in, first out: the check, registered first, runs last)
    assert done.stderr.split() == ["collecting", "False", "frozen", "True"]
    assert json.loads(done.stdout)["question"] == "angry-customer"

    from coach.cli_main import main

    with pytest.raises(SystemExit):
        main(["score", "-q", "angry-customer", "I listened and apologised.", "--json"])
    assert gc.isenabled()
