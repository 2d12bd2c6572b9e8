"""WAV files in and out: any PCM WAV becomes the engines' format (16 kHz mono s16le), and a
recording is written atomically like every file coach writes.

Conversion other than the identity needs NumPy (part of `coach[voice]`); a 16 kHz mono 16-bit
file, what coach itself records, is read with the standard library alone.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import FileProblem, VoiceUnavailable
from coach.fileio import atomic_write, read_bounded

from . import SAMPLE_RATE, SAMPLE_WIDTH, Audio

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# A WAV larger than this is refused unread: 256 MiB is 23 minutes of 48 kHz stereo 16-bit,
# far beyond any interview answer, and keeps a stray /dev/zero or video file out of memory.
MAX_WAV_BYTES = 256 * 1024 * 1024
# What the engines get after the speech: pocketsphinx 5.1.1 drops the last segment when the
# audio ends mid-speech exactly on a 30 ms frame boundary; a second of silence avoids it.
PADDING_SECONDS = 1.0


def read_wav(path: Path) -> Audio:
    """A PCM WAV file (any rate, channel count, 8/16/24/32-bit) as 16 kHz mono s16le.
    Raises FileProblem naming the file for anything else: missing, not WAV, compressed, empty.
    Only a regular file is opened: a FIFO or device (which could block or never end) is refused."""
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise FileProblem(f"{path}: not a regular file (a device, pipe or socket); give a WAV file")
        raw = read_bounded(path, MAX_WAV_BYTES)
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileProblem(f"{path}: is a folder, not a WAV file") from None
    except OSError as exc:
        raise FileProblem(f"{path}: cannot read: {exc.strerror or exc}") from None
    if raw is None or isinstance(raw, int):
        raise FileProblem(f"{path}: over the {MAX_WAV_BYTES:,}-byte limit for a recording")
    if not raw.startswith(b"RIFF") or raw[8:12] != b"WAVE":
        raise FileProblem(f"{path}: not a WAV file (expected a RIFF/WAVE header); "
                          "convert it to WAV first, e.g. with sox or ffmpeg")
    try:
        with wave.open(io.BytesIO(raw), "rb") as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        # wave.Error says e.g. "unknown format: 3" for float or compressed WAV.
        raise FileProblem(f"{path}: not a PCM WAV file coach can read ({exc or 'truncated'}); "
                          "save it as 16-bit PCM WAV") from None
    if channels < 1 or rate < 1 or width not in (1, 2, 3, 4):
        raise FileProblem(f"{path}: unsupported WAV format ({channels} channels, {8 * width}-bit, {rate} Hz)")
    usable = len(frames) - len(frames) % (channels * width)
    if usable == 0:
        raise FileProblem(f"{path}: the recording is empty (no audio frames)")
    frames = frames[:usable]
    if (channels, width, rate) == (1, SAMPLE_WIDTH, SAMPLE_RATE):
        return Audio(frames)
    return Audio(_convert(frames, channels=channels, width=width, rate=rate))


def write_wav(path: Path, audio: Audio) -> None:
    """Write audio as a 16 kHz mono 16-bit WAV, atomically (never a half-written file)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(audio.pcm)
    atomic_write(path, buffer.getvalue(), what="recording")


def padded(audio: Audio, seconds: float = PADDING_SECONDS) -> bytes:
    """The PCM the engines decode: the audio and `seconds` of silence after it."""
    return audio.pcm + bytes(round(seconds * SAMPLE_RATE) * SAMPLE_WIDTH)


def _require_numpy() -> None:
    try:
        import numpy  # noqa: F401
    except ImportError:
        raise VoiceUnavailable("converting this WAV file to 16 kHz mono needs NumPy: "
                               "pip install 'coach[voice]' (or save it as 16 kHz mono 16-bit)") from None


def _convert(frames: bytes, *, channels: int, width: int, rate: int) -> bytes:
    """Any PCM -> 16 kHz mono s16le: samples to floats, channels averaged, resampled."""
    _require_numpy()
    import numpy as np

    samples = _to_float(frames, width).reshape(-1, channels).mean(axis=1)
    if rate != SAMPLE_RATE:
        samples = _resample(samples, rate)
    return (np.clip(samples, -1.0, 32767 / 32768) * 32768).round().astype("<i2").tobytes()


def _to_float(frames: bytes, width: int) -> npt.NDArray[np.float64]:
    import numpy as np

    if width == 1:  # 8-bit WAV is unsigned
        return (np.frombuffer(frames, dtype=np.uint8).astype(np.float64) - 128) / 128
    if width == 3:  # 24-bit: widen each little-endian triple to 32 bits
        triples = np.frombuffer(frames, dtype=np.uint8).reshape(-1, 3)
        wide = np.zeros((len(triples), 4), dtype=np.uint8)
        wide[:, 1:] = triples
        return wide.view("<i4").reshape(-1).astype(np.float64) / 2**31
    dtype = "<i2" if width == 2 else "<i4"
    return np.frombuffer(frames, dtype=dtype).astype(np.float64) / 2 ** (8 * width - 1)


def _resample(samples: npt.NDArray[np.float64], rate: int) -> npt.NDArray[np.float64]:
    """Resample to SAMPLE_RATE: a windowed-sinc low-pass below the lower Nyquist frequency
    (so 44.1/48 kHz speech does not alias into the band the engines hear), then linear
    interpolation at the new sample times. Plenty for speech recognition."""
    import numpy as np

    if rate > SAMPLE_RATE:
        cutoff = 0.45 * SAMPLE_RATE / rate  # cycles per input sample, just under 8 kHz
        taps = np.arange(-32, 33)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        samples = np.convolve(samples, kernel / kernel.sum(), mode="same")
    count = int(len(samples) * SAMPLE_RATE / rate)
    times = np.arange(count) * (rate / SAMPLE_RATE)
    return np.interp(times, np.arange(len(samples)), samples)
