"""Swedish judgement phrases kept apart from the rules in swedish.py: discourse markers, the
candidate's own life, things, hearsay and hand-offs (coach.scoring.aside reads them through
Language)."""

from __future__ import annotations

from coach.lang import NUMERAL

IDIOMS = (# till intervjuaren om svaret: "Jag kan säga direkt att det hände ofta"
    "jag kan säga direkt", "jag ska säga direkt", "jag säger det direkt",
    "jag kan säga med en gång", "jag ska säga med en gång",
    "jag kan lika gärna säga direkt", "vänligen", "ärligt talat", "ärligt", "uppriktigt sagt", "uppriktigt talat", "rent ärligt",
    "ska jag vara ärlig", "jag ska erkänna", "sanningen att säga", "jag måste nog säga", "inte oväntat",
    "i rättvisans namn", "uppriktigt", "helt ärligt",
    "för att vara ärlig", "som väntat", "tro mig", "fråga vem som helst", "fråga vem du vill", "med all respekt", "jag måste säga",
    "jag måste erkänna", "rent ut sagt", "för att vara rättvis", "i ärlighetens namn",
    "faktiskt", "självklart", "naturligtvis", "i slutändan", "förresten", "kort sagt",
    "på riktigt", "snabbt sagt",
    # fler av klassen: "Handen på hjärtat, …", "Jag ska inte ljuga, …"
    "handen på hjärtat", "jag ska inte ljuga", "ska inte ljuga", "inte för att ljuga",
    "jag tänker inte ljuga", "för vad det är värt", "skämt åsido")

FIXED_IDIOMS = ("helt ärligt", "ärligt sagt", "om jag ska vara ärlig", "om jag ska vara helt ärlig", "för att vara helt ärlig",
    "för att vara ärlig mot dig", "om sanningen ska fram", "ärligt talat", "svårt att förklara",
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
    # "always", not an exception made ("Utan undantag följer jag upp inom ett dygn")
    "utan undantag", "utan några undantag",
    "föga förvånande", "inte helt oväntat", "inte oväntat",
    "jag ska inte sticka under stol med", "till min förvåning",
    "till min överraskning", "till min stora överraskning",
    "till min positiva överraskning", "till vår förvåning",
    # acknowledging a fact: "Jag har stor respekt för att jobbet kan vara tungt" (not "jag visar
    # respekt för att kunden ska känna sig trygg", respect so that the customer feels safe)
    "har respekt för att", "har stor respekt för att", "har full respekt för att",
    # the answer explaining itself, to the interviewer: "Hur ska jag förklara, jag gillar folk"
    "hur ska jag förklara", "hur ska jag säga", "enklaste sättet att förklara det är",
    "bästa sättet att förklara det är",
    # "Snabbt sammanfattat har jag jobbat på lager", "För att förklara det kort så flyttade jag…"
    "snabbt sammanfattat", "kort sammanfattat", "för att förklara det kort så", "för att förklara kort så")

# A speaker's stance announced to the interviewer, as a clause of its own ("Jag ska vara rak, …",
# "Jag måste vara helt ärlig mot dig, …"): every frame with every stance word, with or without
# "mot dig" (the interviewer). "Jag är alltid rak mot kunden" is a claim.
_STANCE_IDIOMS = tuple(f"{frame} {stance}{tail}"
    for frame in ("jag ska vara", "jag ska vara helt", "jag måste vara", "jag måste vara helt",
                  "jag vill vara", "jag vill vara helt", "låt mig vara")
    for stance in ("ärlig", "uppriktig", "rak", "öppen") for tail in ("", " mot dig"))

CLAUSE_IDIOMS = (*_STANCE_IDIOMS,
    # signposts to the interviewer, as a clause of their own ("Med respekt, …", "Lite snabbt,
    # …"); "med respekt för kunden" and "för att förklara avgiften" are claims
    "med respekt", "för att förklara", "för att förtydliga", "för att följa upp det",
    "för att följa upp mitt förra svar", "lite snabbt", "bara snabbt", "för att sammanfatta")

