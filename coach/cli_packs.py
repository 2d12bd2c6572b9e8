"""`coach packs …`: the trainer's commands (list, show, validate, new, schema, add, draft, test).

Registered in cli.py with one `add_typer` line. Heavy modules are imported inside commands.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .clibase import friendly

if TYPE_CHECKING:
    from .draft import Fit, GradedAnswer

packs_app = typer.Typer(
    name="packs",
    help="Write, check, calibrate and install question packs (for trainers).\n\n"
         "Examples:\n\n"
         "  coach packs list\n\n"
         "  coach packs new retail-returns -o returns.yaml\n\n"
         "  coach packs validate returns.yaml && coach packs test returns.yaml",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


def _check_language(code: str) -> str:
    from .lang import supported

    if code not in supported():
        raise typer.BadParameter(f"{code!r} is not supported (supported: {', '.join(supported())})",
                                 param_hint="--language")
    return code


def _check_id(value: str, hint: str) -> str:
    from .packs import ID_PATTERN  # the one definition of a valid id, used by pack validation

    if not re.match(ID_PATTERN, value) or len(value) > 64:
        raise typer.BadParameter(f"{value!r} is not a valid pack id: use lowercase letters, digits "
                                 "and hyphens, like 'retail-basics'", param_hint=hint)
    return value


@packs_app.command("list")
@friendly
def list_command(json_out: JsonOption = False) -> None:
    """List every pack found: bundled, in the user folder and in COACH_PACKS_PATH.

    A pack that fails to load is listed as broken, with its first error; the others still
    list. A pack hidden by an earlier one with the same id is marked shadowed. A folder that
    cannot be read is listed as unreadable, and a *.yaml entry that is not a file (a folder,
    a named pipe, a symbolic link loop) as skipped, with the reason.

    Examples:

      coach packs list

      coach packs list --json
    """
    from .packtools import list_packs

    entries = list_packs()
    if json_out:
        from .output.jsonout import print_json

        print_json([e.to_dict() for e in entries])
        return
    from .output.packs import packs_table
    from .output.terminal import console

    console().print(packs_table([e.to_dict() for e in entries]))
    broken = sum(1 for e in entries if e.status == "broken")
    if broken:
        sys.stderr.write(f"coach: {broken} pack file{'s' if broken > 1 else ''} could not be loaded; "
                         "run `coach packs validate FILE` for every problem\n")
    unreadable = sum(1 for e in entries if e.status == "unreadable")
    if unreadable:
        sys.stderr.write(f"coach: {unreadable} pack folder{'s' if unreadable > 1 else ''} could not "
                         "be read; check its permissions\n")
    skipped = sum(1 for e in entries if e.status == "skipped")
    if skipped:
        sys.stderr.write(f"coach: {skipped} *.yaml entr{'ies' if skipped > 1 else 'y'} left out: "
                         "not a regular file\n")


@packs_app.command("show")
@friendly
def show_command(
    pack: Annotated[str, typer.Argument(help="Pack id or path to a pack YAML file.")],
    json_out: JsonOption = False,
) -> None:
    """Show a pack's criteria (label, weight, keywords, tip), red flags and questions.

    Examples:

      coach packs show customer-service

      coach packs show my-pack.yaml --json
    """
    from .packs import load_pack

    loaded = load_pack(pack)
    if json_out:
        from .output.jsonout import print_json

        data = loaded.model.model_dump(mode="json")
        data["source"] = str(loaded.source) if loaded.source else None
        print_json(data)
        return
    from .output.packs import pack_details
    from .output.terminal import console

    console().print(pack_details(loaded.model.model_dump(mode="json"),
                                 str(loaded.source) if loaded.source else None))


@packs_app.command("validate")
@friendly
def validate_command(
    files: Annotated[list[Path], typer.Argument(help="Pack YAML files to check.")],
    json_out: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Check pack files: every error of every file, then warnings worth a look.

    Errors and warnings are this command's result, so both go to standard output, one per
    line, as FILE:LINE:COLUMN: field.path: message (warnings say "warning:" before the
    message); the summary line goes to standard error. Exit 1 if any file has an error (or,
    with --strict, a warning); warnings alone exit 0.

    Examples:

      coach packs validate my-pack.yaml

      coach packs validate packs/*.yaml --json
    """
    from .errors import CoachError, LocatedError
    from .packs import load_pack_file
    from .packtools import lint

    report = []
    errors = warnings = 0
    for file in files:
        entry: dict = {"file": str(file), "ok": True, "errors": [], "warnings": []}
        try:
            pack = load_pack_file(file)
            entry["pack"] = pack.id
            entry["warnings"] = [_problem_dict(p) for p in lint(pack)]
        except LocatedError as exc:
            entry["ok"] = False
            entry["errors"] = [_problem_dict(p) for p in exc.problems]
        except CoachError as exc:
            entry["ok"] = False
            entry["errors"] = [{"file": str(file), "line": None, "column": None, "path": "",
                                "message": _strip_file(str(exc), str(file))}]
        errors += len(entry["errors"])
        warnings += len(entry["warnings"])
        report.append(entry)
    if json_out:
        from .output.jsonout import print_json

        print_json(report)
    else:
        out = sys.stdout
        for entry in report:
            for problem in entry["errors"]:
                out.write(_problem_line(problem) + "\n")
            for problem in entry["warnings"]:
                out.write(_problem_line(problem, "warning: ") + "\n")
        out.flush()
    bad = sum(1 for e in report if not e["ok"])
    sys.stderr.write(f"coach: {len(files)} file{'s' if len(files) != 1 else ''} checked: "
                     f"{errors} error{'s' if errors != 1 else ''} in {bad} file{'s' if bad != 1 else ''}, "
                     f"{warnings} warning{'s' if warnings != 1 else ''}\n")
    if errors or (strict and warnings):
        raise typer.Exit(code=1)


