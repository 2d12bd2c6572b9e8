"""Judgement in Swedish and Telugu, fourth round (issue 11, from the second set of dev answers):
markers of the "to be honest" class said generically or in the plural, markers only as a clause
of their own, the person served as the subject, the customer's own promise, more of the
candidate's own life, Telugu జాలీ and -ించింది, and more emphasis; each with the cases that must
still earn (or stay negated). Packs and helpers are test_judgement's, except where a bundled
pack's phrase is tested.
"""

from __future__ import annotations

import pytest
from judgement_support import (
    assert_affirmed,
    assert_aside,
    assert_negated,
    earned,
    fillers,
)

from coach import load_pack
from coach.packs import Pack
from coach.scoring import detect
from coach.scoring.results import SetAside

# -- markers: generic, plural, clause-only ------------------------------------------------------


@pytest.mark.parametrize("text, marker", [
    ("Ska man vara helt ärlig så hamnade jag i butik av en slump.", "Ska man vara helt ärlig"),
    ("Om vi ska vara ärliga så var det lönen som lockade.", "Om vi ska vara ärliga"),
    # a clause of its own
    ("Jag ska vara ärlig, vissa dagar är tunga.", "Jag ska vara ärlig"),
    ("Vissa dagar är tunga, jag ska vara ärlig.", "jag ska vara ärlig"),
])
def test_swedish_honesty_markers_never_earn(sv_rules_pack: Pack, text: str, marker: str) -> None:
    assert_aside(sv_rules_pack, text, "honesty", "idiom", marker)


@pytest.mark.parametrize("text", [
    "Jag ska vara ärlig mot kunden om leveranstiden.",  # the clause goes on: a claim
    "Vi ska vara ärliga mot kunderna, alltid.",
    "Jag var ärlig med att det skulle dröja en vecka.",
])
def test_swedish_honesty_claims_still_earn(sv_rules_pack: Pack, text: str) -> None:
    assert "honesty" in earned(sv_rules_pack, text)


@pytest.mark.parametrize("text, marker", [
    ("Jag ska vara rak, lönen spelar roll för mig.", "Jag ska vara rak"),
    ("Jag måste vara helt ärlig mot dig, jag har aldrig jobbat i kassa.",
     "Jag måste vara helt ärlig mot dig"),
])
def test_swedish_stances_to_the_interviewer_never_earn(sv_cs: Pack, text: str, marker: str) -> None:
    assert_aside(sv_cs, text, "realistic-expectations", "idiom", marker)


def test_swedish_stance_towards_the_customer_still_earns(sv_cs: Pack) -> None:
    assert "realistic-expectations" in earned(sv_cs, "Jag vill vara rak mot kunden och säga som det är.")


def test_without_exception_means_always_not_flexibility(sv_cs: Pack) -> None:
    text = "Utan undantag följer jag upp inom ett dygn."
    assert "follow-up" in earned(sv_cs, text)
    assert_aside(sv_cs, text, "flexibility", "idiom", "Utan undantag")


def test_an_exception_made_still_earns_flexibility(sv_cs: Pack, en_cs: Pack) -> None:
    assert "flexibility" in earned(sv_cs, "Jag gjorde ett undantag för henne.")
    assert "flexibility" in earned(en_cs, "I made an exception for her because she'd been a regular.")


def test_swedish_to_my_surprise_is_a_marker(sv_cs: Pack) -> None:
    assert_aside(sv_cs, "Till min positiva överraskning blev hon stamkund.",
                 "exceeding-expectations", "idiom", "Till min positiva överraskning")
    assert "exceeding-expectations" in earned(sv_cs, "Jag ville ge henne en positiv överraskning.")


