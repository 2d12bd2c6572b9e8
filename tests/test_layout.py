"""Tables that fit (coach.output.layout): every table coach prints at 60, 80 and 200 columns
in a terminal, and whole, never clipped, when the output goes to a file or a pipe."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from coach import schedule
from coach.cli import app
from coach.history import timeline
from coach.output.layout import Column, FitTable
from coach.packs import load_pack
from coach.scoring import score_answer
from coach.store import Store

# Long ids on purpose: they are what a narrow table is tempted to cut.
PACK_ID = "enterprise-customer-service-escalations"
QUESTIONS = ("handling-an-angry-customer-on-the-phone", "meaning")
PACK_YAML = f"""\
pack: {PACK_ID}
title: Escalations at an enterprise customer service desk
language: en
criteria:
  feel:
    label: Understands how the customer feels
    keywords: [empathy, put myself in their shoes]
    tip: Show that you understand how the customer feels before you act.
  fast:
    label: Keeps the customer from waiting
    keywords: [quickly, right away]
    tip: Say how you keep customers from waiting.
  back:
    label: Checks back afterwards
    keywords: [follow up, check back]
    tip: Say how you check that the customer is satisfied afterwards.
questions:
  - id: {QUESTIONS[0]}
    prompt: Tell me about a time you calmed down an angry customer on the phone.
    criteria: [feel, fast, back]
    model_answer: I put myself in their shoes, fixed it quickly and followed up.
  - id: {QUESTIONS[1]}
    prompt: What does good customer service mean to you?
    criteria: [feel, fast]
