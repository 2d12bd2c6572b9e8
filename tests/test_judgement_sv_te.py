"""Judgement in Swedish and Telugu, second round: the language data and the one mechanism
(privative endings, Telugu చేయకుండా "without doing") behind each rule, with the cases that
must still earn and still be negated. Packs and helpers are test_judgement's, so these tests do
not depend on the bundled packs' keyword lists, except where a bundled pack's phrase is tested.
"""

from __future__ import annotations

import pytest
from judgement_support import (
    SV_PACK,
    TE_PACK,
    assert_affirmed,
    assert_aside,
    assert_negated,
    earned,
    fillers,
)

from coach import load_pack
from coach.packs import Pack, load_pack_text
from coach.scoring import detect

# -- Swedish ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, cid", [
    # "inte heller något valfritt": "heller" and "något" carry no meaning between cue and word
    ("Respekt är inte heller något valfritt.", "respect"),
    ("Jag slutar aldrig följa upp förrän kunden är nöjd.", "follow-up"),
    ("Det finns inget alternativ till ärlighet.", "honesty"),
    ("Det finns inget substitut för respekt.", "respect"),
])
def test_swedish_emphasis_earns(sv_rules_pack: Pack, text: str, cid: str) -> None:
    assert_affirmed(sv_rules_pack, text, cid)


def test_swedish_until_ends_a_negation_but_not_one_before_it(sv_rules_pack: Pack) -> None:
    """"inte … förrän" ("not … until") affirms what follows "förrän"; a cue after it still
    negates."""
    assert_affirmed(sv_rules_pack, "Jag ger mig inte förrän jag har kunnat lösa problemet.",
                    "problem-resolution")
    assert_negated(sv_rules_pack, "Jag väntade tills kunden ringde och följde aldrig upp.", "follow-up",
                   "aldrig")
    # "alternativ" is emphasis only beside a negation: a refused alternative stays refused
    bundled = load_pack("customer-service-sv")
    assert_negated(bundled, "Jag erbjöd inget alternativ.", "flexibility", "inget")


@pytest.mark.parametrize("text, cid, cue", [
    ("Det är sällan jag visar empati.", "empathy", "sällan"),  # "rarely"
    ("Jag har knappt visat någon empati.", "empathy", "knappt"),  # "hardly"
    ("Jag visade brist på respekt.", "respect", "brist"),  # "lack of"
    ("Jag vägrade göra ett undantag.", "flexibility", "vägrade"),  # "refused"
])
def test_swedish_more_negations(sv_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(sv_rules_pack, text, cid, cue)
    # "brist på" ("lack of") negated is emphasis, as "utan" is
    assert_affirmed(sv_rules_pack, "Det fanns aldrig någon brist på empati hos mig.", "empathy")


@pytest.mark.parametrize("text, cid, marker", [
    ("Rent ärligt var jag trött den dagen.", "honesty", "Rent ärligt"),
    ("Ska jag vara ärlig så var kön alldeles för lång.", "honesty", "Ska jag vara ärlig"),
    ("Jag ska vara ärlig med dig, jag har inte jobbat i butik förut.", "honesty",
     "Jag ska vara ärlig med dig"),
])
def test_swedish_more_idioms_never_earn(sv_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "idiom", marker)
    # The same words as a claim about customers still earn.
    assert "honesty" in earned(sv_rules_pack, "Jag ska vara ärlig mot kunden om leveranstiden.")


def test_swedish_respect_for_a_fact_is_a_figure_of_speech(sv_rules_pack: Pack) -> None:
    # "I have great respect for the fact that the job can be hard": a fact acknowledged
    assert_aside(sv_rules_pack, "Jag har stor respekt för att jobbet kan vara tungt.", "respect",
                 "idiom", "har stor respekt för att")
    # "I show respect so that the customer feels safe" is a claim
    assert "respect" in earned(sv_rules_pack, "Jag visar respekt för att kunden ska känna sig trygg.")


def test_swedish_fillers_count_expectation_markers(sv_rules_pack: Pack) -> None:
    assert fillers(sv_rules_pack, "Som förväntat var paketet sent, så jag ringde tillbaka.") == \
        {"som förväntat": 1}
    # "Sanningen är att …" ("the truth is …") is a marker, not honesty toward a customer
    bundled = load_pack("customer-service-sv")
    assert_aside(bundled, "Sanningen är att jag inte gillar telefon.", "realistic-expectations",
                 "idiom", "Sanningen är att")


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag är flexibel kring mina föreläsningar.", "flexibility", "mina föreläsningar"),
    ("Jag vill följa upp mina mål varje vecka.", "follow-up", "mina mål"),
    ("Jag är tålmodig med mina kompisar.", "patience", "mina kompisar"),
    ("Jag är flexibel eftersom jag pluggar på distans.", "flexibility", "jag pluggar"),
    ("Jag är tålmodig med min lillebror.", "patience", "min lillebror"),
])
def test_swedish_own_life_never_earns(sv_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "sense", trigger)


