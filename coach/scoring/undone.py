"""A deed named but not done: swapped for another ("INSTEAD OF offering the couple another
date, I…"), meant or tried and given up ("I MEANT TO ring her back, BUT…"), planned ("I'M GOING
TO START offering upgrades"), still to improve ("I NEED TO show MORE patience"), owned up to as
lacking (a keyword set up as the sentence's topic and a comment after an aside: "Sympathy for
grumpy shoppers, honestly, IS NOT MY thing"), or reached by a negation past asides
(coach.scoring.reaches). Language.undone; pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .asked import belied, for_show, in_doubt, ironic, mocked, self_asked
from .cues import is_cue, negated_between
from .forms import adverbial
from .keyed import phrase_length, phrase_starts, starts_before, word_places
from .reaches import denied_claim, denied_claims, excess, inverted, no_chance, open_between, opening_cues

if TYPE_CHECKING:
    from collections.abc import Callable

    from .analysis import Analysis

# How many words may open a sentence before a keyword set up as its topic ("BEING reliable",
# "ATT VARA hövlig"), and how far after a negation in its comment the candidate's own word may
# stand ("isn't really MY thing").
_TOPIC_LEAD = 2
_MINE_AFTER = 3
# How far before an intention its subject may stand ("I'd REALLY ALWAYS meant to").
_MINE_BEFORE = 3


def undone(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame that says the deed of tokens first..last was not done: what was
    done instead, an intention given up, a plan, a denied claim, a negation opening the sentence
    before an inverted verb, an opportunity denied, a need to do more, a nag or reproach, a
    lack owned up to, or a question or doubt about it (coach.scoring.asked). Each stands aside
    where a negation of its own stands between it and the match: emphasis and double negatives
    are negation's to judge (coach.scoring.negation)."""
    applicable = analysis.phrase_starts.get("undone rules")
    for rule in _applicable(analysis) if applicable is None else applicable:
        found = _RULES[rule](analysis, first, last)
        if found is not None:
            return found
    return None


def _applicable(analysis: Analysis) -> list[int]:
    """Which of _RULES can find anything in this answer, by the words each needs (found once an
    answer, kept by `undone`: most answers hold none of them, and every match asks)."""
    rules = analysis.matcher.rules
    lang = analysis.language
    contrasted = bool(word_places(analysis, "contrast", lang.contrasts))
    needs = (
        bool(phrase_starts(analysis, "substitute", rules.substitutes)),
        contrasted and (lang.head_final or bool(phrase_starts(analysis, "intention", rules.intentions))),
        bool(phrase_starts(analysis, "plan", rules.plans)) or _plan_ending(analysis) or bool(
            phrase_starts(analysis, "future time", rules.future_times)),
        bool(denied_claims(analysis)),
        bool(opening_cues(analysis)),
        bool(word_places(analysis, "chance", lang.undone.chances)),
        bool(phrase_starts(analysis, "need", rules.needs)),
        bool(phrase_starts(analysis, "nag", rules.nags)) or bool(
            word_places(analysis, "reproach", lang.undone.reproaches)),
        not lang.head_final and (bool(analysis.negations) or bool(
            phrase_starts(analysis, "shortcoming", rules.shortcomings))),
        "?" in analysis.tokens.text,
        bool(word_places(analysis, "doubt", lang.undone.doubts)),
        bool(word_places(analysis, "excess", lang.undone.excess)),
        bool(phrase_starts(analysis, "irony", rules.ironies)),
        bool(phrase_starts(analysis, "mock", rules.mocks)),
        bool(phrase_starts(analysis, "motive", rules.motives)),
        bool(phrase_starts(analysis, "misdeed", rules.undone.misdeeds)),
    )
    found = analysis.phrase_starts["undone rules"] = [k for k, needed in enumerate(needs) if needed]
    return found


def _plan_ending(analysis: Analysis) -> bool:
    """Does a word of the answer end in a verb of plan (Undone.plan_endings, where verbs come
    last: "…రాసుకోబోతున్నాను")? Asked once an answer, so that `_planned` runs only where one
    may be found."""
    endings = analysis.language.undone.plan_endings
    return bool(endings) and any(word.endswith(endings) for word in analysis.stem_of)