OTHER_SENSES = (# respect received, not shown: "jag vill bli behandlad med respekt"
    "jag vill bli behandlad med", "jag vill bli bemött med", "jag blev behandlad med",
    "jag blev bemött med",
    # the candidate served, not serving: "hotellet gav oss en gratis uppgradering"
    "gav mig en", "gav oss en", "gav mig ett", "gav oss ett", "erbjöd mig en",
    "erbjöd oss en", "erbjöd mig ett", "erbjöd oss ett",
    # what happens by itself, no one doing it: "det brukar lösa sig ändå"
    "lösa sig", "löser sig", "löste sig", "löst sig", "ordnar sig", "ordna sig",
    "ordnade sig", "mina studier", "mitt schema i skolan", "mina lektioner", "mina tentor",
    "min utbildning", "mitt plugg", "plugget", "lediga helger", "ledig på helgerna",
    "lediga dagar", "min fritid", "på fritiden", "min hobby", "mina hobbyer",
    "fotboll", "innebandy", "handboll", "hockey", "basket", "tennis",
    # going to the gym, not the gym where the candidate works ("på gymmet där jag står i
    # receptionen")
    "till gymmet", "mitt gym", "gymma", "gymmar", "gymmade", "maraton", "mitt lopp", "träningen", "tv-spel", "gitarr", "mitt band",
    "mina egna mål", "mina personliga mål", "mina egna förväntningar",
    "mitt personbästa", "lönen", "min lön", "lönehöjning", "provision", "provisionen", "bussen",
    "vår katt", "vår hund", "våra katter", "våra hundar", "vår valp", "min valp",
    "min buss", "tåget", "trafiken", "väckarklockan", "mitt eget liv",
    "min jobbansökan", "min ansökan", "min egen ansökan", "mina ansökningar",
    "mina jobbansökningar", "jobbansökningar", "mina egna ansökningar",
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
    # one friend, as the English list has "my friend", "my best friend"
    "min vän", "min bästa vän", "min kompis", "min bästa kompis", "min bästis",
    "min familj", "vara ledig", "helgerna lediga", "sa upp mig", "säga upp mig",
    "jag pluggar", "mina resultat", "min lillebror", "min lillasyster",
    "mina syskon", "min mormor", "min farmor", "mina föräldrar", "mina hästar",
    "bättre lön", "mina småsyskon", "mitt gymnasiearbete", "mina träningstider",
    # the candidate's own time, records, perks, pets, partner and driving lessons
    "arbetstid", "arbetstider", "mina arbetstider", "personalrabatten",
    "personalrabatt", "min egen tid", "mitt eget rekord", "mitt rekord",
    "träningsprogram", "träningsprogrammet", "ljudböcker", "ljudbok",
    # (not "hunden", "katten" alone: a customer's dog is asked after by name, "hälsar på
    # hunden med namn")
    "min hund", "min katt", "min sambo", "sambon",
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
    "min karriär", "göra karriär", "min befordran", "löneförhöjning")

LIFE_FRAMES = ("när jag reser", "på semestern", "på min fritid", "på fritiden",
    # childhood: "Som barn var jag väldigt blyg…"
    "som barn", "som liten", "när jag var liten", "när jag var barn", "som tonåring",
    "när jag var tonåring",
    "efter intervjuer", "efter intervjun", "efter en intervju",
    "utanför jobbet", "utanför arbetet", "som kund själv", "när jag själv är kund",
    "när jag är kund", "när jag äter ute", "när jag handlar", "i mitt privatliv",
    "i mitt eget liv", "privat är jag", "privat har jag", "som vän", "som kompis",
    # "… när jag har bestämt mig för något": the candidate's own resolve
    "när jag har bestämt mig", "när jag bestämt mig", "när jag väl bestämt mig",
    # the candidate as a customer: "Jag har själv varit stamkund hos …"
    "själv varit stamkund", "själv varit kund", "är själv stamkund",
    "när jag själv var kund", "som stamkund själv", "när jag som kund", "jag som kund",
    # the candidate's own family: "… det är jag som löser alla konflikter i familjen"
    "i familjen", "i min familj", "i släkten", "hemma hos oss", "hemma har vi", "hemma har jag",
    "hemma är jag", "hemma är vi",
    # the candidate's own records: "… jag slog min egen tid"
    "slog min egen tid", "slog mitt rekord", "slog mitt personbästa",
    # the candidate's own commute going wrong: "bussen var sen, så jag vet hur…"
    "bussen var sen", "bussen var försenad", "tåget var sent", "tåget var försenat",
    "tåget var inställt", "pendeltåget var inställt", "missade bussen",
    "missade tåget", "jag försov mig",
    # a pastime said as a verb ("När jag spelar online …")
    "när jag spelar online", "när jag gamear", "när jag spelar dataspel", "när jag spelar tv-spel",
    # the candidate's attendance: "Jag är pålitlig, jag har aldrig kommit för sent
    # till ett pass" (as English "late for a shift")
    "för sent till ett pass", "för sent till jobbet", "för sent till arbetet",
    "för sent till passet", "missat ett pass", "missade ett pass", "sjukanmält mig",
    "sjukskrev mig", "min närvaro")

