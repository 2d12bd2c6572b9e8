"""Swedish people lists kept apart from swedish_phrases.py: colleagues and the people from the
candidate's own life (coach.scoring.roles reads them through Language)."""

from __future__ import annotations

# Colleagues and the people and firms beside a front line, as a subject (coach.scoring.roles).
COLLEAGUES = frozenset(["kollega", "kollegan", "kollegor", "kollegorna", "chefen",
    "butikschefen", "arbetskamraten", "farmaceuten", "mekanikern",
    "teknikern",
    # the care and firms that serve the candidate ("Efter operationen ringde SJUKHUSET…")
    "sjukhuset", "vårdcentralen", "sjukgymnasten", "tandläkaren",
    # a general list of the roles beside a front line, and a person named
    # by what they are ("den andra kassörskan", "killen i kassan")
    "kassören", "kassörskan", "kassörerna", "receptionisten", "kocken",
    "kockarna", "föreståndaren", "chauffören", "apotekaren",
    "servitören", "servitrisen", "säljaren", "väktaren", "montören",
    "städaren", "bagaren", "baristan", "sjuksköterskan", "läkaren",
    "handläggaren", "rådgivaren", "killen", "kille", "tjejen",
    # the same roles after "vår"/"min", where Swedish drops the definite ending ("VÅR
    # HANDLÄGGARE är jättebra på att förklara")
    "handläggare", "rådgivare", "receptionist", "farmaceut", "mekaniker", "tekniker",
    "säljare", "kassörska", "apotekare", "sjuksköterska", "läkare", "arbetskamrat",
    "kvinnan", "mannen",
    # the roles the English list names that this one lacked: owner,
    # director, intern, apprentice, temp, driver, tradespeople, guard
    "ägaren", "ägarna", "ägarinnan", "direktören", "praktikanten",
    "lärlingen", "vikarien", "föraren", "budet", "elektrikern",
    "rörmokaren", "optikern", "tandläkaren", "veterinären", "vakten",
    "bartendern", "lokalvårdaren", "handledaren", "arbetsledaren",
    "skiftledaren", "teamledaren",
    # plurals and the managers of a place ("gick HANDLEDARNA alltid den extra milen",
    # "BUTIKSCHEFEN säger alltid"): "chefen" is too short a head for a compound
    "cheferna", "handledarna", "arbetsledarna", "teamledarna", "skiftledarna",
    "butikschefen", "restaurangchefen", "hotellchefen", "avdelningschefen", "platschefen",
    "kassachefen", "receptionschefen", "nattportiern", "portieren", "portiern",
    # the employer doing it: "företaget ger varje kund en present"
    "företaget", "ledningen",
    # ett företag som tjänar kandidaten: "min bank ringde upp samma dag"
    "bank", "operatören", "mobiloperatören", "försäkringsbolaget",
    "leverantören", "flygbolaget",
    # more roles by name: "frisören kommer alltid ihåg vad jag heter"
    "frisören", "frisör", "tandhygienisten", "konduktören", "expediten", "expedit",
    "personalen", "receptionisterna", "sjuksköterskorna", "läkarna",
    # and the roles met as a customer, by a general list (compounds are words of their own):
    # "körläraren förklarade allt", "busschauffören hälsade på alla"
    "körläraren", "körlärare", "busschauffören", "bussföraren", "taxichauffören", "chaufför",
    "mäklaren", "mäklare", "hantverkaren", "bankrådgivaren", "bankrådgivare",
    "flygvärdinnan", "kabinpersonalen", "hovmästaren", "portiern", "bibliotekarien",
    "tandhygienist", "tandläkare", "servitör", "servitris", "bartender", "barista",
    "kock", "konduktör", "veterinär", "elektriker", "rörmokare", "optiker", "vakt", "väktare"])

