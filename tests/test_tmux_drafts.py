"""Never lose what was typed, in a real terminal (tmux): the question Ctrl-C asks over unsent
text, a kept draft coming back next time, and the editor at 60 columns (a bar that fits,
answers wrapped between words). Skipped when tmux is not installed."""

from __future__ import annotations

from pathlib import Path

import test_tmux_session as base
from test_tmux_session import PACK, Tmux, _coach

from coach.store import Store
from coach.store.drafts import get_draft

pytestmark = base.pytestmark  # skipped without tmux
tmux = base.tmux  # the fixture: one private tmux server per test

TEXT = "I listened to the customer carefully and apologised for the trouble"


def attempts() -> list[tuple[str, str]]:
    with Store.open() as store:
        return [(a.question, a.answer) for a in store.attempts()]


def draft(question: str) -> str | None:
    with Store.open() as store:
        kept = get_draft(store, "practice-test", question)
    return kept.text if kept else None


def test_ctrl_c_keeps_a_draft_that_comes_back_next_time(tmux: Tmux, isolated_home: Path) -> None:
    tmux.start(_coach("practice", "--pack", PACK, "-q", "queue"))
    tmux.wait_for("Esc then Enter: submit")
    tmux.keys(TEXT, literal=True)
    tmux.wait_for("11 words")
    tmux.keys("C-c")
    screen = tmux.wait_for("[d]iscard")
    assert "You have an unsent answer (11 words)." in screen and "[k]eep as draft" in screen
    tmux.keys("k")
    screen = tmux.wait_for("EXIT=")
    assert "kept as a draft" in screen and "Session summary" in screen and "EXIT=130" in screen
    assert attempts() == [] and draft("queue") == TEXT

    tmux.run("kill-session", "-t", "t")
    tmux.start(_coach("practice", "--pack", PACK, "-q", "queue"))
    tmux.wait_for("Recovered draft from")
    tmux.wait_for(f"> {TEXT}")  # prefilled in the editor
    tmux.wait_for("11 words")
    tmux.keys(" and then I served them promptly.", literal=True)
    tmux.keys("Escape", "Enter")
    tmux.wait_for("[r]etry")
    assert attempts() == [("queue", TEXT + " and then I served them promptly.")]
    assert draft("queue") is None  # answered: the draft is gone
    tmux.keys("q")
    assert "EXIT=0" in tmux.wait_for("EXIT=")


def test_edit_on_then_discard_with_ctrl_d(tmux: Tmux, isolated_home: Path) -> None:
    tmux.start(_coach("practice", "--pack", PACK, "-q", "queue"))
    tmux.wait_for("Esc then Enter: submit")
    tmux.keys("Not sure yet", literal=True)
    tmux.keys("C-d")
    tmux.wait_for("[d]iscard")
    tmux.keys("e")  # edit on: the text is still there
    tmux.keys(" what to say", literal=True)
    tmux.wait_for("6 words")
    tmux.keys("C-d")
    screen = tmux.wait_for("You have an unsent answer (6 words).")
    tmux.keys("d")
    screen = tmux.wait_for("EXIT=")
    assert "EXIT=0" in screen and "kept as a draft" not in screen  # Ctrl-D ends; it is no interrupt
    assert attempts() == [] and draft("queue") is None


def test_at_60_columns_the_bar_fits_and_answers_wrap_between_words(tmux: Tmux) -> None:
    tmux.start(_coach("practice", "--pack", PACK, "-q", "queue"), width=60)
    tmux.wait_for("Esc then Enter: submit")
    words = ("When the queue grows I stay calm, greet every customer promptly, explain "
             "the wait honestly and thank each person for their patience afterwards")
    tmux.keys(words, literal=True)
    screen = tmux.wait_for(f"{len(words.split())} words")
    lines = screen.rstrip("\n").splitlines()
    bar = next(line for line in lines if "Esc then Enter: submit" in line)
    assert len(bar.rstrip()) <= 60 and "0:" in bar and "/ 2:00" in bar
    assert bar.rstrip().endswith("Esc then Enter: submit")  # whole parts only, never "Ctrl-D: e"
    start = next(i for i, line in enumerate(lines) if line.startswith("> "))
    answer = lines[start:lines.index(bar)]
    assert len(answer) > 1 and all(len(line) <= 60 for line in answer)
    shown = [token for line in answer for token in line[2:].split()]
    assert shown == words.split()  # every word whole, none split across two lines
    tmux.keys("C-c")
    tmux.wait_for("[d]iscard")
    tmux.keys("d")
    assert "EXIT=130" in tmux.wait_for("EXIT=")
