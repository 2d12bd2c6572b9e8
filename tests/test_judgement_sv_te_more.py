"""Judgement in Swedish and Telugu, third round: who the Telugu verb names as its subject, a
clause that points back at the candidate's own life, more emphasis that affirms, hearsay, life
frames and delegation, each with the cases that must still earn (or stay negated). Packs and
helpers are test_judgement's, except where a bundled pack's phrase or tip is tested.
"""

from __future__ import annotations

import pytest
from judgement_support import (
    TE_PACK,
    assert_affirmed,
    assert_aside,
    assert_negated,
    earned,
)

from coach import load_pack
from coach.lang import get_language, in_first_person
from coach.packs import Pack, load_pack_text
from coach.scoring import detect, score_answer

# -- Telugu: the verb's person ending names who acts ------------------------------------------


@pytest.mark.parametrize("text, cid, verb", [
    ("కస్టమర్ ఓపికగా ఎదురుచూశారు.", "patience", "ఎదురుచూశారు"),  # "the customer waited patiently"
    ("ఆయన చాలా ఓపికగా మాట్లాడారు.", "patience", "మాట్లాడారు"),  # "he spoke patiently"
    ("టెక్నీషియన్ మరుసటి రోజు ఫాలో అప్ చేస్తాడు.", "follow-up", "చేస్తాడు"),  # "he follows up"
    # quoted: "I felt she spoke with empathy", "I told the customer the technician would
    # follow up"
    ("ఆమె సానుభూతితో మాట్లాడారని నాకు అనిపించింది.", "empathy", "మాట్లాడారని"),
    ("టెక్నీషియన్ ఫాలో అప్ చేస్తారని కస్టమర్‌కు చెప్పాను.", "follow-up", "చేస్తారని"),
    # the keyword's own verb: "the technician solved the problem"
    ("టెక్నీషియన్ సమస్యను పరిష్కరించారు.", "problem-resolution", "పరిష్కరించారు"),
])
def test_telugu_someone_elses_verb_never_earns(te_rules_pack: Pack, text: str, cid: str, verb: str) -> None:
    assert_aside(te_rules_pack, text, cid, "subject", verb)


@pytest.mark.parametrize("text, cid, verb", [
    # a clause chained to the next by its conjunctive participle (-ి, "having listened") has
    # its subject on the next clause's verb: "the technician listened patiently and solved it"
    ("టెక్నీషియన్ ఓపికగా విని, సమస్యను పరిష్కరించారు.", "patience", "పరిష్కరించారు"),
    # two links: "he listened patiently, phoned the next day and followed up"
    ("ఆయన ఓపికగా విని, మరుసటి రోజు ఫోన్ చేసి, ఫాలో అప్ చేశారు.", "patience", "చేశారు"),
])
def test_telugu_a_chained_clause_takes_the_next_verbs_person(te_rules_pack: Pack, text: str, cid: str,
                                                              verb: str) -> None:
    assert_aside(te_rules_pack, text, cid, "subject", verb)


@pytest.mark.parametrize("text", [
    "నేను ఓపికగా విని, సమస్యను పరిష్కరించాను.",  # "I listened patiently and solved it"
    "ఓపికగా విని. ఆయన సంతోషపడ్డారు.",  # the next sentence's verb is not the chain's
    "ఓపికగా వినడం ముఖ్యం, ఆయన సంతోషపడ్డారు.",  # no participle: the clause is not chained
])
def test_telugu_a_chain_ends_with_the_candidates_verb_or_its_sentence(te_rules_pack: Pack, text: str) -> None:
    assert_affirmed(te_rules_pack, text, "patience")


