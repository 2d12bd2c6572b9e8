"""The speed work changes no output (issue 16): results walked field by field give what
dataclasses.asdict gave, a row is cleaned only when it may hold a control character and then
exactly as before, --jobs workers encode the same bytes, the ASCII word pattern finds the same
words, and bounded word caches change no result."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coach import load_pack, score_answer
from coach.cli import app
from coach.grade import GradedRow
from coach.output.jsonout import clean_strings, grade_row_json, public_row
from coach.scoring import Score
from coach.scoring import matcher as matcher_module
from coach.scoring.matcher import Matcher
from coach.tokens import _WORD_RE, ASCII_WORD_RE

ROOT = Path(__file__).resolve().parent.parent


def asdict_reference(score: Score) -> dict[str, Any]:
    """Score.to_dict as it was written before: asdict, then the set-asides' reasons."""
    data = dataclasses.asdict(score)
    for criterion, result in zip(data["criteria"], score.criteria, strict=True):
        del criterion["evidence_tokens"]
        if result.set_aside is not None:
            criterion["set_aside"] = result.set_aside.to_dict()
    return data


def labelled_answers() -> list[tuple[str, str, str]]:
    """(pack, question, answer) for every labelled answer of bench/data: set-asides, negations,
    STAR, parts and three languages among them."""
    found = []
    for path in sorted((ROOT / "bench" / "data").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(data["pack"], a["question"], a["answer"]) for a in data["answers"]]
    return found


def test_to_dict_is_what_asdict_gave_for_every_labelled_answer() -> None:
    packs: dict[str, Any] = {}
    seen_aside = seen_star = False
    for pack_id, question, text in labelled_answers():
        # Evaluation packs that are not bundled (bench/data/packs/) are loaded from their file.
        local = ROOT / "bench" / "data" / "packs" / f"{pack_id}.yaml"
        pack = packs.setdefault(pack_id, load_pack(local if local.is_file() else pack_id))
        score = score_answer(pack, question, text)
        fast, reference = score.to_dict(), asdict_reference(score)
        assert json.dumps(fast) == json.dumps(reference)  # same keys, order and values
        seen_aside |= any(c.set_aside for c in score.criteria)
        seen_star |= bool(score.star)
    assert seen_aside and seen_star  # the nested cases were covered


def old_row_json(row: GradedRow, ascii_only: bool) -> str:
    """How `grade --format json` wrote a row before: every string cleaned, then encoded."""
    return json.dumps(clean_strings(public_row(row)), ensure_ascii=ascii_only)


_PACK = load_pack("customer-service")
_CONTROLS = "\x00\x07\x08\x0b\x0c\r\x1b\x7f\x85\x9b\u061c\u200e\u202e\u2028\u2066\ud800\udfff"
_TEXT = st.text(alphabet=st.sampled_from(list(_CONTROLS + "\\bfru0123456789aé’ \t\n\"'.,")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(answer=_TEXT, ident=_TEXT, candidate=st.one_of(st.none(), _TEXT), ascii_only=st.booleans())
def test_a_row_is_encoded_as_before_whatever_its_characters(answer: str, ident: str, candidate: str | None,
                                                             ascii_only: bool) -> None:
    text = "I apologised and called back the customer the next morning. " + answer
    result = score_answer(_PACK, "missed-promise", text)
    for row in (GradedRow(3, ident, candidate, _PACK.id, "missed-promise", result),
                GradedRow(4, ident, candidate, None, answer, None, "no question " + answer)):
        assert grade_row_json(row, ascii_only) == old_row_json(row, ascii_only)


def test_jobs_workers_write_the_same_bytes_as_one_process(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "pack": "customer-service", "question": "missed-promise",
             "answer": f"I called back the customer by five {i} times\x1b[31m, and apologised."}
            for i in range(150)] + [{"id": "bad", "question": "nope", "pack": "customer-service", "answer": "x"}]
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["grade", str(path), "--format", "json"])
    two = runner.invoke(app, ["grade", str(path), "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    assert "\x1b" not in one.stdout and json.loads(one.stdout)["summary"]["errors"] == 1


def _answers_file(tmp_path: Path, count: int) -> Path:
    rows = [{"id": f"r{i}", "pack": "customer-service", "question": "missed-promise",
             "answer": f"I called back the customer {i} times, and apologised."} for i in range(count)]
    path = tmp_path / f"answers-{count}.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jobs_auto_is_the_default_and_writes_the_same_bytes(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from coach import grade as grade_module

    started: list[int] = []
    real_context = multiprocessing.get_context

    def context(method: str | None = None) -> Any:
        found = real_context(method)
        started.append(1)
        return found

    monkeypatch.setattr(grade_module, "worker_count", lambda: 2)
    monkeypatch.setattr(grade_module, "AUTO_INLINE", 5)
    monkeypatch.setattr(multiprocessing, "get_context", context)
    runner = CliRunner()
    for count, workers in ((4, False), (40, True)):  # a short file never starts workers
        path = _answers_file(tmp_path, count)
        auto = runner.invoke(app, ["grade", str(path), "--format", "json"])
        assert bool(started) is workers
        for kind in ("json", "csv"):
            one = runner.invoke(app, ["grade", str(path), "--format", kind, "--jobs", "1"])
            assert one.exit_code == 0, one.output
            if kind == "json":
                assert auto.stdout == one.stdout
            else:
                assert runner.invoke(app, ["grade", str(path), "--format", kind]).stdout == one.stdout
    assert json.loads(auto.stdout)["summary"]["answers"] == 40


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_the_ascii_word_pattern_finds_the_same_words(text: str) -> None:
    lowered = text.lower()
    assert ASCII_WORD_RE.findall(lowered) == _WORD_RE.findall(lowered)


def test_word_caches_stay_bounded_and_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher_module, "_CACHE_GENERATION", 50)
    rubric = load_pack("customer-service").rubric
    bounded = Matcher(rubric)
    base = "I kept the customer updated and apologised for the delay, then followed up "
    texts = [base + " ".join(f"zq{i}x{j} custmer folowed" for j in range(8)) for i in range(60)]
    for text in texts:
        fresh = Matcher(rubric)  # caches empty: every word looked up now
        found, expected = bounded.analyse(text), fresh.analyse(text)
        assert dict(found.positions) == dict(expected.positions)
        assert found.stem_of == expected.stem_of and found.topics == expected.topics
        assert len(bounded._token_cache) <= 50 and len(bounded._token_cache_old) <= 50
        assert len(bounded._word_cache) <= 50 and len(bounded._word_cache_old) <= 50
    assert bounded._token_cache_old  # the generations did turn over


# The one pattern may_hold_control replaced (two patterns scan faster than its alternation).
_ONE_PATTERN = re.compile(
    r"\\[bfr]|\\u(?:00[01]|007f|00[89]|061c|200[ef]|202[89a-e]|206[6-9]|d[89a-f])"
    "|[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\\", "b", "f", "r", "u", "0", "1", "7", "f", "d", "8", "a", "2", "6",
                                 "\x7f", "\x85", "\u200e", "\u2066", "\ud800", "x", '"', "n"]),
                max_size=30).map("".join))
def test_may_hold_control_agrees_with_the_one_pattern(text: str) -> None:
    from coach.output.jsonout import may_hold_control

    assert may_hold_control(text) == bool(_ONE_PATTERN.search(text))
