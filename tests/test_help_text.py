"""`--help` on a narrow screen: the example lines stay whole (never "angry-\\ncustomer")."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from coach.cli import app


def _help(*command: str, width: int) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


def _commands(*group: str) -> list[str]:
    """The commands a group's help lists (so a new command is checked too)."""
    text = _help(*group, width=200)
    listed = text.split("Commands:")[1] if "Commands:" in text else ""
    return [m.group(1) for m in re.finditer(r"^  (\S+)", listed, re.M)]


def _examples(text: str) -> list[str]:
    """The example lines of a help text, stripped."""
    if "Examples:" not in text:
        return []
    section = text.split("Examples:")[1]
    section = re.split(r"^\S", section, maxsplit=1, flags=re.M)[0]  # up to the next heading
    return [line.strip() for line in section.splitlines() if line.strip()]


def _every_command() -> list[tuple[str, ...]]:
    commands: list[tuple[str, ...]] = [()]  # `coach --help` itself
    for name in _commands():
        commands.append((name,))
        commands.extend((name, sub) for sub in _commands(name))
    return commands


def test_every_command_is_found_and_has_examples() -> None:
    commands = _every_command()
    assert {(), ("score",), ("practice",), ("history",), ("history", "show"), ("packs", "draft")} <= set(commands)
    assert all(_examples(_help(*command, width=200)) for command in commands), commands


@pytest.mark.parametrize("width", [40, 60, 80])
def test_example_lines_are_never_split(width: int) -> None:
    for command in _every_command():
        wide = _examples(_help(*command, width=200))
        narrow = _help(*command, width=width)
        lines = [line.strip() for line in narrow.splitlines()]
        for example in wide:
            assert "coach" in example.split(), (command, example)
            assert example in lines, f"coach {' '.join(command)} --help at {width} columns split:\n{example}"