def test_swedish_a_customers_race_is_not_the_candidates_life() -> None:
    """A race in the customer's story is no hobby of the candidate's, and "löpning" (running)
    is no "lösning" (solution)."""
    pack = load_pack("customer-service-sv")
    story = ("Dottern skulle köra sitt första lopp, så jag lagade cykeln. På måndagen ringde jag "
             "dem för att höra hur loppet hade gått.")
    assert "follow-up" in earned(pack, story)
    assert "problem-resolution" not in earned(pack, "Jag brinner för löpning.")


@pytest.mark.parametrize("text, cid, trigger", [
    ("Jag skickar kunden vidare till chefen, som får lösa problemet.", "problem-resolution",
     "vidare till chefen"),
    ("Sånt följer teknikerna upp, inte vi.", "follow-up", "inte vi"),
    ("Det får chefen lösa problemet, det är inte mitt jobb.", "problem-resolution",
     "får chefen lösa"),
    ("Det ligger utanför mitt ansvar, så jag ber dem ringa support som kan lösa problemet.",
     "problem-resolution", "utanför mitt ansvar"),
    ("Jag eskalerar och går tillbaka till min kassa, så får hon lösa problemet.",
     "problem-resolution", "tillbaka till min kassa"),
    ("Jag låter chefen ta över och följa upp.", "follow-up", "låter chefen ta över"),
])
def test_swedish_more_deflections_never_earn(sv_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(sv_rules_pack, text, cid, "deflection", trigger)
    # Asking the manager first and then owning it still earns.
    owned = "Jag frågade chefen om lov och sedan löste jag problemet själv och följde upp."
    assert {"problem-resolution", "follow-up"} <= earned(sv_rules_pack, owned)


# -- Telugu ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, cid, cue, emphatic", [
    # -కుండా ("without doing") on the keyword's verb, and లేకుండా after its noun, negate; a
    # negation later in the sentence makes the pair emphasis, which still earns.
    ("ఫాలో అప్ చేయకుండానే కాల్ ముగించాను.", "follow-up", "చేయకుండానే",  # "ended the call without"
     "ఫాలో అప్ చేయకుండా ఏ కస్టమర్‌నూ పంపించను."),  # "I never send anyone off without"
    ("సానుభూతి లేకుండా మాట్లాడాను.", "empathy", "లేకుండా",  # "I spoke without empathy"
     "సానుభూతి లేకుండా కస్టమర్ సర్వీస్ చేయలేం."),  # "without empathy we can't" (-లేం)
    ("నేను సమస్యను పరిష్కరించకుండా వెళ్ళిపోయాను.", "problem-resolution", "పరిష్కరించకుండా",
     "సమస్యను పరిష్కరించకుండా నేను వదిలిపెట్టను."),  # "I won't drop it unsolved"
    ("ఫాలో అప్ చేయడం అసాధ్యం.", "follow-up", "అసాధ్యం",  # "following up is impossible"
     "ఫాలో అప్ చేయకుండా కేసు క్లోజ్ చేయడం అసాధ్యం."),
])
def test_telugu_without_negates_unless_negated(te_rules_pack: Pack, text: str, cid: str, cue: str,
                                               emphatic: str) -> None:
    assert_negated(te_rules_pack, text, cid, cue)
    assert_affirmed(te_rules_pack, emphatic, cid)


