"""Claims the answer itself shows were never so: a belief the candidate found wrong ("I THOUGHT
I'd explained the fees clearly, UNTIL the complaint letter…"), a deed kept for those who pay the
candidate ("I'll go the extra mile, but only WHEN there's a TIP in it"), taught to others and not
done, or failed by its outcome. Language data (Undone.beliefs, reversals, rewards, teachings,
failures…) drives them; said_around tries them with the frames of coach.scoring.favours and
manner, for coach.scoring.scope_shapes.denial. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .audience import condition_links, conditioned
from .cues import negated_between
from .favours import aims_possible, favoured, lateness_possible, rests_possible, ticked, too_late
from .forms import adverbial
from .keyed import phrase_length, phrase_starts, starts_before
from .manner import grudges_possible, grudging, hedged, hedges_possible, pressed, pressure_possible
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may stand between the candidate and the belief ("I HONESTLY ALWAYS thought"),
# and, where verbs come last, between the match and the belief after it.
_BELIEF_SUBJECT = 3
_BELIEF_AFTER = 6
# How many words the next sentence may hold before its reversal ("Then MY MANAGER played back…").
_REVERSAL_LEAD = 3


def mistaken(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a belief of the candidate's own that the answer then reverses, with
    tokens first..last inside it ("I THOUGHT I'd explained the fees clearly, UNTIL the complaint
    letter…", "Jag VAR SÄKER PÅ att jag hade förklarat…, ända TILLS kunden kom tillbaka", "…
    మాట్లాడాననుకున్నా; తర్వాత…"; Undone.beliefs, reversals): the deed did not happen as
    claimed. Where verbs come last the belief follows the match, and a belief fused to a first
    person past ("…చేశాననుకున్నా", I thought I had done; Undone.belief_endings) needs no
    reversal. Interview rubrics only."""
    undone = analysis.language.undone
    rules = analysis.matcher.rules
    tokens = analysis.tokens
    norms = tokens.norms
    if analysis.language.head_final:
        end = tokens.sentence_range(last)[1]
        stop = min(end, last + 1 + _BELIEF_AFTER)
        fused = next((k for k in range(last + 1, stop)
                      if undone.belief_endings and norms[k].endswith(undone.belief_endings)), None)
        if fused is not None:
            return fused if told_in_first_person(analysis.matcher) else None
        starts = phrase_starts(analysis, "belief", rules.undone.beliefs)
        belief = next((k for k in starts if last < k < stop), None)
        if belief is None or not _reversed(analysis, belief):
            return None
        return belief if told_in_first_person(analysis.matcher) else None
    lang = analysis.language
    for belief in starts_before(analysis, "belief", rules.undone.beliefs, first, ended=True):
        clause_low = tokens.clause_range(belief)[0]
        subject = next((k for k in range(belief - 1, max(clause_low, belief - 1 - _BELIEF_SUBJECT) - 1, -1)
                        if norms[k] in rules.own), None)
        if subject is None or any(not adverbial(lang, norms[k]) and norms[k] not in lang.degree_words
                                  for k in range(subject + 1, belief)):
            continue  # (the candidate's belief, "I (honestly) thought": not "she thought")
        after = belief + phrase_length(analysis, belief, rules.undone.beliefs)
        if any(norms[k] in lang.scope_breakers or (norms[k] in lang.coordinators and (
                norms[k + 1] in rules.subjects or tokens.clauses[k] != tokens.clauses[k - 1]))
               for k in range(after, first)):
            return None  # (the match after the belief's own clause: "I thought she was upset, SO I
            # apologised", "…, AND I explained"; not "warm AND welcoming")
        if negated_between(analysis, clause_low, belief):
            return None  # ("I never thought…", "I wasn't sure…")
        if _reversed(analysis, last):
            return belief if told_in_first_person(analysis.matcher) else None
        return None
    return None


