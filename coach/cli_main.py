"""The one exit point of every run (`main`), and `coach score`'s start-up path without Typer.

`main` turns CoachError into `coach: ...` lines on stderr and exit 1, Ctrl-C into a short note
and exit 130, a closed pipe into a quiet exit 0, and an unexpected error into one line asking
for a report; `--debug` shows the traceback instead (never local variables: answers are
private). Typer's own exits and usage errors are handled in coach.cli, which builds the
command line.

Why a path without Typer: building Typer's command line costs more than scoring an answer
(Typer imports pydantic and builds a validator for each option: about 40% of a `coach score`
run, a tenth of a second of every `coach grade`). A plain `coach score` or `coach grade` line
(`quick_command`: known options, one value each, no help, no completion) is read here and
runs the same function the Typer command runs (`score_command`, `grade_command`); anything
else, including every usage error, goes through Typer as before. Importing this module
imports no Typer (tests/test_score_startup.py checks it).
"""

from __future__ import annotations

import atexit
import gc
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, NoReturn

from . import i18n


class ExitStatus(IntEnum):
    """The process exit status of a run (as httpie's ExitStatus names them)."""

    OK = 0
    ERROR = 1  # a user error (CoachError), a failed check, or an unexpected error
    USAGE = 2  # a bad option or argument
    INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it


@dataclass
class Options:
    """The root command's options that the exit point needs; one object per run (it rides
    on the Click context as `ctx.obj`), so nothing is shared between runs or tests."""

    debug: bool = False


DEFAULT_PACK = "customer-service"  # `score` and `practice` use it when no pack is given
MAX_ANSWER_BYTES = 50 * 1024 * 1024  # far more than is scored; bounds /dev/zero and endless pipes


def _bad_parameter(text: str) -> Exception:
    import typer  # only a usage error needs it; coach.cli shows it as Typer would

    return typer.BadParameter(text)


def read_answer(text: str | None, file: Path | None) -> str:
    """The answer `coach score` scores: TEXT, the --file, or standard input."""
    if text is not None and file is not None:
        raise _bad_parameter(i18n._("give the answer as TEXT or with --file, not both"))
    if file is not None:
        from .fileio import read_text

        return read_text(file, limit=MAX_ANSWER_BYTES, what="answer file")
    if text is not None:
        from .text import repair

        return repair(text)
    if sys.stdin is None or sys.stdin.isatty():
        raise _bad_parameter(i18n._("give the answer as TEXT, with --file, or on standard input"))
    if hasattr(sys.stdin, "buffer"):
        data = sys.stdin.buffer.read(MAX_ANSWER_BYTES + 1)
    else:
        data = sys.stdin.read(MAX_ANSWER_BYTES + 1).encode()
    if len(data) > MAX_ANSWER_BYTES:
        from .errors import CoachError

        raise CoachError(i18n._("standard input: the answer is over the {limit:,}-byte limit").format(
            limit=MAX_ANSWER_BYTES))
    return data.decode("utf-8", errors="replace").replace("\x00", "\ufffd")


def score_command(question: str, text: str | None = None, pack: str = DEFAULT_PACK,
                  file: Path | None = None, json_out: bool = False, explain: bool = False, *,
                  audio: Path | None = None, engine: str | None = None, model: str | None = None) -> None:
    """`coach score`: score one answer and show the report (or the JSON). With `audio`, the
    answer is the recording's transcript, and the report adds how it was spoken."""
    from .pack_cache import compiled_pack
    from .scoring import MATCH_THRESHOLD, score_answer
    from .scoring import explain as explain_rows

    if audio is not None and (text is not None or file is not None):
        raise _bad_parameter(i18n._("give the answer as TEXT, with --file or with --audio, not more "
                                    "than one"))
    if audio is None and (engine is not None or model is not None):
        raise _bad_parameter(i18n._("--engine and --model are for --audio"))
    answer = "" if audio is not None else read_answer(text, file).replace("\r\n", "\n")
    loaded = compiled_pack(pack)  # the compiled-pack cache: no YAML or validation when fresh
    i18n.for_pack(loaded.rubric.language)
    question_obj = loaded.rubric.question(question)
    spoken = limit = None
    if audio is not None:
        from .voice.spoken import time_limit, transcribe_file

        limit = time_limit(pack, question_obj.id)
        spoken = transcribe_file(audio, language=loaded.rubric.language, limit_seconds=limit,
                                 engine=engine, model=model)
        answer = spoken.transcript.text
    result = score_answer(loaded, question_obj, answer)
    rows = explain_rows(loaded, question_obj, answer) if explain else None
    if json_out:
        from .output.jsonout import print_json, score_data

        data = score_data(result, rows)
        if spoken is not None:
            from .output.speaking import spoken_data

            data.update(spoken_data(spoken))
        print_json(data)
        return
    from .output.feedback import explain_table, score_report
    from .output.terminal import console

    out = console()
    out.print(score_report(result, prompt=question_obj.prompt, title=loaded.title, answer=answer))
    if spoken is not None:
        from .output.speaking import delivery_report

        out.print(delivery_report(spoken, limit))
    if rows is not None:
        out.print(explain_table(rows, MATCH_THRESHOLD, result.criteria))


