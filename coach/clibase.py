"""The command line's one exit point, shared by every command module.

`friendly` turns CoachError into a one-line message on stderr and exit code 1, Ctrl-C into a
short note, and an unexpected error into one line asking for a report; `--debug` shows the
traceback instead (Typer is configured never to show local variables: answers are private).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])


class State:
    """Options of the root command that every command's exit point needs."""

    debug = False


def _fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"coach: {message}\n")
    return typer.Exit(code=code)


def friendly(func: F) -> F:
    """Run a command, turning user errors and Ctrl-C into messages instead of tracebacks."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .errors import CoachError

        try:
            return func(*args, **kwargs)
        except CoachError as exc:
            if State.debug:
                raise
            from .text import sanitize

            lines = sanitize(str(exc)).splitlines() or ["error"]
            for line in lines[:-1]:
                sys.stderr.write(f"coach: {line}\n")
            raise _fail(lines[-1]) from None
        except KeyboardInterrupt:
            if State.debug:
                raise
            raise _fail("interrupted", code=130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except BrokenPipeError:
            # Output piped into `head` and closed early: not an error worth a traceback.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(code=0) from None
        except Exception as exc:
            if State.debug or isinstance(exc, typer.BadParameter):
                raise
            from .text import sanitize

            raise _fail(f"internal error: {type(exc).__name__}: {sanitize(str(exc))} "
                        "(run with --debug for the traceback, and please report it)") from None

    return wrapper  # type: ignore[return-value]