@pytest.mark.parametrize("text, cid", [
    ("నేను ఓపికగా విన్నాను, ఆయన శాంతించారు.", "patience"),  # the customer calms in a clause of his own
    ("ఆయన అరిచారు, నేను ఓపికగా విన్నాను.", "patience"),
    ("మేము మరుసటి రోజు ఫాలో అప్ చేశాం.", "follow-up"),  # "we"
    ("నేను ఫాలో అప్ చేస్తానని కస్టమర్‌కు చెప్పాను.", "follow-up"),  # "I said I would"
    # a subordinate clause ends the search: "after I followed up the customer was happy",
    # "if you speak with empathy customers calm down", "after I explained patiently…"
    ("నేను ఫాలో అప్ చేసిన తర్వాత కస్టమర్ సంతోషపడ్డారు.", "follow-up"),
    ("సానుభూతితో మాట్లాడితే కస్టమర్లు శాంతిస్తారు.", "empathy"),
    ("నేను ఓపికగా వివరించాక కస్టమర్ అర్థం చేసుకున్నారు.", "patience"),
])
def test_telugu_the_candidates_own_verb_still_earns(te_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(te_rules_pack, text, cid)


def test_telugu_a_deflection_is_named_before_the_verb() -> None:
    """"ఫాలో అప్ కూడా వాళ్ళే చేస్తారు" is a hand-off: the deflection rule, which says more,
    names it, not the verb's person."""
    pack = load_pack_text(TE_PACK)
    assert_aside(pack, "ఫాలో అప్ కూడా వాళ్ళే చేస్తారు.", "follow-up", "deflection", "వాళ్ళే చేస్తారు")


def test_telugu_tips_in_the_first_person_swap_the_verbs_person() -> None:
    """The tips say "show that you (honorific) do …" (-ారని): as the candidate says them, the
    verb is first person (-ానని), and the tip earns its criterion."""
    te = get_language("te")
    said = in_first_person("సమస్యను త్వరగా పరిష్కరిస్తారని, కస్టమర్‌ను వేచి ఉంచరని చూపించండి.", te)
    assert said == "సమస్యను త్వరగా పరిష్కరిస్తానని, కస్టమర్‌ను వేచి ఉంచనని చూపిస్తాను."
    pack = load_pack("customer-service-te")
    for cid in ("timeliness", "realistic-expectations"):
        tip = pack.rubric.criteria[cid].tip
        assert cid in earned(pack, in_first_person(tip, te)), tip


def test_telugu_a_first_person_verb_is_not_a_bare_keyword() -> None:
    """"…, ఫ్రెష్‌గా పలకరిస్తాను" ("…, I greet them fresh") says who does it, as "I greet"
    does: the model answer that holds it is not stuffing; a bare list still is."""
    pack = load_pack("customer-service-te")
    model = pack.question("stay-positive").model_answer
    assert score_answer(pack, "stay-positive", model).stuffing is None
    bare = "సానుభూతి. గౌరవం. ఫ్లెక్సిబుల్. ఫాలో అప్. సానుభూతి. గౌరవం. ఫ్లెక్సిబుల్. ఫాలో అప్."
    assert score_answer(pack, "angry-customer", bare).stuffing is not None


# -- a clause that points back at the candidate's own life -------------------------------------


@pytest.mark.parametrize("pack_id, text, cid, trigger", [
    ("customer-service-te", "నేను క్రికెట్ ఆడతాను, అదే నా ప్యాషన్.", "passion", "క్రికెట్"),
    ("customer-service-sv", "Jag spelar fotboll, det är min stora passion för livet.", "passion",
     "fotboll"),
])
def test_a_clause_pointing_back_shares_its_sense(pack_id: str, text: str, cid: str,
                                                 trigger: str) -> None:
    pack = load_pack(pack_id)
    assert_aside(pack, text, cid, "sense", trigger)


@pytest.mark.parametrize("pack_id, text, cid", [
    ("customer-service-te", "కస్టమర్లకు సహాయం చేస్తాను, అదే నా ప్యాషన్.", "passion"),
    ("customer-service-sv", "Jag hjälper kunder varje dag, det är min passion för livet.", "passion"),
    # the pointing word opens no clause of its own: no sense carried over
    ("customer-service-sv", "Jag spelar fotboll. Jag har passion för att hjälpa kunder.", "passion"),
])
def test_a_clause_pointing_back_at_service_still_earns(pack_id: str, text: str, cid: str) -> None:
    assert cid in earned(load_pack(pack_id), text)


# -- more emphasis that affirms ----------------------------------------------------------------


@pytest.mark.parametrize("text, cid, negated, cue", [
    # "never lose patience" / "lost my patience"
    ("Jag tappar aldrig tålamodet med en kund.", "patience",
     "Jag tappade tålamodet med kunden.", "tappade"),
    # "never skip following up" / "I didn't follow up"
    ("Jag hoppar aldrig över att följa upp.", "follow-up", "Jag följde inte upp.", "inte"),
    # "never anything but honest"
    ("Jag skulle aldrig vara annat än ärlig mot en kund.", "honesty",
     "Jag var inte ärlig mot kunden.", "inte"),
])
def test_swedish_more_emphasis(sv_rules_pack: Pack, text: str, cid: str, negated: str, cue: str) -> None:
    assert_affirmed(sv_rules_pack, text, cid)
    assert_negated(sv_rules_pack, negated, cid, cue)


def test_swedish_losing_something_else_is_no_negation(sv_rules_pack: Pack) -> None:
    assert_affirmed(sv_rules_pack, "Jag tappade mobilen men var tålmodig med kunden.", "patience")
    assert_affirmed(sv_rules_pack, "Jag hoppade in för en kollega och följde upp med kunden.", "follow-up")


@pytest.mark.parametrize("text, cid, negated, cue", [
    # "I never lose patience" / "I lost patience"
    ("నేను ఎప్పుడూ ఓపిక కోల్పోలేదు.", "patience", "నేను ఓపిక కోల్పోయాను.", "కోల్పోయాను"),
    # a negative participle negates ("I'm an employee who doesn't show empathy"); with a
    # negation after it, a double negative ("not one day I don't show empathy")
    ("కస్టమర్ పట్ల సానుభూతి చూపించని రోజు నాకు ఒక్కటి కూడా లేదు.", "empathy",
     "సానుభూతి చూపించని ఉద్యోగి నేను.", "చూపించని"),
    ("ఫాలో అప్ చేయని కస్టమర్ ఒక్కరు కూడా లేరు.", "follow-up",
     "నేను ఫాలో అప్ చేయని కస్టమర్ మళ్ళీ వచ్చారు.", "చేయని"),
])
def test_telugu_more_emphasis(te_rules_pack: Pack, text: str, cid: str, negated: str, cue: str) -> None:
    assert_affirmed(te_rules_pack, text, cid)
    assert_negated(te_rules_pack, negated, cid, cue)


def test_telugu_a_day_i_do_not_go_the_extra_mile_is_none(te_cs: Pack) -> None:
    """"ఎక్స్‌ట్రా మైల్ వెళ్ళని రోజు లేదు": no day I don't go the extra mile."""
    assert_affirmed(te_cs, "ఎక్స్‌ట్రా మైల్ వెళ్ళని రోజు లేదు.", "exceeding-expectations")
    assert_negated(te_cs, "నేను ఎక్స్‌ట్రా మైల్ వెళ్ళను.", "exceeding-expectations", "వెళ్ళను")


# -- hearsay, life frames, delegation ----------------------------------------------------------


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag har fått höra att jag är väldigt tålmodig.", "patience", "Jag har fått höra"),
    ("Kunderna förväntar sig att jag följer upp.", "follow-up", "förväntar sig att jag"),
    ("Chefen vill att jag ska vara flexibel.", "flexibility", "vill att jag ska"),
])
def test_swedish_hearsay_never_earns(sv_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "hearsay", trigger)
    # what the candidate does, and what customers say of it afterwards, still earns
    assert "follow-up" in earned(sv_rules_pack, "Jag följer alltid upp, det har kunderna sagt att de uppskattar.")


