"""A full stop inside an abbreviation ("t.o.m", "e.g. a refund") ends no sentence, on both paths
of the tokeniser; a full stop between words ("sorry.Then") still does, and so, for now, does a
decimal point (see coach.tokens).
The rules that read a clause then see it whole: "Hon skickade t.o.m ett sms dagen efter och
frågade" is still hers."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach import tokens as tokens_module
from coach.packs import Pack
from coach.tokens import tokenize


@pytest.mark.parametrize("text, sentences", [
    ("It costs 3.50 and takes 2.5 hours.", 3),
    ("I offer options, e.g. a refund or an exchange.", 1),
    ("We open at 7 a.m. and close late.", 1),
    ("Hon skickade t.o.m ett sms.", 1),
    ("Vi har bl.a. kaffe och te.", 1),
    ("I said t.o.m. Then I left.", 2),
    ("I said sorry.Then I fixed it.", 2),
    ("Our lecturer, Dr. Mills, explained it and Mrs. Patel agreed.", 1),
    ("I rang the GP's receptionist, Ms. Khan. She was lovely.", 2),
])
def test_a_full_stop_inside_a_number_or_abbreviation_ends_no_sentence(text: str, sentences: int) -> None:
    tokens = tokenize(text)
    assert tokens.sentences[-1] + 1 == sentences
    if text.isascii():
        fast, general = tokens_module._tokenize_ascii(text), tokens_module._tokenize_pattern(text)
        assert (fast.norms, fast.clauses, fast.sentences, fast._bounds) == \
            (general.norms, general.clauses, general.sentences, general._bounds)


def test_the_clause_after_an_abbreviation_keeps_its_subject(sv_cs: Pack) -> None:
    text = "Min kollega Sara hjälpte henne. Hon skickade t.o.m ett sms dagen efter och frågade hur det gick."
    assert_set_aside(sv_cs, text, "follow-up", "subject")
