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