def _swapped(analysis: Analysis, first: int, last: int) -> int | None:
    """A substitute ("instead of", "i stället för") before the match in its clause: what
    follows it is what the candidate did not do ("Instead of dealing with the caller straight
    away, I…"), unless a negation before the match in the clause turns it round."""
    rules = analysis.matcher.rules
    if not rules.substitutes[0]:
        return None
    start = next(starts_before(analysis, "substitute", rules.substitutes, first, ended=True), None)
    if start is None:
        return None
    tokens = analysis.tokens
    if tokens.clauses[first] != tokens.clauses[start]:
        return None  # (the clause after it is the candidate's: "Instead of X, I always …")
    if negated_between(analysis, tokens.clause_range(first)[0], first):
        return None
    after = start + phrase_length(analysis, start, rules.substitutes)
    norms = tokens.norms
    if not rules.openers.isdisjoint(norms[after:first]):
        return None  # (what was done: "rather than wait AND told her straight")
    # (the candidate right after it, with no comma between, may open the clause of what they did)
    joined = last + 1 < len(norms) and tokens.clauses[last + 1] == tokens.clauses[last]
    if not rules.own.isdisjoint(norms[after:last + 1 + joined]):
        return None  # (the candidate's deed after it, or in it: "rather than mark it solved I
        # ASKED…", "… i stället för att bara säga nej FÖRKLARADE JAG", "SA JAG det rakt ut")
    return start


def _meant(analysis: Analysis, first: int, last: int) -> int | None:
    """An intention or attempt given up: the frame before the match (after it where the
    language is head-final) and a word of contrast after both in the sentence ("I meant to
    smile at each guest, but I was too busy", "Jag försökte boka om…, men systemet låg nere",
    "…పంపించాలని అనుకున్నాను, కానీ …"); no word of the candidate's starts a new clause between
    frame and match ("I tried to help, I explained…, but she left")."""
    rules = analysis.matcher.rules
    undone_words = analysis.language.undone
    if not rules.intentions[0]:
        return None
    head_final = analysis.language.head_final
    if not head_final and not phrase_starts(analysis, "intention", rules.intentions):
        return None  # (most answers: none)
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    contrasts = analysis.language.contrasts
    places = word_places(analysis, "contrast", contrasts)  # (found once: `_applicable` asked)
    at = bisect_left(places, last + 1)
    if at == len(places) or places[at] >= end:
        return None  # (most matches: nothing given up after them)
    if head_final:
        starts = set(phrase_starts(analysis, "intention", rules.intentions))
        endings = undone_words.intention_endings
        for pos in range(last + 1, end):
            if norms[pos] in contrasts:
                return None
            if pos in starts or (endings and norms[pos].endswith(endings)):
                return pos
        return None
    start = next(starts_before(analysis, "intention", rules.intentions, first, ended=True), None)
    if start is None or not open_between(analysis, start, first) or not _mine_near(analysis, start):
        return None
    after = start + phrase_length(analysis, start, rules.intentions)
    if not rules.own.isdisjoint(norms[after:first]):
        return None
    return start


def _planned(analysis: Analysis, first: int, last: int) -> int | None:
    """A plan of the candidate's before the match in its sentence, with nothing that ends its
    reach between (after the match where the language is head-final): "Once my induction is
    over, I'll start learning about our wines", "Från och med nästa vecka ska jag börja ringa
    kunderna", "…అడగడం మొదలుపెడతానని …"; not a plan that says how ("I'll start by
    apologising"). Or a future after a time still to come (`_resolved`)."""
    rules = analysis.matcher.rules
    tokens = analysis.tokens
    norms = tokens.norms
    if analysis.language.head_final:
        end = tokens.sentence_range(first)[1]
        endings = analysis.language.undone.plan_endings
        starts = phrase_starts(analysis, "plan", rules.plans)
        for pos in range(last + 1, end):
            if norms[pos] in analysis.language.contrasts:
                return None
            if pos in starts or (endings and norms[pos].endswith(endings)):
                return pos
        return None
    start = next(starts_before(analysis, "plan", rules.plans, first, ended=True), None)
    if start is None or not open_between(analysis, start, first):
        return _resolved(analysis, first)
    after = start + phrase_length(analysis, start, rules.plans)
    if after < first and norms[after] in analysis.language.undone.plan_exits:
        return None
    return None if _joined_claim(analysis, after, first) else start