"""
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
WIDTHS = (60, 80, 200)
NOW = datetime.now(UTC)


@pytest.fixture
def pack_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "a-rather-long-folder-name-for-the-packs-of-this-team"
    folder.mkdir()
    (folder / f"{PACK_ID}.yaml").write_text(PACK_YAML, encoding="utf-8")
    monkeypatch.setenv("COACH_PACKS_PATH", str(folder))
    return folder


def _add(store: Store, question: str, answer: str, days_ago: float) -> int:
    pack = load_pack(PACK_ID)
    result = score_answer(pack, question, answer).to_dict()
    when = NOW - timedelta(days=days_ago)
    card = store.card(pack.id, question)
    return store.record_attempt(session="s", pack=pack.id, question=question,
                                prompt=pack.question(question).prompt, answer=answer, result=result,
                                duration=75.0, time_limit=90,
                                card=schedule.review(card.card if card else None, result["score"], when),
                                created=when.isoformat(timespec="microseconds"))


@pytest.fixture
def history(pack_dir: Path, isolated_home: Path) -> list[int]:
    with Store.open() as store:
        return [_add(store, QUESTIONS[0], "I check back the next day.", 3),
                _add(store, QUESTIONS[0], "I put myself in their shoes and fix it quickly.", 2),
                _add(store, QUESTIONS[1], "I reply quickly.", 1)]


def run(*args: str, width: int, terminal: bool, input: str | None = None) -> str:
    """A command's stdout at this width, in a terminal (forced, without colour) or not."""
    env: dict[str, str | None] = {"COLUMNS": str(width), "NO_COLOR": "1"}
    env.update({"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"} if terminal
               else {"FORCE_COLOR": None, "TTY_COMPATIBLE": None})
    result = CliRunner().invoke(app, list(args), env=env, input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return ANSI.sub("", result.stdout)


def fits(out: str, width: int) -> None:
    """Nothing is wider than the screen and nothing was shortened."""
    assert "…" not in out
    too_wide = [line for line in out.splitlines() if cell_len(line) > width]
    assert not too_wide, f"wider than {width}:\n" + "\n".join(too_wide)


def row_of(out: str, first: str) -> str:
    """The first line that starts (after spaces) with `first`."""
    return next(line for line in out.splitlines() if line.strip().startswith(first))


# -- the policy itself ---------------------------------------------------------------------------


def _render(table: Any, width: int, terminal: bool = True) -> str:
    """A renderable as printed at this width: on a terminal, or (through coach's own console,
    which does not crop) to a file."""
    from coach.output.terminal import console

    out = io.StringIO()
    screen = Console(file=out, width=width, force_terminal=True, color_system=None) if terminal \
        else console(width=width)
    screen.file = out
    screen.print(table)
    return out.getvalue()


def _sample() -> FitTable:
    table = FitTable(Column("ID", "key"), Column("Note", narrowest=8), Column("Extra", "key", drop=1),
                     Column("More", "key", drop=2))
    table.add_row("an-id-that-must-stay-whole", "a long note that can wrap onto several lines",
                  "extra-value", "more-value")
    return table


def test_optional_columns_drop_in_order_and_key_columns_stay_whole() -> None:
    wide, middle, narrow = (_render(_sample(), w) for w in (120, 60, 46))
    assert "extra-value" in wide and "more-value" in wide
    assert "extra-value" not in middle and "more-value" in middle  # drop=1 goes first
    assert "extra-value" not in narrow and "more-value" not in narrow
    for out, width in ((wide, 120), (middle, 60), (narrow, 46)):
        fits(out, width)
        assert "an-id-that-must-stay-whole" in out
        assert "several" in out  # the note wrapped, it was not cut


def test_a_screen_narrower_than_an_id_folds_it_and_loses_nothing() -> None:
    table = FitTable(Column("ID", "key"), box=None)
    table.add_row("an-id-that-is-wider-than-the-screen")
    out = _render(table, 20)
    fits(out, 20)
    assert "".join(out.split()) == "ID" + "an-id-that-is-wider-than-the-screen"


def test_not_a_terminal_means_natural_width_whatever_the_console_width() -> None:
    line = next(line for line in _render(_sample(), 30, terminal=False).splitlines() if "an-id" in line)
    for cell in ("an-id-that-must-stay-whole", "a long note that can wrap onto several lines",
                 "extra-value", "more-value"):
        assert cell in line


def test_paths_wrap_after_a_slash_not_mid_name() -> None:
    table = FitTable(Column("ID", "key"), Column("Path", narrowest=18, breaks="/"), box=None)
    table.add_row("x", "/home/someone/packs/team-escalations.yaml")
    lines = [" ".join(line.split()) for line in _render(table, 30).splitlines()]
    assert lines[1:] == ["x /home/someone/packs/", "team-escalations.yaml"], lines


def test_a_row_with_the_wrong_number_of_cells_is_refused() -> None:
    with pytest.raises(ValueError, match="2 cells for 4 columns"):
        _sample().add_row("a", Text("b"))


# -- coach history -----------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_history_fits_and_keeps_ids_questions_and_scores(history: list[int], width: int) -> None:
    out = run("history", width=width, terminal=True)
    fits(out, width)
    assert "ID" in out.splitlines()[0] and "Score" in out.splitlines()[0]
    for attempt_id in history:
        assert re.search(rf"^\s*{attempt_id}\s", out, re.M), out
    assert QUESTIONS[0] in row_of(out, str(history[0]))
    if width >= 120:  # room for everything: the pack id is whole, not "enterprise-cu…"
        header = out.splitlines()[0]
        assert all(name in header for name in ("When", "Pack", "Earned", "Took"))
        assert PACK_ID in row_of(out, str(history[0])) and "1:15" in row_of(out, str(history[0]))


def test_history_piped_is_never_clipped_however_narrow_the_terminal(history: list[int]) -> None:
    out = run("history", width=60, terminal=False)
    assert "…" not in out
    assert all(name in out.splitlines()[0] for name in ("ID", "When", "Pack", "Question", "Took"))
    row = row_of(out, str(history[0]))
    assert PACK_ID in row and QUESTIONS[0] in row and row.rstrip().endswith("1:15")


def test_history_show_lists_gained_and_lost_criteria_by_label(history: list[int]) -> None:
    out = run("history", "show", str(history[1]), width=200, terminal=True)
    fits(out, 200)
    changed = row_of(out, str(history[1]))
    assert "Understands how the customer feels" in changed and "Keeps the customer from waiting" in changed
    assert "Checks back afterwards" in changed  # lost since the attempt before
    assert not {"feel", "fast"} & set(re.split(r"[\s,]+", changed))  # the ids themselves


def test_timeline_rows_carry_labels_but_the_json_keeps_ids(history: list[int]) -> None:
    with Store.open() as store:
        rows = timeline(store.attempts(pack=PACK_ID, question=QUESTIONS[0]))
    assert rows[1].gained == ["fast", "feel"] and rows[1].lost == ["back"]
    assert [rows[1].label(c) for c in rows[1].gained] == ["Keeps the customer from waiting",
                                                           "Understands how the customer feels"]
    assert "labels" not in rows[1].to_dict()


@pytest.mark.parametrize("width", WIDTHS)
def test_history_show_timeline_fits(history: list[int], width: int) -> None:
    out = run("history", "show", str(history[1]), width=width, terminal=True)
    fits(out, width)
    assert re.search(rf"^\s*{history[0]}\s", out, re.M) and re.search(rf"^\s*{history[1]}\s", out, re.M)


# -- coach stats -------------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_stats_fits(history: list[int], width: int) -> None:
    out = run("stats", "--pack", PACK_ID, width=width, terminal=True)
    fits(out, width)
    assert "Score over time" in out and "Criteria" in out
    assert re.search(r"\d+% \(\d+/\d+\)", out)  # the earn rates, whole


def test_stats_piped_keeps_whole_rows(history: list[int]) -> None:
    out = run("stats", "--pack", PACK_ID, width=60, terminal=False)
    row = row_of(out, "Understands how the customer feels")
    assert re.search(r"\d+% \(\d+/\d+\)\s+\d+%\s*$", row)
    assert "Tries" in out


# -- coach packs list / packs test -------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_packs_list_fits_with_whole_ids_and_a_readable_path(pack_dir: Path, width: int) -> None:
    out = run("packs", "list", width=width, terminal=True)
    fits(out, width)
    for pack_id in (PACK_ID, "customer-service-sv", "customer-service"):
        assert re.search(rf"^\s*{pack_id}\s", out, re.M), out
    # Never one character per line: the path keeps a readable width and wraps after a "/"
    # (or makes way entirely on a screen too narrow for it).
    assert not [line for line in out.splitlines() if len(line.strip()) == 1]
    if "Path" in out.splitlines()[1]:
        assert "questions/" in out, out
    if width == 200:
        assert "questions/customer-service-sv.yaml" in out and "COACH_PACKS_PATH" in out


@pytest.mark.parametrize("width", WIDTHS)
def test_packs_list_columns_at_each_width(pack_dir: Path, width: int) -> None:
    from coach.output.packs import packs_table
    from coach.trainer.install import list_packs

    screen = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None)
    table = packs_table(list_packs()).table_for(screen, screen.options)
    widths = {column.header: column.width for column in table.columns}
    assert widths["ID"] == len(PACK_ID)  # whole, never folded
    assert "Path" not in widths or (widths["Path"] or 0) >= 18
    if width == 200:
        assert set(widths) == {"ID", "Title", "Lang", "Questions", "Where", "Path"}