# People from the candidate's own life and others at work, not the candidate (Language.third_parties).
THIRD_PARTIES = frozenset(["chef", "chefen", "min chef", "kollega", "kollegan", "kollegor",
                           "kollegorna", "arbetskamrat", "arbetskamraten", "handledare",
                           "handledaren", "kompis", "kompisen", "vän", "vännen", "mamma",
                           "pappa", "syster", "bror", "personalen", "någon", "huvudkontoret",
                           "arbetsgivare", "arbetsgivaren",
                           # others in general ("Kommunen är urdålig på att återkoppla")
                           "kommunen", "myndigheterna", "politiker", "politikerna", "företagen",
                           "ungdomar", "ungdomarna", "kändisar",
                           "sambo", "sambon", "pojkvän", "flickvän", "forskarna",
                           "experterna", "programledaren", "hyresvärd", "hyresvärden",
                           "granne", "grannen", "grannar", "grannarna", "lärare", "läraren",
                           # the people the candidate lives with ("Mina rumskamrater säger att
                           # jag är pålitlig")
                           "rumskamrat", "rumskamrater", "rumskamraterna", "rumskompis",
                           "rumskompisar", "rumskompisarna", "korridorsgrannar",
                           "tränare", "tränaren", "instruktör", "instruktören",
                           # another team at work ("Tekniksupporten tog över och fixade det")
                           "supporten", "tekniksupporten", "it-supporten", "kundtjänst",
                           "supportavdelning", "supportavdelningen", "avdelningen",
                           "klasskompis", "klasskompisar", "rumskompis", "rumskompisen",
                           "kusin", "kusinen", "moster", "faster", "morbror", "farbror", "sonen",
                           "dottern", "frun", "maken", "pojkvännen", "flickvännen",
                           # the rest of the family ("min svågers bröllop", "mormor")
                           "svåger", "svågern", "svägerska", "svägerskan", "mormor", "morfar",
                           "farmor", "farfar", "syskon", "syskonen", "brorsan", "syrran",
                           "släkten", "släktingar", "svärmor", "svärfar",
                           # Nominative only (the object is honom/henne): where one opens a
                           # clause it is the subject ("Han var vänlig och tackade").
                           "han", "hon"])

# A trip, a parcel or a visit of the candidate's own, and who served them (part of
# Language.customer_frames): "NÄR MITT FLYG blev inställt sa tjejen i incheckningen…",
# "EFTER MIN OPERATION ringde sjukhuset…".
CUSTOMER_VISITS = ("när mitt flyg", "när mitt tåg", "när vårt flyg", "när vårt tåg", "när mitt paket",
                   "när min bil", "när jag ringde mitt", "när jag ringde till mitt",
                   "när jag var på vårdcentralen", "när jag låg på",
                   "efter min operation", "när jag låg inne", "när jag var inlagd",
                   # a meal or a stay as a guest: "När vi var på restaurang i Göteborg var
                   # servitören otroligt artig"
                   "när vi var på restaurang", "när jag var på restaurang", "när vi åt på",
                   "när vi bodde på", "när jag bodde på", "när jag mejlade min",
                   "när jag mailade min")

# Where the candidate studies, opening a sentence (Language.study_settings, study_openers; the
# end of a compound counts): "I STATISTIKKURSEN räknade vi…", "PÅ MUSIKSKOLAN fick vi…".
STUDY_SETTINGS = frozenset(["kurs", "kursen", "kurser", "kurserna", "lektion", "lektionen",
                            "lektionerna", "skolan", "gymnasiet", "högskolan", "universitetet"])
STUDY_OPENERS = frozenset(["i", "på", "under"])
FIELD_OPENERS = frozenset(["i", "inom"])

# The candidate only looking on while someone else acts (Language.bystanders): "… OCH JAG BARA
# STOD DÄR och höll i påsen", "MEDAN JAG SATT i fikarummet och väntade".
_IDLE = ("stod", "satt", "väntade", "tittade", "köade", "står", "sitter", "väntar", "tittar", "köar")
BYSTANDERS = (
    *(f"jag {only} {idle}" for only in ("bara", "mest") for idle in _IDLE),
    *(f"jag {idle} {only}" for only in ("bara", "mest") for idle in _IDLE),
    *(f"medan jag {idle}" for idle in _IDLE), "jag stod där", "jag satt där")

