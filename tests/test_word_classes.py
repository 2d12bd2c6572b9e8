"""Word classes in keyword phrases ("could see how {feeling}"): what they match in each language,
how a pack that names one wrongly is reported, and how `packs validate` compares such phrases."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.errors import CoachError
from coach.lang import NUMERAL, get_language, supported
from coach.packs import Pack, load_pack_text
from coach.scoring import detect, score_answer
from coach.text import keyword_words, phrase_words

runner = CliRunner()

PACK = """\
pack: classes
title: Classes
language: {language}
criteria:
  feel:
    label: Feelings
    tip: Say how the customer felt.
    keywords:
{keywords}
questions:
  - id: q
    prompt: Tell me about an upset customer.
    criteria: [feel]
"""


def pack_with(*keywords: str, language: str = "en") -> Pack:
    listed = "\n".join(f"      - {k!r}" for k in keywords)
    return load_pack_text(PACK.format(language=language, keywords=listed))


def earns(pack: Pack, text: str) -> bool:
    return detect(pack, text)["feel"].earned


def test_keyword_words_keep_a_class_as_one_word() -> None:
    assert keyword_words("could see how {feeling}") == ["could", "see", "how", "{feeling}"]
    assert keyword_words("{contact} { Weekday }") == ["{contact}", "{weekday}"]
    assert keyword_words("plain words") == phrase_words("plain words")


@pytest.mark.parametrize("text, expected", [
    ("I could see how worried she was.", True),
    ("I could see how frightened he was, so I sat with him.", True),
    ("I could see just how stressed she was.", True),
    ("I could see how busy the shop was.", False),  # not a word of the class
    ("I see how the till works.", False),  # no class word at all
])
def test_a_class_matches_its_words_only(text: str, expected: bool) -> None:
    assert earns(pack_with("see how {feeling}"), text) is expected


def test_a_class_word_is_matched_as_written_not_by_stem() -> None:
    # "cross" is a feeling; "crossing" the road is not.
    pack = pack_with("see she was {feeling}")
    assert earns(pack, "I could see she was cross about it.")
    assert not earns(pack, "I start her coffee when I see her crossing the road.")


def test_numbers_take_digits_and_words() -> None:
    pack = pack_with("within {number} seconds")
    assert earns(pack, "I say hello within 10 seconds.")
    assert earns(pack, "I say hello within a few seconds.")
    assert earns(pack, "I say hello within ten seconds.")
    assert not earns(pack, "I say hello within the first seconds.")  # no number said


def test_several_classes_in_one_phrase() -> None:
    pack = pack_with("{contact} {time_unit} later")
    assert earns(pack, "I rang her two days later to check the boiler.")
    assert earns(pack, "I texted them a week later.")
    assert not earns(pack, "A week later I quit.")  # no getting in touch: not follow-up


def test_a_negated_class_phrase_is_negated() -> None:
    result = detect(pack_with("see how {feeling}"), "I didn't see how upset she was until later.")["feel"]
    assert not result.earned and result.negated


def test_swedish_and_telugu_classes() -> None:
    sv = pack_with("förstod att hon var {feeling}", language="sv")
    assert earns(sv, "Jag lyssnade och förstod att han var orolig.")
    assert not earns(sv, "Jag förstod att han var pensionär.")
    te = pack_with("{feeling} రావడం సహజం", language="te")
    assert earns(te, "మీకు కోపం రావడం సహజం అని చెప్తాను.")
    assert not earns(te, "మీకు ఆకలి రావడం సహజం అని చెప్తాను.")  # hunger is no feeling of the class


def test_the_explanation_names_the_phrase_and_the_words_said() -> None:
    result = detect(pack_with("i'd be {feeling} too"), "Honestly, I'd be livid too.")["feel"]
    assert result.earned and result.keyword == "i'd be {feeling} too"
    assert result.evidence is not None and result.evidence.text == "I'd be livid too"


@pytest.mark.parametrize("code", supported())
def test_every_class_word_is_one_answer_word(code: str) -> None:
    """A class word is compared with one answer word: a word the tokenizer splits could never
    match, so the language data must not hold one."""
    for name, words in get_language(code).word_classes.items():
        for word in words - {NUMERAL}:
            assert len(phrase_words(word)) == 1, (code, name, word)


@pytest.mark.parametrize("keyword, message", [
    ("could see how {feelings}",
     "'could see how {feelings}' names the word class {feelings}, which this pack's language "
     "does not have (it has: contact, daypart, feeling, number, them, time_unit, weekday)"),
    ("{feeling}", "'{feeling}' has no word besides its word classes; add the words around them, "
                  "as in 'could see how {feeling}'"),
    ("see how {feeling", "'see how {feeling' has a brace without its pair; a word class is "
                         "written in braces, as in 'could see how {feeling}'"),
])
def test_a_wrong_class_is_an_error_at_its_place(keyword: str, message: str) -> None:
    with pytest.raises(CoachError) as caught:
        pack_with("plain phrase", keyword)
    assert f"<pack>:10:9: criteria.feel.keywords[1]: {message}" in str(caught.value)


def test_validate_reports_a_wrong_class_with_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.format(language="en", keywords="      - see how {moods}"),
                    encoding="utf-8")
    result = runner.invoke(app, ["packs", "validate", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:9:9: criteria.feel.keywords[0]: 'see how {{moods}}' "
                                    "names the word class {moods}")
    assert "1 error in 1 file" in result.stderr


def test_validate_compares_class_phrases_with_the_words_they_stand_for(tmp_path: Path) -> None:
    path = tmp_path / "classes.yaml"
    keywords = ["i'd be upset too", "i'd be {feeling} too", "sounded {feeling}"]
    path.write_text(textwrap.dedent(PACK.format(
        language="en", keywords="\n".join(f'      - "{k}"' for k in keywords))), encoding="utf-8")
    result = runner.invoke(app, ["packs", "validate", str(path), "--strict"])
    # The literal phrase is one case of the class phrase; the class phrase is not made redundant
    # by the one literal case it holds.
    assert "\"i'd be upset too\" never matters: any answer that says it also matches " \
           "\"i'd be {feeling} too\"" in result.stdout
    assert "{feeling} too\" never matters" not in result.stdout
    assert "sounded {feeling}" not in result.stdout


def test_validate_knows_a_phrases_small_words_are_optional(tmp_path: Path) -> None:
    # "in twenty minutes" also matches "waited twenty minutes" (its "in" is optional), which
    # "in about {number} minutes" does not: it matters, though the longer phrase matches its
    # exact words. "show empathy" never matters beside "empathy", with or without "show".
    path = tmp_path / "small.yaml"
    keywords = ["in twenty minutes", "in about {number} minutes", "show empathy", "empathy"]
    path.write_text(textwrap.dedent(PACK.format(
        language="en", keywords="\n".join(f'      - "{k}"' for k in keywords))), encoding="utf-8")
    result = runner.invoke(app, ["packs", "validate", str(path), "--strict"])
    assert "'in twenty minutes' never matters" not in result.stdout
    assert "'show empathy' never matters: any answer that says it also matches 'empathy'" \
        in result.stdout
    pack = load_pack_text(path.read_text("utf-8"))
    assert "feel" in {c for c, r in detect(pack, "They had waited twenty minutes.").items() if r.earned}


# -- the bundled packs' class phrases ---------------------------------------------------------


@pytest.mark.parametrize("pack_name, text, cid, expected", [
    ("en_cs", "I said I could see how frightened he was and took it straight to the vet.", "empathy", True),
    ("en_cs", "I told him I'd be livid too if my rent had gone out twice.", "empathy", True),
    ("en_cs", "I was really stressed that day, my bus was late.", "empathy", False),
    ("en_cs", "I rang her two days later to check the sofa was the right one.", "follow-up", True),
    ("en_cs", "I texted him on the Friday to make sure the refund had landed.", "follow-up", True),
    ("en_cs", "A week later I quit.", "follow-up", False),
    ("en_cs", "I say hello within a few seconds, even when I'm on the phone.", "timeliness", True),
    ("sv_cs", "Jag lyssnade på honom och förstod att han var orolig.", "empathy", True),
    ("sv_cs", "Några dagar senare ringde jag och frågade hur det gick.", "follow-up", True),
    ("sv_cs", "Jag var själv stressad den dagen.", "empathy", False),
    ("te_cs", "సారీ సార్, మీకు కోపం రావడం సహజం అని చెప్తాను.", "empathy", True),
    ("te_cs", "మీ కోపం సహజమే అని ఒప్పుకుంటాను.", "empathy", True),
])
def test_bundled_class_phrases(request: pytest.FixtureRequest, pack_name: str, text: str, cid: str,
                               expected: bool) -> None:
    pack = request.getfixturevalue(pack_name)
    assert detect(pack, text)[cid].earned is expected


def test_exclusions_and_red_flags_take_classes_too() -> None:
    pack = load_pack_text(textwrap.dedent("""\
        pack: classes
        title: Classes
        language: en
        criteria:
          feel:
            label: Feelings
            tip: Say how the customer felt.
            keywords:
              - how {feeling}
            exclude:
              - "{feeling} about my exams"
        red_flags:
          - phrase: i get {feeling} with customers
            why: Losing your temper shows.
        questions:
          - id: q
            prompt: Tell me about an upset customer.
            criteria: [feel]
        """))
    assert detect(pack, "I could see how worried she was.")["feel"].earned
    aside = detect(pack, "I know how worried I get about my exams.")["feel"].set_aside
    assert aside is not None and aside.rule == "exclusion"
    flagged = score_answer(pack, "q", "Honestly I get annoyed with customers who shout.")
    assert [flag.phrase for flag in flagged.red_flags] == ["i get {feeling} with customers"]


# -- coach packs classes ------------------------------------------------------------------------


def test_packs_classes_lists_each_class_and_its_words() -> None:
    result = runner.invoke(app, ["packs", "classes"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip().startswith("{")}
    assert set(lines) == {"{contact}", "{daypart}", "{feeling}", "{number}", "{them}", "{time_unit}",
                          "{weekday}"}
    assert "worried" in lines["{feeling}"] and "any numeral" in lines["{number}"]


def test_packs_classes_json_per_language() -> None:
    import json

    result = runner.invoke(app, ["packs", "classes", "--language", "sv", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["language"] == "sv"
    by_name = {entry["name"]: entry for entry in data["classes"]}
    assert "orolig" in by_name["feeling"]["words"] and not by_name["feeling"]["numerals"]
    assert by_name["number"]["numerals"] and NUMERAL not in by_name["number"]["words"]


def test_packs_classes_unknown_language_is_a_usage_error() -> None:
    result = runner.invoke(app, ["packs", "classes", "--language", "xx"])
    assert result.exit_code == 2
    assert "'xx' is not supported (supported: en, sv, te)" in result.output
