"""A negative word in quotation marks after a match is what was said, not a negation of the
match: in "నేను వెంటనే 'కుదరదు' అనలేదు" ("I didn't immediately say 'not possible'") the verb
of saying is negated, so the match is too; "I answered straight away, 'no problem at all'"
stays affirmative."""

from __future__ import annotations

from coach.packs import Pack
from coach.scoring import detect


def test_the_negated_verb_of_saying_negates_the_match(te_cs: Pack) -> None:
    result = detect(te_cs, "నేను వెంటనే 'కుదరదు' అనలేదు.")["timeliness"]
    assert result.negated and not result.earned
    assert result.negation is not None and result.negation.text == "అనలేదు"


def test_a_quoted_negative_alone_negates_nothing(en_cs: Pack) -> None:
    assert detect(en_cs, "I answered her straight away, 'no problem at all'.")["timeliness"].earned
