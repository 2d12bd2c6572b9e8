"""The command line: parses options, calls the core, hands results to coach.output. Thin on purpose.

Every run starts and ends in coach.cli_main.main, the one exit point (re-exported here);
`run_command` below runs a command line through Typer and maps Typer's own exits and usage
errors to exit statuses. A plain `coach score` or `coach grade` line never comes here
(cli_main.quick_command).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar

import typer
from typer.core import TyperGroup

from . import __version__, i18n
from .cli_complete import complete_pack, complete_question
from .cli_main import DEFAULT_PACK, ExitStatus, Options, grade_command, main, score_command
from .clibase import localise, show_usage_error


class LazyGroup(TyperGroup):
    """The root command group: command modules are imported only when their command runs,
    so `coach --version` and `coach score` do not pay for practice or trainer tools."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "practice": ("cli_practice", "practice_app"),
        "history": ("cli_history", "history_app"),
        "stats": ("cli_history", "stats_app"),
        "export": ("cli_history", "export_app"),
        "packs": ("cli_packs", "packs_app"),
        "questions": ("cli_questions", "questions_app"),
    }

    def list_commands(self, ctx: Any) -> list[str]:
        """Eager commands first, then the lazily loaded ones."""
        return [*super().list_commands(ctx), *self.lazy]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """A command by name, importing its module only now if it is a lazy one."""
        if cmd_name not in self.lazy:
            return super().get_command(ctx, cmd_name)
        import importlib

        module, attribute = self.lazy[cmd_name]
        sub_app = getattr(importlib.import_module(f".{module}", __package__), attribute)
        command = localise(typer.main.get_command(sub_app))
        command.name = cmd_name
        return command

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        """Every run, from the console script or a test's CliRunner, goes through `main` below
        (Typer's own main would turn Ctrl-C and a closed pipe into exits before we see them)."""
        main(args, prog_name=prog_name or "coach", command=self)

app = typer.Typer(
    name="coach",
    cls=LazyGroup,
    # No help= here: the callback's docstring (with its examples) is the help of `coach`.
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"coach {__version__}\n")
        raise typer.Exit()


def _lang(value: str | None) -> str | None:
    """--lang: the screen language for this command (see coach/i18n.py for the precedence)."""
    if value is None:
        return None
    if i18n.normalise(value) not in i18n.available():
        raise typer.BadParameter(i18n._("no screen language {code!r}; choose one of: {codes}").format(
            code=value, codes=", ".join(i18n.available())))
    i18n.start(value)
    return value


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    lang: Annotated[str | None, typer.Option(
        "--lang", callback=_lang, is_eager=True, metavar="CODE",
        help="Screen language (en, sv, te); default: the pack's language on a pack's screens, else "
             "LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else English. JSON stays English.")] = None,
) -> None:
    """Rehearse interview answers and get feedback on each one (bare `coach` starts practice).

    Examples:

    \b
      coach
      coach practice --pack customer-service --mode review
      coach score --question good-service-meaning "I always put myself in their shoes…"
      coach grade answers.yaml --format json
    """
    if isinstance(ctx.obj, Options):  # the exit point reads it if the command fails
        ctx.obj.debug = debug
    if ctx.invoked_subcommand is None:  # bare `coach` rehearses, with every option at its default
        from .cli_practice import practice

        practice()


def single_app(func: Callable[..., Any], name: str) -> typer.Typer:
    """A one-command Typer app, so the root group can load a command's module only when it runs."""
    single = typer.Typer(rich_markup_mode=None, pretty_exceptions_show_locals=False, add_completion=False,
                         context_settings={"help_option_names": ["-h", "--help"]})
    single.command(name)(func)
    return single


PackOption = Annotated[str, typer.Option("--pack", "-p", help="Pack id or path to a pack YAML file.",
                                         autocompletion=complete_pack)]


