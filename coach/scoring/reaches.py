"""Negations that reach past asides to a keyword: a verb of claiming denied ("I CAN'T CLAIM
that, in all my years…, I once…", "It would be a LIE to SAY that, …"), a negation that opens
the sentence and puts the candidate after a verb ("AT NO POINT during that week DID I…"), and a
noun of opportunity denied before its infinitive ("I NEVER got the CHANCE to…").
Language.undone; coach.scoring.undone asks here. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import is_cue, is_negation, negated_between
from .forms import adverbial, infinitive_marker
from .keyed import word_places

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words before a verb of claiming a lie may stand ("a LIE to say", "LYING if I said",
# "att LJUGA om jag sa"), and after it where the language puts it there ("చెప్తే, అది అబద్ధమే").
_LIE_REACH = 4
# How far a noun of opportunity may stand from its infinitive marker, past adverbs ("the chance
# REALLY to"), and where verbs come last, from the negation after it ("అవసరం ఆ షిఫ్ట్‌లో
# ఒక్కసారి కూడా రాలేదు").
_CHANCE_MARKER = 3
_CHANCE_NEGATION = 6
# How far into its sentence the negation that opens it may stand ("At NO point", "And NEVER…").
_OPENING = 2


def open_between(analysis: Analysis, low: int, high: int) -> bool:
    """Do tokens low..high-1 hold no word that ends a reach (Language.scope_breakers,
    contrasts) and no negation?"""
    lang = analysis.language
    words = analysis.tokens.norms[low:high]
    return lang.scope_breakers.isdisjoint(words) and lang.contrasts.isdisjoint(words) and \
        not negated_between(analysis, low, high)


def denied_claim(analysis: Analysis, first: int, last: int) -> int | None:
    """A verb of claiming denied (`denied_claims`) whose reach holds the match: before it in
    the sentence, the claim's complement opening right after it ("I can't claim THAT…", "I
    can't say I…"), with nothing that ends a reach between (where the language is head-final,
    on either side: "…ఉందని చెప్తే అది అబద్ధమే", "నేను క్లెయిమ్ చేయలేను, … ఇచ్చానని")."""
    claims = denied_claims(analysis)
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
        elif pos < first and _complement(analysis, pos + 1) and open_between(analysis, pos + 1, first):
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


def denied_claims(analysis: Analysis) -> list[int]:
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
    for pos in word_places(analysis, "claim", words.claim_verbs):
        sentence = tokens.sentences[pos]
        near = range(max(0, pos - _LIE_REACH), pos)
        if lang.head_final:
            near = range(pos, min(len(norms), pos + _LIE_REACH + 1))
            if any(is_negation(norms[k], lang) for k in near if tokens.sentences[k] == sentence):
                found.append(pos)
                continue
        elif negation_before(analysis, pos) is not None:  # ("I CAN'T claim", not "… OCH sa")
            found.append(pos)
            continue
        if any(norms[k] in words.lie_words and tokens.sentences[k] == sentence for k in near):
            found.append(pos)
    analysis.phrase_starts["denied claims"] = found
    return found


def negation_before(analysis: Analysis, pos: int) -> int | None:
    """The negation cue before token pos in its clause, with no coordinator or linker between
    and not a privative ("I NEVER got the chance", "INGEN på biblioteket kan säga"; not "utan att
    gå i försvar OCH sa att…", "jag inte får göra SÅ säger jag"), if any."""
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    for k in range(pos - 1, tokens.clause_range(pos)[0] - 1, -1):
        if tokens.norms[k] in rules.openers:
            return None
        if is_cue(analysis, k):
            return None if tokens.norms[k] in rules.privative else k
    return None


def inverted(analysis: Analysis, first: int, _last: int) -> int | None:
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
    cue = next((pos for pos in opening_cues(analysis) if low <= pos < first), None)
    if cue is None:
        return None
    rules = analysis.matcher.rules
    norms = tokens.norms
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


def opening_cues(analysis: Analysis) -> list[int]:
    """The negations that open the answer's sentences, found once: in a sentence's first words,
    past an opener or a preposition only, and no subject ("AT no point", "And never…"; not "I
    don't bother…", "Nobody…")."""
    found = analysis.phrase_starts.get("opening negations")
    if found is not None:
        return found
    tokens = analysis.tokens
    lang = analysis.language
    rules = analysis.matcher.rules
    norms = tokens.norms
    found = []
    for pos in analysis.negations:
        low = tokens.sentence_range(pos)[0]
        lead = norms[low:pos]
        if pos - low < _OPENING and is_cue(analysis, pos) and norms[pos] not in lang.negative_subjects \
                and rules.subjects.isdisjoint(lead) and \
                all(w in rules.openers or w in lang.function_words for w in lead):
            found.append(pos)  # (in order: Analysis.negations are)
    analysis.phrase_starts["opening negations"] = found
    return found


def no_chance(analysis: Analysis, first: int, last: int) -> int | None:
    """A noun of opportunity or need denied (Language.undone.chances) whose infinitive holds the
    match: "I never got the CHANCE to be a dependable face for repeat customers", "there was
    never any NEED to learn a customer's name", "Jag har aldrig haft CHANSEN att…"; where verbs
    come last, the noun after the match in its clause and a negation after it ("…అడిగే అవసరం
    ఎప్పుడూ రాలేదు"). Not where someone else is named as the doer. The negation is returned."""
    lang = analysis.language
    places = word_places(analysis, "chance", lang.undone.chances)
    if not places:
        return None  # (most answers: none)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(first)
    if lang.head_final:
        for pos in places:
            if last < pos < tokens.clause_range(last)[1] and \
                    _own_doer(analysis, tokens.clause_range(first)[0], first):
                return next((k for k in range(pos + 1, min(end, pos + 1 + _CHANCE_NEGATION))
                             if is_negation(norms[k], lang)), None)
        return None
    marker = infinitive_marker(lang)
    nouns_after = lang.undone.chance_determiners
    for pos in reversed(places[:bisect_left(places, first - 1)]):
        if pos < low:
            return None
        if nouns_after and norms[pos - 1] not in nouns_after:
            continue
        to, stop = pos + 1, min(first, pos + 1 + _CHANCE_MARKER)
        while to < stop and norms[to] != marker and adverbial(lang, norms[to]):
            to += 1  # (past adverbs: "the chance REALLY to")
        mine = not analysis.matcher.rules.own.isdisjoint(norms[to + 1:first])
        if norms[to] != marker or mine or not open_between(analysis, to + 1, first) or \
                not _own_doer(analysis, tokens.clause_range(pos)[0], pos):
            return None  # (not "kunde inte komma på sin tid FÖR att bussen…, och JAG föreslog…")
        return negation_before(analysis, pos)
    return None


def _own_doer(analysis: Analysis, low: int, high: int) -> bool:
    """Is no one served named among tokens low..high-1, where the doer of a denied opportunity
    stands ("so nobody needs to wait…", "…ఎవరూ ఎక్కువసేపు వెయిట్ చేయాల్సిన అవసరం రాదు": sparing
    them is the candidate's service)?"""
    words = analysis.tokens.norms[low:high]
    return analysis.matcher.rules.anyone_served.isdisjoint(words) and \
        analysis.language.negative_subjects.isdisjoint(words)


# How many words may stand between a word of excess and its infinitive's marker ("TOO busy
# just getting orders out TO"), and between that marker and the keyword in its clause ("to
# explain the new check-out time CLEARLY").
_EXCESS_GAP = 6
_EXCESS_VERB = 8


def excess(analysis: Analysis, first: int, last: int) -> int | None:
    """The word of excess before an infinitive that the match opens ("I was TOO busy just
    getting orders out to go the extra mile", Undone.excess): what was too much to do it, so
    it was not done. Not after a negation in the clause ("It's never too late to follow up")."""
    lang = analysis.language
    marker = infinitive_marker(lang)
    places = word_places(analysis, "excess", lang.undone.excess)
    if marker is None or not places:
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    at = bisect_left(places, first)
    if not at:
        return None
    pos = places[at - 1]
    if clauses[pos] != clauses[first] or first - pos > _EXCESS_GAP + _EXCESS_VERB + 2 or \
            norms[pos + 1] == marker:
        return None  # (another clause, or "too" as "also": "I did it too to be safe")
    to = next((k for k in range(pos + 2, first) if norms[k] == marker), None)
    if to is None or to - pos - 1 > _EXCESS_GAP or first - to - 1 > _EXCESS_VERB or \
            not analysis.matcher.rules.own.isdisjoint(norms[pos + 1:to]):
        return None
    if negated_between(analysis, tokens.clause_range(pos)[0], pos):
        return None
    return pos
