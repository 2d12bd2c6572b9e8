"""The speech-to-text engines behind the Engine interface, chosen by name.

  pocketsphinx  offline, English only; acoustic model, dictionary and language model ship
                inside its wheel (`pip install 'coach[voice]'`). The default for English.
  whisper       faster-whisper (`pip install 'coach[whisper]'`) with a model given by name
                (fetched by faster-whisper on first use) or as a local folder; many languages,
                Swedish and Telugu among them. The default for other languages, where installed.

This is the only module that imports pocketsphinx or faster_whisper (ruff banned-api), and only
when an engine is opened, so `coach score` without `--audio` never pays for them.

How the transcript is decoded for scoring: with the engine's general language model, never one
built from the pack. A pack-built model decodes faster but can only hear the pack's words, so it
turns what the candidate said into rubric keywords they did not say; bench/speech.py measures
both ("credits gained only through transcription") and docs/voice.md gives the figures.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from coach.errors import CoachError, VoiceUnavailable

from . import Audio, Engine, Transcript, Word
from .audio import padded

VOICE_EXTRA = "pip install 'coach[voice]'"
WHISPER_EXTRA = "pip install 'coach[whisper]'"
ENGINES = ("pocketsphinx", "whisper")
DEFAULT_WHISPER_MODEL = "small"  # the smallest faster-whisper model that is usable in Swedish
# pocketsphinx's alternative pronunciations are marked "word(2)"; <s>, </s>, <sil>, [NOISE] and
# [SPEECH] are silences and noises, not words.
_ALTERNATIVE = re.compile(r"\(\d+\)$")
_PUNCTUATION = ".,!?;:\"“”‘’()[]…"


class PocketSphinx:
    """pocketsphinx with the US English model inside its wheel. `language_model="pack"` decodes
    with a trigram model built from `hints` (the pack's text) instead of the general one: for
    measurement (bench/speech.py), not for scoring."""

    def __init__(self, *, language_model: str = "general") -> None:
        if language_model not in ("general", "pack"):
            raise CoachError(f"unknown language model {language_model!r}; expected general or pack")
        try:
            import pocketsphinx
        except ImportError:
            raise VoiceUnavailable(f"transcribing speech needs the voice extra: {VOICE_EXTRA}") from None
        self._pocketsphinx = pocketsphinx
        self.language_model = language_model
        self.name = "pocketsphinx" if language_model == "general" else "pocketsphinx+pack"
        self._decoder: Any = None
        self._pack_models: dict[str, str] = {}  # hints -> search name

    def _decoder_for(self, hints: str | None) -> Any:
        if self._decoder is None:
            # Dither (with a fixed seed, so a recording always gives the same transcript): on
            # digital silence, the log energies of exact zeros made it hear words ("dog", "i'm").
            # Otherwise pocketsphinx's own settings: on a tuning set of labelled answers kept out
            # of every reported set (16 answers, 515 words, kal voice), language weights 5/7/8
            # and 8/10/11 (default 6.5/8.5/9.5), word insertion penalty 0.2 (0.65) and wider beams
            # moved WER by at most a point (0.195-0.252 against 0.206), within a few words'
            # noise; the wider beams' point cost about twice the CPU.
            self._decoder = self._pocketsphinx.Decoder(loglevel="FATAL", dither=True, seed=1)
        decoder = self._decoder
        if self.language_model == "general":
            return decoder
        if not hints:
            raise CoachError("the pack language model needs the pack's text as hints")
        name = self._pack_models.get(hints)
        if name is None:
            name = f"pack{len(self._pack_models)}"
            decoder.add_lm(name, self._pack_lm(decoder, hints))
            self._pack_models[hints] = name
        decoder.activate_search(name)
        return decoder

    def _pack_lm(self, decoder: Any, hints: str) -> Any:
        """A trigram model of the pack's sentences, built by pocketsphinx's own ARPA builder;
        words the dictionary lacks are left out (pocketsphinx would refuse them)."""
        import tempfile

        try:
            from pocketsphinx.lm import ArpaBoLM
        except ImportError:
            raise VoiceUnavailable("a pack language model needs pocketsphinx 5.1 or later") from None
        sentences = []
        for line in re.split(r"[.!?;:\n]+", hints.lower()):
            words = [w for w in re.findall(r"[a-z']+", line) if decoder.lookup_word(w) is not None]
            if words:
                sentences.append(" ".join(words))
        with tempfile.TemporaryDirectory() as folder:
            arpa = os.path.join(folder, "pack.arpa")
            model = ArpaBoLM(text="\n".join(sentences), add_start=True, case="lower")
            model.compute()
            model.write_file(arpa)
            return self._pocketsphinx.NGramModel(decoder.config, decoder.logmath, arpa)

    def pronounce(self, word: str) -> str | None:
        """The word's phones in the model's dictionary (CMUdict: "K AH S T AH M ER Z"), or None
        when it is not there: what bench/phonetic.py compares to read misheard keywords again."""
        if self._decoder is None:
            if self.language_model != "general":
                return None  # the pack model is for measurement only; it reads nothing again
            self._decoder_for(None)
        found = self._decoder.lookup_word(word.lower())
        return str(found) if found else None

    def transcribe(self, audio: Audio, *, language: str, hints: str | None = None) -> Transcript:
        if language != "en":
            raise VoiceUnavailable(f"pocketsphinx transcribes English only, not {language!r}; "
                                   f"for other languages use the whisper engine: {WHISPER_EXTRA}")
        decoder = self._decoder_for(hints)
        frame_rate = float(decoder.config["frate"])
        decoder.start_utt()
        decoder.process_raw(padded(audio), full_utt=True)
        decoder.end_utt()
        words: list[Word] = []
        for segment in decoder.seg():
            text = _ALTERNATIVE.sub("", segment.word)
            if not text or text[0] in "<[":
                continue
            start = min(segment.start_frame / frame_rate, audio.seconds)
            end = min((segment.end_frame + 1) / frame_rate, audio.seconds)
            words.append(Word(text, start, end))
        return Transcript(text=" ".join(w.text for w in words), words=tuple(words), seconds=audio.seconds,
                          engine=self.name, language=language)


class Whisper:
    """faster-whisper on the CPU (int8), the model given by name or local folder. The pack's
    text is not given as a prompt: like a pack language model, it would put rubric words in the
    candidate's mouth."""

    def __init__(self, model: str | None = None) -> None:
        try:
            import faster_whisper
        except ImportError:
            raise VoiceUnavailable(f"the whisper engine needs the whisper extra: {WHISPER_EXTRA}") from None
        self.model_name = model or DEFAULT_WHISPER_MODEL
        self.name = f"whisper:{Path(self.model_name).name if os.sep in self.model_name else self.model_name}"
        self._faster_whisper = faster_whisper
        self._model: Any = None

    def _loaded(self) -> Any:
        if self._model is None:
            try:
                self._model = self._faster_whisper.WhisperModel(self.model_name, device="cpu",
                                                                compute_type="int8")
            except Exception as exc:  # hub, file and format errors all mean "no model"
                raise VoiceUnavailable(
                    f"whisper model {self.model_name!r} cannot be loaded ({type(exc).__name__}: "
                    f"{str(exc)[:200]}); give a model name faster-whisper can fetch (tiny, base, small, "
                    "medium) or a local folder of a converted model with --model") from None
        return self._model

    def transcribe(self, audio: Audio, *, language: str, hints: str | None = None) -> Transcript:
        import numpy as np

        samples = np.frombuffer(padded(audio), dtype="<i2").astype(np.float32) / 32768
        segments, _info = self._loaded().transcribe(samples, language=language, word_timestamps=True,
                                                    beam_size=5, condition_on_previous_text=False)
        words: list[Word] = []
        texts: list[str] = []
        for segment in segments:
            texts.append(segment.text.strip())
            for word in segment.words or ():
                # The word without the punctuation whisper attaches ("first." -> "first"); the
                # transcript's text keeps it, for reading and editing.
                text = word.word.strip().strip(_PUNCTUATION)
                if text:
                    words.append(Word(text, min(float(word.start), audio.seconds),
                                      min(float(word.end), audio.seconds)))
        return Transcript(text=" ".join(t for t in texts if t), words=tuple(words), seconds=audio.seconds,
                          engine=self.name, language=language)


def open_engine(name: str | None = None, *, language: str, model: str | None = None) -> Engine:
    """The engine called `name`, or the default for `language` (pocketsphinx for English, whisper
    for others). Raises VoiceUnavailable naming the extra to install when it is missing."""
    if name is None:
        if language == "en":
            name = "pocketsphinx"
        else:
            try:
                import faster_whisper  # noqa: F401
            except ImportError:
                raise VoiceUnavailable(
                    f"transcribing {language!r} answers needs the whisper engine and a model: "
                    f"{WHISPER_EXTRA} (pocketsphinx knows English only)") from None
            name = "whisper"
    if name == "pocketsphinx":
        if model is not None:
            raise CoachError("pocketsphinx uses the model inside its package; --model is for whisper")
        if language != "en":
            raise VoiceUnavailable(f"pocketsphinx transcribes English only, not {language!r}; "
                                   f"for other languages use the whisper engine: {WHISPER_EXTRA}")
        return PocketSphinx()
    if name == "whisper":
        return Whisper(model)
    raise CoachError(f"unknown speech engine {name!r}; expected one of: {', '.join(ENGINES)}")

