"""Shared fixtures: every test gets its own data folder under tmp_path, never the real home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point COACH_HOME at a fresh folder and clear COACH_PACKS_PATH for every test."""
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    monkeypatch.delenv("COACH_PACKS_PATH", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    # The screen language follows LANGUAGE/LC_*/LANG (coach/i18n.py): tests read English unless
    # they choose otherwise, whatever the machine's locale.
    monkeypatch.setenv("LANGUAGE", "en")
    return home


@pytest.fixture
def mini_pack_text() -> str:
    """A small valid pack, for tests that need one independent of the bundled packs."""
    return (ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8")


@pytest.fixture
def store(isolated_home: Path) -> Iterator[Store]:
    """An open history in the test's own data folder."""
    with Store.open() as opened:
        yield opened