@pytest.mark.parametrize("text, cid, marker", [
    ("నిజం మాట్లాడితే, నేను ఈ జాబ్‌లో డబ్బు కోసం చేరాను.", "honesty", "నిజం మాట్లాడితే"),
])
def test_telugu_markers_never_earn(te_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(te_rules_pack, text, cid, "idiom", marker)


@pytest.mark.parametrize("text, cid, marker", [
    # "to put it as it is", "to put it clearly": a keyword's adverb before చెప్పాలంటే
    ("ఉన్నది ఉన్నట్టు చెప్పాలంటే, ఇంటికి దగ్గరగా ఉందని ఈ జాబ్‌లో చేరాను.",
     "realistic-expectations", "ఉన్నది ఉన్నట్టు చెప్పాలంటే"),
    ("మర్యాదగా చెప్పాలంటే, ఆ కస్టమర్ చాలా కోపంగా ఉన్నారు.", "respect", "మర్యాదగా చెప్పాలంటే"),
])
def test_telugu_to_put_it_markers_never_earn(te_cs: Pack, text: str, cid: str,
                                             marker: str) -> None:
    assert_aside(te_cs, text, cid, "idiom", marker)


@pytest.mark.parametrize("text, cid", [
    ("ఆలస్యం గురించి కస్టమర్‌కు ఉన్నది ఉన్నట్టు చెప్పాను.", "realistic-expectations"),
    ("కస్టమర్‌తో ఎప్పుడూ మర్యాదగా మాట్లాడతాను.", "respect"),
])
def test_telugu_the_same_words_as_a_claim_still_earn(te_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_cs, text)


def test_telugu_i_must_admit_is_counted_as_a_marker(te_rules_pack: Pack) -> None:
    text = "ఒప్పుకోక తప్పదు, మొదటి రోజు నాకు ఏమీ తెలియలేదు. తర్వాత నేర్చుకున్నాను."
    assert "ఒప్పుకోక తప్పదు" in fillers(te_rules_pack, text)


# -- who acts: the person served, the customer's promise, Telugu -ించింది ------------------------


def test_swedish_the_person_served_does_not_earn(sv_rules_pack: Pack, sv_cs: Pack) -> None:
    assert_aside(sv_rules_pack, "Gästen var väldigt tålmodig med mig.", "patience", "subject", "Gästen")
    assert_aside(sv_rules_pack, "Gästen verkade tålmodig.", "patience", "subject", "Gästen")
    assert_aside(sv_cs, "Kunden lovade att följa upp med en recension.", "follow-up", "hearsay",
                 "Kunden lovade")


@pytest.mark.parametrize("text, cid", [
    ("Jag lovade att följa upp med ett samtal dagen efter.", "follow-up"),
    # how the customer felt after the candidate's service: "kunden" is left out on purpose
    ("Kunden kände sig välkommen när jag hälsade.", "approachability"),
])
def test_swedish_the_candidates_service_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_cs, text)


@pytest.mark.parametrize("text, cid, verb", [
    ("ఆ రోజు అక్కడి అమ్మాయి నా సమస్యను పరిష్కరించింది.", "problem-resolution", "పరిష్కరించింది"),
    ("ఆ అమ్మాయి చాలా మర్యాదగా మాట్లాడింది.", "respect", "మాట్లాడింది"),
])
def test_telugu_her_transitive_verb_never_earns(te_cs: Pack, text: str, cid: str,
                                                verb: str) -> None:
    assert_aside(te_cs, text, cid, "subject", verb)


@pytest.mark.parametrize("text, cid", [
    ("నేను సమస్యను పరిష్కరిస్తాను.", "problem-resolution"),
    ("నేను ఆ కాల్‌లోనే సమస్యను పరిష్కరించాను.", "problem-resolution"),
    ("మేము అదే రోజు సమస్యను పరిష్కరించాం.", "problem-resolution"),
])
def test_telugu_own_verbs_still_earn(te_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_cs, text)


def test_telugu_everyone_as_subject_is_not_the_candidate(te_cs: Pack) -> None:
    assert_aside(te_cs, "అందరూ నవ్వుతూ ఉండాలనేది నా కోరిక.", "approachability", "subject", "అందరూ")
    assert "approachability" in earned(te_cs, "నేను అందరినీ నవ్వుతూ పలకరిస్తాను.")


# -- the candidate's own life --------------------------------------------------------------------


@pytest.mark.parametrize("text, cid, rule, trigger", [
    ("Jag kan jobba alla dagar med undantag för onsdagar.", "flexibility", "exclusion",
     "med undantag för"),
    ("Efter jobbet cyklar jag hem och tiden går snabbt.", "timeliness", "sense", "tiden går"),
    ("Jag följde ett träningsprogram och var konsekvent med det.", "reliability", "sense",
     "träningsprogram"),
    ("Det förklarar varför chefen gav mig mer ansvar.", "communication", "sense",
     "Det förklarar"),
    ("Jag har ett flexibelt schema eftersom jag läser på distans.", "flexibility", "exclusion",
     "flexibelt schema"),
])
def test_swedish_own_life_never_earns(sv_cs: Pack, text: str, cid: str, rule: str,
                                      trigger: str) -> None:
    assert_aside(sv_cs, text, cid, rule, trigger)


