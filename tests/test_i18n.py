"""The screen language: packs' screens speak the pack's language, --lang and the environment
choose otherwise, plural forms come from the catalogue, catalogues are complete and compiled,
and JSON never changes language."""

from __future__ import annotations

import functools
import gettext
import json
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach import i18n
from coach.cli import app

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "coach" / "locale"
runner = CliRunner()

SV_ANSWER = "Jag lyssnar på kunden och visar förståelse, sedan löser jag problemet snabbt. Jag tror att det är viktigt."
TE_ANSWER = "నేను కస్టమర్ సమస్యను త్వరగా పరిష్కరిస్తాను."
EN_ANSWER = "I listen, put myself in their shoes and fix it quickly. I think that matters."
ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No locale variable chooses a language unless a test sets one (LANG keeps a UTF-8 locale)."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.reset()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def score(pack: str, answer: str, *options: str, lang: str | None = None):
    return run(*(("--lang", lang) if lang else ()), "score", "-p", pack, "-q", "good-service-meaning",
               answer, *options)


# -- a pack's screens speak its language ---------------------------------------------------------

def test_swedish_pack_score_screen_is_swedish() -> None:
    result = score("customer-service-sv", SV_ANSWER)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for swedish in ("Kriterium", "Belägg", "Träff", "hittades inte", "Ditt svar", "Att förbättra",
                    "Längd:", "18 ord (mycket kort)", "Den här frågan förväntar sig minst 130 ord", "Garderingar:",
                    "Obs: Bedömd efter längd: 18 av de 130 ord"):
        assert swedish in out, swedish
    for english in ("Criterion", "Evidence", "not found", "Your answer", "To improve", "Length:", "words",
                    "Hedges", "Note:", "This question expects"):
        assert english not in out, english


def test_telugu_pack_score_screen_is_telugu() -> None:
    result = score("customer-service-te", TE_ANSWER)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    for telugu in ("అంశం", "ఆధారం", "మీ సమాధానం", "మెరుగుపరచుకోవాల్సినవి", "నిడివి:", "పదాలు (చాలా చిన్నది)",
                   "ఈ ప్రశ్న కనీసం 90 పదాలు ఆశిస్తుంది", "గమనిక: నిడివి ఆధారంగా స్కోర్"):
        assert telugu in flat, telugu
    for english in ("Criterion", "To improve", "Length:", "words", "Note:"):
        assert english not in flat, english


def test_english_pack_stays_english() -> None:
    result = score("customer-service", EN_ANSWER)
    assert result.exit_code == 0, result.stderr
    assert "Criterion" in result.stdout and "To improve" in result.stdout and "Length:" in result.stdout


def test_swedish_pack_other_screens(isolated_home: Path) -> None:
    shown = run("packs", "show", "customer-service-sv")
    assert shown.exit_code == 0, shown.stderr
    assert "Kriterier" in shown.stdout and "Nyckelord" in shown.stdout and "Frågor" in shown.stdout
    assert "Keywords" not in shown.stdout
    tested = run("packs", "test", "customer-service-sv")
    assert "Kalibrering av customer-service-sv" in tested.stdout and "Överens" in tested.stdout
    session = run("practice", "-p", "customer-service-sv", "-q", "good-service-meaning",
                  input=SV_ANSWER + "\n.\n")
    assert session.exit_code == 0, session.stderr
    for swedish in ("Fråga 1 av 1", "tidsgräns", "Sparat som försök #1", "Sammanfattning av passet",
                    "1 svar bedömt, medel", "1 sparat i historiken."):
        assert swedish in session.stdout, swedish
    again = run("history", "show", "1")
    assert again.exit_code == 0, again.stderr
    assert "Försök #1" in again.stdout and "Kriterium" in again.stdout
    listing = run("history")  # not one pack's screen: the environment's language (English here)
    assert "When" in listing.stdout and "När" not in listing.stdout
    # statistics of one pack are that pack's screen; of every pack, the environment's
    one_pack = run("stats", "--pack", "customer-service-sv")
    assert one_pack.exit_code == 0, one_pack.stderr
    assert "Kriterier" in one_pack.stdout and "Criteria" not in one_pack.stdout
    every_pack = run("stats")
    assert "Criteria" in every_pack.stdout and "Kriterier" not in every_pack.stdout