@pytest.mark.parametrize("text, cid, trigger", [
    # "everyone says I'm very patient", "customers expect me to follow up"
    ("నేను చాలా ఓపికగా ఉంటానని అందరూ అంటారు.", "patience", "అందరూ అంటారు"),
    ("కస్టమర్లు ఫాలో అప్ చేయాలని నా నుంచి ఆశిస్తారు.", "follow-up", "నా నుంచి ఆశిస్తారు"),
])
def test_telugu_hearsay_never_earns(te_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, cid, "hearsay", trigger)
    # "I tell the customer I'll follow up": the candidate's own saying still earns
    assert "follow-up" in earned(te_rules_pack, "నేను మరుసటి రోజు ఫాలో అప్ చేస్తాను అని కస్టమర్‌కు చెప్పాను.")


@pytest.mark.parametrize("text, cid, trigger", [
    ("నా ఫ్రీ టైమ్‌లో నేను చాలా ఓపికగా ఉంటాను.", "patience", "నా ఫ్రీ టైమ్‌లో"),
    ("నేను ట్రావెల్ చేసేటప్పుడు ఫ్లెక్సిబుల్‌గా ఉంటాను.", "flexibility",
     "నేను ట్రావెల్ చేసేటప్పుడు"),
])
def test_telugu_life_frames_never_earn(te_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, cid, "sense", trigger)
    assert "patience" in earned(te_rules_pack, "నేను కస్టమర్లతో ఎప్పుడూ ఓపికగా ఉంటాను.")


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag låter kollegan lösa problemet.", "problem-resolution", "låter kollegan"),
    ("Jag mejlar teknikerna, de skulle följa upp.", "follow-up", "de skulle"),
])
def test_swedish_work_left_to_others_never_earns(sv_rules_pack: Pack, text: str, cid: str,
                                                 trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "deflection", trigger)