def test_swedish_as_a_customer_myself_is_a_frame(sv_cs: Pack) -> None:
    text = ("Jag har själv varit stamkund hos samma frisör, och hon kommer ihåg vad vi pratade "
            "om förra besöket.")
    assert "personalization" not in earned(sv_cs, text)


@pytest.mark.parametrize("text, cid", [
    ("Jag gjorde ett undantag för henne.", "flexibility"),
    ("Jag jobbar snabbt när kön växer.", "timeliness"),
    ("Jag är konsekvent med varje kund.", "reliability"),
    ("Jag förklarar för kunden vad som händer härnäst.", "communication"),
    ("Jag har stor respekt för kunderna.", "respect"),
    # "för att" is also "so that": no exclusion may take "respekt för att"
    ("Jag bemöter alla med respekt för att alla ska känna sig sedda.", "respect"),
    # customer-manner exclusions would match reordered: these must stay the candidate's
    ("Jag var ärlig mot kunden.", "realistic-expectations"),
    ("Jag var trevlig mot kunden.", "approachability"),
    ("Jag kommer ihåg vad kunden berättade förra besöket.", "personalization"),
])
def test_swedish_service_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_cs, text)


@pytest.mark.parametrize("text, cid, rule, trigger", [
    ("మరుసటి రోజు ఉదయం త్వరగా లేచి డ్యూటీకి వెళ్తాను.", "timeliness", "sense", "ఉదయం త్వరగా"),
    ("మా ఇంట్లో ఒక నమ్మకమైన కుక్క ఉంది.", "reliability", "sense", "మా ఇంట్లో"),
    ("స్కాలర్‌షిప్ వచ్చి ఫీజులో మినహాయింపు దొరికింది.", "flexibility", "sense", "స్కాలర్‌షిప్"),
    ("మా నాన్నగారికి ఊర్లో చాలా గౌరవం ఉంది.", "respect", "sense", "మా నాన్నగారికి"),
    ("వీకెండ్ ఇంట్లో ఉండటం నాకు చాలా ఇష్టంగా ఉంటుంది.", "passion", "sense", "వీకెండ్ ఇంట్లో"),
])
def test_telugu_own_life_never_earns(te_cs: Pack, text: str, cid: str, rule: str,
                                     trigger: str) -> None:
    assert_aside(te_cs, text, cid, rule, trigger)


def test_telugu_jolly_is_not_pity(te_cs: Pack) -> None:
    assert "empathy" not in earned(te_cs, "ఫ్రెండ్స్‌తో బయటకు వెళ్ళి జాలీగా గడుపుతాను.")
    assert "empathy" in earned(te_cs, "ఆమె పరిస్థితి చూసి నాకు జాలి వేసింది.")


@pytest.mark.parametrize("text, cid", [
    ("కస్టమర్ సమస్యను త్వరగా పరిష్కరించాను.", "timeliness"),
    # "I won't sleep until it is solved": dedication, not the candidate's sleep
    ("సమస్య పరిష్కారం అయ్యే వరకు నేను నిద్రపోను.", "problem-resolution"),
    ("ఒక కస్టమర్‌కు లేట్ ఫీజులో మినహాయింపు ఇచ్చాను.", "flexibility"),
    # a customer's children's exams are what the candidate remembers about them
    ("ఎవరి పిల్లలకు ఎగ్జామ్స్ నడుస్తున్నాయో కూడా నాకు గుర్తుంటాయి.", "personalization"),
])
def test_telugu_service_still_earns(te_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_cs, text)


