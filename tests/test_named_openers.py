"""A name that opens its sentence is someone else's subject even where every sentence opens
with it (so no mid-sentence capital shows it is a name): "Marco phoned her that same
afternoon", "Tom from the warehouse rang round". Not a word that is capitalised for another
reason ("You've made this trip…" after a quotation mark, "Someone listened"), and in a
verb-second language the candidate after a fronted verb ("…, så frågar jag") keeps the deed."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("A lady asked about her insurance and I didn't know. Marco in the back office is our "
     "expert. Marco phoned her that same afternoon with the answer.", "timeliness"),
    ("Her shoes hadn't arrived. Tom from the warehouse rang round the other stores and went "
     "the extra mile.", "exceeding-expectations"),
])
def test_a_name_opening_its_sentence_is_someone_else(en_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(en_cs, text, cid, "subject")


@pytest.mark.parametrize("text, cid", [
    ("I rang her that same afternoon with the answer.", "timeliness"),
    ("I rang Marco that same afternoon with the answer.", "timeliness"),
    ("Her shoes hadn't arrived, so I went the extra mile and drove them over myself.",
     "exceeding-expectations"),
])
def test_the_candidate_keeps_the_deed(en_cs: Pack, text: str, cid: str) -> None:
    assert detect(en_cs, text)[cid].earned


@pytest.mark.parametrize("text, word, name", [
    ('I said, "You\'ve made this trip three times."', "you've", False),
    ("Someone listened and explained it clearly.", "someone", False),
    ("Marco phoned her straight back.", "marco", True),
    ("Tom from the warehouse rang round.", "tom", True),
    ("Tom from the warehouse is our expert.", "tom", False),
])
def test_a_sentence_opener_is_a_name_when_a_verb_follows(en_cs: Pack, text: str, word: str,
                                                          name: bool) -> None:
    from coach.scoring.forms import read_as_name

    analysis = en_cs.rubric.matcher.analyse(text)
    assert read_as_name(analysis, analysis.tokens.norms.index(word)) is name


def test_the_candidate_after_a_fronted_verb_keeps_the_deed(sv_cs: Pack) -> None:
    text = ("Jag säger alltid hej. Om Ahmed har berättat att han haft ont i knät så frågar jag "
            "nästa gång hur det går med det.")
    assert detect(sv_cs, text)["personalization"].earned


def test_a_pronoun_after_a_fronted_verb_is_the_subject(sv_cs: Pack) -> None:
    # verb second: "Sen ordnade HON …" - she, the colleague named before, did it
    text = "Det bästa exemplet är min kollega Sara. Sen ordnade hon en tårta och ett handskrivet kort."
    assert_set_aside(sv_cs, text, "exceeding-expectations", "subject")
    assert detect(sv_cs, "Sen ordnade jag en tårta och ett handskrivet kort till dem.")[
        "exceeding-expectations"].earned