@pytest.mark.parametrize("text, cid, cue", [
    ("నేను ఎప్పుడూ ఫ్లెక్సిబుల్‌గా ఉండను.", "flexibility", "ఉండను"),  # "I'm never flexible"
    ("నేను ఓపికగా ఉండలేకపోయాను.", "patience", "ఉండలేకపోయాను"),  # "I couldn't stay patient"
    ("సానుభూతి చూపించడం నాకు నచ్చదు.", "empathy", "నచ్చదు"),  # "I don't like showing empathy"
    ("మినహాయింపు ఇవ్వడానికి నేను నిరాకరించాను.", "flexibility", "నిరాకరించాను"),  # "refused"
])
def test_telugu_more_negative_verbs(te_rules_pack: Pack, text: str, cid: str, cue: str) -> None:
    assert_negated(te_rules_pack, text, cid, cue)
    assert_affirmed(te_rules_pack, "నేను ఎప్పుడూ కస్టమర్ కోసం ఫ్లెక్సిబుల్‌గా ఉంటాను.", "flexibility")


def test_telugu_until_ends_a_negation(te_rules_pack: Pack) -> None:
    """"… పరిష్కరించే వరకు కాల్ కట్ చేయను" ("I won't end the call until it's solved"): what
    comes before "until" is not negated by the verb after it; a negative verb on the
    keyword's own word still is."""
    assert_affirmed(te_rules_pack, "సమస్యను పరిష్కరించే వరకు కాల్ కట్ చేయను.", "problem-resolution")
    assert_negated(te_rules_pack, "నేను సమస్యను పరిష్కరించను.", "problem-resolution", "పరిష్కరించను")


def test_telugu_fillers_count_admissions(te_rules_pack: Pack) -> None:
    assert fillers(te_rules_pack, "నేను ఒప్పుకోవాలి, ఆ రోజు క్యూ చాలా పొడవుగా ఉంది.") == {"నేను ఒప్పుకోవాలి": 1}


@pytest.mark.parametrize("text, cid, marker", [
    # "I'll tell you the truth, …" and "I say it with respect, …" address the interviewer
    ("నేను మీకు నిజం చెప్తాను, నాకు రిటైల్ అనుభవం తక్కువ.", "honesty", "మీకు నిజం చెప్తాను"),
    ("గౌరవంతో చెప్తున్నాను, ఆ రూల్ సరైనది కాదు.", "respect", "గౌరవంతో చెప్తున్నాను"),
])
def test_telugu_more_idioms_never_earn(te_rules_pack: Pack, text: str, cid: str, marker: str) -> None:
    assert_aside(te_rules_pack, text, cid, "idiom", marker)
    assert "honesty" in earned(te_rules_pack, "నేను కస్టమర్లకు ఎప్పుడూ నిజం చెప్తాను.")


