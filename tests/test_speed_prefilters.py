"""Issue 16's cheap checks before costly work change no result: a new answer word skips the
typo look-ups when none of its deletion variants is indexed and the ending look-ups when it
has none of the language's endings, and the family and deletion look-ups whose heads no
keyword word has (words.Prefilters); sequence_hits reads its index without _near; and a chunk
of an answers file without CR is split by bytes.find, not by the line-end pattern."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from coach import tabular
from coach.packs import load_pack
from coach.scoring import judge
from coach.scoring.analysis import Analysis
from coach.scoring.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
PACKS = {"en": "customer-service", "sv": "customer-service-sv", "te": "customer-service-te"}


def answers(language: str) -> list[str]:
    data = yaml.safe_load((ROOT / "bench" / "data" / f"{language}.yaml").read_text(encoding="utf-8"))
    return [a["answer"] for a in data["answers"]]


def slips(word: str, rng: random.Random) -> list[str]:
    """The word with one letter dropped, doubled or swapped, and with an ending added."""
    found = [word + "s", word + "ed", word + "ing", word + "e"]
    if len(word) > 3:
        at = rng.randrange(1, len(word) - 1)
        found += [word[:at] + word[at + 1:], word[:at] + word[at] + word[at:],
                  word[:at] + word[at + 1] + word[at] + word[at + 2:]]
    return found


class _NeverDisjoint:
    """Stands in for the deletion index's keys: says every word may be near a keyword."""

    def isdisjoint(self, _variants: object) -> bool:
        return False


class _HoldsAll:
    """Stands in for a prefilter's set of heads (every word's head is there) and for the endings
    by their last letter (every ending may end every word)."""

    def __init__(self, endings: tuple[str, ...] = ()) -> None:
        self.endings = endings

    def __contains__(self, _head: object) -> bool:
        return True

    def get(self, _last: str, _default: object = None) -> tuple[str, ...]:
        return self.endings


@pytest.mark.parametrize("language", sorted(PACKS))
def test_word_matches_are_the_same_without_the_prefilters(language: str) -> None:
    rng = random.Random(3)
    fast: Matcher = load_pack(PACKS[language]).rubric.matcher
    slow = Matcher(fast.rubric)
    slow._deletion_keys = _NeverDisjoint()  # type: ignore[assignment]
    slow._endings = ("",)  # every word "ends" in the empty string: the loop always runs
    # Every other skip off: every stem's family is looked up, every deletion variant built and
    # every ending tried (the endings by their last letter: all of them under every letter).
    every_ending = tuple(e for e in slow.language.inflectional_suffixes if e)
    slow._pre = replace(
        slow._pre, base_cuts=None, family_heads=_HoldsAll(), deletion_heads=_HoldsAll(),
        endings_by_last=_HoldsAll(every_ending))  # type: ignore[arg-type]
    words = {w for text in answers(language) for w in slow.analyse(text).tokens.norms}
    words |= {slip for term in fast.terms for slip in slips(term.norm, rng)}
    words |= {slip for w in sorted(words)[:400] for slip in slips(w, rng)}
    assert len(words) > 1_000
    for word in sorted(words):
        assert fast.word_matches(word) == slow.word_matches(word), word


def _sequence_hits_reference(analysis: Analysis) -> dict[str, list[tuple[str, int, int]]]:
    """sequence_hits as written before, through judge.near."""
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    found: dict[str, list[tuple[str, int, int]]] = {owner: [] for owner in judge.SEQUENCE_OWNERS}
    norms, stem_of, n = tokens.norms, analysis.stem_of, len(tokens.norms)
    for i in analysis.sequence_keys:
        entries = judge.near(rules.sequences[stem_of[norms[i]]],
                              stem_of[norms[i - 1]] if i > 0 else None,
                              stem_of[norms[i + 1]] if i + 1 < n else None)
        for (owner, text, pattern), at in entries:
            first = i - at
            last = first + len(pattern) - 1
            if first < 0 or last >= n or tokens.sentences[first] != tokens.sentences[last]:
                continue
            if all((judge.is_cue(analysis, first + k) if item is None
                    else stem_of[norms[first + k]] == item) for k, item in enumerate(pattern)):
                if owner not in ("@sense", "@frame") and \
                        judge.negation_of(analysis, first, last) is not None:
                    continue
                found[owner].append((text, first, last))
    for hits in found.values():
        hits.sort(key=lambda hit: (hit[1], -hit[2]))
    return found


