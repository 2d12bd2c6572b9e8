"""The frames tried late, once no set-aside rule has explained a match: a deed kept for an
audience, done by no one, hoped for, never come, hollowed out, made less, taken back, kept on a
whim, turned aside, a sham, walked back, not stood behind or given an angle. Each lives in the
module named in said_late; this module only orders them. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .angles import (
    badged,
    badges_possible,
    blanket,
    blankets_possible,
    covered,
    covers_possible,
    debts_possible,
    dunned,
    empowers_possible,
    insiders_possible,
    lowballed,
    lowerings_possible,
    misaimed,
    natures_possible,
    overruled,
    overrulings_possible,
    sales_possible,
    self_served,
    sold,
    starred,
    wagered,
    wagers_possible,
)
from .audience import (
    learned_only,
    lore_possible,
    pretended,
    settings_possible,
    watched,
    watchers_possible,
)
from .chances import (
    few_possible,
    few_served,
    last_possible,
    last_thing,
    leave_asked,
    leave_possible,
    let_alone,
    let_alone_possible,
    near_missed,
    near_possible,
)
from .guesses import (
    better_jobs_possible,
    credited_elsewhere,
    guessed,
    guesses_possible,
    knowings_possible,
    known_false,
    leave_outs_possible,
    left_out,
    one_tries_possible,
    out_of_reach,
    praises_possible,
    put_off,
    put_offs_possible,
    rumoured,
    saved_for_later,
    swallowed,
    swallows_possible,
    tried_once,
    unavailables_possible,
)
from .hindsight import Frames, tried
from .hollow import (
    brief,
    brief_possible,
    gone_by,
    gone_possible,
    held_back,
    holdbacks_possible,
    in_name_only,
    nominal_possible,
    sarcasm_possible,
    sarcastic,
)
from .lesser import (
    better_possible,
    bettered,
    least_possible,
    outnumbered,
    outnumbered_possible,
    put_last,
    rare_share,
    shares_possible,
)
from .passives import agentless, passives_possible
from .retorts import retorts_possible, taken_back
from .shams import (
    backbites_possible,
    backbitten,
    blamed,
    blames_possible,
    chased,
    chases_possible,
    gamed,
    gaming_possible,
    promised_self,
    promises_possible,
    scare_quoted,
    scares_possible,
)
from .twists import dash_limited, dashes_possible, echoed, emptied, manners_possible
from .walkbacks import (
    abilities_possible,
    able_only,
    climbdowns_possible,
    climbed_down,
    ironic,
    ironies_possible,
    put_on,
    put_ons_possible,
)
from .wants import (
    bars_possible,
    hoped,
    hopes_possible,
    low_bar,
)
from .whims import (
    misdirected,
    misdirections_possible,
    on_a_whim,
    rated_low,
    ratings_possible,
    riddances_possible,
    to_be_rid,
    whims_possible,
)

if TYPE_CHECKING:
    from .analysis import Analysis

# The frames of coach.scoring.audience, passives, wants, chances, hollow, lesser, retorts,
# whims, twists, shams, walkbacks, guesses and angles, tried only where no set-aside rule explains the match
# (coach.scoring.analysis.Analysis.judged): a rule that says whose deed it is, or that it is
# said of a thing or of the candidate's own life, gives the better reason ("Jag vill ha en
# arbetsgivare som är pålitlig" is someone else described before it is a wish).
_LATE_FRAMES: Frames = (
    (watchers_possible, watched), (settings_possible, pretended), (lore_possible, learned_only),
    (passives_possible, agentless), (bars_possible, low_bar), (hopes_possible, hoped),
    (near_possible, near_missed), (let_alone_possible, let_alone), (last_possible, last_thing),
    (leave_possible, leave_asked), (few_possible, few_served), (holdbacks_possible, held_back),
    (gone_possible, gone_by), (sarcasm_possible, sarcastic), (brief_possible, brief),
    (nominal_possible, in_name_only), (least_possible, put_last), (shares_possible, rare_share),
    (better_possible, bettered), (retorts_possible, taken_back), (whims_possible, on_a_whim),
    (misdirections_possible, misdirected), (riddances_possible, to_be_rid), (ratings_possible, rated_low),
    (dashes_possible, echoed), (manners_possible, emptied), (scares_possible, scare_quoted),
    (chases_possible, chased), (backbites_possible, backbitten), (blames_possible, blamed),
    (gaming_possible, gamed), (promises_possible, promised_self), (climbdowns_possible, climbed_down),
    (put_ons_possible, put_on), (abilities_possible, able_only), (ironies_possible, ironic),
    (dashes_possible, dash_limited), (outnumbered_possible, outnumbered), (guesses_possible, guessed),
    (guesses_possible, rumoured), (swallows_possible, swallowed), (put_offs_possible, put_off),
    (praises_possible, credited_elsewhere), (sales_possible, sold), (wagers_possible, wagered),
    (insiders_possible, misaimed), (badges_possible, badged), (natures_possible, starred),
    (debts_possible, dunned), (lowerings_possible, lowballed), (empowers_possible, self_served),
    (knowings_possible, known_false), (one_tries_possible, tried_once), (covers_possible, covered),
    (overrulings_possible, overruled), (blankets_possible, blanket), (better_jobs_possible, saved_for_later),
    (leave_outs_possible, left_out), (unavailables_possible, out_of_reach),
)



def said_late(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame that denies tokens first..last once no set-aside rule has
    explained them, tried in order: a deed kept for an audience, played on a stage, known
    without practice (coach.scoring.audience), done by no one (passives), measured against a
    low bar or hoped for (wants), never come (chances: a near miss, "let alone", the last
    thing one would do, leave asked, few served), or hollowed out (hollow: held back or
    pretended, a virtue gone, sarcasm, kept up only briefly, in name only), made less (lesser:
    put last, a rare share, what a better worker would have done, a share that belies it), taken
    back (retorts: an elided denial, a disowning tag), kept on a whim, misdirected, done to be
    rid of the customer or rated low (whims), turned aside, emptied or shrunk after a dash
    (twists), a sham (shams: scare quotes, chased, two-faced, blame passed, gamed, a promise to
    oneself), walked back or put on (walkbacks), or not stood behind (guesses: guessed, heard
    said, swallowed by its exception, put off, another's deed credited, told knowing it false,
    tried once, saved for a better job, its worst part left out, out of reach), or given an angle
    (angles: a sale, a bet, an insider served, a badge or the stars, money owed, expectations
    set low, not helping spun as empowering, to cover oneself, the customer overruled, a
    blanket deed)."""
    return tried(analysis, "said late", _LATE_FRAMES, first, last)
