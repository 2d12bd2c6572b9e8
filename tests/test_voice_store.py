"""The delivery report of a spoken answer in the history: migration m007_deliveries, the round
trip, a damaged row, and where it is shown (history, history show, stats' pace, the exports)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.history import pace, stats
from coach.packs import load_pack
from coach.store import Delivery, Store, StoredPause, migrations

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
ANSWER = "I put myself in their shoes and help quickly."

DELIVERY = Delivery(speaking_seconds=42.5, words_per_minute=131.2, over_limit_seconds=3.25,
                    recorded_seconds=47.0, pauses=(StoredPause("shoes", 6, 4.1, 2.3),
                                                   StoredPause("quickly", 8, 30.75, 1.6)),
                    engine="pocketsphinx", heard="I put myself in their shoes and help quickly")


def record(store: Store, delivery: Delivery | None = DELIVERY, created: str | None = None) -> int:
    from coach.scoring import score_answer

    result = score_answer(load_pack(PACK), "meaning", ANSWER).to_dict()
    return store.record_attempt(session="s1", pack="practice-test", question="meaning",
                                prompt="What does good customer service mean to you?", answer=ANSWER,
                                result=result, duration=47.0, time_limit=40, delivery=delivery,
                                card=("{}", datetime.now(UTC).isoformat()), created=created, rating="Good")


def test_a_delivery_report_round_trips(isolated_home: Path) -> None:
    with Store.open() as store:
        spoken = record(store)
        typed = record(store, None)
        [first, second] = store.attempts()
        assert (first.id, first.delivery) == (spoken, DELIVERY)
        assert (second.id, second.delivery) == (typed, None)
        assert store.attempt(spoken).delivery == DELIVERY  # type: ignore[union-attr]
        assert first.summary()["delivery"]["pauses"][0] == {"after": "shoes", "word": 6, "start": 4.1,
                                                            "seconds": 2.3}
        assert second.to_dict()["delivery"] is None


def test_an_older_history_gains_the_table_and_keeps_its_rows(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS
                                                   if m[0] != "m007_deliveries"])
    with Store.open() as old:
        old_id = record(old, None)
        assert "deliveries" not in old.tables
    monkeypatch.undo()
    monkeypatch.setenv("COACH_HOME", str(isolated_home))
    with Store.open(readonly=True) as reader:  # `coach history` reads it as it is
        assert [(a.id, a.delivery) for a in reader.attempts()] == [(old_id, None)]
    with Store.open() as new:
        assert new.applied_migrations()[-1] == "m007_deliveries"
        assert [(a.id, a.delivery) for a in new.attempts()] == [(old_id, None)]
        spoken = record(new)
        assert new.attempt(spoken).delivery == DELIVERY  # type: ignore[union-attr]


def test_a_damaged_delivery_row_is_named_skipped_and_repaired(isolated_home: Path) -> None:
    with Store.open() as store:
        spoken = record(store)
        store.db.execute("UPDATE deliveries SET pauses = 'not json' WHERE attempt = ?", (spoken,))
        [attempt] = store.attempts()
        assert attempt.delivery is None and attempt.score >= 0  # the attempt still reads
        [warning] = store.take_warnings()
        assert f"the delivery report of attempt #{spoken} is damaged (pauses: expected a JSON list)" in warning
    result = CliRunner().invoke(app, ["history", "--repair"])
    assert result.exit_code == 0, result.output
    assert f"the delivery report of attempt #{spoken}: moved to the quarantine table" in result.stdout
    with Store.open() as store:
        assert [a.id for a in store.attempts()] == [spoken] and not store.take_warnings()
        assert store.db.execute("SELECT source FROM quarantine").fetchall() == [("deliveries",)]


def test_pace_per_week_is_the_median_of_spoken_answers(isolated_home: Path) -> None:
    now = datetime.now(UTC)
    week_ago = (now - timedelta(days=7)).isoformat()
    with Store.open() as store:
        record(store, replace(DELIVERY, words_per_minute=100.0), created=week_ago)
        record(store, replace(DELIVERY, words_per_minute=120.0, over_limit_seconds=0.0))
        record(store, replace(DELIVERY, words_per_minute=150.0, pauses=()))
        record(store, replace(DELIVERY, words_per_minute=200.0))
        record(store, None)  # a typed answer has no pace
        attempts = store.attempts()
    weeks = pace(attempts)
    assert [(w.attempts, w.words_per_minute, w.long_pauses, w.over_limit) for w in weeks] == [
        (1, 100.0, 2, 1), (3, 150.0, 4, 2)]
    data = stats(attempts, []).to_dict()
    assert data["pace"][-1]["words_per_minute"] == 150.0


def test_history_stats_and_exports_show_the_delivery(isolated_home: Path) -> None:
    with Store.open() as store:
        spoken = record(store)
        record(store, None)
    runner = CliRunner()
    shown = runner.invoke(app, ["history", "show", str(spoken)], env={"COLUMNS": "120"})
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.stdout.split())
    assert "Delivery: spoke 0:42 · 131 words per minute · 3.2 s over the time limit" in text
    assert "2 long pauses: after “shoes” at 0:04 (2.3 s); after “quickly” at 0:30 (1.6 s)" in text
    data = json.loads(runner.invoke(app, ["history", "show", str(spoken), "--json"]).stdout)
    assert data["delivery"]["words_per_minute"] == 131.2 and data["delivery"]["engine"] == "pocketsphinx"
    listed = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert [r["delivery"] is not None for r in listed] == [True, False]
    stats_text = runner.invoke(app, ["stats"], env={"COLUMNS": "120"}).stdout
    assert "Pace over time (spoken answers, median)" in stats_text and "131" in stats_text
    assert json.loads(runner.invoke(app, ["stats", "--json"]).stdout)["pace"][0]["attempts"] == 1
    md = runner.invoke(app, ["export", "-o", "-"]).stdout
    assert "## Pace (spoken answers)" in md
    assert ("*Spoken: 0:42 speaking, 131 words per minute, 3.2 s over the time limit, 2 long pauses: "
            "after “shoes” at 0:04 (2.3 s); after “quickly” at 0:30 (1.6 s) (heard by pocketsphinx)*") in md
    html = runner.invoke(app, ["export", "--format", "html", "-o", "-"]).stdout
    assert "<h2>Pace (spoken answers)</h2>" in html and "131 words per minute" in html


def test_typed_history_shows_no_delivery(isolated_home: Path) -> None:
    with Store.open() as store:
        typed = record(store, None)
    runner = CliRunner()
    assert "Delivery:" not in runner.invoke(app, ["history", "show", str(typed)]).stdout
    assert "Pace" not in runner.invoke(app, ["stats"]).stdout
    assert "Pace" not in runner.invoke(app, ["export", "-o", "-"]).stdout
