"""Swedish word forms kept apart from swedish.py: the strong and irregular verbs a stemmer
cannot join, the frames that deny or credit what a sentence tells, and the starter pack's
text."""

from __future__ import annotations

from . import lemma_table

# Rhetorical questions, denials and credits (Language.rhetorical_questions, denials,
# credits): "Vad är poängen med att följa upp?", "Jag skulle ljuga om jag sa att…", "Tack vare
# min chef fick kunden…".
RHETORICAL_QUESTIONS = ("vad är poängen", "vad är det för poäng", "vad är det för mening",
                        "varför skulle jag", "varför ska jag", "varför skulle vi", "varför ska vi",
                        "vad ska det vara bra för",
                        # "VEM HAR TID ATT ringa tillbaka till varenda kund?"
                        "vem har tid att", "vem har tid med", "vem har tid för",
                        "varför ska man", "varför skulle man")
# Idioms that refuse outright (Language.outright_refusals): "Säga förlåt till honom? ÖVER MIN DÖDA
# KROPP.", "… INTE FÖR ALLT SMÖR I SMÅLAND".
OUTRIGHT_REFUSALS = ("inte en chans", "över min döda kropp", "inte för allt smör i småland",
                     "aldrig i livet", "det kan du glömma", "i helvete heller", "vem lurar vi",
                     "vem försöker jag lura", "när grisar flyger", "när helvetet fryser")
DENIALS = ("jag skulle ljuga om jag sa", "jag skulle ljuga om jag sade",
           "jag skulle ljuga om jag påstod", "det vore en lögn att säga",
           # a wish or a condition that is not so ("Jag önskar att jag var bättre på att följa upp",
           # "Om jag hade mer tid skulle jag följa upp")
           "jag önskar att jag var", "jag önskar att jag kunde", "om jag hade mer tid",
           # a regret: "I efterhand ÖNSKAR JAG ATT JAG HADE sagt…", "BORDE JAG HA ringt"
           "önskar jag att jag hade", "jag önskar att jag hade", "borde jag ha", "jag borde ha",
           "om jag bara hade",
           # a wish: "Jag skulle gärna ringa tillbaka, men…", "Jag vill gärna bli snabbare"
           "jag skulle gärna", "jag vill gärna bli",
           "om jag hade tid", "om vi hade mer tid", "om vi hade mer personal",
           "skulle vilja ha mer tid", "jag skulle vilja ha mer tid",
           # a plan or a wish for the job applied for ("Om jag får jobbet ska jag läsa in mig…")
           "om jag får jobbet", "om jag skulle få jobbet", "om jag fick jobbet", "får jag jobbet",
           "fick jag jobbet", "jag skulle vilja kunna",
           "jag skulle vilja hitta",
           # an aspiration, however far the deed: "Jag vill bli en sån som går den extra milen"
           "jag skulle vilja bli", "jag skulle vilja vara", "jag vill bli en sån som",
           "jag vill bli någon som", "jag vill vara en sån som", "jag vill vara någon som",
           # a plan not yet carried out: "Jag har tänkt börja föra anteckningar om kunderna, men…"
           "jag har tänkt börja", "jag har länge tänkt", "jag tänkte börja", "jag planerar att börja")
CREDITS = ("tack vare", "allt tack vare", "all cred till", "cred till")

# Cues that negate a match they follow (Language.negation_after_cues), dismissals among them;
# and dismissals only as its predicate (Language.dismissals: "uppföljning är TRÅKIGT").
NEGATION_AFTER_CUES = frozenset([
    "inte", "aldrig", "ej", "sällan",
    # "uppföljning är INGET jag hinner med"
    "inget", "ingenting",
    # a dismissal after it: "uppföljning är onödigt", "flexibilitet är överskattat" (English
    # "overrated", …)
    "onödigt", "onödig", "överskattat", "överskattad", "meningslöst", "meningslös", "oviktigt",
    "oviktig",
    # "uppföljning är SLÖSERI med tid", "… är bortkastad tid"
    "slöseri", "bortkastad", "bortkastat", "bortkastade"])
