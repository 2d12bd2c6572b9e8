"""Telugu: a person before a subordinate verb ("as soon as", "when", "if": రాగానే, కనబడగానే)
is that clause's subject, not the subject of the keyword after it: "వాళ్ళు door దగ్గర
కనబడగానే నవ్వుతూ పలకరించి…" (as soon as they appear at the door, smiling, I greet them). The
same person before the keyword with no such verb between still does it."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_a_subject_before_a_subordinate_verb_is_that_clauses(te_cs: Pack) -> None:
    text = "వాళ్ళు door దగ్గర కనబడగానే నవ్వుతూ పలకరించి 'ఎప్పటిలాగేనా?' అని అడుగుతా."
    assert detect(te_cs, text)["approachability"].earned


def test_the_same_subject_without_one_still_does_it(te_cs: Pack) -> None:
    assert_set_aside(te_cs, "వాళ్ళు ఎప్పుడూ నవ్వుతూ పలకరిస్తారు.", "approachability", "subject")
    assert_set_aside(te_cs, "మా మేనేజర్ నవ్వుతూ పలకరించి 'ఎప్పటిలాగేనా?' అని అడుగుతారు.",
                     "approachability", "subject")


def test_a_colloquial_first_person_verb_is_the_candidates(te_cs: Pack) -> None:
    # పలకరిస్తా (colloquial పలకరిస్తాను, "I greet"): the candidate smiles, not "she"
    assert detect(te_cs, "ఆవిడ రోజూ వస్తుంది, నవ్వుతూ పలకరిస్తా.")["approachability"].earned
    assert_set_aside(te_cs, "ఆవిడ రోజూ వస్తుంది, నవ్వుతూ పలకరిస్తుంది.", "approachability",
                     "subject")


def test_a_keyword_ending_in_a_relative_participle_is_the_verbs(te_cs: Pack) -> None:
    # "అంచనాలను మించిన సేవ": service beyond her expectations; the verb after it says who gave it
    assert_set_aside(te_cs, "Guest ఊహించని విధంగా ఆమె అంచనాలను మించిన సేవ చేశారు.",
                     "exceeding-expectations", "subject")
    assert detect(te_cs, "నేను ఆమె అంచనాలను మించిన సేవ చేశాను.")["exceeding-expectations"].earned


def test_a_participle_describing_the_candidate_stays_theirs(te_cs: Pack) -> None:
    # customers see ME as a reliable person: the candidate is described, whoever sees it
    assert detect(te_cs, "అందుకే కస్టమర్లు నన్ను ఒక నమ్మదగిన వ్యక్తిగా చూస్తారు.")["reliability"].earned
