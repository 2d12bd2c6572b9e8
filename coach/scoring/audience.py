"""Deeds kept for an audience or played on a stage: a claim the answer keeps for the times a
manager, an auditor or a mystery shopper is there to see it ("I go the extra mile WHENEVER the
regional MANAGER is IN the store", "…NÄR butikschefen STÅR vid kassan", "రీజనల్ మేనేజర్ షోరూమ్‌లో
ఉన్న రోజు మాత్రం…"), or one done only in a role-play, a quiz or a dream ("IN our de-escalation
ROLE-PLAY, I stayed completely respectful"), or known without practice ("I know ALL THE THEORY
ABOUT under-promising"). Language data (Undone.watchers, watch_links, watch_words,
pretend_settings, lore_frames…) drives them; coach.scoring.late.said_late tries them, and
the condition around a word is found here for hindsight.rewarded too. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import past_form
from .keyed import phrase_length, phrase_starts
from .person_sets import united
from .voice import told_in_first_person
from .whole import names_me

if TYPE_CHECKING:
    from collections.abc import Collection

    from .analysis import Analysis

# How many words may stand between the word that opens a condition or time and the word it
# keeps the deed for ("ONLY WHEN there's a TIP", "in ANY week a mystery SHOPPER is due").
_CONDITION_REACH = 8
# Where verbs come last: how many words may stand between that word and the conditional,
# relative or time word after it ("ఓవర్‌టైమ్ రాస్తే", if they pay overtime; "క్వాలిటీ టీమ్
# కాల్స్ రికార్డ్ చేసి వింటున్న రోజుల్లో", in the days the quality team records the calls).
_CONDITION_FORM = 6


def condition_links(analysis: Analysis, more: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words that open a condition or a restriction for `conditioned`: the subordinators
    (not where verbs come last: there the condition's form closes it), the relative words of a
    restriction (Undone.reward_links: "the customers WHO tip") and `more`."""
    lang = analysis.language
    if lang.head_final:
        return united((lang.undone.reward_links, more))
    return united((lang.subordinators, lang.undone.reward_links, more))


def conditioned(analysis: Analysis, first: int, last: int, place: int, links: Collection[str],
                endings: tuple[str, ...], form: int = _CONDITION_FORM) -> tuple[int, int] | None:
    """The span of the condition or time that holds token `place` in the sentence of tokens
    first..last and keeps the match out of it: opened by one of `links` before the place, or
    where verbs come last closed within `form` words after it by one of `links` or a word with
    one of `endings`; none if the match is inside it, it is negated ("when there's NO tip") or a
    concession comes before it ("EVEN when…"; Undone.concessions)."""
    tokens = analysis.tokens
    norms, sentences = tokens.norms, tokens.sentences
    if sentences[place] != sentences[first] or first <= place <= last:
        return None
    if analysis.language.head_final:
        link = next((k for k in range(place + 1, min(len(norms), place + 1 + form))
                     if sentences[k] == sentences[place] and (
                         norms[k] in links or (endings and norms[k].endswith(endings)))), None)
        if link is None:
            return None
        start, stop = place, link
    else:
        low = tokens.sentence_range(place)[0]
        link = next((k for k in range(place - 1, max(low, place - 1 - _CONDITION_REACH) - 1, -1)
                     if norms[k] in links), None)
        if link is None:
            return None
        start, stop = link, place
    if start <= first <= stop or negated_between(analysis, start, stop + 1):
        return None
    if start > 0 and norms[start - 1] in analysis.language.undone.concessions:
        return None
    return start, stop


def watchers_possible(analysis: Analysis) -> bool:
    """Does the answer name a manager, an auditor or a mystery shopper: may `watched` apply?"""
    return not analysis.stem_of.keys().isdisjoint(analysis.language.undone.watchers)


# How many words after the watcher may say it watches or is there ("whenever the area manager
# is doing her WALK-ROUND").
_WATCH_REACH = 6


