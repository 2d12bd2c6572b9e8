"""`coach packs …`: output and exit codes of every trainer command, broken packs among good."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from coach.cli import app
from coach.packs import load_pack_file

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"
BUNDLED = sorted((ROOT / "questions").glob("*.yaml"))
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["packs", *args])


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


GOOD = """\
pack: tiny
title: Tiny pack
language: en
criteria:
  empathy:
    label: Empathy
    keywords: [empathy, put myself in their shoes]
    tip: Show that you put yourself in their shoes.
  follow-up:
    label: Follow-up
    keywords: [follow up, check back]
    tip: Say how you check back afterwards.
questions:
  - id: upset
    prompt: A customer is upset. What do you do?
    model_answer: I put myself in their shoes and follow up the next day.
    examples:
      - answer: I show empathy and follow up the next day.
        earns: [empathy, follow-up]
      - answer: I don't have much empathy.
        earns: []
        max_score: 0
"""

BROKEN = """\
pack: broken-one
title: Broken
language: en
criteria:
  empathy:
    label: Empathy
    keywords: []
questions:
  - id: q
    prompt: Hi?
    difficulty: impossible
"""


# -- list ----------------------------------------------------------------------------------------


def test_list_shows_bundled_user_and_path_packs_and_broken_ones(tmp_path: Path, monkeypatch,
                                                                isolated_home: Path) -> None:
    extra = tmp_path / "extra"
    write(extra / "broken.yaml", BROKEN)
    write(extra / "tiny.yaml", GOOD)
    shutil.copy(MINI, extra / "mini.yaml")
    (extra / "notes.txt").write_text("not a pack")
    write(isolated_home / "packs" / "tiny.yaml", GOOD)
    monkeypatch.setenv("COACH_PACKS_PATH", str(extra))
    result = run("list", "--json")
    assert result.exit_code == 0, result.stderr
    entries = json.loads(result.stdout)
    by_path = {Path(e["path"]).name + ":" + e["origin"]: e for e in entries}
    assert {e["id"] for e in entries if e["origin"] == "bundled"} == {
        "customer-service", "customer-service-sv", "customer-service-te"}
    broken = by_path["broken.yaml:COACH_PACKS_PATH"]
    assert broken["status"] == "broken" and broken["id"] == "broken-one"
    assert broken["error"].endswith("criteria.empathy.keywords: the keyword list is empty; "
                                    "give at least one keyword phrase")
    assert by_path["tiny.yaml:user"]["status"] == "ok"
    assert by_path["tiny.yaml:user"]["questions"] == 1
    # The same id later in the search path is hidden by the user pack.
    assert by_path["tiny.yaml:COACH_PACKS_PATH"]["status"] == "shadowed"
    mini = by_path["mini.yaml:COACH_PACKS_PATH"]
    assert (mini["id"], mini["title"], mini["language"], mini["questions"]) == ("mini", "Mini pack",
                                                                                "en", 2)
    cs = next(e for e in entries if e["id"] == "customer-service-te")
    assert cs["language"] == "te" and cs["questions"] >= 10

    table = runner.invoke(app, ["packs", "list"], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    assert "broken: " in table.stdout and "customer-service-sv" in table.stdout
    assert "shadowed" in table.stdout
    assert "1 pack file could not be loaded" in table.stderr


# -- show ----------------------------------------------------------------------------------------


def test_show_lists_criteria_and_questions() -> None:
    result = runner.invoke(app, ["packs", "show", str(MINI)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for text in ("Mini pack", "Exceeding expectations", "above and beyond", "extra mile",
                 "Give an example of going beyond what was asked.", "not my job", "meaning",
                 "What does good customer service mean to you?", "angry-customer"):
        assert text in out, text
    data = json.loads(run("show", str(MINI), "--json").stdout)
    crit = data["criteria"]["exceeding-expectations"]
    assert crit["weight"] == 2 and crit["keywords"] == ["exceed expectations", "above and beyond",
                                                        "extra mile"]
    assert [q["id"] for q in data["questions"]] == ["meaning", "angry-customer"]
    assert data["source"] == str(MINI)


def test_show_by_id_and_unknown_id() -> None:
    assert json.loads(run("show", "customer-service-sv", "--json").stdout)["language"] == "sv"
    result = run("show", "customer-servise")
    assert result.exit_code == 1
    assert "no pack 'customer-servise'" in result.stderr and "did you mean customer-service" in \
        result.stderr


# -- validate ------------------------------------------------------------------------------------


def test_validate_good_file_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny.yaml", GOOD)
    result = run("validate", str(path))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert "0 errors in 1 file, 0 warnings" in result.stderr


def test_validate_reports_every_error_of_every_file(tmp_path: Path) -> None:
    good = write(tmp_path / "tiny.yaml", GOOD)
    bad = write(tmp_path / "broken.yaml", BROKEN)
    missing = tmp_path / "nope.yaml"
    result = run("validate", str(good), str(bad), str(missing))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines == [
        f"{bad}:7:15: criteria.empathy.keywords: the keyword list is empty; give at least one "
        "keyword phrase",
        f"{bad}:11:17: questions[0].difficulty: 'impossible' is not one of: easy, medium, hard",
        f"{missing}: no such file",
    ]
    assert "3 errors in 3 files (2 with errors), 0 warnings" in result.stderr
    report = json.loads(run("validate", str(good), str(bad), "--json").stdout)
    assert [r["ok"] for r in report] == [True, False]
    assert report[1]["errors"][0] == {"file": str(bad), "line": 7, "column": 15,
                                      "path": "criteria.empathy.keywords",
                                      "message": "the keyword list is empty; give at least one "
                                                 "keyword phrase"}


def test_validate_warnings(tmp_path: Path) -> None:
    path = write(tmp_path / "warn.yaml", """\
        pack: warn
        title: Warnings
        language: en
        criteria:
          empathy:
            label: Empathy
            keywords: [empathy, show empathy, put myself in their shoes]
          respect:
            label: Respect
            keywords: [respect, Empathy]
          passion:
            label: Passion
            keywords: [passion]
        questions:
          - id: first
            prompt: Why?
            criteria: [empathy, respect]
            model_answer: I show empathy.
            examples:
              - answer: I show empathy.
                earns: [empathy, respect]
          - id: second
            prompt: How?
            criteria: [empathy]
        """)
    result = run("validate", str(path))
    assert result.exit_code == 0, result.stdout  # warnings alone
    lines = result.stdout.splitlines()
    assert lines == [
        f"{path}:7:25: criteria.empathy.keywords[1]: warning: 'show empathy' never matters: any "
        "answer that says it also matches 'empathy'",
        f"{path}:10:25: criteria.respect.keywords[1]: warning: 'Empathy' is also a keyword of "
        "'empathy' ('empathy', line 7); an answer saying it earns both criteria",
        f"{path}:11:3: criteria.passion: warning: criterion 'passion' is not used by any question",
        f"{path}:22:9: questions[1].id: warning: question 'second' has no model_answer; add one so "
        "candidates can compare (and `coach packs draft` can use it)",
        f"{path}:22:9: questions[1].id: warning: question 'second' has no examples; add a few "
        "answers with `earns` so `coach packs test` can calibrate it",
    ]
    assert "5 warnings" in result.stderr
    assert run("validate", "--strict", str(path)).exit_code == 1


SHARED = """\
pack: shared
title: Shared
language: en
criteria:
  tcp-packet:
    label: packet
    keywords: [packet]
  udp-packet:
    label: packet
    keywords: [packet]