def test_packs_list_piped_keeps_every_path_on_its_row(pack_dir: Path) -> None:
    out = run("packs", "list", width=60, terminal=False)
    row = row_of(out, PACK_ID)
    assert str(pack_dir / f"{PACK_ID}.yaml") in row and "COACH_PACKS_PATH" in row


@pytest.mark.parametrize("width", WIDTHS)
def test_packs_test_table_fits(width: int) -> None:
    out = run("packs", "test", "customer-service", width=width, terminal=True)
    fits(out, width)
    assert re.search(r"^\s*exceeding-expectations\s+\d+/\d+\s+\d+\s+\d+\s*$", out, re.M)


# -- coach score and a practice session --------------------------------------------------------

ANSWER = "I put myself in their shoes, fix it quickly and check back the next day."


@pytest.mark.parametrize("width", WIDTHS)
def test_score_report_fits(pack_dir: Path, width: int) -> None:
    out = run("score", "-p", PACK_ID, "-q", QUESTIONS[0], ANSWER, width=width, terminal=True)
    fits(out, width)
    assert "Understands" in out and "100/100" in out


def test_score_report_piped_loses_nothing(pack_dir: Path) -> None:
    out = run("score", "-p", PACK_ID, "-q", QUESTIONS[0], ANSWER, width=60, terminal=False)
    assert "…" not in out and "“put myself in their shoes”" in " ".join(out.split())


