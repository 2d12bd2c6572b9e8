"""Reading misheard keyword phrases again (bench/phonetic.py, measured and rejected for scoring:
docs/voice.md): a run of whole heard words
that sounds like a question's keyword phrase is read as it for scoring, and nothing else is:
not a phrase far from what was heard, not part of a word, not a criterion already earned, not a
reading that earns nothing. Pure: a small dictionary of CMUdict phones stands in for the
engine's."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coach import load_pack, score_answer
from coach.voice import Transcript, Word

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _phonetic() -> ModuleType:
    """bench/phonetic.py imported from its path (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_phonetic", BENCH / "phonetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


phonetic = _phonetic()
MIN_PHONES, PHONE_DISTANCE = phonetic.MIN_PHONES, phonetic.PHONE_DISTANCE
candidates, read_for_scoring, scored_text = phonetic.candidates, phonetic.read_for_scoring, phonetic.scored_text

# CMUdict phones, as pocketsphinx's dictionary gives them.
PHONES = {
    "i": "AY", "put": "P UH T", "myself": "M AY S EH L F", "in": "IH N", "their": "DH EH R",
    "the": "DH AH", "shoes": "SH UW Z", "use": "Y UW S", "customers": "K AH S T AH M ER Z",
    "customer's": "K AH S T AH M ER Z", "issues": "IH SH UW Z", "and": "AH N D",
    "answer": "AE N S ER", "always": "AO L W EY Z", "respect": "R IH S P EH K T",
    "respectively": "R IH S P EH K T IH V L IY", "treat": "T R IY T", "them": "DH EH M",
    "polite": "P AH L AY T", "police": "P AH L IY S", "courteous": "K ER T IY AH S",
    "quickly": "K W IH K L IY", "promptly": "P R AA M P T L IY", "never": "N EH V ER",
    "there": "DH EH R", "shoestring": "SH UW S T R IH NG", "on": "AA N", "a": "AH",
    "empathy": "EH M P AH TH IY", "follow": "F AA L OW", "up": "AH P", "fallow": "F AE L OW",
    "extra": "EH K S T R AH", "mile": "M AY L", "male": "M EY L", "go": "G OW", "we": "W IY",
}
MINI = Path(__file__).resolve().parent / "data" / "mini.yaml"


def said(text: str) -> list[str]:
    """The words a transcript holds."""
    return text.split()


def pronounce(word: str) -> str | None:
    return PHONES.get(word)


def transcript(text: str) -> Transcript:
    words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(text.split()))
    return Transcript(text=text, words=words, seconds=len(words) * 0.5, engine="pocketsphinx", language="en")


def test_a_phrase_heard_as_words_that_sound_the_same_is_found() -> None:
    heard = said("i put myself in the customers use")
    # K AH S T AH M ER Z SH UW Z against K AH S T AH M ER Z Y UW S: 2 edits in 11 phones
    assert candidates(heard, "customer's shoes", pronounce) == [(2 / 11, 5, 7)]
    assert candidates(said("i put myself in there issues"), "put myself in their shoes",
                      pronounce) == [(1 / 17, 1, 6)]


def test_a_phrase_far_from_what_was_heard_is_not_found() -> None:
    heard = said("i put myself in the customers use")
    assert candidates(heard, "promptly", pronounce) == []
    assert candidates(heard, "follow up", pronounce) == []
    # Within a looser threshold it would be: the default is what keeps it out.
    assert candidates(said("i police them"), "polite", pronounce, threshold=0.4)
    assert candidates(said("i police them"), "polite", pronounce) == []


def test_part_of_a_word_is_never_read_as_a_phrase() -> None:
    # "respect" is the first 7 phones of "respectively": only whole heard words are compared.
    assert candidates(said("we answer respectively"), "respect", pronounce) == []
    # Nor is a phrase read from a run that leaves out one of its words: "put myself in their"
    # is 3 phones from "put myself in their shoes", but "shoes" was not said ("shoestring" is
    # not it), and no heard word that has nothing of the phrase is swallowed either.
    assert candidates(said("i put myself in their shoestring"), "put myself in their shoes",
                      pronounce) == []
    assert candidates(said("i put myself in their"), "put myself in their shoes", pronounce,
                      threshold=0.5) == []
    assert candidates(said("customers a use"), "customer's shoes", pronounce, threshold=0.5) == []


def test_a_phrase_already_heard_as_text_or_too_short_or_unknown_is_not_read() -> None:
    assert candidates(said("i put myself in the customer's shoes"), "customer's shoes", pronounce) == []
    short = [p for p in ("go", "up", "mile") if len(said(PHONES[p])) < MIN_PHONES]
    assert short and all(candidates(said("i go up a male"), p, pronounce, threshold=0.5) == []
                         for p in short)
    assert candidates(said("i put myself in the customers use"), "customer's galoshes", pronounce) == []


@pytest.fixture(scope="module")
def mini():
    return load_pack(str(MINI))


def test_a_misheard_keyword_is_read_and_earns_its_criterion(mini) -> None:
    heard = transcript("i put myself in there issues and answer promptly")
    assert "empathy" not in {c.id for c in score_answer(mini, "meaning", heard.text).earned}
    readings = read_for_scoring(mini, "meaning", heard, pronounce)
    assert [(r.heard, r.read, r.criterion, r.start, r.end) for r in readings] == [
        ("put myself in there issues", "put myself in their shoes", "empathy", 1, 6)]
    assert readings[0].distance <= PHONE_DISTANCE
    text = scored_text(heard, readings)
    assert text == "i put myself in their shoes and answer promptly"
    assert "empathy" in {c.id for c in score_answer(mini, "meaning", text).earned}


def test_nothing_is_read_for_an_earned_criterion_or_without_a_dictionary(mini) -> None:
    earned = transcript("i show empathy and put myself in there issues")
    assert read_for_scoring(mini, "meaning", earned, pronounce) == ()
    assert read_for_scoring(mini, "meaning", transcript("i put myself in there issues"), None) == ()
    assert read_for_scoring(mini, "meaning", transcript(""), pronounce) == ()


def test_a_reading_that_would_not_earn_is_not_taken(mini) -> None:
    # Read as the phrase, the answer says "I never put myself in their shoes": negated, so
    # empathy is still not earned, and the reading is not taken.
    negated = transcript("i never put myself in there issues")
    assert read_for_scoring(mini, "meaning", negated, pronounce) == ()