questions:
  - id: tcp
    prompt: What does TCP send?
    criteria: [tcp-packet]
    model_answer: A packet.
    examples: [{answer: A packet., earns: [tcp-packet]}]
  - id: udp
    prompt: What does UDP send?
    criteria: [udp-packet]
    model_answer: A packet.
    examples: [{answer: A packet., earns: [udp-packet]}]
"""


def test_a_keyword_shared_by_criteria_of_different_questions_is_no_warning(tmp_path: Path) -> None:
    apart = write(tmp_path / "apart.yaml", SHARED)
    result = run("validate", str(apart))
    assert result.exit_code == 0 and "0 warnings" in result.stderr, result.stdout
    together = write(tmp_path / "together.yaml", SHARED.replace(
        "criteria: [udp-packet]", "criteria: [udp-packet, tcp-packet]"))
    result = run("validate", str(together))
    assert "'packet' is also a keyword of 'tcp-packet'" in result.stdout


def test_bundled_packs_validate_without_errors() -> None:
    result = run("validate", *map(str, BUNDLED))
    assert result.exit_code == 0, result.stdout
    assert "0 errors" in result.stderr


# -- new -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "sv", "te"])
def test_new_writes_a_starter_that_validates_and_calibrates(tmp_path: Path, monkeypatch,
                                                             language: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("new", "retail-basics", "--language", language)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "retail-basics.yaml\n"
    text = (tmp_path / "retail-basics.yaml").read_text(encoding="utf-8")
    assert text.startswith("# A coach question pack.") and "# yaml-language-server:" in text
    pack = load_pack_file(tmp_path / "retail-basics.yaml")
    assert (pack.id, pack.language) == ("retail-basics", language)
    checked = run("validate", "retail-basics.yaml")
    assert checked.exit_code == 0 and "0 errors" in checked.stderr
    assert run("test", "retail-basics.yaml").exit_code == 0


def test_new_refuses_to_overwrite_and_bad_arguments(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text("keep me")
    result = run("new", "mine")
    assert result.exit_code == 1 and "mine.yaml: already exists; use --force" in result.stderr
    assert (tmp_path / "mine.yaml").read_text() == "keep me"
    assert run("new", "mine", "--force").exit_code == 0
    bad_id = run("new", "Bad Id")
    assert bad_id.exit_code == 2 and "is not a valid pack id" in bad_id.stderr
    bad_lang = run("new", "ok-id", "--language", "xx")
    assert bad_lang.exit_code == 2 and "'xx' is not supported (supported: en, sv, te)" in \
        bad_lang.stderr


# -- schema --------------------------------------------------------------------------------------


def test_schema_checks_packs_like_coach_does(tmp_path: Path) -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["title"] == "coach question pack"
    assert "ISO 639-1" in schema["properties"]["language"]["description"]
    keywords = schema["$defs"]["Criterion"]["properties"]["keywords"]
    assert "Matching tolerates inflection" in keywords["description"]
    for path in [*BUNDLED, MINI]:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    bad = yaml.safe_load(GOOD)
    bad["criteria"]["empathy"]["tipp"] = "typo"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = yaml.safe_load(GOOD)
    bad["questions"][0]["difficulty"] = "impossible"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


# -- add -----------------------------------------------------------------------------------------


def test_add_copies_into_the_user_folder_and_refuses_to_overwrite(tmp_path: Path,
                                                                 isolated_home: Path) -> None:
    source = write(tmp_path / "tiny.yaml", GOOD)
    result = run("add", str(source))
    assert result.exit_code == 0, result.stderr
    target = isolated_home / "packs" / "tiny.yaml"
    assert result.stdout == f"added pack 'tiny' (1 question) to {target}\n"
    assert target.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    listed = json.loads(run("list", "--json").stdout)
    assert any(e["id"] == "tiny" and e["origin"] == "user" for e in listed)

    changed = write(tmp_path / "other-name.yaml", GOOD.replace("Tiny pack", "Tiny, changed"))
    again = run("add", str(changed))
    assert again.exit_code == 1
    assert f"a pack with id 'tiny' is already installed at {target}; use --force" in again.stderr
    assert "Tiny pack" in target.read_text(encoding="utf-8")
    forced = run("add", str(changed), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert "Tiny, changed" in target.read_text(encoding="utf-8")
    assert f"replaced {target}" in forced.stderr


def test_add_refuses_invalid_packs_and_bundled_ids(tmp_path: Path, isolated_home: Path) -> None:
    bad = write(tmp_path / "broken.yaml", BROKEN)
    result = run("add", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:7:15: criteria.empathy.keywords: the keyword list is empty" in result.stderr
    assert not (isolated_home / "packs").exists()
    clash = write(tmp_path / "cs.yaml", GOOD.replace("pack: tiny", "pack: customer-service"))
    result = run("add", str(clash), "--force")
    assert result.exit_code == 1
    assert "is the id of a bundled pack, which would hide yours" in result.stderr
    missing = run("add", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 1 and "no such file" in missing.stderr


# -- test (calibration) --------------------------------------------------------------------------


@pytest.mark.parametrize("pack", BUNDLED, ids=lambda p: p.stem)
def test_bundled_packs_pass_calibration(pack: Path) -> None:
    result = runner.invoke(app, ["--lang", "en", "packs", "test", str(pack)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stdout
    assert result.stdout.rstrip().endswith("all examples agree")


def test_calibration_reports_false_and_missed_credit(tmp_path: Path) -> None:
    extra = textwrap.dedent("""\
        - id: second
          prompt: And then?
          examples:
            - answer: I always check back with them.
              earns: [empathy]
            - answer: Empathy matters, and I never follow up.
              earns: [empathy, follow-up]
            - answer: I put myself in their shoes.
              min_score: 90
        """)
    path = write(tmp_path / "cal.yaml", GOOD + textwrap.indent(extra, "  "))
    result = runner.invoke(app, ["packs", "test", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    out = result.stdout
    assert "false credit: follow-up — second example 1 (line 26)" in out
    assert "answer: I always check back with them." in out
    assert "matched: check back (100) in “check back”" in out
    assert "missed credit: empathy — second example 1 (line 26)" in out
    assert "nearest: no keyword phrase of this criterion came close" in out
    assert "missed credit: follow-up — second example 2 (line 28)" in out
    assert "negated: follow up in “follow up” by “never”" in out
    assert "score out of bounds: second example 3 (line 30): 50, expected 90-100" in out
    assert "4 disagreements" in out
    data = json.loads(run("test", str(path), "--json").stdout)
    assert data["ok"] is False and data["disagreements"] == 4 and data["examples"] == 5
    follow = next(c for c in data["criteria"] if c["id"] == "follow-up")
    assert (follow["checked"], follow["agreed"]) == (4, 2)
    assert follow["false_credit"][0]["phrase"] == "check back"


def test_calibration_shows_the_nearest_phrase_that_did_not_match(tmp_path: Path) -> None:
    answer = "Shoees were left everywhere to put."
    path = write(tmp_path / "near.yaml", GOOD.replace(
        "earns: [empathy, follow-up]\n", f"earns: [empathy, follow-up]\n      - answer: {answer}\n"
        "        earns: [empathy]\n"))
    data = json.loads(run("test", str(path), "--json").stdout)
    missed = next(c for c in data["criteria"] if c["id"] == "empathy")["missed_credit"]
    assert missed[0]["phrase"] == "put myself in their shoes"
    assert 0 < missed[0]["strength"] < 70
    assert missed[0]["evidence"].startswith("Shoees") and missed[0]["evidence"].endswith("put")
    result = runner.invoke(app, ["packs", "test", str(path)], env={"COLUMNS": "200"})
    assert f"nearest: put myself in their shoes ({missed[0]['strength']:g}, needs 70) in “Shoees" \
        in result.stdout


def test_calibration_of_unknown_pack() -> None:
    result = run("test", "no-such-pack")
    assert result.exit_code == 1 and "no pack 'no-such-pack'" in result.stderr


# -- draft ---------------------------------------------------------------------------------------


CSV = """\
id,question,model_answer
q1,What does a transport header hold?,"The header holds the source port and the destination port. \
A checksum protects the segment."
q3,What sets the retransmission timer?,"The Round Trip Time (RTT), measured per segment."
q2,Why use flow control?,"Flow control stops a fast sender from overwhelming a slow receiver; \
the receiver advertises its window, so the sender never sends more than the window allows."
"""


def test_draft_from_csv_writes_a_pack_that_validates_and_calibrates(tmp_path: Path) -> None:
    source = write(tmp_path / "qs.csv", CSV)
    out = tmp_path / "drafted.yaml"
    result = run("draft", str(source), "--id", "net-quiz", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"drafted 3 questions into {out}" in result.stderr
    pack = load_pack_file(out)
    assert pack.id == "net-quiz" and [q.id for q in pack.questions] == ["q1", "q3", "q2"]
    labels = {pack.criteria[c].label for c in pack.question_criteria(pack.question("q1"))}
    assert {"port", "checksum"} <= labels
    # Stop words and words of the question are not criteria.
    assert not labels & {"the", "a", "header", "holds", "hold", "transport"}
    rtt = [c for c in pack.question_criteria(pack.question("q3")) if "rtt" in c or "trip" in c]
    assert rtt, "the abbreviation or its expansion is a criterion"
    keywords = {k for c in rtt for k in pack.criteria[c].keywords}
    assert {"rtt", "round trip time"} & keywords and len(keywords) >= 2
    weights = [pack.criteria[c].weight for c in pack.question_criteria(pack.question("q2"))]
    assert max(weights) > min(weights) and weights == sorted(weights, reverse=True)
    assert run("validate", str(out)).exit_code == 0
    assert run("test", str(out)).exit_code == 0
    assert "&id" not in out.read_text(encoding="utf-8")


def test_draft_keeps_a_negated_term_with_its_negation(tmp_path: Path) -> None:
    source = write(tmp_path / "qs.jsonl", json.dumps({
        "id": "dll", "question": "How does unconfirmed connectionless service work?",
        "model_answer": "Frames are sent with no acknowledgement. There is no handshake."}) + "\n")
    result = run("draft", str(source), "--id", "dll")
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load(result.stdout)
    keywords = [k for c in data["criteria"].values() for k in c["keywords"]]
    assert "no acknowledgement" in keywords and "no handshake" in keywords
    assert "acknowledgement" not in keywords
    pack = load_pack_file(write(tmp_path / "d.yaml", result.stdout))
    from coach.scoring import detect

    said = detect(pack, "Frames go out and there is no acknowledgement at all.")
    assert any(r.earned for r in said.values())


def test_draft_from_a_pack_uses_its_language_and_model_answers(tmp_path: Path) -> None:
    result = run("draft", str(ROOT / "questions" / "customer-service-sv.yaml"), "--id", "sv-draft")
    assert result.exit_code == 0, result.stderr
    out = write(tmp_path / "sv.yaml", result.stdout)
    pack = load_pack_file(out)
    assert pack.language == "sv" and len(pack.questions) >= 10
    assert run("test", str(out)).exit_code == 0


def test_draft_input_errors(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", "id,question\nq1,Why?\n")
    result = run("draft", str(bad), "--id", "x")
    assert result.exit_code == 1
    assert f"{bad}:1:1: missing column model_answer" in result.stderr
    empty = write(tmp_path / "empty.csv", "id,question,model_answer\nq1,Why?,\n")
    result = run("draft", str(empty), "--id", "x")
    assert result.exit_code == 1 and f"{empty}:2:1: model_answer: missing or empty" in result.stderr
    jsonl = write(tmp_path / "bad.jsonl", '{"id": "a", "question": "Q", "model_answer": "x"}\n{oops\n')
    result = run("draft", str(jsonl), "--id", "x")
    assert result.exit_code == 1 and f"{jsonl}:2:" in result.stderr and "invalid JSON" in result.stderr
    other = write(tmp_path / "qs.txt", "hello")
    assert "cannot tell the format" in run("draft", str(other), "--id", "x").stderr
    good = write(tmp_path / "qs.csv", CSV)
    taken = write(tmp_path / "taken.yaml", "keep")
    result = run("draft", str(good), "--id", "x", "-o", str(taken))
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert taken.read_text() == "keep"
    assert run("draft", str(good), "--id", "Not Valid").exit_code == 2


def test_draft_with_graded_answers_fits_require(tmp_path: Path) -> None:
    source = write(tmp_path / "qs.csv", CSV)
    graded = write(tmp_path / "graded.csv", """\
        id,answer,score
        q2,The receiver advertises its window.,100
        q2,A fast sender must not overwhelm the receiver.,90
        q2,It is about speed.,20
        q2,Flow control stops a fast sender: the receiver advertises its window.,100
        q1,The source port.,60
        """)
    out = tmp_path / "drafted.yaml"
    result = run("draft", str(source), "--id", "net", "--graded", str(graded), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "fitted `require` of 1 question to 4 graded answers (typical gap to your scores" in \
        result.stderr
    assert "kept the drafted `require` of q1 (fewer than 3 graded answers)" in result.stderr
    assert "was fitted to 4 graded answers" in out.read_text(encoding="utf-8")
    assert run("validate", str(out)).exit_code == 0 and run("test", str(out)).exit_code == 0
    plain = load_pack_file(write(tmp_path / "plain.yaml",
                                 run("draft", str(source), "--id", "net").stdout))
    fitted = load_pack_file(out)
    assert fitted.question("q2").require != plain.question("q2").require


def test_draft_graded_errors(tmp_path: Path) -> None:
    source = write(tmp_path / "qs.csv", CSV)
    bad = write(tmp_path / "graded.csv", "id,answer,score\nq9,x,1\nq1,y,high\n")
    out = tmp_path / "out.yaml"
    result = run("draft", str(source), "--id", "net", "--graded", str(bad), "-o", str(out))
    assert result.exit_code == 1 and not out.exists()
    assert f"{bad}:2:1: id: no question 'q9' to draft; expected one of q1, q2, q3" in result.stderr
    assert f"{bad}:3:1: score: expected a score from 0 to 1 (or 0 to 100), got 'high'" in \
        result.stderr
    assert "Traceback" not in result.stderr
    missing = tmp_path / "nowhere.csv"
    result = run("draft", str(source), "--id", "net", "--graded", str(missing))
    assert result.exit_code == 1 and str(missing) in result.stderr
    other = write(tmp_path / "graded.txt", "x")
    result = run("draft", str(source), "--id", "net", "--graded", str(other))
    assert result.exit_code == 1 and "use .csv, .jsonl" in result.stderr


# -- score --explain -----------------------------------------------------------------------------


def test_score_explain_shows_every_phrase_its_match_and_verdict() -> None:
    result = runner.invoke(app, ["score", "-p", str(MINI), "-q", "meaning", "--explain",
                                 "I never show empathy but I answer promptly."],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    pack = load_pack_file(MINI)
    for cid in pack.question_criteria(pack.question("meaning")):
        for phrase in pack.criteria[cid].keywords:
            assert phrase in out, phrase
    assert "⊘ empathy" in out and "negated by “never”" in out and "empathy (negated)" in out
    assert "✓ timeliness" in out and "✓ 100" in out and "✗ respect" in out
    assert "A phrase earns its criterion from strength 70, unless negated or set aside" in out


def test_validate_warns_about_a_fault_keyed_without_its_negation(tmp_path: Path) -> None:
    # "overpromise" alone would credit "I overpromise" and read "I never overpromise" as
    # negated; "never overpromise" and "avoid jargon" hold their negation and are fine.
    text = GOOD.replace("keywords: [follow up, check back]",
                        "keywords: [follow up, check back, overpromise, sugar-coat, never overpromise, "
                        "avoid jargon]")
    pack = write(tmp_path / "faults.yaml", text)
    result = run("validate", str(pack))
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "names a fault" in line]
    assert len(warned) == 2, result.output
    assert "keywords[2]" in warned[0] and "'overpromise'" in warned[0]
    assert "keywords[3]" in warned[1] and "'sugar-coat'" in warned[1]


def test_the_bundled_packs_key_no_fault_without_its_negation() -> None:
    for path in BUNDLED:
        assert "names a fault" not in run("validate", str(path)).output, path
