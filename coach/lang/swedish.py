"""Swedish: Snowball stems (förväntning/förväntningar/förväntningarna), negation, fillers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import snowballstemmer

from . import Language, swedish_forms, swedish_people, swedish_undone
from .swedish_forms import (
    CONDITIONAL_SAYINGS,
    CREDITS,
    DENIALS,
    DISMISSALS,
    FAILINGS,
    FORMERS,
    GRADER_WORDS,
    INSTRUCTING_VERBS,
    LAPSES,
    NEGATION_AFTER_CUES,
    OUTRIGHT_REFUSALS,
    PRIVATIVE_CUES,
    RHETORICAL_QUESTIONS,
    SHORTCOMINGS,
    STARTER_TEXT,
    STRONG,
    TOPIC_FRAMES,
    TURNS,
)
from .swedish_people import COLLEAGUES, CUSTOMER_VISITS, STUDY_OPENERS, STUDY_SETTINGS, THIRD_PARTIES
from .swedish_phrases import (
    CLAUSE_IDIOMS,
    DEFLECTIONS,
    FIXED_IDIOMS,
    HANDOFFS,
    HEARSAY,
    IDIOMS,
    LIFE_FRAMES,
    LIFE_NOUNS,
    OTHER_SENSES,
    REFUSALS,
    SCENE_WORK,
    THINGS,
    WORD_CLASSES,
)

_stemmer = snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=8192)  # small: the matcher keeps each answer word's stem (scoring.matcher)
def stem(word: str) -> str:
    """Snowball Swedish stem of a normalised word (memoised)."""
    return _stemmer.stemWord(word)


_PRONOUNS = frozenset(["min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "deras", "vår", "vårt", "våra", "dess", "sin", "sitt", "sina", "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "kundens", "kundernas"])

LANGUAGE = Language(
    code="sv", name="Svenska", stem=stem,
    function_words=frozenset(
        ["en", "ett", "den", "det", "de", "jag", "du", "han", "hon", "hen", "vi", "ni", "dem", "mig", "mej", "dig", "oss", "er", "sig", "honom", "henne", "att", "och", "eller", "i", "på", "av", "för", "med", "till", "från", "om", "som", "är", "var", "vara", "varit", "har", "hade", "blir", "blev", "bli", "så", "mycket", "väldigt", "lite", "upp", "ut", "in", "heller", "något", "några"]
    )
    | _PRONOUNS,
    interchangeable=(_PRONOUNS, frozenset(["jag", "vi", "du", "han", "hon", "de", "man"]),
                     # tense of "vara" and "ha": "sa som det var" is "säga som det är"
                     frozenset(["är", "var", "vara", "varit"]),
                     frozenset(["har", "hade", "ha", "haft"])),
    answer_negatives=frozenset(["nej", "nä", "nää", "näe", "inte", "aldrig", "knappast", "sällan"]), answer_affirmatives=frozenset(["ja", "jo", "absolut", "alltid", "självklart", "såklart", "definitivt", "varje", "eftersom"]), reason_questions=frozenset(["varför"]),
    negation_cues=frozenset(
        ["inte", "int", "ej", "aldrig", "ingen", "inget", "inga", "noll", "utan", "varken", "ingenting", "ingen", "ingenstans", "knappast",
         # ("int": "inte" as it is said and often typed, "jag brukar int säga")
         # "rarely", "hardly", "lack of": "det är sällan jag visar empati", "brist på tålamod"
         # (not "saknar": its stem is the inverter "saknas", "det saknas aldrig")
         "sällan", "knappt", "brist", "bristande", "vägrar", "vägrade", "vägra",
         # "forgot / missed to…" negate what they govern (privative cues, below)
         "glömde", "glömmer", "glömt", "missade", "försummade",
         # "don't care about": "jag struntar i uppföljningen" (privative cues, below)
         "struntar", "struntade", "strunta", "struntat", "skiter", "sket", "skita",
         # "avoid": "jag undviker att överlova" denies the fault like "aldrig"
         "undviker", "undvek", "undvika", "undvikit",
         # "lost (one's patience)": "jag tappade tålamodet"; "tappar aldrig" affirms
         "tappade", "tappar", "tappat", "förlorade", "förlorar",
         # "fake": "jag fejkade empati"; "empati går inte att fejka" affirms
         "fejka", "fejkar", "fejkade", "fejkat",
         # "unthinkable": "det är otänkbart för mig att inte följa upp" is a double negative
         "otänkbart", "otänkbar", "otänkbara"]
    ),
    not_negating_next=frozenset(["bara", "endast", "enbart", "minst"]),
    # "förrän"/"tills"/"innan" (until, before): "jag ger mig inte förrän problemet är löst",
    # "jag lämnar aldrig ett ärende innan det är löst" affirm what follows.
    scope_breakers=frozenset(["men", "fast", "fastän", "eftersom", "utan", "medan", "trots",
                              "förrän", "tills", "innan"]),
    negating_pairs=frozenset([("utan", "att")]),
    # ("ingen/inget/inga" too: they negate their noun phrase, "vi har inget rum och förklarar
    # varför")
    narrow_cues=frozenset(["utan", "ingen", "inget", "inga", "noll", "glömde", "glömmer", "glömt", "missade", "försummade",
                           "undviker", "undvek", "undvika", "undvikit",
                           "tappade", "tappar", "tappat", "förlorade", "förlorar",
                           "fejka", "fejkar", "fejkade", "fejkat"]),
    coordinators=frozenset(["och", "sedan", "sen", "eller"]),
    negation_before=4, negation_after=2,
    serial_verbs=frozenset(["sitta", "sitter", "satt", "stå", "står", "stod", "ligga", "ligger", "låg",
                            "gå", "går", "gick"]),
    negation_after_cues=NEGATION_AFTER_CUES,
    dismissals=DISMISSALS,
    # "löpning" (running) is one letter from "lösning" (solution)
    distinct_words=frozenset(["respektive", "respektiva", "löpning", "löpningen",
                              # "small", not "lita" (trust): "ett litet café"
                              "liten", "litet"]),
    derivational_suffixes=("lig", "ligt", "liga", "het", "heten", "else", "ning", "isk"),
    compounds=True,
    word_prefixes=frozenset(["icke"]),  # "icke-återbetalningsbar"
    hyphen_intensifiers=frozenset(["super", "ultra", "extra", "hyper", "mega", "über", "jätte"]),
    inflectional_suffixes=("", "a", "e", "en", "et", "er", "ar", "or", "na", "arna", "erna",
                           "orna", "t", "s", "ade", "at", "de", "te"),
    fillers=("eh", "öh", "ehm", "hmm", "liksom", "typ", "alltså", "ba", "asså", "du vet"),
    hedges=("kanske", "jag tror", "antagligen", "förmodligen", "typ", "ungefär", "lite grann",
            "jag antar", "på något sätt"),
    # "vilken typ av kabel" is a kind; "liksom mina kollegor" is "like my colleagues"
    filler_not_after={"typ": frozenset(["en", "ett", "vilken", "vilket", "den", "det", "samma",
                                        "annan", "annat", "någon", "ingen", "sådan", "rätt", "fel",
                                        "varje", "denna", "detta"])},
    filler_not_before={"typ": frozenset(["av"]),
                       "liksom": frozenset(["min", "mitt", "mina", "din", "alla", "andra", "de",
                                            "den", "det", "förra", "vi", "jag", "du", "han",
                                            "hon", "många", "kollegorna", "kunderna"])},
    star_cues={
        "situation": ("när jag jobbade", "när jag arbetade", "på mitt förra jobb", "en gång",
                      "en dag", "förra året", "det var en kund", "en kund kom", "en kund ringde"),
        "task": ("jag behövde", "jag var tvungen", "min uppgift", "mitt ansvar", "jag skulle",
                 "målet var", "jag ville se till"),
        "action": ("jag bestämde", "jag förklarade", "jag erbjöd", "jag ringde", "jag lyssnade",
                   "jag bad om ursäkt", "jag tog", "jag såg till", "jag ordnade", "så jag",
                   "jag kontrollerade", "jag kontaktade", "jag föreslog"),
        "result": ("till slut", "resultatet", "det slutade", "tackade", "kom tillbaka",
                   "det visade sig", "efteråt", "i slutändan", "blev nöjd", "blev nöjda",
                   "sedan dess", "jag lärde mig"),
    },
    behavioural_prompts=("berätta om en gång", "beskriv en gång", "ge ett exempel",
                         "beskriv en situation", "berätta om en situation"),
    length_words=(45, 130, 280, 380),
    numbers=(",", "\u00a0", "{}\u00a0%", 3),  # 5,0 · 12 345 · 94 %
    stop_words=frozenset(
        ["alla", "allt", "alltid", "andra", "annan", "annat", "att", "av", "bara", "blev", "bli", "blir", "båda", "både", "de", "dem", "den", "denna", "dess", "dessa", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "eftersom", "ej", "eller", "en", "ett", "fick", "få", "får", "för", "från", "genom", "ha", "hade", "han", "hans", "har", "hela", "helt", "hen", "henne", "hennes", "honom", "hur", "här", "i", "ibland", "igen", "in", "inom", "inte", "jag", "ju", "kan", "kunde", "man", "med", "mellan", "men", "mer", "mig", "mej", "min", "mina", "mitt", "mot", "mycket", "ni", "nu", "när", "någon", "något", "några", "och", "också", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina", "sitt", "ska", "skulle", "som", "så", "sådan", "också", "till", "under", "upp", "ut", "utan", "vad", "var", "vara", "varför", "varje", "vi", "vid", "vilka", "vilken", "vilket", "vill", "våra", "vårt", "än", "ännu", "är", "även",
         # light verbs of a claim ("jag ger personlig service", "jag visar empati"), as English
         # lists "give", "make", "get"
         "ger", "gav", "gör", "gjorde", "tar", "tog", "visar", "visade"]
    ),
    grader_words=GRADER_WORDS,
    number_words={"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
                  "åtta": 8, "nio": 9, "tio": 10},
    word_classes=WORD_CLASSES,
    ask_words=frozenset(["nämn", "ange", "ge", "beskriv", "förklara", "lista", "redogör",
                         "jämför", "föreslå"]),
    length_units=frozenset(["mening", "meningar", "ord", "rad", "rader", "minut", "minuter",
                            "gånger", "sekunder", "stycken"]),
    choice_phrases=("av följande",),
    idioms=IDIOMS,
    fixed_idioms=FIXED_IDIOMS,
    # "Jag ska vara ärlig, …" is a marker; "Jag ska vara ärlig mot kunden …" is a claim.
    clause_idioms=CLAUSE_IDIOMS,
    conditional_sayings=CONDITIONAL_SAYINGS,
    inverters=swedish_forms.INVERTERS,
    # Comparatives by prefix: the stemmer folds "viktigare" into "viktig", whose negation
    # ("empati är inte viktigt") is a real one.
    inverter_prefixes=("viktigare", "bättre", "större"),
    # Only these make emphasis after the match ("inget jag gillar mer än…"): "Jag visade aldrig
    # empati, alternativt …" stays negated.
    comparatives=frozenset(["mer", "mera", "bättre", "viktigare", "större", "högre", "hellre",
                            # "inget jag tycker är ROLIGARE än att hjälpa kunder"
                            "roligare", "gladare", "härligare", "trevligare"]),
    # "brist på" ("lack of") too: "det fanns aldrig någon brist på empati" affirms
    # and "glömde att följa upp" ("forgot to follow up") negates, "glömde aldrig" affirms
    faults=frozenset(["överlova", "överlovar", "skönmåla", "skönmålar", "fackspråk", "avbryta",
                      "avbryter", "nedlåtande", "tjafsa", "bråka"]),
    privative_cues=PRIVATIVE_CUES,
    other_senses=OTHER_SENSES,
    # The candidate's own pursuits as written (coach.scoring.judge: "brinner för innebandy",
    # "flexibel kring mina tentor", "lönen var pålitlig"). Unambiguous only: "träningen", "pass"
    # and "schemat" also belong in a customer's story.
    life_frames=LIFE_FRAMES,
    # the candidate as the customer, telling the service they got (scenes.customer_scene)
    customer_frames=("när jag själv är kund", "när jag själv var kund", "jag var kunden", "på andra sidan disken",
                     "jag som kund", "mig som kund", "när man själv", "när jag själv", *CUSTOMER_VISITS),
    customer_turns=frozenset(["nu", "vi", "vår", "vårt", "våra", "jobbet", "jobb", "passet"]),
    life_nouns=LIFE_NOUNS,
    study_nouns=frozenset(["föreläsning", "föreläsningen", "föreläsningar", "uppsats", "uppsatsen", "hemtenta", "hemtentan",
                           "bok", "boken", "böcker", "artikel", "artikeln", "kapitel", "kapitlet",  # (read)
                           "uppsatser", "seminarium", "seminariet", "seminarier", "tenta", "tentan",
                           "tentor", "examensarbete", "examensarbetet",
                           # a course in a subject ("en kurs i kommunikation"; not "kursen", as
                           # often a customer's)
                           "kurs", "kurser", "workshop", "workshopen", "utbildning", "utbildningen", "utbildningar", "introduktionen", "föredrag", "föredraget"]),
    topic_prepositions=frozenset(["om", "i", "på"]), study_settings=STUDY_SETTINGS, study_openers=STUDY_OPENERS,
    field_openers=swedish_people.FIELD_OPENERS, life_roles=swedish_people.LIFE_ROLES,
    time_order=frozenset(["nästa", "följande", "förra", "samma", "senare", "efter", "dagen"]),
    scene_work=SCENE_WORK,
    scene_self=frozenset(["jag", "min", "mitt", "mina", "mig", "mej", "själv"]),
    scene_mine=frozenset(["min", "mitt", "mina"]),
    scene_conditionals=frozenset(["om"]), scene_comparisons=frozenset(["än"]),
    scene_leaving=frozenset(["efter"]), means_prepositions=frozenset(["i"]),
    customers=frozenset(["kund", "kunden", "kunder", "kunderna", "gäst", "gästen", "gäster",
                         "gästerna", "patient", "patienten", "patienter", "patienterna",
                         "klient", "klienten", "klienter", "klienterna", "besökare",
                         "besökaren", "besökarna", "resenär", "resenären", "resenärer",
                         "passagerare", "passageraren", "alla", "folk", "människor"]),
    # "den flexibla slangen", "maskinen är pålitlig igen" (things.of_a_thing)
    things=THINGS,
    # ("det" as well: "Vi har ett bra kundsystem. DET sparar kundens namn"; not the empty "det"
    # of "det går snabbt", "det ser ut att", "det finns")
    thing_pronouns=frozenset(["den", "det"]),
    empty_subjects=frozenset(["det"]),
    contrasts=frozenset(["men", "fast", "fastän", "däremot", "dock"]),
    empty_subject_verbs=frozenset(["blir", "blev", "går", "gick", "gäller", "gällde", "verkar",
                                   "verkade", "ser", "såg", "tar", "tog", "finns", "fanns",
                                   "känns", "kändes", "handlar", "handlade", "brukar", "hände",
                                   "händer", "räcker", "spelar", "beror", "kan", "kunde",
                                   "ska", "skulle", "måste"]),
    source_prepositions=frozenset(["från"]),
    cleft_openers=frozenset(["det", "vad"]),
    automatic_words=frozenset(["automatiskt", "automatisk", "automatiska"]),
    possession_verbs=frozenset(["har", "hade"]),
    existentials=frozenset(["finns", "fanns"]),
    naming_words=frozenset(["heter", "hette", "kallas", "kallad", "står"]),
    place_prepositions=frozenset(["i", "på"]),
    place_links=frozenset(["i", "på", "vid", "utanför", "hos"]),
    figure_words=frozenset(["procent", "procentenheter"]),
    # "yogan har gjort mig tålmodig", "fotbollen lärde mig att vara lugn"
    causatives=frozenset(["gjort", "gör", "gjorde", "göra", "lärt", "lärde", "lär"]),
    # "Jag är väldigt pålitlig", "jag är en flexibel person" (traits.self_description)
    copulas=frozenset(["är", "var", "varit", "vara"]),
    liking_words=frozenset(["passion", "passionerad", "passionerat", "brinner", "brinna", "brann",
                            "entusiastisk", "entusiasm", "stolt", "stolthet", "engagerad", "respekt"]),
    liking_prepositions=frozenset(["för", "om", "av", "i"]),
    trades=frozenset(["handel", "handeln", "detaljhandel", "detaljhandeln", "service", "servicen",
                      "restaurang", "hotell", "besöksnäring", "besöksnäringen", "vård", "vården",
                      "försäljning"]),
    degree_words=frozenset(["lite", "ganska", "rätt", "helt", "typ", "ärligt", "talat", "bara", "så"]),
    trait_verbs=frozenset(["har", "hade", "haft"]),
    trait_words=frozenset(["person", "människa", "handlar", "typ", "en", "ett", "väldigt", "mycket", "rätt",
                           "ganska", "otroligt", "alltid", "sån", "sådan", "som", "det",
                           # "… är liksom min grej", "… är hela min personlighet"
                           "grej", "personlighet", "hela", "liksom", "alltså", "asså",
                           "massor", "massa", "gott", "mängder",  # "jag har massor av empati"
                           "anställd", "medarbetare", "arbetare",  # "jag som anställd är flexibel"
                           "super", "jätte", "mega", "sjukt"]),  # "jag är typ SUPER flexibel"
    complementizers=frozenset(["att"]),
    speech_verbs=frozenset(["säger", "sa", "sade", "säga", "sagt", "tycker", "tyckte", "tror",
                            "trodde", "kallar", "kallade", "menar", "lärde"]),
    speaker_named=True,
    literal_markers=frozenset(["bokstavligen", "bokstavligt", "ordagrant"]), example_markers=frozenset(["typ"]),
    list_words=frozenset(["nämn", "ange", "lista", "räkna"]),
    request_verbs=frozenset(["ville", "vill", "krävde", "kräver", "begärde", "begär", "önskade",
                             "bad", "hoppades"]),
    granted_pronouns=frozenset(["en", "ett"]),
    articles=frozenset(["en", "ett", "den", "det", "de", "denna", "detta", "dessa"]),
    exceptives=("utom mig", "förutom mig", "än mig", "utom oss", "förutom oss", "än oss", "utom jag",
                "förutom jag"),
    document_nouns=swedish_people.DOCUMENT_NOUNS, pursuit_people=swedish_people.PURSUIT_PEOPLE,
    group_subjects=(*(f"{most} {group}" for most in ("nästan alla i", "de flesta i", "nästan alla", "alla")
                      for group in ("mitt team", "teamet", "mitt gamla team", "gänget", "personalen")),
                    "alla andra", "de flesta av mina kollegor", "resten av teamet", "resten av personalen",
                    "alla mina kollegor", "nästan alla mina kollegor"),
    genitive_endings=("s",),
    lapses=LAPSES, former_times=FORMERS, present_turns=TURNS, topic_frames=TOPIC_FRAMES,
    failings=FAILINGS, bystanders=swedish_people.BYSTANDERS, topic_closers=("i all ära", "åsido"),
    job_questions=swedish_people.JOB_QUESTIONS,
    perception_verbs=swedish_people.PERCEPTION_VERBS, perception_links=swedish_people.PERCEPTION_LINKS, role_openers=swedish_people.ROLE_OPENERS,
    served_people=swedish_people.SERVED_PEOPLE, media=swedish_people.MEDIA,
    patron_verbs=swedish_people.PATRON_VERBS, service_places=swedish_people.SERVICE_PLACES,
    wish_frames=("vill jobba", "vill arbeta", "vilja jobba", "vilja arbeta", "söker ett jobb",
                      "letar efter ett jobb", "drömmer om att jobba",
                      # what the candidate wants to get: "Jag SÖKER ETT JOBB som…", "jag uppskattar
                      # ett team som…" (not a person wanted: "en arbetsgivare som…")
                      *(f"jag {want} {article} {head}"
                        for want in ("söker", "vill ha", "uppskattar", "behöver", "letar efter", "önskar mig")
                        for article in ("en", "ett")
                        for head in ("jobb", "arbetsplats", "team", "företag", "tjänst"))),
    question_remarks=("bra fråga", "svår fråga", "intressant fråga", "klurig fråga"), resumptives=frozenset(["det", "detta", "den", "vilket"]), group_members=frozenset(["alla", "allihop", "folk"]), leave_questions=("får jag", "kan jag", "ska jag", "borde jag"), addressees=frozenset(["ni", "er", "du", "dig"]), shortcomings=SHORTCOMINGS, mention_nouns=swedish_people.MENTION_NOUNS,
    print_verbs=swedish_people.PRINT_VERBS, label_nouns=swedish_people.LABEL_NOUNS,
    stock_words=swedish_people.STOCK_WORDS, marking_verbs=swedish_people.MARKING_VERBS,
    marking_links=frozenset(["som"]), pro_verbs=frozenset(["gör", "gjorde"]), written_tags=("stod det i", "stod det på", "det stod i", "det stod på", "står det i", "står det på", "det står i", "det står på"), noun_prepositions=frozenset(["mellan", "med", "för", "i", "på", "hos", "från", "mot", "inom", "av", "bland"]),
    rhetorical_questions=RHETORICAL_QUESTIONS, outright_refusals=OUTRIGHT_REFUSALS,
    denials=DENIALS, unreal_conditions=swedish_forms.UNREAL_CONDITIONS,
    unreal_modals=swedish_forms.UNREAL_MODALS, unreal_results=swedish_forms.UNREAL_RESULTS,
    unreal_auxiliaries=swedish_forms.UNREAL_AUXILIARIES, supine_endings=("t",), undone=swedish_undone.UNDONE,
    credits=CREDITS,
    character_nouns=frozenset(["person", "människa", "typ", "personlighet", "kille", "tjej"]),
    work_traits=frozenset(["pålitlig", "flexibel", "punktlig", "anpassningsbar", "arbetsvillig", "snabb",
                           "pålitliga", "flexibla", "punktliga", "flexibelt", "pålitligt", "konsekvent"]),
    rota_words=frozenset(["helg", "helger", "helgerna", "helgen", "kvällar", "kvällarna",
                          "nätter", "nätterna", "pass", "passen", "skift", "skiften",
                          "skiftena", "arbetstider", "arbetstiderna", "arbetstid", "schema",
                          "schemat", "övertid", "tider", "tiderna", "morgnar"]),
    wish_verbs=frozenset(["behöver", "behövde", "vill", "ville", "söker", "letar", "föredrar"]),
    wished_things=frozenset(["något", "nåt", "jobb", "ett", "arbete", "tjänst"]),
    life_prepositions=frozenset(["för", "kring", "runt", "med", "på", "i", "om", "till", "från",
                                 "inom", "av", "mot",
                                 # "pålitlig när det gäller löpning" ("when it comes to")
                                 "gäller"]),
    # "Jag insåg snabbt …", "jag lärde mig snabbt": a one-word keyword qualifies a thought.
    # Hearsay and others' wishes: "jag har fått höra att jag är tålmodig", "kunderna
    # förväntar sig att jag följer upp", "chefen vill att jag ska vara flexibel"
    hearsay=HEARSAY,
    mental_verbs=frozenset(["insåg", "inse", "inser", "lärde", "lär", "lära", "märkte", "märker",
                            "tänker", "tänkte",
                            "upptäckte", "förstod", "vande", "fattade", "tröttnade", "uttråkad"]),
    third_parties=THIRD_PARTIES,
    own_subjects=frozenset(["jag", "vi", "mig", "mej", "oss", "själv"]),
    # "Kunden var väldigt vänlig", "gästen lovade att följa upp": what the person served does
    # or is, not the candidate (coach.scoring.roles.served_subject)
    # Not "kunden": keywords that say how the customer felt after the candidate's service
    # ("kunden kände sig välkommen", "kunderna kunde lita på oss") have it as their subject.
    copular_served=frozenset(["kunden", "kunderna"]),
    served_subjects=frozenset(["gästen", "gästerna", "patienten",
                               "resenären", "passageraren", "mannen", "kvinnan", "damen",
                               "herren", "paret", "familjen", "hon", "han", "hen", "de",
                               "dom"]),
    collective_people=frozenset(["par", "paret", "familj", "familjen", "familjer", "grupp",
                                 "gruppen", "gäng", "gänget"]),
    person_pronouns=(frozenset(["han", "honom", "hans"]), frozenset(["hon", "henne", "hennes"])),
    object_pronouns=frozenset(["honom", "henne"]),
    gendered_people=(frozenset(["man", "mannen", "herre", "herren", "kille", "killen", "pojke",
                                "pojken", "farbror", "farbrorn", "gubbe", "gubben", "pappa",
                                "pappan", "son", "sonen", "bror", "brodern", "morfar", "farfar"]),
                     frozenset(["kvinna", "kvinnan", "dam", "damen", "tjej", "tjejen", "flicka",
                                "flickan", "tant", "tanten", "mamma", "mamman", "dotter",
                                "dottern", "syster", "systern", "mormor", "farmor"])),
    colleagues=COLLEAGUES,
    # passed over between such a subject and the keyword: "kunden lovade att följa upp",
    # "hon verkade väldigt förstående"
    linking_verbs=frozenset(["verkade", "verkar", "förblev", "förblir", "lovade", "lovar",
                             "ville", "tänkte", "försökte", "brukade", "höll", "blev"]),
    # Not "inte mitt problem" / "inte mitt ansvar": the matcher lets any negation stand for
    # "inte" and "mitt" go missing, so they caught "ger mig aldrig förrän problemet är löst".
    deflections=DEFLECTIONS,
    refusals=REFUSALS,
    handoffs=HANDOFFS,
    # Leaving the work to someone else: "jag låter kollegan lösa det", "de skulle följa upp"
    # (coach.scoring.roles.delegated); a modal needs one of `work_others` or `third_person`
    # just before it. No infinitive subject: Swedish says "så att morgonpasset kan lösa det".
    work_others=frozenset(["teknikern", "teknikerna", "verkstaden", "kundtjänst",
                           "kundtjänsten", "huvudkontoret", "lagret", "supporten", "labbet",
                           "leverantören", "avdelningen", "ekonomiavdelningen", "kollegan",
                           "kollegorna", "chefen", "butikschefen", "morgonpasset", "kvällspasset",
                           "de", "han", "hon", "hen", "dom"]),
    duty_nouns=frozenset(["jobb", "ansvar", "uppgift", "bord", "avdelning"]),
    delegators=frozenset(["låter", "låta", "lät", "överlåter", "överlät"]),
    passing_verbs=frozenset(["går", "gick", "gått", "skickas", "skickades", "lämnas", "lämnades",
                             "förs", "fördes"]),
    passing_to="till",
    delegated_modals=frozenset(["skulle", "ska", "kan", "kunde", "får", "fick", "borde",
                                "måste"]),
    modal_adverbs=frozenset(["brukar", "brukade", "sedan", "sen", "då", "också", "nog", "säkert", "snart", "senare",
                             "alltid", "själva",
                             # time and stance adverbs: "Uppföljning EFTERÅT gör jag DÄREMOT inte"
                             "efteråt", "däremot", "dock", "ändå", "faktiskt", "verkligen",
                             "egentligen", "ofta", "oftast",
                             # degree words, as English "very": "en VÄLDIGT flexibel chef"
                             "väldigt", "riktigt", "otroligt", "extremt", "ganska", "jätte"]),
    # Tips are imperatives ("Visa att du…", "Lyssna färdigt…"); stems match the imperative
    # with the present tense, so only the asking verb and the pronouns change.
    first_person=((r"^(?:visa|berätta|säg|förklara|beskriv|nämn),? (?:att|hur|vad|när|varför) du ",
                   "jag "),),
    person_swaps=((r"\bdu\b", "jag"), (r"\bdig\b", "mig"), (r"\bdin\b", "min"),
                  (r"\bditt\b", "mitt"), (r"\bdina\b", "mina"),
                  (r"\b(?:visa|berätta|säg|förklara|beskriv|nämn),? (?:att|hur|vad|när|varför) jag ",
                   "jag ")),
    third_person=frozenset(["deras", "dem", "de", "hans", "honom", "han", "hennes", "henne", "hon", "hen", "hens", "henom",
                            "sig", "sin", "sitt", "sina"]),
    first_person_objects=frozenset(["mig", "mej", "min", "mitt", "mina", "oss", "vår", "vårt", "våra"]),
    own_objects=frozenset(["mig", "mej", "oss"]),
    inverted_subjects=frozenset(["han", "hon", "hen", "de"]),
    past_endings=("ade", "de", "te"),
    past_forms=frozenset(["bad", "tog", "gav", "fick", "gick", "kom", "sa", "sade", "såg", "drog",
                          "bjöd", "skrev", "satt", "stod", "låg", "bar", "fann", "hann", "höll",
                          "lät", "sprang", "drack", "åt", "for", "steg", "gjorde", "visste"]),
    verb_followers=frozenset(["honom", "henne", "dem", "mig", "mej", "oss", "sig", "upp", "ut", "tillbaka",
                              "bort", "fram", "om"]),
    result_links=frozenset(["så"]),
    subordinators=frozenset(["om", "när", "medan", "eftersom", "sedan", "efter", "innan", "tills",
                             "där"]), relative_adverbs=frozenset(["när", "där"]),
    addressee_possessives=frozenset(["din", "ditt", "dina", "er", "ert", "era"]), linkers=frozenset(["så"]),
    firm_possessives=frozenset(["er", "ert", "era"]), firm_words=swedish_people.FIRM_WORDS,
    addressee_subjects=frozenset(["ni"]), same_claims=swedish_people.SAME_CLAIMS,
    cleft_frames=("det var", "det är"), cleft_relatives=frozenset(["som"]),
    relative_pronouns=frozenset(["som"]), present_endings=("ar", "er", "ör"),
    negative_subjects=frozenset(["ingen"]),
    subordinate_phrases=("varje gång", "så fort", "så snart"),
    definite_endings=("en", "et", "n", "t", "na"),
    anyone_nouns=frozenset(["en", "någon", "nån", "person", "personer", "människa", "typ", "sort",
                            "folk", "de", "dem", "alla"]),
    manner_prepositions=frozenset(["med", "mot"]),
    oversight_words=frozenset(["såg", "säkerställde", "coachade", "tränade", "lärde", "påminde", "kontrollerade"]),
    staff_words=frozenset(["personalen", "teamet", "servitörerna", "nyanställda", "medarbetarna", "kollegorna",
                           "kassörerna", "receptionisterna", "agenterna", "säljarna", "praktikanterna"]),
    # "Jag spelar innebandy, det är min stora passion", "…, vilket jag brinner för"
    anaphors=frozenset(["det", "detta", "vilket", "som"]),
    infinitive_subject=("för", "att"),
    receiving_verbs=frozenset(["känner", "kände", "känna", "känt"]),
    surprise_words=frozenset(["förväntat", "förväntade", "väntat", "väntade"]),
    below_me=("än jag", "än mig", "än vad jag", "än jag själv"),
    receipt_verbs=frozenset(["fått", "fick", "får", "haft", "erhållit", "fåt"]),
    perfect_receipts=(frozenset(), frozenset(["någonsin", "har", "hade"])),
    expectation_verbs=swedish_people.EXPECTATION_VERBS,
    instructing_verbs=INSTRUCTING_VERBS, own_words=frozenset(["egen", "eget", "egna"]),
    own_means=frozenset(["tid", "fritid", "bekostnad", "initiativ", "bil", "bilen", "pengar", "ficka",
                         "telefon", "mobil"]),
)


LANGUAGE = replace(LANGUAGE, lemmas=STRONG, starter=STARTER_TEXT)