@pytest.mark.parametrize("text, cid, trigger", [
    ("నా లక్ష్యాలను ప్రతి వారం ఫాలో అప్ చేస్తాను.", "follow-up", "నా లక్ష్యాలను"),
    ("నేను షిఫ్టుల విషయంలో ఫ్లెక్సిబుల్‌గా ఉంటాను.", "flexibility", "షిఫ్టుల విషయంలో"),
    ("రేస్‌లో నేను అంచనాలను మించి పరిగెత్తాను.", "exceeding-expectations", "రేస్‌లో"),
    ("నేను నా తమ్ముడితో చాలా ఓపికగా ఉంటాను.", "patience", "నా తమ్ముడితో"),
    ("నా కాలేజీ టైమ్ అయిపోయాక నేను ఫ్లెక్సిబుల్.", "flexibility", "నా కాలేజీ"),
])
def test_telugu_own_life_never_earns(te_rules_pack: Pack, text: str, cid: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, cid, "sense", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("ఫాలో అప్ కూడా వాళ్ళే చేస్తారు.", "వాళ్ళే చేస్తారు"),  # "they do the follow-up too"
    ("రిపేర్లు మా సెక్షన్ కాదు, సర్వీస్ సెంటర్ ఫాలో అప్ చేస్తుంది.", "మా సెక్షన్ కాదు"),
    # "I hand it to the manager and mind my own work; he follows up"
    ("మేనేజర్‌కి అప్పగించి నా పని నేను చూసుకుంటాను, ఆయన ఫాలో అప్ చేస్తారు.",
     "మేనేజర్‌కి అప్పగించి"),
    ("ఆ సమస్య నా పరిధిలో లేదు, కాబట్టి ఫాలో అప్ హెడ్ ఆఫీస్ చేస్తుంది.", "నా పరిధిలో లేదు"),
])
def test_telugu_more_deflections_never_earn(te_rules_pack: Pack, text: str, trigger: str) -> None:
    assert_aside(te_rules_pack, text, "follow-up", "deflection", trigger)


def test_telugu_the_handset_is_not_a_call() -> None:
    """ఫోన్ is the handset as well as a call: "after the repair the phone broke again" is
    neither follow-up nor a repair by the candidate (the bundled pack's exclusions)."""
    pack = load_pack("customer-service-te")
    text = "రిపేర్ చేసిన తర్వాత కూడా ఫోన్ మళ్ళీ పాడైందని ఒకావిడ చాలా కోపంగా వచ్చారు."
    results = detect(pack, text)
    assert not results["follow-up"].earned and not results["problem-resolution"].earned
    assert "follow-up" in earned(pack, "వారం తర్వాత ఫోన్ చేసి కొత్తది బాగా పనిచేస్తోందా అని అడిగాను.")


@pytest.mark.parametrize("pack_id, story, claim", [
    # a queue or a temper that grows fast is no quick help; helping quickly is
    ("customer-service-sv", "Kön växte snabbt den morgonen.", "Jag hjälpte honom snabbt."),
    ("customer-service-te", "లైన్ చాలా వేగంగా పెరిగింది.", "నేను వెంటనే రీఫండ్ ఇచ్చాను."),
    ("customer-service-te", "ఆయన వెంటనే అరవడం మొదలుపెట్టారు.", "నేను త్వరగా సమస్య చూశాను."),
])
def test_bundled_timeliness_words_in_narration_do_not_earn(pack_id: str, story: str,
                                                           claim: str) -> None:
    pack = load_pack(pack_id)
    assert "timeliness" not in earned(pack, story)
    assert "timeliness" in earned(pack, claim)


def test_swedish_before_ends_a_negation(sv_rules_pack: Pack) -> None:
    """"aldrig … innan" ("never … before"): what follows "innan" is not negated."""
    assert_affirmed(sv_rules_pack, "Jag stänger aldrig ärendet innan jag har hunnit lösa problemet.",
                    "problem-resolution")
    assert_negated(sv_rules_pack, "Jag hann inte lösa problemet innan de stängde.", "problem-resolution",
                   "inte")


