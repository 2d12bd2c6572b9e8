"""Spoken answers: the bundled English pack's model answers and examples, synthesised with two
clear Festival voices, transcribed, measured and scored against the typed text.

    apt-get install festival festvox-us-slt-hts festvox-kallpc16k
    pip install '.[voice]'
    python bench/speech.py                   # everything (about 40 minutes of CPU)
    python bench/speech.py --limit 5         # the first 5 questions, while iterating
    python bench/speech.py --json            # the figures as JSON

Audio is synthesised once into a cache folder (--cache, default: the user cache folder's
coach-bench-speech), never into the repository. Each answer is decoded with the general
language model (what coach uses) and with one built from the pack's own text (the
alternative issue 17 asks to measure). Figures, against the issue's targets on clear voices:

  WER                     word error rate of the transcript (edits / reference words)
  real-time factor        CPU seconds (this process, one thread) per second of audio   <= 0.5
  criteria agreement      (answer, criterion) pairs of its question where the transcript is
                          credited exactly as the typed text is                          >= 0.95
  gained by transcription pairs credited on the transcript but not on the text          <= 1 %
  pace error              |words a minute measured - true| / true; true = the text's words
                          over the synthesised speech's span (first to last loud sample)  <= 5 %
                          transcript: the words heard (what `coach score --audio` shows);
                          corrected: the text's words, as a candidate who corrected the
                          transcript in `practice --speak` gets (the words they submit)
  pause recall            pauses of 1.5, 2 and 3 s inserted between sentences of the model
                          answers, found by the delivery report (a long pause overlapping them) = 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from phonetic import PHONE_DISTANCE, read_for_scoring, scored_text  # noqa: E402

from coach import load_pack, score_answer  # noqa: E402
from coach.practice_speak import corrected_count  # noqa: E402
from coach.voice import SAMPLE_RATE, Audio, Transcript, Word  # noqa: E402
from coach.voice.engines import PocketSphinx, Whisper  # noqa: E402
from coach.voice.speaking import LONG_PAUSE, measure  # noqa: E402

VOICES = {"slt": "(voice_cmu_us_slt_arctic_hts)", "kal": "(voice_kal_diphone)"}
PAUSES = (1.5, 2.0, 3.0)  # inserted after the first, second and third sentence
TARGETS = {"rtf": 0.5, "agreement": 0.95, "gained": 0.01, "pace_error": 0.05, "pause_recall": 1.0}
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def cache_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coach-bench-speech"


def synthesise(text: str, voice: str, cache: Path) -> bytes:
    """16 kHz mono s16le PCM of `text` in `voice`, from the cache when it is there."""
    key = hashlib.sha1(f"{voice}\n{text}".encode()).hexdigest()[:20]
    target = cache / f"{voice}-{key}.wav"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "text.txt"
            source.write_text(text + "\n", encoding="utf-8")
            made = Path(folder) / "speech.wav"
            subprocess.run(["text2wave", "-F", str(SAMPLE_RATE), "-eval", VOICES[voice], str(source),
                            "-o", str(made)], check=True, capture_output=True)
            os.replace(made, target)
    with wave.open(str(target), "rb") as reader:
        return reader.readframes(reader.getnframes())


def words_of(text: str) -> list[str]:
    """Lower-case words, punctuation gone (apostrophes kept), as the engines write them."""
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("’", "'"))


def edits(reference: list[str], hypothesis: list[str]) -> int:
    """Word-level Levenshtein distance."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1]


def speech_span(pcm: bytes) -> tuple[float, float]:
    """First and last time the synthesised signal is loud (above 2 % of its peak): the true
    speaking span, against which pace is judged."""
    import numpy as np

    samples = np.abs(np.frombuffer(pcm, dtype="<i2").astype(np.int32))
    loud = np.flatnonzero(samples > 0.02 * samples.max())
    return loud[0] / SAMPLE_RATE, loud[-1] / SAMPLE_RATE


