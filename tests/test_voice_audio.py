"""coach.voice.audio and coach.voice.speaking without an engine: WAV files in every PCM
format to 16 kHz mono, bad files refused naming the file, atomic writes, and the delivery
report from word times."""

from __future__ import annotations

import math
import os
import struct
import sys
import wave
from pathlib import Path

import pytest

from coach.errors import CoachError, FileProblem, VoiceUnavailable
from coach.voice import SAMPLE_RATE, Audio, Transcript, Word
from coach.voice.audio import padded, read_wav, write_wav
from coach.voice.speaking import count_words, measure


def tone(rate: int, seconds: float, freq: float = 440.0) -> list[float]:
    return [0.5 * math.sin(2 * math.pi * freq * i / rate) for i in range(int(rate * seconds))]


def write_pcm(path: Path, samples: list[float], *, rate: int, channels: int = 1, width: int = 2) -> Path:
    frames = bytearray()
    for value in samples:
        for _ in range(channels):
            if width == 1:
                frames += bytes([int(value * 127) + 128])
            elif width == 2:
                frames += struct.pack("<h", int(value * 32767))
            elif width == 3:
                frames += struct.pack("<i", int(value * 8388607))[:3]
            else:
                frames += struct.pack("<i", int(value * 2147483647))
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(bytes(frames))
    return path


def samples_of(audio: Audio) -> list[int]:
    return list(struct.unpack(f"<{len(audio.pcm) // 2}h", audio.pcm))


def test_16k_mono_is_read_as_it_is(tmp_path: Path) -> None:
    path = write_pcm(tmp_path / "a.wav", tone(SAMPLE_RATE, 0.5), rate=SAMPLE_RATE)
    with wave.open(str(path)) as reader:
        frames = reader.readframes(reader.getnframes())
    audio = read_wav(path)
    assert audio.pcm == frames
    assert audio.seconds == pytest.approx(0.5)


@pytest.mark.parametrize(("rate", "channels", "width"), [
    (44_100, 2, 2), (48_000, 1, 2), (8_000, 1, 2), (22_050, 1, 1), (16_000, 2, 3), (32_000, 1, 4)])
def test_any_pcm_becomes_16k_mono_of_the_same_length_and_tone(tmp_path: Path, rate: int, channels: int,
                                                               width: int) -> None:
    path = write_pcm(tmp_path / "a.wav", tone(rate, 1.0), rate=rate, channels=channels, width=width)
    audio = read_wav(path)
    assert abs(audio.seconds - 1.0) < 0.01
    got = samples_of(audio)
    expected = [0.5 * math.sin(2 * math.pi * 440 * i / SAMPLE_RATE) * 32767 for i in range(len(got))]
    middle = slice(200, len(got) - 200)  # the filter's edges aside
    error = max(abs(a - b) for a, b in zip(got[middle], expected[middle], strict=True))
    assert error < 0.03 * 32767  # the same 440 Hz tone at the same level, within 3 %


def test_resampling_removes_what_16k_cannot_hold(tmp_path: Path) -> None:
    # A 12 kHz tone at 48 kHz would alias to 4 kHz without the low-pass filter.
    audio = read_wav(write_pcm(tmp_path / "a.wav", tone(48_000, 0.5, 12_000), rate=48_000))
    got = samples_of(audio)[200:-200]
    assert max(abs(v) for v in got) < 0.05 * 32767


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.wav"
    text.write_text("not audio at all\n")
    empty = write_pcm(tmp_path / "empty.wav", [], rate=SAMPLE_RATE)
    cut = tmp_path / "cut.wav"
    cut.write_bytes(write_pcm(tmp_path / "whole.wav", tone(SAMPLE_RATE, 0.2), rate=SAMPLE_RATE).read_bytes()[:30])
    floating = tmp_path / "float.wav"  # WAVE_FORMAT_IEEE_FLOAT (3): not PCM
    data = struct.pack("<4f", 0.1, 0.2, 0.3, 0.4)
    floating.write_bytes(b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " +
                         struct.pack("<IHHIIHH", 16, 3, 1, 16000, 64000, 4, 32) + b"data" +
                         struct.pack("<I", len(data)) + data)
    zero = tmp_path / "zero.wav"
    zero.write_bytes(b"")
    folder = tmp_path / "folder.wav"
    folder.mkdir()
    return {"text": (text, "not a WAV file"), "empty": (empty, "the recording is empty"),
            "cut": (cut, "not a PCM WAV file"), "float": (floating, "not a PCM WAV file"),
            "zero": (zero, "not a WAV file"), "missing": (tmp_path / "gone.wav", "no such file"),
            "folder": (folder, "is a folder")}