@pytest.mark.parametrize("language", sorted(PACKS))
def test_sequence_hits_are_what_near_gave(language: str) -> None:
    matcher: Matcher = load_pack(PACKS[language]).rubric.matcher
    hits = 0
    for text in answers(language):
        analysis = matcher.analyse(text)
        found = judge.sequence_hits(analysis)
        assert found == _sequence_hits_reference(analysis)
        hits += sum(map(len, found.values()))
    assert hits > 20


def _pattern_ends(chunk: bytes, pos: int) -> Iterator[tuple[int, int]]:
    for match in tabular._EOL.finditer(chunk, pos):
        yield match.span()


def test_lines_split_without_the_pattern_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    pieces = [b"a", b"bc", b"\xc3\xa9", b"\n", b"\r", b"\r\n", b"\n\n", b"{\"x\": 1}", b" " * 7]
    for size in (1, 2, 3, 5, 16):
        monkeypatch.setattr(tabular, "_CHUNK", size)
        for _ in range(400):
            data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
            for limit in (4, 1000):
                fast = list(tabular.split_lines(io.BytesIO(data), limit))
                with monkeypatch.context() as patched:
                    patched.setattr(tabular, "_line_ends", _pattern_ends)
                    slow = list(tabular.split_lines(io.BytesIO(data), limit))
                assert fast == slow, (data, size, limit)


def test_the_control_check_of_an_ascii_row_is_the_pattern_s() -> None:
    from coach.output import jsonout

    def by_pattern(text: str) -> bool:
        return bool(jsonout._MAY_HOLD_ESCAPED_CONTROL.search(text) or
                    jsonout._MAY_HOLD_RAW_CONTROL.search(text))

    rng = random.Random(4)
    alphabet = ["a", "\\", "u", "0", "b", "7", "f", "\x7f", "\x80", "\x9f", "é", "\u200e", "\u2066",
                "\ud800", "\u061c", "\"", " ", "\x1b", "\\u001b", "\\r"]
    seen = {True: 0, False: 0}
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        seen[text.isascii()] += 1
        assert jsonout.may_hold_control(text) == by_pattern(text), repr(text)
    assert min(seen.values()) > 1_000


def _quoted_by_counting(analysis: Analysis, pos: int) -> bool:
    """quotes.quoted by plain counting: the quotation marks before the word."""
    full = analysis.tokens.text
    text = full[: analysis.tokens.span(pos)[0]]
    if "\u201d" in full and "\u201c" not in full:  # (Swedish ”…”: closing marks at both ends)
        return (text.count('"') + text.count("\u201d")) % 2 == 1
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def test_quoted_by_bisect_equals_counting() -> None:
    from coach.scoring.quotes import quoted

    rubric = load_pack(ROOT / "questions" / "customer-service.yaml").rubric
    rng = random.Random(7)
    pieces = ['"', "\u201c", "\u201d", "I said", "sorry", "the sign", "says", ",", ".", "we", "exceed"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    texts += [t for t in answers("en") if '"' in t or "\u201c" in t]
    for text in texts:
        analysis = rubric.matcher.analyse(text)
        for pos in range(len(analysis.tokens.norms)):
            assert quoted(analysis, pos) == _quoted_by_counting(analysis, pos), (text, pos)


def test_the_breaks_between_clauses_equal_the_text_between_their_words() -> None:
    from coach.tokens import tokenize

    rng = random.Random(11)
    pieces = [":", ",", ";", '"', "\u201c", "\u201d", " - ", "(", ")", "options", "a refund", "I", "é", "\n"]
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 16)))
             for _ in range(3000)]
    for text in texts + answers("en")[:200] + answers("te")[:50]:
        tokens = tokenize(text)
        for k in range(1, len(tokens.norms)):
            if tokens.clauses[k] != tokens.clauses[k - 1]:
                between = text[tokens.span(k - 1)[1] : tokens.span(k)[0]]
                assert (":" in tokens.between_clauses(k - 1, k)) == (":" in between), (text, k)