# Words that set a sentence at work, for the scene of a story (coach.scoring.scenes): the
# people served and worked with, the workplace and its tasks, and the team's "vi" and "vår".
SCENE_WORK = frozenset(["kund", "kunden", "kunder", "kunderna", "kundens", "gäst", "gästen",
    "gäster", "gästerna", "gästens", "klient", "klienten", "patient", "patienten", "patienter",
    "resenär", "resenären", "besökare", "besökaren", "stamkunder", "stamkunderna", "kollega",
    "kollegan", "kollegor", "kollegorna", "chef", "chefen", "personalen", "teamet", "företaget",
    "butik", "butiken", "affären", "kassan", "kassa", "disken", "receptionen", "hotellet",
    "restaurangen", "kaféet", "caféet", "apoteket", "jobbet", "arbetet", "passet", "passen",
    "skiftet", "kön", "beställning", "beställningen", "bokning", "bokningen", "återbetalning",
    "klagomål", "klagomålet", "ärende", "ärendet", "service", "intervju", "tjänsten", "vi",
    "vår", "vårt", "våra", "kundservice", "kundtjänst", "kundtjänsten", "jobbar", "jobbade",
    "arbetar", "arbetade", "lagret", "lagerjobbet", "extrajobbet", "sommarjobbet"])

LIFE_NOUNS = frozenset([
    "drömde", "drömt", "sudoku", "korsord", "korsordet", "fotboll", "fotbollen", "innebandy", "innebandyn", "handboll", "hockey", "ishockey",
    "basket", "tennis", "golf", "volleyboll", "badminton", "simning", "cykling", "löpning",
    "maraton", "maratonlopp", "triathlon", "klättring", "vandring", "skidåkning", "surfing",
    "löparklubb", "löparklubben", "löpargrupp", "löpargruppen",
    "boxning", "karate", "yoga", "meditation", "mediterar", "meditera", "gymmet", "gitarr", "gitarren", "piano", "pianot",
    "trummor", "gaming", "fotografering", "studier", "studierna", "tentor", "tentorna",
    "föreläsningar", "föreläsningarna", "läxor", "läxorna", "lön", "lönen", "timlön",
    "timlönen", "hobby", "hobbyn", "hobbyer", "matlagning", "bakning", "musik", "musiken",
    "dans", "dansen", "sång", "fiske", "ridning", "uppsats", "uppsatsen", "examensarbetet",
    "kompisar", "kompisarna", "vänner", "vännerna", "poddar", "ljudböcker",
    "träningsprogram", "träningsprogrammet", "körlektion", "körlektioner", "hund", "hunden",
    "katt", "katten", "padel", "resor", "barnvakt", "djur", "djuren",
    # more sports, pastimes and the candidate's own move
    "skidåkning", "slalom", "orientering", "friidrott", "körsång", "stickning", "schack",
    "brädspel", "datorspel", "esport", "gymnastik", "crossfit", "styrketräning", "spinning",
    "pingis", "bordtennis", "segling", "paddling", "kajak", "odling", "serier",
    "film", "filmer", "filmen", "filmerna", "netflix",
    # school, holidays and the candidate's own landlord
    "gymnasiet", "gymnasium", "högstadiet", "skolan", "universitetet", "högskolan",
    "läraren", "lärarna", "semester", "semestern", "hyresvärd", "hyresvärden",
    # a general list of pursuits, faith and study (not from the labelled answers); words as
    # often a workplace or a customer's ("klubben", "kursen", "poolen") are left out
    "judo", "balett", "kören", "orkester", "orkestern", "målning", "måleri",
    "keramik", "trädgården", "trädgårdsarbete", "scouterna", "scouter", "kyrkan", "moskén",
    "tentan", "tenta", "plugget", "pluggandet", "studierna", "fiolen", "fiol", "cello",
    "teater", "teatern", "amatörteater", "brottning", "taekwondo", "kampsport", "rodd",
    "skateboard", "snowboard", "fridykning", "dykning", "friidrotten", "hockeyn", "ridningen",
    "simningen", "löpningen", "klättringen", "bouldering", "poker", "bingo", "pyssel",
    "broderi", "virkning", "sömnad", "fågelskådning", "astronomi", "körsången",
    # one's own family without "min": a customer's is "hennes mormor", "kundens lillebror"
    "mormor", "morfar", "farmor", "farfar", "lillebror", "lillasyster", "storebror",
    "storasyster", "brorsan", "syrran",
    # what the candidate watches ("jag såg ett program på SVT Play om lyxhotell")
    "svt", "netflix", "youtube", "tv", "dokumentär", "dokumentären",
    "bio", "bion"])

