"""A claim with an angle: drawn from a title, a badge or the stars ("My badge says 'Happy to
help', SO I'm approachable", "As a GEMINI I'm very flexible"), the virtue used to make a sale or to
collect money owed ("…SO they'll take the EXTENDED WARRANTY", "…to remind them their invoice is
still UNPAID"), done to win a bet, spent on the firm, a colleague or the candidate's own time
("I'm flexible about MY OWN BREAK times"), beaten against expectations set low, not helping spun
as empowering, done to cover oneself ("…so there's PROOF I DID it"), overruling the customer for
their own good, or done to all alike without finding out what is wrong. Language data
(Undone.badges, badge_results, natures, sales, sale_links, debts, wagers, insiders, lowerings,
empowers, covers, overrulings, blankets) drives them; coach.scoring.late.said_late tries them.
Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_starts, start_after, starts_around, starts_before
from .voice import on_interview
from .walkbacks import after_match, framed

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words after the match an insider may start ("flexible about MY OWN break times").
_INSIDER_REACH = 5


def sales_possible(analysis: Analysis) -> bool:
    """May `sold` apply: does the answer name a sale?"""
    return bool(phrase_starts(analysis, "sale", analysis.matcher.rules.undone.sales))


def sold(analysis: Analysis, first: int, last: int) -> int | None:
    """A sale as the deed's motive: one of Undone.sales after the match in its sentence with one
    of sale_links between them and no negation ("I build rapport with every caller SO they'll
    take the EXTENDED WARRANTY", "I remember regulars' names, BECAUSE it doubles the ADD-ON
    sales", "…, EFTERSOM det ökar chansen att de KÖPER TILL något"); anywhere outside the match
    where verbs come last ("…హెల్త్ ఇన్సూరెన్స్ పాలసీ అమ్మడానికి"). A sale the candidate
    talks a customer out of is no motive ("…, so he DIDN'T buy the extended warranty")."""
    keys = analysis.matcher.rules.undone
    if analysis.language.head_final:
        found = next(starts_around(analysis, "sale", keys.sales, first, last), None)
        return None if found is None else on_interview(analysis, found)
    mark = start_after(analysis, "sale", keys.sales, last)
    if mark is None or analysis.language.undone.sale_links.isdisjoint(analysis.tokens.norms[last + 1:mark]) \
            or negated_between(analysis, last + 1, mark):
        return None
    return on_interview(analysis, mark)


def wagers_possible(analysis: Analysis) -> bool:
    """May `wagered` apply: does the answer name a bet or a dare?"""
    return bool(phrase_starts(analysis, "wager", analysis.matcher.rules.undone.wagers))


def wagered(analysis: Analysis, first: int, last: int) -> int | None:
    """A bet or a dare after the match in its sentence or in its clause (Undone.wagers: "I once
    went the extra mile for a guest to win A BET with the night porter", "…för att vinna ETT VAD
    mot nattportiern", "…పందెం గెలవడానికి…"): done for a game among staff, not for the
    customer. A bet told first, then won by a deed of the candidate's own, is no such game ("We
    had A BET on who'd get the most reviews, and I won it by calling every guest…")."""
    clauses = analysis.tokens.clauses
    wagers = analysis.matcher.rules.undone.wagers
    found = next((k for k in starts_around(analysis, "wager", wagers, first, last)
                  if k > last or clauses[k] == clauses[first] or analysis.language.head_final), None)
    return None if found is None else on_interview(analysis, found)


def insiders_possible(analysis: Analysis) -> bool:
    """May `misaimed` apply: does the answer name the firm, a colleague or the candidate's time?"""
    return bool(phrase_starts(analysis, "insider", analysis.matcher.rules.undone.insiders))


def misaimed(analysis: Analysis, first: int, last: int) -> int | None:
    """The firm, a colleague or the candidate's own time as the one served: one of
    Undone.insiders starting just after the match in its clause, with no one served named in the
    clause after the match ("I really empathise WITH THE COMPANY when…", "I'm very flexible about
    MY OWN BREAK times", "Jag följer noga upp att all MIN ÖVERTID…"). Not "I was honest with my
    manager and with the customer"."""
    keys = analysis.matcher.rules.undone
    tokens = analysis.tokens
    stop = tokens.clause_range(last)[1]
    found = next((k for k in starts_around(analysis, "insider", keys.insiders, first, last)
                  if last < k <= last + 1 + _INSIDER_REACH and k < stop), None)
    if found is None or not analysis.matcher.rules.served_nouns.isdisjoint(tokens.norms[last + 1:stop]):
        return None
    return on_interview(analysis, found)



def badges_possible(analysis: Analysis) -> bool:
    """May `badged` apply: does the answer name a title, a badge or a certificate?"""
    return bool(phrase_starts(analysis, "badge", analysis.matcher.rules.undone.badges))


def badged(analysis: Analysis, first: int, last: int) -> int | None:
    """A claim drawn from a title, a badge or a certificate: one of Undone.badges before the match
    in its sentence and one of badge_results in the match's clause before it ("My BADGE says
    'Happy to help', SO I'm approachable", "Jag har ett DIPLOM i förväntanshantering, SÅ jag lovar
    aldrig för mycket", "…యూనిఫామ్ మీదే … ఎంబ్రాయిడరీ ఉంటుంది, కాబట్టి…"). Not a deed told
    beside it ("My badge says 'Happy to help', and I walk every customer to the aisle", "My badge
    says 'Ask me', so I make sure it's true: I step out…"), nor a badge after the deed ("…, it
    wasn't in anyone's job description", "…a toy pilot's badge")."""
    results = analysis.language.undone.badge_results
    tokens = analysis.tokens
    low = tokens.clause_range(first)[0]
    badges = analysis.matcher.rules.undone.badges
    start = next(starts_before(analysis, "badge", badges, first, ended=True), None)
    if start is None or results.isdisjoint(tokens.norms[max(start, low):first]):
        return None
    return on_interview(analysis, start)


def natures_possible(analysis: Analysis) -> bool:
    """May `starred` apply: does the answer name a star sign or a personality test?"""
    return bool(phrase_starts(analysis, "nature", analysis.matcher.rules.undone.natures))


def starred(analysis: Analysis, first: int, last: int) -> int | None:
    """A nature read in the stars or a test (Undone.natures before the match, anywhere where verbs
    come last: "As a GEMINI I'm very adaptable", "My MYERS-BRIGGS type is ISTJ, which is why I'm so
    good at follow-up", "Jag är född i SKORPIONENS tecken och därför…", "…కర్కాటక రాశిలో
    పుట్టాను, అందుకే…"), unless the candidate says after it that it is so ("My personality test
    says I'm empathetic, and I show it: …") or turns from it before the claim ("…, but at the
    desk I stand up and smile…")."""
    keys = analysis.matcher.rules.undone.natures
    if analysis.language.head_final:  # (the sign told first: "…రాశిలో పుట్టాను, అందుకే…")
        found = next(starts_around(analysis, "nature", keys, first, last), None)
        return None if found is None else on_interview(analysis, found)
    found = framed(analysis, "nature", keys, first, last)
    if found is None or analysis.language.contrasts.isdisjoint(analysis.tokens.norms[found:first]):
        return found
    return None  # (turned before the claim: "My star sign makes me hot-headed, BUT when…")


def debts_possible(analysis: Analysis) -> bool:
    """May `dunned` apply: does the answer name money owed?"""
    return bool(phrase_starts(analysis, "debt", analysis.matcher.rules.undone.debts))


def dunned(analysis: Analysis, first: int, last: int) -> int | None:
    """Money owed as what the deed is about, after the match (Undone.debts: "I follow up with
    every patient a week later, to remind them their invoice is still UNPAID", "I'm very
    empathetic…, then ask for the FULL BALANCE by Friday", "Jag följer upp varje kund…, angående
    deras OBETALDA faktura", "…బకాయి ఉన్న కస్టమర్లకి…"): the virtue spent on collecting."""
    return after_match(analysis, "debt", analysis.matcher.rules.undone.debts, first, last)


def lowerings_possible(analysis: Analysis) -> bool:
    """May `lowballed` apply: does the answer set expectations low to beat them?"""
    return bool(phrase_starts(analysis, "lowering", analysis.matcher.rules.undone.lowerings))


def lowballed(analysis: Analysis, first: int, last: int) -> int | None:
    """Expectations set low to be beaten, after the match (Undone.lowerings: "I always exceed
    expectations, because I tell every customer it'll take three days WHEN IT REALLY takes one",
    "…, because I've taught them to EXPECT VERY LITTLE", "…säger att det tar DUBBELT SÅ LÅNG TID
    som det gör")."""
    return after_match(analysis, "lowering", analysis.matcher.rules.undone.lowerings, first, last)


def empowers_possible(analysis: Analysis) -> bool:
    """May `self_served` apply: does the answer speak of empowering customers?"""
    return bool(phrase_starts(analysis, "empower", analysis.matcher.rules.undone.empowers))


def self_served(analysis: Analysis, first: int, last: int) -> int | None:
    """Not helping, spun as empowering the customer: one of Undone.empowers framing the match
    before it, or after it in its sentence ("I EMPOWER CUSTOMERS to follow up for themselves by
    giving them their reference number", "I go above and beyond BY EMPOWERING GUESTS: I hand
    them a map", "Jag hjälper kunderna att BLI EXPERTER SJÄLVA…")."""
    keys = analysis.matcher.rules.undone.empowers
    found = framed(analysis, "empower", keys, first, last)
    return found if found is not None else after_match(analysis, "empower", keys, first, last)


def covers_possible(analysis: Analysis) -> bool:
    """May `covered` apply: does the answer say the candidate covers themself?"""
    return bool(phrase_starts(analysis, "cover", analysis.matcher.rules.undone.covers))


def covered(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed done to cover the candidate, after the match (Undone.covers: "I follow up by email
    after every complaint, so there's PROOF I DID it", "…, so that if it goes wrong, nobody can
    PIN IT ON ME", "…, SÅ ATT INGEN KAN SÄGA att jag lovade fel")."""
    return after_match(analysis, "cover", analysis.matcher.rules.undone.covers, first, last)


def overrulings_possible(analysis: Analysis) -> bool:
    """May `overruled` apply: does the answer overrule a customer for their own good?"""
    return bool(phrase_starts(analysis, "overrule", analysis.matcher.rules.undone.overrulings))


def overruled(analysis: Analysis, first: int, last: int) -> int | None:
    """The customer overruled for their own good: one of Undone.overrulings in the match's
    sentence ("Mr Jones gets his usual decaf, EVEN WHEN HE ASKS for a proper coffee", "…, FOR HER
    OWN GOOD", "Jag visar äldre kunder respekt genom att VÄLJA ABONNEMANG ÅT DEM")."""
    keys = analysis.matcher.rules.undone.overrulings
    found = next(starts_around(analysis, "overrule", keys, first, last), None)
    return None if found is None else on_interview(analysis, found)


def blankets_possible(analysis: Analysis) -> bool:
    """May `blanket` apply: does the answer treat every customer alike, whatever is wrong?"""
    return bool(phrase_starts(analysis, "blanket", analysis.matcher.rules.undone.blankets))


def blanket(analysis: Analysis, first: int, last: int) -> int | None:
    """The deed done to all alike with no customer in mind, after the match (Undone.blankets: "I
    send a replacement to every customer who rings, WITHOUT EVER FINDING OUT what went wrong",
    "…'how's the family?', WHETHER I KNOW THEM OR NOT"). Not all treated alike in fairness ("Alla
    ska bli bemötta med respekt, oavsett vad de köper")."""
    return after_match(analysis, "blanket", analysis.matcher.rules.undone.blankets, first, last)
