"""Hostile answers to `coach practice` on standard input: invalid UTF-8, NUL and huge answers
are replaced or bounded as `coach score` does, and nothing else breaks (issue: untrusted files
stay harmless)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from coach.cli import app
from coach.practice import Asked, StdinResponder
from coach.scoring import MAX_ANSWER_CHARS
from coach.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACK = str(ROOT / "tests" / "data" / "practice.yaml")
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"


def invoke(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def run(*args: str, stdin: bytes, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COACH_HOME": str(home), "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-c", MAIN, *args], input=stdin, capture_output=True,
                          env=env, timeout=120)


# -- 7: invalid UTF-8 and NUL on practice's standard input ----------------------------------------


def test_invalid_utf8_on_practice_stdin_is_replaced_in_a_real_process(isolated_home: Path) -> None:
    proc = run("practice", "--pack", PACK, "-q", "meaning", "--json", home=isolated_home,
               stdin=b"I put myself in their shoes \xff\xfe quickly\x00 and polite.\n.\n")
    assert proc.returncode == 0, proc.stderr
    attempt = json.loads(proc.stdout)["attempts"][0]
    assert attempt["answer"] == "I put myself in their shoes \ufffd\ufffd quickly\ufffd and polite."
    assert attempt["attempt_id"] == 1 and attempt["score"] == 100
    with Store.open() as store:
        assert store.attempt(1).answer == attempt["answer"]  # type: ignore[union-attr]


def test_invalid_utf8_on_practice_stdin_through_the_cli_runner() -> None:
    result = invoke("practice", "--pack", PACK, "-q", "meaning", "--json",
                    input=b"I help quickly \xc3\x28 and stay polite.\n.\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["attempts"][0]["answer"] == "I help quickly \ufffd( and stay polite."


def test_stdin_responder_repairs_smuggled_bytes() -> None:
    # A stream decoded with surrogateescape (Python's stdin in the C locale) smuggles bytes in.
    stream = io.StringIO(b"caf\xe9 \xff\n.\n".decode("utf-8", "surrogateescape"))
    answer = StdinResponder(stream).answer(None, strict_time=False)  # type: ignore[arg-type]
    assert answer is not None and answer.text == "caf\ufffd \ufffd"
    answer.text.encode("utf-8")


# -- 17: practice answers are bounded like `coach score` ------------------------------------------


class EndlessLine:
    """A stream whose first line never ends within `total` characters; readline() with no size
    returns it whole (what an unbounded reader would hold in memory)."""

    def __init__(self, total: int, tail: str = "") -> None:
        self.left = total
        self.tail = tail.splitlines(keepends=True)
        self.sizes: list[int] = []

    def readline(self, size: int = -1) -> str:
        self.sizes.append(size)
        if self.left <= 0:
            return self.tail.pop(0) if self.tail else ""
        n = self.left if size is None or size < 0 else min(size, self.left)
        self.left -= n
        return "y" * n


def test_a_huge_stdin_answer_is_read_in_bounded_pieces_and_counted() -> None:
    total = 3 * 1024 * 1024
    stream = EndlessLine(total, tail="\n.\nsecond answer\n")
    responder = StdinResponder(stream)  # type: ignore[arg-type]
    answer = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert answer is not None
    assert answer.chars == total
    assert len(answer.text) == MAX_ANSWER_CHARS + 1  # just enough to know there was more
    assert all(0 < s <= 64 * 1024 for s in stream.sizes)
    again = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert again is not None and again.text == "second answer"


def test_a_long_line_is_never_the_terminator_but_a_dot_after_it_is() -> None:
    stream = io.StringIO("a" * 5000 + "\n  .  \nnext\n")
    responder = StdinResponder(stream)
    first = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert first is not None and first.text == "a" * 5000
    second = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert second is not None and second.text == "next"
    assert responder.answer(None, strict_time=False) is None  # type: ignore[arg-type]


def test_stdin_answers_keep_their_lines() -> None:
    stream = io.StringIO("line one\r\n\nline three\n.\nlast, without newline")
    responder = StdinResponder(stream)
    first = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert first is not None and first.text == "line one\n\nline three"
    last = responder.answer(None, strict_time=False)  # type: ignore[arg-type]
    assert last is not None and last.text == "last, without newline"


def test_a_huge_practice_answer_is_scored_stored_and_shown_on_its_first_60000(isolated_home: Path) -> None:
    words = ("I put myself in their shoes and help quickly. " * 2000)[:70_000]
    result = invoke("practice", "--pack", PACK, "-q", "meaning", "-q", "queue", "--json",
                    input=f"{words}\n.\nI follow up politely.\n")
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.stdout)["attempts"]
    assert first["truncated"] is True and first["scored_chars"] == len(first["answer"])
    assert len(first["answer"]) <= MAX_ANSWER_CHARS and words.startswith(first["answer"])
    assert any("60,000 of 70,000 characters" in n for n in first["notes"])
    assert second["answer"] == "I follow up politely." and second["truncated"] is False
    shown = json.loads(invoke("history", "show", "1", "--json").stdout)
    assert shown["answer"] == first["answer"]
    assert any("60,000 of 70,000" in n for n in shown["result"]["notes"])


def test_a_huge_answer_from_any_responder_is_capped_by_the_session(isolated_home: Path) -> None:
    from coach.packs import load_pack
    from coach.practice import Answer, Session

    class Typist:
        def answer(self, asked: Asked, *, strict_time: bool) -> Answer | None:
            self.answer = lambda *a, **k: None  # type: ignore[method-assign]
            return Answer("help quickly " * 10_000, duration=3.0)

        def choose(self, scored: Any) -> str:
            return "next"

    pack = load_pack(PACK)
    with Store.open() as store:
        events = list(Session(pack, [pack.question("meaning")], Typist(), store).run())
        stored = store.attempt(1)
    scored = next(e for e in events if type(e).__name__ == "Scored")
    assert stored is not None and len(stored.answer) <= MAX_ANSWER_CHARS
    assert scored.answer.text == stored.answer and scored.answer.chars == 130_000
    assert stored.result["truncated"] is True
