"""Swedish frames of a deed not done (Language.undone: coach.scoring.undone, headings, asked,
shortfalls, hindsight, favours and scope_shapes read them), kept apart from swedish_forms.py to
keep it short: what a list's heading leaves out, misdeeds that belie a boast, sentences that take
a claim back, frequencies too rare to be a habit, beliefs reversed, rewards, teaching, failed
outcomes, the rest, limits and efforts given up. Matched as written."""

from __future__ import annotations

from .fields_undone import Undone

# What a list's heading says is left out, dropped or put last (Undone.omissions): "Sådant jag
# HOPPAR ÖVER när det är rusning: att hälsa, le och småprata", "Det första som RYKER: artigheten".
OMISSIONS = ("hoppar över", "hoppade över", "hoppas över", "skippar", "skippade", "skippas", "ryker",
             "rök", "stryker", "strök", "stryks", "struntar i", "struntade i", "prioriterar bort",
             "prioriterade bort", "prioriteras bort", "väljer bort", "valde bort", "faller bort",
             "sist på listan", "sist på min lista", "längst ner på listan", "längst ner på min lista")
# Misdeeds that belie a claim a colon or dash tells them after (Undone.misdeeds): "Jag förklarade
# villkoren väldigt pedagogiskt: jag läste upp hela bilagan ORD FÖR ORD".
MISDEEDS = ("himlade med ögonen", "himlar med ögonen", "suckade högt", "suckar högt", "lade på luren",
            "la på luren", "till fel nummer", "veckor senare", "månader senare", "ord för ord",
            "ropade fram nästa", "ropar fram nästa", "googla", "skrattade åt", "fnissade", "fnissar",
            "höjde rösten", "fräste åt", "ryckte på axlarna", "gäspade", "lade på", "la på",
            "lade jag på", "la jag på", "sluta tjata", "hörde aldrig av mig", "inte min avdelning",
            "inte var min avdelning")
# Openings of a short sentence that take back the claim before it (Undone.retractions): "Jag
# förklarar alltid villkoren med enkla ord. ELLER, jag hänvisar till avtalet".
RETRACTIONS = ("eller", "skojar bara", "skämt", "skämtar bara", "fast ärligt talat", "i alla fall i teorin", "i teorin", "på pappret",
               "åtminstone är det", "tills", "inte alltid", "inte direkt", "när jag kommer ihåg",
               "om jag kommer ihåg", "det beror", "beror på")
# Frequencies too rare to be a habit, said after the claim (Undone.rare_frequencies): "Jag har
# bett om ett undantag för en kund EN ENDA GÅNG PÅ SJU ÅR", "… UNGEFÄR EN GÅNG OM ÅRET".
RARE_FREQUENCIES = tuple(f"{count} {span}" for count in (
    "en gång", "en enda gång", "två gånger", "tre gånger", "ungefär en gång", "kanske en gång",
    "noll gånger") for span in (
    "om året", "per år", "i kvartalet", "på ett år", *(f"på {n} år" for n in (
        "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"))))
# A belief of the candidate's own the answer then reverses (Undone.beliefs, reversals): "Jag
# TRODDE att jag visade förståelse…, TILLS min chef spelade upp samtalet", "Jag VAR SÄKER PÅ att
# jag hade förklarat…, ända TILLS kunden kom tillbaka".
BELIEFS = ("trodde", "var säker på", "var helt säker på", "var övertygad om", "var helt övertygad om",
           "inbillade mig", "utgick från", "hade för mig")
REVERSALS = ("tills", "till dess", "men", "visade det sig", "det visade sig", "sedan hörde jag",
             "sedan såg jag", "sen hörde jag", "sen såg jag")
# Rewards to the candidate a condition keeps a deed for (Undone.rewards): "…, OM gästen lägger en
# rejäl DRICKS på disken", "…, FÖRUTSATT att det ger PROVISION".
REWARDS = ("dricks", "dricksen", "dricksa", "dricksar", "bonus", "bonusen", "provision", "provisionen", "övertid",
           "övertidsersättning", "övertidsersättningen", "betalar mig", "betalar kursen")
# Teaching others the deed (Undone.teachings, learners): "Som handledare LÄR jag DE NYA att le och
# hälsa på varje kund, men själv tittar jag helst inte upp".
TEACHINGS = frozenset(["lär", "lärde", "säger", "sa", "utbildar", "utbildade", "coachar", "påminner",
                       "tjatar"])