@pytest.mark.parametrize("text, cid", [
    ("Jag lät kunden välja och sedan följde jag upp.", "follow-up"),
    ("Jag bad chefen om lov och löste problemet själv.", "problem-resolution"),
])
def test_swedish_letting_a_customer_choose_still_earns(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert cid in earned(sv_rules_pack, text)
    assert detect(sv_rules_pack, text)[cid].set_aside is None


@pytest.mark.parametrize("pack_id, stuffed, genuine", [
    ("customer-service-sv",
     "God kundservice är empati, respekt, snabbhet, personlig service, vänlighet, ärlighet och "
     "att överträffa förväntningarna. Empati, respekt, snabbhet. Personlig service och det "
     "lilla extra. Empati och respekt, alltid empati och respekt.",
     "Empati är grunden för mig. När en kund var arg över en sen leverans visade jag empati och "
     "lyssnade klart innan jag bokade om. Den empatin gjorde att hon lugnade sig."),
    ("customer-service-te",
     "మంచి సర్వీస్ అంటే సానుభూతి, గౌరవం, వేగం, వ్యక్తిగత శ్రద్ధ, నిజాయితీ, అంచనాలను మించి. "
     "సానుభూతి, గౌరవం, త్వరగా. వ్యక్తిగత శ్రద్ధ, సర్‌ప్రైజ్. సానుభూతి, గౌరవం, ఎప్పుడూ "
     "సానుభూతి, గౌరవం.",
     "నాకు సానుభూతి చాలా ముఖ్యం. ఒక కస్టమర్ డెలివరీ ఆలస్యమై కోపంగా ఉన్నప్పుడు సానుభూతితో "
     "విన్నాను, తర్వాత రీబుక్ చేశాను. ఆ సానుభూతి వల్లే ఆమె శాంతించారు."),
])
def test_a_keyword_repeated_across_a_stuffed_answer_is_hollow(pack_id: str, stuffed: str,
                                                              genuine: str) -> None:
    """In an answer found stuffed, a keyword said three times or more anywhere in it earns
    nothing, even where its first clause says a little more ("God kundservice är empati");
    in a genuine answer the same repetition still earns."""
    pack = load_pack(pack_id)
    result = score_answer(pack, "good-service-meaning", stuffed)
    assert result.stuffing is not None
    empathy = {c.id: c for c in result.criteria}["empathy"]
    assert not empathy.earned and empathy.set_aside is not None
    assert empathy.set_aside.rule == "stuffing"
    kept = score_answer(pack, "good-service-meaning", genuine)
    assert kept.stuffing is None and "empathy" in {c.id for c in kept.criteria if c.earned}


def test_swedish_friendly_to_the_customer_is_no_friendly_customer() -> None:
    """The bundled pack's exclusions matched with their words reordered: "kunden var trevlig"
    set aside the plain claim "jag var alltid trevlig mot kunderna". A customer who was
    friendly after the fact is still no claim of the candidate's."""
    pack = load_pack("customer-service-sv")
    assert_affirmed(pack, "Jag var alltid trevlig mot kunderna.", "approachability")
    assert_affirmed(pack, "Jag var trevlig mot kunden hela tiden.", "approachability")
    assert_aside(pack, "Då var han trevlig igen.", "approachability", "exclusion",
                 "var han trevlig")


def test_swedish_what_the_guest_asks_for_is_their_request(sv_cs: Pack) -> None:
    found = detect(sv_cs, "Gästen ville ha fler alternativ.")["flexibility"]
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "subject"
    assert detect(sv_cs, "Jag gav henne två alternativ.")["flexibility"].earned


@pytest.mark.parametrize("text, cid", [
    ("Mina alternativ var antingen lagret eller butiken.", "flexibility"),
    ("Jag följde upp min egen ansökan med ett samtal.", "follow-up"),
    ("Jag följer alltid upp mina jobbansökningar.", "follow-up"),
    ("Jag var respektfull mot läraren på gymnasiet.", "respect"),
    ("Den nya kassan är väldigt snabb.", "timeliness"),
    ("Vi hade en trevlig semester i Grekland.", "approachability"),
])
def test_swedish_own_life_and_things_earn_nothing(sv_cs: Pack, text: str, cid: str) -> None:
    assert not detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Jag gav kunden två alternativ och löste det samma dag.", "flexibility"),
    ("Jag är alltid trevlig mot kunderna i kassan.", "approachability"),
    ("Jag var snabb i kassan och kunden slapp vänta.", "timeliness"),
])
def test_swedish_service_at_the_till_still_earns(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Med respekt, butiken var full den dagen.", "respect"),
    ("För att förklara, butiken var full den dagen.", "communication"),
    ("För att följa upp det, butiken var full den dagen.", "follow-up"),
    ("Snabbt sagt, butiken var full den dagen.", "timeliness"),
    ("Lite snabbt, butiken var full den dagen.", "timeliness"),
])
def test_swedish_signposts_to_the_interviewer_are_markers(sv_cs: Pack, text: str, cid: str) -> None:
    assert not detect(sv_cs, text)[cid].earned