@app.command()
def score(
    question: Annotated[str, typer.Option("--question", "-q", help="Question id in the pack.",
                                          autocompletion=complete_question)],
    text: Annotated[str | None, typer.Argument(help="The answer (or use --file, or stdin).",
                                                show_default=False)] = None,
    pack: PackOption = DEFAULT_PACK,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the answer from a file.")]
    = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    explain: Annotated[bool, typer.Option("--explain",
                                          help="Show every keyword phrase's best match.")] = False,
) -> None:
    """Score one answer to one question and show what it earned and missed.

    Examples:

    \b
      coach score -q good-service-meaning "Good service means putting myself in their shoes."
      coach score -q angry-customer --file my-answer.txt --json
      echo "I follow up a week later" | coach score -q problem-stays-fixed --explain
    """
    # The same function runs a plain `coach score` line without Typer (cli_main.quick_command).
    score_command(question, text, pack, file, json_out, explain)


class GradeFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


@app.command("grade")
def grade_cmd(
    file: Annotated[Path, typer.Argument(help="Answers: YAML (like answers.yaml), .jsonl or .csv.")],
    pack: Annotated[str | None, typer.Option("--pack", "-p", autocompletion=complete_pack,
                                             help="Default pack for rows that name none.")] = None,
    output_format: Annotated[GradeFormat, typer.Option("--format", help="Output format.")]
    = GradeFormat.table,
    min_score: Annotated[int | None, typer.Option("--min-score", min=0, max=100,
                                                  help="Exit 1 if any answer scores below N "
                                                       "or cannot be graded.")]
    = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, max=64,
                                             help="Worker processes (default: one per CPU).")]
    = None,
    allow_pack_paths: Annotated[bool, typer.Option(
        "--allow-pack-paths", help="Let rows name pack files, not only pack ids.")] = False,
) -> ExitStatus:
    """Grade every answer in a file (YAML, JSON Lines or CSV) against its pack.

    A row that names an unknown question or pack is reported as an error row; the rest are
    still graded. Rows name packs by id; a row naming a pack file is an error row unless it
    is the --pack file or --allow-pack-paths is given (the answers file decides which files
    coach reads only when you allow it).

    Examples:

    \b
      coach grade answers.yaml
      coach grade answers.jsonl --format json --jobs 2 > results.json
      coach grade answers.csv --pack customer-service --min-score 60
    """
    # The same function runs a plain `coach grade` line without Typer (cli_main.quick_command).
    return grade_command(file, pack, output_format.value, min_score, jobs, allow_pack_paths)


def _typer_errors() -> type[Exception]:
    """Typer's own errors (usage errors, exit 2): `typer.TyperException` from Typer 0.28, and
    before it the ClickException of the Click copy Typer carries (typer.BadParameter's base),
    so every Typer the dependency range allows is handled without naming a private module."""
    found = getattr(typer, "TyperException", None)
    if isinstance(found, type) and issubclass(found, Exception):
        return found
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def run_command(command: Any, args: list[str], prog_name: str, options: Options) -> int:
    """Run one command line through Typer (`command`: the root group, or None for `app`'s), with
    Typer's own exits and usage errors mapped to exit statuses; everything else propagates to
    the exit point, coach.cli_main.main."""
    try:
        return _run(localise(command or typer.main.get_command(app)), args, prog_name, options)
    except typer.Exit as exc:  # --help, --version, and Typer's own exits
        return exc.exit_code
    except _typer_errors() as exc:  # usage errors (exit 2), laid out as Typer does, translated
        show_usage_error(exc)
        return int(getattr(exc, "exit_code", ExitStatus.USAGE))
    except typer.Abort:
        from .output.messages import message

        message(i18n._("aborted"))
        return ExitStatus.ERROR


def _run(command: Any, args: list[str], prog_name: str, options: Options) -> int:
    """Parse and run one command line (what Typer's main does, minus its error handling)."""
    command._main_shell_completion({}, prog_name, None)  # exits when the shell asks to complete
    with command.make_context(prog_name, args, obj=options) as ctx:
        result = command.invoke(ctx)
    return result if isinstance(result, ExitStatus) else ExitStatus.OK
