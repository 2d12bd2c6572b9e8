"""Regenerate the spoken-answer fixtures of tests/test_voice_*.py with Festival's text2wave.

    apt-get install festival festvox-us-slt-hts festvox-kallpc16k
    python tests/data/audio/make.py          # rewrites the .wav files and fixtures.json here

Each fixture is 16 kHz mono 16-bit PCM, a few seconds long. A fixture with parts has a
silence of the given length inserted between them (the pause tests' ground truth);
fixtures.json records every fixture's text, voice, length and where its pauses fall.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATE = 16_000
VOICES = {"slt": "(voice_cmu_us_slt_arctic_hts)", "kal": "(voice_kal_diphone)"}

# name -> (voice, [text, pause seconds, text, ...])
FIXTURES: dict[str, tuple[str, list[str | float]]] = {
    "empathy-slt": ("slt", ["I always put myself in their shoes, and I answer emails promptly."]),
    "respect-kal": ("kal", ["I treat every customer with respect, and I follow up the next day."]),
    "pause-slt": ("slt", ["I listen to the customer first.", 2.0, "Then I fix the problem."]),
}


def speak(text: str, voice: str, folder: Path) -> bytes:
    """The PCM frames of `text` spoken by `voice`, at RATE, mono, 16-bit."""
    source, target = folder / "text.txt", folder / "speech.wav"
    source.write_text(text + "\n", encoding="utf-8")
    subprocess.run(["text2wave", "-F", str(RATE), "-eval", VOICES[voice], str(source), "-o", str(target)],
                   check=True, capture_output=True)
    with wave.open(str(target), "rb") as reader:
        if (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) != (RATE, 1, 2):
            sys.exit(f"text2wave gave {reader.getparams()}, expected {RATE} Hz mono 16-bit")
        return reader.readframes(reader.getnframes())


def make(name: str, voice: str, parts: list[str | float], folder: Path) -> dict[str, object]:
    pcm = b""
    pauses: list[dict[str, float]] = []
    for part in parts:
        if isinstance(part, float):
            pauses.append({"at": round(len(pcm) / (2 * RATE), 3), "inserted": part})
            pcm += bytes(int(part * RATE) * 2)
        else:
            pcm += speak(part, voice, folder)
    with wave.open(str(HERE / f"{name}.wav"), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(pcm)
    text = " ".join(p for p in parts if isinstance(p, str))
    return {"voice": voice, "text": text, "seconds": round(len(pcm) / (2 * RATE), 3), "pauses": pauses}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        manifest = {name: make(name, voice, parts, Path(folder)) for name, (voice, parts) in FIXTURES.items()}
    (HERE / "fixtures.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    for name, entry in manifest.items():
        print(f"{name}.wav: {entry['seconds']} s, {entry['voice']}: {entry['text']}")


if __name__ == "__main__":
    main()
