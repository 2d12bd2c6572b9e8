"""What every command module shares: the exit statuses and the options of one run (from
coach.cli_main), and the command line's help and usage errors in the screen language.

Errors are not handled here: they propagate to the one exit point (coach.cli_main.main, and
coach.cli.run_command, which shows usage errors with `show_usage_error`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer

# Defined in cli_main (the exit point imports no Typer), re-exported for the command modules.
from .cli_main import ExitStatus as ExitStatus
from .cli_main import Options as Options
from .i18n import N_, _

# -- help and usage errors in the screen language ----------------------------------------------
# Typer builds the Click commands (and their help) before the command line is parsed, and its
# Click copy writes "Usage:", "Options" and its error messages in English without gettext. So
# the language is chosen first (coach.i18n.requested: --lang, else the environment), then
# `localise` translates each command's help on the built tree, and help is rendered through a
# formatter that translates Click's own words; usage errors are laid out here (show_usage_error).

# Typer's and Click's own words on a help screen (their catalogue is ours).
TYPER_WORDS = (N_("Usage: "), N_("Options"), N_("Arguments"), N_("Commands"), N_("required"),
               N_("default: {default}"), N_("env var: {var}"), N_("(dynamic)"))
_EXTRAS = re.compile(r"(?:(?P<help>.*?)  )?\[(?P<extras>[^\[\]]*)\]", re.DOTALL)


def _described(text: str) -> str:
    """An option's help in the screen language, with Typer's "[default: x; required]" after it."""
    found = _EXTRAS.fullmatch(text)
    if found is None:
        return _(text) if text else text
    extras = []
    for item in found["extras"].split("; "):
        name, colon, value = item.partition(": ")
        if item == "required":
            item = _("required")
        elif colon and name == "default":
            item = _("default: {default}").format(default=_(value) if value == "(dynamic)" else value)
        elif colon and name == "env var":
            item = _("env var: {var}").format(var=value)
        extras.append(item)
    body = found["help"]
    return (f"{_(body)}  " if body else "") + f"[{'; '.join(extras)}]"


class TranslatedFormatter(typer.Context.formatter_class):  # type: ignore[misc, name-defined, valid-type]
    """Click's help formatter, writing its headings, "Usage:" and each description in the
    screen language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _("Usage: ") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_(heading))

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _described(text)) for term, text in rows], *args, **kwargs)


class TranslatedContext(typer.Context):
    """The context of every coach command: its help goes through TranslatedFormatter."""

    formatter_class = TranslatedFormatter


def localise(command: Any) -> Any:
    """A built Click command (and its subcommands) speaking the screen language: its help and
    epilog translated (the list of commands cuts its short help from the translated help) and
    its help rendered by TranslatedFormatter. Lazily loaded commands are localised on loading."""
    command.context_class = TranslatedContext
    for name in ("help", "short_help", "epilog"):
        text = getattr(command, name, None)
        if text:
            setattr(command, name, _(text))
    for sub in getattr(command, "commands", {}).values():
        localise(sub)
    return command


def help_texts(app: typer.Typer) -> list[str]:
    """Every text the command line's help shows, as Click holds it (the catalogue's msgids):
    each command's help, short help and epilog, and each option's and argument's help."""
    found: list[str] = []

    def walk(command: Any) -> None:
        ctx = typer.Context(command)
        params = [*command.params, command.get_help_option(ctx)]
        for text in (command.help, command.short_help, command.epilog,
                     *(getattr(p, "help", None) for p in params if p is not None)):
            if text:
                found.append(text)
        if hasattr(command, "list_commands"):
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name))

    walk(typer.main.get_command(app))
    return list(dict.fromkeys(found))


def show_usage_error(exc: Exception) -> None:
    """A usage error the way Click shows it (usage, "Try … for help.", "Error: …" on stderr),
    in the screen language: Click's message is matched against coach.output.coretext's templates."""
    from .output.coretext import core_text

    if type(exc).__name__ == "NoArgsIsHelpError":  # a group run bare: its "error" is its help
        exc.show()  # type: ignore[attr-defined]
        return
    ctx = getattr(exc, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(_("Try '{command} {option}' for help.").format(
                command=ctx.command_path, option=ctx.help_option_names[0]))
        lines.append("")
    format_message = getattr(exc, "format_message", None)
    text = str(format_message()) if callable(format_message) else str(exc)
    lines.append(_("Error: {message}").format(message=core_text(text)))
    typer.echo("\n".join(lines), err=True)
