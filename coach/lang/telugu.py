"""Telugu: a light suffix-stripping stemmer, spelling folds, negation after the word (SOV).

Telugu attaches case, plural and postposition suffixes to the word (కస్టమర్‌ను, అంచనాలను,
స్థానంలో), so matching strips them from a closed list, longest first, keeping a minimum stem
length so that a short word is never cut down to something that starts other words. Before
stripping, spelling variants that people type interchangeably are folded together (ళ్ల/ళ్ళ,
శ/ష/స, aspirated/plain consonants, long/short vowel signs, ృ/్రు, a Latin "o" typed for the
anusvara), so those common slips match at stem level. Negation mostly follows the word it
negates (సానుభూతి చూపించను, "I don't show empathy"), through whole words (లేదు, కాదు, వద్దు,
కుదరదు) and negative verb endings (-లేదు, -లేను, -కూడదు, -ించను). Text is never cut inside a
grapheme cluster: see coach.text.safe_cut.

The lists were written with the Telugu pack (questions/customer-service-te.yaml) and checked
against its labelled development set (bench/data/te.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Language, telugu_phrases, telugu_undone
from .telugu_phrases import (
    ALTERNATIVES,
    AVOIDING,
    BYSTANDERS,
    DEFLECTIONS,
    DISMISSALS,
    FIXED_IDIOMS,
    FORMERS,
    HANDOFFS,
    HEARSAY,
    IDIOMS,
    LAPSES,
    LIFE_FRAMES,
    LIFE_NOUNS,
    LIFE_ROLES,
    MEDIA,
    NEGATION_CUES,
    NEGATION_ENDINGS,
    OTHER_SENSES,
    OUTRIGHT_REFUSALS,
    REFUSALS,
    RHETORICAL_QUESTIONS,
    SCENE_WORK,
    SERVED_PEOPLE,
    THINGS,
    TOPIC_FRAMES,
    TURNS,
    WORD_CLASSES,
)

# Case, plural, postposition and clitic suffixes (after NFKC and joiner removal), and the
# verb endings the packs' keywords drop (keywords give verbs as stems: పరిష్కరించ-).
_SUFFIXES: tuple[str, ...] = (
    # plural + case (+ clitic)
    "లలోనూ", "లతోనే", "లలోనే", "లలో", "ల్లో", "లతో", "లకు", "లకి", "లను", "లని", "లపై",
    "ళ్ళు", "ళ్లు", "లు",
    # oblique of -ం nouns (గౌరవం -> గౌరవాన్ని, సమయం -> సమయానికి, భావం -> భావాలు)
    "ాన్ని", "ానికి", "ాలను", "ాలకు", "ాలతో", "ాలలో", "ాల్లో", "ాలు",
    # -ం nouns before a vowel: అర్థమైంది, అర్థమవుతుంది, నమ్మకమైన. Not -(మ)య్యేలా / -ేలా
    # ("so that"): అర్థమయ్యేలా చెప్ప (explain so it is understood) is not అర్థం (understand).
    "మవుతుంది", "మైంది", "మైన",
    # postpositions written joined
    "గురించి", "దగ్గర", "కోసం", "నుంచి", "నుండి", "వరకు", "యొక్క", "మీద",
    # case (+ clitic)
    "తోనే", "తోనూ", "లోనే", "లోనూ", "కూడా", "కూ", "లో", "తో", "కు", "కి", "ను", "ని", "పై",
    # emphatic / also clitics
    "నే", "దే", "నూ",
    # adverb / adjective ("-ly", "-ful"): also listed as derivational, see below
    "ంగా", "గా",
    # verb endings: 1sg/1pl/3pl past and future, verbal noun, must, so-that, until
    "స్తాను", "స్తాము", "స్తారు", "తాను", "తాము", "తారు", "ాను", "ాము", "ారు", "ింది",
    "డం", "టం", "డమే", "ాలి", "ేవరకు", "ినందుకు", "ిన",
)
_SUFFIXES = tuple(sorted(set(_SUFFIXES), key=len, reverse=True))
_MIN_STEM = 3  # code points left after stripping: never cut a word down to one akshara
_MAX_STRIPS = 3  # e.g. పేరు+తో+నే, స్థానం+లో+నూ

_FOLDS = (
    ("ళ్ల", "ళ్ళ"), ("ృ", "్రు"),
    ("శ", "స"), ("ష", "స"),
    ("ఖ", "క"), ("ఘ", "గ"), ("ఛ", "చ"), ("ఝ", "జ"), ("ఠ", "ట"), ("ఢ", "డ"), ("థ", "త"),
    ("ధ", "ద"), ("భ", "బ"),
    ("ీ", "ి"), ("ూ", "ు"), ("ే", "ె"), ("ో", "ొ"),
)
_LATIN_O = re.compile(r"(?<=[\u0C00-\u0C7F])o(?=[\u0C00-\u0C7F]|$)")


def fold(word: str) -> str:
    """Fold spellings Telugu writers use interchangeably (and the commonest slips) together."""
    word = _LATIN_O.sub("ం", word)
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return word


# Folded once, so that stripping runs on folded text.
_FOLDED_SUFFIXES = tuple(sorted({fold(s) for s in _SUFFIXES}, key=len, reverse=True))


@lru_cache(maxsize=8192)  # small: the matcher keeps each answer word's stem (scoring.matcher)
def stem(word: str) -> str:
    """Fold spelling variants, then strip up to three suffixes, longest first, keeping at least
    three code points; a final anusvara or -ా goes too (గౌరవం ~ గౌరవాన్ని ~ గౌరవంతో)."""
    word = fold(word)
    if not any("\u0c00" <= ch <= "\u0c7f" for ch in word):
        return word
    for _ in range(_MAX_STRIPS):
        for suffix in _FOLDED_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    if word.endswith(("ం", "ా")) and len(word) > _MIN_STEM:
        word = word[:-1]  # గౌరవం ~ గౌరవాన్ని, అంచనా ~ అంచనాలను
    return word


_PRONOUNS = frozenset(
    ["నా", "నాకు", "నన్ను", "నేను", "మా", "మాకు", "మేము", "మమ్మల్ని", "మీ", "మీకు", "మిమ్మల్ని", "మీరు", "వారి", "వారికి", "వారిని", "వారు", "వాళ్ళ", "వాళ్ళకి", "వాళ్ళు", "వాళ్ల", "వాళ్లు", "ఆయన", "ఆయనకు", "ఆయనను", "ఆమె", "ఆమెకు", "ఆమెను", "అతను", "అతని", "అతనికి", "కస్టమర్", "కస్టమర్కు", "కస్టమర్ను"]
)


LANGUAGE = Language(
    code="te", name="తెలుగు", stem=stem,
    function_words=frozenset(
        ["ఈ", "ఆ", "ఒక", "ఒకే", "అది", "ఇది", "అవి", "ఇవి", "అని", "అనే", "మరియు", "లేదా", "కూడా", "చాలా", "ఇంకా", "అలా", "ఇలా", "ఉంది", "ఉన్నారు", "ఉంటుంది", "ఉంటాను", "ఉండాలి", "ఉన్న", "అయితే", "అప్పుడు", "ఎప్పుడూ", "నుంచి", "కోసం", "గురించి", "వరకు", "దగ్గర", "మీద", "తో", "లో", "చేసి", "చేస్తాను", "చేయడం", "చేశాను", "చేసాను", "గా"]
    )
    | _PRONOUNS,
    interchangeable=(
        _PRONOUNS,
        frozenset(["నేను", "మేము", "మీరు", "వారు", "వాళ్ళు", "వాళ్లు", "ఆయన", "ఆమె", "అతను"]),
    ),
    namers=frozenset(["అనే", "అనేది", "అనబడే"]),
    label_nouns=telugu_undone.LABEL_NOUNS, stock_words=telugu_undone.STOCK_WORDS,
    marking_verbs=telugu_undone.MARKING_VERBS,
    answer_negatives=frozenset(["లేదు", "కాదు", "లేదండి", "కాదండి", "అస్సలు"]), answer_affirmatives=frozenset(["అవును", "అవునండి", "ఖచ్చితంగా", "తప్పకుండా", "ఎప్పుడూ"]), reason_questions=frozenset(["ఎందుకు"]),
    negation_cues=NEGATION_CUES,
    # -కుండా ("without doing", లేకుండా "without"): negates the verb it ends, or the word before.
    # The bare negative verbs: చేయను, వేయను, ఇవ్వను, పంపను ("I won't do/put/give/send"),
    # జరగదు, కుదరదు ("it doesn't happen / work out").
    negation_endings=NEGATION_ENDINGS,
    # Pseudo-negations are separate words that no cue list holds: లేదో ("whether or not"),
    # లేదా ("or"), లేదంటే ("otherwise").
    not_negating_next=frozenset(),
    scope_breakers=frozenset(["కానీ", "అయినా", "కాబట్టి", "అందుకే", "తర్వాత", "ఎందుకంటే", "అయినప్పటికీ", "కాకుండా",
                              # "until": what it follows is not negated (… అయ్యే వరకు వదలను)
                              "వరకు",
                              # "because of": "… ఒప్పుకోవడం వల్లే ఆ పెద్దావిడ నన్ను నమ్మారు"
                              "వల్ల", "వల్లే"]),
    # SOV: the negative verb comes after what it negates; a negative verb before a keyword
    # belongs to the clause before it.
    negation_before=0,
    # "and" between items of a list ("ఫాలో అప్ మరియు రూట్ కాజ్ మరియు …"); Telugu joins clauses with
    # verb forms instead, so the word is rare in speech
    coordinators=frozenset(["మరియు"]),
    negation_after=5,
    # (and a dismissal: "ఫాలో అప్ చేయడం టైమ్ వేస్ట్", follow-up is a waste of time)
    negation_after_cues=NEGATION_CUES | DISMISSALS | ALTERNATIVES,
    # (and the quoted forms, "that it is not": లేదని, లేనని, కూడదని, and -ట్లేదు "is not …ing")
    negation_after_endings=(*NEGATION_ENDINGS, "లేదని", "ట్లేదు", "లేనని", "కూడదని"),
    verbal_noun_endings=("డం", "టం"),
    # -ంగా / -గా make adverbs: వ్యక్తిగతంగా ("in a personal way") is not వ్యక్తిగత ("personal
    # details"); a keyword ending in one of these is not earned by the bare word.
    derivational_suffixes=("ంగా", "గా", "మైన", "తనం"),
    inflectional_suffixes=("", "ను", "ని", "కు", "కి", "లో", "తో", "లు", "నే", "నూ"),
    distinct_words=frozenset(
        ["రెస్పెక్టివ్", "రెస్పెక్టివ్గా", "టైమ్లైన్", "టైంలైన్", "టైమింగ్స్", "ఎక్స్ట్రా",
         # "jolly" (జాలీగా గడిపాం, "had a jolly time") folds to జాలి ("pity")
         "జాలీ", "జాలీగా", "జాలీగ"]
    ),
    fillers=("అంటే", "ఏంటంటే", "ఏదో", "మరి", "కదా", "అండీ", "అండి", "ఓకే", "సో", "బేసిక్గా",
             "ఎనీవే", "అన్నమాట", "అసలు", "లాంటివి", "వగైరా", "నిజం చెప్పాలంటే",
             "నిజాయితీగా చెప్పాలంటే", "నిజానికి"),
    # అసలు కారణం / సమస్య is "the real cause / problem", not "actually"; అంటే in క్రికెట్ అంటే
    # ఇష్టం ("I like cricket") or మంచి సేవ అంటే ఏమిటి ("what is good service") is no filler.
    filler_not_before={"అసలు": frozenset(["కారణం", "కారణాన్ని", "సమస్య", "సమస్యను", "విషయం",
                                          "ధర", "బిల్లు", "ప్రశ్న", "పేరు"]),
                       "అంటే": frozenset(["ఇష్టం", "ఇష్టమే", "చాలా", "నాకు", "ప్యాషన్", "ప్రాణం",
                                         "ఏమిటి", "ఏంటి", "గౌరవం", "భయం", "అర్థం"])},
    hedges=("అనుకుంటా", "అనుకుంటాను", "బహుశా", "ఏమో", "కొంచెం", "కాస్త", "దాదాపు", "సుమారు",
            "అనిపిస్తుంది", "ఉండొచ్చు", "అవ్వొచ్చు", "ఒకవేళ", "ఏదో ఒకటి"),
    star_cues={
        "situation": ("ఒకసారి", "ఒక రోజు", "గత సంవత్సరం", "నా గత ఉద్యోగంలో", "పనిచేసేటప్పుడు",
                      "పనిచేస్తున్నప్పుడు", "ఉన్నప్పుడు", "సిట్యుయేషన్"),
        "task": ("నా బాధ్యత", "నా టాస్క్", "నా లక్ష్యం", "నేను చేయాల్సింది", "టాస్క్"),
        "action": ("ముందుగా", "వెంటనే", "ఏర్పాటు చేశాను", "వివరించాను", "విన్నాను", "అడిగాను",
                   "చెక్ చేశాను", "ఫోన్ చేసి", "యాక్షన్"),
        "result": ("చివరికి", "ఫలితంగా", "దాంతో", "అప్పటినుంచి", "రివ్యూ ఇచ్చారు", "మళ్ళీ వచ్చారు",
                   "సంతోషపడ్డారు", "నేర్చుకున్నాను", "రిజల్ట్"),
    },
    behavioural_prompts=("ఒక సందర్భం గురించి చెప్పండి", "ఒక ఉదాహరణ చెప్పండి", "సందర్భం గురించి",
                         "చేసిన సందర్భం"),
    length_words=(35, 90, 220, 300),
    numbers=(".", ",", "{}%", 2),  # 5.0 · 1,23,456 · 94%
    stop_words=frozenset(
        ["అంటే", "అది", "ఏంటంటే", "అలా", "అలాగే", "ఏదో", "మరి", "కదా", "లే", "అండీ", "అండి", "సార్", "ఓకే", "సో", "ఎనీవే", "చూడండి", "అన్నమాట", "అసలు", "ఇంకా", "అయితే", "ఏదైనా", "లాంటివి", "వగైరా", "అంతే", "ఎలా", "ఏమి", "ఏం", "ఎందుకు", "ఎవరు", "ఎక్కడ", "ఎప్పుడు", "కొన్ని", "అన్ని", "ప్రతి", "చేసి", "చేస్తే", "ఉంటే", "అవుతుంది",
         # the light verbs and "work" of a first-person claim (the verb carries the subject:
         # సానుభూతి చూపిస్తాను, "I show empathy"), as "I am"/"I do" are in English
         "చూపిస్తాను", "చూపించాను", "చూపించడం", "మాట్లాడతాను", "మాట్లాడాను", "ఇస్తాను", "ఇచ్చాను",
         "తీసుకుంటాను", "తీసుకున్నాను", "పని"]
    ),
    # "example", "answer", "correct", "possible", "following"
    grader_words=frozenset(["ఉదాహరణ", "ఉదాహరణకు", "సరైన", "సరైనది",
                            "సాధ్యమైన", "కింది"]),
    # one, two ... ten; "tell", "write", "explain", "state", "give"; sentences, words, minutes;
    # "among the following"
    number_words={"ఒకటి": 1, "ఒక": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "ఆరు": 6,
                  "ఏడు": 7, "ఎనిమిది": 8, "తొమ్మిది": 9, "పది": 10},
    word_classes=WORD_CLASSES,
    ask_words=frozenset(["చెప్పండి", "రాయండి", "వివరించండి", "పేర్కొనండి", "ఇవ్వండి"]),
    length_units=frozenset(["వాక్యాలు", "వాక్యాల్లో", "వాక్యంలో", "పదాలు", "నిమిషాలు"]),
    choice_phrases=("కింది వాటిలో",),
    idioms=IDIOMS,
    fixed_idioms=FIXED_IDIOMS,
    # Telugu joins the negation to the verb: మర్చిపోలేదు ("did not forget"), మర్చిపోను ("I
    # won't forget"), విస్మరించను ("I won't ignore"); ఐచ్ఛికం కాదు ("not optional").
    inverter_prefixes=("మర్చిపో", "మరచిపో", "మర్చిపొ", "మరచిపొ", "విస్మరించ", "నిర్లక్ష్య",
                       "ఐచ్ఛిక", "ప్రత్యామ్నాయ", "మించిన", "మించి", "వెనకాడ", "వెనుకాడ", "మిస్",
                       "స్కిప్", "ఆప్షనల్", "తప్పించుకో", "విలాస", "లగ్జరీ",
                       # "I won't stop / give up" (సానుభూతి చూపించడం మానను)
                       "మానను", "మానేయను", "ఆపను",
                       # "I won't abandon / drop" (సమస్యను మధ్యలో వదిలిపెట్టను)
                       "వదిలిపెట్ట", "వదిలేయ", "వదల",
                       # "I never tired of …" (సహాయం చేయడంలో ఎప్పుడూ అలసిపోలేదు)
                       "అలసిపో", "విసిగిపో",
                       # "no harm in following up" (ఫాలో అప్ చేస్తే నష్టం ఏమీ లేదు)
                       "నష్టం",
                       # "I never lose patience" (ఓపిక ఎప్పుడూ కోల్పోను / కోల్పోలేదు)
                       "కోల్పో",
                       # "… is no burden to me" (ఓపికగా వినడం నాకు భారం కాదు)
                       "భార"),
    # "Without" after its noun or on its verb (సానుభూతి లేకుండా, ఫాలో అప్ చేయకుండా) negates;
    # with a negation later in its sentence it is emphasis: సానుభూతి లేకుండా … చేయలేము
    # ("without empathy we can't…"), ఫాలో అప్ చేయకుండా … పంపించను ("I never let a customer
    # go without following up").
    privative_cues=frozenset(["లేకుండా", "లేకుండానే", "లేకపోతే",
                              "మర్చిపోయాను", "మరచిపోయాను", "మర్చిపోయా", "మర్చిపోయాం", "మర్చిపోయాము",
                              "కోల్పోయాను", "కోల్పోయా", "కోల్పోయాం", "కోల్పోయాము", *AVOIDING]),
    privative_endings=("కుండా", "కుండానే"),
    other_senses=OTHER_SENSES,
    # The scene of a story: a pursuit of the candidate's with their own word in its clause, or
    # someone from their life with నా/మా before it (మా is also "our" at work: "మా షాప్").
    life_nouns=LIFE_NOUNS, life_roles=LIFE_ROLES, role_markers=frozenset(["గా"]), served_people=SERVED_PEOPLE,
    scene_work=SCENE_WORK,
    scene_self=frozenset(["నేను", "నా", "నాకు", "నన్ను", "మా", "మాకు"]),
    scene_mine=frozenset(["నా", "మా"]),
    scene_leaving_after=frozenset(["తర్వాత", "తరువాత", "అయ్యాక", "అయిపోయాక"]),
    case_endings=("తో", "కి", "కు", "ని", "ను", "తోనే", "తోటి"),
    # A sentence about the candidate's own life ("when I travel", "in my free time", "when I
    # am the customer myself", "when I go shopping"): no keyword in it earns.
    life_frames=LIFE_FRAMES,
    # the candidate as the customer, telling the service they got (scenes.customer_scene)
    customer_frames=("నేనే కస్టమర్", "నేను కస్టమర్ గా ఉన్నప్పుడు", "నేను కస్టమర్‌గా ఉన్నప్పుడు"),
    customer_turns=frozenset(["ఇప్పుడు", "మేము", "జాబ్", "డ్యూటీ", "షిఫ్ట్"]),
    # Hearsay and others' expectations, said after the quote: "… ఉంటానని అందరూ అంటారు"
    # ("everyone says I'm …"), "… అని విన్నాను" ("I've heard that …"), "… నా నుంచి ఆశిస్తారు"
    # ("they expect of me").
    # Stems drop the person (అంటారు ~ అంటాను, "I say"), so each phrase names who says it.
    hearsay=HEARSAY,
    # "త్వరగా నేర్చుకున్నాను" ("I learned quickly"): a one-word keyword beside a verb of the
    # mind qualifies a thought (coach.scoring.judge).
    mental_verbs=frozenset(["నేర్చుకున్నాను", "నేర్చుకుంటాను", "నేర్చుకోవడం", "గ్రహించాను",
                            "గ్రహిస్తాను", "నిర్ణయించుకున్నాను",
                            # "comes to mind": "వెంటనే గుర్తొచ్చేది" ("what comes to mind at once")
                            "గుర్తొచ్చేది", "గుర్తొస్తుంది", "గుర్తొచ్చింది", "గుర్తొస్తాయి"]),
    third_parties=telugu_phrases.THIRD_PARTIES, duty_nouns=frozenset(["పని", "బాధ్యత", "డ్యూటీ"]),
    # "నేను ఫ్లెక్సిబుల్‌గా ఉంటాను" (I am flexible), "నేను చాలా నమ్మకమైన వ్యక్తిని" (I'm a very
    # reliable person: the noun carries "I am"), the copula after the trait (traits.self_description)
    copulas=frozenset(["ఉంటాను", "ఉన్నాను", "ఉంటాము", "ఉంటాం", "ఉండేవాడిని", "ఉండేదాన్ని",
                       "వ్యక్తిని", "మనిషిని"]),
    zero_copula=True, head_final=True, undone=telugu_undone.UNDONE, shortcomings=telugu_undone.SHORTCOMINGS,
    # a topic studied, read or watched: "ఎంపతీ మీద ఒక మాడ్యూల్" (a module on empathy)
    topic_prepositions=frozenset(["మీద", "గురించి", "పైన"]),
    study_nouns=frozenset(["మాడ్యూల్", "క్లాస్", "కోర్స్", "కోర్సు", "బుక్", "పుస్తకం", "వీడియో", "ఆర్టికల్",
                           "వర్క్‌షాప్", "సెమినార్", "లెక్చర్", "ట్రైనింగ్", "సెషన్"]),
    adverb_endings=("గా",),
    # (and a form of address after it: "నేను చాలా ఫ్లెక్సిబుల్ సార్")
    trait_words=frozenset(["చాలా", "ఎప్పుడూ", "నిజంగా", "బాగా", "ఎంతో", "సార్", "మేడమ్", "మేడం",
                           "అండి", "అండీ", "విపరీతమైన", "అపారమైన", "ఎనలేని"]),
    # literally (markers.said_literally)
    literal_markers=frozenset(["అక్షరాలా", "నిజంగానే"]),
    articles=frozenset(["ఒక", "ఈ", "ఆ"]),  # "a", "this", "that": Telugu has no articles
    # machine, app, screen, card, form, account, menu, button, model (things.of_a_thing):
    # "ఫ్లెక్సిబుల్ అకౌంట్" (a flexible account)
    things=THINGS, document_nouns=frozenset(["అప్రైజల్", "అప్రైజల్లో", "స్లైడ్స్", "స్లైడ్", "డిస్క్రిప్షన్", "రెజ్యూమ్",
                                             "సీవీ", "హ్యాండ్బుక్", "చెక్లిస్ట్", "ప్రకటన", "యాడ్"]),
    automatic_words=frozenset(["ఆటోమేటిక్గా", "ఆటోమేటిక్", "ఆటోమేటిగ్గా"]),
    naming_words=frozenset(["అని", "అనే"]),
    postposed_names=frozenset(["అనే"]),
    place_endings=("లో",),
    # reliable, trustworthy, flexible, punctual (compared by stem)
    # "a person" carrying "I am" (నేను చాలా ఫ్రెండ్లీ మనిషిని, I'm a very friendly person)
    # passion, liking, taste, interest: "X అంటే ప్యాషన్" (tastes.liked_elsewhere)
    liking_words=frozenset(["ప్యాషన్", "ఇష్టం", "అభిరుచి", "ఆసక్తి", "గౌరవం"]),
    liking_topics=frozenset(["అంటే", "గారంటే"]),  # (fused after an honorific: "ఇళయరాజా గారంటే")
    # (and a habit meant but not kept: "… కానీ మర్చిపోతాను", but I forget; "… గలిగితే బాగుండు",
    # if only I could)
    failings=telugu_undone.FAILINGS, lapses=LAPSES, former_times=FORMERS, present_turns=TURNS, topic_frames=TOPIC_FRAMES,
    # (after what they ask about: "ఫాలో అప్ చేయడం వల్ల ఏం లాభం?", what is the gain of following up)
    rhetorical_questions=RHETORICAL_QUESTIONS, outright_refusals=OUTRIGHT_REFUSALS,
    character_nouns=frozenset(["వ్యక్తిని", "మనిషిని"]),
    having_words=frozenset(["ఉన్న", "గల"]), bystanders=BYSTANDERS, media=MEDIA,
    job_questions=telugu_phrases.JOB_QUESTIONS,
    patron_verbs=telugu_phrases.PATRON_VERBS, service_places=telugu_phrases.SERVICE_PLACES,
    firm_possessives=frozenset(["మీ"]), firm_words=telugu_phrases.FIRM_WORDS,
    addressee_subjects=frozenset(["మీరు"]), same_claims=telugu_phrases.SAME_CLAIMS,
    wish_frames=("పని చేయాలని", "పని చేయాలనుకుంటున్నాను", "జాయిన్ అవ్వాలని", "నా కల", "నా కోరిక",
                 "నా టార్గెట్", "నా లక్ష్యం", "నా డ్రీమ్"),
    want_experiencers=frozenset(["నాకు"]), want_verbs=frozenset(["కావాలి", "కావాల్సింది"]),
    # (and "నాకు కావాల్సింది … సానుభూతి ఉన్న మేనేజర్", what I need is a manager with empathy)
    wish_heads=frozenset(["మేనేజర్", "బాస్", "టీమ్", "జాబ్", "ఉద్యోగం", "సూపర్‌వైజర్", "కంపెనీ"]),
    work_traits=frozenset(["నమ్మకమైన", "నమ్మదగిన", "ఆధారపడదగిన", "రిలయబుల్", "ఫ్లెక్సిబుల్",
                           "సమయపాలన"]),
    customers=frozenset(["కస్టమర్", "కస్టమర్లు", "కస్టమర్కు", "కస్టమర్ను", "కస్టమర్లకు",
                         "కస్టమర్లను", "అతిథి", "అతిథులు", "వినియోగదారులు", "వినియోగదారుడు"]),
    own_subjects=frozenset(["నేను", "మేము", "నాకు", "నన్ను", "మాకు", "మమ్మల్ని", "నేనే"]),
    surprise_words=frozenset(["ఎక్స్పెక్ట్", "ఊహించలేదు"]),
    below_me=("నాకంటే", "నా కంటే", "నాకన్నా", "నా కన్నా"),
    degree_words=frozenset(["అసలు"]),  # ("నేను అసలు ఎక్స్‌పెక్ట్ చేయలేదు", I did not expect it AT ALL)
    figure_words=frozenset(["శాతం"]),  # ("లాభాలు పదిహేను శాతం పెరిగాయి", profits rose fifteen percent)
    # Not "నా పని కాదు" / "నా సమస్య కాదు": the matcher lets any negation stand for కాదు and
    # drops నా, so పని or సమస్య near any negative verb ("సమస్యను … వెయిట్ చేయించకూడదు") matched.
    # A phrase of one content word and a negation is matched as written ("నా సమస్య కాదు"
    # needs నా), so "the machine did not work" is no "not my job".
    deflections=DEFLECTIONS,
    refusals=REFUSALS,
    handoffs=HANDOFFS,
    first_person=((r"^", ""),),
    person_swaps=((r"(?<![\u0C00-\u0C7F])మీరు(?![\u0C00-\u0C7F])", "నేను"),
                  (r"(?<![\u0C00-\u0C7F])మీకు(?![\u0C00-\u0C7F])", "నాకు"),
                  (r"(?<![\u0C00-\u0C7F])మిమ్మల్ని(?![\u0C00-\u0C7F])", "నన్ను"),
                  (r"(?<![\u0C00-\u0C7F])మీ(?![\u0C00-\u0C7F])", "నా"),
                  (r"చెప్పండి", "చెప్తాను"), (r"చూపించండి", "చూపిస్తాను"),
                  (r"ఇవ్వండి", "ఇస్తాను"), (r"మాట్లాడండి", "మాట్లాడతాను"),
                  (r"చూడండి", "చూస్తాను"), (r"చూడకండి", "చూడను"),
                  # "that you do / how you did / that you don't": the verb carries the person
                  (r"ారని(?![\u0C00-\u0C7F])", "ానని"), (r"ారో(?![\u0C00-\u0C7F])", "ానో"),
                  (r"(?<=[\u0C15-\u0C39])రని(?![\u0C00-\u0C7F])", "నని")),
    third_person=frozenset(["వారి", "వాళ్ళ", "వారికి", "వాళ్ళకి", "వాళ్ళకు", "అతని", "అతనికి", "ఆమె",
                            "ఆమెకు", "ఆమెకి"]),
    first_person_objects=frozenset(["నన్ను", "నాకు", "నా", "మాకు", "మమ్మల్ని", "మా"]),
    own_words=frozenset(["సొంత", "స్వంత"]), own_means=frozenset(["డబ్బు", "డబ్బులు", "టైమ్", "టైం", "బండి", "కారు"]),
    # The verb carries its subject's person: చేశారు / చేస్తారు / చేశాడు ("they / he did"), and
    # quoted, చేస్తారని ("that they would do"), చేశారట ("they did, reportedly"), against చేశాను,
    # చేస్తాము, చేశాం, చేస్తానని (the candidate, or "we"). A customer's or colleague's action
    # earns nothing: కస్టమర్ ఓపికగా ఎదురుచూశారు ("the customer waited patiently"). The
    # feminine/neuter -ింది is left out: it is also "the problem got solved" (పరిష్కారమైంది).
    # A transitive -ించింది ("she solved") or -ాడింది ("she spoke") has a person as its
    # subject, unlike the intransitive "it got solved" (పరిష్కారమైంది).
    # So do the negatives of a transitive verb: చేయించదు, చేయదు ("it / she doesn't (make) do"),
    # చేయించరు ("they don't"): "స్మార్ట్ సిస్టమ్, ఎవరినీ వెయిట్ చేయించదు" is the system's. Not
    # జరగదు ("it doesn't happen"), the emphasis "నా దగ్గర జరగదు".
    doer_endings=("ేది", "ేవాడు", "ేవారు", "ేవాళ్ళు"), other_person_endings=("ారు", "ాడు", "ారని", "ాడని", "ారట", "ాడట", "ించింది", "ించిందని",
                          "ాడింది", "ాడిందని", "ించదు", "ించరు", "ేయదు", "ేయరు", "ాడో", "ారో"),
    own_person_endings=("ాను", "ాము", "ాం", "ానని", "ామని", "ామట", "స్తా", "ంటా", "ప్తా", "డతా", "శా", "చ్చా", "ప్పా",
                        "ానో", "ామో"),
    question_person_endings=("ాడో", "ారో", "ానో", "ామో"),
    # -ింది, -ుంది ("she did", "she does"; also "it happened") and ఉంది ("she is"): someone
    # else's only after a person named as the subject ("ఆ అమ్మాయి … అడిగింది", "the girl asked")
    shared_person_endings=("ింది", "ుంది", "ిందని", "ుందని", "ఉంది", "ఉందని"),
    experiencer_endings=("కి", "కు"), plural_experiencers=("ల",),
    need_predicates=frozenset(["ఉండాలి", "అవసరం", "ఉంటుంది", "ఉంటాయి", "ఉండదు", "ఉండవు"]), experiencer_stems=frozenset(["ఆయన", "అతని", "వాడి"]),
    quotatives=frozenset(["అని"]), quotative_endings=("ానని", "ామని", "ారని", "ాడని", "ిందని", "ుందని"),
    saying_stems=("అన", "అంట", "అను", "చెప్ప", "చెప్తా", "చెబు", "రాశ", "రాస"),  # (… wrote)
    thing_endings=("ాయి", "ాయని"),
    # Nominative words for a person other than the candidate (a woman, most of them: the
    # masculine and plural verbs already carry their person): "she", "a lady", "the girl",
    # "madam", family, and people at a counter. Not ఆమె's genitive twin, which is the same word
    # ("ఆమె సమస్య", "her problem"). Not కస్టమర్: "కస్టమర్ సర్వీస్", "కస్టమర్ సమస్య" (the
    # customer's problem) use it as a modifier.
    person_subjects=frozenset(["ఆమె", "ఆవిడ", "ఒకావిడ", "అమ్మాయి", "మేడమ్", "మేడం", "లేడీ",
                               "ఆంటీ", "టీచర్", "అక్క", "అమ్మ", "చెల్లి", "చెల్లెలు", "అమ్మమ్మ",
                               "నానమ్మ", "వదిన", "అత్త", "భార్య", "మహిళ", "స్త్రీ",
                               "డాక్టర్", "నర్స్", "రిసెప్షనిస్ట్", "ఏజెంట్",
                               "మేనేజర్", "సూపర్వైజర్", "సహోద్యోగి", "కొలీగ్", "కలీగ్",
                               "ఫ్రెండ్", "స్నేహితురాలు", "ట్రైనర్", "కోచ్", "ఓనర్", "సీనియర్",
                               "ఎవరో", "ఒకరు",
                               # the employer doing it (a thing's verb too): "కంపెనీ … ఇస్తుంది"
                               "కంపెనీ", "మేనేజ్మెంట్", "యాజమాన్యం"]),
    # "if" (చేస్తే, ఉంటే), "after" (చేశాక, చేసిన తర్వాత), "when" (చేసినప్పుడు), "though"
    # (చేసినా), a relative participle (చేసిన), "as soon as" (చేయగానే)
    subordinate_endings=("తే", "ాక", "ప్పుడు", "ినా", "ిన", "గానే", "న్నా"),
    relative_endings=("ిన",),
    contrasts=frozenset(["కానీ", "కాని"]),
    # the conjunctive participle: చేసి, చెప్పి, పంపి ("having done, said, sent"), and the
    # quotative అని ("… అని అడిగింది", "asked whether …")
    chain_endings=("ి",),
    # "బ్యాడ్మింటన్ ఆడతాను, అదే నా ప్యాషన్" ("I play badminton, that's my passion")
    anaphors=frozenset(["అదే", "అది", "ఇదే", "ఇది", "అదంతా", "అక్కడే"]),  # అక్కడే: "right there"
    # The sample text of `coach packs new` (drafting data: coach.trainer).
    starter={
        "empathy_keywords": "సానుభూతి\nకస్టమర్ బాధను అర్థం చేసుకోవడం",
        "empathy_tip": "కస్టమర్ ఎలా భావిస్తున్నారో మీకు అర్థమైందని చూపించండి.",
        "follow_keywords": "ఫాలో అప్\nమళ్ళీ ఫోన్ చేసి",
        "follow_tip": "సమస్య పరిష్కారమైందో లేదో తర్వాత ఎలా తెలుసుకుంటారో చెప్పండి.",
        "red_flag": "నా పని కాదు",
        "prompt": "డెలివరీ ఆలస్యమైందని కస్టమర్ కోపంగా ఉన్నారు. మీరు ఏం చేస్తారు?",
        "model_answer": "నేను సానుభూతి చూపిస్తాను, పార్శిల్ ఎక్కడ ఉందో కనుక్కుంటాను,\n"
                        "మరుసటి రోజు ఫాలో అప్ చేస్తాను.",
        "good_answer": "నేను సానుభూతితో మాట్లాడి, మరుసటి రోజు ఫాలో అప్ చేస్తాను.",
        "negated_answer": "సానుభూతి అవసరం లేదు.",
    },
)