@pytest.mark.parametrize("pack_id, text, cid, opposite", [
    # a negated opposite ("never rude") is the claim; the bare opposite earns nothing
    ("customer-service-sv", "Jag är aldrig otrevlig mot kunder.", "approachability",
     "Jag var otrevlig mot kunden."),
    ("customer-service-sv", "Jag har aldrig brutit ett löfte till en kund.", "reliability",
     "Jag bröt ett löfte till en kund."),
    ("customer-service-sv", "Jag avbryter aldrig en kund.", "communication",
     "Jag avbröt kunden hela tiden."),
    ("customer-service-sv", "Ingen kund ska behöva vänta i onödan.", "timeliness",
     "Kunden fick vänta i onödan."),
    ("customer-service-sv", "Jag tröttnar aldrig på att hjälpa kunder.", "passion",
     "Jag tröttnade på att hjälpa kunder."),
    ("customer-service-te", "నేను ఎప్పుడూ కస్టమర్లతో దురుసుగా మాట్లాడను.", "respect",
     "నేను ఆ కస్టమర్‌తో దురుసుగా మాట్లాడాను."),
    ("customer-service-te", "ఎవరినీ ఎక్కువసేపు వెయిట్ చేయించను.", "timeliness",
     "కస్టమర్‌ని చాలా సేపు వెయిట్ చేయించాను."),
])
def test_bundled_negated_opposites_earn(pack_id: str, text: str, cid: str, opposite: str) -> None:
    pack = load_pack(pack_id)
    assert_affirmed(pack, text, cid)
    assert cid not in earned(pack, opposite)


def test_telugu_never_tiring_is_emphasis(te_rules_pack: Pack) -> None:
    """అలసిపోలేదు ("I never tired") is emphasis, as మర్చిపోలేదు is; a plain negative verb is not."""
    assert_affirmed(te_rules_pack, "ఫాలో అప్ చేయడంలో నేను ఎప్పుడూ అలసిపోలేదు.", "follow-up")
    assert_negated(te_rules_pack, "నేను ఫాలో అప్ చేయను.", "follow-up", "చేయను")


@pytest.mark.parametrize("pack_text, filler, counted, ordinary", [
    # Swedish "typ" is a filler, and a kind ("vilken typ av"); "liksom" is "like my colleagues"
    (SV_PACK, "Det var typ jättemycket folk, typ hela dagen.", {"typ": 2},
     "Hon frågade vilken typ av kabel hon behövde."),
    (SV_PACK, "Det var jobbigt, liksom.", {"liksom": 1}, "Jag var tålmodig, liksom mina kollegor."),
    # Telugu అసలు ("actually") and అసలు కారణం ("the real cause"); అంటే as "I mean", and in
    # "X అంటే ఇష్టం" ("I like X")
    (TE_PACK, "అసలు ఏం జరిగిందంటే, ఆ రోజు చాలా రష్ ఉంది.", {"అసలు": 1},
     "సమస్యకు అసలు కారణం ఏంటో కనుక్కున్నాను."),
    (TE_PACK, "అంటే, నేను కస్టమర్‌తో మాట్లాడాను.", {"అంటే": 1}, "నాకు ఈ పని అంటే చాలా ఇష్టం."),
])
def test_ambiguous_fillers_count_only_as_fillers(pack_text: str, filler: str,
                                                 counted: dict[str, int], ordinary: str) -> None:
    pack = load_pack_text(pack_text)
    assert fillers(pack, filler) == counted
    assert fillers(pack, ordinary) == {}


def test_an_ambiguous_hedge_counts_only_as_a_hedge() -> None:
    from coach.scoring import score_answer

    pack = load_pack_text(SV_PACK)
    said = {h.text: h.count for h in score_answer(pack, "upset", "Det tog typ en timme.").hedges}
    assert said == {"typ": 1}
    kind = score_answer(pack, "upset", "Jag frågade vilken typ av kabel det var.").hedges
    assert kind == []


@pytest.mark.parametrize("pack_text, forgot, cue, never_forgets", [
    # "forgot to follow up" negates; "never forgot to" is emphasis; a coordinator ends "forgot"
    (SV_PACK, "Jag glömde att följa upp med kunden.", "glömde",
     "Jag har aldrig glömt att följa upp."),
    (SV_PACK, "Jag missade att ringa tillbaka.", "missade", "Aldrig glömde jag att följa upp."),
    (TE_PACK, "నేను ఫాలో అప్ చేయడం మర్చిపోయాను.", "మర్చిపోయాను", "ఫాలో అప్ చేయడం మర్చిపోలేదు."),
])
def test_forgetting_negates_unless_negated(pack_text: str, forgot: str, cue: str,
                                           never_forgets: str) -> None:
    pack = load_pack_text(pack_text)
    assert_negated(pack, forgot, "follow-up", cue)
    assert_affirmed(pack, never_forgets, "follow-up")
    if pack_text is SV_PACK:
        assert_affirmed(pack, "Jag glömde kvittot hemma och ringde tillbaka senare.", "follow-up")