# Verbs of seeing and hearing (Language.perception_verbs): "jag SÅG hur receptionisten fick in…".
PERCEPTION_VERBS = frozenset(["såg", "ser", "sett", "se", "hörde", "hör", "hört", "höra",
                              "märkte", "iakttog", "bevittnade"])
PERCEPTION_LINKS = frozenset(["hur", "att", "på"])

# Roles of the candidate's own life (Language.life_roles; a compound's end counts: "LAGKAPTEN"),
# and the people served who make a sentence about work again. Not "kassör" (a cashier too).
LIFE_ROLES = frozenset(["kapten", "målvakt", "förälder", "mamma", "pappa", "styvmamma",
                        "styvpappa", "gamer", "rumskompis", "morfar", "farfar", "mormor", "farmor",
                        "klubben", "föreningen"])  # ("Som kassör i roddKLUBBEN…")
ROLE_OPENERS = frozenset(["som"])
SERVED_PEOPLE = frozenset([
    "kund", "kunden", "kunder", "kunderna", "kundens", "gäst", "gästen", "gäster", "gästerna",
    "patient", "patienten", "patienter", "patienterna", "klient", "klienten", "resenär",
    "resenären", "resenärer", "besökare", "besökaren", "passagerare", "passageraren"])

# Films, shows and the news (Language.media): "JAG SÅG EN DOKUMENTÄR om ett lyxhotell som…".
MEDIA = ("film", "filmen", "filmer", "filmerna", "dokumentär", "dokumentären", "dokumentärer",
         "tv-serie", "tv-serien", "tv-programmet", "på tv", "på nyheterna", "i nyheterna", "serien",
         "avsnittet", "netflix", "youtube", "podden", "en scen där", "romanen")

# Words that name the job on offer in a question the candidate asks (Language.job_questions).
JOB_QUESTIONS = ("här", "personalen", "tjänsten", "jobbet", "rollen", "min första dag",
                 "innan jag börjar", "när jag börjar", "intervjun", "lönen", "min lön", "passen",
                 "schemat", "anställningen", "avtalet")

# The candidate as a customer of a place, by a relative clause (Language.patron_verbs,
# service_places, also as a compound's head: "cykelBUTIKEN där jag köpte"; coach.scoring.patrons):
# "Frisören jag GÅR till är pålitlig", "Hotellet vi BODDE på". Not "jobbar": the candidate's own
# workplace.
PATRON_VERBS = frozenset(["går", "gick", "gått", "använder", "använde", "bodde", "bor", "åt", "äter",
    "köpte", "köper", "handlar", "handlade", "tränar", "tränade", "besökte", "besöker", "beställer",
    "beställde", "bokade", "bokar", "anlitade", "anlitar", "brukar", "ringde", "hyrde"])
SERVICE_PLACES = frozenset(["frisören", "hotellet", "restaurangen", "caféet", "kaféet", "kafét", "butiken",
    "affären", "gymmet", "banken", "tandläkaren", "läkaren", "vårdcentralen", "apoteket", "kliniken",
    "sjukhuset", "verkstaden", "operatören", "bolaget", "företaget", "firman", "vandrarhemmet",
    "pizzerian", "krogen", "puben", "baren", "salongen", "skolan", "stället", "veterinären",
    "mäklaren", "resebyrån", "bageriet", "biblioteket", "simhallen", "webbshoppen", "appen",
    "leverantören", "hyresvärden", "gym", "hotell", "restaurang", "butik", "bank", "frisör"])

# The firm interviewing the candidate and its words, after "er", "ert", "era" (Language.firm_words):
# "hur empatiska ERA KUNDTJÄNSTMEDARBETARE är", "ERT FÖRETAG är känt för…".
FIRM_WORDS = frozenset(["företag", "team", "personal", "medarbetare", "kundtjänstmedarbetare",
    "kundtjänst", "varumärke", "butiker", "hotell", "restauranger", "annons", "jobbannons",
    "hemsida", "rykte", "kedja", "anställda", "säljare", "kundtjänstpersonal", "service"])