@pytest.mark.parametrize("width", WIDTHS)
def test_score_explain_fits(pack_dir: Path, width: int) -> None:
    out = run("score", "-p", PACK_ID, "-q", QUESTIONS[0], "--explain", ANSWER, width=width, terminal=True)
    fits(out, width)
    assert "put myself in their shoes" in out


@pytest.mark.parametrize("width", WIDTHS)
def test_session_summary_fits(pack_dir: Path, width: int) -> None:
    out = run("practice", "-p", PACK_ID, "-q", QUESTIONS[0], "-q", QUESTIONS[1], width=width,
              terminal=True, input=f"{ANSWER}\n.\nI reply quickly.\n.\n")
    summary = out[out.index("Session summary"):]
    fits(summary, width)
    assert re.search(rf"^\s*{QUESTIONS[0]}\s+\d+\s", summary, re.M), summary


def test_session_summary_piped_keeps_whole_rows(pack_dir: Path) -> None:
    out = run("practice", "-p", PACK_ID, "-q", QUESTIONS[0], width=60, terminal=False,
              input=f"{ANSWER}\n.\n")
    summary = out[out.index("Session summary"):]
    assert re.search(rf"^\s*{QUESTIONS[0]}\s+\d+\s+\d+\s+–\s+new\s*$", summary, re.M), summary


# -- panel titles --------------------------------------------------------------------------------


def _flat(out: str) -> str:
    """The words of a rendering, borders and line breaks aside."""
    return " ".join(re.sub(r"[│╭╮╰╯─━┃┏┓┗┛]", " ", out).split())


@pytest.mark.parametrize("width", WIDTHS)
def test_score_report_keeps_the_whole_question_however_narrow(pack_dir: Path, width: int) -> None:
    out = run("score", "-p", PACK_ID, "-q", QUESTIONS[0], ANSWER, width=width, terminal=True)
    fits(out, width)
    assert ("Escalations at an enterprise customer service desk · Tell me about a time you calmed "
            "down an angry customer on the phone.") in _flat(out)


@pytest.mark.parametrize("width", WIDTHS)
def test_session_panels_keep_their_titles(width: int) -> None:
    from coach.output.session import model_answer_panel, question_panel
    from coach.practice_events import Asked, ModelAnswer

    pack = load_pack("customer-service")
    question = pack.questions[0]
    asked = Asked(index=3, total=12, question=question, pack_title="A pack title that is long enough "
                  "to be cut at sixty columns", time_limit=90, again=True)
    shown = _flat(_render(question_panel(asked), width))
    assert "Question 3 of 12 (once more: rated Again earlier)" in shown
    assert "A pack title that is long enough to be cut at sixty columns" in shown
    model = _flat(_render(model_answer_panel(ModelAnswer(question, "I listen first.")), width))
    assert "An example of a strong answer (one of many, not the only right one)" in model
    fits(_render(question_panel(asked), width), width)


# -- any width, any content ----------------------------------------------------------------------

_WORDS = st.text(alphabet="abcdefghij-/", min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=30, max_value=220),
       ids=st.lists(st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8}){0,2}", fullmatch=True), min_size=1, max_size=4),
       notes=st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), min_size=4, max_size=4))
def test_any_width_keeps_ids_whole_and_fits(width: int, ids: list[str], notes: list[str]) -> None:
    table = FitTable(Column("ID", "key"), Column("Note"), Column("Path", breaks="/", drop=2),
                     Column("Score", "key", "right"), Column("Extra", "key", drop=1), box=None)
    for i, ident in enumerate(ids):
        table.add_row(ident, notes[i], "/".join(notes[i].split()), str(i * 7), f"x{i}")
    out = _render(table, width)
    fits(out, width)
    firsts = [line.split()[0] for line in out.splitlines()[1:] if line.strip()]
    # An id that leaves room for the score, four cells of note and the padding is whole on
    # one line; only a screen narrower than that folds one (tested above).
    for ident in ids:
        if len(ident) <= width - 5 - 4 - 6:
            assert ident in firsts
    # Piped: one line per row, every cell whole.
    piped = _render(table, width, terminal=False)
    assert len(piped.splitlines()) == 1 + len(ids)
    for i, ident in enumerate(ids):
        assert any(ident in line and notes[i] in line for line in piped.splitlines())
