"""What `coach score` loads for one answer (its start-up is most of its time): with the
compiled-pack cache warm, one matcher, and none of Typer, pydantic, YAML, the pack loader, the
export reports, gettext (English screens), the entry-point scan or OpenSSL's hashlib; and the
command line it reads without Typer (cli_main.quick_score) means what Typer reads it to mean."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coach import cli, i18n
from coach.cli_main import Options, quick_score

# Modules a plain `coach score` must not import (each one was imported before it was made lazy).
NOT_IMPORTED = ("typer", "pydantic", "yaml", "coach.cli", "coach.clibase", "coach.packs.loader",
                "coach.output.export", "gettext", "importlib.metadata", "hashlib", "difflib")


def test_coach_score_builds_one_matcher_and_imports_only_what_it_uses(tmp_path: Path) -> None:
    code = (
        "import sys\n"
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
        f"print(built, sorted(m for m in {NOT_IMPORTED!r} if m in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home"), "NO_COLOR": "1", "LANG": "C.UTF-8"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    for _ in range(2):  # the first run writes the cache
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, check=True)
    assert "/100" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "['customer-service'] []"


def test_the_console_script_starts_at_the_exit_point_that_imports_no_typer() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["coach"] == "coach.cli_main:main"


# -- quick_score reads a command line as Typer does, or leaves it to Typer ---------------------

WORDS = ["score", "--debug", "--lang", "sv", "--lang=te", "--lang=xx", "-q", "--question",
         "--question=angry-customer", "angry-customer", "-p", "--pack", "--pack=mine", "-f",
         "--file", "--file=answer.txt", "--json", "--explain", "I listened.", "two words", "",
         "-", "--", "-h", "--help", "--version", "-q=x", "-qx", "--json=1", "--jso", "-j"]


def _typer_reads(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """What the Typer command line passes to score_command for argv (None: it does not)."""
    seen: dict[str, Any] = {}

    def record(question: str, text: str | None, pack: str, file: Path | None, json_out: bool,
               explain: bool) -> None:
        seen.update(question=question, text=text, pack=pack, file=file, json_out=json_out,
                    explain=explain)

    monkeypatch.setattr(cli, "score_command", record)
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
    found = quick_score(argv)
    if found is None:
        return None
    lang = found.pop("lang")
    screen = i18n.normalise(lang) if lang else (i18n.from_environment() or i18n.ENGLISH)
    return {"text": None, "pack": cli.DEFAULT_PACK, "file": None, "json_out": False,
            "explain": False, **found, "screen": screen}


def _command_lines(rng: random.Random, count: int) -> list[list[str]]:
    """Lines of random words, and lines shaped like `coach score` with shuffled options."""
    lines = [[rng.choice(WORDS) for _ in range(rng.randint(1, 7))] for _ in range(count)]
    for _ in range(count):
        root = rng.sample([["--debug"], ["--lang", "sv"], ["--lang=te"]], rng.randint(0, 2))
        options = rng.sample([["-q", "angry-customer"], ["--question=long-queue"], ["--json"],
                              ["--explain"], ["-p", "customer-service"], ["--pack=x"],
                              ["I listened."], ["-f", "a.txt"], ["--file=b.txt"]], rng.randint(0, 5))
        lines.append([w for part in root for w in part] + ["score"] + [w for part in options for w in part])
    return lines


def test_quick_score_reads_every_line_it_accepts_as_typer_does(monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # piped input: TEXT may be left out
    accepted = 0
    for argv in _command_lines(random.Random(5), 600):
        quick = _quick_reads(argv)
        if quick is None:
            continue
        accepted += 1
        assert _typer_reads(argv, monkeypatch) == quick, argv
    capsys.readouterr()  # Typer's usage errors for the lines quick_score left alone
    assert accepted > 80  # many of the shaped lines are plain ones


def test_quick_score_leaves_help_completion_and_doubtful_lines_to_typer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    plain = ["score", "-q", "angry-customer", "I listened."]
    assert quick_score(plain) is not None
    for argv in (["score", "--help"], ["--version"], ["score", "-q", "angry-customer", "-5 stars"],
                 ["score", "-q", "a", "-q", "b", "x"], ["score", "x"], ["score", "-q", "a", "x", "y"],
                 ["--lang", "xx", *plain], [*plain, "--file", "a.txt"], ["score", "-qa", "x"]):
        assert quick_score(argv) is None, argv
    monkeypatch.setenv("_COACH_COMPLETE", "bash_complete")
    assert quick_score(plain) is None


def test_without_text_or_piped_input_typer_explains(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert quick_score(["score", "-q", "angry-customer"]) is None
    assert quick_score(["score", "-q", "angry-customer", "I listened."]) is not None