# The candidate claiming the firm's deed too (Language.same_claims): "…, och i bokhandeln GJORDE JAG
# JUST DET".
SAME_CLAIMS = ("jag gjorde samma sak", "gjorde jag samma sak", "jag gör samma sak", "gör jag samma sak",
    "gjorde jag just det", "jag gjorde just det", "gör jag just det", "jag gör just det",
    "det gör jag också", "det gjorde jag också", "precis som jag", "så gör jag", "så gjorde jag",
    "det har jag alltid gjort", "något jag själv gör", "precis det jag gjorde", "precis det jag gör",
    "det är precis vad jag gör", "gjorde jag likadant", "jag gjorde likadant", "gör jag likadant")
# (not "och det gör jag" or "jag med", which run on: "…, och det gör jag INTE", "jag med kunden")

# Documents about a job (Language.document_nouns): a quoted keyword in a sentence naming one is
# words written ("\"Aktivt lyssnande\" stod i min medarbetarbedömning").
DOCUMENT_NOUNS = frozenset(["annons", "annonsen", "platsannons", "platsannonsen", "utvecklingssamtal",
    "utvecklingssamtalet", "medarbetarbedömning", "medarbetarbedömningen",
    "medarbetarsamtal", "medarbetarsamtalet", "cv", "handbok", "handboken",
    "checklista", "checklistan", "bilder", "bilderna", "kursplan", "kursplanen",
    "jobbannons", "jobbannonsen", "arbetsbeskrivning", "arbetsbeskrivningen"])
# A sport's people (Language.pursuit_people): "DOMAREN i vår korpfotbollsmatch var respektfull".
PURSUIT_PEOPLE = frozenset(["domaren", "domare", "domarna", "målvakten", "målvakt", "motståndarna",
    "motståndarlaget", "motståndarlagets", "lagkamraterna", "lagkaptenen"])

# Nouns right before a quotation that make it words mentioned (Language.mention_nouns: "RUTAN
# ”Uppföljning genomförd”"), and verbs of printing after one (Language.print_verbs: "… var TRYCKT").
MENTION_NOUNS = frozenset(["ordet", "orden", "frasen", "begreppet", "rutan", "slogan", "sloganen",
                           "mottot", "devisen", "rubriken", "formuleringen", "regeln", "raden"])
# A quotation that labels something (Language.label_nouns after it, stock_words before it,
# marking_verbs in its clause before it, marking_links right before it).
LABEL_NOUNS = frozenset(["mall", "mallen", "rutan", "knappen", "statusen", "taggen", "fältet", "skylten",
                         "affischen", "etiketten", "kategorin", "skriptet", "manuset"])
STOCK_WORDS = frozenset(["standard", "mall", "mallen", "standardfras", "standardfrasen", "standardsvar",
                         "standardsvaret", "standardmejl", "standardmejlet", "autosvar", "autosvaret",
                         "standardhälsning", "standardhälsningen", "färdiga", "automatiska"])
MARKING_VERBS = frozenset(["markerade", "markerar", "bockade", "kryssade", "flaggade", "taggade",
                           "loggade", "märkte", "kategoriserade"])
PRINT_VERBS = frozenset(["tryckt", "tryckta", "skrivet", "skriven", "skrivna", "broderat", "broderad",
                         "målat", "målad"])

# Verbs of expecting or relying on someone to do it (Language.expectation_verbs: "Jag FÖRLITAR
# mig på att säljarna…", "Jag UTGÅR från att kvällsteamet…"). Not "räknar med", as often "I
# expect to" ("Jag räknar med att svara alla samma dag") as relying on someone.
EXPECTATION_VERBS = frozenset(["förväntar", "förväntade", "förvänta", "vill", "ville", "kräver",
                               "krävde", "förlitar", "förlitade", "utgår", "utgick", "litar",
                               "litade"])