def _reversed(analysis: Analysis, after: int) -> bool:
    """Does a reversal (Undone.reversals) follow token `after` in its sentence, or open the
    next one within _REVERSAL_LEAD words?"""
    starts = phrase_starts(analysis, "reversal", analysis.matcher.rules.undone.reversals)
    if not starts:
        return False
    tokens = analysis.tokens
    end = tokens.sentence_range(after)[1]
    return any(after < k < end or end <= k < end + _REVERSAL_LEAD for k in starts)


# Where verbs come last: how many words may stand between the reward and the conditional or
# relative form after it ("ఓవర్‌టైమ్ రాస్తే", if they pay overtime).
_REWARD_FORM = 3


def rewarded(analysis: Analysis, first: int, last: int) -> int | None:
    """The reward word of a condition or restriction in the match's sentence that keeps the deed
    for those who pay the candidate ("I'll go the extra mile, but only WHEN there's a TIP in it",
    "…, if it counts towards my monthly BONUS", "…, om gästen lägger en rejäl DRICKS på disken",
    "టిప్ ఇచ్చే కస్టమర్లకి…"; Undone.rewards): opened by a subordinator or a relative word
    (Undone.reward_links) before the reward, or where verbs come last closed by a conditional
    or relative form after it (reward_endings), with the match outside it, no negation in it
    and no concession before it ("EVEN when there's NO tip"). A reward after the deed with no
    condition is its outcome ("…, and she left a big tip"). Interview rubrics only."""
    undone = analysis.language.undone
    links = condition_links(analysis)
    for reward in phrase_starts(analysis, "reward", analysis.matcher.rules.undone.rewards):
        if conditioned(analysis, first, last, reward, links, undone.reward_endings, _REWARD_FORM):
            return reward if told_in_first_person(analysis.matcher) else None
    return None


# How many words may stand between the candidate and a verb of teaching ("I'M ALWAYS telling"),
# between it and those taught ("coach THE NEW starters"), and between a contrast and the
# candidate after it ("though AT THE DESK I skip…", "but IF A CUSTOMER BRINGS ONE TO ME I…").
_TEACHER_SUBJECT = 3
_TAUGHT_REACH = 4
_CONTRAST_SUBJECT = 8


