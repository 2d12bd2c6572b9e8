"""The Swedish pack's practice session in a real terminal (tmux) speaks Swedish: the question
panel, the editor's bottom bar, the choices and the summary. Skipped when tmux is absent."""

from __future__ import annotations

from test_tmux_session import Tmux, _coach, pytestmark, tmux  # noqa: F401  (fixture, skip mark)


def test_swedish_session_in_a_terminal(tmux: Tmux) -> None:  # noqa: F811  (the fixture)
    # The environment says English (LANGUAGE=en in conftest): the pack's language wins.
    tmux.start(_coach("practice", "--pack", "customer-service-sv", "-q", "good-service-meaning"))
    screen = tmux.wait_for("Esc och sedan Enter: skicka")
    assert "Fråga 1 av 1" in screen and "tidsgräns" in screen and "0 ord" in screen
    assert "Esc then Enter" not in screen
    tmux.keys("Jag lyssnar och visar förståelse, sedan löser jag problemet snabbt.", literal=True)
    tmux.wait_for("10 ord")
    tmux.keys("Escape", "Enter")
    screen = tmux.wait_for("[n] nästa (Enter)")
    assert "Sparat som försök #1" in screen and "Kriterium" in screen and "Att förbättra" in screen
    tmux.keys("q")
    screen = tmux.wait_for("EXIT=")
    assert "Sammanfattning av passet" in screen and "EXIT=0" in screen