DISMISSALS = frozenset(["tråkigt", "tråkig", "jättetråkigt", "supertråkigt", "trist", "segt", "katastrof",
                        "jobbigt", "tjatigt", "krångligt",
                        # judged bad: "Kommunikationen mellan oss var KATASTROFAL"
                        "katastrofal", "katastrofalt", "dålig", "dåligt", "usel", "uselt", "kass",
                        "obefintlig", "obefintligt", "värdelös", "värdelöst", "skämt", "urdålig",
                        "urdåligt", "bedrövlig", "bedrövligt", "jättedålig", "jättedåligt",
                        "superdålig", "superdåligt", "urusel", "jättekass"])

# Cues that negate what they govern unless negated themselves (Language.privative_cues):
# "utan", "glömde att…", "jag struntar i uppföljningen" ("jag struntar aldrig i den" affirms).
PRIVATIVE_CUES = frozenset([
    "utan", "brist", "glömde", "glömmer", "glömt", "missade", "undviker", "undvek", "undvika",
    "undvikit", "försummade", "tappade", "tappar", "tappat", "förlorade", "förlorar", "fejka",
    "fejkar", "fejkade", "fejkat", "struntar", "struntade", "strunta", "struntat", "skiter",
    "sket", "skita"])

# Swedish strong and irregular verbs (present, past, supine), whose past forms no stemmer
# joins to the infinitive a keyword phrase is written with ("tog ansvar" ~ "ta ansvar").
STRONG = lemma_table("""
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


# The starter pack's text (coach.trainer drafting).
STARTER_TEXT = {
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

# A habit given up, after it (Language.lapses): "…, men jag slutade".
LAPSES = ("men jag slutade", "men jag gav upp", "inte längre", "inte nuförtiden", "inte numera",
          "trodde jag i alla fall", "eller det trodde jag",
          # below the others: "Jag kommer ihåg namnen SÄMRE ÄN ALLA ANDRA"
          "sämre än alla", "sämre än någon", "sämre än mina kollegor", "sämst av alla",
          "lägst i gruppen", "lägst i teamet", "under snittet",
          "men jag glömmer oftast", "men jag glömmer ofta",
          # meant but not managed, or kept only for those who return it ("…, men jag fattade
          # inte hur", "jag är artig så länge dom är artiga tillbaka"), or only within one's remit
          "men jag kunde inte", "men jag fattade inte", "men jag visste inte hur", "men det gick inte",
          # put below something else, said of it after it ("Artighet är viktigt, men när kön
          # ringlar sig ut KOMMER DEN LÅNGT EFTER att få ut folk snabbt")
          "kommer den långt efter", "kommer det långt efter", "kommer den i andra hand",
          "kommer det i andra hand", "kommer den sist", "kommer det sist",
          "så jag gör det inte", "så det gör jag inte", "så jag låter bli",
          "som ger dricks", "som dricksar", "som handlar mest", "som handlar för mest",
          "som lämnar dricks", "så länge dom är artiga", "så länge de är artiga", "så länge dom är trevliga",
          "så länge de är trevliga", "artiga tillbaka", "trevliga tillbaka", "bara om det ligger",
          "bara om det är mitt", "så länge kunden är", "bara om kunden är", "men fick aldrig till det",
          "men det blev aldrig av", "men det blev inte av", "blir det inte alltid så",
          # kept only for show, or hardly ever ("artig mot kunderna BARA NÄR CHEFEN stod bredvid")
          "bara när chefen", "bara när min chef", "bara om chefen", "endast när chefen",
          "det blev nästan aldrig av", "blev sällan av",
          # the deed undone straight after ("Jag löste kundens problem…, men BACKADE återbetalningen
          # direkt")
          "men backade", "men drog tillbaka", "men tog tillbaka", "sen backade jag",
          "sedan backade jag", "men ångrade mig",
          # an ironic comparison after the deed: "Jag håller mina löften UNGEFÄR LIKA BRA SOM
          # sommarvädret håller vad prognosen lovar"
          "ungefär lika bra som", "ungefär lika ofta som", "ungefär lika pålitligt som",
          "ungefär som en", "ungefär som ett")
# A past time said with a habit and what turns to the present after it (Language.former_times,
# present_turns): "FÖRR gjorde jag lite extra för kunderna, MEN NU gör jag bara det som står i
# arbetsbeskrivningen".
FORMERS = ("förr", "förut", "förr i tiden", "på den tiden", "i början", "i starten", "brukade",
           "när jag började", "när jag var ny", "tidigare",
           # the first stretch of a job: "… DE FÖRSTA MÅNADERNA, men sedan…"
           "de första månaderna", "första månaderna", "det första året", "första året",
           "det första halvåret", "första halvåret", "de första veckorna", "första veckorna")
TURNS = ("men nu", "men sen", "men sedan", "men numera", "men nuförtiden", "men idag",
         "men i dag", "men efter", "men senare", "och nu", "nu för tiden", "nuförtiden", "numera",
         "senare", "sedan", "det slutade jag med", "slutade jag", "jag slutade")
# Frames right before a keyword that say the candidate fails at it, gave it up or does
# something else (Language.failings): "jag är DÅLIG PÅ att följa upp", "jag SLUTADE be om
# ursäkt", "I STÄLLET FÖR att följa upp stängde jag ärendet".
FAILINGS = ("dålig på", "dåliga på", "usel på", "kass på", "värdelös på", "sämst på",
            "slutade", "slutat", "slutade med", "gav upp", "gett upp", "i stället för",
            "istället för", "snarare än", "hellre än", "drar mig för", "drog mig för",
            "allt annat än",  # ("elbolaget är ALLT ANNAT ÄN pålitligt")
            # a weakness named, or a skill still to gain: "Min största svaghet är tålamod",
            # "jag behöver bli bättre på att förklara"
            "min svaghet är", "min största svaghet är", "min svaga sida är", "min svaga punkt är",
            "behöver bli bättre på", "vill bli bättre på", "skulle vilja bli bättre på",
            "försöker bli bättre på", "hoppas bli bättre på", "hoppas lära mig",
            "behöver jobba på min", "behöver jobba på mitt", "behöver förbättra min",
            "behöver förbättra mitt", "bli bättre på",
            # an aspiration: "Jag vill bli någon som kunderna kan lita på"
            "jag vill bli någon som", "jag vill vara någon som", "jag vill bli en sån som",
            "jag vill bli en person som", "jag skulle vilja bli en sån som",
            "jag skulle vilja bli någon som", "jag skulle vilja vara någon som",
            # more of a trait wished for: "Jag vill bli mer pålitlig" (not "mer än", than)
            "vill bli mer", "vill vara mer", "skulle vilja bli mer", "skulle vilja vara mer",
            "behöver bli mer", "behöver vara mer", "borde bli mer", "borde vara mer",
            "måste bli mer", "skulle behöva bli mer", "skulle behöva vara mer",
            # put below something else: "Lunchen BETYDER MER FÖR MIG ÄN att göra det lilla extra"
            "viktigare än", "betyder mer än", "betyder mer för mig än", "går före", "kommer före",
            # an ironic comparison: "Jag är UNGEFÄR LIKA artig som en parkeringsvakt"
            "ungefär lika")

# Shortcomings owned right after a keyword that opens its clause (Language.shortcomings):
# "Empati är NÅGOT JAG JOBBAR PÅ", "Min produktkunskap KUNDE VARA BÄTTRE".
SHORTCOMINGS = ("ett pågående arbete", "en resa för mig", "ett utvecklingsområde för mig", "något jag behöver jobba på", "något jag jobbar på", "något jag måste jobba på",
                "något jag behöver arbeta på", "något jag arbetar på", "något jag jobbar med",
                "något jag behöver bli bättre på", "något jag försöker bli bättre på",
                "något jag behöver förbättra", "ett utvecklingsområde", "ett förbättringsområde",
                # a goal still ahead ("Empati är NÅGOT JAG SKA JOBBA MED nästa år", "… ÖVAR PÅ")
                "något jag ska jobba med", "något jag ska jobba på", "något jag ska arbeta med",
                "något jag övar på", "något jag tränar på", "något jag vill bli bättre på",
                "något jag vill lära mig", "något jag håller på att lära mig",
                "något jag fortfarande jobbar på", "något jag fortfarande övar på",
                "mitt mål för", "ett mål för", "mitt utvecklingsmål", "ett utvecklingsmål",
                "på min lista", "på min att göra-lista",
                "min svaga sida", "en svag sida", "min svaga punkt", "en svag punkt",
                "min svaghet", "en svaghet", "svårt för mig", "svårt för mej", "lite svårt för mig",
                "inte min starka sida", "inte direkt min starka sida", "inte riktigt min starka sida",
                "där jag brister", "där jag brister mest", "det sista man skulle kalla mig", "inte min grej", "inte riktigt min grej", "kunde vara bättre", "kan bli bättre",
                "skulle kunna vara bättre", "behöver förbättras", "behöver bli bättre",
                "kommer med tiden", "kommer med erfarenheten", "bra i teorin", "fint i teorin",
                "låter bra i teorin",
                # a habit kept when there is time or strength ("Jag ler NÄR JAG ORKAR")
                "när jag hinner", "om jag hinner", "när jag orkar", "om jag orkar",
                "när jag har tid", "om jag har tid", "om det finns tid", "om det finns tid över",
                "när det finns tid", "när det finns tid över", "om tiden räcker", "när tiden räcker",
                # the virtue run down ("Att böja på reglerna är FÖR MESAR") or put below
                # something else ("… KOMMER I ANDRA HAND")
                "för mesar", "för fegisar", "för töntar", "för dörrmattor", "slöseri med tid",
                "ett slöseri med tid", "bortkastad tid", "överskattat", "överskattad",
                "överskattade", "tråkigt", "meningslöst", "bara fejk", "ett modeord",
                "bara ett modeord", "nice to have", "kommer i andra hand", "kommer långt efter",
                "kommer sist", "i andra hand", "sekundärt", "ungefär lika", "ungefär som",
                # or when paid for it: "Jag kan vara flexibel OM JAG FÅR ÖVERTIDSERSÄTTNING"
                "om jag får betalt", "om jag får extra betalt", "om jag får övertidsersättning",
                "om jag får ersättning", "om jag får övertid", "om jag får mer betalt",
                "om jag får bonus", "om jag får provision", "om det finns bonus", "om det blir bonus",
                "om det finns provision", "om det blir provision", "när det finns provision",
                "när det blir provision", "om det ger provision", "om det ger bonus")

# Words a model answer for graders uses about the answer, never drafted (Language.grader_words).
GRADER_WORDS = frozenset(["alternativ", "alternativt", "exempel", "exempelvis", "följande",
                          "korrekt", "korrekta", "möjlig", "möjliga", "nämna", "nämner", "rätt",
                          "tillräckligt"])

# Sayings that make the virtue before them conditional or limited (Language.conditional_sayings):
# "Respekt går åt båda hållen", "Empati räcker bara så långt".
CONDITIONAL_SAYINGS = ("går åt båda hållen", "gäller åt båda hållen", "går båda vägarna",
                       "måste förtjänas", "ska förtjänas", "får man förtjäna",
                       "måste man förtjäna", "är något man förtjänar", "har sina gränser",
                       "räcker bara så långt", "tar slut", "tröt",
                       # a virtue granted only to be set aside: "Empati i all ära, men…"
                       "i all ära")
# Verbs of telling someone else what to do (Language.instructing_verbs): "jag säger ÅT de nya
# att alltid följa upp", "jag PÅMINDE henne att ringa tillbaka".
INSTRUCTING_VERBS = frozenset(["åt", "uppmanar", "uppmanade", "påminner", "påminde", "lär",
                               "lärde", "instruerar", "instruerade"])
# Frames that open a sentence and make all it says a weakness, a plan or a complaint about a
# past job (Language.topic_frames): "MIN STÖRSTA SVAGHET är att…", "OM FEM ÅR vill jag…",
# "DET JAG INTE GILLADE var…".
TOPIC_FRAMES = (
    "min svaghet", "mina svagheter", "min största svaghet", "min främsta svaghet", "min svagaste sida",
    "en av mina svagheter", "min sämsta sida",
    "om fem år", "om 5 år", "om tio år", "om 10 år", "om två år", "om tre år", "om några år",
    "om ett par år", "var jag ser mig", "var ser jag mig", "mitt långsiktiga mål", "mitt karriärmål",
    "det jag inte gillade", "det jag inte tyckte om", "det jag ogillade", "det jag tröttnade på",
    "det jag störde mig på", "det jag hatade", "jag tröttnade på", "jag var trött på",
    "jag fick nog av", "jag slutade för att", "anledningen till att jag slutade",
    # what the candidate wants from the job: "JAG LETAR EFTER flexibilitet i schemat"
    "jag letar efter", "det jag letar efter",
    # ... and what it should offer them: "JAG VILL HA EN CHEF som är respektfull", "JAG HOPPAS ATT
    # NI bjuder på personalfrukost", "DET ÄR VIKTIGT FÖR MIG ATT LEDNINGEN kommunicerar tydligt"
    *(f"jag {want} {whom}" for want in ("vill ha", "vill gärna ha", "önskar mig", "skulle vilja ha")
      for whom in ("en chef", "en arbetsplats", "en ledning")),  # (not "en arbetsgivare som är
    # pålitlig": a person described, coach.scoring.owners)
    "jag hoppas att ni", "det jag vill ha från", "det jag vill ha av", "det jag önskar mig av",
    "det jag behöver från",
    # "JAG BEHÖVER VETA ATT CHEFEN här behandlar alla lika", "JAG SKULLE VILJA ATT NI lär er mitt
    # namn" (what the employer should do for them)
    *(f"jag {want} att {whom}" for want in ("behöver veta", "vill veta", "skulle vilja",
                                             "förväntar mig", "kräver")
      for whom in ("ni", "chefen", "ledningen", "arbetsgivaren", "företaget", "min chef")),
    *(f"det är viktigt för mig att {whom}" for whom in ("ledningen", "chefen", "min chef",
                                                         "arbetsgivaren", "företaget")))

# Words that, negated, make emphasis rather than negation (Language.inverters): "jag GLÖMMER
# aldrig att följa upp".
INVERTERS = frozenset(["glömmer", "glömma", "glömde", "glömt", "missar", "missa", "missade",
                       "fejka", "fejkar", "fejkade",
                       # "det skadar aldrig att följa upp" (it never hurts to follow up)
                       "skadar", "skada",
                       # "ett leende kostar ingenting" (a smile costs nothing)
                       "kostar", "kosta", "kostade",
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
                       # "inget är roligare än att hjälpa" ("nothing more fun than")
                       "roligare", "gladare", "härligare", "trevligare",
                       # "jag har inget emot att böja på reglerna" ("I don't mind")
                       "emot"])

# The unreal past (Language.unreal_conditions, unreal_modals, unreal_results, unreal_auxiliaries,
# supine_endings): "OM JAG HADE förklarat med enklare ord…", "HADE JAG haft behörighet…, SKULLE
# JAG HA kunnat ordna en återbetalning", "JAG KUNDE HA varit mer välkomnande". A supine or a past
# form must follow each (not "om jag hade tid").
UNREAL_CONDITIONS = ("om jag hade", "om jag bara hade", "hade jag", "om vi hade", "hade vi",
                     "om jag hade bara")
UNREAL_MODALS = (*(f"jag {modal}{adverb} ha" for modal in ("kunde", "borde", "skulle kunna")
                    for adverb in ("", " nog", " ju", " verkligen", " faktiskt", " åtminstone")),
                 "jag hade kunnat", "jag hade borde", "jag skulle ha kunnat", "jag hade nog kunnat")
UNREAL_RESULTS = ("skulle jag ha", "skulle jag nog ha", "hade jag", "hade jag nog", "jag skulle ha",
                  "jag skulle nog ha", "skulle vi ha", "hade vi", "vi skulle ha")
UNREAL_AUXILIARIES = frozenset(["skulle", "hade", "kunde", "borde"])
