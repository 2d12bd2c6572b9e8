"""The command line in the screen language: --help (coach's texts and Typer's own words), usage
errors, pack problems with FILE:LINE:COLUMN kept, the rarer core errors, and numbers written
the language's way (decimal comma in Swedish). JSON stays English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_i18n import SV_ANSWER, english_environment  # noqa: F401 (an autouse fixture)
from typer.testing import CliRunner

from coach import i18n
from coach.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
def run(*args: str, input: str | None = None, **env: str):
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "100", **env})


# -- --help ------------------------------------------------------------------------------------

def test_help_with_lang_option_is_swedish() -> None:
    for args in (("--lang", "sv", "--help"), ("--help", "--lang", "sv")):  # before or after --help
        result = run(*args)
        assert result.exit_code == 0, result.output
        out = result.stdout
        for swedish in ("Användning: coach", "Öva på intervjusvar", "Exempel:", "Flaggor:", "Kommandon:",
                        "Visa det här meddelandet och avsluta.", "Skriv ut versionen och avsluta.",
                        "Bedöm ett svar på en fråga"):
            assert swedish in out, swedish
        for english in ("Usage:", "Options:", "Commands:", "Examples:", "Show this message", "Rehearse"):
            assert english not in out, english
        assert "    coach practice --pack customer-service --mode review" in out  # examples kept whole


def test_command_help_follows_lang_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = run("score", "--help")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    for swedish in ("Användning: coach score", "Bedöm ett svar på en fråga", "Argument:", "Frågans id i paketet.",
                    "[obligatorisk]", "[standard: customer-service]", "Läs svaret från en fil."):
        assert swedish in flat, swedish
    assert "Question id in the pack" not in flat and "[required]" not in flat
    assert 'coach score -q angry-customer --file my-answer.txt --json' in result.stdout


def test_telugu_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "te")
    result = run("packs", "validate", "--help")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    for telugu in ("వాడుక: coach packs validate", "ప్యాక్ ఫైళ్లను తనిఖీ చేయండి", "ఉదాహరణలు:", "ఆప్షన్లు:",
                   "ఈ సందేశాన్ని చూపి ముగించండి."):
        assert telugu in flat, telugu
    assert "Usage:" not in flat and "Check pack files" not in flat
    group = run("--lang", "te", "packs", "--help")
    assert "కమాండ్‌లు:" in group.stdout and "Commands:" not in group.stdout


def test_english_help_unchanged() -> None:
    result = run("score", "--help")
    assert "Usage: coach score" in result.stdout and "Options:" in result.stdout
    assert "[required]" in " ".join(result.stdout.split())


def test_every_help_text_is_translated() -> None:
    """Every text of every command's --help (lazily loaded commands too) has a translation."""
    from coach.clibase import help_texts

    texts = help_texts(app)
    assert len(texts) > 60 and "Show this message and exit." in texts
    for lang in ("sv", "te"):
        i18n.start(lang)
        try:
            untranslated = [t for t in texts if i18n._(t) == t]
        finally:
            i18n.reset()
        assert untranslated == [], lang


# -- usage errors --------------------------------------------------------------------------------

def test_unknown_option_in_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = run("score", "--bogus")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-3:] == ["Prova 'coach score -h' för hjälp.", "",
                                               "Fel: Ingen sådan flagga: --bogus"]
    assert result.stderr.startswith("Användning: coach score [OPTIONS]")


def test_usage_errors_in_telugu_and_english() -> None:
    missing = run("--lang", "te", "score")
    assert missing.exit_code == 2
    assert "లోపం: ఆప్షన్ '--question' / '-q' లేదు." in missing.stderr
    choice = run("--lang", "sv", "grade", "x.yaml", "--format", "foo")
    assert choice.exit_code == 2
    assert "Fel: Ogiltigt värde för '--format': " in choice.stderr and "'foo'" in choice.stderr
    assert "är inte ett av 'table', 'json', 'csv', 'markdown'." in choice.stderr
    english = run("score", "--bogus")
    assert english.exit_code == 2
    assert english.stderr.endswith("Try 'coach score -h' for help.\n\nError: No such option: --bogus\n")


# -- pack problems and core errors ----------------------------------------------------------------

BROKEN_SV = """\
pack: trasig
title: Trasigt paket
language: sv
criteria:
  empati:
    label: Empati
    keywords: []
    tip: Visa förståelse.
    weight: tung
questions:
  - id: q1
    prompt: Vad är bra service?
    criteria: [empati, tempo]
    colour: red
"""