@dataclass
class Tally:
    """Running figures of one (voice, language model) pair."""

    reference_words: int = 0
    word_edits: int = 0
    audio_seconds: float = 0.0
    cpu_seconds: float = 0.0
    pairs: int = 0
    agree: int = 0
    gained: int = 0
    lost: int = 0
    pace_errors: list[float] = field(default_factory=list)
    corrected_pace_errors: list[float] = field(default_factory=list)
    gained_examples: list[str] = field(default_factory=list)
    # The phonetic reading of misheard keywords (phonetic.py, rejected), per threshold tried:
    # [agree, gained, lost, readings taken], and what was read.
    read: dict[float, list[int]] = field(default_factory=dict)
    read_examples: dict[float, list[str]] = field(default_factory=dict)

    def figures(self) -> dict[str, Any]:
        return {"answers_seconds": round(self.audio_seconds, 1),
                "wer": round(self.word_edits / max(1, self.reference_words), 3),
                "rtf": round(self.cpu_seconds / max(1e-9, self.audio_seconds), 3),
                "pairs": self.pairs, "agreement": round(self.agree / max(1, self.pairs), 3),
                "gained": round(self.gained / max(1, self.pairs), 4), "gained_pairs": self.gained,
                "lost": round(self.lost / max(1, self.pairs), 4),
                **spread("pace", self.pace_errors), **spread("corrected_pace", self.corrected_pace_errors),
                "gained_examples": self.gained_examples[:5],
                "read": {str(t): {"agreement": round(a / max(1, self.pairs), 3),
                                  "gained": round(g / max(1, self.pairs), 4), "gained_pairs": g,
                                  "lost": round(lost / max(1, self.pairs), 4), "readings": n,
                                  "examples": self.read_examples[t]}
                         for t, (a, g, lost, n) in sorted(self.read.items())}}


def spread(name: str, errors: list[float]) -> dict[str, float | None]:
    """Mean, largest and share within 5 % of per-answer pace errors."""
    return {f"{name}_error_mean": round(sum(errors) / len(errors), 3) if errors else None,
            f"{name}_error_max": round(max(errors), 3) if errors else None,
            f"{name}_within_5pct": round(sum(e <= 0.05 for e in errors) / len(errors), 3) if errors else None}


def texts(pack: Any, limit: int | None) -> list[tuple[str, str, str]]:
    """(question id, kind, text) of every model answer and example of the pack."""
    out = []
    for question in pack.questions[:limit]:
        if question.model_answer:
            out.append((question.id, "model", " ".join(question.model_answer.split())))
        out += [(question.id, "example", " ".join(e.answer.split())) for e in question.examples]
    return out


def pack_text(pack: Any, leave_out: str | None = None) -> str:
    """The pack's own text, for the pack-built language model: prompts, model answers,
    examples and keyword phrases; without the answers of question `leave_out`, so that the
    answer being read is never in the model (a candidate's answer never is)."""
    lines = []
    for question in pack.questions:
        lines.append(question.prompt)
        if question.id != leave_out:
            lines += [question.model_answer, *(e.answer for e in question.examples)]
    from coach.text import WORD_CLASS_RE

    for criterion in pack.criteria.values():
        # (a word class, "{feeling}", is no word of the pack's: left out, not read as "feeling")
        lines += [WORD_CLASS_RE.sub(" ", keyword) for keyword in criterion.keywords]
    return "\n".join(line for line in lines if line)


def transcribe_measure(engine: Any, pcm: bytes, hints: str | None,
                       kept: Path | None = None) -> tuple[Any, float]:
    """The transcript of `pcm` and the CPU seconds decoding it took. With `kept` (--transcripts),
    a transcript decoded before by the same engine from the same audio and hints is read back
    with the CPU time it took then, so a change after the decoder is measured in minutes."""
    if kept is not None:
        key = hashlib.sha1(b"\0".join([engine.name.encode(), engine_version(engine), pcm,
                                       (hints or "").encode()])).hexdigest()[:24]
        target = kept / f"{key}.json"
        if target.exists():
            data = json.loads(target.read_text(encoding="utf-8"))
            words = tuple(Word(*w) for w in data["words"])
            return Transcript(data["text"], words, data["seconds"], data["engine"], "en"), data["cpu"]
    start = time.process_time()
    transcript = engine.transcribe(Audio(pcm), language="en", hints=hints)
    cpu = time.process_time() - start
    if kept is not None:
        kept.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"text": transcript.text, "seconds": transcript.seconds,
                                      "engine": transcript.engine, "cpu": cpu,
                                      "words": [[w.text, w.start, w.end] for w in transcript.words]}),
                          encoding="utf-8")
    return transcript, cpu


