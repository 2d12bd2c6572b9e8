"""Scripted practice: answers read from a text stream (a file or a pipe), one per question.

Reading is bounded like `coach score`: a line is never read whole, and only what can be
scored is kept.
"""

from __future__ import annotations

import re
from typing import IO

from .practice_events import RATES, Answer, Asked, Choice, Rate, Scored

READ_CHUNK = 8192  # characters read at a time: a line is never read whole
TERMINATOR_MAX = 1024  # a longer line is answer text, never the "." line that ends an answer
# The line that ends an answer may also rate it, in place of its score's rating: ". good" or ".3"
# (keys 1-4 as in the editor: Again, Hard, Good, Easy).
_END = re.compile(r"\.\s*(?:(again|hard|good|easy)|([1-4]))?", re.IGNORECASE)


class _Collector:
    """The text of one answer, keeping no more than `keep` characters but counting them all."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0
        self.lines = 0

    def add(self, piece: str) -> None:
        self.total += len(piece)
        if self.kept < self.keep and piece:
            piece = piece[:self.keep - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)

    def new_line(self) -> None:
        if self.lines:
            self.add("\n")
        self.lines += 1

    def answer(self) -> Answer:
        return Answer("".join(self.parts), chars=self.total)


class StdinResponder:
    """Answers from a text stream, one per question, each ended by a line `.` or end of input.

    No choice is asked: every answer is scored and the session moves on. Reading is bounded
    like `coach score`: only the first MAX_ANSWER_CHARS (+1, to tell that there was more) are
    kept, however long the input; undecodable bytes and NUL become U+FFFD.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.ended = False
        self.rate: Rate | None = None  # the rating the last answer's end line gave, until used

    def _read(self) -> str:
        from .text import repair

        return repair(self.stream.readline(READ_CHUNK)).replace("\x00", "\ufffd")

    def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
        """The next answer from the stream, or None at its end."""
        from .scoring import MAX_ANSWER_CHARS

        self.rate = None
        if self.ended:
            return None
        text = _Collector(MAX_ANSWER_CHARS + 1)
        head = ""  # the start of the current line, held back while it could be the "." line
        long_line = read_any = False
        while True:
            chunk = self._read()
            if chunk == "":
                self.ended = True
                if not read_any:
                    return None
            read_any = True
            complete = chunk.endswith("\n") or chunk == ""
            body = chunk.rstrip("\r\n") if complete else chunk
            if long_line:
                text.add(body)
            else:
                head += body
                if len(head) > TERMINATOR_MAX:
                    text.new_line()
                    text.add(head)
                    head, long_line = "", True
            if not complete:
                continue
            if not long_line:
                end = _END.fullmatch(head.strip())
                if end:
                    name, key = end.groups()
                    if name or key:
                        self.rate = RATES[int(key) - 1] if key else \
                            next(r for r in RATES if r.lower() == name.lower())
                    break
                if head or chunk:  # not the empty read at the end of input
                    text.new_line()
                    text.add(head)
            head, long_line = "", False
            if chunk == "":
                break
        return text.answer()

    def choose(self, scored: Scored) -> Choice | Rate:
        """Scripted sessions ask no choice: the rating the answer's end line gave (for a saved
        answer), then on to the next question."""
        rate, self.rate = self.rate, None
        return rate if rate is not None and scored.attempt_id is not None else "next"
