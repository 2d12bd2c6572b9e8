"""Telugu's frames of a deed not done (Language.undone), of a shortcoming owned
(Language.shortcomings) and of a quotation that labels rather than says, apart from
telugu_phrases.py to keep each module short."""

from __future__ import annotations

from .fields_undone import Undone

# Limits after a claim (Undone.limits): "…, లుంగీలో వచ్చేవాళ్ళని తప్ప" (except those who come in
# lungis), "…కౌంట్ అయితే మాత్రమే" (only if it counts); and the words of what can be done that make
# one honest (Undone.feasibility_words: "వీలైతే", if possible).
# An effort started and given up (Undone.start_verbs, abandons): "… వివరించడం మొదలుపెట్టాను, కానీ
# మధ్యలోనే ఆపేశాను" (I started explaining, but stopped halfway).
START_VERBS = frozenset(["మొదలుపెట్టాను", "మొదలెట్టాను", "మొదలుపెట్టా", "ప్రయత్నించాను", "ప్రయత్నించా",
                         "స్టార్ట్"])
ABANDONS = ("వదిలేశాను", "వదిలేసాను", "ఆపేశాను", "ఆపేసాను", "మానేశాను", "మానేసాను", "విసుగొచ్చి")
# What a list's heading says is left out, dropped or put last (Undone.omissions): "పని ఎక్కువగా
# ఉన్నప్పుడు నేను స్కిప్ చేసేవి: ఫాలో-అప్ కాల్స్, …" (what I skip when there is a lot of work),
# "నా ప్రాధాన్యతల లిస్ట్‌లో ఆఖరున ఉండేది: …" (last on my list of priorities).
OMISSIONS = ("స్కిప్", "డిలీట్", "వదిలేసేవి", "వదిలేసేది", "వదిలేస్తాను", "ఆఖరున", "చివరన",
             "పక్కన పెట్టేవి", "పక్కన పెట్టేది", "మానేసేవి", "మానేసేది", "మానేస్తాను")
# Misdeeds that belie a claim a colon or dash tells them after (Undone.misdeeds): "… చాలా
# హుందాగా ఉంటాను: … ముసిముసిగా నవ్వుతాను" (I giggle), "…: నెలన్నర తర్వాత ఒక్క మెసేజ్" (one
# message a month and a half later).
MISDEEDS = ("ముసిముసిగా నవ్వుతాను", "ముసిముసిగా నవ్వాను", "వెక్కిరించాను", "ఫోన్ కట్ చేశాను",
            "ఫోన్ పెట్టేశాను", "నెలన్నర తర్వాత", "నెల తర్వాత", "వారాల తర్వాత", "పట్టించుకోలేదు",
            "గట్టిగా అరిచాను", "విసుక్కున్నాను", "పంపించేశాను", "రమ్మన్నాను")
# Openings of a short sentence that take back the claim before it (Undone.retractions): "…
# నేనే బాధ్యత తీసుకుంటాను. అంటే, నా షిఫ్ట్ ముగిసే వరకు" (I mean, until my shift ends), "కనీసం…" (at
# least), "కానీ నిజం చెప్పాలంటే…" (but to tell the truth), "అబద్ధం ఎందుకు…" (why lie).
# (Not "నిజం చెప్పాలంటే" alone, to tell the truth, which opens a general remark as often: "…
# నిజం చెప్పాలంటే, లైన్‌లో నిలబడడం ఎవరికీ ఇష్టం ఉండదు కదా", nobody likes queueing.)
RETRACTIONS = ("అంటే", "కిడ్డింగ్", "ఊరికే అన్నాను", "సాధారణంగా", "కనీసం", "కానీ నిజం చెప్పాలంటే", "అబద్ధం ఎందుకు")
LIMITS = ("తప్ప", "అయితే మాత్రమే", "అయితేనే", "ఉంటేనే", "మాత్రమే అయితే")
FEASIBILITY_WORDS = frozenset(["వీలైతే", "కుదిరితే", "వీలైనంత", "సాధ్యమైతే", "స్టాక్"])


