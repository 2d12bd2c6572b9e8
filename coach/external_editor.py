"""`coach practice --editor`: each answer is written in the person's own editor ($VISUAL, else
$EDITOR), as git and jrnl do: a temporary file in a private folder (0700, the file 0600),
removed afterwards. Everything from the scissors line down is instructions, not answer.
"""

from __future__ import annotations

import os
import shlex
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from .errors import CoachError
from .practice_events import Answer, AnswerNotSent, Asked, Choice, Rate, Scored

SCISSORS = "# ------------------------ >8 ------------------------"
READ_LIMIT = 50 * 1024 * 1024  # as `coach score` reads stdin: far more than is ever scored
ANSWER_FILE = "answer.txt"


def editor_command(environ: Mapping[str, str] | None = None) -> tuple[list[str], str]:
    """The editor to run, split like a shell would ("code --wait"), and the variable it came
    from: $VISUAL first, then $EDITOR. Raises CoachError when neither is set."""
    environ = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if not value:
            continue
        try:
            command = shlex.split(value)
        except ValueError as exc:
            raise CoachError(f"${name} ({value!r}) cannot be read as a command ({exc}); set it to "
                             "your editor's command, for example `export EDITOR=nano`") from None
        if command:
            return command, name
    raise CoachError("--editor needs your editor's command in $VISUAL or $EDITOR (for example "
                     "`export EDITOR=nano`, or `export VISUAL='code --wait'`)")


def template(asked: Asked) -> str:
    """The file the editor opens: the answer so far, then the question below the scissors."""
    lines = [asked.prefill.rstrip("\n"), "", SCISSORS,
             "# Do not change or remove the line above: everything below it is ignored.",
             f"# Question {asked.index} of {asked.total} ({asked.pack_title}):"]
    lines += [f"#   {line}" for line in asked.question.prompt.splitlines()]
    if asked.draft_saved is not None and asked.prefill:
        lines.append("# Above the line is the draft you kept last time: edit it, or delete it.")
    lines += ["# Write your answer above the line, save, and close the editor to submit it.",
              "# Leave it empty to skip the question."]
    return "\n".join(lines) + "\n"


def answer_text(written: str, asked: Asked) -> str:
    """The answer in a saved file: everything above the scissors line (or, if that line was
    removed, without the instruction lines this module wrote)."""
    lines = written.splitlines()
    if SCISSORS in lines:
        lines = lines[:lines.index(SCISSORS)]
    else:
        ours = set(template(asked).splitlines()[2:])
        lines = [line for line in lines if line not in ours]
    return "\n".join(lines).strip()


def _run(command: list[str], path: Path) -> int:
    """Run the editor on path and wait. Ctrl-C goes to the editor, never ends coach while it
    runs (as git does): the editor decides what Ctrl-C means."""
    import signal
    import subprocess

    process = subprocess.Popen([*command, str(path)])
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to ignore
        return process.wait()
    try:
        return process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)


class ExternalEditorResponder:
    """Answers written in the person's editor; after each report the choice is asked in the
    terminal (when there is one), else the session goes on."""

    offers_drafts = True  # the session offers kept drafts back, and keeps unsent ones

    def __init__(self, command: list[str], variable: str, *, interactive: bool) -> None:
        self.command = command
        self.variable = variable
        self.interactive = interactive

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """Open the editor on a private temporary file and read the answer back.

        Raises AnswerNotSent (the session keeps the text as a draft) when the editor cannot
        start or exits with an error.
        """
        import tempfile

        from .output.messages import message
        from .text import repair

        name = " ".join(self.command)
        if asked.draft_saved is not None and asked.prefill:
            from .editor import recovered_note

            message(recovered_note(asked.draft_saved))
        message(f"writing the answer in {name} (${self.variable}); save and close it to submit")
        sys.stderr.flush()
        start = time.monotonic()
        # mkdtemp makes the folder 0700; the file is created 0600 and never existed before.
        with tempfile.TemporaryDirectory(prefix="coach-answer-") as folder:
            path = Path(folder) / ANSWER_FILE
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(template(asked))
            try:
                status = _run(self.command, path)
            except OSError as exc:
                raise AnswerNotSent(f"cannot run your editor {name!r} (from ${self.variable}): "
                                    f"{exc.strerror or exc}") from None
            with path.open("rb") as handle:
                raw = handle.read(READ_LIMIT)
        text = answer_text(repair(raw.decode("utf-8", errors="replace")).replace("\x00", "\ufffd"), asked)
        if status != 0:  # the session keeps the text as a draft and says so
            empty = "" if text.strip() else " (nothing was written)"
            raise AnswerNotSent(f"your editor {name!r} (from ${self.variable}) exited with status {status}; "
                                f"the answer was not sent{empty}", draft=text)
        return Answer(text, duration=round(time.monotonic() - start, 1))

    def choose(self, scored: Scored) -> Choice | Rate:
        """In a terminal, ask next/retry/model/quit or a rating (1-4); otherwise go on to the
        next question."""
        if not self.interactive:
            return "next"
        from .editor import choose

        return choose(scored)
