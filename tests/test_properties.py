"""Property-based tests (hypothesis): the engine and the pack loader hold up for any input."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from coach import yamlio
from coach.errors import CoachError
from coach.lang import get_language
from coach.packs import Pack, load_pack, load_pack_file, load_pack_text
from coach.scoring import MAX_ANSWER_CHARS, STUFFED_CAP, explain, score_answer
from coach.text import safe_cut, sanitize
from coach.tokens import tokenize

HERE = Path(__file__).parent
MINI_TEXT = (HERE / "data" / "mini.yaml").read_text(encoding="utf-8")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def packs() -> tuple[Pack, ...]:
    return (load_pack_file(HERE / "data" / "mini.yaml"), load_pack("customer-service"),
            load_pack("customer-service-sv"))


@cache
def vocabulary() -> list[str]:
    """Words that exercise the matcher: keywords, red flags, negations, fillers, STAR cues."""
    words: set[str] = set()
    for pack in packs():
        lang = get_language(pack.language)
        for criterion in pack.criteria.values():
            for phrase in criterion.keywords:
                words.update(phrase.split())
        for flag in pack.red_flags:
            words.update(flag.phrase.split())
        words.update(lang.negation_cues | lang.not_negating_next | lang.scope_breakers)
        words.update(w for item in lang.fillers + lang.hedges for w in item.split())
    return sorted(words)


PUNCTUATION = [".", ",", "!", "?", ";", ":", "\n", "\n\n", "(", ")", '"', "…", "’", "'", "-", "  "]
ODD = ["\x00", "\x1b[31m", "\u202e", "\ufeff", "\u0301", "\u200d", "ﬁ", "Ⅻ", "ǅ", "İ", "ß", "ﬀ",
       "\U0001f600", "e\u0301", "\u0915\u094d\u200d", "\ud800", "\r\n", "\t", "ＡＢＣ", "㎏"]
token = st.one_of(
    st.sampled_from(vocabulary()),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(ODD),
    st.text(max_size=8),
)
answers = st.lists(token, max_size=60).map(lambda parts: " ".join(parts)) | st.text(max_size=200)


def _question(draw: st.DrawFn) -> tuple[Pack, str]:
    pack = draw(st.sampled_from(packs()))
    return pack, draw(st.sampled_from([q.id for q in pack.questions]))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Pack, str, str]:
    pack, question = _question(draw)
    return pack, question, draw(answers)


def _check_evidence(text: str, evidence: dict | None) -> None:
    if evidence is not None:
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


@SETTINGS
@given(cases())
@example((None, None, "I would never say it's not my job. ＥＭＰＡＴＨＹ, like, ﬁne."))
def test_scoring_never_raises_stays_in_range_and_evidence_slices(case: tuple) -> None:
    pack, question, text = case
    if pack is None:
        pack, question = packs()[0], "meaning"
    result = score_answer(pack, question, text)
    assert isinstance(result.score, int) and 0 <= result.score <= 100
    data = result.to_dict()
    for crit in data["criteria"]:
        _check_evidence(text, crit["evidence"])
        _check_evidence(text, crit["negation"])
    for flag in data["red_flags"]:
        _check_evidence(text, flag["evidence"])
    for found in (data["star"] or {}).values():
        _check_evidence(text, found)
    for row in explain(pack, question, text):
        _check_evidence(text, row["evidence"])
    if not text.strip():
        assert result.score == 0 and result.empty


@cache
def pack_words(pack: Pack) -> list[str]:
    """This pack's own words: its phrases, red flags, and its language's small words."""
    lang = get_language(pack.language)
    words = {w for c in pack.criteria.values() for k in c.keywords for w in k.split()}
    words |= {w for f in pack.red_flags for w in f.phrase.split()}
    words |= set(lang.negation_cues) | set(lang.function_words) | set(lang.scope_breakers)
    return sorted(words)


@st.composite
def appended(draw: st.DrawFn) -> tuple[Pack, str, str, str]:
    pack, question = _question(draw)
    q = pack.question(question)
    criterion = draw(st.sampled_from(pack.question_criteria(q)))
    phrase = draw(st.sampled_from(pack.criteria[criterion].keywords))
    own = st.lists(st.sampled_from(pack_words(pack)) | st.sampled_from(PUNCTUATION), max_size=40)
    text = draw(own.map(" ".join) | answers)
    return pack, question, text, phrase


@SETTINGS
@given(appended())
# Found by this test: function words were borrowed from the next sentence, so appending
# "fix the issue" completed the red flag "the salary" (score 80 -> 75).
@example(("customer-service", "customer-satisfaction-check", "tailored clarifying the root experience "
          "personal email communicate, ownership satisfied service customer let name get salary",
          "their usual order"))
# Found by this test: repetition was judged only once two criteria were earned, so earning
# a second one capped "explain . English . English . English" (33 -> 0).
@example(("customer-service", "good-service-meaning", "explain . English . English . English",
          "empathy"))
def test_appending_a_keyword_phrase_never_lowers_the_score(case: tuple) -> None:
    pack, question, text, phrase = case
    if isinstance(pack, str):
        pack = load_pack(pack)
    assume(len(text) < MAX_ANSWER_CHARS - 300)
    before = score_answer(pack, question, text)
    # Said as a sentence of the candidate's: a bare keyword on its own is stuffing, which is
    # capped by design (coach.scoring.whole.stuffing_reason).
    subject = {"en": "I", "sv": "jag", "te": "నేను"}[pack.language]
    # Saying a clause again is repetition, capped by design too: the sentence is a new one.
    assume(f"{subject} {phrase}".casefold() not in text.casefold())
    after = score_answer(pack, question, f"{text}. {subject} {phrase}.")
    if after.stuffing is not None and before.stuffing is None:
        # One keyword more may make an answer of keywords stuffed (cover.Cover), or repeat a
        # clause said before: capped by design, and the report says why.
        assert after.score <= STUFFED_CAP
        return
    assert after.score >= before.score, (before.score, after.score, after.stuffing)
    earned_before = {c.id for c in before.criteria if c.earned}
    assert earned_before <= {c.id for c in after.criteria if c.earned}


@SETTINGS
@given(st.text(max_size=300), st.integers(min_value=0, max_value=320))
@example("e\u0301\u0301", 1)
@example("\u0915\u094d\u0937", 2)
def test_safe_cut_is_a_bounded_prefix(text: str, limit: int) -> None:
    cut = safe_cut(text, limit)
    assert text.startswith(cut) and len(cut) <= limit


@SETTINGS
@given(answers)
def test_tokens_keep_offsets_and_sanitize_keeps_length(text: str) -> None:
    tokens = tokenize(text)
    for i in range(len(tokens)):
        assert tokens.span_text(i, i) == text[tokens.starts[i] : tokens.ends[i]]
        assert tokens.starts[i] < tokens.ends[i]
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert not any(ch in clean for ch in "\x1b\x9b\x07\r\x00\u202e")


# -- the pack loader -------------------------------------------------------------------------


def _load(text: str) -> None:
    try:
        load_pack_text(text, "p.yaml")
    except CoachError as exc:
        # Every message names the file, with a position when it is about the content.
        assert str(exc).startswith("p.yaml")


yaml_noise = st.lists(
    st.sampled_from([*"abc: -[]{},'\"&*!?|>#%@`\n\t\\~.01", "  ", "\n  ", "- ", ": ",
                     "!!python/object/apply:os.system", "&a", "*a", "<<", "---", "\ufeff", "\x85",
                     "\u2028", "\x07", "\ud800"]),
    max_size=80,
).map("".join)


@SETTINGS
@given(st.text(max_size=300) | yaml_noise)
@example("a: &a [*a, *a]\nb: *a\n")
@example("? - [a]\n: b\n")
@example("!!python/name:os.system")
def test_loader_raises_only_coach_errors_for_any_text(text: str) -> None:
    _load(text)


plain = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                  st.text(max_size=20), st.sampled_from(["mini", "en", "xx", "empathy", "meaning"]))
keys = st.sampled_from(["pack", "title", "language", "criteria", "questions", "red_flags", "label",
                        "keywords", "weight", "id", "prompt", "require", "examples", "earns",
                        "min_score", "max_score", "difficulty", "tags", "phrase", "penalty",
                        "empathy", "Bad Key"]) | st.text(max_size=8)
values = st.recursive(plain, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(keys, inner, max_size=5), max_leaves=25)


@SETTINGS
@given(st.dictionaries(keys, values, max_size=8), st.sampled_from(["pack", "criteria", "questions",
                                                                    "red_flags", "title", None]))
# Found by this test: a key spelt "[key]" (pydantic's marker for a bad dict key) lost its path
# and raised IndexError instead of naming the unknown field.
@example({"[key]": None}, "pack")
def test_loader_handles_any_structure(data: dict, replace: str | None) -> None:
    """Random shapes, alone or grafted onto a valid pack, give CoachErrors with positions."""
    _load(yaml.safe_dump(data, allow_unicode=True))
    if replace is not None:
        base = yaml.safe_load(MINI_TEXT)
        base[replace] = data
        _load(yaml.safe_dump(base, allow_unicode=True))


@SETTINGS
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(MINI_TEXT)),
                          st.integers(min_value=0, max_value=6),
                          st.sampled_from(["", " ", "\t", ":", "-", "[", "]", "'", '"', "\n", "&a ",
                                           "*a", "!!python/none ", "\x00", "{"])), max_size=4))
def test_loader_handles_mutated_packs(edits: list[tuple[int, int, str]]) -> None:
    """A valid pack with a few characters deleted or inserted anywhere: never a traceback."""
    text = MINI_TEXT
    for at, delete, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + delete :]
    _load(text)


def test_loader_properties_hold_with_the_pure_python_loader(monkeypatch) -> None:
    """The same loader checks on a few hard cases with PyYAML's pure-Python parser."""
    monkeypatch.setattr(yamlio, "LOADER", yaml.SafeLoader)
    for text in ("a: &a [*a]", "x: \"\\ud800\"", "\t- a", "a: b: c", "[" * 100, "a: !!set {}"):
        _load(text)