def engine_version(engine: Any) -> bytes:
    """What decides a transcript besides the audio: the engine's decoding code and the engines'
    package versions (a kept transcript of an older decoder is not read back)."""
    from importlib.metadata import PackageNotFoundError, version

    # The methods' bytecode, names and constants, not their source: an edit elsewhere in the
    # module (which moves their lines) keeps the transcripts.
    parts = []
    for name in ("transcribe", "_decoder_for", "_loaded"):
        code = getattr(getattr(type(engine), name, None), "__code__", None)
        if code is not None:
            parts.append(code.co_code + repr((code.co_names, [c for c in code.co_consts
                                                               if not hasattr(c, "co_code")])).encode())
    for package in ("pocketsphinx", "faster-whisper"):
        try:
            parts.append(version(package).encode())
        except PackageNotFoundError:
            parts.append(b"-")
    return b"\0".join(parts)


def open_model(name: str) -> Any:
    """general / pack: pocketsphinx with that language model; whisper=PATH: faster-whisper."""
    if name.startswith("whisper="):
        return Whisper(name.split("=", 1)[1])
    return PocketSphinx(language_model=name)


def candidates(every: int, tuning: bool = False) -> list[tuple[str, str, str]]:
    """Every `every`-th labelled candidate answer of bench/data/en.yaml (not in the pack: the
    test of whether a pack-built model puts rubric words in a candidate's mouth). With `tuning`,
    the others instead: the tuning set, kept out of every reported set, on which decoder settings
    and the phonetic reading's threshold are chosen."""
    import yaml

    data = yaml.safe_load((ROOT / "bench" / "data" / "en.yaml").read_text(encoding="utf-8"))
    chosen = [a for n, a in enumerate(data["answers"]) if (n % every == 0) != tuning]
    return [(a["question"], a["id"], " ".join(a["answer"].split())) for a in chosen]


