"""The end-of-session screen (coach.output.session.session_summary), rendered without a terminal."""

from __future__ import annotations

from rich.console import Console

from coach.output.session import session_summary
from coach.practice_events import SessionSummary


def render(summary: SessionSummary) -> str:
    console = Console(width=80, no_color=True, record=True, force_terminal=False)
    console.print(session_summary(summary))
    return console.export_text()


def test_a_session_with_no_answer_scored_shows_no_empty_table() -> None:
    text = render(SessionSummary(rows=[], weakest=[], attempts=0, saved=0, store_path=None,
                                 ended_by="interrupted"))
    assert "Session summary" in text and "No answers scored." in text
    assert "Question" not in text and "Score" not in text  # no column header over nothing
