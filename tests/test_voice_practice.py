"""`coach practice --speak` without a microphone: a listener that hands over audio, an engine
(a fake one for the flow; pocketsphinx on a fixture once), and the scripted editor that corrects
the transcript. What is scored is what the candidate submitted, never the transcript unseen."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from practice_script import BAD, GOOD, PACK, Script, run
from typer.testing import CliRunner

from coach.cli import app

# The transcription core (coach/voice/speaking.py, audio.py, engines.py) comes with issue 17's
# engine work; without it there is nothing to measure a spoken answer with.
pytest.importorskip("coach.voice.speaking", reason="coach.voice.speaking is not present")
from coach.packs import load_pack
from coach.practice import Answer, Asked, Finished, Notice, Scored
from coach.practice_events import EndSession
from coach.practice_speak import SpokenResponder
from coach.store import Store
from coach.voice import SAMPLE_RATE, SAMPLE_WIDTH, Audio, Transcript, Word
from coach.voice.record import Recording

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "audio"
HEARD = "i put myself in their shoes and help quickly"


def heard(text: str = HEARD, gap_after: int = 5, gap: float = 2.0) -> Transcript:
    """A transcript of `text`, one word each 0.4 s from 0.5 s, with a `gap`-second pause after
    word number `gap_after`."""
    words, t = [], 0.5
    for i, w in enumerate(text.split()):
        words.append(Word(w, t, t + 0.3))
        t += 0.4 + (gap if i == gap_after else 0.0)
    return Transcript(text, tuple(words), t + 0.5, "fake", "en")


class FakeEngine:
    name = "fake"

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        self.heard: list[tuple[Audio, str, str | None]] = []

    def transcribe(self, audio: Audio, *, language: str, hints: str | None = None) -> Transcript:
        self.heard.append((audio, language, hints))
        return self.transcript


class Listener:
    """Hands over recordings (or raises what is in the list: Ctrl-C, Ctrl-D)."""

    def __init__(self, *recordings: Any) -> None:
        self.recordings = list(recordings)
        self.asked: list[tuple[Asked, bool]] = []

    def listen(self, asked: Asked, *, strict_time: bool) -> Recording:
        self.asked.append((asked, strict_time))
        if not self.recordings:
            raise EOFError  # Ctrl-D: no more answers
        item = self.recordings.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def seconds(n: float) -> Recording:
    return Recording(Audio(bytes(int(n * SAMPLE_RATE) * SAMPLE_WIDTH)))


@pytest.fixture
def pack() -> Any:
    return load_pack(PACK)


def spoken(pack: Any, inner: Any, listener: Listener, engine: Any = None, **kw: Any) -> SpokenResponder:
    return SpokenResponder(inner, listener, engine or FakeEngine(heard()), pack, **kw)


def test_the_corrected_transcript_is_scored_and_the_delivery_stored(pack: Any, store: Store) -> None:
    editor = Script([BAD])  # the candidate rewrites what was heard
    engine = FakeEngine(heard())
    events = run(pack, ["meaning"], spoken(pack, editor, Listener(seconds(6.0)), engine), store)
    [scored] = [e for e in events if isinstance(e, Scored)]
    assert editor.asked[0].prefill == HEARD  # the editor opened on the transcript
    assert engine.heard[0][1:] == ("en", None)  # the pack's words are never given as hints
    assert scored.answer.text == BAD and scored.result.score == 0  # not the transcript's 67
    delivery = scored.answer.delivery
    assert delivery is not None and delivery.heard == HEARD and delivery.engine == "fake"
    assert delivery.recorded_seconds == 6.0 and scored.answer.duration == 6.0
    assert [(p.after, p.word, p.seconds) for p in delivery.pauses] == [("shoes", 5, 2.1)]
    [attempt] = store.attempts()
    assert attempt.answer == BAD and attempt.delivery == delivery
    assert attempt.delivery.words_per_minute == round(9 * 60 / delivery.speaking_seconds, 1)
    assert not (store.path.parent / "audio").exists()  # no recording kept without --keep-audio


def test_pace_counts_the_corrected_words_unless_the_answer_was_rewritten(pack: Any, store: Store) -> None:
    # HEARD has 9 words; the candidate adds one the engine missed and a hyphen splits one: 11 words
    corrected = "I put myself in their shoes and helped them quick-ly"
    for answer, words in ((corrected, 11), ("I put myself in their shoes and help quickly", 9),
                          ("i put myself in their shoes", 6), (GOOD, 13), (BAD, 9)):
        editor = Script([answer])
        events = run(pack, ["meaning"], spoken(pack, editor, Listener(seconds(6.0))), store)
        [scored] = [e for e in events if isinstance(e, Scored)]
        delivery = scored.answer.delivery
        assert delivery is not None
        assert delivery.words_per_minute == round(words * 60 / delivery.speaking_seconds, 1), answer


def test_an_accepted_transcript_is_scored_as_heard(pack: Any, store: Store) -> None:
    class Accept(Script):
        def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
            self.asked.append(asked)
            return Answer(asked.prefill)

    run(pack, ["meaning"], spoken(pack, Accept([]), Listener(seconds(5.0))), store)
    assert [(a.answer, a.score) for a in store.attempts()] == [(HEARD, 67)]


def test_retry_records_again(pack: Any, store: Store) -> None:
    listener = Listener(seconds(3.0), seconds(4.0))
    run(pack, ["meaning"], spoken(pack, Script([BAD, GOOD], ["retry", "next"]), listener), store)
    assert [a.retry for a, _strict in listener.asked] == [False, True]
    assert [(a.answer, a.delivery.recorded_seconds if a.delivery else None) for a in store.attempts()] == [
        (BAD, 3.0), (GOOD, 4.0)]


def test_strict_time_ends_the_recording_and_marks_the_answer(pack: Any, store: Store) -> None:
    listener = Listener(Recording(seconds(90.0).audio, timed_out=True))
    events = run(pack, ["meaning"], spoken(pack, Script([GOOD]), listener), store, strict_time=True)
    assert listener.asked[0][1] is True
    [scored] = [e for e in events if isinstance(e, Scored)]
    assert scored.answer.timed_out is True


def test_over_the_limit_is_reported(pack: Any, store: Store) -> None:
    late = heard(gap_after=2, gap=95.0)  # the last word ends past the 90-second limit
    run(pack, ["meaning"], spoken(pack, Script([GOOD]), Listener(seconds(100.0)), FakeEngine(late)), store)
    [attempt] = store.attempts()
    assert attempt.delivery is not None and attempt.delivery.over_limit_seconds == round(
        late.words[-1].end - 90, 2) > 0


@pytest.mark.parametrize(("stop", "ended_by"), [(KeyboardInterrupt(), "interrupted"),
                                                (EOFError(), "end of input")])
def test_ctrl_c_or_ctrl_d_while_recording_keeps_every_answer_given(
        pack: Any, store: Store, stop: BaseException, ended_by: str) -> None:
    events = run(pack, ["meaning", "queue"], spoken(pack, Script([GOOD]), Listener(seconds(3.0), stop)),
                 store)
    assert isinstance(events[-1], Finished) and events[-1].summary.ended_by == ended_by
    assert [a.answer for a in store.attempts()] == [GOOD]


def test_ctrl_c_over_the_transcript_keeps_it_as_a_draft(pack: Any, store: Store) -> None:
    editor = Script([EndSession(interrupted=True, draft=HEARD + " and more")])
    editor.offers_drafts = True  # as the terminal editor does
    events = run(pack, ["meaning"], spoken(pack, editor, Listener(seconds(3.0))), store)
    assert any(isinstance(e, Notice) and "kept as a draft" in e.message for e in events)
    from coach.store.drafts import get_draft

    assert get_draft(store, "practice-test", "meaning").text == HEARD + " and more"  # type: ignore[union-attr]
    assert store.attempts() == []


def test_keep_audio_saves_the_recording_privately_beside_the_history(pack: Any, store: Store) -> None:
    from coach.voice.audio import read_wav

    audio = Audio(bytes(range(256)) * 250)
    events = run(pack, ["meaning"], spoken(pack, Script([GOOD]), Listener(Recording(audio)),
                                           keep_audio=True), store)
    [attempt] = store.attempts()
    assert attempt.delivery is not None and attempt.delivery.audio is not None
    kept = Path(attempt.delivery.audio)
    assert kept.parent == store.path.parent / "audio" and kept.name.endswith("-meaning-" +
                                                                             attempt.session[:8] + ".wav")
    assert read_wav(kept).pcm == audio.pcm
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    [scored] = [e for e in events if isinstance(e, Scored)]
    assert scored.answer.recording is None  # not held past saving


def test_keep_audio_without_a_history_keeps_nothing(pack: Any, isolated_home: Path) -> None:
    run(pack, ["meaning"], spoken(pack, Script([GOOD]), Listener(seconds(2.0)), keep_audio=True), None)
    assert not (isolated_home / "audio").exists()


def test_a_recording_that_cannot_be_written_is_said_and_the_answer_kept(
        pack: Any, store: Store) -> None:
    (store.path.parent / "audio").write_text("a file where the folder should be")
    events = run(pack, ["meaning"], spoken(pack, Script([GOOD]), Listener(seconds(2.0)), keep_audio=True),
                 store)
    assert any(isinstance(e, Notice) and "the recording could not be kept" in e.message for e in events)
    [attempt] = store.attempts()
    assert attempt.delivery is not None and attempt.delivery.audio is None


def test_pocketsphinx_transcribes_a_fixture_for_the_editor(pack: Any, store: Store) -> None:
    pytest.importorskip("pocketsphinx", reason="pocketsphinx (coach[voice]) is not installed")
    from coach.voice.audio import read_wav
    from coach.voice.engines import open_engine

    editor = Script([GOOD])
    audio = read_wav(FIXTURES / "empathy-slt.wav")  # "I always put myself in their shoes, and I answer emails promptly."
    run(pack, ["meaning"], spoken(pack, editor, Listener(Recording(audio)), open_engine(language="en")), store)
    prefill = editor.asked[0].prefill.lower()
    assert "put myself in their shoes" in prefill and "promptly" in prefill
    [attempt] = store.attempts()
    assert attempt.delivery is not None and attempt.delivery.engine.startswith("pocketsphinx")
    assert 100 < attempt.delivery.words_per_minute < 260 and attempt.delivery.pauses == ()


# -- the command line ----------------------------------------------------------------------------


class _Microphone:
    """A sounddevice with one input device (nothing is recorded in these tests)."""

    class PortAudioError(Exception):
        pass

    def query_devices(self, device: Any = None, kind: str | None = None) -> dict[str, Any]:
        return {"name": "test microphone", "max_input_channels": 1}


def test_speak_needs_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import coach.voice.engines as engines

    monkeypatch.setitem(sys.modules, "sounddevice", _Microphone())
    monkeypatch.setattr(engines, "open_engine", lambda name=None, *, language, model=None: FakeEngine(heard()))
    result = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "--speak"], input="")
    assert result.exit_code == 2 and "--speak needs a terminal" in result.stderr, result.output


def test_a_missing_engine_is_one_line_naming_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", _Microphone())
    monkeypatch.setitem(sys.modules, "faster_whisper", None)  # as if coach[whisper] were not installed
    result = CliRunner().invoke(app, ["practice", "--pack", str(PACK), "-q", "meaning", "--speak",
                                      "--engine", "whisper"], input="")
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert "pip install 'coach[whisper]'" in result.stderr
