"""Reports and trainers' signals: `coach stats --pack` on an unknown pack, the length advice
that follows the pack's `min_words`, and exports that show evidence, tips and red flags."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from coach import schedule
from coach.cli import app
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"


def invoke(*args: str, **env: str) -> Any:
    return CliRunner().invoke(app, list(args), env=env or None)


def add(pack_ref: str | Path, question: str, answer: str) -> int:
    pack = load_pack(pack_ref)
    result = score_answer(pack, question, answer).to_dict()
    now = datetime.now(UTC)
    with Store.open() as store:
        card = store.card(pack.id, question)
        return store.record_attempt(session="s", pack=pack.id, question=question,
                                    prompt=pack.question(question).prompt, answer=answer,
                                    result=result, duration=30.0, time_limit=90,
                                    card=schedule.review(card.card if card else None, result["score"], now),
                                    created=now.isoformat(timespec="microseconds"))


# -- stats --pack --------------------------------------------------------------------------------


def test_stats_of_an_unknown_pack_is_an_error() -> None:
    result = invoke("stats", "--pack", "nope")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("coach: no pack 'nope' (looked in bundled, user and "
                                    "COACH_PACKS_PATH folders)")


def test_stats_of_a_misspelt_pack_suggests_the_right_one() -> None:
    add("customer-service", "angry-customer", "I listened to them.")
    result = invoke("stats", "--pack", "customer-servise")
    assert result.exit_code == 1
    assert "did you mean customer-service" in result.stderr


def test_stats_pack_takes_an_id_not_a_path() -> None:
    result = invoke("stats", "--pack", "my/pack.yaml")
    assert result.exit_code == 1
    assert result.stderr == "coach: no pack 'my/pack.yaml': --pack takes a pack id, like customer-service\n"


def test_export_of_an_unknown_pack_is_an_error_too(tmp_path: Path) -> None:
    result = invoke("export", "--pack", "nope", "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 1 and "no pack 'nope'" in result.stderr
    assert not (tmp_path / "r.md").exists()


def test_stats_of_a_known_pack_without_attempts_is_not_an_error() -> None:
    result = invoke("stats", "--pack", "customer-service-sv")
    assert result.exit_code == 0
    assert "No attempts yet" in result.stdout


def test_stats_of_a_pack_known_only_to_the_history() -> None:
    # tests/data/mini.yaml is in no pack folder: its attempts alone make the id known.
    add(MINI, "meaning", "I reply quickly and politely.")
    result = invoke("stats", "--pack", "mini", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"attempts": 1' in result.stdout