def grade_command(file: Path, pack: str | None = None, output_format: str = "table",
                  min_score: int | None = None, jobs: int | None = None,
                  allow_pack_paths: bool = False) -> ExitStatus:
    """`coach grade`: grade every answer in a file and write the results, then the summary."""
    from .grade import grade, read_entries
    from .grade_totals import GradeTotals
    from .output.writers import json_rows_encoder, write_rows

    entries = read_entries(file, pack, allow_pack_paths=allow_pack_paths)
    summary = GradeTotals()
    # --jobs workers encode their own JSON rows: the parent then only writes text.
    # (--jobs left out: one per CPU, started once a file proves long: coach.grade.grade)
    parallel = jobs is None or jobs > 1
    encode = json_rows_encoder() if output_format == "json" and parallel else None

    def tracked() -> Any:
        for row in grade(entries, jobs=jobs, encode=encode):
            summary.add(row, min_score)
            yield row

    write_rows(output_format, tracked(), lambda: summary.to_dict(min_score))
    if summary.errors:
        from .output.messages import message

        message(i18n.ngettext("{errors} of {count} row could not be graded",
                              "{errors} of {count} rows could not be graded", summary.count).format(
            errors=summary.errors, count=summary.count))
    return ExitStatus.ERROR if summary.failed(min_score) else ExitStatus.OK


# The commands a plain line runs without Typer, their options as coach.cli declares them
# (spelling -> the function's parameter), the flags, and the one argument's parameter.
_VALUES = {
    "score": {"--question": "question", "-q": "question", "--pack": "pack", "-p": "pack",
              "--file": "file", "-f": "file"},
    "grade": {"--pack": "pack", "-p": "pack", "--format": "output_format", "--min-score": "min_score",
              "--jobs": "jobs", "-j": "jobs"},
}
_FLAGS = {"score": {"--json": "json_out", "--explain": "explain"},
          "grade": {"--allow-pack-paths": "allow_pack_paths"}}
_ARGUMENT = {"score": "text", "grade": "file"}
_FORMATS = ("table", "json", "csv", "markdown")  # coach.cli.GradeFormat
_RANGES = {"min_score": (0, 100), "jobs": (1, 64)}
_NUMBER = re.compile(r"0|[1-9][0-9]{0,5}")


def completing(prog_name: str) -> bool:
    """Is the shell asking for completions (Click's `_COACH_COMPLETE`)? Then Typer answers."""
    return bool(os.environ.get(f"_{prog_name}_COMPLETE".replace("-", "_").upper()))


def quick_command(argv: Sequence[str], prog_name: str = "coach") -> dict[str, Any] | None:
    """The command ("command": score or grade) and its function's arguments (and "debug",
    "lang") when `argv` is a plain line whose meaning Click would read the same way; else
    None, and Typer parses it.

    Plain: root options --debug and --lang CODE (a code coach has), then the command, then
    its options each given at most once as `--name value`, `--name=value` or `-x value` (a
    value neither empty nor starting with "-"; a number in plain digits within its range; a
    --format coach has), its flags, and at most one argument not starting with "-"; for
    score, --question and TEXT or --file or piped input, not both; for grade, FILE. No help,
    version or shell completion. tests/test_score_startup.py checks it against Typer."""
    if completing(prog_name):
        return None
    words = list(argv)
    found: dict[str, Any] = {"debug": False, "lang": None}
    while words and words[0] not in _VALUES:
        word = words.pop(0)
        if word == "--debug":
            found["debug"] = True
        elif (word == "--lang" or word.startswith("--lang=")) and found["lang"] is None:
            value = word.partition("=")[2] if "=" in word else (words.pop(0) if words else "")
            if i18n.normalise(value) not in i18n.available():
                return None  # Typer says why
            found["lang"] = value
        else:
            return None
    if not words:
        return None
    command, rest = words[0], words[1:]
    values, flags, argument = _VALUES[command], _FLAGS[command], _ARGUMENT[command]
    given: dict[str, Any] = {}
    while rest:
        word = rest.pop(0)
        if not word.startswith("-"):
            if argument in given:
                return None
            given[argument] = word
            continue
        name, equals, value = word.partition("=")
        if name in values and (not equals or name.startswith("--")):
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            if values[name] in given or not value or value.startswith("-"):
                return None
            given[values[name]] = value
        elif word in flags and flags[word] not in given:
            given[flags[word]] = True
        else:
            return None
    for name, (low, high) in _RANGES.items():
        if name in given:
            if not _NUMBER.fullmatch(given[name]) or not low <= int(given[name]) <= high:
                return None
            given[name] = int(given[name])
    if command == "grade":
        if "file" not in given or given.get("output_format", "table") not in _FORMATS:
            return None
    elif "question" not in given or ("text" in given and "file" in given) or (
            "text" not in given and "file" not in given and (sys.stdin is None or sys.stdin.isatty())):
        return None
    if "file" in given:
        given["file"] = Path(given["file"])
    return {"command": command, **found, **given}


