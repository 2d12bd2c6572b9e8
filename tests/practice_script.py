"""What the practice-session tests share: the test pack, two answers, a scripted responder and
a way to run a session (imported by the test modules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coach.practice import Answer, Asked, Scored, Session
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
GOOD = "I put myself in their shoes, help quickly and stay polite and courteous."
BAD = "I do my best."


class Script:
    """A responder that plays back answers and choices: an exception instance in either list is
    raised, a callable choice is called with the Scored event. Like scripted stdin it offers no
    drafts; set `offers_drafts` to act like the terminal editor."""

    offers_drafts = False

    def __init__(self, answers: list[Any], choices: list[Any] | None = None) -> None:
        self.answers = list(answers)
        self.choices = list(choices or [])
        self.asked: list[Asked] = []
        self.seen: list[Scored] = []

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        self.asked.append(asked)
        if not self.answers:
            return None
        item = self.answers.pop(0)
        if isinstance(item, BaseException):
            raise item
        return Answer(item, duration=3.0)

    def choose(self, scored: Scored) -> Any:
        self.seen.append(scored)
        if not self.choices:
            return "next"
        item = self.choices.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item(scored) if callable(item) else item


def run(pack: Any, ids: list[str], responder: Any, store: Store | None, **kw: Any) -> list[Any]:
    return list(Session(pack, [pack.question(i) for i in ids], responder, store, **kw).run())