# -- emphasis -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, cid", [
    ("Det är otänkbart för mig att inte följa upp.", "follow-up"),  # a double negative
    ("Jag har inget emot att vara flexibel.", "flexibility"),  # "I don't mind"
    ("Det är aldrig fel att visa empati.", "empathy"),  # "never wrong to"
    ("Jag drar mig aldrig för att vara flexibel.", "flexibility"),  # "never shy away from"
])
def test_swedish_emphasis_affirms(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(sv_rules_pack, text, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("Jag följde inte upp.", "follow-up", "inte"),
    ("Det var otänkbart att vara flexibel.", "flexibility", "otänkbart"),
    ("Jag visade aldrig empati.", "empathy", "aldrig"),
])
def test_swedish_negation_stays_negated(sv_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(sv_rules_pack, text, cid, cue)


def test_swedish_overpromise_is_said_negated(sv_cs: Pack) -> None:
    assert "realistic-expectations" in earned(sv_cs, "Jag överlovar aldrig.")


@pytest.mark.parametrize("text, cid", [
    ("సానుభూతి లేని సేవ సేవే కాదు.", "empathy"),  # "service lacking empathy is no service"
    ("ఓపికగా వినడం నాకు భారం కాదు.", "patience"),  # "listening patiently is no burden"
])
def test_telugu_emphasis_affirms(te_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(te_rules_pack, text, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("నేను సానుభూతి లేని మనిషిని.", "empathy", "లేని"),  # "I am a person lacking empathy"
    ("నేను ఓపికగా వినను.", "patience", "వినను"),
])
def test_telugu_negation_stays_negated(te_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(te_rules_pack, text, cid, cue)


# -- the bundled Telugu pack's phrases ---------------------------------------------------------


def test_telugu_apology_first_is_not_news_told_early(te_cs: Pack) -> None:
    assert_aside(te_cs, "ముందుగా క్షమాపణ చెప్పాను.", "realistic-expectations", "exclusion",
                 "ముందుగా క్షమాపణ")
    # an apology in the same clause as honest news does not hide the news
    assert "realistic-expectations" in earned(
        te_cs, "క్షమాపణ చెప్పి ఆలస్యం గురించి నిజాయితీగా చెప్పాను.")
    assert "realistic-expectations" in earned(te_cs, "ఆలస్యం అవుతుందని ముందుగానే చెప్పాను.")


def test_telugu_at_all_with_any_negation_is_no_surprise(te_cs: Pack) -> None:
    # "అస్సలు" ("at all") with any negation matched the old phrase "అస్సలు ఊహించలేదు"
    assert "exceeding-expectations" not in earned(te_cs, "నాకు అస్సలు ఇష్టం ఉండదు.")


# -- deflection and the candidate's own commute --------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("Sånt ligger på ekonomi, så jag ber dem mejla dit och löser nästa kunds ärende.",
     "ligger på ekonomi"),
    ("Det hör inte till mina arbetsuppgifter, så kunden får ringa växeln som löser det.",
     "hör inte till mina arbetsuppgifter"),
    ("Jag slussar kunden vidare till rätt avdelning, där löser de problemet.",
     "slussar kunden vidare"),
    ("Jag hänvisar till hemsidan, där finns lösningen.", "hänvisar till hemsidan"),
])
def test_swedish_routing_the_customer_on_is_deflection(sv_cs: Pack, text: str,
                                                      trigger: str) -> None:
    assert_aside(sv_cs, text, "problem-resolution", "deflection", trigger)


@pytest.mark.parametrize("text", [
    "Jag ringde tillverkaren och löste problemet samma dag.",
    "Jag tog reda på vem som var rätt avdelning och löste det själv.",
])
def test_swedish_contacting_others_to_fix_it_still_earns(sv_cs: Pack, text: str) -> None:
    assert "problem-resolution" in earned(sv_cs, text)


@pytest.mark.parametrize("text, trigger", [
    ("కంపెనీ వెబ్‌సైట్‌లో కంప్లైంట్ చేయమని చెప్తాను, అక్కడ పరిష్కారం దొరుకుతుంది.",
     "కంప్లైంట్ చేయమని"),
    ("పై అధికారులకు ఫార్వర్డ్ చేసి, సమస్య పరిష్కారం వాళ్ళకే వదిలేస్తాను.", "అధికారులకు ఫార్వర్డ్"),
])
def test_telugu_sending_it_on_is_deflection(te_cs: Pack, text: str, trigger: str) -> None:
    assert_aside(te_cs, text, "problem-resolution", "deflection", trigger)


def test_telugu_calling_a_technician_to_fix_it_still_earns(te_cs: Pack) -> None:
    assert "problem-resolution" in earned(te_cs, "నేను టెక్నీషియన్‌కు ఫోన్ చేసి సమస్యను పరిష్కరించాను.")


