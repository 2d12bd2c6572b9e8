"""A deed named but not done: swapped for another ("INSTEAD OF offering the couple another
date, I…"), meant or tried and given up ("I MEANT TO ring her back, BUT…"), planned ("I'M GOING
TO START offering upgrades"), claimed only to be denied over an aside ("I CAN'T CLAIM that, in
all my years…, I once…"), or denied by a negation that opens the sentence and puts the
candidate after a verb ("AT NO POINT during that week DID I…"); or owned up to as lacking, the
keyword set up as the sentence's topic and a comment after an aside ("Sympathy for grumpy
shoppers, honestly, IS NOT MY thing"). Language.undone; pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import is_cue, is_negation, negated_between
from .forms import adverbial
from .turns import phrase_length, phrase_starts

if TYPE_CHECKING:
    from .analysis import Analysis
    from .judge import PhraseKeys

# How many words before a verb of claiming a lie may stand ("a LIE to say", "LYING if I said",
# "att LJUGA om jag sa"), and after it where the language puts it there ("చెప్తే, అది అబద్ధమే").
_LIE_REACH = 4
# How many words may open a sentence before a keyword set up as its topic ("BEING reliable",
# "ATT VARA hövlig"), and how far after a negation in its comment the candidate's own word may
# stand ("isn't really MY thing").
_TOPIC_LEAD = 2
_MINE_AFTER = 3
# How far into its sentence the negation that opens it may stand ("At NO point", "And NEVER…").
_OPENING = 2


def undone(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of a frame that says the deed of tokens first..last was not done: what was
    done instead (`_swapped`), an intention given up (`_meant`), a plan (`_planned`), a denied
    claim (`_claimed`) or a negation opening the sentence before an inverted verb (`_inverted`).
    Each stands aside where a negation of its own stands between it and the match: emphasis and
    double negatives are negation's to judge (coach.scoring.negation)."""
    found = _swapped(analysis, first, last)
    found = _meant(analysis, first, last) if found is None else found
    found = _planned(analysis, first, last) if found is None else found
    found = _claimed(analysis, first, last) if found is None else found
    found = _inverted(analysis, first) if found is None else found
    return _owned_up(analysis, first, last) if found is None else found


def _before(analysis: Analysis, kind: str, phrases: PhraseKeys, first: int) -> int | None:
    """The last start of `phrases` before tokens `first` in their sentence, if one ends before it."""
    starts = phrase_starts(analysis, kind, phrases)
    if not starts:
        return None
    low = analysis.tokens.sentence_range(first)[0]
    for start in reversed(starts[:bisect_left(starts, first)]):
        if start < low:
            return None
        if start + phrase_length(analysis, start, phrases) <= first:
            return start
    return None


def _open_between(analysis: Analysis, low: int, high: int) -> bool:
    """Do tokens low..high-1 hold no word that ends a reach (Language.scope_breakers,
    contrasts) and no negation?"""
    lang = analysis.language
    words = analysis.tokens.norms[low:high]
    return lang.scope_breakers.isdisjoint(words) and lang.contrasts.isdisjoint(words) and \
        not negated_between(analysis, low, high)


def _swapped(analysis: Analysis, first: int, last: int) -> int | None:
    """A substitute ("instead of", "i stället för") before the match in its clause: what
    follows it is what the candidate did not do ("Instead of dealing with the caller straight
    away, I…"), unless a negation before the match in the clause turns it round."""
    rules = analysis.matcher.rules
    if not rules.substitutes[0]:
        return None
    start = _before(analysis, "substitute", rules.substitutes, first)
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
    tokens = analysis.tokens
    norms = tokens.norms
    end = tokens.sentence_range(first)[1]
    contrasts = analysis.language.contrasts
    if contrasts.isdisjoint(norms[last + 1:end]):
        return None  # (most matches: nothing given up after them)
    if analysis.language.head_final:
        starts = set(phrase_starts(analysis, "intention", rules.intentions))
        endings = undone_words.intention_endings
        for pos in range(last + 1, end):
            if norms[pos] in contrasts:
                return None
            if pos in starts or (endings and norms[pos].endswith(endings)):
                return pos
        return None
    start = _before(analysis, "intention", rules.intentions, first)
    if start is None or not _open_between(analysis, start, first):
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
    apologising")."""
    rules = analysis.matcher.rules
    if not rules.plans[0]:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    if analysis.language.head_final:
        end = tokens.sentence_range(first)[1]
        for pos in phrase_starts(analysis, "plan", rules.plans):
            if last < pos < end and analysis.language.contrasts.isdisjoint(norms[last + 1:pos]):
                return pos
        return None
    start = _before(analysis, "plan", rules.plans, first)
    if start is None or not _open_between(analysis, start, first):
        return None
    after = start + phrase_length(analysis, start, rules.plans)
    if after < first and norms[after] in analysis.language.undone.plan_exits:
        return None
    return start


def _claimed(analysis: Analysis, first: int, last: int) -> int | None:
    """A verb of claiming denied (`_denied_claims`) whose reach holds the match: before it in
    the sentence, the claim's complement opening right after it ("I can't claim THAT…", "I
    can't say I…"), with nothing that ends a reach between (where the language is head-final,
    on either side: "…ఉందని చెప్తే అది అబద్ధమే", "నేను క్లెయిమ్ చేయలేను, … ఇచ్చానని")."""
    claims = _denied_claims(analysis)
    if not claims:
        return None
    tokens = analysis.tokens
    lang = analysis.language
    low, end = tokens.sentence_range(first)
    for pos in claims:
        if not low <= pos < end:
            continue
        if lang.head_final:
            between = (last + 1, pos) if pos > last else (pos + 1, first)
            if lang.contrasts.isdisjoint(tokens.norms[between[0]:between[1]]):
                return pos
        elif pos < first and _complement(analysis, pos + 1) and _open_between(analysis, pos + 1, first):
            return pos
    return None


