"""The trainer's commands in plain text: `packs validate` problem lines and the notes of
`packs list`, `new`, `add` and `draft`. No Rich here, so these commands start quickly."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.errors import Problem
from coach.i18n import _, ngettext, number
from coach.text import sanitize

from .coretext import core_text, problem_text
from .messages import message

if TYPE_CHECKING:
    from coach.packs import Pack
    from coach.trainer.fitting import Fit
    from coach.trainer.install import PackEntry
    from coach.trainer.reading import GradedAnswer


@dataclass
class FileCheck:
    """`packs validate` of one file: its problems (located), or the one message of a file
    that could not be read at all (`failure`), and its warnings."""

    file: str
    pack: str | None = None
    errors: list[Problem] = field(default_factory=list)
    failure: str | None = None
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error (warnings allowed)."""
        return not self.errors and self.failure is None

    def error_count(self) -> int:
        """Errors, the unlocated failure counting as one."""
        return len(self.errors) + (self.failure is not None)

    def to_dict(self) -> dict[str, Any]:
        """The shape `packs validate --json` prints (an unlocated failure has no line)."""
        errors = [asdict(p) for p in self.errors]
        if self.failure is not None:
            errors.append({"file": self.file, "line": None, "column": None, "path": "",
                           "message": _strip_file(self.failure, self.file)})
        data: dict[str, Any] = {"file": self.file, "ok": self.ok, "errors": errors,
                                "warnings": [asdict(p) for p in self.warnings]}
        if self.pack is not None:
            data["pack"] = self.pack
        return data


def _strip_file(message: str, file: str) -> str:
    return message[len(file) + 2:] if message.startswith(file + ": ") else message


def _problem_line(problem: Problem, kind: str = "") -> str:
    return sanitize(problem_text(problem, kind))


def write_checks(checks: Sequence[FileCheck]) -> None:
    """Every error, then every warning, of each file, one per line on stdout (they are the
    command's result), as FILE:LINE:COLUMN: field.path: message."""
    out = sys.stdout
    for check in checks:
        for problem in check.errors:
            out.write(_problem_line(problem) + "\n")
        if check.failure is not None:
            out.write(sanitize(f"{check.file}: {_strip_file(core_text(check.failure), check.file)}") + "\n")
        for problem in check.warnings:
            out.write(_problem_line(problem, _("warning: ")) + "\n")
    out.flush()


def checks_summary(checks: Sequence[FileCheck]) -> None:
    """The summary line of `packs validate` on stderr."""
    errors = sum(c.error_count() for c in checks)
    warnings = sum(len(c.warnings) for c in checks)
    bad = sum(1 for c in checks if not c.ok)
    # The files checked are counted, so a clean file reads "0 errors in 1 file"; how many of
    # them hold the errors is said when that is not all or none of them.
    which = " " + _("({count} with errors)").format(count=bad) if 0 < bad < len(checks) else ""
    message(_("{errors} in {files}{which}, {warnings}").format(
        errors=ngettext("{count} error", "{count} errors", errors).format(count=errors),
        files=ngettext("{count} file", "{count} files", len(checks)).format(count=len(checks)), which=which,
        warnings=ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings)))


def list_notes(entries: Sequence[PackEntry]) -> None:
    """After `packs list`: how many files could not be loaded, read, or were left out."""
    broken = sum(1 for e in entries if e.status == "broken")
    if broken:
        message(ngettext("{count} pack file could not be loaded; run `coach packs validate FILE` for every "
                         "problem", "{count} pack files could not be loaded; run `coach packs validate FILE` "
                         "for every problem", broken).format(count=broken))
    unreadable = sum(1 for e in entries if e.status == "unreadable")
    if unreadable:
        message(ngettext("{count} pack folder could not be read; check its permissions",
                         "{count} pack folders could not be read; check their permissions",
                         unreadable).format(count=unreadable))
    skipped = sum(1 for e in entries if e.status == "skipped")
    if skipped:
        message(ngettext("{count} *.yaml entry left out: not a regular file",
                         "{count} *.yaml entries left out: not a regular file", skipped).format(
            count=skipped))


def pack_text(text: str) -> None:
    """A pack's YAML on stdout, exactly as it would be written to a file (`-o -`)."""
    sys.stdout.write(text)


def written(target: Path) -> None:
    """A file a command wrote: its name on stdout, so a script can pick it up."""
    sys.stdout.write(f"{target}\n")


def starter_written(target: Path) -> None:
    """After `packs new`: what to do next."""
    message(_("wrote a starter pack; next: edit it, then `coach packs validate {path}` and "
              "`coach packs test {path}`").format(path=target))


def pack_added(pack: Pack, target: Path, replaced: Path | None) -> None:
    """After `packs add`: the file it replaced (stderr), and what was installed where (stdout)."""
    if replaced is not None:
        message(_("replaced {path}").format(path=replaced))
    count = len(pack.questions)
    sys.stdout.write(ngettext("added pack {id!r} ({count} question) to {path}",
                              "added pack {id!r} ({count} questions) to {path}", count).format(
        id=pack.id, count=count, path=target) + "\n")


def drafted_text(text: str) -> None:
    """A drafted pack on stdout: shown, so sanitised like all display text (a bidi override
    in a title stays out of the terminal); a file written with -o keeps the text exactly."""
    sys.stdout.write(sanitize(text))


def drafted(count: int, output: Path) -> None:
    """After `packs draft -o FILE`: what was written and what to do next."""
    message(ngettext("drafted {count} question into {path}; review the keywords, then "
                     "`coach packs validate {path}`", "drafted {count} questions into {path}; review the "
                     "keywords, then `coach packs validate {path}`", count).format(count=count, path=output))


def fits_report(fits: list[Fit], samples: dict[str, list[GradedAnswer]], minimum: int) -> None:
    """One line on stderr: how many questions' `require` the graded answers fitted, and how
    much closer the scores came to the grader's."""
    fitted = {fit.question for fit in fits}
    skipped = [qid for qid in samples if qid not in fitted]
    if fits:
        answers = sum(fit.answers for fit in fits)
        before = sum(fit.error_before * fit.answers for fit in fits) / answers
        after = sum(fit.error_after * fit.answers for fit in fits) / answers
        line = ngettext("fitted `require` of {count} question to {answers} graded answers (typical gap to "
                        "your scores {before} -> {after} on a 0-1 scale)", "fitted `require` of {count} "
                        "questions to {answers} graded answers (typical gap to your scores {before} -> "
                        "{after} on a 0-1 scale)", len(fits)).format(
            count=len(fits), answers=answers, before=number(before, 2), after=number(after, 2))
    else:
        line = _("no question has enough graded answers to fit `require`")
    if skipped:
        line += "; " + _("kept the drafted `require` of {questions} (fewer than {minimum} graded "
                         "answers)").format(
            questions=", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else ""), minimum=minimum)
    message(line)