THINGS = frozenset(["slang", "slangen", "maskin", "maskinen", "maskiner", "skärm", "skärmen",
    "meny", "menyn", "knapp", "knappen", "app", "appen", "hemsida",
    "hemsidan", "webbplats", "webbplatsen", "konto", "kontot", "sparkonto",
    "sparkontot", "kort", "kortet", "mall", "mallen", "blankett", "blanketten",
    "apparat", "apparaten", "skylt", "skylten", "program", "programmet", "motto", "mottot",
    "slogan", "sloganen",
    "mobil", "mobilen", "laddare", "laddaren", "modell", "modellen",
    "inställning", "inställningen", "inställningar", "inställningarna",
    "system", "systemet", "ärendesystem", "ärendesystemet", "checklista",
    "checklistan", "nummersystem", "nummersystemet", "kassa", "kassan",
    "kassor", "kassorna", "kassaapparat", "kassaapparaten", "dator", "datorn",
    "bil", "bilen", "lösenord", "lösenordet", "vägg", "väggen", "tavla", "tavlan", "affisch",
    "affischen",
    # vehicles, like "bil": "färjan var snabb" is no service
    "tåg", "tåget", "buss", "bussen", "färja", "färjan", "flyget", "planet", "spårvagnen",
    "taxin", "lastbil", "lastbilen", "lastbilar", "bilar", "skåpbil", "skåpbilen",
    # a policy, a chatbot or a bike described ("policyn är flexibel"): the thing, not the service
    "policy", "policyn", "policys", "chattbot", "chattboten", "chatbot", "chatboten", "cykel",
    "chattrobot", "chattroboten", "webbsidan", "webbplatsen", "kassasystemet", "bokningssystemet",
    # a job advert's words ("Det står i er platsannons att ni värdesätter…")
    "platsannons", "platsannonsen", "annons", "annonsen", "jobbannons", "jobbannonsen", "jobbannonser",
    "cykeln", "elcykel", "elcykeln",
    # what is written about a place ("Recensionerna på Google sa att…")
    "recension", "recensionen", "recensioner", "recensionerna", "artikel", "artikeln",
    # a lift, a robot, a web shop, an event at work ("Roboten på lagret hittade felet",
    # "Webbshoppen skickade…", "Inventeringen på lagret gick snabbare"); not the office, a place
    # the candidate works at ("På kontoret är jag alltid trevlig" is theirs)
    "hiss", "hissen", "robot", "roboten", "robotar", "webbshop", "webbshoppen", "automat",
    "automaten", "julhandeln", "inventeringen",
    # what is sold, described ("ett flexibelt medlemskap"); one word each, as the tokenizer
    # splits "e-tjänst" at its hyphen
    "medlemskap", "medlemskapet", "abonnemang", "abonnemanget", "gymkort", "gymkortet",
    # an online service, a phone line or the gym itself ("en e-tjänst som är snabb", "en
    # kötelefon som säger hur lång väntetiden är", "vårt gym är redan väldigt flexibelt")
    "tjänst", "tjänsten", "telefon", "telefonen", "gym", "gymmet",
    # a trade described ("en ganska pålitlig bransch"): the line of work, not the service
    "bransch", "branschen", "yrke", "yrket"])

HEARSAY = ("jag har hört att", "jag hörde att", "jag har fått höra", "jag fick höra", "vad du menar med",
    "folk säger att", "man säger att", "det sägs att", "de säger att", "alla säger att", "din fråga om",
    "står det att", "det står i", "det stod i", "det står ju i", "det stod ju i", "vi fick höra", "fick vi höra", "vi fick lära oss",
    "alla pratar om att",
    "förväntar sig att jag", "förväntade sig att jag",
    "vill att jag ska", "ville att jag skulle", "jag är tänkt att", "jag förväntas",
    # told to ("chefen säger alltid ÅT OSS ATT gå den extra milen")
    "åt oss att", "åt mig att",
    # a manager's or a handbook's rule: "Handboken SA ATT MAN SKULLE ringa tillbaka…", "chefen
    # TJATADE OM ATT vi skulle…", "I manualen STOD DET ATT…", "Vi hade EN REGEL OM ATT…"
    "sa att man ska", "sa att man skulle", "sa att vi ska", "sa att vi skulle", "sa alltid att vi",
    "tjatade om att", "stod det att", "en regel om att", "regeln var att", "ville att vi skulle",
    "vill att vi ska", "krävde att vi", "kräver att vi",
    "enligt chefen", "enligt min chef", "kräver att jag",
    # "ENLIGT VÅR kundpolicy ska vi…", "Vår handbok SÄGER ATT VI SKA…", "vd:n säger att alla ska…"
    "enligt vår policy", "enligt vår kundpolicy", "enligt vår servicemanual", "enligt vår handbok",
    "enligt vår rutin", "enligt policyn", "enligt handboken", "enligt manualen", "enligt rutinen",
    "säger att vi ska", "säger att man ska", "säger att alla",
    # the customer's own promise ("kunden lovade att följa upp med en recension")
    "kunden lovade", "kunderna lovade", "gästen lovade",
    # en lärdom av någon annans insats: "det visade mig hur mycket en uppföljning betyder"
    "visade mig hur", "visade mig vad")