def _joined_claim(analysis: Analysis, low: int, first: int) -> bool:
    """Does a clause of the candidate's own open between a plan and the match, a coordinator
    and then one of their subjects ("I hope to see her again soon, AND I always follow up")?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    return any(norms[k] in lang.coordinators and norms[k + 1] in lang.own_subjects
               for k in range(low, first - 1))


def _resolved(analysis: Analysis, first: int) -> int | None:
    """A time still to come (Undone.future_times) and then the candidate's future
    (Undone.futures) before the match in its sentence, the future's reach open to it: "NEXT
    TIME a guest has a problem, I'M GOING TO deal with it myself", "This year I'm going to
    work on…": a resolution, not a deed."""
    rules = analysis.matcher.rules
    if not rules.futures[0] or not phrase_starts(analysis, "future time", rules.future_times):
        return None  # (most answers: no time to come)
    future = next(starts_before(analysis, "future", rules.futures, first, ended=True), None)
    if future is None or not open_between(analysis, future, first) or \
            _joined_claim(analysis, future, first):
        return None
    return next(starts_before(analysis, "future time", rules.future_times, future), None)


def _owned_up(analysis: Analysis, first: int, last: int) -> int | None:
    """The negation or shortcoming (Language.shortcomings) of a comment on a keyword set up as
    its sentence's topic, past the rest of the topic's clause and asides after it ("Sympathy
    for grumpy shoppers, HONESTLY, IS NOT my thing", "Listening properly, I must confess, ISN'T
    really my thing", "Checking back on guests, that bit just SLIPS MY MIND"): a negation counts
    with the candidate's own word close after it ("not MY thing"), and not beside a privative
    word ("Empathy, in my view, is not something you can fake" stays; "Follow-ups, I never skip
    them" is negation's to judge). Not where verbs come last: a clause after the topic's is new."""
    if analysis.language.head_final:
        return None  # (its clauses end with their verbs: what follows a topic's clause is new)
    rules = analysis.matcher.rules
    shortcomings = phrase_starts(analysis, "shortcoming", rules.shortcomings)
    if not analysis.negations and not shortcomings:
        return None  # (no comment can own a lack)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    lang = analysis.language
    lead = norms[low:last + 1]
    if first - low > _TOPIC_LEAD or not rules.subjects.isdisjoint(lead) or \
            not lang.resumptives.isdisjoint(norms[low:first]):
        return None  # (a clause with its subject: "I'm sorry, I know this isn't…", "Det får…")
    comment = _comment(analysis, last, end)
    if comment is None:
        return None
    start, stop = comment
    words = norms[start:stop]
    if not lang.contrasts.isdisjoint(words) or norms[start] in lang.subordinators:
        return None
    owned = next((pos for pos in shortcomings if start <= pos < stop), None)
    if owned is not None:
        return owned
    if any(k in analysis.privatives for k in range(start, stop)):
        return None
    mine = rules.own | rules.mine
    for pos in range(start, stop):
        if is_cue(analysis, pos) and not mine.isdisjoint(norms[pos + 1:min(stop, pos + 1 + _MINE_AFTER)]):
            return pos
    return None