def test_telugu_fused_i_think_not(te_rules_pack: Pack) -> None:
    """అవసరం లేదనుకుంటాను ("I think there's no need") is a negation fused with "I think"."""
    assert_negated(te_rules_pack, "నేను సానుభూతి చూపించాల్సిన అవసరం లేదనుకుంటాను.", "empathy",
                   "లేదనుకుంటాను")


def test_telugu_claims_made_of_keywords_are_stuffing() -> None:
    """A list of first-person claims ("I show empathy. I am flexible. …") is stuffing in Telugu
    too, where the verb carries the subject: its light verbs (చూపిస్తాను, మాట్లాడతాను, పని)
    say nothing besides the keywords."""
    from coach.scoring import score_answer

    pack = load_pack("customer-service-te")
    claims = ("నేను సానుభూతి చూపిస్తాను. నేను ఫ్లెక్సిబుల్‌గా ఉంటాను. నేను గౌరవంగా మాట్లాడతాను. "
              "నేను త్వరగా పని చేస్తాను. నేను నిజాయితీగా ఉంటాను. నేను స్నేహపూర్వకంగా ఉంటాను. "
              "నేను సమస్యలు పరిష్కరిస్తాను. నేను ఫాలో అప్ చేస్తాను. నేను స్పష్టంగా వివరిస్తాను. "
              "నేను అంచనాలను మించి చేస్తాను. నాకు ప్రోడక్ట్ నాలెడ్జ్ ఉంది. నాకు ఈ పని అంటే ప్యాషన్. "
              "నేను సానుభూతి చూపిస్తాను, గౌరవంగా మాట్లాడతాను. నేను వ్యక్తిగతంగా పలకరిస్తాను. "
              "నేను బాధ్యత తీసుకుంటాను. నేను ఫాలో అప్ చేస్తాను. నేను సమస్యలు పరిష్కరిస్తాను.")
    result = score_answer(pack, "angry-customer", claims)
    assert result.stuffing is not None and result.score <= 20
    genuine = pack.question("angry-customer").model_answer
    assert score_answer(pack, "angry-customer", genuine).stuffing is None


def test_swedish_light_verbs_say_nothing_in_stuffed_claims() -> None:
    """"Jag ger personlig service." in a list of claims is the keyword and a light verb: set
    aside with the rest of the stuffing ("ger", "gör", "visar" are stop words, as "give" is)."""
    from coach.scoring import score_answer

    pack = load_pack("customer-service-sv")
    claims = ("Jag är empatisk. Jag är flexibel. Jag är respektfull. Jag är snabb. Jag är "
              "pålitlig. Jag är ärlig. Jag är vänlig och trevlig. Jag löser problem. Jag följer upp. "
              "Jag lyssnar. Jag förklarar. Jag överträffar förväntningarna. Jag ger personlig "
              "service. Jag har produktkunskap. Jag är empatisk och flexibel. Jag följer upp.")
    result = score_answer(pack, "returning-customer", claims)
    assert result.stuffing is not None
    personal = {c.id: c for c in result.criteria}["personalization"]
    assert not personal.earned and personal.set_aside is not None
    assert personal.set_aside.rule == "stuffing"