# A hand-off to someone at work ("jag kopplar henne vidare till chefen"): beside a word of pace
# it is the hand-off that is quick, and a colleague who then fixes it is not the candidate
# fixing it (coach.scoring.handoffs).
HANDOFFS = tuple(" ".join(word for word in (verb, whom, particle, "till") if word)
                 for verb, particle in (("kopplar", "vidare"), ("kopplade", "vidare"),
                                        ("koppla", "vidare"), ("skickar", "vidare"),
                                        ("skickade", "vidare"), ("skicka", "vidare"),
                                        ("slussar", "vidare"), ("slussade", "vidare"),
                                        ("lämnar", "över"), ("lämnade", "över"),
                                        ("lämna", "över"), ("hänvisar", ""), ("hänvisade", ""),
                                        ("hänvisa", ""))
                 for whom in ("henne", "honom", "dem", "dom", "kunden", "det", "ärendet", ""))

# A rule cited to refuse (Language.refusals): "så är policyn", "regler är regler".
REFUSALS = ("det står i villkoren", "det står i avtalet", "det står i det finstilta",
    "villkoren är tydliga", "så är policyn", "det är policyn", "det är vår policy", "policy är policy",
    "regler är regler", "reglerna är reglerna", "regler finns av en anledning")

DEFLECTIONS = ("inte min avdelning", "inte mitt bord",
    # ("… jag gav henne numret TILL EN ANNAN AVDELNING", "vems avdelning det var")
    "till en annan avdelning", "numret till en annan avdelning", "vems avdelning det var", "inte mitt problem", "inte mitt ansvar",
    "någon annans problem", "de lösa det själva", "de kan lösa det själva", "de fixa det själva",
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
    "får kunden vända sig", "får kunden ringa")

# Word classes for keyword phrases ("förstod hur {feeling}": Language.word_classes), each form
# listed, since a class's words are matched as written.
WORD_CLASSES = {
    # How someone served feels, or what they went through.
    "feeling": frozenset([
        "arg", "arga", "besviken", "besvikna", "besvikelse", "desperat", "desperata",
        "förbannad", "förbannade", "förtvivlad", "förtvivlade", "frustrerad", "frustrerade",
        "frustrerande", "generad", "generade", "hemskt", "irriterad", "irriterade", "jobbigt",
        "ledsen", "ledsna", "läskigt", "nervös", "nervösa", "orolig", "oroliga", "pinsamt",
        "rasande", "rädd", "rädda", "skakad", "skakade", "stressad", "stressade",
        "stressigt", "sur", "sura", "trött", "trötta", "upprörd", "upprörda", "uppgiven",
        "utmattad"]),
    "number": frozenset([NUMERAL, "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
        "nio", "tio", "femton", "tjugo", "trettio", "fyrtio", "femtio", "några", "par"]),
    "time_unit": frozenset(["sekund", "sekunder", "minut", "minuter", "minuten", "timme",
        "timmar", "timmen", "dag", "dagar", "dagen", "vecka", "veckor", "veckan"]),
    "daypart": frozenset(["morgon", "morgonen", "förmiddag", "förmiddagen", "eftermiddag",
        "eftermiddagen", "kväll", "kvällen", "natt", "natten", "dag", "dagen"]),
    "weekday": frozenset(["måndag", "måndagen", "tisdag", "tisdagen", "onsdag", "onsdagen",
        "torsdag", "torsdagen", "fredag", "fredagen", "lördag", "lördagen", "söndag",
        "söndagen", "helgen"]),
    # Getting in touch with someone, the verb forms only ("ett samtal" is the thing).
    "contact": frozenset(["ringde", "ringer", "ringa", "ringt", "mejlade", "mejlar", "mejla",
        "mailade", "mailar", "smsade", "messade", "kontaktade", "kontaktar"]),
    # The person served as an object: "jag {contact} upp {them} för att kolla".
    "them": frozenset(["honom", "henne", "dem", "dom"]),
}