LEARNERS = frozenset(["nya", "nyanställda", "praktikanter", "praktikanterna", "kollegorna", "teamet",
                      "personalen", "alla", "juniorerna", "nyanställd"])
# Outcomes that show the deed failed, told after it (Undone.failures): "…, och BAD ATT FÅ PRATA
# MED EN KOLLEGA", "… blev ÄNNU MER FÖRVIRRAD".
FAILURES = ("utan resultat", "gick om intet", "ledde ingenstans", "har sig själva att skylla", "får skylla sig själv", "får skylla sig själva", "ännu mer förvirrad", "mer förvirrad än", "bad att få prata med en kollega",
            "bad att få prata med någon annan", "bad att få prata med chefen", "uppenbarligen inte",
            "lämnade in ett klagomål", "skrev ett klagomål", "enstjärnig recension", "väntade fortfarande",
            "sa upp sitt abonnemang", "sade upp sitt abonnemang", "sa upp sitt konto",
            # en insats driven så långt att den skadade: "…, tills hon BAD OSS SLUTA"
            "bad oss sluta", "bad mig sluta", "gick därifrån utan", "drev med")
# "The rest" after a claim that keeps it from all but a favoured few (Undone.the_rest): "För
# VIP-gäster hittar jag alltid ett undantag; ALLA ANDRA får lämna rummet klockan elva".
THE_REST = ("alla andra", "övriga", "de övriga", "alla de andra", "andra dagar", "resten av tiden",
            "främlingar", "nya kunder")
# Scripts and checklists a deed done "because" of them ticks off (Undone.checklists).
CHECKLISTS = frozenset(["manus", "manuset", "checklistan", "checklista", "mallen", "mall", "rutinen",
                        "mystery", "kpi", "kpi:n"])


# Limits after a claim (Undone.limits: "Jag hälsar glatt på alla, UTOM när…"), and the words of
# what can be done that make one honest (Undone.feasibility_words: "så länge det FUNKAR").
# An effort started and given up (Undone.start_verbs, abandons): "Jag BÖRJADE förklara för kunden
# varför fakturan var högre, men GAV UPP halvvägs".
START_VERBS = frozenset(["började", "börjar", "försökte", "försöker"])
ABANDONS = ("gav upp", "avbröt mig", "tröttnade", "ångrade mig", "slutade", "struntade i det",
            "lade ner det", "la ner det", "orkade inte", "släppte det", "tappade tålamodet",
            "tappade intresset", "lät bli", "glömde bort det", "glömde det")
LIMITS = ("så länge de", "så länge det", "så länge jag", "så länge kunden", "så länge kunderna",
          "så länge som", "om inte", "om det inte", "utom", "förutom", "bara om", "endast om",
          # the candidate's mood: "…, NÄR JAG ÄR PIGG", "…, OM JAG HAR SOVIT GOTT"
          "när jag är pigg", "när jag är på gott humör", "om jag är på gott humör", "om jag har sovit gott",
          "de dagar jag är", "de dagar jag har")
# (not "så länge" alone: "att vänta SÅ LÄNGE", to wait so long)
FEASIBILITY_WORDS = frozenset(["kan", "kunde", "går", "gick", "funkar", "fungerar", "möjligt",
                               "finns", "fanns", "tillåter", "vet", "visste", "säker", "lager"])


