"""Telugu: the candidate as an object ("నాకు", to me; "నన్ను", me) between a keyword and the
verb that carries its person does not make the deed theirs: "HR తో ఫాలో అప్ చేసి నాకు
రిఫరెన్స్ ఇచ్చాడు" (he followed up with HR and gave ME a reference) is his. "because of"
(వల్ల) parts the keyword from a later verb; emphatic pronouns ("వాడే", he himself) are
someone else as subject; the match's own verb in the candidate's person ("… వింటా", I listen)
outweighs a person before it who is the subject of a clause inside; a form of address ending
its clause in a quotation ("క్షమించండి మేడం, …") is no subject."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_the_candidate_as_object_before_a_third_person_verb(te_cs: Pack) -> None:
    assert_set_aside(te_cs, "HR తో ఫాలో అప్ చేసి నాకు రిఫరెన్స్ ఇచ్చాడు.", "follow-up", "subject")
    # the candidate's own verb still earns: "I followed up with the customer and told (them)"
    assert detect(te_cs, "కస్టమర్‌కి ఫాలో అప్ చేసి నాకు తెలిసింది చెప్పాను.")["follow-up"].earned


def test_because_of_parts_the_keyword_from_a_later_verb(te_cs: Pack) -> None:
    # "because I admitted I didn't know, the old lady trusted me"
    text = "తెలియనప్పుడు తెలియదని ఒప్పుకోవడం వల్లే ఆ పెద్దావిడ నన్ను నమ్మారు."
    assert detect(te_cs, text)["realistic-expectations"].earned


def test_an_emphatic_pronoun_is_someone_else(te_cs: Pack) -> None:
    # "he himself must follow up that case"
    assert_set_aside(te_cs, "వాడే ఆ కేసు ఫాలో అప్ చేయాలి.", "follow-up", "subject")


def test_the_candidates_own_verb_outweighs_a_subject_inside(te_cs: Pack) -> None:
    # "I listen fully to what they say": వాళ్ళు is the subject of the clause inside (చెప్పేది)
    assert detect(te_cs, "నేను వాళ్ళు చెప్పేది పూర్తిగా వింటా.")["communication"].earned
    # "they listen fully to what (one) says" is theirs
    assert_set_aside(te_cs, "వాళ్ళు చెప్పేది పూర్తిగా వింటారు.", "communication", "subject")


def test_a_form_of_address_in_a_quotation_is_no_subject(te_cs: Pack) -> None:
    # "Sorry madam, it's natural you're angry," I said
    assert detect(te_cs, '"క్షమించండి మేడం, మీకు కోపం రావడం సహజమే" అని చెప్పాను.')["empathy"].earned
    # the same word opening a sentence is its subject: "Madam listened very patiently"
    assert_set_aside(te_cs, "మేడం చాలా ఓపికగా విన్నారు, కోపం రావడం సహజమే.", "empathy", "subject")
