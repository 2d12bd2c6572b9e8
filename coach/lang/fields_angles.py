"""The language data that says a claim has an angle (coach.scoring.angles reads it): done to make a
sale, to collect money owed or to win a bet, for the firm or the candidate instead of the customer,
drawn from a title, a badge or the stars, measured against expectations set low, or not helping
spun as empowering. Part of coach.lang.fields_undone.Undone through fields_guesses.Guesses, kept
apart so each module stays short."""

from __future__ import annotations

from coach.records import record


@record
class Angles:
    """Frames that leave a claim drawn from a badge or the stars, sold, wagered, aimed at insiders or
    at money owed, measured against expectations set low, or spun as empowering, as written."""

    # A title, a badge or a certificate the claim is drawn from: one of badges before the keyword
    # and one of badge_results in its clause before it ("My BADGE says 'Happy to help', SO I'm
    # approachable").
    badges: tuple[str, ...] = ()
    badge_results: frozenset[str] = frozenset()

    # A sale as the motive: one of sales after the keyword with one of sale_links between ("…SO
    # they'll take the EXTENDED WARRANTY", "…, BECAUSE it tells me what I HAVEN'T SOLD them",
    # "…, EFTERSOM det ökar chansen att de KÖPER TILL…"); anywhere where verbs come last
    # ("…పాలసీ అమ్మడానికి").
    sales: tuple[str, ...] = ()
    sale_links: frozenset[str] = frozenset()
    # A bet or a dare after the keyword or in its clause ("…to win A BET with the night porter",
    # "…för att vinna ETT VAD", "…పందెం…").
    wagers: tuple[str, ...] = ()
    # The firm, a colleague or the candidate's own time as the one served, right after the
    # keyword in its clause with no one served named (insiders: "I empathise WITH THE COMPANY…",
    # "…flexible about MY OWN BREAK times", "…förståelse … FÖR LEDNINGEN").
    insiders: tuple[str, ...] = ()
    # A nature read in the stars or a test (natures before the keyword, anywhere where verbs come
    # last: "As a GEMINI I'm very flexible", "My PERSONALITY TEST says I'm empathetic", "Enligt
    # MYERS-BRIGGS är jag…", "…రాశిలో పుట్టాను, అందుకే…"), unless the candidate's own clause after
    # one of keep_links says it is so ("…, and I show it: I let every caller finish").
    natures: tuple[str, ...] = ()
    # Money owed as what the deed is about, after the keyword (debts: "I follow up with every
    # patient…, to remind them their invoice is still UNPAID", "…angående deras OBETALDA faktura").
    debts: tuple[str, ...] = ()
    # Expectations set low to be beaten, after the keyword (lowerings: "I always exceed
    # expectations, because I tell every customer it'll take three days WHEN IT REALLY takes one",
    # "…säger att det tar DUBBELT SÅ LÅNG TID som det gör").
    lowerings: tuple[str, ...] = ()
    # Not helping, spun as empowering the customer, around the keyword (empowers: "I EMPOWER
    # CUSTOMERS to follow up for themselves by giving them a reference number").
    empowers: tuple[str, ...] = ()
    # The deed done to cover the candidate, after the keyword (covers: "…in writing, so NOBODY CAN
    # SAY I didn't", "…, SÅ ATT INGEN KAN SÄGA att jag lovade fel", "…నా QA స్కోర్ తగ్గకూడదు").
    covers: tuple[str, ...] = ()
    # The customer overruled for their own good, in the keyword's sentence (overrulings: "…, FOR
    # HER OWN GOOD", "…EVEN WHEN THEY TELL ME they'd like something new", "…väljer
    # abonnemang ÅT DEM").
    overrulings: tuple[str, ...] = ()
    # The deed done to all alike with no customer in mind, after the keyword (blankets: "…to every
    # customer who rings, WITHOUT EVER FINDING OUT what went wrong").
    blankets: tuple[str, ...] = ()