def _complement(analysis: Analysis, pos: int) -> bool:
    """Does a claim's complement open at token pos: a complementizer or the candidate ("say
    THAT", "säga ATT", "say I"), not "say enough", "say sorry"?"""
    if pos >= len(analysis.tokens.norms):
        return False
    word = analysis.tokens.norms[pos]
    lang = analysis.language
    # (where the verb comes second, the candidate right after it is its subject: "så SÄGER JAG")
    own = word in analysis.matcher.rules.own and not lang.undone.verb_second
    return word in lang.complementizers or own


def _denied_claims(analysis: Analysis) -> list[int]:
    """Where the answer's denied verbs of claiming stand (Language.undone.claim_verbs), found
    once: a negation before one in its clause ("I CAN'T claim", "NOBODY could say"), a lie a few
    words before ("it would be a LIE to say"), or, where the language is head-final, the verb
    negated itself or followed by a lie or a negation ("చెప్పలేను", "చెప్తే, అది అబద్ధమే")."""
    found = analysis.phrase_starts.get("denied claims")
    if found is not None:
        return found
    lang = analysis.language
    words = lang.undone
    tokens = analysis.tokens
    norms = tokens.norms
    found = []
    if words.claim_verbs and not words.claim_verbs.isdisjoint(norms):
        for pos, word in enumerate(norms):
            if word not in words.claim_verbs:
                continue
            sentence = tokens.sentences[pos]
            near = range(max(0, pos - _LIE_REACH), pos)
            if lang.head_final:
                near = range(pos, min(len(norms), pos + _LIE_REACH + 1))
                if any(is_negation(norms[k], lang) for k in near if tokens.sentences[k] == sentence):
                    found.append(pos)
                    continue
            elif _negated_claim(analysis, pos):
                found.append(pos)
                continue
            if any(norms[k] in words.lie_words and tokens.sentences[k] == sentence for k in near):
                found.append(pos)
    analysis.phrase_starts["denied claims"] = found
    return found


def _negated_claim(analysis: Analysis, pos: int) -> bool:
    """Does a negation deny the verb of claiming at pos: one before it in its clause with no
    coordinator or linker between, not a privative ("I CAN'T claim", "INGEN på biblioteket kan
    säga"; not "utan att gå i försvar OCH sa att…", "jag inte får göra SÅ säger jag")?"""
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    for k in range(pos - 1, tokens.clause_range(pos)[0] - 1, -1):
        word = tokens.norms[k]
        if word in rules.openers:
            return False
        if is_cue(analysis, k):
            return word not in rules.privative
    return False


def _inverted(analysis: Analysis, first: int) -> int | None:
    """A negation opening the match's sentence ("At no point", "Not once", "Inte en enda gång")
    and, before the match, the candidate right after a verb that puts them there (Language.
    undone.inversion_verbs, or any verb where verb_second): "At no point during the whole of
    that Christmas rush DID I manage to…"; nothing that ends a reach between the negation and
    the match, and no other negation or privative word after the inverted verb."""
    lang = analysis.language
    words = lang.undone
    if not words.inversion_verbs and not words.verb_second:
        return None
    tokens = analysis.tokens
    low = tokens.sentence_range(first)[0]
    cue = next((pos for pos in range(low, min(low + _OPENING, first)) if is_cue(analysis, pos)), None)
    rules = analysis.matcher.rules
    norms = tokens.norms
    lead = norms[low:cue] if cue is not None else ()
    if cue is None or norms[cue] in lang.negative_subjects or not rules.subjects.isdisjoint(lead) or \
            any(w not in rules.openers and w not in lang.function_words for w in lead):
        return None  # (past an opener or a preposition only, and no subject: "AT no point", "And
        # never…"; not "I don't bother…", "Nobody…")
    own = rules.own
    for pos in range(cue + 2, first):
        if norms[pos] not in own:
            continue
        verb = norms[pos - 1]
        if verb in words.inversion_verbs or (
                words.verb_second and verb not in lang.function_words and verb not in rules.openers):
            if not lang.scope_breakers.isdisjoint(norms[cue:first]) or \
                    not lang.contrasts.isdisjoint(norms[cue:first]):
                return None
            privative = any(k in analysis.privatives for k in range(pos, first))
            return None if privative or negated_between(analysis, pos, first) else cue
    return None


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
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.sentence_range(first)
    if first - low > _TOPIC_LEAD or not rules.subjects.isdisjoint(norms[low:last + 1]):
        return None  # (the candidate's own clause: "I'm sorry, I know this isn't…")
    comment = _comment(analysis, last, end)
    if comment is None:
        return None
    start, stop = comment
    lang = analysis.language
    words = norms[start:stop]
    if not lang.contrasts.isdisjoint(words) or norms[start] in lang.subordinators:
        return None
    shortcomings = phrase_starts(analysis, "shortcoming", rules.shortcomings)
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
    """Where the comment on a topic ending at tokens `last` runs (its first clause that is not
    the topic's own or an aside: idioms, adverbs, function words), in
    the sentence ending at `end`; None when the topic's clause holds a verb of the candidate's."""
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