@pytest.mark.parametrize("text, cid", [
    ("Jag bemötte alla med respekt.", "respect"),
    ("Jag ringde för att följa upp det dagen efter.", "follow-up"),
    ("Jag tog mig tid för att förklara avgiften.", "communication"),
])
def test_swedish_signpost_words_said_as_a_claim_still_earn(sv_cs: Pack, text: str, cid: str) -> None:
    assert detect(sv_cs, text)[cid].earned


def test_telugu_a_transitive_negative_of_the_third_person_is_someone_elses(te_cs: Pack) -> None:
    # "a very smart system, it doesn't make anyone wait long" / "I don't make anyone wait long"
    result = detect(te_cs, "చాలా స్మార్ట్ సిస్టమ్, ఎవరినీ ఎక్కువ సేపు వెయిట్ చేయించదు.")["timeliness"]
    assert not result.earned
    assert result.set_aside is not None and result.set_aside.rule == "subject"
    assert detect(te_cs, "నేను ఎవరినీ ఎక్కువ సేపు వెయిట్ చేయించను.")["timeliness"].earned


def test_swedish_hen_is_someone_else(sv_cs: Pack) -> None:
    # the gender-neutral "hen" is a third person like "hon" and "han": "det är hen som bestämmer"
    text = "Jag hänvisar till min chef, det är ju hen som bestämmer om undantag."
    assert "flexibility" not in earned(sv_cs, text)
    assert "flexibility" in earned(sv_cs, "Jag gjorde ett undantag för henne eftersom hon var sjuk.")


def test_swedish_sitta_och_is_one_predicate_within_a_negation(sv_cs: Pack) -> None:
    # "sitta och leta" is one predicate: the negation before it reaches the keyword
    text = "Policyn finns där av en anledning, så jag brukar inte sitta och leta efter andra lösningar."
    assert detect(sv_cs, text)["problem-resolution"].negated
    assert "problem-resolution" in earned(sv_cs, "Jag satt och letade efter andra lösningar åt henne.")


def test_swedish_a_fronted_object_with_an_adverb_is_still_negated(sv_cs: Pack) -> None:
    # "Uppföljning efteråt gör jag däremot inte": time and stance adverbs around the verb
    text = "Uppföljning efteråt gör jag däremot inte så mycket, det hinns inte med."
    assert detect(sv_cs, text)["follow-up"].negated
    assert "follow-up" in earned(sv_cs, "Uppföljning efteråt gör jag alltid, jag ringer dagen efter.")


