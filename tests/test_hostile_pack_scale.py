"""Hostile packs that are valid YAML but pathological in size: validation and its warnings
stay linear (or n log n). Bounded by counting the costly steps, never by timing (timings are
in bench/validate_speed.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from coach.errors import PackError
from coach.packs import load_pack_file, load_pack_text
from coach.packs.loader import MAX_PROBLEMS
from coach.scoring import analysis, detect, matcher, score
from coach.trainer.lint import lint

HEAD = "pack: big\ntitle: Big\nlanguage: en\n"


def _word(i: int) -> str:
    rng = random.Random(i)
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(4))


def test_thousands_of_undefined_criteria_look_up_hints_only_for_the_problems_shown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each "did you mean" is a pass over every defined id: done per reference, 2,000
    references to 2,000 criteria were 4 million comparisons (quadratic)."""
    import difflib

    from rapidfuzz import process

    n = 2_000
    crit = "".join(f"  crit-{i}:\n    label: C\n    keywords: [{_word(i)}]\n" for i in range(n))
    refs = ", ".join(f"crit-{i}x" for i in range(n))
    text = f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n    criteria: [{refs}]\n"
    lookups = []
    for module, name in ((difflib, "get_close_matches"), (process, "extractOne")):
        real = getattr(module, name)

        def counted(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            lookups.append(args[0])
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    with pytest.raises(PackError) as info:
        load_pack_text(text, "big.yaml")
    problems = info.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].message == "criterion 'crit-0x' is not defined under criteria; did you mean 'crit-0'?"
    assert problems[-1].message == f"… and {n - MAX_PROBLEMS:,} more problems; fix these first"
    assert len(lookups) <= MAX_PROBLEMS


