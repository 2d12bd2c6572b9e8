"""Swedish: Snowball stems (förväntning/förväntningar/förväntningarna), negation, fillers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import snowballstemmer

from . import Language, lemma_table

_stemmer = snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=8192)  # small: the matcher keeps each answer word's stem (scoring.matcher)
def stem(word: str) -> str:
    """Snowball Swedish stem of a normalised word (memoised)."""
    return _stemmer.stemWord(word)


_PRONOUNS = frozenset(
    ["min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "deras", "vår", "vårt", "våra", "dess", "sin", "sitt", "sina", "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "kundens", "kundernas"]
)

LANGUAGE = Language(
    code="sv",
    name="Svenska",
    stem=stem,
    function_words=frozenset(
        ["en", "ett", "den", "det", "de", "jag", "du", "han", "hon", "hen", "vi", "ni", "dem", "mig", "dig", "oss", "er", "sig", "honom", "henne", "att", "och", "eller", "i", "på", "av", "för", "med", "till", "från", "om", "som", "är", "var", "vara", "varit", "har", "hade", "blir", "blev", "bli", "så", "mycket", "väldigt", "lite", "upp", "ut", "in", "heller", "något", "några"]
    )
    | _PRONOUNS,
    interchangeable=(_PRONOUNS, frozenset(["jag", "vi", "du", "han", "hon", "de", "man"]),
                     # tense of "vara" and "ha": "sa som det var" is "säga som det är"
                     frozenset(["är", "var", "vara", "varit"]),
                     frozenset(["har", "hade", "ha", "haft"])),
    negation_cues=frozenset(
        ["inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "varken", "ingenting", "ingen", "ingenstans", "knappast",
         # "rarely", "hardly", "lack of": "det är sällan jag visar empati", "brist på tålamod"
         # (not "saknar": its stem is the inverter "saknas", "det saknas aldrig")
         "sällan", "knappt", "brist", "bristande", "vägrar", "vägrade", "vägra",
         # "forgot / missed to…" negate what they govern (privative cues, below)
         "glömde", "glömmer", "glömt", "missade", "försummade",
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
    narrow_cues=frozenset(["utan", "ingen", "inget", "inga", "glömde", "glömmer", "glömt", "missade", "försummade",
                           "undviker", "undvek", "undvika", "undvikit",
                           "tappade", "tappar", "tappat", "förlorade", "förlorar",
                           "fejka", "fejkar", "fejkade", "fejkat"]),
    coordinators=frozenset(["och", "sedan", "sen", "eller"]),
    negation_before=4,
    negation_after=2,
    negation_after_cues=frozenset(["inte", "aldrig", "ej", "sällan"]),
    # "löpning" (running) is one letter from "lösning" (solution)
    distinct_words=frozenset(["respektive", "respektiva", "löpning", "löpningen"]),
    derivational_suffixes=("lig", "ligt", "liga", "het", "heten", "else", "ning", "isk"),
    compounds=True,
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
        ["alla", "allt", "alltid", "andra", "annan", "annat", "att", "av", "bara", "blev", "bli", "blir", "båda", "både", "de", "dem", "den", "denna", "dess", "dessa", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "eftersom", "ej", "eller", "en", "ett", "fick", "få", "får", "för", "från", "genom", "ha", "hade", "han", "hans", "har", "hela", "helt", "hen", "henne", "hennes", "honom", "hur", "här", "i", "ibland", "igen", "in", "inom", "inte", "jag", "ju", "kan", "kunde", "man", "med", "mellan", "men", "mer", "mig", "min", "mina", "mitt", "mot", "mycket", "ni", "nu", "när", "någon", "något", "några", "och", "också", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina", "sitt", "ska", "skulle", "som", "så", "sådan", "också", "till", "under", "upp", "ut", "utan", "vad", "var", "vara", "varför", "varje", "vi", "vid", "vilka", "vilken", "vilket", "vill", "våra", "vårt", "än", "ännu", "är", "även",
         # light verbs of a claim ("jag ger personlig service", "jag visar empati"), as English
         # lists "give", "make", "get"
         "ger", "gav", "gör", "gjorde", "tar", "tog", "visar", "visade"]
    ),
    grader_words=frozenset(
        ["alternativ", "alternativt", "exempel", "exempelvis", "följande", "korrekt", "korrekta",
         "möjlig", "möjliga", "nämna", "nämner", "rätt", "tillräckligt"]
    ),
    number_words={"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
                  "åtta": 8, "nio": 9, "tio": 10},
    ask_words=frozenset(["nämn", "ange", "ge", "beskriv", "förklara", "lista", "redogör",
                         "jämför", "föreslå"]),
    length_units=frozenset(["mening", "meningar", "ord", "rad", "rader", "minut", "minuter",
                            "gånger", "sekunder", "stycken"]),
    choice_phrases=("av följande",),
    idioms=(# till intervjuaren om svaret: "Jag kan säga direkt att det hände ofta"
            "jag kan säga direkt", "jag ska säga direkt", "jag säger det direkt",
            "jag kan säga med en gång", "jag ska säga med en gång",
            "jag kan lika gärna säga direkt", "ärligt talat", "ärligt", "uppriktigt sagt", "uppriktigt talat", "rent ärligt",
            "ska jag vara ärlig", "jag ska erkänna", "sanningen att säga", "jag måste nog säga", "inte oväntat",
            "i rättvisans namn", "uppriktigt", "helt ärligt",
            "för att vara ärlig", "som väntat", "tro mig", "med all respekt", "jag måste säga",
            "jag måste erkänna", "rent ut sagt", "för att vara rättvis", "i ärlighetens namn",
            "faktiskt", "självklart", "naturligtvis", "i slutändan", "förresten", "kort sagt",
            "på riktigt"),
    fixed_idioms=("helt ärligt", "ärligt sagt", "om jag ska vara ärlig", "om jag ska vara helt ärlig", "för att vara helt ärlig",
                  "för att vara ärlig mot dig", "om sanningen ska fram", "ärligt talat",
                  "i ärlighetens namn", "med all respekt", "som väntat", "som förväntat",
                  "precis som väntat", "precis som förväntat", "som man kunde förvänta sig",
                  "rent ärligt", "ska jag vara ärlig", "ska jag vara helt ärlig",
                  # addressed to the interviewer ("jag ska vara ärlig mot kunden" is a claim)
                  "jag ska vara ärlig med dig", "jag ska vara ärlig mot dig",
                  "jag ska vara helt ärlig med dig", "sanningen är att",
                  # generic "man" and plural "vi": "Ska man vara helt ärlig så…", "Om vi ska
                  # vara ärliga…" (a claim says "jag är ärlig mot kunden")
                  "ska man vara ärlig", "ska man vara helt ärlig", "om man ska vara ärlig",
                  "om man ska vara helt ärlig", "ska vi vara ärliga", "om vi ska vara ärliga",
                  "ska vi vara helt ärliga", "om vi ska vara helt ärliga",
                  "för att vara ärliga", "för att vara helt ärliga",
                  # "frankly", "hand on heart", "I won't lie", "unsurprisingly", "I won't hide
                  # that", "to my surprise"
                  "raka puckar", "rent krasst", "med handen på hjärtat", "jag ska inte ljuga",
                  "föga förvånande", "inte helt oväntat", "inte oväntat",
                  "jag ska inte sticka under stol med", "till min förvåning",
                  "till min överraskning", "till min stora överraskning",
                  "till min positiva överraskning", "till vår förvåning"),
    # "Jag ska vara ärlig, …" is a marker; "Jag ska vara ärlig mot kunden …" is a claim.
    clause_idioms=("jag ska vara ärlig", "jag ska vara helt ärlig", "jag ska vara uppriktig",
                   "jag måste vara ärlig", "jag vill vara ärlig"),
    inverters=frozenset(["glömmer", "glömma", "glömde", "glömt", "missar", "missa", "missade",
                         "fejka", "fejkar", "fejkade",
                         # "det skadar aldrig att följa upp" (it never hurts to follow up)
                         "skadar", "skada",
                         "struntar", "strunta", "ignorerar", "ignorera", "försummar", "försumma",
                         "tvekar", "tveka", "valfritt", "valfri", "valfria", "förhandlingsbart",
                         "ersättning", "ersätta", "ersätter", "underskatta", "underskattar",
                         "överdriva", "överdriver", "nog", "mer", "bättre", "slår",
                         "ursäkt", "genväg", "kompromissa", "kompromissar", "saknas",
                         "släpper", "släppa", "skjuter", "skjuta", "lyx", "bonus", "extra",
                         # "kan inte nog betona", "slutar aldrig följa upp", "inget alternativ
                         # till ärlighet", "inget tillval"
                         "betona", "betonar", "understryka", "understryker", "sluta", "slutar",
                         "alternativ", "alternativet", "substitut", "tillval",
                         # "tröttnar aldrig på att hjälpa" ("never tire of")
                         "tröttnar", "tröttna", "tröttnat",
                         # "tappar aldrig tålamodet", "hoppar aldrig över uppföljningen",
                         # "skulle aldrig vara annat än ärlig" ("never anything but honest")
                         "tappar", "tappa", "tappade", "tappat", "förlorar", "förlorade",
                         "hoppar", "hoppa", "skippar", "skippa", "annat",
                         # "det är aldrig fel att visa empati" ("never wrong to"), "jag drar
                         # mig aldrig för att…" ("never shy away from")
                         "fel", "drar", "dra", "drog",
                         # "jag har inget emot att böja på reglerna" ("I don't mind")
                         "emot"]),
    # Comparatives by prefix: the stemmer folds "viktigare" into "viktig", whose negation
    # ("empati är inte viktigt") is a real one.
    inverter_prefixes=("viktigare", "bättre", "större"),
    # Only these make emphasis after the match ("inget jag gillar mer än…"): "Jag visade aldrig
    # empati, alternativt …" stays negated.
    comparatives=frozenset(["mer", "mera", "bättre", "viktigare", "större", "högre", "hellre"]),
    # "brist på" ("lack of") too: "det fanns aldrig någon brist på empati" affirms
    # and "glömde att följa upp" ("forgot to follow up") negates, "glömde aldrig" affirms
    faults=frozenset(["överlova", "överlovar", "skönmåla", "skönmålar", "fackspråk", "avbryta",
                      "avbryter", "nedlåtande", "tjafsa", "bråka"]),
    privative_cues=frozenset(["utan", "brist", "glömde", "glömmer", "glömt", "missade",
                              "undviker", "undvek", "undvika", "undvikit",
                              "försummade", "tappade", "tappar", "tappat", "förlorade",
                              "förlorar", "fejka", "fejkar", "fejkade", "fejkat"]),
    other_senses=(# what happens by itself, no one doing it: "det brukar lösa sig ändå"
                  "lösa sig", "löser sig", "löste sig", "löst sig", "ordnar sig", "ordna sig",
                  "ordnade sig", "mina studier", "mitt schema i skolan", "mina lektioner", "mina tentor",
                  "min utbildning", "mitt plugg", "plugget", "lediga helger", "ledig på helgerna",
                  "lediga dagar", "min fritid", "på fritiden", "min hobby", "mina hobbyer",
                  "fotboll", "innebandy", "handboll", "hockey", "basket", "tennis", "gymmet",
                  "maraton", "mitt lopp", "träningen", "tv-spel", "gitarr", "mitt band",
                  "mina egna mål", "mina personliga mål", "mina egna förväntningar",
                  "mitt personbästa", "lönen", "min lön", "pengarna", "lönehöjning", "bussen",
                  "min buss", "tåget", "trafiken", "väckarklockan", "mitt eget liv",
                  "min jobbansökan", "min ansökan", "min egen ansökan", "mina ansökningar",
                  "mina alternativ", "mina föräldrar", "min familj", "mina betyg", "min tränare", "mina lagkamrater",
                  "lyssna på musik", "lyssnar på musik", "poddar", "i tid till jobbet",
                  "i tid till mina pass",
                  # the candidate's own hours and availability, training and money
                  "mina föreläsningar", "föreläsningarna", "mina arbetstider", "arbetstiderna",
                  "mina pass", "mina tider", "kan jobba kvällar", "kan jobba helger",
                  "kan ta kvällspass", "kan ta helgpass", "studielånet", "mitt studielån",
                  "min träning", "mitt lag", "mitt fotbollslag", "min timlön",
                  "för pengarnas skull", "ekonomin hemma", "tentaperioden", "tentorna",
                  "mina kurser", "mina läxor", "med läxorna", "mina förväntningar", "mina mål",
                  "mitt mål", "mina träningsmål", "mina karriärmål", "mina lopp",
                  "jag vann loppet", "matlagningen", "mina kompisar", "mina vänner",
                  "min familj", "vara ledig", "helgerna lediga", "sa upp mig", "säga upp mig",
                  "jag pluggar", "mina resultat", "min lillebror", "min lillasyster",
                  "mina syskon", "min mormor", "min farmor", "mina föräldrar", "mina hästar",
                  "bättre lön",
                  # the candidate's own time, records, perks, pets, partner and driving lessons
                  "arbetstid", "arbetstider", "mina arbetstider", "personalrabatten",
                  "personalrabatt", "min egen tid", "mitt eget rekord", "mitt rekord",
                  "träningsprogram", "träningsprogrammet", "ljudböcker", "ljudbok",
                  "min hund", "hunden", "min katt", "katten", "min sambo", "sambon",
                  "min pojkvän", "min flickvän", "körlektion", "körlektioner", "körkortet",
                  # not the candidate explaining: "det förklarar varför…" ("that explains")
                  "det förklarar", "vilket förklarar", "det förklarade", "vilket förklarade",
                  # time itself passing quickly, the candidate's own quick mind
                  "tiden går", "tiden gick", "tiden flyger", "tiden flög", "snabb i huvudet",
                  "snabbtänkt",
                  # more of the candidate's own sports, travel, commute and childminding
                  "padel", "resor", "mina resor", "pendeltåget", "pendeltåg", "tunnelbanan",
                  "barnvakt", "barnvakten", "läser på distans", "pluggar på distans",
                  # weekends off ("lediga helger" above)
                  "helgerna fria", "fria helger", "ledigt på helgerna", "ledig på helgen",
                  "helgen ledig", "helgerna lediga", "lediga kvällar", "ledigt på kvällarna",
                  # the candidate's own things
                  "min bil", "min cykel", "min dator", "min mobil", "mitt bilproblem",
                  # more sports and pastimes (not ones that are often a workplace: theatre,
                  # concerts, bowling; not "jakt", "i min jakt på en lösning")
                  "skidåkning", "slalom", "orientering", "friidrott", "körsång", "stickning",
                  "schack", "brädspel", "datorspel", "e-sport", "gymnastik", "crossfit",
                  "styrketräning", "spinning", "pingis", "bordtennis", "segling", "paddling",
                  "kajak", "odling", "serier",
                  # the candidate's own health, children and career
                  "min hälsa", "mina barn", "min son", "min dotter", "mina söner", "mina döttrar",
                  "min karriär", "göra karriär", "min befordran", "löneförhöjning"),
    # The candidate's own pursuits as written (coach.scoring.judge: "brinner för innebandy",
    # "flexibel kring mina tentor", "lönen var pålitlig"). Unambiguous only: "träningen", "pass"
    # and "schemat" also belong in a customer's story.
    life_frames=("när jag reser", "på semestern", "på min fritid", "på fritiden",
                 "utanför jobbet", "utanför arbetet", "som kund själv", "när jag själv är kund",
                 "när jag är kund", "när jag äter ute", "när jag handlar", "i mitt privatliv",
                 "i mitt eget liv",
                 # "… när jag har bestämt mig för något": the candidate's own resolve
                 "när jag har bestämt mig", "när jag bestämt mig", "när jag väl bestämt mig",
                 # the candidate as a customer: "Jag har själv varit stamkund hos …"
                 "själv varit stamkund", "själv varit kund", "är själv stamkund",
                 "när jag själv var kund", "som stamkund själv",
                 # the candidate's own records: "… jag slog min egen tid"
                 "slog min egen tid", "slog mitt rekord", "slog mitt personbästa",
                 # the candidate's own commute going wrong: "bussen var sen, så jag vet hur…"
                 "bussen var sen", "bussen var försenad", "tåget var sent", "tåget var försenat",
                 "tåget var inställt", "pendeltåget var inställt", "missade bussen",
                 "missade tåget", "jag försov mig",
                 # the candidate's attendance: "Jag är pålitlig, jag har aldrig kommit för sent
                 # till ett pass" (as English "late for a shift")
                 "för sent till ett pass", "för sent till jobbet", "för sent till arbetet",
                 "för sent till passet", "missat ett pass", "missade ett pass", "sjukanmält mig",
                 "sjukskrev mig", "min närvaro"),
    life_nouns=frozenset([
        "fotboll", "fotbollen", "innebandy", "innebandyn", "handboll", "hockey", "ishockey",
        "basket", "tennis", "golf", "volleyboll", "badminton", "simning", "cykling", "löpning",
        "maraton", "maratonlopp", "triathlon", "klättring", "vandring", "skidåkning", "surfing",
        "boxning", "karate", "yoga", "gymmet", "gitarr", "gitarren", "piano", "pianot",
        "trummor", "gaming", "fotografering", "studier", "studierna", "tentor", "tentorna",
        "föreläsningar", "föreläsningarna", "läxor", "läxorna", "lön", "lönen", "timlön",
        "timlönen", "hobby", "hobbyn", "hobbyer", "matlagning", "bakning", "musik", "musiken",
        "dans", "dansen", "sång", "fiske", "ridning", "uppsats", "uppsatsen", "examensarbetet",
        "kompisar", "kompisarna", "vänner", "vännerna", "poddar", "ljudböcker",
        "träningsprogram", "träningsprogrammet", "körlektion", "körlektioner", "hund", "hunden",
        "katt", "katten", "padel", "resor", "barnvakt", "djur", "djuren",
        # more sports, pastimes and the candidate's own move
        "skidåkning", "slalom", "orientering", "friidrott", "körsång", "stickning", "schack",
        "brädspel", "datorspel", "e-sport", "gymnastik", "crossfit", "styrketräning", "spinning",
        "pingis", "bordtennis", "segling", "paddling", "kajak", "odling", "serier",
        # school, holidays and the candidate's own landlord
        "gymnasiet", "gymnasium", "högstadiet", "skolan", "universitetet", "högskolan",
        "läraren", "lärarna", "semester", "semestern", "hyresvärd", "hyresvärden"]),
    customers=frozenset(["kund", "kunden", "kunder", "kunderna", "gäst", "gästen", "gäster",
                         "gästerna", "patient", "patienten", "patienter", "patienterna",
                         "klient", "klienten", "klienter", "klienterna", "besökare",
                         "besökaren", "besökarna", "resenär", "resenären", "resenärer",
                         "passagerare", "passageraren", "alla", "folk", "människor"]),
    # "den flexibla slangen", "maskinen är pålitlig igen" (things.of_a_thing)
    things=frozenset(["slang", "slangen", "maskin", "maskinen", "maskiner", "skärm", "skärmen",
                      "meny", "menyn", "knapp", "knappen", "app", "appen", "hemsida",
                      "hemsidan", "webbplats", "webbplatsen", "konto", "kontot", "sparkonto",
                      "sparkontot", "kort", "kortet", "mall", "mallen", "blankett", "blanketten",
                      "apparat", "apparaten", "skylt", "skylten", "program", "programmet",
                      "mobil", "mobilen", "laddare", "laddaren", "modell", "modellen",
                      "inställning", "inställningen", "inställningar", "inställningarna",
                      "system", "systemet", "ärendesystem", "ärendesystemet", "checklista",
                      "checklistan", "nummersystem", "nummersystemet", "kassa", "kassan",
                      "kassor", "kassorna", "kassaapparat", "kassaapparaten", "dator", "datorn",
                      "bil", "bilen", "lösenord", "lösenordet"]),
    # "yogan har gjort mig tålmodig", "fotbollen lärde mig att vara lugn"
    causatives=frozenset(["gjort", "gör", "gjorde", "göra", "lärt", "lärde", "lär"]),
    # "Jag är väldigt pålitlig", "jag är en flexibel person" (senses.self_description)
    copulas=frozenset(["är", "var", "varit", "vara"]),
    trait_words=frozenset(["person", "människa", "typ", "en", "ett", "väldigt", "mycket", "rätt",
                           "ganska", "otroligt", "alltid", "sån", "sådan", "som", "det"]),
    complementizers=frozenset(["att"]),
    literal_markers=frozenset(["bokstavligen", "bokstavligt", "ordagrant"]),
    list_words=frozenset(["nämn", "ange", "lista", "räkna"]),
    request_verbs=frozenset(["ville", "vill", "krävde", "kräver", "begärde", "begär", "önskade",
                             "bad"]),
    articles=frozenset(["en", "ett", "den", "det", "de", "denna", "detta", "dessa"]),
    exceptives=("utom mig", "förutom mig", "än mig", "utom oss", "förutom oss", "än oss"),
    work_traits=frozenset(["pålitlig", "flexibel", "punktlig", "anpassningsbar", "arbetsvillig",
                           "pålitliga", "flexibla", "punktliga"]),
    life_prepositions=frozenset(["för", "kring", "runt", "med", "på", "i", "om", "till", "från",
                                 "inom", "av", "mot"]),
    # "Jag insåg snabbt …", "jag lärde mig snabbt": a one-word keyword qualifies a thought.
    # Hearsay and others' wishes: "jag har fått höra att jag är tålmodig", "kunderna
    # förväntar sig att jag följer upp", "chefen vill att jag ska vara flexibel"
    hearsay=("jag har hört att", "jag hörde att", "jag har fått höra", "jag fick höra",
             "folk säger att", "man säger att", "det sägs att", "de säger att", "alla säger att",
             "förväntar sig att jag", "förväntade sig att jag",
             "vill att jag ska", "ville att jag skulle", "jag är tänkt att", "jag förväntas",
             "enligt chefen", "enligt min chef", "kräver att jag",
             # the customer's own promise ("kunden lovade att följa upp med en recension")
             "kunden lovade", "kunderna lovade", "gästen lovade"),
    mental_verbs=frozenset(["insåg", "inse", "inser", "lärde", "lär", "lära", "märkte", "märker",
                            "upptäckte", "förstod", "vande", "fattade", "tröttnade", "uttråkad"]),
    third_parties=frozenset(["chef", "chefen", "min chef", "kollega", "kollegan", "kollegor",
                             "kollegorna", "arbetskamrat", "arbetskamraten", "handledare",
                             "handledaren", "kompis", "kompisen", "vän", "vännen", "mamma",
                             "pappa", "syster", "bror", "personalen", "någon",
                             "sambo", "sambon", "pojkvän", "flickvän", "forskarna",
                             "experterna", "programledaren", "hyresvärd", "hyresvärden",
                             "granne", "grannen", "grannar", "grannarna", "lärare", "läraren",
                             "klasskompis", "klasskompisar", "rumskompis", "rumskompisen",
                             # Nominative only (the object is honom/henne): where one opens a
                             # clause it is the subject ("Han var vänlig och tackade").
                             "han", "hon"]),
    own_subjects=frozenset(["jag", "vi", "mig", "oss", "själv"]),
    # "Kunden var väldigt vänlig", "gästen lovade att följa upp": what the person served does
    # or is, not the candidate (coach.scoring.roles.served_subject)
    # Not "kunden": keywords that say how the customer felt after the candidate's service
    # ("kunden kände sig välkommen", "kunderna kunde lita på oss") have it as their subject.
    served_subjects=frozenset(["gästen", "gästerna", "patienten",
                               "resenären", "passageraren", "mannen", "kvinnan", "damen",
                               "herren", "paret", "familjen", "hon", "han", "hen", "de",
                               "dom"]),
    colleagues=frozenset(["kollega", "kollegan", "kollegor", "kollegorna", "chefen",
                          "butikschefen", "arbetskamraten", "farmaceuten", "mekanikern",
                          "teknikern"]),
    # passed over between such a subject and the keyword: "kunden lovade att följa upp",
    # "hon verkade väldigt förstående"
    linking_verbs=frozenset(["verkade", "verkar", "förblev", "förblir", "lovade", "lovar",
                             "ville", "tänkte", "försökte", "brukade", "höll", "blev"]),
    # Not "inte mitt problem" / "inte mitt ansvar": the matcher lets any negation stand for
    # "inte" and "mitt" go missing, so they caught "ger mig aldrig förrän problemet är löst".
    deflections=("inte min avdelning", "inte mitt bord", "inte mitt problem", "inte mitt ansvar",
                 "någon annans problem",
                 # the customer asked to call back themselves: "jag bad honom ringa tillbaka
                 # till butiken på måndag"
                 "bad honom ringa", "bad henne ringa", "bad dem ringa", "bad kunden ringa",
                 "ber honom ringa", "ber henne ringa", "ber dem ringa", "ber kunden ringa",
                 "be honom ringa", "be henne ringa", "be kunden ringa",
                 "någon annans ansvar", "någon annans sak", "skicka vidare till chefen", "skickar vidare till chefen",
                 "lämnar över till chefen och", "låta chefen ta det", "låter chefen ta det",
                 "låter chefen sköta det", "chefen får ta det", "chefen får sköta det",
                 "be dem ringa huvudkontoret", "ringa huvudkontoret", "ring huvudkontoret",
                 "mejla huvudkontoret", "kontakta huvudkontoret", "tillbaka till kassan",
                 "går tillbaka till kassan", "fortsätter med mitt jobb", "finns inget jag kan göra", "inget jag kan göra åt",
                 "be dem klaga", "be dem ringa kundtjänst", "hänvisa dem till kundtjänst och",
                 "chefens sak", "chefens ansvar", "fick ta det med", "får ta det med",
                 "ta det med dem", "det är inte vi som",
                 # "... vidare till chefen" whatever is sent on; "they do it, not us"
                 "vidare till chefen", "vidare till huvudkontoret", "vidare till kundtjänst",
                 "inte vår avdelning", "inte vårt bord", "inte vårt problem", "inte vårt ansvar",
                 "inte vi", "får lösa det själva", "de får lösa det", "säga åt dem att ringa",
                 "be dem vända sig till", "teknikernas sak", "verkstadens sak",
                 "inte mitt jobb", "inte vårt jobb", "utanför mitt ansvar", "utanför mitt område",
                 "tillbaka till min kassa", "tillbaka till mitt arbete", "lämnar över det och går vidare",
                 "får chefen lösa", "får chefen ta", "får chefen sköta", "får de lösa",
                 "får de ta hand om", "låter chefen ta över", "låta chefen ta över",
                 "hänvisar till kundtjänst", "hänvisa till kundtjänst", "hänvisar dem till kundtjänst",
                 "är det deras problem", "är det deras ansvar", "är det deras sak",
                 "det är deras problem", "det är deras ansvar",
                 # "not up to me", "not among my duties", routing the customer on to the
                 # switchboard, the website, the maker or another department
                 "inte upp till mig", "inte mitt beslut", "inte vårt beslut",
                 "hör inte till mina arbetsuppgifter", "inte mina arbetsuppgifter",
                 "slussar vidare", "slussar kunden vidare", "slussar dem vidare", "slussa vidare",
                 "hänvisar till hemsidan", "hänvisa till hemsidan", "hänvisar dem till hemsidan",
                 "kunden får ringa", "kunden får vända sig", "får vända sig till",
                 "kan vända sig till", "ska vända sig till", "be kunden ringa", "ber kunden ringa",
                 "be dem mejla", "ber dem mejla", "ber dem ringa", "ringa växeln",
                 "ligger på ekonomi", "ligger på it", "ligger på dem", "ligger på verkstaden",
                 "får kunden vända sig", "får kunden ringa"),
    # Leaving the work to someone else: "jag låter kollegan lösa det", "de skulle följa upp"
    # (coach.scoring.roles.delegated); a modal needs one of `work_others` or `third_person`
    # just before it. No infinitive subject: Swedish says "så att morgonpasset kan lösa det".
    work_others=frozenset(["teknikern", "teknikerna", "verkstaden", "kundtjänst",
                           "kundtjänsten", "huvudkontoret", "lagret", "supporten", "labbet",
                           "leverantören", "avdelningen", "ekonomiavdelningen", "kollegan",
                           "kollegorna", "chefen", "butikschefen", "morgonpasset", "kvällspasset",
                           "de", "han", "hon", "hen", "dom"]),
    delegators=frozenset(["låter", "låta", "lät", "överlåter", "överlät"]),
    delegated_modals=frozenset(["skulle", "ska", "kan", "kunde", "får", "fick", "borde",
                                "måste"]),
    modal_adverbs=frozenset(["sedan", "sen", "då", "också", "nog", "säkert", "snart", "senare",
                             "alltid", "själva"]),
    # Tips are imperatives ("Visa att du…", "Lyssna färdigt…"); stems match the imperative
    # with the present tense, so only the asking verb and the pronouns change.
    first_person=((r"^(?:visa|berätta|säg|förklara|beskriv|nämn),? (?:att|hur|vad|när|varför) du ",
                   "jag "),),
    person_swaps=((r"\bdu\b", "jag"), (r"\bdig\b", "mig"), (r"\bdin\b", "min"),
                  (r"\bditt\b", "mitt"), (r"\bdina\b", "mina"),
                  (r"\b(?:visa|berätta|säg|förklara|beskriv|nämn),? (?:att|hur|vad|när|varför) jag ",
                   "jag ")),
    third_person=frozenset(["deras", "dem", "de", "hans", "honom", "han", "hennes", "henne", "hon",
                            "sig", "sin", "sitt", "sina"]),
    first_person_objects=frozenset(["mig", "min", "mitt", "mina", "oss", "vår", "vårt", "våra"]),
    # "Jag spelar innebandy, det är min stora passion", "…, vilket jag brinner för"
    anaphors=frozenset(["det", "detta", "vilket", "som"]),
)


# Swedish strong and irregular verbs (present, past, supine), whose past forms no stemmer
# joins to the infinitive a keyword phrase is written with ("tog ansvar" ~ "ta ansvar").
_STRONG = lemma_table("""
be ber bad bett
bjuda bjuder bjöd bjudit
bli blir blev blivit
bära bär bar burit
dra drar drog dragit
driva driver drev drivit
finna finner fann funnit
finnas finns fanns funnits
flyga flyger flög flugit
få får fick fått
försvinna försvinner försvann försvunnit
förstå förstår förstod förstått
ge ger gav gett givit
gå går gick gått
göra gör gjorde gjort
ha har hade haft
hinna hinner hann hunnit
hjälpa hjälper hjälpte hjälpt
hålla håller höll hållit
komma kommer kom kommit
kunna kan kunde kunnat
le ler log lett
ligga ligger låg legat
lägga lägger la lade lagt
se ser såg sett
sitta sitter satt suttit
skriva skriver skrev skrivit
slå slår slog slagit
sova sover sov sovit
springa springer sprang sprungit
stå står stod stått
sälja säljer sålde sålt
säga säger sa sade sagt
sätta sätter satte satt
ta tar tog tagit
vara är var varit
veta vet visste vetat
vilja vill ville velat
vinna vinner vann vunnit
välja väljer valde valt
""")

LANGUAGE = replace(LANGUAGE, lemmas=_STRONG)

# -- drafting (coach.trainer) -------------------------------------------------------------------

_STARTER_TEXT = {
    "empathy_keywords": "empati\nsätta mig in i kundens situation\nförstå hur kunden känner sig",
    "empathy_tip": "Visa att du förstår hur kunden känner sig.",
    "follow_keywords": "följa upp\nhöra av mig igen\nringa tillbaka",
    "follow_tip": "Berätta hur du kontrollerar efteråt att problemet är löst.",
    "red_flag": "inte mitt jobb",
    "prompt": "En kund är upprörd över en sen leverans. Vad gör du?",
    "model_answer": "Jag visar empati och säger att jag förstår hur frustrerande det är.\n"
                    "Jag tar reda på var paketet är och följer upp dagen efter.",
    "good_answer": "Jag visar empati, löser leveransen och följer upp dagen efter.",
    "negated_answer": "Jag har ingen empati och jag följer aldrig upp.",
}

LANGUAGE = replace(LANGUAGE, starter=_STARTER_TEXT)
