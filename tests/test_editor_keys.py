"""The answer editor's keys, driven through prompt_toolkit's pipe input (no terminal needed):
Ctrl-C and Ctrl-D over unsent text ask first, and a prefilled answer is edited, not replaced."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from coach.editor import TerminalResponder, recovered_note
from coach.packs import load_pack
from coach.practice import Answer, Asked
from coach.practice_events import EndSession

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "tests" / "data" / "practice.yaml"
SUBMIT = "\x1b\r"  # Esc then Enter
CTRL_C, CTRL_D = "\x03", "\x04"


class Screen(Vt100_Output):
    """An output that knows the rows below the cursor, so the bottom bar is drawn at once."""

    def get_rows_below_cursor_position(self) -> int:
        return 20


def screen_output(columns: int) -> tuple[io.StringIO, Any]:
    written = io.StringIO()
    return written, Screen(written, lambda: Size(rows=30, columns=columns), term="dumb")


def asked(prefill: str = "", draft_saved: str | None = None) -> Asked:
    pack = load_pack(PACK)
    return Asked(1, 1, pack.question("meaning"), pack.title, 90, prefill=prefill, draft_saved=draft_saved)


def drive(keys: str, question: Asked | None = None) -> tuple[Answer | None, str]:
    """Answer one question with these keys; the answer and what was written to the screen."""
    screen, output = screen_output(80)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
        pipe.send_text(keys)
        answer = TerminalResponder().answer(question or asked(), strict_time=False)
    return answer, screen.getvalue()


def end(keys: str, question: Asked | None = None) -> EndSession:
    with pytest.raises(EndSession) as raised:
        drive(keys, question)
    return raised.value


def test_typing_and_submitting() -> None:
    answer, _ = drive("I help quickly.\rAnd politely." + SUBMIT)
    assert answer is not None and answer.text == "I help quickly.\nAnd politely."


def test_ctrl_c_over_text_asks_and_can_keep_a_draft() -> None:
    stopped = end("half an answer" + CTRL_C + "k")
    assert (stopped.interrupted, stopped.draft, stopped.discard) == (True, "half an answer", False)


def test_ctrl_d_over_text_asks_and_can_discard() -> None:
    stopped = end("not worth keeping" + CTRL_D + "d")
    assert (stopped.interrupted, stopped.draft, stopped.discard) == (False, None, True)


def test_the_question_names_every_choice() -> None:
    with pytest.raises(EndSession):
        _, screen = drive("text" + CTRL_C + "k")
    _, screen = drive("some text" + CTRL_C + "s")
    assert "You have an unsent answer (2 words)." in screen
    assert "[s]ubmit  [e]dit on (Enter)  [k]eep as draft  [d]iscard" in screen


def test_submit_from_the_question_sends_the_answer() -> None:
    answer, _ = drive("I help quickly" + CTRL_C + "s")
    assert answer is not None and answer.text == "I help quickly"


@pytest.mark.parametrize("edit_key", ["e", "\r"])
def test_edit_on_goes_back_to_the_text_with_nothing_lost(edit_key: str) -> None:
    answer, _ = drive("I help" + CTRL_C + edit_key + " quickly." + SUBMIT)
    assert answer is not None and answer.text == "I help quickly."


def test_pressing_ctrl_c_again_keeps_a_draft_rather_than_losing_it() -> None:
    assert end("hurry" + CTRL_C + CTRL_C).draft == "hurry"
    assert end("hurry" + CTRL_D + CTRL_D).draft == "hurry"


def test_other_keys_at_the_question_are_ignored() -> None:
    assert end("text" + CTRL_C + "xyz" + "k").draft == "text"


@pytest.mark.parametrize(("key", "error"), [(CTRL_C, KeyboardInterrupt), (CTRL_D, EOFError)])
def test_an_empty_answer_ends_the_session_without_asking(key: str, error: type[BaseException]) -> None:
    with pytest.raises(error):
        drive("   " + key)


def test_a_prefilled_answer_is_edited_not_replaced() -> None:
    answer, _ = drive(" Then I follow up." + SUBMIT, asked(prefill="I help quickly."))
    assert answer is not None and answer.text == "I help quickly. Then I follow up."


def test_a_recovered_draft_is_announced_and_prefilled() -> None:
    answer, screen = drive(SUBMIT, asked(prefill="kept text", draft_saved="2026-11-30T10:00:00+00:00"))
    assert answer is not None and answer.text == "kept text"
    assert "Recovered draft from 2026-11-30" in screen and "edit it and submit" in screen
    assert recovered_note("not a time") == ("Recovered draft from an earlier session: edit it and "
                                            "submit, or clear it to start again.")


def test_up_arrow_recall_appears_in_the_bar_once_there_is_an_answer_to_recall() -> None:
    screen, output = screen_output(100)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
        responder = TerminalResponder()
        pipe.send_text("first answer" + SUBMIT)
        responder.answer(asked(), strict_time=False)
        first = screen.getvalue()
        pipe.send_text("\x1b[A" + SUBMIT)  # Up on an empty answer recalls the last one
        answer = responder.answer(asked(), strict_time=False)
    assert "Up: earlier answers" not in first
    assert "Up: earlier answers" in screen.getvalue()[len(first):]
    assert answer is not None and answer.text == "first answer"
