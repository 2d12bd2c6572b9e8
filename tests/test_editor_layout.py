"""The editor's layout (issue 14, "Tables and text that fit"): the bottom bar fits the terminal,
dropping its least important parts first, and answers wrap between words, not inside them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.editor import LADDER, PaddedLine, toolbar_text, wrap_padding


@pytest.mark.parametrize("width", [200, 100, 80, 60, 50, 40, 30, 20, 12])
@pytest.mark.parametrize(("elapsed", "strict", "recall"), [
    (5, False, False), (5, False, True), (95, False, True), (5, True, True), (3599, True, False)])
def test_the_bar_never_exceeds_the_terminal_and_always_shows_the_timer(
        width: int, elapsed: int, strict: bool, recall: bool) -> None:
    text, _ = toolbar_text(elapsed, 90, 123, strict=strict, width=width, recall=recall)
    assert len(text) <= width
    minutes = f"{elapsed // 60}:{elapsed % 60:02d}"
    assert minutes in text


def test_at_60_columns_timer_words_and_submit_hint_all_fit() -> None:
    for elapsed, words in ((5, 12), (95, 1), (3000, 1234)):
        text, _ = toolbar_text(elapsed, 90, words, strict=False, width=60, recall=True)
        assert len(text) <= 60
        assert "Enter: submit " in text, text  # whole, never cut mid-hint ("Ctrl-D: e")
        assert (f"{words} word" in text) and "/ 1:30" in text
    assert "Esc then Enter: submit" in toolbar_text(95, 90, 1, strict=False, width=60, recall=True)[0]
    over, style = toolbar_text(95, 90, 1, strict=False, width=60)
    assert "OVER TIME" in over and style == "class:toolbar.over"
    strict, _ = toolbar_text(5, 90, 3, strict=True, width=60)
    assert "submits at" in strict and "submit" in strict.split("  ")[-1] + strict


def test_parts_are_whole_or_absent_never_cut() -> None:
    hints = ("Esc then Enter: submit", "Esc Enter: submit", "Ctrl-D: end session", "Ctrl-D: end",
             "Up: earlier answers", "Up: recall")
    for width in range(12, 120):
        text, _ = toolbar_text(5, 90, 7, strict=False, width=width, recall=True)
        pieces = [p.strip() for p in text.split("   ") if p.strip()]
        assert all(p in hints or p[0].isdigit() for p in pieces), (width, text)


def test_the_least_important_parts_go_first() -> None:
    wide, _ = toolbar_text(5, 90, 7, strict=False, width=200, recall=True)
    assert "Up: earlier answers" in wide and "Ctrl-D: end session" in wide
    at80, _ = toolbar_text(5, 90, 7, strict=False, width=80, recall=True)
    assert "Up: recall" in at80 and "Ctrl-D: end" in at80 and "Esc then Enter: submit" in at80
    at40, _ = toolbar_text(5, 90, 7, strict=False, width=40, recall=True)
    assert "Up:" not in at40 and "Ctrl-D" not in at40 and "submit" in at40
    narrow, _ = toolbar_text(5, 90, 7, strict=False, width=14, recall=True)
    assert narrow.strip() == "0:05   7w"
    assert LADDER[0][0] == 4 and all(part != 0 or form < 3 for part, form in LADDER)  # timer stays


def test_recall_is_shown_only_when_there_is_something_to_recall() -> None:
    assert "Up:" not in toolbar_text(5, 90, 7, strict=False, width=200, recall=False)[0]
    assert "Up: earlier answers" in toolbar_text(5, 90, 7, strict=False, width=200, recall=True)[0]


def _screen_lines(text: str, width: int, indent: int) -> list[str]:
    """How a terminal shows one padded line with prompt_toolkit's character wrap."""
    padded = text
    for index, count in reversed(wrap_padding(text, width, indent)):
        padded = padded[:index] + " " * count + padded[index:]
    step = width - indent
    return [padded[k:k + step] for k in range(0, len(padded), step)] or [""]


def test_answers_wrap_between_words() -> None:
    text = ("I listened to the customer carefully, apologised for the trouble and then fixed "
            "the delivery problem the same afternoon")
    lines = _screen_lines(text, 60, 2)
    assert len(lines) > 1
    words = set(text.split())
    for line in lines:
        assert all(w in words for w in line.split()), lines  # no word is split across lines
    assert " ".join(" ".join(lines).split()) == text


def test_a_word_longer_than_the_line_is_still_split_and_narrow_screens_are_left_alone() -> None:
    assert wrap_padding("x" * 100, 60, 2) == []
    assert wrap_padding("short " + "y" * 70, 60, 2) == []  # split where the screen ends
    assert wrap_padding("short " + "y" * 50, 40, 2) == []
    assert wrap_padding("a few words that would wrap", 10, 2) == []


def test_wide_characters_are_measured_by_their_columns() -> None:
    text = "ab " + "漢字" * 4  # one 16-column word
    assert wrap_padding(text, 20, 2, lambda c: 2 if ord(c) > 0x2E80 else 1) == [(3, 15)]
    assert wrap_padding(text, 20, 2) == []  # at one column each it fits


@given(st.text(alphabet="ab  \u00e9", max_size=200), st.integers(min_value=14, max_value=120))
def test_padding_maps_every_position_both_ways(text: str, width: int) -> None:
    pads = wrap_padding(text, width, 2)
    line = PaddedLine(pads)
    assert all(line.to_source(line.to_display(i)) == i for i in range(len(text) + 1))
    shown = [line.to_display(i) for i in range(len(text) + 1)]
    assert shown == sorted(set(shown))  # order is kept and no two characters share a place
    assert all(0 <= line.to_source(d) <= len(text) for d in range(shown[-1] + 1))
    for lines in [_screen_lines(text, width, 2)]:
        assert all(len(x) <= width - 2 for x in lines)


def test_correcting_a_transcript_is_not_timed() -> None:
    text, style = toolbar_text(95, 90, 12, strict=False, width=100, transcript=True)
    assert "Correct what was misheard" in text and "OVER TIME" not in text and "1:35" not in text
    assert style == "class:toolbar" and "12 words" in text
    assert toolbar_text(95, 90, 12, strict=False, width=20, transcript=True)[0].strip().startswith("Correct it")
