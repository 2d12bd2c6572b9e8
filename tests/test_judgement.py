"""Judgement rules (coach.scoring.aside, coach.scoring.judge) in English, Swedish and Telugu: idioms, emphasis told from
negation, sense and subject, deflection, keyword stuffing and off-topic answers, and reports
that name the rule; each with the cases that must still earn.

The packs are built for these tests (tests/judgement_support.py), so the tests do not depend on
the bundled packs' keyword lists.
"""

from __future__ import annotations

import pytest
from judgement_support import (
    EN_PACK,
    SV_PACK,
    TE_PACK,
    assert_affirmed,
    assert_aside,
    assert_negated,
    earned,
    fillers,
    result,
)

from coach.errors import PackError
from coach.packs import Pack, load_pack_text
from coach.scoring import RULES, STUFFED_CAP, detect, explain, score_answer

# -- 1. idioms and discourse markers -------------------------------------------------------------


@pytest.mark.parametrize("text, cid, marker", [
    ("To be honest, the queue went right out the door that morning.", "honesty", "To be honest"),
    ("Honestly, the new till system was a nightmare.", "honesty", "Honestly"),
    ("The delivery was late, to be honest with you, and nobody knew why.", "honesty",
     "to be honest with you"),
    ("In all honesty I had never used the booking system before.", "honesty", "In all honesty"),
    ("The shift dragged on, to be brutally honest.", "honesty", "to be brutally honest"),
    ("If I'm totally honest, the training was rushed.", "honesty", "If I'm totally honest"),
    ("With all due respect, the refund rules make no sense.", "respect", "With all due respect"),
    ("Respectfully, I think the returns window is too short.", "respect", "Respectfully"),
    ("To be fair, the website was down all afternoon.", "fairness", "To be fair"),
    ("In all fairness, the stockroom was a mess.", "fairness", "In all fairness"),
    ("Trust me, that week was chaos.", "reliability", "Trust me"),
    ("As expected, the parcel turned up a day late.", "expectations", "As expected"),
])
def test_english_idioms_never_earn(en_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(en_rules_pack, text, cid, "idiom", marker)


@pytest.mark.parametrize("text, cid", [
    ("I try to be honest with customers about delays.", "honesty"),
    ("I try to be brutally honest with shoppers about what is in stock.", "honesty"),
    ("I answered her questions quite honestly.", "honesty"),
    ("I treat every caller with respect, even when they shout.", "respect"),
    ("I'm always fair with customers who ask for a discount.", "fairness"),
    ("Regulars trust me because I keep my promises.", "reliability"),
    ("I told her exactly when the delivery was expected.", "expectations"),
])
def test_english_idiom_words_in_a_claim_still_earn(en_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_rules_pack, text)


def test_a_marker_does_not_hide_a_real_claim_later_in_the_answer(en_rules_pack: Pack) -> None:
    text = "To be honest, I'm always honest with customers about waiting times."
    r = result(en_rules_pack, text, "honesty")
    assert r.earned and r.evidence is not None
    assert r.evidence.start > text.index(",")  # the claim, not the marker, is the evidence


def test_english_fillers_report_counts_markers_used_as_such(en_rules_pack: Pack) -> None:
    text = ("To be honest, the shop was packed. I have to say, the queue was awful. "
            "As expected, the printer jammed. Frankly, it was chaos.")
    assert fillers(en_rules_pack, text) == {"to be honest": 1, "i have to say": 1, "as expected": 1,
                                 "frankly": 1}
    assert fillers(en_rules_pack, "I try to be honest with customers and I always say sorry.") == {}


@pytest.mark.parametrize("text, count", [
    ("It was, like, really busy that day.", 1),
    ("I was like so tired after the double shift.", 1),
    ("Like, I don't know, I'd call them back.", 1),
    ("I offered extras like a free delivery slot.", 0),  # "such as"
    ("I like helping people find the right size.", 0),  # a verb
    ("The sky looked like rain, so I lent her an umbrella.", 0),
])
def test_like_is_a_filler_only_where_it_is_one(en_rules_pack: Pack, text: str, count: int) -> None:
    assert fillers(en_rules_pack, text).get("like", 0) == count


@pytest.mark.parametrize("text, cid, marker", [
    ("Ärligt talat var kön alldeles för lång.", "honesty", "Ärligt talat"),
    ("Om jag ska vara ärlig så var jag trött den dagen.", "honesty", "Om jag ska vara ärlig"),
    ("Med all respekt, kunden hade fel om priset.", "respect", "Med all respekt"),
])
def test_swedish_idioms_never_earn(sv_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "idiom", marker)


@pytest.mark.parametrize("text, cid", [
    ("Jag är alltid ärlig mot kunderna om leveranstider.", "honesty"),
    ("Jag bemöter alla kunder med respekt.", "respect"),
])
def test_swedish_idiom_words_in_a_claim_still_earn(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_rules_pack, text)


def test_swedish_fillers_report_counts_markers(sv_rules_pack: Pack) -> None:
    text = "Ärligt talat var kön lång. Som väntat var leveransen sen, men jag ringde tillbaka."
    assert fillers(sv_rules_pack, text) == {"ärligt talat": 1, "som väntat": 1}
    assert fillers(sv_rules_pack, "Jag är alltid ärlig mot kunderna.") == {}


@pytest.mark.parametrize("text, cid, marker", [
    ("నిజం చెప్పాలంటే, ఆ రోజు క్యూ చాలా పొడవుగా ఉంది.", "honesty", "నిజం చెప్పాలంటే"),
    ("నిజాయితీగా చెప్పాలంటే, నాకు ఆ రోజు అలసటగా ఉంది.", "honesty", "నిజాయితీగా చెప్పాలంటే"),
    ("గౌరవంగా చెప్పాలంటే, ఆ పాలసీ సరైనది కాదు.", "respect", "గౌరవంగా చెప్పాలంటే"),
])
def test_telugu_idioms_never_earn(te_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(te_rules_pack, text, cid, "idiom", marker)


@pytest.mark.parametrize("text, cid", [
    ("నేను కస్టమర్లతో ఎప్పుడూ నిజాయితీగా ఉంటాను.", "honesty"),
    ("నేను కస్టమర్లకు ఆలస్యం గురించి నిజం చెప్తాను.", "honesty"),
])
def test_telugu_idiom_words_in_a_claim_still_earn(te_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_rules_pack, text)


def test_telugu_fillers_report_counts_markers(te_rules_pack: Pack) -> None:
    assert fillers(te_rules_pack, "నిజం చెప్పాలంటే, ఆ రోజు షాప్ చాలా బిజీగా ఉంది.") == {"నిజం చెప్పాలంటే": 1}
    assert fillers(te_rules_pack, "నేను కస్టమర్లకు ఎప్పుడూ నిజం చెప్తాను.") == {}


# -- 2. emphasis that affirms, negation that stays -----------------------------------------------


@pytest.mark.parametrize("text, cid", [
    ("I never forget to follow up once a repair is booked.", "follow-up"),
    ("I never fail to call them back within a day.", "follow-up"),
    ("I never hesitate to check back with a customer after a repair.", "follow-up"),
    ("I never let a customer leave without following up.", "follow-up"),
    ("In this job patience is not optional.", "patience"),
    ("Patience is not negotiable when someone is shouting at you.", "patience"),
    ("There's no substitute for patience on a Saturday.", "patience"),
    ("Without empathy you can't calm anyone down.", "empathy"),
    ("Nothing matters more to me than being honest with people.", "honesty"),
    ("Empathy isn't a nice extra in this job, it's where you start.", "empathy"),
    ("Patience is not a luxury on a Saturday.", "patience"),
])
def test_english_emphasis_earns_and_is_not_negated(en_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(en_rules_pack, text, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("I don't think empathy matters in retail.", "empathy", "don't"),
    ("We never make an exception, whoever asks.", "flexibility", "never"),
    ("I never follow up once the sale is done.", "follow-up", "never"),
    ("I left the call without following up.", "follow-up", "without"),
    ("Patience is not important on the phones.", "patience", "not"),
    ("I would not be patient with a rude customer.", "patience", "not"),
    ("I handled the complaint without empathy.", "empathy", "without"),
    ("Empathy isn't my strong point, to be fair.", "empathy", "isn't"),
])
def test_english_real_negation_stays_negated(en_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(en_rules_pack, text, cid, cue)


@pytest.mark.parametrize("text, cid", [
    ("Jag glömmer aldrig att följa upp med kunden.", "follow-up"),
    ("Jag missar aldrig att ringa tillbaka.", "follow-up"),
    ("Jag släpper aldrig iväg en kund utan att följa upp.", "follow-up"),
    ("Empati är inte valfritt i det här jobbet.", "empathy"),
    ("Det finns ingen ersättning för empati.", "empathy"),
    ("Utan empati kan man inte göra det här jobbet.", "empathy"),
    ("Empati är ingen lyx i det här jobbet.", "empathy"),
])
def test_swedish_emphasis_earns_and_is_not_negated(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(sv_rules_pack, text, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("Jag tycker inte att empati är viktigt.", "empathy", "inte"),
    ("Vi gör aldrig ett undantag.", "flexibility", "aldrig"),
    ("Jag följer aldrig upp efter köpet.", "follow-up", "aldrig"),
])
def test_swedish_real_negation_stays_negated(sv_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(sv_rules_pack, text, cid, cue)


@pytest.mark.parametrize("text, cid", [
    ("నేను ఫాలో అప్ చేయడం ఎప్పుడూ మర్చిపోను.", "follow-up"),  # "I never forget to follow up"
    ("సానుభూతి ఐచ్ఛికం కాదు.", "empathy"),  # "empathy is not optional"
    ("ఓపికకు ప్రత్యామ్నాయం లేదు.", "patience"),  # "there is no substitute for patience"
    ("సానుభూతి విలాసం కాదు.", "empathy"),  # "empathy is not a luxury"
])
def test_telugu_emphasis_earns_and_is_not_negated(te_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(te_rules_pack, text, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("నాకు సానుభూతి ముఖ్యం అనిపించదు.", "empathy", "అనిపించదు"),
    ("నేను సానుభూతి చూపించను.", "empathy", "చూపించను"),
    ("నేను ఫాలో అప్ చేయను.", "follow-up", "చేయను"),
    # the negative ending on the keyword's own word: "I won't resolve the problem"
    ("నేను సమస్యను పరిష్కరించను.", "problem-resolution", "పరిష్కరించను"),
])
def test_telugu_real_negation_stays_negated(te_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(te_rules_pack, text, cid, cue)


# -- 3. sense and subject: what the candidate does for customers -----------------------------------


def test_english_pack_exclusions_set_a_match_aside(en_rules_pack: Pack) -> None:
    text, trigger = "I'm flexible around the bank holiday opening at the moment.", "around the bank holiday opening"
    assert_aside(en_rules_pack, text, "flexibility", "exclusion", trigger)
    # Without the pack's `exclude`, the same answer earns: the rule is the pack's, not luck.
    plain = load_pack_text(EN_PACK.replace("    exclude: [flexible landlord, around the bank holiday opening]\n", ""))
    assert "flexibility" in earned(plain, text)


def test_a_pack_exclusion_is_named_before_the_language_rule(en_rules_pack: Pack) -> None:
    # "a flexible landlord" is the landlord's quality by the language's own rule too
    # (owners.described_person); the pack's exclusion, saying more, is the one reported
    text = "I need a flat with a flexible landlord."
    assert_aside(en_rules_pack, text, "flexibility", "exclusion", "flexible landlord")
    plain = load_pack_text(EN_PACK.replace("    exclude: [flexible landlord, around the bank holiday opening]\n", ""))
    assert_aside(plain, text, "flexibility", "subject", "flexible landlord")


@pytest.mark.parametrize("text, cid, trigger", [
    ("I need a job that stays flexible around my lectures.", "flexibility", "my lectures"),
    ("I'm flexible on salary if the hours suit.", "flexibility", "salary"),
    ("I want a rota with weekends off and a flexible manager.", "flexibility", "weekends off"),
    ("I was patient with my football team all season.", "patience", "football team"),
    ("I went the extra mile in my marathon training.", "exceeding-expectations", "my marathon"),
    ("I want to exceed my own expectations this year.", "exceeding-expectations",
     "my own expectations"),
])
def test_english_other_senses_never_earn(en_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(en_rules_pack, text, cid, "sense", trigger)


@pytest.mark.parametrize("text, cid, subject", [
    ("My sister followed up with her the next day.", "follow-up", "sister"),
    ("My flatmate was really patient with him.", "patience", "flatmate"),
    ("A friend showed real empathy on that call.", "empathy", "friend"),
    ("My mum went the extra mile for that family.", "exceeding-expectations", "mum"),
    # a general statement about people, not the candidate's own claim
    ("Anyone can be patient when the shop is quiet.", "patience", "Anyone"),
])
def test_english_someone_elses_behaviour_never_earns(en_rules_pack: Pack, text: str, cid: str,
                                                     subject: str) -> None:
    assert_aside(en_rules_pack, text, cid, "subject", subject)


@pytest.mark.parametrize("text, cid", [
    ("I was flexible and made an exception for her.", "flexibility"),
    ("I asked my manager for approval and then I followed up myself.", "follow-up"),
    ("My manager and I followed up the next morning.", "follow-up"),
    ("I spoke to my colleague respectfully about the mistake.", "respect"),
    ("I play tennis at weekends, and at work I stay patient with every caller.", "patience"),
])
def test_english_the_candidates_own_service_still_earns(en_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_rules_pack, text)


def test_english_star_story_with_a_sports_hobby_still_earns(en_rules_pack: Pack) -> None:
    story = ("When I worked at a sports shop, a customer came in upset because his order was "
             "wrong. I had to sort it before closing. I stayed patient, put myself in their "
             "shoes and made an exception to the returns rule. In the end he left happy and "
             "I followed up a week later. Outside work I play football on Sundays.")
    assert {"patience", "empathy", "flexibility", "follow-up"} <= earned(en_rules_pack, story)
    assert detect(en_rules_pack, story)["patience"].set_aside is None


@pytest.mark.parametrize("text, cid, rule, trigger", [
    ("Jag vill ha ett jobb med flexibla arbetstider.", "flexibility", "exclusion",
     "flexibla arbetstider"),
    ("Jag är flexibel kring mina studier.", "flexibility", "sense", "mina studier"),
    ("Jag vill överträffa mina egna förväntningar.", "exceeding-expectations", "sense",
     "mina egna förväntningar"),
    ("Jag tränar på gymmet och är tålmodig där.", "patience", "sense", "gymmet och är tålmodig"),
    ("Min chef följde upp med kunden dagen efter.", "follow-up", "subject", "chef"),
    ("Kollegorna visade stor empati.", "empathy", "subject", "Kollegorna"),
])
def test_swedish_sense_and_subject(sv_rules_pack: Pack, text: str, cid: str, rule: str, trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, rule, trigger)


@pytest.mark.parametrize("text, cid", [
    ("Jag var flexibel och gjorde ett undantag för henne.", "flexibility"),
    ("Jag är flexibel med kunderna när det behövs.", "flexibility"),
    ("Jag frågade min chef och sedan följde jag upp själv.", "follow-up"),
    ("Min chef och jag följde upp dagen efter.", "follow-up"),
    ("Jag spelar fotboll på helgerna. På jobbet är jag alltid tålmodig med kunderna.", "patience"),
])
def test_swedish_the_candidates_own_service_still_earns(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_rules_pack, text)


@pytest.mark.parametrize("text, cid, rule, trigger", [
    ("నా షిఫ్టుల విషయంలో నేను ఫ్లెక్సిబుల్.", "flexibility", "exclusion", "నా షిఫ్టుల"),
    ("నా చదువు కోసం నేను ఫ్లెక్సిబుల్ గా ఉండాలి.", "flexibility", "sense", "నా చదువు"),
    ("నేను నా సొంత అంచనాలను మించి పరిగెత్తాను.", "exceeding-expectations", "sense",
     "నా సొంత అంచనాలను"),
    ("నేను జిమ్‌లో ఓపికగా ఉంటాను.", "patience", "sense", "జిమ్‌లో"),
    ("మా మేనేజర్ మరుసటి రోజు ఫాలో అప్ చేశారు.", "follow-up", "subject", "మేనేజర్"),
    ("నా సహోద్యోగి చాలా ఓపికగా మాట్లాడారు.", "patience", "subject", "సహోద్యోగి"),
])
def test_telugu_sense_and_subject(te_rules_pack: Pack, text: str, cid: str, rule: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, cid, rule, trigger)


@pytest.mark.parametrize("text, cid", [
    ("కస్టమర్ కోసం నేను ఫ్లెక్సిబుల్ గా ఉంటాను.", "flexibility"),
    ("నేను మేనేజర్‌కి చెప్పి, తర్వాత నేనే ఫాలో అప్ చేశాను.", "follow-up"),  # told the manager
    ("నేను వారాంతాల్లో క్రికెట్ ఆడతాను. షాప్‌లో నేను కస్టమర్‌తో ఓపికగా మాట్లాడాను.", "patience"),
])
def test_telugu_the_candidates_own_service_still_earns(te_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_rules_pack, text)


def test_an_exclude_entry_without_words_is_a_located_pack_error() -> None:
    broken = EN_PACK.replace("exclude: [flexible landlord, around the bank holiday opening]",
                             'exclude: [flexible hours, "?!"]')
    with pytest.raises(PackError) as caught:
        load_pack_text(broken, "judge.yaml")
    line = broken.splitlines().index('    exclude: [flexible hours, "?!"]') + 1
    column = broken.splitlines()[line - 1].index('"?!"') + 1
    assert str(caught.value) == (f"judge.yaml:{line}:{column}: criteria.flexibility.exclude[1]: "
                                 "exclusion '?!' has no words to match")


def test_ownership_must_be_true_or_false() -> None:
    broken = EN_PACK.replace("    ownership: true\n", '    ownership: "yes"\n', 1)
    with pytest.raises(PackError, match=r"judge.yaml:\d+:\d+: criteria.follow-up.ownership: "
                                        r"expected true or false, got 'yes'"):
        load_pack_text(broken, "judge.yaml")


# -- 4. deflection never earns an ownership criterion ----------------------------------------------


@pytest.mark.parametrize("text, cid, trigger", [
    ("I'd pass it to my manager and let them follow up.", "follow-up", "pass it to my manager"),
    ("It's not my department; head office would resolve it.", "problem-resolution",
     "not my department"),
    ("They should ring head office to fix the issue.", "problem-resolution", "ring head office"),
    # the hand-off may come in the next sentence
    ("I'd log the fault and follow up. After that it's not my problem.", "follow-up",
     "not my problem"),
    ("I'd pass them on to someone else to follow up.", "follow-up",
     "pass them on to someone else"),
    ("That's above my pay grade, so the duty team can resolve it.", "problem-resolution",
     "above my pay grade"),
])
def test_english_deflection_never_earns_ownership(en_rules_pack: Pack, text: str, cid: str,
                                                  trigger: str) -> None:
    assert_aside(en_rules_pack, text, cid, "deflection", trigger)
    # The hand-off is no reason on a criterion that is not marked `ownership` (another rule may
    # still be: "They should ring head office to fix it" is the customer's errand).
    relaxed = load_pack_text(EN_PACK.replace("ownership: true", "ownership: false"))
    result = detect(relaxed, text)[cid]
    assert result.earned or (result.set_aside is not None and result.set_aside.rule != "deflection")


@pytest.mark.parametrize("text, trigger", [
    ("I passed it to our team leader, who fixed the issue.", "passed it to"),
    ("I logged it in the system and the engineers resolved it.", "logged it in"),
    ("I handed it over to the manager, and she then quickly resolved it.", "handed it over to"),
])
def test_english_handoff_then_someone_else_fixes_it_is_deflection(en_rules_pack: Pack, text: str,
                                                                  trigger: str) -> None:
    assert_aside(en_rules_pack, text, "problem-resolution", "deflection", trigger)


@pytest.mark.parametrize("text, cid", [
    # the candidate with the manager, or the team's "we", owns it
    ("I told him I'd get the duty manager to check it, and together we resolved it.",
     "problem-resolution"),
    # after a hand-off the candidate may still do the work: "and" keeps the subject "I"
    ("I passed it to the engineers and resolved the billing part myself.", "problem-resolution"),
    ("I resolved it myself and called them back the next day.", "problem-resolution"),
    ("I'd never say it's not my department; I follow up myself.", "follow-up"),
    ("I asked my manager for advice, then I fixed the issue myself.", "problem-resolution"),
    ("It's not my department, but I still showed empathy and listened.", "empathy"),
])
def test_english_owning_the_problem_still_earns(en_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(en_rules_pack, text)


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag skulle skicka vidare till chefen så får hen lösa problemet.", "problem-resolution",
     "skicka vidare till chefen"),
    ("Det är inte min avdelning, be dem ringa huvudkontoret och följa upp där.", "follow-up",
     "inte min avdelning"),
])
def test_swedish_deflection_never_earns_ownership(sv_rules_pack: Pack, text: str, cid: str,
                                                  trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "deflection", trigger)


def test_swedish_owning_the_problem_still_earns(sv_rules_pack: Pack) -> None:
    text = "Jag löste problemet själv och ringde tillbaka dagen efter."
    assert {"problem-resolution", "follow-up"} <= earned(sv_rules_pack, text)


def test_swedish_the_customer_left_to_solve_it_themselves(sv_cs: Pack) -> None:
    assert_aside(sv_cs, "Jag ger dem numret till kundtjänst så kan de lösa det själva.",
                 "problem-resolution", "deflection", "de lösa det själva")
    assert "problem-resolution" in earned(sv_cs, "Jag kunde lösa det själv utan att ringa chefen.")
    assert "problem-resolution" in earned(sv_cs, "Vi löste det själva i butiken.")


@pytest.mark.parametrize("text, trigger", [
    ("ఇది నా సమస్య కాదు, వాళ్ళే ఫాలో అప్ చేయాలి.", "నా సమస్య కాదు"),
    ("నేను మేనేజర్‌కి వదిలేస్తాను, ఆయనే ఫాలో అప్ చేస్తారు.", "మేనేజర్‌కి వదిలేస్తాను"),
])
def test_telugu_deflection_never_earns_ownership(te_rules_pack: Pack, text: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, "follow-up", "deflection", trigger)


def test_telugu_owning_the_problem_still_earns(te_rules_pack: Pack) -> None:
    assert "problem-resolution" in earned(te_rules_pack, "నేను సమస్యను పరిష్కరించాను.")  # "I resolved it"
    text = "నేనే సమస్యను పరిష్కరించాను, మరుసటి రోజు ఫాలో అప్ చేశాను."
    assert {"problem-resolution", "follow-up"} <= earned(te_rules_pack, text)


# -- 5. keyword stuffing and off-topic answers ---------------------------------------------------


@pytest.mark.parametrize("pack_text, answer", [
    (EN_PACK, "Empathy. Patience. Follow up."),
    (EN_PACK, "empathy, patience, follow up"),
    (SV_PACK, "Empati. Tålamod. Följa upp."),
    (TE_PACK, "సానుభూతి. ఓపిక. ఫాలో అప్."),
])
def test_a_bare_list_of_rubric_words_is_stuffing(pack_text: str, answer: str) -> None:
    pack = load_pack_text(pack_text)
    score = score_answer(pack, "upset", answer)
    assert score.stuffing is not None and "bare keywords" in score.stuffing
    assert score.score <= STUFFED_CAP
    assert [n for n in score.notes if n.startswith(f"Capped at {STUFFED_CAP}:")]
    rules = {c.id: c.set_aside.rule for c in score.criteria if c.set_aside is not None}
    assert rules == {"empathy": "stuffing", "patience": "stuffing", "follow-up": "stuffing"}


def test_repeated_clauses_are_capped(en_rules_pack: Pack) -> None:
    # (no frame of two words that carry meaning: "… with customers" said three times would be
    # a template, whose evidence earns nothing)
    # (and a sentence of more than half the claims' length: said three times, the bare claims
    # alone would be a list of claims, whose evidence earns nothing either)
    clauses = "I always follow up. I am patient. "
    story = ("Last spring the shop moved to a bigger unit near the station, which took most of the "
             "summer to settle into properly.")
    score = score_answer(en_rules_pack, "upset", clauses * 3 + story)
    assert score.stuffing is not None and "repeat" in score.stuffing
    assert {c.id for c in score.earned} == {"follow-up", "patience"}  # earned, yet capped
    assert score.score == STUFFED_CAP  # two of three criteria would be 67


@pytest.mark.parametrize("pack_text, answer", [
    (EN_PACK, "A customer was upset about a lost parcel. I stayed patient, put myself in their "
              "shoes and followed up the next morning to check it had arrived."),
    (SV_PACK, "En kund var upprörd över ett försenat paket. Jag var tålmodig, visade förståelse "
              "och ringde tillbaka nästa morgon för att följa upp."),
    (TE_PACK, "పార్సెల్ ఆలస్యం అయినందుకు ఒక కస్టమర్ కోపంగా ఉన్నారు. నేను ఓపికగా విన్నాను, "
              "కస్టమర్ స్థానంలో ఆలోచించాను, మరుసటి రోజు ఫాలో అప్ చేశాను."),
])
def test_a_genuine_answer_is_neither_stuffed_nor_off_topic(pack_text: str, answer: str) -> None:
    score = score_answer(load_pack_text(pack_text), "upset", answer)
    assert score.stuffing is None and not score.off_topic
    assert score.score == 100
    assert score.topic_share is not None and score.topic_share > 0.12
    assert not [n for n in score.notes if "Capped" in n or "may not answer" in n]


@pytest.mark.parametrize("pack_text, answer", [
    (EN_PACK, "My favourite recipe is slow roasted lamb with rosemary, garlic potatoes and a "
              "glass of red wine on Sunday evenings."),
    (SV_PACK, "Mitt favoritrecept är långkokt lammstek med rosmarin, vitlökspotatis och ett glas "
              "rödvin på söndagskvällarna."),
    (TE_PACK, "నాకు ఇష్టమైన వంటకం గోంగూర పచ్చడి, ఆవకాయ, వేడి అన్నం, నెయ్యి, ముద్దపప్పు, "
              "పెరుగు, అప్పడాలు, పులిహోర."),
])
def test_an_answer_about_something_else_gets_an_off_topic_note(pack_text: str,
                                                               answer: str) -> None:
    score = score_answer(load_pack_text(pack_text), "upset", answer)
    assert score.off_topic
    assert score.topic_share is not None and score.topic_share < 0.12
    assert [n for n in score.notes if n.startswith("This may not answer the question")]


def test_a_short_answer_is_not_judged_off_topic(en_rules_pack: Pack) -> None:
    score = score_answer(en_rules_pack, "upset", "Lamb and rosemary.")
    assert score.topic_share is None and not score.off_topic


# -- 6. reports name the rule ----------------------------------------------------------------------


def test_score_json_names_the_rule_and_why(en_rules_pack: Pack) -> None:
    text = "My sister was really patient with him, and I followed up the next day."
    data = score_answer(en_rules_pack, "upset", text).to_dict()
    by_id = {c["id"]: c for c in data["criteria"]}
    aside = by_id["patience"]["set_aside"]
    assert aside["rule"] == "subject" and aside["phrase"] == "sister"
    assert text[aside["start"] : aside["end"]] == "sister"
    assert aside["why"] == "said of someone else (“sister”), not of the candidate"
    assert by_id["follow-up"]["earned"] and by_id["follow-up"]["set_aside"] is None


def test_explain_rows_name_the_rule_per_phrase(en_rules_pack: Pack) -> None:
    text = "To be honest I was patient with my football team, and I followed up."
    rows = explain(en_rules_pack, "upset", text)
    patient = next(r for r in rows if r["criterion"] == "patience" and r["phrase"] == "patient")
    assert patient["set_aside"]["rule"] == "sense"
    assert patient["set_aside"]["why"].startswith("about the candidate's own life (“football team”)")
    follow = next(r for r in rows if r["phrase"] == "follow up")
    assert follow["set_aside"] is None and follow["strength"] >= 80


def test_every_rule_describes_itself() -> None:
    from coach.scoring import SetAside

    for rule in RULES:
        line = SetAside(rule, "xyz", 0, 3).describe()
        assert line and "\n" not in line
        assert rule == "stuffing" or "xyz" in line


@pytest.mark.parametrize("pack_text, text, cid, rule, trigger", [
    (SV_PACK, "Min chef följde upp med kunden, och jag var tålmodig.", "follow-up", "subject",
     "chef"),
    (TE_PACK, "నిజం చెప్పాలంటే, ఇది నా సమస్య కాదు, వాళ్ళే ఫాలో అప్ చేయాలి.", "follow-up",
     "deflection", "నా సమస్య కాదు"),
])
def test_reports_name_the_rule_in_every_language(pack_text: str, text: str, cid: str, rule: str,
                                                 trigger: str) -> None:
    pack = load_pack_text(pack_text)
    data = score_answer(pack, "upset", text).to_dict()
    aside = next(c for c in data["criteria"] if c["id"] == cid)["set_aside"]
    assert aside["rule"] == rule and text[aside["start"] : aside["end"]] == trigger
    assert f"“{trigger}”" in aside["why"]
    row = next(r for r in explain(pack, "upset", text)
               if r["criterion"] == cid and r["set_aside"] is not None)
    assert row["set_aside"]["rule"] == rule


@pytest.mark.parametrize("text, cid", [
    ("We followed up with her the next day.", "follow-up"),
    ("My manager and I followed up with her the next day.", "follow-up"),
])
def test_the_candidates_team_at_work_counts(en_rules_pack: Pack, text: str, cid: str) -> None:
    """The team's "we", or the candidate beside a colleague, owns the work."""
    result = {c.id: c for c in score_answer(en_rules_pack, "upset", text).criteria}[cid]
    assert result.earned and result.set_aside is None


def test_a_colleague_alone_is_not_the_candidate(en_rules_pack: Pack) -> None:
    """A colleague who did it alone did it for the candidate's story, not as the candidate: an
    interviewer credits what the candidate did (the blind batches' graders never credited
    "my manager followed up")."""
    result = {c.id: c for c in score_answer(
        en_rules_pack, "upset", "My manager followed up with her the next day.").criteria}["follow-up"]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "subject"


def test_a_colleagues_manner_is_theirs(en_rules_pack: Pack) -> None:
    """A colleague's manner is not the candidate's, wherever the colleague stands in the clause
    ("my colleague was really patient", "a colleague from the night shift stayed patient")."""
    text = "A colleague from the night shift stayed really patient with him."
    result = {c.id: c for c in score_answer(en_rules_pack, "upset", text).criteria}["patience"]
    assert not result.earned and result.set_aside is not None
    assert result.set_aside.rule == "subject"


# -- cases found while testing the rules (each failed before its fix) -----------------------------


@pytest.mark.parametrize("pack_id, text, cid, verdict", [
    # a negated "without" far from its negation is still emphasis
    ("customer-service", "I never let a customer leave the desk without following up.", "follow-up",
     "earned"),
    # a marker after a leading conjunction is still a marker, and is neither claim nor negated
    ("customer-service", "But to be honest, the shift was long.", "realistic-expectations", "none"),
    ("customer-service", "I would follow up, but honestly it's not my department.",
     "realistic-expectations", "none"),
    # Swedish comparative emphasis, while a plain negation stays one
    ("customer-service-sv", "Det finns inget som är viktigare än ärlighet.", "realistic-expectations",
     "earned"),
    ("customer-service-sv", "Empati är inte viktigt.", "empathy", "negated"),
    # Telugu "without" after its noun, then "can't": emphasis
    ("customer-service-te", "సానుభూతి లేకుండా ఈ పని చేయలేము.", "empathy", "earned"),
])
def test_found_cases(pack_id: str, text: str, cid: str, verdict: str) -> None:
    from coach import load_pack

    r = detect(load_pack(pack_id), text)[cid]
    got = "earned" if r.earned else "negated" if r.negated else "none"
    assert got == verdict, r


def test_off_topic_uses_the_questions_keywords_when_it_has_no_model_answer() -> None:
    text = ("I stayed patient and listened. Then I followed up the next morning, and put myself "
            "in their shoes.")
    bare = load_pack_text("""\
pack: bare
title: Bare
language: en
criteria:
  patience:
    label: Patience
    keywords: [patient, patience]
  follow-up:
    label: Follow-up
    keywords: [follow up]
  empathy:
    label: Empathy
    keywords: [put myself in their shoes]
questions:
  - id: upset
    prompt: How do you look after an upset customer?
""")
    score = score_answer(bare, "upset", text)
    assert score.score == 100 and not score.off_topic, score.notes


def test_one_keyword_over_and_over_is_stuffing(en_rules_pack: Pack) -> None:
    text = ("With an angry customer it is empathy, empathy and more empathy. Patience patience "
            "patience. Then I follow up, follow up and follow up again.")
    score = score_answer(en_rules_pack, "upset", text)
    assert score.stuffing is not None and "over and over" in score.stuffing
    assert score.score <= STUFFED_CAP
    assert {c.id for c in score.criteria if c.set_aside and c.set_aside.rule == "stuffing"}


# -- roles and clauses: who does what to whom ------------------------------------------------------

ROLES_PACK = """\
pack: {code}-roles
title: Roles
language: {code}
criteria:
  personalization:
    label: Personalization
    keywords: [{phrase}]
questions:
  - id: q
    prompt: {prompt}
    criteria: [personalization]
"""


@pytest.mark.parametrize("code, phrase, prompt, swapped, kept", [
    ("en", "asked their name", "How do you treat regulars?",
     "Later she asked for me by name at the counter.",
     "I always asked their name at the counter."),
    ("en", "call them back", "How do you follow up?",
     "A week later the customer called me back to say thanks.",
     "A week later I called them back to check."),
    ("sv", "frågade efter deras namn", "Hur behandlar du stamkunder?",
     "Sedan frågade hon efter mig vid namn i kassan.",
     "Jag frågade alltid efter deras namn i kassan."),
])
def test_a_phrase_about_the_customer_does_not_match_the_customer_acting_on_the_candidate(
        code: str, phrase: str, prompt: str, swapped: str, kept: str) -> None:
    pack = load_pack_text(ROLES_PACK.format(code=code, phrase=phrase, prompt=prompt), "roles.yaml")
    assert "personalization" not in earned(pack, swapped)
    assert "personalization" in earned(pack, kept)


def test_words_reordered_across_two_joined_clauses_do_not_make_the_phrase(en_rules_pack: Pack) -> None:
    assert "exceeding-expectations" not in earned(
        en_rules_pack, "I listened to their expectations, and exceeded the sales target.")
    # A fronted object is still one statement.
    assert "exceeding-expectations" in earned(en_rules_pack, "Their expectations, we exceeded them.")