# A deed meant, planned or denied, after it (Language.undone; coach.scoring.undone): "…పంపించాలని
# అనుకున్నాను, కానీ …" (I meant to send…, but), "…అడగడం మొదలుపెడతానని" (that I will start
# asking), "…మాట్లాడానని చెప్తే, అది అబద్ధమే" (if I said I spoke…, it would be a lie).
UNDONE = Undone(
    intentions=("అనుకున్నాను", "అనుకున్నా", "నోట్ రాసుకున్నాను", "ట్రై చేశాను", "ప్రయత్నించాను",
                "మొదలుపెట్టాను"),
    # (would have…, but: "…గౌరవం ఇచ్చి ఉండేవాడిని, కానీ…")
    intention_endings=("లనుకున్నాను", "లనుకున్నా", "ఉండేవాడిని", "ఉండేదాన్ని"),
    # (not మొదలుపెడతాను alone: "I start", a habit, as often as "I will start")
    plans=("మొదలుపెడతానని", "ప్లాన్ చేస్తున్నాను", "అలవాటు చేసుకుంటాను",
           # a plan, a hope or a note to self after it: "…ఉండాలని ప్లాన్ చేసుకుంటున్నాను" (I am
           # planning to be…), "…మారాలని నా ఆశ" (my hope is to become…), "…అని నా డైరీలో
           # రాసుకున్నాను" (I wrote in my diary that…)
           "ప్లాన్ చేసుకుంటున్నాను", "నా ఆశ", "డైరీలో రాసుకున్నాను"),
    # "…రాసుకోబోతున్నాను" (I am going to write down…)
    # and "…ఉండాలనుకుంటున్నాను" (I intend to be…; not "అనుకుంటున్నాను" alone, "I think")
    plan_endings=("బోతున్నాను", "బోతున్నా", "బోతాను", "ాలనుకుంటున్నాను", "ాలనుకుంటున్నా"),
    claim_verbs=frozenset(["చెప్తే", "చెబితే", "చెప్పలేను", "చెప్పలేనండి", "చెప్పలేం", "క్లెయిమ్"]),
    lie_words=frozenset(["అబద్ధం", "అబద్ధమే", "అబద్దం", "అబద్దమే"]),
    chances=frozenset(["అవకాశం", "అవకాశమే", "అవసరం", "అవసరమే", "ఛాన్స్", "ఛాన్సే"]),
    nags=("చెప్తూనే ఉంటారు", "చెప్తూ ఉంటారు", "గుర్తు చేస్తూనే ఉంటారు", "గుర్తు చేస్తూ ఉంటారు"),
    reproaches=frozenset(["ఫిర్యాదు", "కంప్లైంట్"]), asked_endings=("ానా", "ామా"),
    definers=("అంటే ఏమిటి", "అంటే ఏంటి", "అంటే ఏంటని", "అంటే ఏమిటని"),
    # ("నా ప్రోడక్ట్ నాలెడ్జ్ అద్భుతం: …" (my product knowledge is marvellous: …), "సమస్య పరిష్కారంలో
    # నాకు తిరుగులేదు — …" (no one beats me at solving problems — …))
    # (written once: a zero-width non-joiner is dropped when phrases and answers are read)
    mocks=("అద్భుతం", "ఎక్స్‌పర్ట్‌ని", "తిరుగులేదు", "ఛాంపియన్‌నే", "ఛాంపియన్‌ని", "అంబాసిడర్‌ని",
           "చూడాల్సిందే"),
    limits=LIMITS, feasibility_words=FEASIBILITY_WORDS, start_verbs=START_VERBS, abandons=ABANDONS,
    omissions=OMISSIONS, misdeeds=MISDEEDS, sequels=frozenset(["వెంటనే"]), retractions=RETRACTIONS,
    # "… అడగడం కంటే నేను ఆ నంబర్‌ను బ్లాక్ చేయడానికే ఇష్టపడతాను" (rather than ask…, I'd block the
    # number), "…వినేకంటే, నేను ఇంకో షిఫ్ట్ … చేయడానికి రెడీ" (than listen…, I'm ready to work a shift)
    preference_words=frozenset(["ఇష్టపడతాను", "ఇష్టపడతా", "రెడీ", "మేలు", "బెటర్", "నయం"]),
    preference_links=("కంటే", "కన్నా"),
    # too rare to be a habit: "… పదింటిలో ఒక్కసారి" (once in ten), "ఏడాదికి ఒకసారి" (once a year)
    rare_frequencies=("పదింటిలో ఒక్కసారి", "పదింటిలో ఒకసారి", "ఏడాదికి ఒకసారి", "ఏడాదికి ఒక్కసారి",
                      "ఏడాదికోసారి", "సంవత్సరానికి ఒకసారి", "ఎప్పుడో ఒకసారి", "ఎప్పుడో ఒక్కసారి"),
    # a belief after the deed that the answer reverses: "…మాట్లాడాననుకున్నా" (I thought I had
    # spoken…, fused to a first person past: no reversal needed), "…ఉంటాననే అనుకుంటాను, కానీ…"
    # (I think I am…, but), "…తర్వాత తెలిసింది" (later I learned)
    beliefs=("అనుకున్నా", "అనుకున్నాను", "అనుకుంటాను", "అనుకుంటా"),
    belief_endings=("ాననుకున్నా", "ాననుకున్నాను"), reversals=("కానీ", "తర్వాత", "తెలిసింది"),
    # a reward a conditional or relative form closes: "టిప్ ఇచ్చే కస్టమర్లకి" (to customers who
    # tip), "ఓవర్‌టైమ్ రాస్తే" (if they pay overtime), "ఇన్సెంటివ్ … వచ్చినప్పుడు" (when the
    # incentive comes), "జీతం పడిన …" (after pay lands)
    rewards=("టిప్", "టిప్స్", "బోనస్", "కమిషన్", "ఓవర్‌టైమ్", "ఇన్సెంటివ్", "జీతం"),
    reward_endings=("తే", "ే", "ప్పుడు", "ిన"),
    # teaching others the deed, then otherwise: "…అని నేనే ట్రైనింగ్ ఇస్తాను; నా క్యూలో మాత్రం…"
    # (I am the one who trains…; in my own queue, though…)
    teachings=frozenset(["ట్రైనింగ్", "నేర్పిస్తాను", "నేర్పుతాను", "నేర్పిస్తా", "నేర్పుతా"]),
    practice_contrasts=frozenset(["మాత్రం"]),
    # the rest, kept from the deed: "…; మిగతావాళ్ళకి మెనూ కార్డు, బిల్లు, అంతే" (the others get the
    # menu card and the bill, that's all); not "మిగతావాళ్ళ కంటే" (than the others)
    the_rest=("మిగతావాళ్ళకి", "మిగతావాళ్ళు", "మిగతావాళ్ళని", "మిగిలినవాళ్ళకి", "మిగతా వాళ్ళకి",
              "మిగతా కస్టమర్లకి", "మిగతా రోజుల్లో", "కొత్తవాళ్ళకి", "కొత్తవాళ్ళ"),
    comparisons=frozenset(["కంటే", "కన్నా", "లాగే", "లాగా"]),
    practice_affirmers=frozenset(["కూడా"]),
    # too late: "…, ఆయన అప్పటికే … ఆర్డర్ పెట్టేసిన తర్వాత" (after he had already ordered elsewhere)
    late_links=frozenset(["తర్వాత", "తరువాత"]), late_words=frozenset(["అప్పటికే"]),
    # a grudging manner: "విసుగ్గా" (irritably), "అయిష్టంగానే" (unwillingly), "నిట్టూరుస్తూ" (sighing)
    grudges=("విసుగ్గా", "విసుగ్గానే", "అయిష్టంగా", "అయిష్టంగానే", "నిట్టూరుస్తూ", "చిరాగ్గా",
             "కళ్ళు తిప్పుతూ", "మొక్కుబడిగా"),
    # an audience the deed is kept for: "రీజనల్ మేనేజర్ షోరూమ్‌లో ఉన్న రోజు మాత్రం…" (only on the
    # day the regional manager is in the showroom), "మిస్టరీ షాపర్ వస్తున్నారని తెలిసిన రోజు…" (the
    # day I know a mystery shopper is coming)
    watchers=frozenset(["మేనేజర్", "మేనేజరు", "సూపర్‌వైజర్", "సూపర్వైజర్", "ఓనర్", "బాస్", "మిస్టరీ",
                        "ఆడిటర్", "ఆడిటర్లు", "క్వాలిటీ", "ఇన్స్పెక్టర్", "ఇన్‌స్పెక్టర్", "లీడర్", "లీడ్"]),
    watch_links=frozenset(["రోజు", "రోజుల్లో", "రోజున", "రోజులు", "సమయంలో", "వారం"]),
    watch_words=frozenset(["ఉన్న", "ఉన్నప్పుడు", "ఉంటే", "వచ్చినప్పుడు", "వస్తున్నారని", "వస్తారని",
                           "వింటున్న", "వింటున్నప్పుడు", "చూస్తున్న", "చూస్తున్నప్పుడు", "చూస్తుంటే",
                           "రికార్డ్", "ఉంటారని", "దగ్గర", "ఎదురుగా", "విజిట్", "రౌండ్స్"]),
    # a pretend setting, its postposition fused: "ట్రైనింగ్ రోల్-ప్లేలో…" (in the training
    # role-play), "…గేమ్‌లో" (in the game), "మాక్ టెస్ట్‌లలో" (in the mock tests), "కాలేజీ నాటకంలో"
    # (in the college play), "కలలో" (in a dream)
    # (not tests or drills, often real ones with real guests)
    pretend_settings=("మాక్", "రోల్-ప్లే", "రోల్‌ప్లే"),
    pretend_endings=("ప్లేలో", "నాటకంలో", "స్టడీలో", "సిమ్యులేషన్‌లో", "ఎగ్జామ్‌లో", "పరీక్షలో",
                     "క్విజ్‌లో", "కలలో", "కలల్లో"),
    real_words=frozenset(["నిజమైన", "రియల్"]),
    # a hope after the match: "…అని ఆశిస్తున్నా" (I hope that…)
    hopes=("ఆశిస్తున్నా", "ఆశిస్తున్నాను", "ఆశిస్తాను", "నా రెజల్యూషన్"),
    self_promises=("చెప్పుకున్నాను", "మాటిచ్చుకున్నాను", "చెప్పుకుంటూ", "గట్టిగా అనుకున్నాను"),
    # knowledge without practice, after the match: "…మీద సెమినార్ ఇచ్చాను" (I gave a seminar on
    # it), "…బ్లాగ్ పోస్ట్", "కంఠతా" (by heart); not books, which libraries and bookshops serve
    lore_frames=("బ్లాగ్", "సెమినార్", "థియరీ", "కంఠతా", "బట్టీ",
                 # what the candidate only watched others do: "…నేను దగ్గరగా గమనించాను" (I watched
                 # closely)
                 "గమనించాను", "దగ్గరుండి చూశాను", "చాలాసార్లు చూశాను",
                 # ability with no deed: "…పని చేయగల సామర్థ్యం నాకు ఉంది" (I have the ability to…)
                 "సామర్థ్యం నాకు ఉంది"),
    lore_practice=frozenset(["ప్రతి", "ఎప్పుడూ", "రోజూ"]),
    # deeds that never came (coach.scoring.chances): "…అనుకునేలోపే" (before I could think to…;
    # not "ఆయన కూర్చునేలోపే", before HE sits down), "…మాట దేవుడెరుగు" (let alone…), "…చివరి మనిషిని నేనే"
    # (I'm the last person to…), "…మాట్లాడాలా అని … అడిగాను" (I asked whether I should…),
    # "చాలా కొద్దిమందికే…" (to only very few…)
    # (and "…అనుకుంటూనే ఉన్నాను", I keep meaning to…)
    near_endings=("అనుకునేలోపే", "అనుకునేలోగా", "గుర్తొచ్చేసరికి", "అనుకుంటూనే"),
    let_alones=("మాట దేవుడెరుగు", "సంగతి దేవుడెరుగు", "సంగతి పక్కన పెట్టండి", "మాట పక్కన పెట్టండి"),
    last_frames=("చివరి మనిషిని", "చివరి మనిషి", "చివరి వ్యక్తిని", "చివరి వ్యక్తి", "చివరిది"),
    leave_asks=frozenset(["అడిగాను", "అడిగా", "అడిగాం", "అడిగితే", "అడిగేవాడిని", "అడిగేదాన్ని"]),
    leave_links=frozenset(["అని"]),
    leave_endings=("ాలా", "చ్చా"),
    approvals=("సరే అన్నారు", "ఒప్పుకున్నారు", "పర్మిషన్ ఇచ్చారు", "ఓకే అన్నారు", "సరే అనడంతో"),
    holdbacks=("విరుద్ధంగా", "విరుద్ధం", "ఆమడ దూరంలో", "నటించాను", "నటించా", "నటించేవాడిని",
               "నటించేదాన్ని", "వెనకాడాను", "వెనకాడా"),
    gone_words=("కరువైపోయేది", "కరువైపోయింది", "అడుగంటిపోయింది", "ఎగిరిపోయింది"),
    sarcasms=("యా రైట్", "ఏదో నాకు"),
    # kept up only briefly: "…, మొదటి నెల మాత్రమే; ఆ తర్వాత…" (only the first month; after that…)
    brief_spans=("నెల మాత్రమే", "వారం మాత్రమే", "నిమిషాలు మాత్రమే", "నిమిషం మాత్రమే", "రోజు మాత్రమే",
                 "పావుగంట వరకే", "గంట వరకే", "సరిగ్గా ఒక నిమిషం"),
    brief_turns=("తర్వాత",),
    # in name only: "సో-కాల్డ్" (so-called), "నామమాత్రంగా" (nominally), "ఒక విధంగా చెప్పాలంటే" (in a
    # manner of speaking); on paper, with a contrast after: "కాగితం మీద…, కానీ…"
    nominal=("సో-కాల్డ్", "నామమాత్రంగా", "ఒక విధంగా చూస్తే", "ఒక విధంగా చెప్పాలంటే", "ఒక రకంగా",
             "ఉదారంగా చెప్పడమే", "టెక్నికల్‌గా"),
    nominal_turned=("కాగితం మీద", "పేపర్ మీద", "కాగితం మీదే"),
    # made less: "…చివరి ప్రాధాన్యం" (the last priority), "…అన్నిటికంటే తక్కువ ముఖ్యమైన" (least
    # important of all); not yet a rare share ("ఇరవై మందిలో ఒక్కరికి మాత్రమే", to only one in
    # twenty), whose "ఒక్క … మాత్రమే" is as often "only one receipt"
    least_words=("చివరి ప్రాధాన్యం", "అన్నిటికంటే తక్కువ ముఖ్యమైన", "తక్కువ ముఖ్యమైన విషయం"),
    few_words=("కొద్దిమందికే", "కొద్దిమందికి", "కొద్దిమంది", "కొద్దిమందే", "దాదాపు లేవనే", "దాదాపు లేవు"),
    # (coach.scoring.whims) నిద్ర, కాఫీ, మూడ్; కస్టమర్ ముందు మర్యాదగా ఉంటేనే
    own_states=("నిద్రపోతే", "నిద్రపోయిన", "నిద్ర బాగుంటే", "కాఫీ పడితే", "కాఫీ తాగిన తర్వాత",
                "కాఫీ తాగితే", "మూడ్ బాగుంటే", "మూడ్ బాగుంటేనే", "మూడ్ బాగున్నప్పుడు"),
    courtesies=("మర్యాదగా మాట్లాడితేనే", "మర్యాదగా ఉంటేనే", "మర్యాదగా మాట్లాడితే", "ముందు నవ్వితేనే",
                "నవ్వుతూ మాట్లాడితే", "బాగా మాట్లాడితేనే"),
    misdirections=("తప్పు అకౌంట్", "తప్పు నంబర్", "తప్పు కస్టమర్", "తప్పు అడ్రస్", "పొరపాటున",
                   "ఒకరి పేరుతో ఇంకొకరిని", "వేరే కస్టమర్‌కి"),
    misdirection_turns=frozenset(["కానీ", "కాని", "కాకపోతే"]), echo_guards=frozenset(["కూడా"]),
    retort_tags=("పెద్ద గొప్పేం కాదు", "పెద్ద పోటీ ఏమీ లేదు", "మీకూ నాకూ మధ్య", "మనలో మాట", "ఆఫ్ ద రికార్డ్",
                 "పెద్ద పనేం కాదు"),
    climbdowns=("అంటే", "సరే", "దాదాపు ఎప్పుడూ", "ఊరికే", "జోక్ చేశాను", "కిడ్డింగ్"),
    put_ons=("వినాలనుకునే జవాబు", "వినాలనుకుంటున్నది", "ఆశించే జవాబు", "సరైన జవాబు", "చెప్పాలని నాకు చాలా ఉంది",
             "చెప్పాలని ఉంది", "కనిపిస్తాను"),
    ability_lapses=("చేయను, అంతే", "అవసరం రాలేదు", "అరుదుగా అనిపిస్తుంది", "ఎందుకు చేయాలి", "సాధారణంగా మాత్రం"),
    # (not an ordinal alone: "ఎవరైనా రెండోసారి వస్తే…", a regular coming back)
    chase_marks=("బెదిరించిన తర్వాతే", "పోస్ట్ పెట్టాక", "అడిగిన తర్వాత", "అడిగిన తర్వాతే"),
    backbites=("బ్రేక్ రూమ్‌లో", "నవ్వుకుంటాం", "వెళ్ళగానే", "పక్కవాళ్ళతో", "ఇంటికొచ్చాక"),
    blames=("నాది కాదు", "వాళ్ళ తప్పు", "టెక్నీషియన్ల తప్పు", "నా చేతుల్లో ఏమీ లేదు", "తప్పు అని ఆయనకు"), even_handed=frozenset(["ఒకేలా", "అందరినీ"]),
    riddances=("ఫోన్ చేయకుండా ఉండటానికే", "వెళ్ళిపోతాడా అని", "వెళ్ళిపోతుందా అని", "వెళ్ళిపోవాలని",
               "ఫోన్ పెట్టేయాలని"),
    low_ratings=("అతి తక్కువ మార్కులు", "తక్కువ మార్కులు", "ఒక్క స్టారే", "ఒక్క స్టార్", "తక్కువ రేటింగ్",
                 "అతి తక్కువ రేటింగ్"),
    # (as to a child: a manner that empties the deed)
    empty_manners=("చిన్న పిల్లాడికి చెప్పినట్టు", "చిన్నపిల్లాడికి చెప్పినట్టు", "చిన్న పిల్లలకు చెప్పినట్టు",
                   "పిల్లాడికి చెప్పినట్టు"),
    # (coach.scoring.guesses) a guess with nothing remembered ("…చేసుకునే ఉంటాను, … గుర్తు లేదు"),
    # hearsay ("…అని చెప్పుకుంటారు, ఆ రోజు నేను లీవ్‌లో…"), a deed put off ("వచ్చే నెల నుంచి")
    guess_marks=("ఉంటాను", "ఉంటాయి అనుకుంటా", "ఉంటుంది అనుకుంటా", "ఉంటాను అనుకుంటా"),
    vague_marks=("ఎప్పుడో ఒకసారి", "గుర్తు లేదు", "గుర్తుకు రావడం లేదు", "గుర్తు రావడం లేదు", "లీవ్‌లో",
                 "సెలవులో"),
    hearsays=("చెప్పుకుంటారు", "పేరుంది"),
    put_offs=("స్నూజ్", "పడి ఉంది", "వచ్చే నెల నుంచి", "వచ్చే వారం నుంచి", "తీరిక దొరికినప్పుడు", "టైమ్ దొరికినప్పుడు",
              "ఖాళీ దొరికినప్పుడు"),
    # (coach.scoring.angles) a sale as the motive ("…పాలసీ అమ్మడానికి", to sell the policy), a bet
    sales=("అమ్మడానికి", "యాడ్-ఆన్", "యాడ్-ఆన్‌కి", "సేల్‌గా", "కొనేస్తారు"),
    wagers=("పందెం", "పందెంలో", "పందేనికి"),
    badges=("యూనిఫామ్", "యూనిఫామ్‌పై", "బ్యాడ్జ్", "బ్యాడ్జ్‌పై", "సర్టిఫికెట్", "టైటిల్", "డెసిగ్నేషన్"),
    badge_results=frozenset(["కాబట్టి", "అందుకే"]),
    natures=("రాశిలో", "రాశి", "జాతకం", "జాతకం ప్రకారం", "ఎన్నియాగ్రామ్", "mbti"),
    # (those who owe, dues collected: not "…కొత్త బిల్లో బకాయి పోయిందో లేదో కనుక్కున్నాను", a
    # customer's dues checked gone)
    debts=("బకాయిదారులతో", "బకాయిదారులకు", "బకాయి ఉన్న", "బకాయిలు వసూలు", "అప్పు పెండింగ్", "లేట్ ఫైన్",
           "ఇన్‌వాయిస్ గడువు", "డబ్బు కట్టే వరకు"),
    empowers=("భాగస్వాములను చేస్తాను",),
    # told knowing it false ("'…' అని చెప్తాను, … నాకు తెలిసినా", though I know); one try ("ఇక నా పని
    # అయిపోయింది", then my job is done); to cover oneself; the customer overruled ("వాళ్ళ తరఫున నేనే
    # నిర్ణయం", I decide for them)
    knowings=("నాకు తెలిసినా", "చూస్తూనే"),
    told_verbs=frozenset(["అని"]),
    one_tries=("ఇక నా పని అయిపోయింది", "అది ఆవిడ సమస్య", "అది వాళ్ళ సమస్య", "అంతా బాగుందనే అర్థం", "నా ఎనర్జీ అంతవరకే",
               "నాకు చిరాకు వస్తుంది", "ఇంతే ఉంది"),
    covers=("QA స్కోర్", "రేటింగ్ పడిపోకూడదు", "నన్నెవరూ అడగలేరు"),
    overrulings=("వాళ్ళ తరఫున నేనే నిర్ణయం", "నేనే డిసైడ్ చేసి", "వద్దని ముందే చెప్పినా"),
    # saved for a better job ("…మంచి చోట పని దొరికితే", if I get work somewhere good); the worst part
    # told only when asked ("…వాళ్లు అడిగితేనే చెప్తాను"); out of reach ("…నెలకోసారి", once a month)
    better_jobs=("పని దొరికితే",),
    leave_outs=("అడిగితేనే చెప్తాను", "అడగలేదు కాబట్టి చెప్పలేదు"),
    unavailables=("నెలకోసారి", "నెలాఖరున ఒకసారి", "నెలలో సగం రోజులే"),
)
# Shortcomings owned right after a keyword that opens its clause (Language.shortcomings):
# "శ్రద్ధగా వినడం నా వల్ల అవ్వదండి" (listening carefully is beyond me), "ఫ్లెక్సిబుల్‌గా ఉండటం నాకు
# కొంచెం కష్టమే" (being flexible is a bit hard for me). Not "నాకు కష్టం" itself: Language.lapses
# holds it, anywhere after the match in its sentence.
SHORTCOMINGS = ("నా వల్ల కాదు", "నా వల్ల కాదండి", "నా వల్ల అవ్వదు", "నా వల్ల అవ్వదండి",
                "నాకు కష్టమే", "నాకు కష్టమేనండి", "నాకు కొంచెం కష్టం", "నాకు కొంచెం కష్టమే",
                "నాకు కొంచెం కష్టమేనండి", "నా బలహీనత")

# A quotation that labels something (Language.label_nouns after it, stock_words before it,
# marking_verbs after it): "'…' టెంప్లేట్" (template), "స్టాండర్డ్ '…'", "'…' అని మార్క్ చేశాను"
# (I marked it as '…').
LABEL_NOUNS = frozenset(["టెంప్లేట్", "టెంప్లేట్‌ని", "మాక్రో", "స్టేటస్"])
STOCK_WORDS = frozenset(["స్టాండర్డ్", "టెంప్లేట్", "రెడీమేడ్"])
MARKING_VERBS = frozenset(["మార్క్", "టిక్", "ట్యాగ్"])
# Below the others, right before the keyword (Language.failings): "అందరికంటే తక్కువ మర్యాదగా"
# (less politely than anyone).
FAILINGS = ("అందరికంటే తక్కువ", "తక్కువ")
