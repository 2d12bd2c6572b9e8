"""`coach score --audio` and `coach grade` with an audio column, through CliRunner and a real
process: a recording is transcribed, scored like typed text and reported with its delivery;
a missing extra is one line naming it, exit 1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.voice import spoken

ROOT = Path(__file__).resolve().parent.parent
AUDIO = ROOT / "tests" / "data" / "audio"
Q = "good-service-meaning"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(autouse=True)
def fresh_engines() -> Iterator[None]:
    """Each test opens its own engines (a test that hides pocketsphinx must not get the one an
    earlier test opened)."""
    saved = dict(spoken._engines)
    spoken._engines.clear()
    yield
    spoken._engines.clear()
    spoken._engines.update(saved)


def test_score_audio_reports_the_score_and_the_delivery() -> None:
    result = run("score", "-q", Q, "--audio", str(AUDIO / "pause-slt.wav"))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "customer first" in out  # the transcript is the answer shown
    assert "Delivery" in out and "Pace:" in out and "words a minute" in out
    assert "Long pauses:" in out and "after “first”" in out
    assert "within the 2:00 limit" in out
    assert "pocketsphinx does not transcribe fillers" in out


def test_score_audio_json_has_the_transcript_and_the_delivery() -> None:
    result = run("score", "-q", Q, "--audio", str(AUDIO / "empathy-slt.wav"), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {c["id"] for c in data["criteria"] if c["earned"]} == {"empathy", "timeliness"}
    transcript = data["transcript"]
    assert transcript["engine"] == "pocketsphinx" and transcript["language"] == "en"
    assert transcript["fillers_transcribed"] is False
    assert "shoes" in transcript["text"] and transcript["seconds"] == pytest.approx(4.42, abs=0.01)
    assert [w["text"] for w in transcript["words"]] == transcript["text"].split()
    delivery = data["delivery"]
    assert set(delivery) == {"speaking_seconds", "words_per_minute", "long_pauses", "over_limit_seconds"}
    assert delivery["long_pauses"] == [] and delivery["over_limit_seconds"] == 0
    assert 120 < delivery["words_per_minute"] < 240


def test_score_audio_in_a_real_process() -> None:
    result = subprocess.run([sys.executable, "-m", "coach", "score", "-q", Q, "--audio",
                             str(AUDIO / "pause-slt.wav"), "--json"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    [pause] = data["delivery"]["long_pauses"]
    assert pause["after"] == "first" and pause["seconds"] >= 2.0
    assert any(c["earned"] and c["id"] == "communication" for c in data["criteria"])


def test_missing_voice_extra_is_one_line_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pocketsphinx", None)
    result = run("score", "-q", Q, "--audio", str(AUDIO / "empathy-slt.wav"))
    assert result.exit_code == 1
    assert result.stderr == "coach: transcribing speech needs the voice extra: pip install 'coach[voice]'\n"
    assert result.stdout == ""


def test_missing_voice_extra_in_a_real_process(tmp_path: Path) -> None:
    # A pocketsphinx that cannot be imported, ahead of the real one on the path.
    shim = tmp_path / "shim" / "pocketsphinx"
    shim.mkdir(parents=True)
    (shim / "__init__.py").write_text("raise ImportError('simulated: not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shim.parent), str(ROOT)])}
    result = subprocess.run([sys.executable, "-m", "coach", "score", "-q", Q, "--audio",
                             str(AUDIO / "empathy-slt.wav")], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 1
    assert result.stderr == "coach: transcribing speech needs the voice extra: pip install 'coach[voice]'\n"


def test_other_languages_without_whisper_name_the_whisper_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    result = run("score", "-p", "customer-service-sv", "-q", Q, "--audio", str(AUDIO / "empathy-slt.wav"))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "pip install 'coach[whisper]'" in result.stderr and "'sv'" in result.stderr


def test_score_audio_user_errors(tmp_path: Path) -> None:
    wav = str(AUDIO / "empathy-slt.wav")
    both = run("score", "-q", Q, "--audio", wav, "typed too")
    assert both.exit_code == 2 and "not more than one" in both.stderr
    stray = run("score", "-q", Q, "--engine", "whisper", "typed")
    assert stray.exit_code == 2 and "--engine and --model are for --audio" in stray.stderr
    unknown = run("score", "-q", Q, "--audio", wav, "--engine", "vosk")
    assert unknown.exit_code == 2
    text = tmp_path / "answer.wav"
    text.write_text("I always put myself in their shoes.")
    bad = run("score", "-q", Q, "--audio", str(text))
    assert bad.exit_code == 1
    assert bad.stderr.startswith(f"coach: {text}: not a WAV file") and bad.stderr.count("\n") == 1
    missing = run("score", "-q", Q, "--audio", str(tmp_path / "gone.wav"))
    assert (missing.exit_code, missing.stderr) == (1, f"coach: {tmp_path / 'gone.wav'}: no such file\n")
    model = run("score", "-q", Q, "--audio", wav, "--engine", "pocketsphinx", "--model", "small")
    assert model.exit_code == 1 and "--model is for whisper" in model.stderr


def answers(tmp_path: Path, text: str, name: str = "answers.csv") -> Path:
    for wav in AUDIO.glob("*.wav"):
        shutil.copy(wav, tmp_path / wav.name)
    (tmp_path / "sub").mkdir()
    shutil.copy(AUDIO / "pause-slt.wav", tmp_path / "sub" / "later.wav")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CSV = (f"id,question,answer,audio\n"
       f"spoken,{Q},,empathy-slt.wav\n"
       f"typed,{Q},I always put myself in their shoes,\n"
       f"nested,{Q},,sub/later.wav\n"
       f"outside,{Q},,../empathy-slt.wav\n"
       f"absolute,{Q},,{AUDIO / 'empathy-slt.wav'}\n"
       f"home,{Q},,~/empathy-slt.wav\n"
       f"both,{Q},typed,empathy-slt.wav\n"
       f"gone,{Q},,gone.wav\n")


def test_grade_transcribes_the_audio_column(tmp_path: Path) -> None:
    path = answers(tmp_path, CSV)
    result = run("grade", str(path), "--pack", "customer-service", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout)["results"]}
    assert {c["id"] for c in rows["spoken"]["criteria"] if c["earned"]} == {"empathy", "timeliness"}
    assert "shoes" in rows["spoken"]["transcript"]["text"]
    assert rows["spoken"]["delivery"]["long_pauses"] == []
    assert "transcript" not in rows["typed"] and rows["typed"]["score"] is not None
    assert rows["nested"]["delivery"]["long_pauses"][0]["after"] == "first"
    for name in ("outside", "absolute", "home"):
        assert rows[name]["score"] is None
        assert "must be a path relative to the answers file, inside its folder" in rows[name]["error"]
    assert rows["both"]["error"] == "give 'answer' or 'audio', not both"
    assert rows["gone"]["error"] == f"{tmp_path / 'gone.wav'}: no such file"


def test_grade_csv_output_carries_transcript_and_delivery(tmp_path: Path) -> None:
    path = answers(tmp_path, f"question,audio\n{Q},sub/later.wav\n{Q},empathy-slt.wav\n")
    result = run("grade", str(path), "--pack", "customer-service", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    import csv

    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert "customer first" in rows[0]["transcript"]
    assert rows[0]["long_pauses"].startswith("2.") and rows[0]["long_pauses"].endswith("s@0:01")
    assert float(rows[1]["words_per_minute"]) > 100 and rows[1]["over_limit_seconds"] == "0.0"


def test_grade_audio_rows_in_jsonl_with_workers(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(i), "question": Q, "audio": "empathy-slt.wav"}) for i in range(3)]
    path = answers(tmp_path, "\n".join(lines) + "\n", "answers.jsonl")
    result = run("grade", str(path), "--pack", "customer-service", "--format", "json", "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["results"]
    assert [r["id"] for r in rows] == ["0", "1", "2"]
    assert len({r["transcript"]["text"] for r in rows}) == 1 and all(r["score"] for r in rows)


def test_grade_without_the_extra_names_it_in_the_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pocketsphinx", None)
    path = answers(tmp_path, f"id,question,answer,audio\na,{Q},,empathy-slt.wav\nb,{Q},typed,\n")
    result = run("grade", str(path), "--pack", "customer-service", "--format", "json", "--min-score", "0")
    assert result.exit_code == 1  # the gate fails on a row it could not grade
    rows = json.loads(result.stdout)["results"]
    assert rows[0]["error"] == "transcribing speech needs the voice extra: pip install 'coach[voice]'"
    assert rows[1]["score"] is not None


def test_a_header_needs_answer_or_audio(tmp_path: Path) -> None:
    path = answers(tmp_path, "id,question\nx,y\n")
    result = run("grade", str(path), "--pack", "customer-service")
    assert result.exit_code == 1
    assert "CSV header lacks column(s) answer or audio" in result.stderr