def run_plain(pack: Any, items: list[tuple[str, str, str]], cache: Path, models: list[str],
              verbose: bool, voices: tuple[str, ...] = tuple(VOICES),
              leave_out: bool = True, kept: Path | None = None,
              thresholds: tuple[float, ...] = ()) -> dict[str, Any]:
    engines = {m: open_model(m) for m in models}
    whole = pack_text(pack)
    tallies = {(v, m): Tally() for v in voices for m in models}
    for n, (qid, kind, text) in enumerate(items, 1):
        hints = pack_text(pack, qid) if leave_out else whole
        typed = score_answer(pack, qid, text)
        typed_earned = {c.id for c in typed.earned}
        reference = words_of(text)
        for voice in voices:
            pcm = synthesise(text, voice, cache)
            seconds = len(pcm) / (2 * SAMPLE_RATE)
            first, last = speech_span(pcm)
            true_pace = len(reference) * 60 / (last - first)
            for model in models:
                tally = tallies[(voice, model)]
                transcript, cpu = transcribe_measure(engines[model], pcm, hints if model == "pack" else None,
                                                     kept)
                tally.audio_seconds += seconds
                tally.cpu_seconds += cpu
                tally.reference_words += len(reference)
                tally.word_edits += edits(reference, words_of(transcript.text))
                spoken = score_answer(pack, qid, transcript.text)
                spoken_earned = {c.id for c in spoken.earned}
                for criterion in typed.criteria:
                    a, b = criterion.id in typed_earned, criterion.id in spoken_earned
                    tally.pairs += 1
                    tally.agree += a == b
                    tally.gained += b and not a
                    tally.lost += a and not b
                    if b and not a:
                        tally.gained_examples.append(f"{qid}/{criterion.id} ({voice}): "
                                                     f"{transcript.text[:120]}")
                pronounce = getattr(engines[model], "pronounce", None)
                for threshold in thresholds:
                    taken = read_for_scoring(pack, qid, transcript, pronounce, threshold)
                    read_score = score_answer(pack, qid, scored_text(transcript, taken))
                    read_earned = {c.id for c in read_score.earned}
                    counts = tally.read.setdefault(threshold, [0, 0, 0, 0])
                    examples = tally.read_examples.setdefault(threshold, [])
                    for criterion in typed.criteria:
                        a, b = criterion.id in typed_earned, criterion.id in read_earned
                        counts[0] += a == b
                        counts[1] += b and not a
                        counts[2] += a and not b
                    counts[3] += len(taken)
                    examples += [f"{qid}/{r.criterion} ({voice}): heard {r.heard!r}, read {r.read!r} "
                                 f"({r.distance}; {'right' if r.criterion in typed_earned else 'WRONG'})"
                                 for r in taken]
                pace = measure(transcript, None).words_per_minute
                tally.pace_errors.append(abs(pace - true_pace) / true_pace)
                counted = corrected_count(transcript, text)
                pace = measure(transcript, None, word_count=counted).words_per_minute
                tally.corrected_pace_errors.append(abs(pace - true_pace) / true_pace)
        if verbose:
            print(f"  {n}/{len(items)} {qid} {kind}", file=sys.stderr)
    return {f"{voice}/{label(model)}": tally.figures() for (voice, model), tally in tallies.items()}


def label(model: str) -> str:
    return "whisper:" + Path(model.split("=", 1)[1]).name if model.startswith("whisper=") else model