def _problem_dict(problem: object) -> dict:
    from dataclasses import asdict

    return asdict(problem)  # type: ignore[call-overload]


def _strip_file(message: str, file: str) -> str:
    return message[len(file) + 2:] if message.startswith(file + ": ") else message


def _problem_line(problem: dict, kind: str = "") -> str:
    from .text import sanitize

    if problem["line"] is None:
        return sanitize(f"{problem['file']}: {kind}{problem['message']}")
    where = f"{problem['file']}:{problem['line']}:{problem['column']}"
    path = f" {problem['path']}:" if problem["path"] else ""
    return sanitize(f"{where}:{path} {kind}{problem['message']}")


@packs_app.command("new")
@friendly
def new_command(
    pack_id: Annotated[str, typer.Argument(metavar="ID", help="The new pack's id, e.g. retail-basics.")],
    language: Annotated[str, typer.Option("--language", "-l", help="ISO 639-1 code: en, sv, te.")]
    = "en",
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Where to write it (default: ID.yaml here; "
                                                     "'-' for standard output).")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter pack that validates, to edit into your own.

    Examples:

      coach packs new retail-basics

      coach packs new kundtjanst --language sv -o kundtjanst.yaml
    """
    from .fileio import atomic_write, check_target, is_stdout
    from .packtools import starter_pack

    _check_id(pack_id, "ID")
    _check_language(language)
    if is_stdout(output):
        sys.stdout.write(starter_pack(pack_id, language, f"{pack_id}.yaml"))
        return
    target = output or Path(f"{pack_id}.yaml")
    check_target(target, force=force, exists_hint="use --force to overwrite it or -o to pick another name")
    atomic_write(target, starter_pack(pack_id, language, target.name), what="starter pack")
    sys.stdout.write(f"{target}\n")
    sys.stderr.write(f"coach: wrote a starter pack; next: edit it, then "
                     f"`coach packs validate {target}` and `coach packs test {target}`\n")


@packs_app.command("schema")
@friendly
def schema_command() -> None:
    """Print the JSON Schema of the pack format (for editor completion and checks).

    Save it once and point your YAML language server at it, with this first line in a pack:
    # yaml-language-server: $schema=pack.schema.json

    Examples:

      coach packs schema > pack.schema.json
    """
    from .packtools import pack_schema

    sys.stdout.write(json.dumps(pack_schema(), ensure_ascii=False, indent=2) + "\n")


@packs_app.command("add")
@friendly
def add_command(
    file: Annotated[Path, typer.Argument(help="The pack YAML file to install.")],
    force: Annotated[bool, typer.Option("--force", help="Replace an installed pack with the same id.")]
    = False,
) -> None:
    """Validate a pack and copy it into your user packs folder, so practice can use it by id.

    Refuses to replace an installed pack with the same id unless --force.

    Examples:

      coach packs add retail-basics.yaml

      coach packs add retail-basics.yaml --force
    """
    from .packtools import add_pack

    pack, target, replaced = add_pack(file, force=force)
    if replaced is not None:
        sys.stderr.write(f"coach: replaced {replaced}\n")
    count = len(pack.questions)
    sys.stdout.write(f"added pack {pack.id!r} ({count} question{'s' if count != 1 else ''}) to {target}\n")


@packs_app.command("test")
@friendly
def test_command(
    pack: Annotated[str, typer.Argument(metavar="FILE|ID", help="Pack id or pack YAML file.")],
    json_out: JsonOption = False,
) -> None:
    """Calibrate a pack: run every question's examples and compare with what you expect.

    Shows, per criterion, how many examples agreed, and each false credit (credited though
    not in `earns`) and missed credit (in `earns` but not credited), with the answer excerpt
    and the phrase that matched, or the nearest one that did not. Exit 1 on any disagreement.

    Examples:

      coach packs test my-pack.yaml

      coach packs test customer-service --json
    """
    from .calibrate import calibrate
    from .packs import load_pack

    result = calibrate(load_pack(pack))
    if json_out:
        from .output.jsonout import print_json

        print_json(result.to_dict())
    else:
        from .output.packs import calibration_report
        from .output.terminal import console

        console().print(calibration_report(result.to_dict()))
    if not result.ok:
        raise typer.Exit(code=1)


@packs_app.command("draft")
@friendly
def draft_command(
    source: Annotated[Path, typer.Argument(
        metavar="INPUT", help="CSV or JSON Lines (id, question, model_answer), or a pack YAML.")],
    pack_id: Annotated[str, typer.Option("--id", help="The drafted pack's id.")],
    language: Annotated[str | None, typer.Option(
        "--language", "-l", help="ISO 639-1 code (default: the input pack's, else en).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Write here instead of standard output "
                                                     "('-' is standard output too).")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
    = False,
    graded: Annotated[Path | None, typer.Option(
        "--graded", metavar="FILE",
        help="Sample answers you have graded (CSV or JSON Lines: id, answer, score 0-1 or "
             "0-100): each question's `require` is fitted so its scores come closest to yours.")]
    = None,
) -> None:
    """Draft a rubric from model answers: a starter pack to edit, one set of criteria per
    question, drawn from the key terms and phrases of its model answer and weighted by how
    central they are.

    Examples:

      coach packs draft questions.csv --id networks-quiz -o networks-quiz.yaml

      coach packs draft my-pack.yaml --id my-pack-drafted

      coach packs draft questions.csv --id networks-quiz --graded graded.csv -o quiz.yaml
    """
    from .draft import MIN_GRADED, draft, read_draft_input, read_graded
    from .fileio import atomic_write, check_target, is_stdout

    _check_id(pack_id, "--id")
    if language is not None:
        _check_language(language)
    items, input_language, title = read_draft_input(source)
    samples = read_graded(graded, {item.id for item in items}) if graded else None
    lang = language or input_language or "en"
    if is_stdout(output):
        output = None
    if output is not None:
        check_target(output, force=force)
    result = draft(items, pack_id, lang, title=title, source=source.name, graded=samples)
    if samples is not None:
        _report_fits(result.fits, samples, MIN_GRADED)
    if output is None:
        from .text import sanitize

        # Shown, so sanitised like all display text (a bidi override in a title stays out of
        # the terminal); the -o file keeps the pack's text exactly.
        sys.stdout.write(sanitize(result.text))
        return
    atomic_write(output, result.text, what="drafted pack")
    sys.stderr.write(f"coach: drafted {len(items)} question{'s' if len(items) != 1 else ''} into {output}; "
                     "review the keywords, "
                     f"then `coach packs validate {output}`\n")


def _report_fits(fits: list[Fit], samples: dict[str, list[GradedAnswer]], minimum: int) -> None:
    """One line on stderr: how many questions' `require` the graded answers fitted, and how
    much closer the scores came to the grader's."""
    fitted = {fit.question for fit in fits}
    skipped = [qid for qid in samples if qid not in fitted]
    if fits:
        answers = sum(fit.answers for fit in fits)
        before = sum(fit.error_before * fit.answers for fit in fits) / answers
        after = sum(fit.error_after * fit.answers for fit in fits) / answers
        line = (f"coach: fitted `require` of {len(fits)} question{'s' if len(fits) != 1 else ''} "
                f"to {answers} graded answers (typical gap to your scores {before:.2f} -> "
                f"{after:.2f} on a 0-1 scale)")
    else:
        line = "coach: no question has enough graded answers to fit `require`"
    if skipped:
        line += (f"; kept the drafted `require` of {', '.join(skipped[:3])}"
                 f"{', ...' if len(skipped) > 3 else ''} (fewer than {minimum} graded answers)")
    sys.stderr.write(line + "\n")