def test_the_candidates_late_bus_frames_the_sentence(sv_cs: Pack, te_cs: Pack) -> None:
    assert_aside(sv_cs, "Jag var jättestressad, bussen var sen, så jag vet hur frustrerande det är.",
                 "empathy", "sense", "bussen var sen")
    assert_aside(te_cs, "ఆ రోజు నా బస్సు లేట్ అయింది, నేను టెన్షన్ పడ్డాను, ఆ బాధ అర్థం అవుతుంది.",
                 "empathy", "sense", "బస్సు లేట్")
    assert "empathy" in earned(sv_cs, "Jag förstod hur frustrerande det var för kunden.")


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag brinner för orientering och springer varje helg.", "passion", "orientering"),
    ("Jag har empati för djur.", "empathy", "djur"),
])
def test_swedish_pastimes_never_earn(sv_cs: Pack, text: str, cid: str, trigger: str) -> None:
    result = assert_aside_rule(sv_cs, text, cid, "sense")
    assert trigger in text[result.start : result.end]


@pytest.mark.parametrize("text, cid", [
    ("I min jakt på en lösning ringde jag leverantören och löste det.", "problem-resolution"),
    ("På teatern där jag jobbade var jag alltid vänlig mot publiken.", "approachability"),
    # the customer's move is the customer's: a delivery before "flytten" is service
    ("Jag förstod att förseningen ställde till det för flytten och sa hur det låg till.",
     "realistic-expectations"),
])
def test_swedish_workplaces_and_customers_lives_still_earn(sv_cs: Pack, text: str,
                                                          cid: str) -> None:
    assert cid in earned(sv_cs, text)


def test_telugu_pastimes_never_earn_and_common_verbs_still_do(te_cs: Pack) -> None:
    assert "passion" not in earned(te_cs, "ట్రెక్కింగ్ అంటే నాకు ప్యాషన్.")
    # చెస్ ("chess") folds like చేస్- ("I do"): it is not listed, so this still earns
    assert "timeliness" in earned(te_cs, "బిల్లింగ్ వేగంగా చేస్తాను.")


def assert_aside_rule(pack: Pack, text: str, cid: str, rule: str) -> SetAside:
    from judgement_support import result
    r = result(pack, text, cid)
    assert not r.earned and r.set_aside is not None and r.set_aside.rule == rule, r
    return r.set_aside


@pytest.mark.parametrize("pack_id, text, cid", [
    ("customer-service-sv", "Jag tränar för min hälsa och är snabb.", "timeliness"),
    ("customer-service-sv", "Mina barn är väldigt tålmodiga och vänliga.", "approachability"),
    ("customer-service-te", "ఇంక్రిమెంట్ వస్తే నాకు సంతోషంగా ఉంటుంది.", "passion"),
    ("customer-service-te", "నా కెరీర్‌లో ప్రమోషన్ త్వరగా రావాలి.", "timeliness"),
])
def test_own_health_children_career_and_pay_never_earn(pack_id: str, text: str, cid: str) -> None:
    assert_aside_rule(load_pack(pack_id), text, cid, "sense")


def test_a_shops_promotion_is_still_the_customers_business(te_cs: Pack) -> None:
    text = "కొత్త ప్రమోషన్ ఆఫర్ గురించి కస్టమర్‌కు వెంటనే చెప్పాను."
    assert "timeliness" in earned(te_cs, text)


@pytest.mark.parametrize("text", ["Jag överlovar aldrig.", "Jag undviker att överlova."])
def test_swedish_denying_the_fault_earns(sv_cs: Pack, text: str) -> None:
    # The pack lists "överlova" only with its negation; "undvika" negates like "aldrig".
    assert "realistic-expectations" in earned(sv_cs, text)


def test_swedish_owning_up_to_the_fault_earns_nothing(sv_cs: Pack) -> None:
    assert "realistic-expectations" not in earned(sv_cs, "Jag brukar överlova för att kunden ska bli nöjd.")


def test_swedish_avoid_negates_unless_negated(sv_cs: Pack) -> None:
    assert "follow-up" not in earned(sv_cs, "Jag undvek att ringa tillbaka till kunden.")
    assert "follow-up" in earned(sv_cs, "Jag undviker aldrig att följa upp.")


