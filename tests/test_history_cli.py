"""`coach history`, `coach history show`, `coach stats` and `coach export`: shapes and files."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach import schedule
from coach.cli import app
from coach.history import SinceError, parse_since, streaks
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
NOW = datetime.now(UTC)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def add(store: Store, question: str, answer: str, days_ago: float = 0, session: str = "s") -> int:
    pack = load_pack(PACK)
    result = score_answer(pack, question, answer).to_dict()
    when = NOW - timedelta(days=days_ago)
    card = store.card(pack.id, question)
    new_card = schedule.review(card.card if card else None, result["score"], when)
    return store.record_attempt(session=session, pack=pack.id, question=question,
                                prompt=pack.question(question).prompt, answer=answer, result=result,
                                duration=30.0, time_limit=90, card=new_card,
                                created=when.isoformat(timespec="microseconds"))


@pytest.fixture
def history(isolated_home: Path) -> dict[str, int]:
    with Store.open() as store:
        return {
            "old": add(store, "meaning", "I stay polite.", days_ago=40),
            "mid": add(store, "meaning", "I help quickly and stay polite.", days_ago=2),
            "new": add(store, "meaning", "I put myself in their shoes and help quickly.", days_ago=1),
            "queue": add(store, "queue", "I <b>follow up</b> quickly.", days_ago=0),
        }


def test_history_json_lists_attempts_oldest_first(history: dict[str, int]) -> None:
    result = invoke("history", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [history["old"], history["mid"], history["new"], history["queue"]]
    assert set(rows[0]) == {"id", "created", "session", "pack", "question", "prompt", "score", "words",
                            "duration", "time_limit", "earned", "missed", "rating", "override", "delivery"}
    assert rows[1]["earned"] == ["timeliness", "respect"] and rows[1]["missed"] == ["empathy"]
    assert rows[1]["score"] == 67


def test_history_filters(history: dict[str, int]) -> None:
    ids = lambda *a: [r["id"] for r in json.loads(invoke("history", "--json", *a).stdout)]  # noqa: E731
    assert ids("--question", "queue") == [history["queue"]]
    assert ids("--pack", "other") == []
    assert ids("--since", "7d") == [history["mid"], history["new"], history["queue"]]
    assert ids("--since", (NOW - timedelta(days=3)).strftime("%Y-%m-%d")) == [
        history["mid"], history["new"], history["queue"]]
    assert ids("--limit", "1") == [history["queue"]]


def test_history_table_and_empty_history(isolated_home: Path) -> None:
    result = invoke("history")
    assert result.exit_code == 0 and "no attempts yet" in result.stderr
    assert json.loads(invoke("history", "--json").stdout) == []
    assert not isolated_home.exists()  # reading creates nothing


def test_history_table(history: dict[str, int]) -> None:
    result = invoke("history")
    assert result.exit_code == 0
    assert "queue" in result.stdout and "meaning" in result.stdout and "67" in result.stdout


def test_bad_since_is_a_usage_error(history: dict[str, int]) -> None:
    result = invoke("history", "--since", "last tuesday")
    assert result.exit_code == 2 and "expected a date like 2026-01-31" in result.output
    with pytest.raises(SinceError):
        parse_since("soon")


def test_parse_since_periods() -> None:
    now = datetime(2026, 3, 10, tzinfo=UTC)
    assert parse_since("7d", now).startswith("2026-03-03")
    assert parse_since("2w", now).startswith("2026-02-24")
    assert parse_since("2026-01-31T09:00+00:00", now).startswith("2026-01-31T09:00")


def test_history_show_json_has_the_report_timeline_and_changes(history: dict[str, int]) -> None:
    result = invoke("history", "show", str(history["new"]), "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["answer"] == "I put myself in their shoes and help quickly."
    assert data["result"]["score"] == data["score"] == 67
    assert [t["id"] for t in data["timeline"]] == [history["old"], history["mid"], history["new"]]
    assert [t["score"] for t in data["timeline"]] == [33, 67, 67]
    assert data["timeline"][0]["change"] is None and data["timeline"][1]["change"] == 34
    assert data["timeline"][1]["gained"] == ["timeliness"]
    assert data["changes"] == {"gained": ["empathy"], "lost": ["respect"]}


def test_history_show_text_repeats_the_report(history: dict[str, int]) -> None:
    result = invoke("history", "show", str(history["mid"]))
    assert result.exit_code == 0
    out = result.stdout
    assert f"Attempt #{history['mid']}" in out and "67/100" in out and "To improve" in out
    assert "This question over time" in out and "Gained" in out


def test_history_show_unknown_id() -> None:
    result = invoke("history", "show", "42")
    assert result.exit_code == 1 and "no attempt #42" in result.stderr
    assert invoke("history", "show", "abc").exit_code == 2


def test_stats_json_shape(history: dict[str, int]) -> None:
    result = invoke("stats", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"pack", "attempts", "questions", "average", "best", "recent_attempts",
                         "recent_average", "criteria", "weakest", "daily", "scores", "due", "streak", "pace"}
    assert data["attempts"] == 4 and data["questions"] == 2 and data["best"] == 67
    assert data["recent_attempts"] == 3
    by_id = {c["id"]: c for c in data["criteria"]}
    assert by_id["respect"]["seen"] == 4 and by_id["respect"]["earned"] == 2
    assert by_id["empathy"] == {**by_id["empathy"], "seen": 3, "earned": 1, "rate": 0.333,
                                "recent_seen": 2, "recent_earned": 1, "recent_rate": 0.5}
    # Weakest by the last 30 days: respect 1/3, empathy 1/2, timeliness 3/3 is not weak at all.
    assert [w["id"] for w in data["weakest"]] == ["respect", "empathy"]
    assert all(w["tip"] for w in data["weakest"])
    assert sum(d["attempts"] for d in data["daily"]) == 4 and len(data["daily"]) >= 3
    assert [s["score"] for s in data["scores"]] == [33, 67, 67, 67]
    # "meaning" was last reviewed a day ago as Hard (a learning step of minutes): due now.
    # "queue" was reviewed just now: not due yet.
    assert [(d["pack"], d["question"]) for d in data["due"]] == [("practice-test", "meaning")]
    assert data["streak"]["current"] >= 2 and data["streak"]["longest"] >= 2
    assert invoke("stats", "--pack", "customer-service-sv", "--json").stdout.count('"attempts": 0') == 1


def test_stats_text_has_the_chart_and_due_questions(history: dict[str, int]) -> None:
    result = invoke("stats")
    assert result.exit_code == 0
    out = result.stdout
    assert "Score over time" in out and "█" in out and "Every attempt:" in out
    assert "Weakest criteria" in out and ("Due for review" in out or "Nothing due" in out)


def test_stats_with_no_history(isolated_home: Path) -> None:
    result = invoke("stats")
    assert result.exit_code == 0 and "No attempts yet" in result.stdout
    assert json.loads(invoke("stats", "--json").stdout)["attempts"] == 0


def test_streaks() -> None:
    today = datetime(2026, 3, 10).date()
    days = {today - timedelta(days=d) for d in (1, 2, 3, 7, 8)}
    assert streaks(days, today) == {"current": 3, "longest": 3}
    assert streaks(days | {today}, today)["current"] == 4
    assert streaks({today - timedelta(days=5)}, today) == {"current": 0, "longest": 1}


def test_export_markdown_file(history: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    result = invoke("export", "--output", str(target))
    assert result.exit_code == 0 and str(target) in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Interview practice report")
    assert f"#{history['mid']} · meaning · 67/100" in text
    assert f"#{history['old']} " not in text  # older than the default 30 days
    assert "| Empathy |" in text and "## To work on" in text and "> I help quickly and stay polite." in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.md", "coach-home"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["coach-home", "report.md"]


def test_export_html_file_escapes_answers(history: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = invoke("export", "--format", "html", "--since", "1y", "-o", str(target))
    assert result.exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "&lt;b&gt;follow up&lt;/b&gt;" in page and "<b>follow up" not in page
    assert f"#{history['old']} " in page and 'class="earned"' in page and "<script" not in page


def test_export_default_name_and_stdout(history: dict[str, int], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export")
    assert result.exit_code == 0
    written = list(tmp_path.glob("coach-report-*.md"))
    assert len(written) == 1 and not list(tmp_path.glob(".*.tmp"))
    result = invoke("export", "-o", "-", "--format", "markdown")
    assert result.stdout.startswith("# Interview practice report")


def test_export_replaces_a_file_atomically_and_reports_unwritable_targets(
        history: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report")
    refused = invoke("export", "-o", str(target))
    assert refused.exit_code == 1 and refused.stderr == (
        f"coach: {target}: already exists; use --force to overwrite it or -o to pick another name\n")
    assert target.read_text() == "old report"
    assert invoke("export", "-o", str(target), "--force").exit_code == 0
    assert target.read_text().startswith("# Interview")
    result = invoke("export", "-o", str(tmp_path / "missing-folder" / "r.md"))
    assert result.exit_code == 1 and "cannot write the report" in result.stderr