def _comment(analysis: Analysis, last: int, end: int) -> tuple[int, int] | None:
    """Where the comment on a topic ending at tokens `last` runs, in the sentence ending at
    `end`: its first clause that is not the topic's own or an aside (idioms, adverbs, function
    words); None when the topic's clause holds a word of the candidate's (a clause, no topic)."""
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    lang = analysis.language
    pos = last + 1
    clause = tokens.clauses[last]
    while pos < end and tokens.clauses[pos] == clause:
        if norms[pos] in rules.own:
            return None  # (no topic: "Empathy is what I show…" is the candidate's own clause)
        pos += 1
    if pos == end:
        return None
    while pos < end:
        low, high = tokens.clause_range(pos)
        high = min(high, end)
        aside = all(w in rules.idiom_words or w in lang.function_words or adverbial(lang, w)
                    or w in lang.answer_affirmatives for w in norms[low:high])
        if not aside:
            return low, high
        pos = high
    return None


def _needed(analysis: Analysis, first: int, last: int) -> int | None:
    """The candidate's need before the match in its sentence with a comparative between or in the
    match ("…and that I NEED TO show MORE patience", "att jag behöver visa MER förståelse"):
    something still to improve, not done."""
    rules = analysis.matcher.rules
    if not rules.needs[0]:
        return None
    start = next(starts_before(analysis, "need", rules.needs, first, ended=True), None)
    if start is None or not open_between(analysis, start, first):
        return None
    lang = analysis.language
    after = start + phrase_length(analysis, start, rules.needs)
    return None if lang.comparatives.isdisjoint(analysis.tokens.norms[after:last + 1]) else start


def _told_off(analysis: Analysis, first: int, last: int) -> int | None:
    """Someone nagging the candidate to do it, before the match in its sentence ("My supervisor
    KEEPS TELLING ME TO add a personal touch…"), or a verb of reproach whose report holds the
    candidate and then the match, with no coordinator or contrast between ("A guest COMPLAINED
    to my manager that I'd explained the charges in jargon"); where verbs come last, either
    after the match ("…చెప్తూనే ఉంటారు", "…అని ఒక కస్టమర్ ఫిర్యాదు చేశారు")."""
    rules = analysis.matcher.rules
    lang = analysis.language
    nags = phrase_starts(analysis, "nag", rules.nags) if rules.nags[0] else []
    reproaches = word_places(analysis, "reproach", lang.undone.reproaches)
    if not nags and not reproaches:
        return None  # (most answers: neither)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if lang.head_final:
        after = sorted(pos for pos in (*nags, *reproaches) if last < pos < end)
        if after and lang.contrasts.isdisjoint(norms[last + 1:after[0]]):
            return after[0]
        return None
    start = next(starts_before(analysis, "nag", rules.nags, first, ended=True), None) if nags else None
    if start is not None and open_between(analysis, start, first):
        return start
    pos = next((pos for pos in reversed(reproaches) if low <= pos < first), None)
    if pos is None or not rules.openers.isdisjoint(norms[pos:first]) or \
            not lang.contrasts.isdisjoint(norms[pos:first]):
        return None
    # (in the match's clause: not "Whenever a guest has complained during their stay, I find…")
    mine = not rules.own.isdisjoint(norms[pos + 1:first])
    return pos if mine and tokens.clauses[pos] == tokens.clauses[first] else None


def _mine_near(analysis: Analysis, start: int) -> bool:
    """Is the candidate the subject of the frame at `start`: a word of theirs in its clause a few
    words before it ("I really MEANT to", "Jag FÖRSÖKTE"), or right after its first word where
    the verb comes second ("FÖRSÖKTE JAG")? Not "The ordering system is MEANT TO be reliable"."""
    tokens = analysis.tokens
    norms = tokens.norms
    own = analysis.matcher.rules.own
    if analysis.language.undone.verb_second and start + 1 < len(norms) and norms[start + 1] in own:
        return True
    return not own.isdisjoint(norms[max(tokens.clause_range(start)[0], start - _MINE_BEFORE):start])


# The rules `undone` tries, in order (`_applicable` says which can find anything in an answer).
_RULES: tuple[Callable[[Analysis, int, int], int | None], ...] = (
    _swapped, _meant, _planned, denied_claim, inverted, no_chance, _needed, _told_off, _owned_up,
    self_asked, in_doubt, excess, ironic, mocked, for_show, belied)
