"""A second look at what was heard, measured and rejected (issue 17; docs/voice.md): a
question's keyword phrase the engine misheard as words that sound the same ("customer's shoes"
heard as "customers use") read as that phrase for scoring.

Both are turned into phones with pocketsphinx's pronouncing dictionary (CMUdict phones); a run
of whole heard words whose phones are near-identical to a keyword phrase's is read as the
phrase, only for a criterion the heard text does not earn, only when it then earns it without
losing another, never from part of a word or from a run that leaves out a word of the phrase.
`python bench/speech.py --thresholds 0.15,0.2,0.25` measures it. On the tuning set it invents
more credit than it recovers at every phone distance that reads anything ("we did" read as
"redid", "for three" as "for free"), so coach does not use it; it is kept here so the finding
can be reproduced and a better guard tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.voice import Transcript

if TYPE_CHECKING:
    from coach.scoring.rubric import HasId, HasRubric, Rubric

Pronounce = Callable[[str], "str | None"]  # a word -> its phones ("K AH S T AH M ER Z"), or None

# Edits (phone insertions, deletions, substitutions) per phone of the keyword phrase: at most
# this share may differ. The smallest distance at which it reads anything on the tuning set.
PHONE_DISTANCE = 0.2
# A keyword phrase of fewer phones is never read from other words: one edit in a short word
# turns it into another word ("fast" F AE S T, "first" F ER S T).
MIN_PHONES = 5
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


@dataclass(frozen=True, slots=True)
class Reading:
    """Heard words [start, end) of the transcript read as a keyword phrase of a criterion."""

    start: int  # index into Transcript.words
    end: int  # one past the last word read
    heard: str
    read: str
    criterion: str
    distance: float  # phone edits per phone of the phrase


def phones_of(text: str, pronounce: Pronounce) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of `text` (lower case, hyphens and slashes split) and all their phones, or None
    when the dictionary lacks one of the words."""
    words = tuple(_WORD.findall(text.lower().replace("’", "'")))
    phones: list[str] = []
    for word in words:
        found = pronounce(word)
        if not found:
            return None
        phones += found.split()
    return (words, tuple(phones)) if words else None


def candidates(heard: Sequence[str], phrase: str, pronounce: Pronounce,
               threshold: float = PHONE_DISTANCE) -> list[tuple[float, int, int]]:
    """Every run of whole heard words [start, end) whose phones are within `threshold` of the
    phrase's, as (distance, start, end), nearest first; none when the phrase is already heard
    as text, is too short, or holds a word the dictionary lacks."""
    from rapidfuzz.distance import Levenshtein

    if "{" in phrase:
        return []  # a word class ("see how {feeling}") stands for many words, not one sound
    spelled = phones_of(phrase, pronounce)
    if spelled is None:
        return []
    words, target = spelled
    if len(target) < MIN_PHONES:
        return []
    lowered = [w.lower() for w in heard]
    if any(tuple(lowered[i:i + len(words)]) == words for i in range(len(lowered))):
        return []  # heard as text: the scoring matcher sees it
    heard_phones = [pronounce(w) for w in lowered]
    heard_lengths = [len(p.split()) if p else 0 for p in heard_phones]
    spelled_lengths = [len((pronounce(w) or "").split()) for w in words]
    budget = int(threshold * len(target) + 1e-9)
    found = []
    for start in range(len(lowered)):
        phones: list[str] = []
        for end in range(start + 1, len(lowered) + 1):
            said = heard_phones[end - 1]
            if not said:
                break
            phones += said.split()
            if len(phones) - len(target) > budget:
                break  # longer runs only grow further apart
            if len(target) - len(phones) > budget:
                continue
            edits = Levenshtein.distance(target, phones, score_cutoff=budget)
            if edits <= budget and tuple(lowered[start:end]) != words \
                    and _word_for_word(target, spelled_lengths, phones, heard_lengths[start:end]):
                found.append((edits / len(target), start, end))
    return sorted(found)


def _word_for_word(target: Sequence[str], target_words: Sequence[int], phones: Sequence[str],
                   heard_words: Sequence[int]) -> bool:
    """Whether every word of the phrase and every heard word keeps a phone of its own in the
    alignment: "put myself in their" is close to "put myself in their shoes" in phones, but
    the candidate did not say "shoes", and a heard word with nothing in the phrase was not it."""
    from rapidfuzz.distance import Levenshtein

    kept_target: set[int] = set()
    kept_heard: set[int] = set()
    for op in Levenshtein.opcodes(target, phones):
        if op.tag == "equal":
            kept_target.update(range(op.src_start, op.src_end))
            kept_heard.update(range(op.dest_start, op.dest_end))
    return _each_word_kept(target_words, kept_target) and _each_word_kept(heard_words, kept_heard)


def _each_word_kept(lengths: Sequence[int], kept: set[int]) -> bool:
    at = 0
    for length in lengths:
        if not kept.intersection(range(at, at + length)):
            return False
        at += length
    return True


def _replaced(heard: Sequence[str], readings: Sequence[Reading]) -> str:
    out: list[str] = []
    index = 0
    for reading in sorted(readings, key=lambda r: r.start):
        out += heard[index:reading.start]
        out.append(reading.read)
        index = reading.end
    return " ".join([*out, *heard[index:]])


def read_for_scoring(source: Rubric | HasRubric, question: str | HasId, transcript: Transcript,
                     pronounce: Pronounce | None, threshold: float = PHONE_DISTANCE) -> tuple[Reading, ...]:
    """The keyword phrases of `question` read from misheard words of `transcript`: each for a
    criterion the heard text does not earn, that then earns it without losing one it earned.
    Nearest readings are tried first; two readings never share a heard word."""
    from coach.scoring import score_answer
    from coach.scoring.rubric import rubric_of

    if pronounce is None or not transcript.words:
        return ()
    rubric = rubric_of(source)
    q = rubric.question(question)
    heard = [w.text for w in transcript.words]
    earned = {c.id for c in score_answer(rubric, q, transcript.text).earned}
    tried: list[tuple[float, int, int, str, str]] = []
    for cid in rubric.question_criteria(q):
        if cid in earned:
            continue
        for phrase in rubric.criteria[cid].keywords:
            tried += [(d, s, e, phrase, cid) for d, s, e in candidates(heard, phrase, pronounce, threshold)]
    taken: list[Reading] = []
    for distance, start, end, phrase, cid in sorted(tried):
        if cid in earned or any(start < r.end and r.start < end for r in taken):
            continue
        reading = Reading(start, end, " ".join(heard[start:end]), phrase, cid, round(distance, 3))
        now = {c.id for c in score_answer(rubric, q, _replaced(heard, [*taken, reading])).earned}
        if cid in now and earned <= now:
            taken.append(reading)
            earned = now
    return tuple(sorted(taken, key=lambda r: r.start))


def scored_text(transcript: Transcript, readings: Sequence[Reading]) -> str:
    """The text scored: the transcript with each reading's heard words replaced by its phrase."""
    if not readings:
        return transcript.text
    return _replaced([w.text for w in transcript.words], readings)