def preached(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of what the candidate does instead, after teaching others the deed that
    tokens first..last stand in ("I coach new starters to own every problem, BUT if a customer
    brings one to ME I transfer them", "Som handledare lär jag de nya att le…, MEN själv…",
    "…అని నేనే ట్రైనింగ్ ఇస్తాను; నా క్యూలో మాత్రం…"; Undone.teachings, learners,
    practice_contrasts): a verb of teaching with the candidate its subject and those taught its
    object, then a contrast opening a clause of the candidate's own, or a clause of theirs that
    is negated ("…; I've NEVER bothered"). A word of agreement there keeps the claim ("…, but I
    ALSO do it myself"; Undone.practice_affirmers). Interview rubrics only."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    rules = analysis.matcher.rules
    low, end = tokens.sentence_range(first)
    if lang.head_final:
        teacher = next((k for k in range(last + 1, end) if norms[k] in undone.teachings), None)
        after = teacher
    else:
        teacher = next((k for k in range(first - 1, low - 1, -1) if norms[k] in undone.teachings), None)
        if teacher is None or \
                not rules.own.intersection(norms[max(low, teacher - _TEACHER_SUBJECT):teacher + 2]) \
                or undone.learners.isdisjoint(norms[teacher + 1:min(first, teacher + 1 + _TAUGHT_REACH)]):
            return None  # (the candidate teaching others: "I tell NEW STARTERS to…", not
            # "I tell customers honestly…")
        after = last
    if after is None:
        return None
    found = _practice(analysis, after)
    return found if found is not None and told_in_first_person(analysis.matcher) else None


def _practice(analysis: Analysis, after: int) -> int | None:
    """The contrast (or, where verbs come last, the contrast word alone) after token `after` in its
    sentence or opening the next that turns to what the candidate does (preached)."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    own = analysis.matcher.rules.own
    end = tokens.sentence_range(after)[1]
    stop = tokens.sentence_range(end)[1] if end < len(norms) else end
    for k in range(after + 1, stop):
        if norms[k] not in undone.practice_contrasts:
            continue
        if analysis.language.head_final:
            return k
        close = tokens.sentence_range(k)[1]
        if not own.intersection(norms[k + 1:min(close, k + 1 + _CONTRAST_SUBJECT)]):
            continue
        if undone.practice_affirmers.isdisjoint(norms[k + 1:close]):
            return k
        return None
    if analysis.language.head_final:
        return None
    # (a clause of the candidate's own after the match's, negated: "…; I've NEVER bothered")
    start = tokens.clause_range(after)[1]
    if start < stop and norms[start] in own and clauses[start] == clauses[start - 1] + 1:
        clause_end = tokens.clause_range(start)[1]
        if negated_between(analysis, start, clause_end):
            return start
    return None


def failed_outcome(analysis: Analysis, _first: int, last: int) -> int | None:
    """The first word of an outcome that shows the deed failed, told after tokens ..last in their
    sentence or the next ("I explained the tariff step by step, and he ended up MORE CONFUSED
    THAN when he rang", "…, och BAD ATT FÅ PRATA MED EN KOLLEGA"; Undone.failures), not
    negated in its clause ("…, and she DIDN'T ask for someone else"). Interview rubrics only."""
    starts = phrase_starts(analysis, "failure", analysis.matcher.rules.undone.failures)
    tokens = analysis.tokens
    end = tokens.sentence_range(last)[1]
    stop = tokens.sentence_range(end)[1] if end < len(tokens.norms) else end
    found = next((k for k in starts if last < k < stop), None)
    if found is None or negated_between(analysis, tokens.clause_range(found)[0], found):
        return None
    return found if told_in_first_person(analysis.matcher) else None


# A frame: (the analysis, the match's first and last token) -> the first word of the frame, or None.
Rule = Callable[["Analysis", int, int], "int | None"]
# Frames in the order tried, each with what an answer must hold for it to apply at all.
Frames = tuple[tuple[Callable[["Analysis"], bool], Rule], ...]


def _has_reward(analysis: Analysis) -> bool:
    return bool(phrase_starts(analysis, "reward", analysis.matcher.rules.undone.rewards))


def _has_belief(analysis: Analysis) -> bool:
    endings = analysis.language.undone.belief_endings
    return bool(phrase_starts(analysis, "belief", analysis.matcher.rules.undone.beliefs)) or (
        bool(endings) and any(word.endswith(endings) for word in analysis.stem_of))


def _has_teaching(analysis: Analysis) -> bool:
    return not analysis.stem_of.keys().isdisjoint(analysis.language.undone.teachings)


def _has_failure(analysis: Analysis) -> bool:
    return bool(phrase_starts(analysis, "failure", analysis.matcher.rules.undone.failures))


# This module's frames and those of coach.scoring.favours and manner, in the order tried, each
# with what an answer must hold for it to apply at all (its words: most answers hold none).
_FRAMES: Frames = (
    (_has_reward, rewarded), (_has_belief, mistaken), (_has_teaching, preached),
    (_has_failure, failed_outcome), (rests_possible, favoured), (aims_possible, ticked),
    (lateness_possible, too_late), (hedges_possible, hedged), (grudges_possible, grudging),
    (pressure_possible, pressed),
)
def said_around(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame of this module, coach.scoring.favours or manner that denies tokens
    first..last, tried in order: a reward, a belief reversed, a deed taught and not done, a failed
    outcome, the rest kept from it, a box ticked or a tactic, too late, then coach.scoring.manner's
    hedges, grudges and pressure. Which frames can apply is found once an answer, from the words
    it holds."""
    return tried(analysis, "said around", _FRAMES, first, last)


def tried(analysis: Analysis, kind: str, frames: Frames, first: int, last: int) -> int | None:
    """The first of `frames` that denies tokens first..last; which can apply is found once an
    answer, from the words it holds."""
    needed = analysis.phrase_starts.get(kind)
    if needed is None:
        needed = analysis.phrase_starts[kind] = [
            k for k, (possible, _rule) in enumerate(frames) if possible(analysis)]
    for k in needed:
        found = frames[k][1](analysis, first, last)
        if found is not None:
            return found
    return None