# -- choosing the language: --lang > the pack's language > the environment > English --------------

def test_lang_option_overrides_the_pack() -> None:
    english = score("customer-service-sv", SV_ANSWER, lang="en")
    assert english.exit_code == 0, english.stderr
    assert "Criterion" in english.stdout and "To improve" in english.stdout and "Kriterium" not in english.stdout
    swedish = score("customer-service", EN_ANSWER, lang="sv_SE.UTF-8")
    assert "Kriterium" in swedish.stdout and "Att förbättra" in swedish.stdout


def test_lang_option_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "sv")
    result = run("--lang", "te", "history")
    assert result.exit_code == 0
    assert "ఇంకా ప్రయత్నాలు లేవు" in result.stderr


def test_unknown_lang_is_a_usage_error() -> None:
    result = run("--lang", "fr", "history")
    assert result.exit_code == 2
    assert "no screen language 'fr'; choose one of: en, sv, te" in result.stderr


@pytest.mark.parametrize(("variable", "value"), [("LANG", "sv_SE.UTF-8"), ("LC_MESSAGES", "sv_SE"),
                                                 ("LANGUAGE", "fr:sv")])
def test_environment_chooses_when_nothing_else_does(monkeypatch: pytest.MonkeyPatch, variable: str,
                                                    value: str) -> None:
    monkeypatch.setenv(variable, value)
    result = run("history")
    assert result.exit_code == 0
    assert result.stderr == "coach: inga försök än; kör `coach practice` för att börja\n"


def test_pack_language_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = score("customer-service-te", TE_ANSWER)
    assert "మెరుగుపరచుకోవాల్సినవి" in result.stdout and "Att förbättra" not in result.stdout
    english = score("customer-service", EN_ANSWER)
    assert "To improve" in english.stdout


def test_environment_rules() -> None:
    assert i18n.from_environment({"LANGUAGE": "te_IN:sv", "LANG": "sv_SE.UTF-8"}) == "te"
    assert i18n.from_environment({"LANGUAGE": "", "LC_ALL": "sv_FI.UTF-8@euro"}) == "sv"
    # The first variable that is set decides, as in gettext: an unavailable one means English.
    assert i18n.from_environment({"LC_ALL": "fr_FR.UTF-8", "LANG": "sv_SE.UTF-8"}) is None
    assert i18n.from_environment({"LANG": "C.UTF-8"}) is None
    assert i18n.from_environment({}) is None
    assert i18n.normalise("POSIX") is None and i18n.normalise("te-IN") == "te"


def test_no_language_carries_over_to_the_next_run() -> None:
    score("customer-service-sv", SV_ANSWER)
    assert i18n.current() == "en"
    assert "Criterion" in score("customer-service", EN_ANSWER).stdout