@pytest.mark.parametrize("text, cid", [
    ("Ärligt talat struntar jag i uppföljningen.", "follow-up"),
    ("Jag skiter i att gå den extra milen.", "exceeding-expectations"),
    # an infinitive put first, then the verb, the subject and the negation
    ("Att följa upp hinner jag inte.", "follow-up"),
])
def test_swedish_not_caring_or_a_fronted_infinitive_negates(sv_cs: Pack, text: str, cid: str) -> None:
    assert cid not in earned(sv_cs, text)


@pytest.mark.parametrize("text", [
    "Jag struntar aldrig i uppföljningen.",
    "Jag struntar i vad andra säger, jag följer alltid upp.",
    "Att följa upp glömmer jag aldrig.",
])
def test_swedish_not_caring_denied_or_elsewhere_still_earns(sv_cs: Pack, text: str) -> None:
    assert "follow-up" in earned(sv_cs, text)


@pytest.mark.parametrize("text, earns", [
    ("నేను అతిగా వాగ్దానం చేయను.", True),  # I don't overpromise
    ("నేను ఎప్పుడూ అతిగా వాగ్దానం చేయలేదు.", True),  # I never overpromised
    ("నేను ఓవర్ ప్రామిస్ చేయను.", True),
    ("నేను అతిగా వాగ్దానం చేస్తాను.", False),  # I overpromise
    ("నేను ఓవర్ ప్రామిస్ చేస్తాను.", False),
])
def test_telugu_a_fault_earns_only_denied(te_cs: Pack, text: str, earns: bool) -> None:
    assert ("realistic-expectations" in earned(te_cs, text)) is earns


def test_swedish_reliable_about_ones_own_attendance_is_another_sense(sv_cs: Pack) -> None:
    text = "Jag är pålitlig, jag har aldrig kommit för sent till ett pass."
    assert "reliability" not in earned(sv_cs, text)
    # a customer's lateness is not the candidate's attendance
    text = "Kunden kom för sent till sin bokning, så jag var pålitlig och ordnade en ny tid."
    assert "reliability" in earned(sv_cs, text)


@pytest.mark.parametrize("text, earns", [
    ("Man kan inte fejka empati.", True),  # "you can't fake empathy"
    ("Empati går inte att fejka.", True),
    ("Jag fejkar aldrig empati.", True),
    ("Jag fejkade empati med henne.", False),  # "I faked empathy with her"
])
def test_swedish_faking_it_is_privative(sv_cs: Pack, text: str, earns: bool) -> None:
    result = detect(sv_cs, text)["empathy"]
    assert result.earned is earns and result.negated is not earns, result


@pytest.mark.parametrize("text, cid", [
    ("Jag följde upp med min hyresvärd om värmen.", "follow-up"),  # "with my landlord"
    ("Jag är alltid trevlig mot mina grannar.", "approachability"),  # "towards my neighbours"
])
def test_swedish_people_from_the_candidates_own_life(sv_cs: Pack, text: str, cid: str) -> None:
    result = detect(sv_cs, text)[cid]
    assert not result.earned and result.set_aside is not None and result.set_aside.rule == "sense"
    assert cid in earned(sv_cs, text.replace("min hyresvärd", "kunden").replace("mina grannar", "kunderna"))


def test_swedish_ingen_negates_its_noun_phrase_only(sv_cs: Pack) -> None:
    text = "Vi hade inget ledigt rum den kvällen och förklarade varför för kunden."
    result = detect(sv_cs, text)["communication"]
    assert result.earned and not result.negated, result
    assert detect(sv_cs, "Vi hade ingen förklaring till kunden.")["communication"].negated


def test_swedish_the_object_of_a_negated_lata_is_not_negated(sv_cs: Pack) -> None:
    result = detect(sv_cs, "Jag låter aldrig min empati försvinna, inte ens en dålig dag.")["empathy"]
    assert result.earned and not result.negated, result
    assert detect(sv_cs, "Jag har ingen empati.")["empathy"].negated


def test_telugu_an_english_verb_typed_in_latin_script_earns_and_is_negated(te_cs: Pack) -> None:
    """Candidates write English verbs inside Telugu answers ("explain చేస్తాను"): the bundled
    pack holds the common ones, and the Telugu verb after them carries the negation."""
    assert detect(te_cs, "ఎందుకు అలా అయిందో simple మాటల్లో explain చేస్తాను.")["communication"].earned
    assert detect(te_cs, "నేను కస్టమర్‌కి ఏమీ explain చేయలేదు.")["communication"].negated