# A deed meant, planned, swapped or denied (Language.undone; coach.scoring.undone).
UNDONE = Undone(
    intentions=("försökte", "hade försökt", "tänkte", "hade tänkt", "lovade att", "planerade att",
                "hade planerat att", "avsåg att", "var tänkt att", "skulle egentligen",
                # would, but…: "Jag HADE GÄRNA tagit ansvar…, men…" (not "jag skulle…, men", as
                # often what the candidate would do in the question's case)
                "hade gärna", "skulle gärna"),
    plans=("ska jag börja", "jag ska börja", "tänker jag börja", "jag tänker börja",
           "jag kommer att börja", "kommer jag att börja", "jag planerar att börja",
           "planerar jag att börja", "ska jag försöka börja",
           # resolutions and plans not begun: "JAG HAR BESTÄMT MIG FÖR ATT någon gång börja
           # förklara…", "MITT NYÅRSLÖFTE är att…", "Jag hoppas att jag en dag ska…"
           "jag har bestämt mig för att", "har jag bestämt mig för att", "mitt nyårslöfte",
           "jag planerar att", "planerar jag att", "jag har tänkt att", "jag har tänkt börja"),
    futures=("ska", "kommer att", "vill jag", "tänker jag", "jag tänker", "jag vill"),
    future_times=("nästa gång", "från och med nu", "hädanefter", "framöver", "i år", "nästa år",
                  "en dag", "någon gång", "i framtiden"),
    plan_exits=frozenset(["med", "varje", "dagen", "alltid"]),
    substitutes=("i stället för", "istället för", "långt ifrån att", "snarare än att", "hellre än att"),
    claim_verbs=frozenset(["säga", "sa", "sade", "säger", "påstå", "påstod", "påstår", "hävda", "hävdade"]),
    lie_words=frozenset(["ljuga", "ljög", "ljuger", "lögn", "överdrift", "överdriva"]),
    verb_second=True,
    inversion_verbs=frozenset(["var", "är", "har", "hade", "kan", "kunde", "ska", "skulle", "vill",
                               "ville", "fick", "får", "blev", "brukade", "borde"]),
    chances=frozenset(["chans", "chansen", "tillfälle", "tillfället", "möjlighet", "möjligheten",
                       "behov", "anledning", "tid", "tiden"]),
    needs=("jag behöver", "jag måste", "jag borde", "jag bör", "behöver jag", "måste jag", "borde jag"),
    nags=("tjatar på mig att", "tjatade på mig att", "tjatar på mig om att", "påminner mig hela tiden om att",
          "påminde mig hela tiden om att", "säger hela tiden åt mig att", "sa hela tiden åt mig att",
          "måste påminna mig om att", "behöver påminnas om att"),
    reproaches=frozenset(["klagade", "klagar", "varnade", "kritiserade", "anklagade", "gnällde"]),
    doubts=frozenset(["huruvida"]),
    doubt_exits=frozenset(["kunde", "kan", "fick", "får", "skulle", "borde"]),
    definers=("betyder", "innebär", "handlar om", "definieras som", "definierades som", "står för"),
    definer_exits=frozenset(["allt", "mycket", "mer", "mindre", "väldigt"]),
    definer_openers=frozenset(["att", "vad"]),
    # (not "av mig att": "Väldigt respektfullt av mig att himla med ögonen" is irony, but "hon sa
    # att det var snällt av mig att stanna" is praise reported)
    ironies=("om man räknar", "om man kan kalla", "om det räknas som"),
    mocks=("i toppklass", "som få", "imponerande", "galant", "minsann", "utan like", "oslagbar",
           "oslagbart", "felfri", "felfritt", "föredömlig", "föredömligt", "exemplarisk",
           "exemplariskt", "klockren", "klockrent", "legendarisk", "legendariskt",
           "mitt mellannamn", "i världsklass"),
    # (not "bara för att" alone, which mostly says what never happens: "ingen ska få ett sämre
    # bemötande bara för att det är fredag")
    motives=("enbart för att", "endast för att", "bara därför att", "enbart därför att",
             "men bara för att", "det var bara för att", "talat bara för att"),
    limits=LIMITS, feasibility_words=FEASIBILITY_WORDS, start_verbs=START_VERBS, abandons=ABANDONS,
    omissions=OMISSIONS, misdeeds=MISDEEDS, retractions=RETRACTIONS,
    preference_words=frozenset(["hellre", "hellst"]), preference_links=("än",),
    rare_frequencies=RARE_FREQUENCIES, only_words=frozenset(["bara", "endast", "enbart"]), only_limits=frozenset(["om", "när"]),
    beliefs=BELIEFS, reversals=REVERSALS, rewards=REWARDS,
    sequels=frozenset(["sedan", "sen", "därefter"]),
    # a deed in the passive: "Det GJORDES ett undantag…", "Alla gäster HÄLSADES välkomna"
    epistemic=("tror jag", "jag tror", "vad jag vet", "har jag hört", "har jag fått höra", "jag har hört"),
    bar_links=("än", "jämfört med"), bar_relatives=frozenset(["som"]),
    bar_people=frozenset(["föregångare", "föregångaren", "killen", "tjejen", "mannen", "kvinnan", "personen",
                          "tekniker", "teknikern"]),
    hopes=("förhoppningsvis", "jag hoppas", "hoppas jag", "jag vill gärna tro", "vill jag tro",
           "från nyår", "från och med nyår",
           "mitt nyårslöfte", "nästa år ska jag", "från och med måndag"),
    passive_finite=frozenset(["blev", "blir"]), passive_endings=("ades", "ordes", "ddes", "ttes", "ndes", "ldes"),
    reward_links=frozenset(["som", "bara", "förutsatt"]), concessions=frozenset(["även", "oavsett"]),
    teachings=TEACHINGS, learners=LEARNERS,
    practice_contrasts=frozenset(["men", "fast", "medan"]), practice_affirmers=frozenset(["också", "även"]),
    failures=FAILURES, the_rest=THE_REST,
    rest_links=frozenset(["för", "till", "med", "men"]), comparisons=frozenset(["än", "som"]),
    additives=frozenset(["och"]),
    rest_colleagues=frozenset(["i", "på", "teamet", "personalen", "kollegorna"]),
    causes=frozenset(["eftersom", "för", "därför"]), checklists=CHECKLISTS,
    tactics=frozenset(["recension", "recensioner", "betyg", "betyget", "merförsäljning", "snittköp",
                       "garanti", "omdöme", "omdömen", "statistiken", "sälja", "medlemskap", "kundklubben",
                       "kundkort"]),
    late_links=frozenset(["efter"]), late_words=frozenset(["redan"]),
    qualifiers=("skulle jag säga", "mestadels", "oftast", "mer eller mindre", "i viss mån", "ibland",
                "då och då", "någon gång", "om jag kommer ihåg", "rätt så", "sådär", "på ett ungefär",
                "väl"),
    grudges=("med en suck", "suckande", "suckade", "himlade med ögonen", "med ett påklistrat leende",
             "motvilligt", "muttrade", "mellan sammanbitna tänder", "under protest"),
    pressures=("eskalerade", "hotade", "tvingade mig", "sa åt mig", "bad mig skärpa", "tog mig åt sidan"),
    delays=("till slut", "så småningom", "först", "äntligen"),
    complaints=frozenset(["klagat", "klagade", "klagomål", "ringt", "ringde", "mejlat", "mejlade"]),
    # an audience the deed is kept for: "NÄR butiksCHEFEN STÅR vid kassan", "de DAGAR jag vet att
    # en HEMLIG kund är UTE", "när kvalitetsGRANSKARNA LYSSNAR"
    watchers=frozenset(["chef", "chefen", "chefer", "cheferna", "butikschef", "butikschefen",
                        "regionchef", "regionchefen", "platschef", "platschefen", "hotellchefen",
                        "restaurangchefen", "avdelningschefen", "kundtjänstchefen", "gruppchefen",
                        "vd", "vd:n", "ägaren", "ägarna", "teamledaren", "teamledare", "arbetsledaren",
                        "granskare", "granskaren", "granskarna", "kvalitetsgranskare",
                        "kvalitetsgranskaren", "kvalitetsgranskarna", "inspektör", "inspektören",
                        "inspektörerna", "revisorn", "hemlig", "hemliga", "provköpare", "provköparen",
                        "provköparna", "mystery", "kvalitetsteamet", "bedömaren"]),
    watch_links=frozenset(["dagar", "dagarna", "veckor", "veckorna", "under", "gånger"]),
    watch_words=frozenset(["på", "plats", "besök", "besöker", "står", "sitter", "lyssnar", "medlyssnar",
                           "tittar", "ser", "ute", "inne", "här", "där", "i", "runt", "granskar", "kollar",
                           "närvarande", "väntas", "bredvid", "bakom", "rundan", "runda", "hörhåll"]),
    # a pretend setting: "I ROLLSPELET på utbildningen…", "PÅ TENTAN…" (not övningar, spel or
    # tester, often real ones with real guests: "brandövningen"; nor "prov", as often a sample:
    # "skickade en bild på ett prov samma kväll")
    pretend_settings=("rollspel", "rollspelet", "rollspelen", "simulering", "simuleringen", "tentan",
                      "tentamen", "quiz", "quizet", "drömmar", "drömmarna", "drömmen"),
    pretend_endings=("rollspelet", "rollspelen", "simuleringen", "quizet"),
    setting_links=frozenset(["i", "på", "under", "vid"]),
    real_words=frozenset(["riktig", "riktiga", "riktigt", "verklig", "verkliga", "verkligheten"]),
    # knowledge without practice: "Jag har LÄST ALLT OM…", "Jag kan värdeGRUNDEN … UTANTILL"
    lore_frames=("läst allt om", "läst böcker om", "läst en bok om", "vet allt om", "kan allt om",
                 "teorin om", "teorin bakom", "en kurs i", "en kurs om", "en uppsats om",
                 "skrev en uppsats", "kan rabbla", "kunde rabbla",
                 # det kandidaten bara sett andra göra: "Jag BEUNDRADE HUR min chef…"
                 "beundrade hur", "beundrar hur", "såg hur", "såg jag ofta hur", "har sett min", "har sett hur",
                 # befogenhet utan gärning: "Vi HAR BEFOGENHET ATT göra undantag…"
                 "har befogenhet att", "har befogenheter att", "har mandat att", "har rätt att"),
    rote_words=("utantill", "i sömnen", "på mina fem fingrar", "som ett rinnande vatten"),
    lore_nouns=frozenset(["värdegrund", "värdegrunden", "rutinen", "rutinerna", "stegen", "teorin",
                          "modellen", "kursen", "manualen", "handboken", "processen", "principerna",
                          "teknikerna", "flödesschemat", "riktlinjerna"]),
    lore_practice=frozenset(["använder", "använde", "tillämpar", "varje", "alltid", "dagligen", "nu",
                             "sedan", "gjorde", "gör"]),
    # gärningar som aldrig blev av (coach.scoring.chances); inte "höll på att", lika ofta "var
    # mitt uppe i" ("Jag höll på att hjälpa en kund när…")
    near_misses=("nästan", "skulle precis", "skulle just", "var på vippen att", "på vippen att", "var nära att",
                 "var just på väg att", "var på väg att", "stod i begrepp att", "innan jag hann",
                 "innan jag ens hann", "innan jag fick chansen", "innan jag kunde", "innan jag ens kunde",
                 "när jag väl kom mig för att", "när jag väl kom mig för", "när jag väl hann",
                 "när jag väl kom ihåg", "när jag äntligen kom mig för att"),
    near_exits=frozenset(["alltid", "varje", "varenda", "alla", "allt", "samtliga", "aldrig", "inga", "ingen",
                          "inget", "direkt", "genast", "omedelbart", "hela", "halva", "dubbelt", "helt"]),
    let_alones=("än mindre", "ännu mindre", "långt mindre"),
    last_frames=("den sista", "det sista", "den sista personen"),
    last_denials=frozenset(["skulle", "ville", "vill", "tänkte", "orkade", "orkar", "brydde", "bryr", "ska",
                            "kunde", "man"]),
    leave_asks=frozenset(["frågade", "fråga", "frågar", "kollade", "kolla", "kollar", "undrade", "stämde"]),
    leave_links=frozenset(["om"]),
    leave_modals=frozenset(["fick", "får", "skulle", "ska", "kunde", "kan", "måste", "borde", "behövde",
                            "verkligen"]),
    approvals=("sa ja", "gick med på", "godkände", "det var okej", "det var ok", "gav klartecken",
               "gav mig klartecken", "sa att jag fick", "sa att det gick bra", "tyckte att det var en bra idé"),
    leave_redirects=("sa att jag skulle", "sa åt mig att", "bad mig att", "tyckte att jag skulle", "strunta i",
                     "sa nej", "svarade nej"),
    holdbacks=("drog gränsen vid att", "drar gränsen vid att", "drog mig för att", "drar mig för att",
               "backade för att", "avstod från att", "låtsades", "låtsas", "gjorde en stor grej av att",
               "gjorde en show av att", "raka motsatsen till", "motsatsen till", "förgäves",
               # det enda undantaget: "…allt … UTOM ATT visa…" (inte "förutom att", som lägger till)
               "utom att"),
    gone_words=("en bristvara", "lyste med sin frånvaro", "lyser med sin frånvaro", "flög ut genom fönstret",
                "for ut genom fönstret", "åkte ut genom fönstret", "som bortblåst", "tunnsådd", "tunnsådda",
                "nötts bort", "sinade", "tröt"),
    sarcasms=("som om jag skulle", "som att jag skulle", "jo tjena"),
    brief_spans=("varade i", "höll i sig"),
    brief_lengths=("i ungefär", "i kanske", "i typ", "i knappt", "i bara", "i exakt"),
    brief_units=frozenset(["sekunder", "sekund", "minut", "kvart"]),
    brief_turns=("sedan", "sen", "tills", "innan", "därefter"),
    nominal=("så att säga", "på sätt och vis", "om man kan kalla det så", "om man nu kan kalla det",
             "så kallat", "så kallad", "så kallade", "det som gick för", "läpparnas bekännelse", "i viss mening",
             "tekniskt sett", "formellt sett", "till namnet", "symboliskt",
             "i mina drömmar", "i en idealisk värld", "i en perfekt värld", "i en ideal värld"),
    nominal_turned=("i teorin", "på pappret", "formellt", "tydligen", "påstås", "sägs"),
    least_words=("det minsta av mina bekymmer", "bryr mig minst om", "minst av allt", "ger mig minst",
                 "kommer sist", "minst viktigt"),
    rare_shares=("av tio", "av femton", "av tjugo", "av femtio", "av hundra", "procent av gångerna"),
    rare_counts=frozenset(["en", "ett", "två", "tre", "fem", "gång", "gäst", "kund"]),
    rare_ordinals=("var tionde", "var femtonde", "var tjugonde", "var femtionde", "var hundrade"),
    better_workers=("en bättre", "en mer", "någon mer", "en riktig", "en duktigare"),
    better_modals=frozenset(["hade", "skulle"]),
    elided_words=frozenset(["det", "gör", "gjorde", "är", "var", "jag", "vi", "de", "han", "hon", "inte", "alls",
                            "verkligen", "egentligen", "faktiskt", "riktigt", "nej", "icke", "kan", "kunde",
                            "har", "hade", "skulle"]),
    # (inte "eller så säger mina stamkunder", som ofta bekräftas: "…, och det stämmer")
    retort_tags=("det säger inte mycket", "säger inte så mycket", "mellan oss sagt", "mellan oss",
                 "inte särskilt höga", "knappast min förtjänst", "sa ingen", "sade ingen", "sa ingen kund", "eller det påstår", "eller så påstår",
                 "eller det är i alla fall vad", "åtminstone enligt",
                 "enligt mitt cv", "skulle nog säga något annat", "skulle säga emot", "håller nog inte med",
                 "skulle nog inte hålla med"),
    few_words=("få av", "väldigt få", "mycket få", "ytterst få", "inte många", "knappt någon", "knappt några",
               "nästan ingen", "nästan inga"),
    # (coach.scoring.whims) en nyck: kandidatens dagsform eller att kunden är trevlig först
    own_states=("sovit", "sova ut", "sömn", "mitt kaffe", "koppen kaffe", "morgonkaffe", "humör", "en bra dag",
                "en dålig dag", "bra dagar", "dåliga dagar", "pigg", "utvilad", "bakfull"),
    state_links=frozenset(["beror", "förutsatt", "har"]),
    courtesies=("artig mot mig", "artiga mot mig", "trevlig mot mig", "trevliga mot mig", "snäll mot mig",
                "snälla mot mig", "vänlig mot mig", "vänliga mot mig", "respekterar mig", "hälsar först",
                "har varit trevlig", "har varit trevliga", "har varit artig", "har varit artiga",
                "är trevlig", "är trevliga", "är artig", "är artiga", "kommer till saken"),
    misdirections=("till fel", "på fel", "hos fel", "åt fel", "med fel", "fel kund", "fel gäst", "fel gästs",
                   "fel person", "fel nummer", "numret fel", "fel adress", "fel mejladress",
                   "fel e-postadress", "fel bord", "fel rum", "fel bokning", "fel konto", "av misstag",
                   "blandat ihop", "blandade ihop", "förväxlade", "förväxlat", "någon annans",
                   "en helt annan"),
    misdirection_links=frozenset(["till", "åt", "med", "för", "hos", "på"]),
    misdirection_turns=frozenset(["men", "fast", "sedan", "bara"]),
    even_handed=frozenset(["lika", "oavsett"]),
    # (not "lägger på": "någon lägger på luren gladare" is the outcome)
    riddances=("lägga på", "sluta klaga", "sluta tjata", "sluta ringa", "sluta mejla",
               "sluta fråga", "sluta prata", "få ut honom", "få ut henne", "få ut dem", "ut ur butiken",
               "bli av med", "ta lunch", "ta nästa samtal", "lämna receptionen", "gå därifrån"),
    low_ratings=("lägsta betyget", "lägsta betyg", "lägst i", "sämst i", "sämsta betyget", "sämsta betyg",
                 "sist i teamet", "behöver förbättras", "en av fem", "ett av fem", "två av fem",
                 "en av tio", "ett av tio", "två av tio", "tre av tio", "en stjärna"),
    echo_guards=frozenset(["också", "även", "verkligen", "ordentligt", "alltid", "varje", "båda"]),
    echo_links=frozenset(["på", "för"]),
    empty_manners=("utan att lyfta blicken", "utan att titta upp", "utan att ta blicken", "med en nick",
                   "på två ord", "med en axelryckning", "ryckte på axlarna", "himlade med ögonen",
                   "med en suck", "mumlade", "som för ett barn", "som till ett barn", "som till en treåring",
                   "med det där tonfallet", "lite högre för varje gång"),
    chase_links=frozenset(["efter", "när", "sedan"]),
    # (not "gången" alone, "nästa gången", nor "flera gånger om dagen", a habit)
    chase_marks=("tre gånger", "fyra gånger", "andra gången", "tredje gången", "fjärde gången",
                 "till slut", "påpekat", "hotat", "hotade",
                 "varje dag i en vecka"),
    backbites=("fikarummet", "personalrummet", "bakom ryggen", "härmade", "härmar", "gjorde narr",
               "skrattade åt", "i huvudet har jag"),
    blames=("fel inte mitt", "fel inte vårt", "deras fel", "hans fel", "hennes fel", "lagrets fel", "ledningens fel",
            "skylla på", "skyllde på", "ställt till det", "inget med mig", "ta det med dem",
            "ta det med honom", "ta det med henne"),
    gaming_marks=("eftersom jag bara", "eftersom jag markerar", "eftersom jag bjuder", "för att jag bara"),
    metric_words=frozenset(["betyg", "betyget", "siffror", "siffrorna", "statistik", "andel", "procent",
                            "ärenden", "resultat", "flest", "högst"]),
    quote_verbs=frozenset(["sa", "säger", "sade", "svarade", "frågade", "typ", "förklarade"]),
    label_links=frozenset(["för", "som", "under"]),
    self_promises=("lovade mig själv", "lovat mig själv", "sagt till mig själv", "sa till mig själv"),
    # (not "ja" alone: "…hade jag svaret, ja, men bara med en modell")
    climbdowns=("nåja", "eller ja", "okej", "skojar bara", "skämt", "skämtar bara", "skojade bara",
                "i alla fall lite", "eller försöker", "oftast", "ibland"),
    put_ons=("vill säkert höra", "vill höra att", "det ni vill höra", "det rätta svaret", "svaret ni vill ha",
             "svaret ni söker", "svaret du letar efter", "skulle gärna säga", "önskar jag kunde säga",
             "ett väldigt pålitligt ansikte"),
    keep_links=frozenset(["och"]),
    abilities=frozenset(["kan", "kunna", "kunde"]),
    ability_lapses=("men varför", "men det är smidigare", "när jag vill", "men under", "men jag gör det sällan",
                    "gör det sällan"),
    ironic_openers=("åh visst", "jo visst", "jovisst", "åh absolut", "åh självklart", "åh javisst"),
    scope_links=frozenset(["när", "om", "förutsatt"]),
    scope_tags=("i alla fall", "iallafall"),
    small_counts=frozenset(["fyra", "två", "tre", "ett", "en"]),
    share_links=("av",),
    large_counts=frozenset(["tio", "tolv", "femton", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "hundra"]),
    # (coach.scoring.guesses) guessed, heard said, swallowed, put off, credited elsewhere
    guess_marks=("jag har säkert", "har jag säkert", "jag har nog", "har jag nog", "lär jag väl ha",
                 "lär jag ha", "jag måste ha", "jag måste väl ha", "jag borde ha", "jag har antagligen",
                 "jag har förmodligen", "jag har troligen", "rent statistiskt", "statistiskt sett"),
    vague_marks=("någon gång", "kan inte komma på", "kan jag inte komma på", "minns inte", "minns jag inte",
                 "kommer inte ihåg", "kommer jag inte ihåg", "kan inte sätta fingret på", "vet inte när",
                 "var ledig", "var sjuk", "på semester", "innan jag började", "i andra hand"),
    rumours=("det ryktas", "ryktet säger", "ryktet går", "enligt ryktet", "det sägs att jag", "sägs det att jag",
             "jag har hört att jag"),
    hearsays=("tydligen", "visst ska jag", "påstås"),
    exception_links=frozenset(["utom", "såvida", "förutom"]),
    swallows=("vilket är alltid", "vilket är nästan", "vilket jag oftast", "vilket jag nästan alltid",
              "vilket jag alltid", "vilket de alltid", "vilket de oftast", "vilket det alltid är",
              "vilket det nästan alltid är", "vilket är jämt", "vilket händer jämt", "vilket är varje"),
    put_offs=("sitter fortfarande på", "låg kvar i fickan", "ligger kvar i fickan", "snoozade", "snoozar",
              "när det lugnar ner sig", "när det lugnat ner sig", "när det har lugnat ner sig", "när jag får tid",
              "när jag hinner", "när jag har tid", "en vacker dag", "på min att göra-lista", "längst ner på listan"),
    praises=("berömde mig för", "tackade mig för", "månadens medarbetare för", "fick beröm för", "fick tack för",
             "fick äran för", "i sin recension att jag", "i recensionen att jag"),
    credit_turns=("fast det var", "men det var", "fast det är", "men det är"),
    credit_relatives=frozenset(["som"]),
    credit_shares=("jag hade bara", "jag bara", "jag skrev bara", "jag gjorde bara"),
    # (coach.scoring.angles) a sale as the motive, a bet, an insider served
    sales=("köper till", "köpa till", "köper mer", "köpa mer", "merförsäljning", "uppgraderar till",
           "uppgradera till", "dyraste abonnemang", "förlängd garanti", "förlängda garantin", "sälja in",
           "säljer in", "en kampanj", "kundkort", "säljmål", "säljmålen"),
    sale_links=frozenset(["så", "eftersom", "för", "innan", "som", "när", "därför"]),
    wagers=("ett vad", "vadet", "slog vad", "en vadslagning"),
    insiders=("för ledningen", "för företaget", "för chefen", "mot chefen", "med chefen", "för kollegorna",
              "mot kollegorna", "min övertid", "min egen lunch", "mina egna raster", "min rast", "mina raster",
              "min lunch"),
    badges=("arbetsbeskrivning", "arbetsbeskrivningen", "titel", "titeln", "jobbtitel", "yrkestitel", "namnskylt",
            "namnskylten", "namnbricka", "namnbrickan", "slogan", "diplom", "certifikat", "intyg", "uniform",
            "uniformen"),
    badge_results=frozenset(["så", "alltså", "därför"]),
    natures=("stenbocken", "skytten", "tvillingarna", "oxen", "lejonet", "jungfrun", "skorpionens", "skorpionen",
             "vattuman", "fiskarna", "väduren", "horoskop", "horoskopet", "stjärntecken", "personlighetstest",
             "personlighetstestet", "myers-briggs", "disc-testet", "disc-test", "test på nätet"),
    # (money the customer owes: not "…kollade att skulden var borta", their dues checked gone)
    debts=("påmint om skulden", "kronan av skulden", "driva in", "inkasso", "obetalda faktura", "obetald faktura",
           "förfallna avgifter", "förfallna gymavgifter", "förfallna fakturor", "betalningspåminnelse"),
    lowerings=("dubbelt så lång tid", "och sedan blir det klart", "lovar så lite", "inte kommer att höra något"),
    empowers=("bli experter själva", "lösa dem själva", "verktygen att lösa", "hjälpa sig själva"),
    knowings=("fast jag vet att", "fast jag visste att", "trots att jag vet", "trots att jag visste"),
    told_verbs=frozenset(["lovar", "lovade", "säger", "sa", "sade", "försäkrar", "försäkrade"]),
    one_tries=("resten får vänta", "sedan är kvoten fylld", "utgår jag från att allt är bra", "redan hade gjort mitt",
               "sedan får hen samma ton", "orkar jag inte", "räknar jag minuterna", "strök sedan kunden",
               "får ta mig som jag är"),
    covers=("ingen kan säga", "så att det syns att", "något att visa upp", "min utvärdering", "täcka mig",
            "ryggen fri"),
    overrulings=("abonnemang åt dem", "klarar ändå inte", "för hennes eget bästa", "för hans eget bästa",
                 "för deras eget bästa", "mot hennes vilja", "mot hans vilja", "mot deras vilja"),
    better_jobs=("en arbetsplats som förtjänar", "någonstans där jag trivs", "ett jobb jag verkligen brinner för",
                 "ett jobb som är värt det", "när jag får jobb på", "på ett seriöst företag"),
    leave_outs=("nämner inte att", "säger bara inte att", "brukar jag inte gå in på", "har jag bara inte nämnt",
                "låta bli att ta upp"),
    unavailables=("första måndagen varje månad", "en gång per kvartal", "under den halvtimme om dagen",
                  "inga lediga tider förrän"),
)
