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
    assert "Inga försök än" in result.stdout  # the Swedish pack's statistics speak Swedish
    result = invoke("--lang", "en", "stats", "--pack", "customer-service-sv")
    assert result.exit_code == 0 and "No attempts yet" in result.stdout


def test_stats_of_a_pack_known_only_to_the_history() -> None:
    # tests/data/mini.yaml is in no pack folder: its attempts alone make the id known.
    add(MINI, "meaning", "I reply quickly and politely.")
    result = invoke("stats", "--pack", "mini", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"attempts": 1' in result.stdout


# -- length advice follows min_words --------------------------------------------------------------


def _pack_with_min_words(tmp_path: Path, min_words: int | None) -> Path:
    text = MINI.read_text(encoding="utf-8")
    if min_words is not None:
        text = text.replace("description: A small pack for tests.\n",
                            f"description: A small pack for tests.\nmin_words: {min_words}\n")
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _length_line(stdout: str) -> str:
    text = " ".join(stdout.split())
    return text[text.index("Length:"):].split(" Note:")[0]


def test_a_short_answer_is_told_the_questions_own_length(tmp_path: Path) -> None:
    pack = _pack_with_min_words(tmp_path, 80)
    answer = "I put myself in their shoes and reply quickly to every customer who writes in."
    result = invoke("score", "-p", str(pack), "-q", "meaning", answer, COLUMNS="200")
    assert result.exit_code == 0, result.stderr
    assert _length_line(result.stdout).startswith(
        "Length: 15 words (very short). This question expects at least 80 words; add a concrete example.")
    assert "150-300" not in result.stdout
    assert "15 of the 80 words this question expects" in " ".join(result.stdout.split())


def test_an_answer_long_enough_for_the_question_is_not_called_short(tmp_path: Path) -> None:
    pack = _pack_with_min_words(tmp_path, 80)
    answer = " ".join(["I put myself in their shoes and reply quickly."] * 10)  # 90 words
    result = invoke("score", "-p", str(pack), "-q", "meaning", answer, COLUMNS="200")
    assert _length_line(result.stdout).startswith(
        "Length: 90 words (good). Long enough: this question expects 80 words or more.")
    assert "150-300" not in result.stdout and "Scored for length" not in result.stdout


def test_without_min_words_the_languages_range_is_the_advice(tmp_path: Path) -> None:
    pack = _pack_with_min_words(tmp_path, None)
    result = invoke("score", "-p", str(pack), "-q", "meaning", "I reply quickly.", COLUMNS="200")
    assert _length_line(result.stdout).startswith("Length: 3 words (very short). Aim for 150-300 words")


# -- exports show what a trainer needs -------------------------------------------------------------

FLAGGED = ("I listened and understood their frustration and fixed it right away. That's not my "
           "job to be polite though, I don't show respect.")


def _export(fmt: str) -> str:
    result = invoke("export", "--format", fmt, "-o", "-")
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def test_markdown_export_shows_evidence_tips_and_red_flags() -> None:
    add("customer-service", "angry-customer", FLAGGED)
    text = _export("markdown")
    assert "| ✓ | Empathy | “understood their frustration” |" in text
    assert "| ⊘ negated | Respect and courtesy | “respect” (negated by “don't”) |" in text
    assert "| ✗ set aside | Problem resolution | “fixed it” (the answer hands the problem off " \
           "(“not my job”)) |" in text
    assert "| ✗ | Follow-up | not found |" in text
    tips = text[text.index("**To improve**"):text.index("**Red flags**")]
    assert "- **Follow-up**: Say how and when you checked back afterwards" in tips
    assert "- **Respect and courtesy**: " in tips and "Empathy" not in tips
    assert "- −15 “That's not my job”: Deflects ownership" in text


def test_html_export_shows_evidence_tips_and_red_flags() -> None:
    add("customer-service", "angry-customer", FLAGGED)
    text = _export("html")
    assert '<tr class="earned"><td>✓</td><td>Empathy</td><td>“understood their frustration”</td></tr>' in text
    assert "<li><strong>Follow-up</strong>: Say how and when you checked back afterwards" in text
    assert '<li><span class="flag">−15</span> “That&#x27;s not my job”: Deflects ownership' in text


def test_evidence_in_exports_cannot_add_markup() -> None:
    add(MINI, "meaning", "I always put myself in <b>their</b> shoes and go *above and beyond*.")
    md = _export("markdown")
    assert "| ✓ | Empathy | “put myself in &lt;b&gt;their&lt;/b&gt; shoes” |" in md
    assert "“above and beyond”" in md and "*above" not in md.replace("\\*above", "")
    html = _export("html")
    assert "<td>“put myself in &lt;b&gt;their&lt;/b&gt; shoes”</td>" in html and "<b>" not in html


def test_an_attempt_without_red_flags_or_misses_has_no_empty_sections() -> None:
    add(MINI, "meaning", "I show empathy, reply quickly, go above and beyond and stay polite.")
    text = _export("markdown")
    assert "**Red flags**" not in text and "**To improve**" not in text


def test_exports_carry_the_engines_notes() -> None:
    add("customer-service", "angry-customer", FLAGGED)  # 23 words: scored for length
    md = _export("markdown")
    assert "*Note: Scored for length: 23 of the 150 words this question expects, so the score is " in md
    assert "<p><em>Note: Scored for length: 23 of the 150 words" in _export("html")
