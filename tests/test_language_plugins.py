"""Languages as plugins: a package registers a language in the `coach.languages` entry-point
group and packs may use it; the bundled languages are registered there too and cannot be
replaced; a broken plugin is a clear error; nothing is scanned at import."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
import types
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import coach.lang as lang_module
from coach.cli import app
from coach.errors import CoachError
from coach.lang import ENTRY_POINTS, get_language, language_problem, supported
from coach.packs import load_pack_text
from coach.scoring import score_answer

ROOT = Path(__file__).resolve().parent.parent

PACK = """\
pack: plugin-pack
title: Plugin
language: xx
criteria:
  empathy:
    label: Empathy
    keywords: [empathy]
questions:
  - id: q
    prompt: What do you do?
"""


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Lookups see the patched entry points, and later tests the real ones again."""
    lang_module._registry.cache_clear()
    get_language.cache_clear()
    yield
    lang_module._registry.cache_clear()
    get_language.cache_clear()


def _register(monkeypatch: pytest.MonkeyPatch, **languages: object) -> None:
    """Install a fake package whose entry points register `languages` (code -> object)."""
    module = types.ModuleType("coach_test_plugin")
    points = []
    for code, value in languages.items():
        setattr(module, f"LANGUAGE_{code}", value)
        points.append(importlib.metadata.EntryPoint(code, f"coach_test_plugin:LANGUAGE_{code}",
                                                    ENTRY_POINTS))
    monkeypatch.setitem(sys.modules, "coach_test_plugin", module)
    real = importlib.metadata.entry_points

    def entry_points(**params: str) -> object:
        return points if params.get("group") == ENTRY_POINTS else real(**params)

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    lang_module._registry.cache_clear()  # scanned again on the next lookup
    get_language.cache_clear()


def test_a_language_another_package_registers_is_found_and_used(
        monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> None:
    testish = replace(get_language("en"), code="xx", name="Testish", starter={})
    _register(monkeypatch, xx=testish)
    assert get_language("xx") is testish
    assert supported() == ["en", "sv", "te", "xx"]
    assert language_problem("xx") is None
    pack = load_pack_text(PACK, "plugin.yaml")  # validation accepts the plugin's code
    assert [c.earned for c in score_answer(pack, "q", "I show empathy.").criteria] == [True]
    result = CliRunner().invoke(app, ["packs", "new", "plugin-pack", "--language", "xx", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "# Testish; supported: en, sv, te, xx" in result.stdout
    assert "(Replace the English placeholders" in result.stdout  # the plugin gives no starter text
    assert load_pack_text(result.stdout, "new.yaml").language == "xx"


def test_without_the_plugin_the_language_is_unknown(fresh_registry: None) -> None:
    assert "xx" not in supported()
    assert language_problem("xx") == "language 'xx' is not supported yet (supported: en, sv, te)"
    with pytest.raises(KeyError):
        get_language("xx")


def test_a_plugin_cannot_replace_a_bundled_language(monkeypatch: pytest.MonkeyPatch,
                                                    fresh_registry: None) -> None:
    english = get_language("en")
    _register(monkeypatch, en=replace(english, name="Not English"))
    assert get_language("en").name == "English"


def test_a_broken_plugin_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                          fresh_registry: None) -> None:
    _register(monkeypatch, xx="not a language", yy=replace(get_language("en"), code="zz"))
    with pytest.raises(CoachError, match=r"language 'xx' \(entry point group 'coach.languages'\) "
                                         r"is not a coach.lang.Language with code 'xx'"):
        get_language("xx")
    with pytest.raises(CoachError, match=r"is not a coach\.lang\.Language with code 'yy'"):
        get_language("yy")
    points = [importlib.metadata.EntryPoint("ww", "coach_no_such_module:LANGUAGE", ENTRY_POINTS)]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **params: points)
    lang_module._registry.cache_clear()
    with pytest.raises(CoachError, match=r"language 'ww' .* failed to load: No module named"):
        get_language("ww")


def test_the_bundled_languages_are_registered_as_entry_points(fresh_registry: None) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = declared["project"]["entry-points"][ENTRY_POINTS]
    assert sorted(points) == ["en", "sv", "te"]
    for code, value in points.items():
        assert importlib.metadata.EntryPoint(code, value, ENTRY_POINTS).load() is get_language(code)
    # The installed metadata says the same (unless the install predates the entry points).
    installed = {p.name: p.value for p in importlib.metadata.entry_points(group=ENTRY_POINTS)
                 if p.value.startswith("coach.")}
    assert installed in ({}, points)


def test_importing_coach_scans_no_entry_points() -> None:
    code = ("import coach.cli, coach.packs, coach.lang; "
            "assert coach.lang._registry.cache_info().misses == 0; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr
