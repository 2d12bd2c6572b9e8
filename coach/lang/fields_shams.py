"""The language data that says a claim is no claim (coach.scoring.whims, twists, shams and
walkbacks read it): kept on a whim, misdirected, turned aside, a sham, walked back or shrunk.
Part of coach.lang.fields_undone.Undone, kept apart so that each module stays short."""

from __future__ import annotations

from coach.records import record

from .fields_guesses import Guesses


@record
class Shams(Guesses):
    """Frames that leave a claim kept on a whim, misdirected, turned aside, a sham, walked back
    or shrunk, as written."""

    # A claim kept on a whim (coach.scoring.whims): a condition on the candidate's own state
    # (own_states: "…WHEN I'VE SLEPT well", "AFTER MY second COFFEE", "Har jag EN BRA DAG…",
    # "…నిద్రపోతే"; state_links open one besides the subordinators: "DEPENDS on how much sleep")
    # or on the person served being nice first (courtesies: "…to customers WHO are POLITE TO ME",
    # "…, förutsatt att hen HÄLSAR FÖRST"), unless the sentence treats all alike (even_handed:
    # "EQUALLY polite to those who shout as to those who are nice"); the deed done to the wrong
    # one (misdirections), re-aimed after a break (misdirection_links: "…, TO the wrong table")
    # or in a turn to the candidate's slip (misdirection_turns: "…, BUT I'd mixed up…"); done
    # to be rid of the person served (riddances: "…just to GET HIM OFF THE PHONE"); or a low
    # rating of it (low_ratings: "…the LOWEST IN THE branch").
    own_states: tuple[str, ...] = ()
    state_links: frozenset[str] = frozenset()
    courtesies: tuple[str, ...] = ()
    misdirections: tuple[str, ...] = ()
    even_handed: frozenset[str] = frozenset()
    misdirection_links: frozenset[str] = frozenset()
    misdirection_turns: frozenset[str] = frozenset()
    riddances: tuple[str, ...] = ()
    low_ratings: tuple[str, ...] = ()
    # A claim turned aside (coach.scoring.twists): its word said again after a dash (small words
    # skipped but echo_links: "lita PÅ mig – PÅ att jag går hem"), unless the tail adds to it
    # (echo_guards: "…— with the rules TOO", "patient — REALLY patient"); or a manner after the
    # keyword that empties the deed (empty_manners: "…WITH A SHRUG", "…UTAN ATT LYFTA BLICKEN").
    echo_guards: frozenset[str] = frozenset()
    echo_links: frozenset[str] = frozenset()
    empty_manners: tuple[str, ...] = ()
    # A sham (coach.scoring.shams): done only once the customer chased it (a link of time after
    # the keyword, chase_links, with the person served after it and a mark of pushing near,
    # chase_marks: "…, after she'd asked me TWICE"); undone behind their back (backbites:
    # "…, then I mimic them in the STAFF ROOM"); said while passing the blame (blames: "…, NOT
    # MINE"); or a figure explained by a trick (gaming_marks after the keyword, metric_words in
    # its sentence: "My RATE is perfect BECAUSE I COUNT the survey email").
    chase_links: frozenset[str] = frozenset()
    chase_marks: tuple[str, ...] = ()
    # (the mark may stand just before one of count_links: "the THIRD time he came back")
    count_links: frozenset[str] = frozenset()
    backbites: tuple[str, ...] = ()
    blames: tuple[str, ...] = ()
    gaming_marks: tuple[str, ...] = ()
    metric_words: frozenset[str] = frozenset()
    # Scare quotes (shams.scare_quoted) are not words said after quote_verbs besides the speech
    # verbs ("saying something LIKE '…'") nor a category after label_links ("full marks FOR '…'").
    # A promise made only to oneself (shams.promised_self: "I TOLD MYSELF I'd ring her back", "Jag
    # har SAGT TILL MIG SJÄLV att…", "…నాకు నేను చెప్పుకున్నాను"), unless the candidate's own
    # clause after a keep_links word says it was kept ("…, and I have ever since").
    self_promises: tuple[str, ...] = ()
    # A claim walked back or put on (coach.scoring.walkbacks): a climb-down standing alone between
    # breaks after the keyword (climbdowns: "…— WELL, within the day —…", "…– NÅJA, …"); a frame
    # before it (after it where verbs come last) that makes it the expected answer, a look or a
    # wish (put_ons: "You probably WANT TO HEAR that…", "I COME ACROSS AS…", "I'D LOVE TO SAY…"),
    # as a promise to oneself is, unless the candidate's own clause after a keep_links word says
    # it is so ("…, AND I do"); an ability (abilities before the keyword) with a lapse after it
    # (ability_lapses: "I can explain it plainly; I JUST FIND IT QUICKER to…").
    climbdowns: tuple[str, ...] = ()
    put_ons: tuple[str, ...] = ()
    keep_links: frozenset[str] = frozenset()
    abilities: frozenset[str] = frozenset()
    ability_lapses: tuple[str, ...] = ()
    # An ironic opener makes its sentence no claim (walkbacks.ironic: "OH SURE, I always explain
    # things clearly, that's why they keep ringing back").
    ironic_openers: tuple[str, ...] = ()
    # A scope shrunk after a dash (twists.dash_limited: "…— WHEN I'm sure the van's outside",
    # "…— the check-in screen, ANYWAY"): the tail opens with one of scope_links or ends with one
    # of scope_tags.
    scope_links: frozenset[str] = frozenset()
    scope_tags: tuple[str, ...] = ()
    # A share that belies the claim (lesser.outnumbered: "…twice OUT OF about ten"): a small count
    # (rare_counts or small_counts), one of share_links, maybe an approximation, a large count.
    small_counts: frozenset[str] = frozenset()
    share_links: tuple[str, ...] = ()
    large_counts: frozenset[str] = frozenset()
    quote_verbs: frozenset[str] = frozenset()
    label_links: frozenset[str] = frozenset()
