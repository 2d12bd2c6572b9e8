"""Negation scope in particular shapes (coach.scoring.scope asks here): the negation of a
pseudo-cleft ("What I don't do is …"), a causative whose object the match is ("I'd never let a
regular …"), the "too" of "too busy to", a question answered no ("Follow-up? Not really"), a
habit given up ("… but I stopped") and a rhetorical question or denial ("What's the point
of…?", "I'd be lying if I said…"). Language data drives each. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import is_negation, negated_between, pseudo
from .forms import adverbial, infinitive_marker
from .headings import headed
from .hindsight import said_around
from .keyed import phrase_starts, start_after, starts_before
from .persons import me_after_fronted_verb
from .shortfalls import abandoned, admitted, condition_after, conditioned, dispreferred, limited, retracted
from .turns import framed, outgrown
from .undone import undone
from .unreal import unreal

if TYPE_CHECKING:
    from .analysis import Analysis

# How far into a pseudo-cleft its negation may stand ("what I really don't ever do is").
_CLEFT_REACH = 6


def excess_cue(analysis: Analysis, to: int, clause: int, too: str) -> int | None:
    """The `too` of "too busy to" before the "to" at `to`: one to three words before it in its
    clause (Language.excess), so that what follows "to" did not happen."""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    for pos in range(to - 2, max(-1, to - 5), -1):
        if clauses[pos] != clause:
            return None
        if norms[pos] == too:
            return pos
    return None


def cleft_cue(analysis: Analysis, first: int, own: set[int]) -> int | None:
    """The negation of a pseudo-cleft whose complement holds the match: "What I don't do is the
    sympathy bit or start listing other options" (Language.cleft_openers: the opener starts the
    clause, a cue and then a form of "be" follow it before the match)."""
    lang = analysis.language
    if not lang.cleft_openers:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(first)[0]
    rules = analysis.matcher.rules
    while low < first and norms[low] in rules.openers:
        low += 1
    if low >= first or norms[low] not in lang.cleft_openers:
        return None
    cue = None
    for pos in range(low + 1, min(first, low + _CLEFT_REACH)):
        word = norms[pos]
        if cue is None and pos not in own and is_negation(word, lang) and not pseudo(analysis, pos):
            cue = pos
        elif cue is not None and word in lang.copulas:
            return cue
    return None


def let_object(analysis: Analysis, cue: int, first: int) -> bool:
    """Is the match the object of a causative verb the cue negates ("I'd never let a REGULAR
    walk in and feel like a stranger", "jag låter aldrig en STAMKUND …")? The cue negates
    what the object is let do, not the object (Language.delegators: "let", "låter")."""
    norms = analysis.tokens.norms
    determiners = analysis.matcher.rules.determiners
    delegators = analysis.language.delegators
    pos = first - 1
    while pos > cue and norms[pos] in determiners:
        pos -= 1
    if pos > cue:
        return norms[pos] in delegators
    return cue > 0 and norms[cue - 1] in delegators  # verb second: "låter aldrig"


# How many words that carry meaning a question may hold besides the keyword ("What about
# FOLLOW-UP?", "Going ABOVE AND BEYOND for them?").
_QUESTION_WORDS = 2


def answered_no(analysis: Analysis, first: int, last: int) -> int | None:
    """The word that answers no to a short question the match stands in, opening the next
    sentence ("Follow-up? NOT really my thing", "Flexible? NAH", "Uppföljning? NÄ, inte direkt";
    Language.answer_negatives), or an outright refusal that answers a question of any length
    ("Make an exception for a passenger who turned up late? FAT CHANCE."; outright_refusals):
    the candidate denies what the keyword names."""
    lang = analysis.language
    if not lang.answer_negatives:
        return None
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    if end >= len(tokens.norms):
        return None
    refused = end in phrase_starts(analysis, "outright", analysis.matcher.rules.outright)
    if (not refused and tokens.norms[end] not in lang.answer_negatives) or not tokens.asks(end):
        return None  # (most sentences: no "no" after them, or no question)
    if refused:
        return end
    words = sum(1 for k in range(low, end) if not first <= k <= last
                and tokens.norms[k] not in lang.function_words)
    return end if words <= _QUESTION_WORDS else None


def denial(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame that denies tokens first..last with no negation cue of its
    own, tried in this order: a habit given up after it, a failing right before it, a
    shortcoming admitted right after it, an own condition, a limit, the frames that
    hindsight.said_around tries (a reward, a belief reversed, a deed taught and not done, a
    failed outcome; coach.scoring.favours: the rest kept from it, a box ticked, too late;
    coach.scoring.manner: hedged, grudging, pressed), a retraction in the next sentence
    (shortfalls.retracted), a preference that puts it last, an effort started and given
    up (shortfalls.abandoned), a list's heading that denies it (headings.headed), a past habit
    turned (turns.outgrown), a frame of weakness or plan (turns.framed), the unreal past, a deed
    not done (undone) or a rhetorical question or denial around it."""
    found = lapsed(analysis, last)
    found = failed(analysis, first) if found is None else found
    found = admitted(analysis, first, last) if found is None else found
    found = conditioned(analysis, first) if found is None else found
    found = condition_after(analysis, last) if found is None else found
    found = limited(analysis, first, last) if found is None else found
    found = said_around(analysis, first, last) if found is None else found
    found = retracted(analysis, last) if found is None else found
    found = dispreferred(analysis, first, last) if found is None else found
    found = abandoned(analysis, first, last) if found is None else found
    found = headed(analysis, first, last) if found is None else found
    found = outgrown(analysis, first, last) if found is None else found
    found = framed(analysis, first) if found is None else found
    found = unreal(analysis, first) if found is None else found
    found = undone(analysis, first, last) if found is None else found
    return denied(analysis, first) if found is None else found


def lapsed(analysis: Analysis, last: int) -> int | None:
    """The first word of a habit given up, refused outright or too rare to be one, said after
    the match in its sentence ("I used to follow up with everyone BUT I STOPPED", "…, NOT THESE
    DAYS", "I'll say sorry to him WHEN PIGS FLY", "… EXACTLY ONCE IN SIX YEARS";
    Language.lapses, outright_refusals, Undone.rare_frequencies): no emphasis
    can make it affirm, but a negation before it in its clause denies the lapse itself."""
    rules = analysis.matcher.rules
    start = start_after(analysis, "lapse", rules.lapses, last)
    for other in (start_after(analysis, "outright", rules.outright, last),  # ("… when pigs fly")
                  start_after(analysis, "rare", rules.undone.rare, last)):  # ("… exactly once in six years")
        if start is None or (other is not None and other < start):
            start = other
    if start is None:
        return None  # (most answers: none)
    low = max(analysis.tokens.clause_range(start)[0], last + 1)
    # (a lapse negated itself says the habit goes on: "… it NEVER slows me down")
    return None if negated_between(analysis, low, start) else start


def failed(analysis: Analysis, first: int) -> int | None:
    """The first word of a frame right before the match that says the candidate fails at it or
    gave it up (`failing`), with no negation before it in its clause: "I'm not terrible at…",
    "I never stopped …" deny the failing (coach.scoring.negation.affirmed)."""
    start = failing(analysis, first)
    if start is None:
        return None
    low = analysis.tokens.clause_range(first)[0]
    return None if negated_between(analysis, low, start) else start


# How far before a match a failing frame may start: its words (three at most) and the adverbs
# and infinitive marker after it ("I'm TERRIBLE AT actually following up").
_FAILING_REACH = 7


def failing(analysis: Analysis, first: int) -> int | None:
    """The first word of a frame right before the match that says the candidate fails at it or
    gave it up ("I'm TERRIBLE AT following up", "I STOPPED apologising", "jag är DÅLIG PÅ att
    be om ursäkt"; Language.failings), past adverbs and an infinitive marker only."""
    starts = phrase_starts(analysis, "failing", analysis.matcher.rules.failings)
    if not starts:
        return None  # (most answers: none)
    at = bisect_left(starts, first)
    if at == 0 or first - starts[at - 1] > _FAILING_REACH:
        return None  # (no frame starts close enough before the match: most matches)
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    marker = infinitive_marker(lang)
    ends = {first}  # where a frame may end: right before the match, or before the words between
    end = first
    doing = norms[first - 1] if first > 1 and clauses[first - 1] == clauses[first] else ""
    if doing and (doing not in lang.function_words or doing in lang.copulas) and \
            not me_after_fronted_verb(analysis, first) and (
            doing.endswith(lang.progressive_endings or ("\0",)) or norms[first - 2] == marker):
        end = first - 1  # (a verb whose object the match is: "terrible at SHOWING empathy"; or
        # the copula before a trait: "matters more to me than BEING honest")
        ends.add(end)
    determiners = analysis.matcher.rules.determiners
    while end > 0 and clauses[end - 1] == clauses[first] and (
            norms[end - 1] == marker or adverbial(lang, norms[end - 1]) or norms[end - 1] in determiners):
        end -= 1  # (… or a determiner: "I'm still learning THE product range")
        ends.add(end)
    frames = analysis.matcher.rules.failings[2]
    for start in reversed(starts[:at]):
        if first - start > _FAILING_REACH:
            break
        for words in frames:
            stop = start + len(words)
            # (in the match's clause, or set off by commas right before it: "I rarely, IF EVER,
            # follow up")
            if stop in ends and tuple(norms[start:stop]) == words and (
                    clauses[start] == clauses[first] or stop == first) and not (
                    norms[stop] == marker and words[-1] in lang.purpose_verbs):
                return start  # (not "I stopped TO listen": what for)
    return None


def denied(analysis: Analysis, first: int) -> int | None:
    """The first word of a frame that denies the match: a rhetorical question it stands in
    ("WHAT'S THE POINT of following up?", "VARFÖR SKULLE JAG be om ursäkt?", "ఫాలో అప్ చేయడం
    వల్ల ఏం లాభం?"; Language.rhetorical_questions) or a denial before it ("I'D BE LYING IF I
    SAID I always follow up"; Language.denials). Not where a negation stands in the frame's
    reach: the frame denies it in turn ("why would I leave WITHOUT following up?", "I'd be lying
    if I said I DIDN'T love it" affirm, coach.scoring.negation.affirmed)."""
    start = denier(analysis, first)
    if start is None:
        return None
    tokens = analysis.tokens
    low = min(start, first)
    high = max(tokens.clause_range(first)[1], tokens.clause_range(start)[1])
    return None if negated_between(analysis, low, high) else start


def denier(analysis: Analysis, first: int) -> int | None:
    """The first word of a rhetorical question or a denial whose reach holds tokens `first`
    (see `denied`), if there is one."""
    every = analysis.phrase_starts.get("deniers")
    if every is None:  # (both kinds, found once: most answers hold neither)
        rules = analysis.matcher.rules
        asked = "?" in analysis.tokens.text
        questions = phrase_starts(analysis, "rhetorical", rules.rhetoricals) if asked else []
        every = [*questions, *phrase_starts(analysis, "denial", rules.denials)]
        analysis.phrase_starts["deniers"] = every
    if not every:
        return None
    start = _question_start(analysis, first)
    return _denial_start(analysis, first) if start is None else start


def _question_start(analysis: Analysis, first: int) -> int | None:
    """The first word of a rhetorical question (Language.rhetorical_questions) in the sentence
    of tokens `first`: the sentence ends with "?", and the next does not answer it ("Why should
    I follow up? BECAUSE …")."""
    tokens = analysis.tokens
    if "?" not in tokens.text:
        return None
    rules = analysis.matcher.rules
    starts = phrase_starts(analysis, "rhetorical", rules.rhetoricals)
    low, end = tokens.sentence_range(first)
    start = next((pos for pos in starts if low <= pos < end), None)
    if start is None:
        return None
    if not tokens.asks(end) or (end < len(tokens.norms) and
                                tokens.norms[end] in analysis.language.scope_breakers):
        return None
    return start


def _denial_start(analysis: Analysis, first: int) -> int | None:
    """The first word of a denial (Language.denials) before tokens `first` in their sentence,
    with no word that ends its reach between ("I'd be lying if I said I never get cross, BUT I
    stay calm")."""
    start = next(starts_before(analysis, "denial", analysis.matcher.rules.denials, first), None)
    tokens = analysis.tokens
    if start is None or not analysis.language.scope_breakers.isdisjoint(tokens.norms[start:first]):
        return None
    # Its own clause, or a conditional's main clause after it ("If I had more time, I would
    # follow up"; not "I wish I had more customers like her, I love helping them").
    clauses = tokens.clauses[first] - tokens.clauses[start]
    if clauses > 1 or (clauses == 1 and tokens.norms[start] not in analysis.language.subordinators):
        return None
    return start


def negative_subject(analysis: Analysis, pos: int, own: set[int]) -> int | None:
    """The negative subject opening the clause of token pos (Language.negative_subjects:
    "nobody", "ingen"), before its verb, with no subject of the candidate's after it."""
    tokens = analysis.tokens
    lang = analysis.language
    low = tokens.clause_range(pos)[0]
    norms = tokens.norms
    if low in own or norms[low] not in lang.negative_subjects or pseudo(analysis, low):
        return None
    if any(norms[k] in analysis.matcher.rules.own for k in range(low + 1, pos + 1)):
        return None
    return low