@pytest.mark.parametrize("text, cid, trigger", [
    # a keyword whose object or subject is one of the candidate's pursuits (Language.life_nouns)
    ("Jag brinner för volleyboll.", "passion", "brinner för volleyboll"),
    ("Timlönen var pålitlig.", "reliability", "Timlönen var pålitlig"),
    # a one-word keyword beside a verb of the mind (Language.mental_verbs)
    ("Jag insåg snabbt att butiken inte var något för mig.", "timeliness", "insåg snabbt"),
])
def test_swedish_pursuits_and_thoughts_never_earn(text: str, cid: str, trigger: str) -> None:
    pack = load_pack("customer-service-sv")
    assert_aside(pack, text, cid, "sense", trigger)
    # the same words about serving people still earn, and a customer's sport is no pursuit
    assert "passion" in earned(pack, "Jag brinner för att hjälpa kunder.")
    assert "timeliness" in earned(pack, "Jag hjälpte kunden snabbt.")
    assert "approachability" in earned(pack, "Jag var vänlig mot en kund som skulle ut och cykla.")


def test_telugu_a_quick_thought_is_not_quick_help() -> None:
    pack = load_pack("customer-service-te")
    assert_aside(pack, "పాలసీ సరైనది కాదని వెంటనే గ్రహించాను.", "timeliness", "sense",
                 "వెంటనే గ్రహించాను")  # "I realised at once the policy was wrong"
    assert "timeliness" in earned(pack, "నేను కస్టమర్‌కు వెంటనే రీఫండ్ ఇచ్చాను.")


def test_telugu_a_time_before_after_does_not_end_the_chained_verbs(te_cs: Pack) -> None:
    # "She listened patiently, had the refund processed the same day, and a week later even made
    # a follow-up call": "వారం తర్వాత" ("a week later") is a time, so the last verb's person
    # (చేశారు, hers) is the subject of the chained clause too.
    text = ("ఆవిడ చాలా ఓపిగ్గా విని, అదే రోజు రీఫండ్ ప్రాసెస్ చేయించి, వారం తర్వాత ఆయనకి ఫాలో "
            "అప్ కాల్ కూడా చేశారు.")
    assert_aside(te_cs, text, "timeliness", "subject", "చేశారు")
    mine = ("నేను ఓపిగ్గా విని, అదే రోజు రీఫండ్ ప్రాసెస్ చేయించి, వారం తర్వాత ఫాలో అప్ కాల్ "
            "చేశాను.")
    assert {"timeliness", "follow-up"} <= earned(te_cs, mine)


def test_telugu_what_comes_to_mind_at_once_is_a_thought(te_cs: Pack) -> None:
    # "What comes to mind at once is the showroom in our area": వెంటనే qualifies a thought
    assert_aside(te_cs, "మంచి సర్వీస్ అంటే నాకు వెంటనే గుర్తొచ్చేది మా ఏరియాలో ఉన్న షోరూమ్.",
                 "timeliness", "sense", "వెంటనే గుర్తొచ్చేది")
    assert "timeliness" in earned(te_cs, "కస్టమర్ కి వెంటనే కాల్ చేశాను.")


def test_swedish_the_money_is_the_customers_too(sv_cs: Pack) -> None:
    # "The day after I rang back and checked that the money had come in": the customer's
    # compensation, not the candidate's pay (which "lönen", "min lön" still name)
    text = "Jag la in hans ersättning. Dagen efter ringde jag upp och kollade att pengarna kommit in."
    assert "follow-up" in earned(sv_cs, text)


def test_telugu_a_verb_negated_by_its_ending_must_be_said(te_cs: Pack) -> None:
    # "దాచకుండా చెప్ప" ("tell without hiding") needs the hiding said: "if they ask for
    # something against policy I say 'not possible'" holds a negation and "say", nothing more
    assert "realistic-expectations" not in earned(
        te_cs, "పాలసీకి విరుద్ధంగా ఏదైనా అడిగితే, కుదరదు అని చెప్పేస్తాను.")
    assert "realistic-expectations" in earned(
        te_cs, "ఆ రోజే ఫోన్ చేసి కారణం ఏంటో, ఎప్పటికి అవుతుందో దాచకుండా చెప్పాను.")
