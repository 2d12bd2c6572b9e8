"""Shared fixtures: every test gets its own data folder under tmp_path, never the real home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from judgement_support import EN_PACK, SV_PACK, TE_PACK

from coach.packs import Pack, load_pack, load_pack_text
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


# The judgement tests' packs: three small ones built for the rules (tests/judgement_support.py),
# the bundled packs, and the hotel rubric of bench/data (a rubric the rules were not written on).


@pytest.fixture(scope="session")
def en_rules_pack() -> Pack:
    return load_pack_text(EN_PACK)


@pytest.fixture(scope="session")
def sv_rules_pack() -> Pack:
    return load_pack_text(SV_PACK)


@pytest.fixture(scope="session")
def te_rules_pack() -> Pack:
    return load_pack_text(TE_PACK)


@pytest.fixture(scope="session")
def en_cs() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service.yaml")


@pytest.fixture(scope="session")
def sv_cs() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service-sv.yaml")


@pytest.fixture(scope="session")
def te_cs() -> Pack:
    return load_pack(ROOT / "questions" / "customer-service-te.yaml")


@pytest.fixture(scope="session")
def hotel() -> Pack:
    return load_pack(ROOT / "bench" / "data" / "packs" / "hospitality.yaml")