def test_validation_errors_of_a_swedish_pack_read_swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "trasig.yaml"
    path.write_text(BROKEN_SV, encoding="utf-8")
    english = run("packs", "validate", str(path))
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = run("packs", "validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(english.stdout.splitlines()) == 4
    # FILE:LINE:COLUMN and the field's path as in English; the sentence after them in Swedish.
    places = [re.match(r"(.+?:\d+:\d+: \S+:)", line).group(1) for line in lines]  # type: ignore[union-attr]
    assert places == [re.match(r"(.+?:\d+:\d+: \S+:)", line).group(1)  # type: ignore[union-attr]
                      for line in english.stdout.splitlines()]
    assert f"{path}:7:15: criteria.empati.keywords: nyckelordslistan är tom; ange minst en nyckelfras" in lines
    assert f"{path}:9:13: criteria.empati.weight: väntade ett tal, fick 'tung'" in lines
    assert f"{path}:13:24: questions[0].criteria[1]: kriteriet 'tempo' är inte definierat under criteria" in lines
    assert any(line.startswith(f"{path}:14:5: questions[0].colour: okänt fält 'colour'; ") for line in lines)
    assert result.stderr == "coach: 4 fel i 1 fil, 0 varningar\n"
    data = json.loads(run("packs", "validate", str(path), "--json").stdout)  # JSON stays English
    assert data[0]["errors"][0]["message"] == "the keyword list is empty; give at least one keyword phrase"
    # The same problems when the pack is used: one line each on stderr, in Swedish.
    used = run("score", "-p", str(path), "-q", "q1", "svar")
    assert used.exit_code == 1
    assert f"coach: {path}:9:13: criteria.empati.weight: väntade ett tal, fick 'tung'\n" in used.stderr


def test_every_hostile_pack_problem_has_a_template() -> None:
    """Each problem the hostile pack files raise (and each warning) is worded by a template of
    coach/output/coretext.py, so it is translated on screen."""
    from coach.errors import CoachError, LocatedError
    from coach.output.coretext import template_of
    from coach.packs import load_pack_file
    from coach.trainer.lint import lint

    messages = []
    for file in sorted((ROOT / "tests" / "hostile" / "packs").glob("*.yaml")):
        try:
            messages += [w.message for w in lint(load_pack_file(file))]
        except LocatedError as exc:
            messages += [p.message for p in exc.problems]
        except CoachError as exc:
            messages.append(str(exc))
    assert len(messages) > 60
    assert [m for m in dict.fromkeys(messages) if template_of(m) is None] == []


def test_rarer_core_errors_in_the_screen_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    missing = run("score", "-q", "x", "--file", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 1
    assert missing.stderr == f"coach: {tmp_path / 'nope.txt'}: filen finns inte\n"
    tagged = run("practice", "-p", "customer-service-sv", "--tag", "nosuchtag", input="")
    assert tagged.exit_code == 1
    assert tagged.stderr.startswith("coach: paketet 'customer-service-sv' har ingen fråga med taggen nosuchtag; "
                                    "dess taggar: ")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    editor = run("--lang", "te", "practice", "--editor", "-q", "angry-customer", input="")
    assert editor.exit_code == 1
    assert editor.stderr.startswith("coach: --editor కి మీ ఎడిటర్ కమాండ్ $VISUAL లేదా $EDITOR లో ఉండాలి")


# -- numbers ----------------------------------------------------------------------------------------

def test_numbers_in_each_language() -> None:
    expected = {"en": ("5.0", "12,345", "1,234,567.25", "94%"),
                "sv": ("5,0", "12\u00a0345", "1\u00a0234\u00a0567,25", "94\u00a0%"),
                "te": ("5.0", "12,345", "12,34,567.25", "94%")}
    for lang, (five, thousands, million, pct) in expected.items():
        i18n.start(lang)
        try:
            assert (i18n.number(5, 1), i18n.number(12345), i18n.number(1234567.25, 2), i18n.percent(94)) == \
                (five, thousands, million, pct)
            assert i18n.number(-2.5, 1).startswith("-") and i18n.number(-0.01, 1) in ("0.0", "0,0")
        finally:
            i18n.reset()


def test_swedish_average_has_a_decimal_comma(isolated_home: Path) -> None:
    session = run("practice", "-p", "customer-service-sv", "-q", "good-service-meaning", input=SV_ANSWER + "\n.\n")
    assert session.exit_code == 0, session.stderr
    assert re.search(r"1 svar bedömt, medel \d+,\d\.", session.stdout), session.stdout
    stats = run("stats", "--pack", "customer-service-sv")
    assert stats.exit_code == 0, stats.stderr
    assert re.search(r"medel \d+,\d", stats.stdout) and re.search(r"\d+\u00a0%", stats.stdout)
    english = run("--lang", "en", "stats", "--pack", "customer-service-sv")
    assert re.search(r"average \d+\.\d", english.stdout) and re.search(r"\d+% ", english.stdout)
    data = json.loads(run("stats", "--pack", "customer-service-sv", "--json").stdout)
    assert isinstance(data["average"], float)  # JSON keeps plain numbers
