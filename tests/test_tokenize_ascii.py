"""The ASCII fast path of the tokeniser (coach.tokens._tokenize_ascii, str.split instead of a
pattern per clause) gives exactly what the general path gives: the same words, clauses,
sentences, clause bounds and character offsets."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import tokens as tokens_module
from coach.text import phrase_words
from coach.tokens import tokenize

# Every kind of ASCII character the tokeniser treats apart: word characters, apostrophes,
# each break, white space (a single line break is no break), controls, other punctuation.
ALPHABET = "aZq9_' .,;:!?()\"\n\t\r\x01\x0b\x1c-/\\@#$%^&*+=<>[]{}|`~\x00\x1b\x7f"


def _same(text: str) -> None:
    fast = tokens_module._tokenize_ascii(text)
    general = tokens_module._tokenize_pattern(text)
    assert (fast.norms, fast.clauses, fast.sentences, fast._bounds) == \
        (general.norms, general.clauses, general.sentences, general._bounds), repr(text)
    assert [fast.span(i) for i in range(len(fast))] == [general.span(i) for i in range(len(general))]


def _fast(text: str) -> bool:
    """Does tokenize take the ASCII path for this ASCII text (no blank line, no dash break)?"""
    return not tokens_module._BLANK_LINE_RE.search(text) and not tokens_module._DASH_RE.search(text)


def test_the_ascii_path_agrees_with_the_pattern_on_random_text() -> None:
    rng = random.Random(11)
    for size in (1, 2, 3, 5, 8, 20, 80):
        for _ in range(3_000):
            text = "".join(rng.choice(ALPHABET) for _ in range(size))
            if _fast(text):
                _same(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*ALPHABET, "don't", "Customer", "...", "''", "\n \n"]),
                max_size=120).map("".join))
def test_the_ascii_path_agrees_with_the_pattern(text: str) -> None:
    if _fast(text):
        _same(text)
    else:  # left to the general path
        assert tokenize(text).norms == tokens_module._tokenize_pattern(text).norms


def test_sentences_clauses_and_apostrophes_on_the_ascii_path() -> None:
    tokens = tokenize("I'm sorry, 'truly'. We'll fix it! Rock''n roll")
    assert tokens.norms == ["i'm", "sorry", "truly", "we'll", "fix", "it", "rock", "n", "roll"]
    assert tokens.clauses == [0, 0, 1, 2, 2, 2, 3, 3, 3]
    assert tokens.sentences == [0, 0, 0, 1, 1, 1, 2, 2, 2]
    assert tokens.span_text(3, 3) == "We'll"


def test_a_blank_line_takes_the_general_path_and_ends_a_sentence() -> None:
    tokens = tokenize("First part\n\nSecond part\nstill second")
    assert tokens.sentences == [0, 0, 1, 1, 1, 1]


@pytest.mark.parametrize("text, clauses", [
    ("- Empathy - Respect - Going the extra mile", [1, 2, 3, 3, 3, 3]),
    ("#empathy #respect, #timeliness", [1, 2, 4]),
    ("I stayed calm -- she was upset", [0, 0, 0, 1, 1, 1]),
    ("I stayed calm \u2013 she was upset", [0, 0, 0, 1, 1, 1]),
    ("I stayed calm\u2014she was upset", [0, 0, 0, 1, 1, 1]),
    # a hyphen in a word, or between digits, is no break
    ("a well-known 9-5 job, 9\u20135", [0, 0, 0, 0, 0, 0, 1, 1]),
])
def test_a_dash_standing_apart_breaks_a_clause(text: str, clauses: list[int]) -> None:
    tokens = tokenize(text)
    assert tokens.clauses == clauses, tokens.norms
    assert set(tokens.sentences) == {0}  # a clause, not a sentence


@pytest.mark.parametrize("text, sentences", [
    ("Listed:\n- follow up\n- respect\nThat is all", [0, 0, 0, 1, 2, 2, 2]),
    ("My list\n* empathy\n\u2022 respect\nthat is all", [0, 0, 0, 1, 2, 2, 2]),
    ("#timeliness #respect\nThat's how I'd do it", [0, 0, 1, 1, 1, 1, 1]),
    # no list item: a single line break is only wrapping
    ("I stayed\ncalm and - honestly -\nfixed it", [0, 0, 0, 0, 0, 0, 0]),
])
def test_a_list_items_line_ends_with_its_line(text: str, sentences: list[int]) -> None:
    assert tokenize(text).sentences == sentences, tokenize(text).norms


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*ALPHABET, "don't", "Customer", "...", "''", "\n \n", "é", "’"]),
                max_size=60).map("".join))
def test_phrase_words_are_the_words_tokenize_finds(text: str) -> None:
    # phrase_words skips building clauses for ASCII phrases: the words must be the same.
    assert phrase_words(text) == tokens_module._tokenize_pattern(text).norms


def test_text_whose_apostrophes_are_all_inside_words_is_split_without_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # Answers are full of "don't" and "customer's": those stay whole under str.split, so the
    # pattern runs only for text with a loose apostrophe (at a word's edge, or doubled).
    rng = random.Random(5)
    words = ["don't", "customer's", "i'm", "rock'n'roll", "a", "b9", "_x", "they'd've"]
    marks = [" ", " ", ", ", ". ", "? ", "\n", "\t", "(", ") ", "'", "''", " '", "' "]
    for _ in range(3_000):
        text = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randrange(1, 9)))
        _same(text)
    calls: list[str] = []
    real = tokens_module.ASCII_WORD_RE

    class Spy:
        def findall(self, run: str) -> list[str]:
            calls.append(run)
            return real.findall(run)

    monkeypatch.setattr(tokens_module, "ASCII_WORD_RE", Spy())
    assert tokenize("I don't know the customer's name, I'm sure.").norms == \
        ["i", "don't", "know", "the", "customer's", "name", "i'm", "sure"]
    assert calls == []
    assert tokenize("It's 'quoted' here").norms == ["it's", "quoted", "here"]
    assert calls


@pytest.mark.parametrize("text", [
    "One two. Three four five. Six.",
    "Hello there!\n\nNew paragraph, same idea; and more? నేను వెంటనే. “Curly” quotes.",
])
def test_sentence_range_is_the_run_of_its_sentence_number(text: str) -> None:
    tokens = tokenize(text)
    sentences = tokens.sentences
    for index in range(len(tokens)):
        first, end = tokens.sentence_range(index)
        assert first <= index < end
        assert all(sentences[k] == sentences[index] for k in range(first, end))
        assert first == 0 or sentences[first - 1] != sentences[index]
        assert end == len(tokens) or sentences[end] != sentences[index]


def test_the_quick_break_check_never_misses_a_dash_break() -> None:
    # tokenize takes the ASCII path only when _may_break is false: it must be true wherever
    # the dash pattern would break a clause
    rng = random.Random(5)
    for _ in range(50_000):
        text = "".join(rng.choice(ALPHABET + "\x0c\x1d\x1e\x1f") for _ in range(rng.randint(1, 12)))
        if tokens_module._DASH_RE.search(text):
            assert tokens_module._may_break(text), repr(text)


# Latin-1 letters and one-character dash breaks take the split path too (issue 16, ninth
# round): "café", "Zoë", "expectations - honest about the wait". Among them the characters
# that must not: letters NFKC or case folding change ("ß", "µ", "ª", "²"), Latin-1 white space
# (no-break space, NEL), other non-ASCII ("’", dashes, a bullet), and "--" and list lines.
LATIN = ALPHABET + "éÉÖøÿþÆßµª²\xa0\x85’—–•"
PIECES = ["don't", "Café", "ZOË", "--", " - ", " -", "- ", "#tag", " * ", "é", "\n- x", "ß",
          "naïve", "'é'", "é'", "Ä-ö"]


def test_latin_letters_and_dash_breaks_take_the_split_path_with_the_same_tokens() -> None:
    rng = random.Random(21)
    split = 0
    for size in (1, 2, 3, 5, 8, 20, 80):
        for _ in range(4_000):
            if rng.random() < 0.5:
                text = "".join(rng.choice(LATIN) for _ in range(size))
            else:
                text = "".join(rng.choice(LATIN + "     ") if rng.random() < 0.7 else rng.choice(PIECES)
                               for _ in range(size))
            fast, general = tokenize(text), tokens_module._tokenize_pattern(text)
            assert (fast.norms, fast.clauses, fast.sentences, fast._bounds) == \
                (general.norms, general.clauses, general.sentences, general._bounds), repr(text)
            assert [fast.span(i) for i in range(len(fast))] == [general.span(i) for i in range(len(general))]
            split += not text.isascii() and tokens_module._plain_latin(text)
    assert split > 1_000  # the new path was taken


def test_the_plain_latin_letters_are_the_latin_1_letters_that_fold_to_one() -> None:
    plain = {chr(c) for c in range(128, 256) if tokens_module._plain_latin(chr(c))}
    assert {"é", "É", "ö", "Ø", "ÿ", "þ", "æ"} <= plain
    assert not plain & {"ß", "µ", "ª", "º", "²", "½", "\xa0", "\x85", "×", "÷"}
    for char in plain:
        assert tokens_module.normalize_word(char) == char.lower()
    assert tokenize("Zoë's CAFÉ - naïve").norms == ["zoë's", "café", "naïve"]
    assert tokenize("Zoë's CAFÉ - naïve").clauses == [0, 0, 1]


def test_the_hyphen_and_apostrophe_scans_say_what_the_substring_tests_said() -> None:
    # _may_break and _loose_apostrophe look at each hyphen's and apostrophe's neighbours in
    # one scan; before, a substring test per pair of characters scanned the text many times.
    rng = random.Random(8)
    for _ in range(50_000):
        text = "".join(rng.choice(ALPHABET + "\x0c\x1d\x1e\x1f-- ''") for _ in range(rng.randint(1, 14)))
        assert tokens_module._may_break(text) == ("*" in text or "#" in text or ("-" in text and (
            text[0] == "-" or any(pair in text for pair in tokens_module._SPACED_HYPHENS)))), repr(text)
        lowered = text.encode("ascii").translate(tokens_module._ASCII_BYTES).decode("ascii")
        assert tokens_module._loose_apostrophe(lowered) == (lowered[0] == "'" or lowered[-1] == "'" or any(
            pair in lowered for pair in ("' ", " '", "''", "'\x01", "\x01'"))), repr(lowered)


@pytest.mark.parametrize("text, clauses", [
    ("I never, ever forget to follow up.", [0] * 7),
    ("Never, ever would I skip it. No, no, I follow up.", [0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3]),
    ("I never,\tEVER forget, ever.", [0, 0, 0, 0, 1]),
])
def test_an_emphatic_comma_ends_no_clause(text: str, clauses: list[int]) -> None:
    """"never, ever" negates as one; a repeated "no, no" is an answer, and each stays a clause."""
    assert tokenize(text).clauses == clauses
    _same(text)
    assert tokens_module._tokenize_pattern(text + " é").clauses[:-1] == clauses