def test_telugu_will_not_be_endings_negate(te_cs: Pack) -> None:
    # గుర్తుండవు / గుర్తుండదు: "(names) will not stay in mind", "I never remember names"
    assert detect(te_cs, "నాకైతే పేర్లు అస్సలు గుర్తుండవు, సిస్టమ్ ఉంది కదా.")["personalization"].negated


def test_telugu_a_device_described_is_a_thing(te_cs: Pack) -> None:
    # "our new routers are very reliable": the device's reliability, not the candidate's
    text = "మా కొత్త రౌటర్లు కూడా చాలా రిలయబుల్, అవి పెద్దగా ఫెయిల్ అవ్వవు."
    assert "reliability" not in earned(te_cs, text)


def test_telugu_a_thing_after_a_fronted_keyword_does_it(te_cs: Pack) -> None:
    # "as for the personal touch, our app sees to it"; with the candidate's verb it is theirs
    assert "personalization" not in earned(te_cs, "పర్సనల్ టచ్ సంగతి మా యాప్ చూసుకుంటుంది.")
    assert "personalization" in earned(te_cs, "పర్సనల్ టచ్ కోసం నేను యాప్ వాడతాను.")


def test_telugu_skills_to_improve_are_the_candidates_own_goal(te_cs: Pack) -> None:
    # "here my English and communication skills will improve too": the candidate's own goal
    text = "ఇక్కడ నా ఇంగ్లీష్, కమ్యూనికేషన్ స్కిల్స్ కూడా ఇంప్రూవ్ అవుతాయని అనుకుంటున్నాను."
    assert "communication" not in earned(te_cs, text)


def test_swedish_an_infinitive_taken_up_by_det_is_negated_with_its_clause(sv_cs: Pack) -> None:
    # "Att … informera om hur lång väntetiden är, det gör jag inte": the clause after negates it
    text = "Men att gå ut längs kön och informera om hur lång väntetiden är, det gör jag ärligt talat inte."
    assert detect(sv_cs, text)["communication"].negated
    done = "Att gå ut längs kön och informera om hur lång väntetiden är, det gör jag alltid."
    assert "communication" in earned(sv_cs, done)


def test_swedish_a_long_infinitive_taken_up_by_det_is_still_negated(sv_cs: Pack) -> None:
    # the cue stands far past the match ("ringa tillbaka … leveransen, det gör jag inte"):
    # the quick test for a cue near the match must look as far as the clause that takes it up
    long = ("Att ringa tillbaka till kunden dagen efter och fråga hur det gick med leveransen, "
            "det gör jag inte.")
    assert detect(sv_cs, long)["follow-up"].negated
    assert "follow-up" in earned(sv_cs, long.replace("inte", "alltid"))


@pytest.mark.parametrize("text", [
    "Jag anpassar mig snabbt när planerna ändras.",
    "Men för att vara ärlig skakar jag av mig det ganska snabbt.",
    "I influensatider blir det kaos snabbt på apoteket.",
])
def test_swedish_quick_to_adapt_or_chaos_coming_quickly_is_no_timeliness(sv_cs: Pack, text: str) -> None:
    # the pack's exclusions: the candidate's own mind, or chaos, not help given quickly
    assert "timeliness" not in earned(sv_cs, text)
    assert "timeliness" in earned(sv_cs, "Jag hjälpte kunden snabbt.")


def test_swedish_int_is_inte_as_typed(sv_cs: Pack) -> None:
    text = "Jag brukar int säga hela sanningen direkt, man vill ju inte göra kunden besviken."
    assert detect(sv_cs, text)["realistic-expectations"].negated


def test_swedish_for_me_as_a_customer_opens_a_customer_scene(sv_cs: Pack) -> None:
    text = ("God kundservice för mig som kund betyder att det går snabbt. Och att min bank har en app "
            "som svarar direkt dygnet runt, det är pålitligt tycker jag.")
    assert "reliability" not in earned(sv_cs, text) and "timeliness" not in earned(sv_cs, text)


def test_telugu_roles_typed_in_latin_script_are_someone_else(te_cs: Pack) -> None:
    result = detect(te_cs, "మా manager ఎప్పుడూ నవ్వుతూ పలకరిస్తారు.")["approachability"]
    assert not result.earned and result.set_aside is not None and result.set_aside.phrase == "manager"
