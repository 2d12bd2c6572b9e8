"""The rating override in a real terminal (tmux): the report says the rating and the next review,
keys 1-4 choose another rating, and the question is rescheduled with it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from test_tmux_session import PACK, Tmux, _coach, pytestmark, tmux  # noqa: F401  (fixture, skip mark)

from coach import schedule
from coach.store import Store


def test_keys_1_to_4_override_the_rating(tmux: Tmux) -> None:  # noqa: F811  (the fixture)
    tmux.start(_coach("practice", "--pack", PACK, "-q", "meaning", "-q", "queue"))
    screen = tmux.wait_for("Esc then Enter: submit")
    assert "first session with Practice test pack" in screen  # said before the first question
    tmux.keys("I put myself in their shoes and help quickly. I always stay polite.", literal=True)
    tmux.keys("Escape", "Enter")
    screen = tmux.wait_for("[1-4] Again/Hard/Good/Easy")
    assert "rated Easy - next review in" in screen
    tmux.keys("2")
    screen = tmux.wait_for("you rated it Hard (the score rated it Easy)")
    assert "Rescheduled:" in screen
    tmux.keys("n")
    tmux.wait_for("Question 2 of 2")
    tmux.keys("C-d")
    screen = tmux.wait_for("EXIT=")
    assert "EXIT=0" in screen
    with Store.open() as store:
        [attempt] = store.attempts()
        card = store.card("practice-test", "meaning")
    assert (attempt.rating, attempt.override) == ("Easy", "Hard")
    assert card is not None
    # Rescheduled as Hard: back within the day, where Easy would have waited days.
    wait = schedule.parse_due(card.due) - datetime.fromisoformat(attempt.created)
    assert wait < timedelta(days=1)
    assert schedule.parse_due(schedule.review(None, 100, datetime.fromisoformat(attempt.created))[1]) \
        - datetime.fromisoformat(attempt.created) > timedelta(days=1)


def test_a_scripted_session_in_a_terminal_says_the_outlook_on_stderr(tmux: Tmux) -> None:  # noqa: F811
    import shlex

    coach = " ".join(shlex.quote(c) for c in _coach("practice", "--pack", PACK, "-q", "meaning"))
    tmux.start(["sh", "-c", f"printf 'I help quickly.\\n.\\n' | {coach} > /dev/null"])
    screen = tmux.wait_for("EXIT=")
    assert "coach: first session with Practice test pack" in screen and "EXIT=0" in screen


def test_the_outlook_wraps_between_words_at_60_columns(tmux: Tmux) -> None:  # noqa: F811
    import shlex
    import subprocess

    subprocess.run(_coach("practice", "-q", "angry-customer"), input="I help quickly.\n.\n", text=True,
                   env=tmux.env, capture_output=True, check=True, timeout=60)
    line = " ".join(shlex.quote(c) for c in _coach("practice")) + "; echo EXIT=$?; sleep 600"
    tmux.run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "60", "-y", "40", line)
    screen = tmux.wait_for("Esc then Enter: submit")
    head = screen[:screen.index("Question 1 of")].rstrip().splitlines()[:-1]
    # Every word whole (tmux itself would cut "answ|ered" at the edge); the counts may differ
    # by a day when the test runs across midnight.
    assert re.fullmatch(r"coach: Customer service: \d+ questions? due today, 21 never answered · "
                        r"streak 1 day \(longest 1\)(; practise today to keep it)?",
                        " ".join(" ".join(head).split()))
    assert all(len(row) <= 60 and not row.endswith("-") for row in head)
    tmux.keys("C-d")
    tmux.wait_for("EXIT=")
