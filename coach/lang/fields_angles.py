"""The language data that says a claim has an angle (coach.scoring.angles reads it): done to make a
sale, to win a bet, or for the firm or the candidate instead of the customer, or drawn from a title
or a badge. Part of coach.lang.fields_undone.Undone through fields_guesses.Guesses, kept
apart so each module stays short."""

from __future__ import annotations

from coach.records import record


@record
class Angles:
    """Frames that leave a claim drawn from a badge, sold, wagered or aimed at insiders, as written."""

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