def run_pauses(pack: Any, cache: Path, limit: int | None, verbose: bool,
               voices: tuple[str, ...] = tuple(VOICES)) -> dict[str, Any]:
    """Model answers with PAUSES inserted between sentences: every inserted pause should be
    found (a long pause overlapping it), and no other long pause reported."""
    engine = PocketSphinx()
    out = {}
    for voice in voices:
        inserted = found = extra = 0
        for question in pack.questions[:limit]:
            sentences = _SENTENCE.split(" ".join(question.model_answer.split()))
            if len(sentences) < len(PAUSES) + 1:
                continue
            pcm, truth = b"", []
            for i, sentence in enumerate(sentences):
                pcm += synthesise(sentence, voice, cache)
                if i < len(PAUSES):
                    truth.append((len(pcm) / (2 * SAMPLE_RATE), PAUSES[i]))
                    pcm += bytes(int(PAUSES[i] * SAMPLE_RATE) * 2)
            report = measure(engine.transcribe(Audio(pcm), language="en"), None)
            hits = set()
            for pause in report.pauses:
                match = [k for k, (at, length) in enumerate(truth)
                         if pause.start < at + length and at < pause.start + pause.seconds]
                hits.update(match)
                extra += not match
            inserted += len(truth)
            found += len(hits)
            if verbose:
                print(f"  pauses {voice} {question.id}: {len(hits)}/{len(truth)}", file=sys.stderr)
        out[voice] = {"inserted": inserted, "found": found, "recall": round(found / max(1, inserted), 3),
                      "other_long_pauses": extra}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N questions")
    parser.add_argument("--cache", help="where synthesised audio is kept")
    parser.add_argument("--models", default="general,pack",
                        help="what to compare: general, pack (pocketsphinx language models), "
                             "whisper=MODEL (faster-whisper, a model name or folder)")
    parser.add_argument("--no-pauses", action="store_true", help="skip the inserted-pause set")
    parser.add_argument("--no-pack-answers", action="store_true",
                        help="skip the pack's model answers and examples (e.g. to run the candidates' "
                             "answers in a process of their own)")
    parser.add_argument("--every", type=int, default=3,
                        help="every Nth labelled candidate answer of bench/data/en.yaml (0: none)")
    parser.add_argument("--tuning", type=int, default=0,
                        help="also the first N labelled answers NOT among every --every-th: the tuning "
                             "set, for choosing settings (never reported as a result)")
    parser.add_argument("--transcripts",
                        help="a folder keeping each transcript (with its decoding CPU time): a rerun "
                             "with the same decoder reads them back instead of decoding again")
    parser.add_argument("--thresholds", default="",
                        help="phone distances to try for reading misheard keywords again (bench/phonetic.py, "
                             f"comma-separated, e.g. {PHONE_DISTANCE}); measured and rejected: coach does "
                             "not use it")
    parser.add_argument("--voices", default=",".join(VOICES),
                        help="which voices (comma-separated): run one per process to use two cores")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    pack = load_pack("customer-service")
    cache = cache_folder(args.cache)
    items = texts(pack, args.limit)
    kept = Path(args.transcripts) if args.transcripts else None
    thresholds = tuple(float(t) for t in args.thresholds.split(",") if t)
    voices = tuple(args.voices.split(","))
    models = args.models.split(",")
    results = {"answers": len(items), "long_pause": LONG_PAUSE, "targets": TARGETS,
               "plain": {} if args.no_pack_answers else run_plain(pack, items, cache, models, args.verbose,
                                                                   voices, kept=kept, thresholds=thresholds),
               "pauses": {} if args.no_pauses else run_pauses(pack, cache, args.limit, args.verbose, voices)}
    if args.every:
        probe = candidates(args.every)[: args.limit * 3 if args.limit else None]
        results["candidates"] = run_plain(pack, probe, cache, args.models.split(","), args.verbose,
                                          voices=voices, leave_out=False, kept=kept, thresholds=thresholds)
        results["candidate_answers"] = len(probe)
    if args.tuning:
        probe = candidates(args.every or 3, tuning=True)[: args.tuning]
        results["tuning"] = run_plain(pack, probe, cache, args.models.split(","), args.verbose,
                                      voices=voices, leave_out=False, kept=kept, thresholds=thresholds)
        results["tuning_answers"] = len(probe)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{len(items)} answers (model answers and examples of customer-service), "
          f"voices {', '.join(voices)}")
    print(f"{'voice/LM':<19}{'audio s':>9}{'WER':>7}{'RTF':>7}{'agree':>7}{'gained':>8}{'lost':>7}"
          f"{'pace err':>10}{'max':>6}{'<=5%':>6}{'corrected':>10}{'max':>6}{'<=5%':>6}")
    rows = [*results["plain"].items(),
            *((f"cand {k}", v) for k, v in results.get("candidates", {}).items()),
            *((f"tune {k}", v) for k, v in results.get("tuning", {}).items())]
    for name, f in rows:
        print(f"{name:<19}{f['answers_seconds']:>9}{f['wer']:>7}{f['rtf']:>7}{f['agreement']:>7}"
              f"{f['gained']:>8.2%}{f['lost']:>7.2%}{f['pace_error_mean']:>10.1%}{f['pace_error_max']:>6.0%}"
              f"{f['pace_within_5pct']:>6.0%}{f['corrected_pace_error_mean']:>10.1%}"
              f"{f['corrected_pace_error_max']:>6.0%}{f['corrected_pace_within_5pct']:>6.0%}")
    for name, f in rows:
        for example in f["gained_examples"]:
            print(f"  gained ({name}): {example}")
    for name, f in rows:
        for threshold, r in f["read"].items():
            print(f"{name:<19} read misheard keywords within {threshold}: agree {r['agreement']}, gained "
                  f"{r['gained']:.2%} ({r['gained_pairs']}), lost {r['lost']:.2%}, {r['readings']} readings")
            for example in r["examples"]:
                print(f"  {example}")
    for voice, f in results["pauses"].items():
        print(f"pauses {voice}: {f['found']}/{f['inserted']} found (recall {f['recall']}), "
              f"{f['other_long_pauses']} other long pauses")


if __name__ == "__main__":
    main()
