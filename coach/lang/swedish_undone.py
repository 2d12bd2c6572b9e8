"""Swedish frames of a deed not done, kept apart from swedish_forms.py to keep it short: what a
list's heading leaves out, misdeeds that belie a boast, sentences that take a claim back, and
frequencies too rare to be a habit (Language.undone; coach.scoring.headings, asked, shortfalls,
scope_shapes read them). Matched as written."""

from __future__ import annotations

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
            "höjde rösten", "fräste åt", "ryckte på axlarna", "gäspade")
# Openings of a short sentence that take back the claim before it (Undone.retractions): "Jag
# förklarar alltid villkoren med enkla ord. ELLER, jag hänvisar till avtalet".
RETRACTIONS = ("eller", "fast ärligt talat", "i alla fall i teorin", "i teorin", "på pappret",
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
REWARDS = ("dricks", "dricksen", "bonus", "bonusen", "provision", "provisionen", "övertid",
           "övertidsersättning", "övertidsersättningen", "betalar mig", "betalar kursen")
# Teaching others the deed (Undone.teachings, learners): "Som handledare LÄR jag DE NYA att le och
# hälsa på varje kund, men själv tittar jag helst inte upp".
TEACHINGS = frozenset(["lär", "lärde", "säger", "sa", "utbildar", "utbildade", "coachar", "påminner",
                       "tjatar"])
LEARNERS = frozenset(["nya", "nyanställda", "praktikanter", "praktikanterna", "kollegorna", "teamet",
                      "personalen", "alla", "juniorerna", "nyanställd"])
# Outcomes that show the deed failed, told after it (Undone.failures): "…, och BAD ATT FÅ PRATA
# MED EN KOLLEGA", "… blev ÄNNU MER FÖRVIRRAD".
FAILURES = ("ännu mer förvirrad", "mer förvirrad än", "bad att få prata med en kollega",
            "bad att få prata med någon annan", "bad att få prata med chefen", "uppenbarligen inte",
            "lämnade in ett klagomål", "skrev ett klagomål", "enstjärnig recension", "väntade fortfarande",
            "sa upp sitt abonnemang", "sade upp sitt abonnemang", "sa upp sitt konto")
