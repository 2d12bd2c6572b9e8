"""Language data found on answers written blind: a keyword named as a tool, course or scheme
before a naming word that follows its name (Telugu 'క్విక్ సొల్యూషన్' అనే టూల్, "a tool called
Quick Solution"), "I'll say it quickly" to the interviewer (Telugu), a trainer as someone
else, and the candidate at home or as a customer (coach.lang)."""

from __future__ import annotations

from judgement_support import earned
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_telugu_a_name_before_its_naming_word_is_a_things(te_cs: Pack) -> None:
    # "We use a tool called 'Quick Solution' in our office."
    text = "'క్విక్ సొల్యూషన్' అనే టూల్ మా ఆఫీస్‌లో వాడతాం."
    assert_set_aside(te_cs, text, "timeliness", "thing")
    assert_set_aside(te_cs, text, "problem-resolution", "thing")
    # "I did a course called 'Communication Plus'."
    assert_set_aside(te_cs, "'కమ్యూనికేషన్ ప్లస్' అనే కోర్సు చేశాను.", "communication", "thing")
    # "I gave a solution quickly." still earns both
    assert {"timeliness", "problem-resolution"} <= earned(te_cs, "త్వరగా సొల్యూషన్ ఇచ్చాను.")


def test_telugu_say_it_quickly_is_to_the_interviewer(te_cs: Pack) -> None:
    # "I'll say it quickly, sir: that day the customer was very angry."
    assert_set_aside(te_cs, "త్వరగా చెప్పేస్తాను సార్, ఆ రోజు కస్టమర్ చాలా కోపంగా ఉన్నారు.",
                     "timeliness", "idiom")


def test_a_trainer_is_someone_else(te_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(te_cs, "మా ట్రైనర్ చాలా ఫ్రెండ్లీ.", "approachability", "subject")  # "our trainer is very friendly"
    assert_set_aside(sv_cs, "Min tränare är väldigt pålitlig.", "reliability", "subject")


def test_at_home_and_as_a_customer_is_the_candidates_own_life(te_cs: Pack, sv_cs: Pack) -> None:
    # "At home too I'm friendly with everyone." / "I talked to the customer in a friendly way."
    assert_set_aside(te_cs, "ఇంట్లో కూడా నేను అందరితో ఫ్రెండ్లీగా ఉంటాను.", "approachability", "sense")
    assert "approachability" in earned(te_cs, "నేను కస్టమర్‌తో ఫ్రెండ్లీగా మాట్లాడాను.")
    assert_set_aside(sv_cs, "Jag tycker om när jag som kund får snabb hjälp.", "timeliness", "sense")
    assert "timeliness" in earned(sv_cs, "Jag gav kunden snabb hjälp.")


def test_seeing_how_someone_feels_is_no_follow_up(en_cs: Pack) -> None:
    """The bundled pack's follow-up phrases name a check afterwards, not any "see how"."""
    assert "follow-up" not in earned(en_cs, "I could see how hard it was for her.")
    assert "follow-up" in earned(en_cs, "I rang her a week later to see how it was going.")
    assert "follow-up" in earned(en_cs, "I popped back to see how the food was.")


def test_leaving_the_customer_to_wait_for_a_supervisor_is_deflection(en_cs: Pack) -> None:
    text = ("She was upset about the broken kettle. I said I'd sort out her refund, but she'd have "
            "to wait for the supervisor, and I went back to serving the queue.")
    assert_set_aside(en_cs, text, "problem-resolution", "deflection")
    assert "problem-resolution" in earned(en_cs, "I sorted out her refund myself on the spot.")


def test_telugu_negated_verb_closes_its_clause_past_a_subject_and_an_adverb(te_cs: Pack) -> None:
    """Telugu puts the negated verb last, after a subject and an adverb (Language.negation_after
    5): "I don't much care about speaking politely to customers either"."""
    result = detect(te_cs, "కస్టమర్లతో మర్యాదగా మాట్లాడాలని కూడా నేను అంతగా పట్టించుకోను.")["respect"]
    assert result.negated and not result.earned
    assert "respect" in earned(te_cs, "కస్టమర్ కోపంగా ఉన్నా నేను మర్యాదగా మాట్లాడాను.")


def test_right_there_points_back_at_the_candidates_own_team(te_cs: Pack) -> None:
    # "I play kabaddi, I was captain of the college team, right there I got used to deciding
    # quickly": అక్కడే points back at the clause before it (Language.anaphors).
    text = "నేను కబడ్డీ ఆడతాను, కాలేజీ టీమ్‌కి కెప్టెన్‌గా ఉన్నాను, అక్కడే త్వరగా డెసిషన్ తీసుకోవడం అలవాటైంది."
    assert_set_aside(te_cs, text, "timeliness", "sense")
    assert "timeliness" in earned(te_cs, "షాప్‌లో రద్దీ ఎక్కువైతే నేను త్వరగా బిల్లింగ్ చేస్తాను.")


def test_swedish_in_the_family_is_the_candidates_own_life(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "På helgerna är det jag som löser alla konflikter i familjen.",
                     "problem-resolution", "sense")
    assert "problem-resolution" in earned(sv_cs, "Det är jag som löser kundens problem på plats.")


def test_a_check_days_after_is_follow_up(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I rang him a few days after to see how the ride felt.")
