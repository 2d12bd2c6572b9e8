"""`coach packs …`: the trainer's commands (list, show, validate, new, schema, classes, add, draft,
test).

Loaded by cli.py only when `coach packs` runs (see `LazyGroup`). Heavy modules are imported
inside commands; everything shown is formatted in coach/output/.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from . import i18n
from .cli_complete import complete_pack, complete_question
from .clibase import ExitStatus
from .i18n import _

packs_app = typer.Typer(
    name="packs",
    help="Write, check, calibrate and install question packs (for trainers).\n\n"
         "Examples:\n\n\b\n"  # \b: click keeps the example lines whole, never rewrapped
         "  coach packs list\n"
         "  coach packs new retail-returns -o returns.yaml\n"
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
        raise typer.BadParameter(_("{code!r} is not supported (supported: {codes})").format(
            code=code, codes=", ".join(supported())),
                                 param_hint="--language")
    return code


def _check_id(value: str, hint: str) -> str:
    from .packs import ID_PATTERN  # the one definition of a valid id, used by pack validation

    if not re.match(ID_PATTERN, value) or len(value) > 64:
        raise typer.BadParameter(_("{value!r} is not a valid pack id: use lowercase letters, digits "
                                   "and hyphens, like 'retail-basics'").format(value=value), param_hint=hint)
    return value


@packs_app.command("list")
def list_command(json_out: JsonOption = False) -> None:
    """List every pack found: bundled, in the user folder and in COACH_PACKS_PATH.

    A pack that fails to load is listed as broken, with its first error; the others still
    list. A pack hidden by an earlier one with the same id is marked shadowed. A folder that
    cannot be read is listed as unreadable, and a *.yaml entry that is not a file (a folder,
    a named pipe, a symbolic link loop) as skipped, with the reason.

    Examples:

    \b
      coach packs list
      coach packs list --json
    """
    from .output.trainer import list_notes
    from .trainer.install import list_packs

    entries = list_packs()
    if json_out:
        from .output.jsonout import print_json

        print_json(entries)
        return
    from .output.packs import packs_table
    from .output.terminal import console

    console().print(packs_table(entries))
    list_notes(entries)


@packs_app.command("show")
def show_command(
    pack: Annotated[str, typer.Argument(help="Pack id or path to a pack YAML file.",
                                        autocompletion=complete_pack)],
    question: Annotated[list[str] | None, typer.Option(
        "--question", "-q", metavar="QUESTION", autocompletion=complete_question,
        help="Show this question's model answer only (repeat for several).")] = None,
    json_out: JsonOption = False,
) -> None:
    """Show a pack's criteria (label, weight, keywords, tip), red flags and questions, and each
    model answer with the phrases that earn each criterion highlighted (its talking points).

    Examples:

    \b
      coach packs show customer-service
      coach packs show customer-service -q angry-customer
      coach packs show my-pack.yaml --json
    """
    from .packs import load_pack
    from .packs.points import talking_points

    loaded = load_pack(pack)
    i18n.for_pack(loaded.language)
    chosen = [loaded.question(qid) for qid in question] if question else loaded.questions
    points = {q.id: talking_points(loaded, q) for q in chosen}
    if json_out:
        from .output.jsonout import pack_data, print_json

        data = pack_data(loaded)
        for entry in data["questions"]:  # spans are offsets into the question's model_answer
            if entry["id"] in points:
                entry["talking_points"] = [p.to_dict() for p in points[entry["id"]]]
        print_json(data)
        return
    from .output.packs import pack_details
    from .output.terminal import console

    console().print(pack_details(loaded, points))


@packs_app.command("validate")
def validate_command(
    files: Annotated[list[Path], typer.Argument(help="Pack YAML files to check.")],
    json_out: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> ExitStatus:
    """Check pack files: every error of every file, then warnings worth a look.

    Errors and warnings are this command's result, so both go to standard output, one per
    line, as FILE:LINE:COLUMN: field.path: message (warnings say "warning:" before the
    message); the summary line goes to standard error. Exit 1 if any file has an error (or,
    with --strict, a warning); warnings alone exit 0.

    Examples:

    \b
      coach packs validate my-pack.yaml
      coach packs validate packs/*.yaml --json
    """
    from .errors import CoachError, LocatedError
    from .output.trainer import FileCheck, checks_summary, write_checks
    from .packs import load_pack_file
    from .trainer.lint import lint

    checks = []
    for file in files:
        check = FileCheck(str(file))
        try:
            loaded = load_pack_file(file)
            check.pack = loaded.id
            check.warnings = list(lint(loaded))
        except LocatedError as exc:
            check.errors = list(exc.problems)
        except CoachError as exc:
            check.failure = str(exc)
        checks.append(check)
    if json_out:
        from .output.jsonout import print_json

        print_json(checks)
    else:
        write_checks(checks)
    checks_summary(checks)
    failed = any(not c.ok for c in checks) or (strict and any(c.warnings for c in checks))
    return ExitStatus.ERROR if failed else ExitStatus.OK


@packs_app.command("new")
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

    \b
      coach packs new retail-basics
      coach packs new kundtjanst --language sv -o kundtjanst.yaml
    """
    from .fileio import atomic_write, check_target, is_stdout
    from .output.trainer import pack_text, starter_written, written
    from .trainer.starter import starter_pack

    _check_id(pack_id, "ID")
    _check_language(language)
    if is_stdout(output):
        pack_text(starter_pack(pack_id, language, f"{pack_id}.yaml"))
        return
    target = output or Path(f"{pack_id}.yaml")
    check_target(target, force=force, exists_hint="use --force to overwrite it or -o to pick another name")
    atomic_write(target, starter_pack(pack_id, language, target.name), what="starter pack")
    written(target)
    starter_written(target)


@packs_app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the pack format (for editor completion and checks).

    Save it once and point your YAML language server at it, with this first line in a pack:
    # yaml-language-server: $schema=pack.schema.json

    Examples:

    \b
      coach packs schema > pack.schema.json
    """
    from .output.jsonout import print_schema
    from .trainer.starter import pack_schema

    print_schema(pack_schema())


@packs_app.command("classes")
def classes_command(
    language: Annotated[str, typer.Option("--language", "-l", help="ISO 639-1 code: en, sv, te.")]
    = "en",
    json_out: JsonOption = False,
) -> None:
    """List the word classes a keyword phrase may name in braces, such as "could see how
    {feeling}", and the words each stands for in one language.

    Examples:

    \b
      coach packs classes
      coach packs classes --language sv --json
    """
    from .lang import NUMERAL, get_language

    _check_language(language)
    classes = [{"name": name, "words": sorted(words - {NUMERAL}), "numerals": NUMERAL in words}
               for name, words in sorted(get_language(language).word_classes.items())]
    if json_out:
        from .output.jsonout import print_json

        print_json({"language": language, "classes": classes})
        return
    from .output.packs import classes_table
    from .output.terminal import console

    console().print(classes_table(classes))


@packs_app.command("add")
def add_command(
    file: Annotated[Path, typer.Argument(help="The pack YAML file to install.")],
    force: Annotated[bool, typer.Option("--force", help="Replace an installed pack with the same id.")]
    = False,
) -> None:
    """Validate a pack and copy it into your user packs folder, so practice can use it by id.

    Refuses to replace an installed pack with the same id unless --force.

    Examples:

    \b
      coach packs add retail-basics.yaml
      coach packs add retail-basics.yaml --force
    """
    from .output.trainer import pack_added
    from .trainer.install import add_pack

    pack_added(*add_pack(file, force=force))


@packs_app.command("test")
def test_command(
    pack: Annotated[str, typer.Argument(metavar="FILE|ID", help="Pack id or pack YAML file.",
                                        autocompletion=complete_pack)],
    json_out: JsonOption = False,
) -> ExitStatus:
    """Calibrate a pack: run every question's examples and compare with what you expect.

    Shows, per criterion, how many examples agreed, and each false credit (credited though
    not in `earns`) and missed credit (in `earns` but not credited), with the answer excerpt
    and the phrase that matched, or the nearest one that did not. Exit 1 on any disagreement.

    Examples:

    \b
      coach packs test my-pack.yaml
      coach packs test customer-service --json
    """
    from .packs import load_pack
    from .trainer.calibrate import calibrate

    loaded = load_pack(pack)
    i18n.for_pack(loaded.language)
    result = calibrate(loaded)
    if json_out:
        from .output.jsonout import print_json

        print_json(result)
    else:
        from .output.packs import calibration_report
        from .output.terminal import console

        console().print(calibration_report(result))
    return ExitStatus.OK if result.ok else ExitStatus.ERROR


@packs_app.command("draft")
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

    \b
      coach packs draft questions.csv --id networks-quiz -o networks-quiz.yaml
      coach packs draft my-pack.yaml --id my-pack-drafted
      coach packs draft questions.csv --id networks-quiz --graded graded.csv -o quiz.yaml
    """
    from .fileio import atomic_write, check_target, is_stdout
    from .output.trainer import drafted, drafted_text, fits_report
    from .trainer.drafting import draft
    from .trainer.fitting import MIN_GRADED
    from .trainer.reading import read_draft_input, read_graded

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
        fits_report(result.fits, samples, MIN_GRADED)
    if output is None:
        drafted_text(result.text)
        return
    atomic_write(output, result.text, what="drafted pack")
    drafted(len(items), output)