def test_environment_language_in_a_real_process(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "COACH_HOME": str(tmp_path), "LANG": "C.UTF-8", "LANGUAGE": "te"}
    done = subprocess.run([sys.executable, "-c", "import sys; from coach.cli import main; main()", "history"],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0
    assert done.stderr == "coach: ఇంకా ప్రయత్నాలు లేవు; మొదలుపెట్టడానికి `coach practice` నడపండి\n"


# -- plural forms come from the catalogue ------------------------------------------------------

def test_swedish_plural_forms_from_the_catalogue() -> None:
    i18n.start("sv")
    try:
        assert i18n.ngettext("{count} file", "{count} files", 1) == "{count} fil"
        assert i18n.ngettext("{count} file", "{count} files", 2) == "{count} filer"
        assert i18n.ngettext("{count} file", "{count} files", 0) == "{count} filer"
        assert i18n.ngettext("{count} answer scored, average {average}.",
                             "{count} answers scored, average {average}.", 3) == \
            "{count} svar bedömda, medel {average}."
    finally:
        i18n.reset()
    header = gettext.translation(i18n.DOMAIN, LOCALE, languages=["sv"]).info()
    assert header["plural-forms"] == "nplurals=2; plural=(n != 1);"


def test_plural_forms_on_screen(tmp_path: Path, mini_pack_text: str) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(mini_pack_text, encoding="utf-8")
    one = run("--lang", "sv", "packs", "validate", str(good))
    assert re.fullmatch(r"coach: 0 fel i 1 fil, \d+ varningar", one.stderr.strip())
    two = run("packs", "validate", str(good), str(good))
    assert re.fullmatch(r"coach: 0 errors in 2 files, \d+ warnings", two.stderr.strip())


def test_no_hand_written_plurals_left() -> None:
    """Counted words on screen go through ngettext, not `'s' if n != 1` (wrong outside English)."""
    pattern = re.compile(r"""['"](?:s|es|ies)['"] if [^\n]*(?:!= 1|> 1)|== 1 else ['"][a-z ]*s['"]""")
    sources = [*(ROOT / "coach" / "output").glob("*.py"), *(ROOT / "coach").glob("cli*.py"),
               ROOT / "coach" / "editor.py"]
    offenders = [f"{p.name}:{n}" for p in sources
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert offenders == []


# -- catalogues: complete, consistent, compiled ------------------------------------------------

def _extracted() -> dict[str, str | tuple[str, ...]]:
    """What `pybabel extract -F babel.cfg` finds: every _()/ngettext/N_ string, and every help
    text of the command line (coach.i18n.extract)."""
    import warnings

    from babel.messages.extract import extract_from_dir
    from babel.messages.frontend import parse_mapping

    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # parse_mapping_cfg is Babel 2.14+
        method_map, options_map = parse_mapping(handle)
    found: dict[str, str | tuple[str, ...]] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(str(ROOT / "coach"), method_map,
                                                                       options_map):
        found[message[0] if isinstance(message, tuple) else message] = message
    return found


def _catalogue(lang: str):
    from babel.messages.pofile import read_po

    with (LOCALE / lang / "LC_MESSAGES" / "coach.po").open(encoding="utf-8") as handle:
        return read_po(handle)


def _fields(text: str) -> set[str]:
    return {name for _, name, spec, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", ["sv", "te"])
def test_every_string_on_screen_is_translated(lang: str) -> None:
    """Every `_()`/`ngettext`/`N_` string in coach/ has a translation in each catalogue, with the
    same {placeholders} (a missing one would raise KeyError on screen), in every plural form."""
    catalogue = _catalogue(lang)
    extracted = _extracted()
    assert len(extracted) > 150
    missing, broken = [], []
    for key, message in extracted.items():
        entry = catalogue.get(key)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(key)
            continue
        singulars = message if isinstance(message, tuple) else (message,)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if len(forms) != catalogue.num_plurals if isinstance(message, tuple) else len(forms) != 1:
            broken.append(key)
        wanted = set().union(*(_fields(s) for s in singulars))
        if not all(form and _fields(form) <= wanted and (_fields(form) | {"count"}) >= wanted
                   for form in forms):
            broken.append(key)
    assert missing == [] and broken == []
    stale = [m.id for m in catalogue if m.id and (m.id[0] if isinstance(m.id, tuple) else m.id)
             not in extracted]
    assert stale == [], "strings no longer in coach/: run pybabel update (see README)"


@pytest.mark.parametrize("lang", ["sv", "te"])
def test_compiled_catalogue_matches_its_source(lang: str) -> None:
    """The shipped .mo holds exactly the .po's translations (recompile after editing a .po)."""
    with (LOCALE / lang / "LC_MESSAGES" / "coach.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    expected: dict[object, str] = {}
    for entry in _catalogue(lang):
        if not entry.id or entry.fuzzy:
            continue
        if isinstance(entry.id, tuple):
            for index, form in enumerate(entry.string):
                expected[(entry.id[0], index)] = form
        else:
            expected[entry.id] = entry.string
    shipped = {k: v for k, v in compiled._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert shipped == expected


def test_language_list_comes_from_the_shipped_catalogues() -> None:
    assert i18n.available() == ("en", "sv", "te")


# -- the scoring core's sentences --------------------------------------------------------------

def _core_sentences() -> list[str]:
    """Notes, length advice and set-aside reasons the core writes: over the labelled answers of
    the three bundled packs (bench/data) and answers made to produce each note (found once)."""
    return list(_found_core_sentences())


@functools.cache
def _found_core_sentences() -> tuple[str, ...]:
    """_core_sentences, found: each pack loaded once, its matcher shared by its answers."""
    import yaml

    from coach.packs import load_pack
    from coach.scoring import RULES, SetAside, score_answer
    from coach.scoring.results import fit_to_expected

    sentences = [SetAside(rule, "x", 0, 1).describe() for rule in RULES]
    # Reports of old attempts work the length advice out again (coach.output.feedback.length_advice).
    sentences += [fit_to_expected(length, "", words, 130)[1] for length, words in (("short", 140), ("short", 20))]
    cases: list[tuple[str, str, str]] = []
    for lang in ("en", "sv", "te"):
        data = yaml.safe_load((ROOT / "bench" / "data" / f"{lang}.yaml").read_text(encoding="utf-8"))
        cases += [(data["pack"], item["question"], item["answer"]) for item in data["answers"]]
    cases += [("customer-service", "good-service-meaning", answer) for answer in (
        "", "empathy", "I listen carefully to every customer. " * 60,
        "I listen carefully to every customer and help. " * 90, "x " * 70000,
        "The weather was nice and the train was late on Tuesday morning again, sadly.")]
    packs = {pack_id: load_pack(pack_id) for pack_id, _question, _answer in cases}
    for pack_id, question, answer in cases:
        result = score_answer(packs[pack_id], question, answer)
        sentences += [*result.notes, result.length_advice]
        sentences += [c.set_aside.describe() for c in result.criteria if c.set_aside is not None]
    return tuple(dict.fromkeys(sentences))


def test_every_core_sentence_has_a_template() -> None:
    """If the core gains a sentence, coach/output/coretext.py needs its template (or it stays English)."""
    from coach.output.coretext import template_of

    sentences = _core_sentences()
    for start in ("Capped at", "Scored for length", "Only the first", "The answer is empty",
                  "This may not answer", "This question expects", "Long enough"):
        assert any(s.startswith(start) for s in sentences), start
    assert [s for s in sentences if template_of(s) is None] == []


def test_core_sentences_are_unchanged_in_english_and_translated_otherwise() -> None:
    from coach.output.coretext import core_text

    sentences = _core_sentences()
    assert [core_text(s) for s in sentences] == sentences
    for lang, capped, bare in (("sv", "Poängen begränsad", "ensamma nyckelord"),
                               ("te", "స్కోర్‌ను", "ఒంటరి కీలక పదాలే")):
        i18n.start(lang)
        try:
            translated = [core_text(s) for s in sentences]
        finally:
            i18n.reset()
        assert all(a != b for a, b in zip(translated, sentences, strict=True))
        # The reason inside "Capped at …" is translated too.
        assert any(s.startswith(capped) and bare in s for s in translated)


# -- JSON never changes language ---------------------------------------------------------------

@pytest.mark.parametrize("pack", ["customer-service-sv", "customer-service-te"])
def test_json_stays_english(pack: str) -> None:
    answer = SV_ANSWER if pack.endswith("sv") else TE_ANSWER
    plain = score(pack, answer, "--json", lang="en")
    for lang in (None, "sv", "te"):
        other = score(pack, answer, "--json", lang=lang)
        assert other.exit_code == 0, other.stderr
        assert other.stdout == plain.stdout
    data = json.loads(plain.stdout)
    assert data["length_advice"].startswith("This question expects") and data["length"] == "very short"
    assert data["notes"][0].startswith("Scored for length")


def test_stored_attempt_stays_english(isolated_home: Path) -> None:
    session = run("practice", "-p", "customer-service-sv", "-q", "good-service-meaning",
                  input=SV_ANSWER + "\n.\n")
    assert session.exit_code == 0, session.stderr
    stored = json.loads(run("history", "show", "1", "--json").stdout)
    text = json.dumps(stored, ensure_ascii=False)
    assert "Scored for length" in text and "Bedömd efter längd" not in text


# -- the commonest errors ----------------------------------------------------------------------

def test_errors_in_the_screen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = run("score", "-p", "customer-service-te", "-q", "good-servce-meaning", "x")
    assert wrong.exit_code == 1
    assert wrong.stderr == ("coach: 'customer-service-te' ప్యాక్‌లో 'good-servce-meaning' అనే ప్రశ్న లేదు; "
                            "మీరు వెతుకుతున్నది good-service-meaning నా?\n")
    english = run("score", "-p", "customer-service", "-q", "good-servce-meaning", "x")
    assert english.stderr == ("coach: pack 'customer-service' has no question 'good-servce-meaning'; "
                              "did you mean good-service-meaning?\n")
    monkeypatch.setenv("LANGUAGE", "sv")
    no_pack = run("score", "-p", "nope", "-q", "x", "y")
    assert no_pack.exit_code == 1
    assert no_pack.stderr.startswith("coach: inget paket 'nope' (sökte bland de medföljande paketen, i "
                                     "användarmappen och i COACH_PACKS_PATH); kända paket: customer-service")
    since = run("history", "--since", "foo")
    assert since.exit_code == 2
    assert "--since 'foo': väntade ett datum som 2026-01-31" in " ".join(since.stderr.split())


def test_every_translated_error_has_its_template() -> None:
    from coach.errors import CoachError
    from coach.history import parse_since
    from coach.output.coretext import template_of
    from coach.packs import load_pack

    messages = []
    for action in (lambda: load_pack("nope"), lambda: load_pack("customer-servic"),
                   lambda: load_pack("customer-service").question("nope"),
                   lambda: load_pack("customer-service").question("angry-custmer"),
                   lambda: parse_since("foo"), lambda: parse_since("99999999d"),
                   lambda: load_pack("/nonexistent/pack.yaml")):
        with pytest.raises(CoachError) as caught:
            action()
        messages.append(str(caught.value))
    for message in messages:
        found = template_of(message)
        assert found is not None, message
        assert all(template_of(v) is not None for k, v in found[1].items() if k == "hint"), message


def test_editor_speaks_the_screen_language() -> None:
    from coach.editor import recovered_note, toolbar_text

    english, _style = toolbar_text(30, 120, 1, strict=False, recall=True)
    assert "1 word " in english and "Esc then Enter: submit" in english
    i18n.start("sv")
    try:
        swedish, _style = toolbar_text(130, 120, 2, strict=False, recall=True)
        note = recovered_note("not a date")
    finally:
        i18n.reset()
    assert "TIDEN ÄR UTE, avrunda" in swedish and "2 ord" in swedish and "Esc och sedan Enter: skicka" in swedish
    assert note == "Återställt utkast från ett tidigare pass: redigera det och skicka, eller töm det för att börja om."


def test_external_editor_file_in_the_screen_language() -> None:
    from coach.external_editor import SCISSORS, answer_text, template
    from coach.packs import load_pack
    from coach.practice_events import Asked

    pack = load_pack("customer-service-sv")
    asked = Asked(1, 2, pack.question("good-service-meaning"), pack.title, 90, prefill="utkast",
                  draft_saved="2026-01-01T00:00:00+00:00")
    i18n.start("sv")
    try:
        written = template(asked)
        assert "# Fråga 1 av 2 (Kundservice):" in written
        assert "# Skriv ditt svar ovanför raden" in written and "Write your answer" not in written
        # Without the scissors line, the instruction lines are still told apart from the answer.
        assert answer_text(written.replace(SCISSORS + "\n", ""), asked) == "utkast"
    finally:
        i18n.reset()


def test_practice_notices_in_the_pack_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.practice import StdinResponder
    from coach.practice_events import EndSession

    def stop(self: object, asked: object, *, strict_time: bool) -> None:
        raise EndSession(interrupted=True, draft="halvskrivet")

    monkeypatch.setattr(StdinResponder, "answer", stop)
    monkeypatch.setattr(StdinResponder, "offers_drafts", True, raising=False)
    result = run("practice", "-p", "customer-service-sv", "-q", "good-service-meaning", input="")
    assert result.exit_code == 130
    assert ("coach: ditt osända svar på 'good-service-meaning' sparas som utkast; det kommer tillbaka "
            "nästa gång frågan ställs\n") in result.stderr


def test_practice_notices_have_templates(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    from coach.errors import StoreError
    from coach.output.coretext import template_of
    from coach.packs import load_pack
    from coach.practice import Notice, Session
    from coach.practice_events import EndSession
    from coach.store import Store

    class Stopper:
        offers_drafts = True

        def answer(self, asked: object, *, strict_time: bool) -> None:
            raise EndSession(interrupted=True, draft="typed")

        def choose(self, scored: object) -> str:
            return "next"

    pack = load_pack("customer-service")
    notices = []
    with Store.open() as store:
        notices += [e.message for e in Session(pack, [pack.question("angry-customer")], Stopper(), store).run()
                    if isinstance(e, Notice)]

        def full(*args: object) -> None:
            raise StoreError("disk is full")

        monkeypatch.setattr("coach.store.drafts.save_draft", full)
        notices += [e.message for e in Session(pack, [pack.question("angry-customer")], Stopper(), store).run()
                    if isinstance(e, Notice)]
    assert len(notices) == 2 and [n for n in notices if template_of(n) is None] == []


def test_schedule_lines_in_the_screen_language() -> None:
    from datetime import UTC, datetime, timedelta

    from coach.output.coretext import waiting_time
    from coach.output.session import outlook_line
    from coach.practice_events import Outlook
    from coach.schedule import next_review

    now = datetime(2026, 1, 1, tzinfo=UTC)
    waits = [next_review(now + delta, now) for delta in (timedelta(0), timedelta(minutes=1), timedelta(hours=5),
                                                        timedelta(days=1), timedelta(days=3))]
    assert [waiting_time(w) for w in waits] == waits  # English: the core's own words
    seen = Outlook("Kundservice", 1, 4, 3, 5, False, False, False)
    english = outlook_line(seen)
    i18n.start("sv")
    try:
        swedish = [waiting_time(w) for w in waits]
        line = outlook_line(seen)
    finally:
        i18n.reset()
    assert swedish == ["nu", "om 1 minut", "om 5 timmar", "om 1 dag", "om 3 dagar"]
    assert english == ("Kundservice: 1 question due today, 4 never answered · streak 3 days (longest 5); "
                       "practise today to keep it")
    assert line == ("Kundservice: 1 fråga att repetera i dag, 4 aldrig besvarade · 3 dagar i rad (längst 5); "
                    "öva i dag för att behålla den")


def test_rating_line_in_the_pack_language(isolated_home: Path) -> None:
    session = run("practice", "-p", "customer-service-sv", "-q", "good-service-meaning",
                  input=SV_ANSWER + "\n.\n")
    assert session.exit_code == 0, session.stderr
    flat = " ".join(session.stdout.split())
    assert "betyg Igen - nästa repetition om" in flat and "rated" not in flat


def test_grade_table_in_the_screen_language_and_its_json_in_english(tmp_path: Path) -> None:
    rows = tmp_path / "answers.jsonl"
    rows.write_text(json.dumps({"id": "a1", "candidate": "Sam", "pack": "customer-service",
                                "question": "good-service-meaning", "answer": EN_ANSWER}) + "\n"
                    + json.dumps({"id": "a2", "candidate": "Sam", "pack": "customer-service",
                                  "question": "nope", "answer": "x"}) + "\n", encoding="utf-8")
    table = runner.invoke(app, ["--lang", "sv", "grade", str(rows)], env={"COLUMNS": "200"})
    flat = " ".join(table.stdout.split())
    assert "Kandidat" in flat and "paketet 'customer-service' har ingen fråga 'nope'" in flat
    assert "1 bedömda, 1 fel, medelpoäng" in flat
    assert table.stderr == "coach: 1 av 2 rader kunde inte bedömas\n"
    data = json.loads(run("--lang", "sv", "grade", str(rows), "--format", "json").stdout)
    assert data["results"][1]["error"].startswith("pack 'customer-service' has no question 'nope'")


def test_questions_of_one_pack_in_its_language() -> None:
    one = run("questions", "-p", "customer-service-te")
    assert one.exit_code == 0, one.stderr
    assert "ప్రశ్న" in one.stdout and "Question" not in one.stdout
    every = run("questions")  # several packs: the environment's language (English here)
    assert "Question" in every.stdout and "Fråga" not in every.stdout.split("customer-service-sv")[0]