def watched(analysis: Analysis, first: int, last: int) -> int | None:
    """The watcher (Undone.watchers) of a condition or time in the match's sentence that keeps
    the deed for when someone is there to see it ("I'm unfailingly courteous in ANY week a
    mystery SHOPPER is DUE", "Whenever my team LEADER is LISTENING in, I…", "…NÄR
    kvalitetsGRANSKARNA LYSSNAR på samtalen"): opened by a subordinator or a word of time
    (watch_links) before it, or where verbs come last closed by a conditional, relative or time
    word after it, in one clause, with a word of watching or being there (watch_words) after the
    watcher in its clause (where verbs come last, in the condition), not negated ("even when NO
    manager is around"). Interview rubrics only."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    links = undone.watch_links if lang.head_final else united((lang.subordinators, undone.watch_links))
    for place in range(low, end):
        if norms[place] not in undone.watchers:
            continue
        span = conditioned(analysis, first, last, place, links, undone.reward_endings)
        if span is None:
            continue
        start, stop = span
        if lang.head_final:
            if undone.watch_words.isdisjoint(norms[start:stop + 1]):
                continue
            return place if told_in_first_person(analysis.matcher) else None
        high = min(tokens.clause_range(place)[1], place + 1 + _WATCH_REACH)
        if tokens.clauses[start] != tokens.clauses[place] or \
                undone.watch_words.isdisjoint(norms[place + 1:high]):
            continue  # (a manager asked for, not watching: "If a guest wants the MANAGER…")
        if negated_between(analysis, place, high):
            continue  # ("…when the manager ISN'T around")
        return place if told_in_first_person(analysis.matcher) else None
    return None


def settings_possible(analysis: Analysis) -> bool:
    """Does the answer name a role-play, a quiz or a dream: may `pretended` apply?"""
    endings = analysis.language.undone.pretend_endings
    return bool(_settings(analysis)) or bool(
        endings and any(word.endswith(endings) for word in analysis.stem_of))


# How many words may stand between a preposition and the pretend setting it opens ("ON the
# apology section of my hospitality diploma EXAM").
_SETTING_REACH = 7


def pretended(analysis: Analysis, first: int, last: int) -> int | None:
    """The pretend setting (Undone.pretend_settings, pretend_endings) the match's deed happened
    in ("IN our de-escalation ROLE-PLAY, I stayed completely respectful", "I scored top marks ON
    the empathy QUIZ", "I ROLLSPELET på utbildningen förklarade jag…", "ట్రైనింగ్ రోల్-ప్లేలో…"):
    a phrase opened by a preposition (setting_links) with nothing but its own words before the
    setting (where postpositions are fused, the setting word alone), fronting the sentence or in
    the match's clause, with no word in the sentence that makes the deed real ("…, and later
    with a REAL customer"; real_words). Interview rubrics only."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if not undone.real_words.isdisjoint(norms[low:end]):
        return None
    places = [k for k in _settings(analysis) if low <= k < end]
    if undone.pretend_endings:
        places += [k for k in range(low, end) if norms[k].endswith(undone.pretend_endings)]
    clause = tokens.clauses[first]
    for place in sorted(places):
        if first <= place <= last:
            continue
        opener = place if lang.head_final else _setting_opener(analysis, place, low)
        if opener is None:
            continue
        if tokens.clauses[opener] != clause and tokens.clause_range(opener)[0] != low:
            continue  # (neither fronting the sentence nor in the match's clause)
        if negated_between(analysis, tokens.clause_range(place)[0], place):
            continue
        return place if told_in_first_person(analysis.matcher) else None
    return None


def _settings(analysis: Analysis) -> list[int]:
    """Where the answer's pretend settings (Undone.pretend_settings) start."""
    return phrase_starts(analysis, "pretend", analysis.matcher.rules.undone.pretend_settings)


def _setting_opener(analysis: Analysis, place: int, low: int) -> int | None:
    """The preposition (Undone.setting_links) that opens the phrase of the pretend setting at
    `place`, in its clause with no subordinator, coordinator or word of time between ("IN our
    de-escalation role-play"; not "AFTER the role-play", "I learned it AND the quiz")."""
    lang = analysis.language
    undone = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    breaks = united((lang.subordinators, lang.coordinators, undone.late_links))
    for k in range(place - 1, max(low, place - 1 - _SETTING_REACH) - 1, -1):
        if tokens.clauses[k] != tokens.clauses[place] or norms[k] in breaks:
            return None
        if norms[k] in undone.setting_links:
            return k
    return None


def lore_possible(analysis: Analysis) -> bool:
    """Does the answer hold a frame of study or rote learning: may `learned_only` apply?"""
    rules = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "lore", rules.lore_frames)) or \
        bool(phrase_starts(analysis, "rote", rules.rote_words))


# How many words may stand between a frame of study and the match it holds ("I know ALL THE
# THEORY ABOUT under-promising and over-delivering").
_LORE_REACH = 10


def learned_only(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame that makes the match's deed knowledge without practice: a frame
    of study before it in its clause, after it where verbs come last ("I know ALL THE THEORY
    ABOUT under-promising", "I've READ EVERY BOOK going on creating wow moments", "…పుస్తకం
    మూడుసార్లు చదివాను"; Undone.lore_frames), or rote learning after it with a document or method
    named before (rote_words, lore_nouns: "I know the follow-up PROCEDURE INSIDE OUT"), with no
    word after the match that puts it to use ("…, and I USE it with EVERY guest"; lore_practice),
    nor the candidate telling a deed after it with someone served ("…, so when a guest told
    me…, I HAD a cake sent up"), and no negation before it. Interview rubrics only."""
    lang = analysis.language
    undone = lang.undone
    rules = analysis.matcher.rules.undone
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    low = tokens.clause_range(first)[0]
    if not undone.lore_practice.isdisjoint(norms[last + 1:end]) or (
            not analysis.matcher.rules.anyone_served.isdisjoint(norms[last + 1:end]) and any(
                names_me(analysis, (norms[k],)) and past_form(lang, norms[k + 1])
                for k in range(last + 1, end - 1))):
        return None  # (put to use: "…, and now I USE it", "…, so when a GUEST told me…, I HAD a
        # cake sent up"; not "…; I got a distinction for it")
    frames = phrase_starts(analysis, "lore", rules.lore_frames)
    if lang.head_final:
        cue = next((k for k in frames if last < k < end), None)
    else:
        cue = next((k for k in frames if low <= k < first and first - k <= _LORE_REACH
                    and k + phrase_length(analysis, k, rules.lore_frames) <= first), None)
    if cue is None:
        cue = next((k for k in phrase_starts(analysis, "rote", rules.rote_words) if last < k < end
                    and not undone.lore_nouns.isdisjoint(norms[low:k])), None)
    if cue is None or negated_between(analysis, low, first):
        return None
    return cue if told_in_first_person(analysis.matcher) else None