def test_an_undefined_id_repeated_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from rapidfuzz import process

    calls = []
    real = process.extractOne
    monkeypatch.setattr(process, "extractOne", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    questions = "".join(f"  - id: q{i}\n    prompt: Why?\n    criteria: [empathi]\n" for i in range(50))
    text = f"{HEAD}criteria:\n  empathy:\n    label: E\n    keywords: [empathy]\nquestions:\n{questions}"
    with pytest.raises(PackError) as info:
        load_pack_text(text, "p.yaml")
    assert len(info.value.problems) == 50
    assert all(p.message.endswith("did you mean 'empathy'?") for p in info.value.problems)
    assert calls == ["empathi"]


def _count_matches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = analysis.Analysis.best

    def best(self, phrases):  # type: ignore[no-untyped-def]
        calls.append(len(phrases))
        return real(self, phrases)

    monkeypatch.setattr(analysis.Analysis, "best", best)
    return calls


def test_duplicate_keyword_warnings_match_each_phrase_against_few_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every keyword was matched against every other: 600 keywords, 360,000 matches."""
    n = 300
    words = ", ".join(_word(i) for i in range(n))
    path = tmp_path / "dup.yaml"
    path.write_text(f"{HEAD}criteria:\n  first:\n    label: A\n    keywords: [{words}]\n"
                    f"  second:\n    label: B\n    keywords: [{words}]\n"
                    "questions:\n  - id: q\n    prompt: Why?\n", encoding="utf-8")
    pack = load_pack_file(path)
    calls = _count_matches(monkeypatch)
    warnings = [p for p in lint(pack) if "is also a keyword of 'first'" in p.message]
    assert len(warnings) == n  # every duplicate still found, each once
    assert warnings[0].line == 10 and warnings[0].path == "criteria.second.keywords[0]"
    assert sum(calls) <= 4 * 2 * n


def test_one_phrase_repeated_in_many_criteria_is_reported_once_each_in_bounded_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    n = 400
    crit = "".join(f"  c-{i}:\n    label: C\n    keywords: [customer service, Customer Service]\n"
                   for i in range(n))
    path = tmp_path / "same.yaml"
    path.write_text(f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n",
                    encoding="utf-8")
    pack = load_pack_file(path)
    calls = _count_matches(monkeypatch)
    analysed: list[str] = []
    real = matcher.Matcher.analyse
    monkeypatch.setattr(matcher.Matcher, "analyse",
                        lambda self, text: analysed.append(text) or real(self, text))
    found = lint(pack)
    shared = [p for p in found if "is also a keyword of" in p.message]
    same = [p for p in found if "matches the same answers as" in p.message]
    # Each later copy names the first criterion, once; each criterion's second spelling is
    # redundant with its first.
    assert len(shared) == 2 * (n - 1)
    assert all("is also a keyword of 'c-0' ('customer service', line 7)" in p.message for p in shared)
    assert len(same) == n
    # Identical phrases are matched once, however often they are repeated.
    assert len(analysed) == 1 and sum(calls) <= 2


COMMON = ["customer", "service", "team", "always", "listen", "explain", "help", "problem", "today",
          "good", "support", "clear", "answers", "fast", "honest", "follow", "after", "every",
          "call", "people", "feel", "heard"]


def _long_phrase_pack(criteria: int, phrases: int, words: int) -> str:
    rng = random.Random(3)
    crit = ""
    for c in range(criteria):
        kws = ", ".join(" ".join(rng.choice(COMMON) for _ in range(words)) for _ in range(phrases))
        crit += f"  c{c}:\n    label: C\n    keywords: [{kws}]\n"
    return f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n"


def test_many_long_phrases_of_common_words_cost_a_bounded_number_of_anchors_per_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each phrase was tried at every place of its rarest word: 2,000 phrases of common words
    against a 6,000-word answer of the same words tried ~300,000 places (a minute or more at
    the issue's sizes). The places tried per answer now share a budget."""
    pack = load_pack_text(_long_phrase_pack(5, 400, 6))
    rng = random.Random(4)
    # One long sentence of the phrases' words, each followed by another word: every phrase is
    # tried everywhere, and nowhere are its words close enough to match.
    answer = " ".join(rng.choice(COMMON) + " zz" for _ in range(3_000))
    monkeypatch.setattr(analysis, "_ANCHOR_BUDGET", 20_000, raising=False)
    tried: list[int] = []
    real = analysis.bisect_left

    def counted(keys, value):  # type: ignore[no-untyped-def]
        tried.append(1)
        return real(keys, value)

    monkeypatch.setattr(analysis, "bisect_left", counted)
    result = score.score_answer(pack, "q", answer)
    assert result.words == 6_000 and not any(c.earned for c in result.criteria)
    phrases = 5 * 400
    anchors = max(20_000, getattr(analysis, "_MIN_ANCHORS", 8) * phrases)
    assert len(tried) <= anchors * 5  # each place tried looks for the phrase's 5 other words


def test_the_anchor_budget_leaves_a_real_pack_untouched() -> None:
    """The bundled pack against a 10,000-word answer that says every keyword phrase: every
    phrase is tried at more places than any of its words occurs."""
    from coach.packs import load_pack

    pack = load_pack("customer-service")
    phrases = [k for c in pack.criteria.values() for k in c.keywords]
    answer = ". ".join(phrases * (60_000 // (len(". ".join(phrases)) + 2)))[: score.MAX_ANSWER_CHARS]
    analysed = pack.rubric.matcher.analyse(answer)
    most = max(len(found) for found in analysed.positions.values())
    assert analysed._anchor_limit() > most


def test_two_typo_matching_of_many_long_keywords_is_done_in_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack of a thousand long keywords sharing their first letters: each answer word is
    compared with them in one vectorised pass, not one Python-level distance call per keyword
    (200 words x 1,000 keywords = 200,000 calls before)."""
    import random
    import string

    from coach.packs import load_pack_text

    rng = random.Random(7)

    def word() -> str:
        return "co" + "".join(rng.choice(string.ascii_lowercase) for _ in range(9))

    words = [word() for _ in range(1000)]
    keywords = ", ".join(words)
    # Swedish: English tolerates no second typo (coach.lang.Language.two_typos).
    pack = load_pack_text(f"pack: p\ntitle: P\nlanguage: sv\ncriteria:\n  c:\n    label: C\n"
                          f"    keywords: [{keywords}]\nquestions:\n  - id: q\n    prompt: Q?\n")
    calls = 0
    real = matcher.OSA.distance

    def counted(*args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matcher.OSA, "distance", counted)
    first = words[0]
    letters = list(first)
    for at in (3, 6):  # another letter in two places
        letters[at] = "z" if letters[at] != "z" else "y"
    two_slips = "".join(letters)
    score.score_answer(pack, "q", " ".join(word() for _ in range(200)))
    assert calls < 5_000, calls
    # the batch path finds a word two edits from a keyword
    assert detect(pack, f"I said {two_slips} to her.")["c"].keyword == first