@pytest.mark.parametrize("kind", ["text", "empty", "cut", "float", "zero", "missing", "folder"])
def test_bad_files_are_refused_naming_the_file(tmp_path: Path, kind: str) -> None:
    path, expected = bad_files(tmp_path)[kind]
    with pytest.raises(FileProblem) as caught:
        read_wav(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(FileProblem, match="not a regular file"):
        read_wav(fifo)  # opening it would block this test forever


def test_converting_without_numpy_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pcm(tmp_path / "a.wav", tone(44_100, 0.1), rate=44_100)
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(VoiceUnavailable, match=r"pip install 'coach\[voice\]'"):
        read_wav(path)
    # 16 kHz mono 16-bit needs nothing beyond the standard library.
    assert read_wav(write_pcm(tmp_path / "b.wav", tone(SAMPLE_RATE, 0.1), rate=SAMPLE_RATE)).seconds > 0


def test_write_wav_round_trips_and_leaves_no_temp_file(tmp_path: Path) -> None:
    audio = Audio(struct.pack("<4h", 0, 1000, -1000, 32767))
    target = tmp_path / "answer.wav"
    write_wav(target, audio)
    assert read_wav(target) == audio
    assert [p.name for p in tmp_path.iterdir()] == ["answer.wav"]
    with pytest.raises(FileProblem, match="is a folder"):
        write_wav(tmp_path, audio)


def test_padding_adds_one_second_of_silence() -> None:
    audio = Audio(b"\x01\x00" * 10)
    assert padded(audio) == audio.pcm + bytes(2 * SAMPLE_RATE)


def transcript(*words: tuple[str, float, float], seconds: float = 60.0) -> Transcript:
    return Transcript(" ".join(w[0] for w in words), tuple(Word(*w) for w in words), seconds, "test", "en")


def test_pace_counts_words_over_the_time_from_first_to_last_word() -> None:
    words = [(f"w{i}", 1.0 + i * 0.5, 1.4 + i * 0.5) for i in range(20)]  # 20 words in 9.9 s
    report = measure(transcript(*words), None)
    assert report.speaking_seconds == pytest.approx(9.9)
    assert report.words_per_minute == pytest.approx(20 * 60 / 9.9)
    assert report.pauses == ()
    assert report.over_limit_seconds == 0


def test_pace_can_count_the_corrected_answers_words_over_the_same_time() -> None:
    # "troubleshooting" heard as "trouble shoot": the corrected answer's 3 words count, not the 4 heard
    heard = transcript(("trouble", 1.0, 1.3), ("shoot", 1.3, 1.6), ("the", 1.7, 1.8), ("manual", 1.9, 2.5))
    assert measure(heard, None).words_per_minute == pytest.approx(4 * 60 / 1.5)
    report = measure(heard, None, word_count=3)
    assert report.words_per_minute == pytest.approx(3 * 60 / 1.5) and report.speaking_seconds == pytest.approx(1.5)


@pytest.mark.parametrize(("text", "count"), [
    ("", 0), (" — ... ", 0), ("I'd put myself in the customer’s shoes.", 7),
    ("a twenty-minute break, 24/7", 6), ("నేను కస్టమర్ సమస్యను విన్నాను", 4), ("Jag lyssnade på kunden", 4),
])
def test_words_are_counted_as_spoken(text: str, count: int) -> None:
    assert count_words(text) == count


def test_long_pauses_are_found_with_the_word_before_them() -> None:
    report = measure(transcript(("a", 0.5, 0.9), ("b", 1.0, 1.3), ("c", 2.8, 3.0), ("d", 3.1, 3.3),
                                ("e", 6.0, 6.4)), 5.0)
    assert [(p.after_word, p.start, round(p.seconds, 2)) for p in report.pauses] == [(1, 1.3, 1.5), (3, 3.3, 2.7)]
    assert report.over_limit_seconds == pytest.approx(1.4)
    shorter = measure(transcript(("a", 0.5, 0.9), ("b", 1.0, 1.3), ("c", 2.79, 3.0)), None)
    assert shorter.pauses == ()  # 1.49 s is under the threshold
    assert len(measure(transcript(("a", 0.0, 1.0), ("b", 2.0, 3.0)), None, long_pause=1.0).pauses) == 1


def test_nothing_said_is_an_empty_report() -> None:
    report = measure(transcript(seconds=30.0), 10.0)
    assert (report.speaking_seconds, report.words_per_minute, report.pauses, report.over_limit_seconds) == \
        (0.0, 0.0, (), 0.0)


def test_voice_unavailable_is_a_coach_error() -> None:
    assert issubclass(VoiceUnavailable, CoachError)