def main(args: Sequence[str] | None = None, *, prog_name: str = "coach",
         command: Any = None) -> NoReturn:
    """The console script and the one exit point: run the command line, map what it raised
    to an ExitStatus, and exit with it. A command may also return an ExitStatus (a check
    that failed without an error: `grade --min-score`, `packs validate`, `packs test`)."""
    from .output.streams import fit_stream

    argv = list(sys.argv[1:] if args is None else args)
    # --lang (read before parsing: help and usage errors come before its callback), else the
    # environment's language, until a pack's screen says otherwise.
    i18n.start(i18n.requested(argv))
    fit_stream(sys.stdout)  # an ASCII locale must not crash a report halfway
    fit_stream(sys.stderr, messages=True)
    options = Options()
    status: int
    try:
        plain = quick_command(argv, prog_name)
        if argv == ["--version"] and not completing(prog_name):
            # What Typer's eager --version callback prints, without building the command line.
            from . import __version__

            sys.stdout.write(f"coach {__version__}\n")
            status = ExitStatus.OK
        elif plain is not None:
            options.debug = plain.pop("debug")
            lang = plain.pop("lang")
            if lang is not None:
                i18n.start(lang)
            if plain.pop("command") == "grade":
                status = grade_command(**plain)
            else:
                if args is None and plain.get("audio") is None:
                    _one_answer_gc()  # (this process's own command line: it ends after)
                score_command(**plain)
                status = ExitStatus.OK
        else:
            from .cli import run_command

            status = run_command(command, argv, prog_name, options)
    except KeyboardInterrupt:
        if options.debug:
            raise
        _messages([i18n._("interrupted")])
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback. Later
        # writes (and the flush at exit) go nowhere instead of failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = ExitStatus.OK
    except Exception as exc:
        if options.debug:
            raise
        from .errors import CoachError
        from .text import sanitize

        if isinstance(exc, CoachError):  # a user error: its message says what to do
            from .errors import LocatedError
            from .output.coretext import core_text, problem_text

            lines = ([sanitize(problem_text(p)) for p in exc.problems] if isinstance(exc, LocatedError)
                     else [core_text(line) for line in sanitize(str(exc)).splitlines()])
            _messages(lines or [i18n._("error")])
        else:
            _messages([i18n._("internal error: {error} (run with --debug for the traceback, and please "
                              "report it)").format(error=f"{type(exc).__name__}: {sanitize(str(exc))}")])
        status = ExitStatus.ERROR
    i18n.reset()  # nothing carries over to the next run in the same process (tests)
    sys.exit(int(status))


def _one_answer_gc() -> None:
    """Before a plain `coach score` of the process's own command line (main() without
    arguments: the console script), which scores one answer and ends the process: collect no
    garbage while it runs, and none at exit. What one answer allocates is bounded
    (MAX_ANSWER_CHARS), so the cyclic collector would free nothing worth its passes, each of
    which walks every object the imports made, and Python's last collection at exit (which
    runs even when disabled) walks them all again: together 8% of a run's instructions.
    Frozen (gc.freeze), they are left to the operating system, as everything else is at exit;
    `coach score` writes nothing that needs a finaliser (its cache file is written and closed
    before). Not for --audio: a speech engine's allocations are not ours to bound."""
    gc.disable()
    atexit.register(gc.freeze)  # (after the report is out: exit handlers run before it)


def _messages(lines: list[str]) -> None:
    from .output.messages import message

    for line in lines:
        message(line)
