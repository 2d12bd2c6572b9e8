"""Negation, the one rule: the cue that negates a match (its scope: coach.scoring.scope; which
word is a cue: coach.scoring.cues), and when a negation makes emphasis instead ("never forget
to follow up").

Scoring (coach.scoring.analysis) and drafting (coach.trainer.scorer) both ask here. The
functions take the Analysis of one answer; they are module functions, not methods, so that
the matcher's inner loops call them without an extra layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import is_cue, is_negation, participle_after_determiner
from .keyed import phrase_starts
from .scope import find_cue
from .scope_shapes import denial, denier, failing
from .shortfalls import shortcoming_at

if TYPE_CHECKING:
    from .analysis import Analysis
    from .judge import LanguageRules

# How far after a privative opener ("Without empathy…") its clause's negation may come, and
# how far back a cue may negate a privative cue ("never let them leave without…").
_OPENER_REACH = 8
# How many words back a second cue makes a double negative ("there isn't a single customer I
# don't follow up with", "not a day goes by that I don't", "I wouldn't be doing my job if I
# didn't show empathy").
_DOUBLE_REACH = 7
# How many words the object described by a negated relative clause may hold ("a product", "a
# pair of shoes" is three, "anything").
_OBJECT_WORDS = 3


def negating_cue(analysis: Analysis, first: int, last: int, own: set[int]) -> int | None:
    """The cue that negates tokens first..last, unless it makes emphasis instead ("never
    forget to", "not optional"; see `affirmed`)."""
    found = find_cue(analysis, first, last, own)
    if found is not None and affirmed(analysis, found, first, last, own):
        return None
    if found is not None:
        return found
    return denial(analysis, first, last)


def negation_of(analysis: Analysis, first: int, last: int) -> int | None:
    """The cue that negates tokens first..last (not counting negations among them)."""
    norms, lang = analysis.tokens.norms, analysis.language
    own = {i for i in range(first, last + 1) if is_negation(norms[i], lang)}
    return negating_cue(analysis, first, last, own)


# -- emphasis ------------------------------------------------------------------------------------


def has_privatives(analysis: Analysis) -> bool:
    """Does the answer hold any word whose negation is emphasis (see `is_privative`)? Marked
    when the answer was analysed."""
    return bool(analysis.privatives)


def privative_word(norm: str, stem: str, rules: LanguageRules) -> bool:
    """Is this word one whose negation is emphasis ("forget", "optional", "substitute")?
    Decided once per word and rubric (coach.scoring.matcher marks it)."""
    return bool(rules.inverter_prefixes and norm.startswith(rules.inverter_prefixes)) or \
        stem in rules.inverters


def is_privative(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos one whose negation is emphasis ("forget", "optional", "substitute")?
    Not a privative verb's participle describing the noun after a determiner ("I don't know the
    LOST property procedure": cues.pseudo)."""
    return pos in analysis.privatives and not participle_after_determiner(analysis, pos)


def _degree_of(analysis: Analysis, pos: int, first: int) -> bool:
    """Is the privative word at pos only the degree of the match right after it ("I don't
    bother being EXTRA polite", "not MORE patient"), not a thing said of it ("not an extra")?"""
    lang = analysis.language
    word = analysis.tokens.norms[pos]
    return pos == first - 1 and (word in lang.hyphen_intensifiers or word in lang.comparatives)


def affirmed(analysis: Analysis, cue: int, first: int, last: int, own: set[int]) -> bool:
    """Does the negation cue at `cue` make emphasis rather than negate tokens first..last?

    - the cue negates a privative word next to it or between it and the match ("never
      forget to follow up", "glömmer aldrig att följa upp", "no substitute for empathy",
      "empathy is not optional"), or the cue itself is one (Telugu మర్చిపోలేదు);
    - the cue is a privative ("without") that is negated itself ("never let a customer
      leave without following up"), or opens its sentence and a negation follows the match
      in that sentence ("Without empathy you can't do this job");
    - the cue is negated itself, a double negative: another cue a few words earlier in its
      clause, with no coordinator between ("there isn't a customer I don't follow up with";
      but "I had no time and didn't follow up" stays negated).
    """
    tokens = analysis.tokens
    if cue < first and _double_negative(analysis, cue, own):
        return True
    excess = analysis.language.excess
    if excess is not None and tokens.norms[cue] == excess[0]:
        return False  # "too tired to explain": only a negation of "too" itself affirms
        # ("never too tired to explain", the double negative above)
    if cue < first and _excepted(analysis, cue):
        return True  # "I don't let a customer hear bad news from anyone but me"
    if cue > last and _negated_after(analysis, cue, own):
        return True  # SOV: "సానుభూతి చూపించని రోజు లేదు" ("no day I don't show empathy")
    if cue > last and _dismissal_denied(analysis, cue):
        return True  # "following up is never pointless", "flexibilitet är inte överskattat"
    if cue < first and analysis.language.subject_opens_statement and \
            _negated_relative(analysis, last, own):
        return True  # "I'd never recommend a shoe I haven't run in myself"
    if cue < first:
        start = denier(analysis, first)
        if start is not None and start < cue:
            return True  # a question or denial of the negation: "why would I ever leave a
            # customer WITHOUT following up?", "I'd be lying if I said I DIDN'T love it"
        frame = failing(analysis, first)
        if frame is not None and cue < frame:
            return True  # a failing denied: "I'm NOT terrible at following up", "never gave up on"
    privative_cue = _privative_cue(analysis, cue)
    if not has_privatives(analysis) and not privative_cue:
        return False  # every way to affirm needs a privative word or a privative cue
    lang = analysis.language
    clause = tokens.clauses[cue]
    # A cue that is privative itself ("glömde att…", "forgot to…") negates unless it is negated
    # in turn (below); other privative words are emphasis wherever a negation falls on them.
    if is_privative(analysis, cue) and not privative_cue and not _dismissal(analysis, cue):
        return True  # (a dismissal negates as the cue: "empathy is a WASTE of time"; negated
        # itself it affirms, "never a waste of time", above)
    low, high = (cue + 1, first) if cue < first else (last + 1, cue)
    # "I don't stop AND listen": past a coordinator the privative verb is not the match's.
    between = range(low, high)
    if any(tokens.norms[p] in lang.coordinators for p in between):
        between = range(0)
    if any(is_privative(analysis, p) and not _degree_of(analysis, p, first)
           for p in between if tokens.clauses[p] == clause):
        return True
    following = _next_meaningful(analysis, last, clause)
    if cue < first and following is not None and is_privative(analysis, following) and \
            (not lang.comparatives or tokens.norms[following] in lang.comparatives):
        # A comparison after the match: "nothing I enjoyed MORE than…"; but not "we never do
        # complimentary EXTRAS", where the privative is the match's own noun.
        return True
    if cue < first and lang.comparatives and any(
            tokens.norms[p] in lang.comparatives and is_privative(analysis, p)
            for p in range(first + 1, last)):
        return True  # a comparison inside the match's gap: "inget jag tycker är ROLIGARE än
        # att hjälpa kunder" (nothing I find more fun than helping customers)
    for step in (-1, 1):  # the nearest meaningful word on either side of the cue
        near = _next_meaningful(analysis, cue, clause, step)
        if near is not None and not first <= near <= last and is_privative(analysis, near) and \
                (near in between or not low <= near < high) and not _degree_of(analysis, near, first) \
                and not _new_subject_between(analysis, min(near, cue), max(near, cue)):
            return True  # (not across "and" and a subject: "I am SHY AND I struggle with empathy")
    if cue > last and lang.inverted_subjects:
        # verb second: the privative verb put before its subject, the cue after it ("KOSTAR
        # ett vänligt leende INGENTING", a friendly smile costs nothing)
        near = _next_meaningful(analysis, first, clause, -1)
        if near is not None and is_privative(analysis, near):
            return True
    if cue > last:  # one describing word may come first: "empathy isn't a nice extra"
        nxt = _next_meaningful(analysis, cue, clause)
        nxt = None if nxt is None else _next_meaningful(analysis, nxt, clause)
        if nxt is not None and is_privative(analysis, nxt):
            return True
    if privative_cue:
        if _negated_before(analysis, cue, own):
            return True
        sentence = tokens.sentences[cue]
        opens = cue == 0 or tokens.sentences[cue - 1] != sentence
        # After the match, or its own last word (Telugu పరిష్కరించకుండా, "without solving"):
        # a negation later in the sentence makes the pair emphasis ("… వదిలిపెట్టను").
        if opens or cue >= last:
            start = max(cue, last) + 1
            for pos in range(start, min(len(tokens), start + _OPENER_REACH)):
                if tokens.sentences[pos] != sentence:
                    break
                if pos not in own and is_cue(analysis, pos):
                    return True
    return False


def _excepted(analysis: Analysis, cue: int) -> bool:
    """Does an exception naming the candidate follow the cue in its sentence ("… from anyone
    but me", "någon annan än mig …"; Language.exceptives)?"""
    exceptives = analysis.matcher.rules.exceptives
    if not exceptives[0]:
        return False
    _first, end = analysis.tokens.sentence_range(cue)
    return any(cue < start < end for start in phrase_starts(analysis, "exceptive", exceptives))


def _privative_cue(analysis: Analysis, pos: int) -> bool:
    """Is the token at pos a privative cue ("without", or a verb with the language's privative
    ending, Telugu చేయకుండా)?"""
    word = analysis.tokens.norms[pos]
    endings = analysis.language.privative_endings
    return word in analysis.matcher.rules.privative or bool(endings and word.endswith(endings))


def _negated_before(analysis: Analysis, cue: int, own: set[int]) -> bool:
    """Is a privative cue negated by a cue earlier in its clause ("I never let a customer leave
    the desk without…")? The reach is wider than a match's: the pair spans a whole verb phrase."""
    tokens = analysis.tokens
    lang = analysis.language
    clause = tokens.clauses[cue]
    reach = _OPENER_REACH
    pos = cue - 1
    while pos >= 0 and reach > 0 and tokens.clauses[pos] == clause:
        word = tokens.norms[pos]
        if word in lang.scope_breakers:
            return False
        if pos not in own and is_cue(analysis, pos):
            return True
        if word not in lang.function_words:
            reach -= 1
        pos -= 1
    return False


def _double_negative(analysis: Analysis, cue: int, own: set[int]) -> bool:
    """Is the cue before a match negated by another cue just before it in its clause?"""
    return _negated_nearby(analysis, cue, own, -1)


def _negated_after(analysis: Analysis, cue: int, own: set[int]) -> bool:
    """Is a cue after a match negated by another cue just after it in its clause, where
    negation follows what it negates (a negative participle, then "there is none")?"""
    return _negated_nearby(analysis, cue, own, 1)


def _dismissal(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a dismissal, negating from behind without being a negation
    ("pointless", "a WASTE of time", "överskattat"; Language.negation_after_cues, dismissals)?"""
    word, lang = analysis.tokens.norms[pos], analysis.language
    return (word in lang.negation_after_cues or word in lang.dismissals) and not is_negation(word, lang)


def _dismissal_denied(analysis: Analysis, cue: int) -> bool:
    """Is the negation at `cue` (after a match) denying a dismissal right after it, a word that
    negates from behind without being a negation ("never POINTLESS", "inte ÖVERSKATTAT";
    Language.negation_after_cues), or a shortcoming ("isn't A WEAK SPOT of mine")?"""
    following = _next_meaningful(analysis, cue, analysis.tokens.clauses[cue])
    if following is None:
        return False
    return _dismissal(analysis, following) or shortcoming_at(analysis, cue + 1, following)


def _negated_relative(analysis: Analysis, last: int, own: set[int]) -> bool:
    """Does a negated relative clause follow the match in its clause, a subject and its own
    negation a word or two later ("never recommend a shoe I HAVEN'T tried", "I don't promise
    anything we CAN'T deliver")? Negated twice, the match is affirmed for what the clause
    leaves: only the shoes tried. Between the match and the subject stands only the object the
    clause describes: at most _OBJECT_WORDS words, determiners and words that carry meaning (a
    preposition or "to" means the words go on otherwise, as in an unpunctuated transcript:
    "never had much sympathy for people to shout i'm not going to…"). Only where a subject
    opens a statement (English); in Swedish "det gör jag inte" is a main clause."""
    tokens = analysis.tokens
    lang = analysis.language
    rules = analysis.matcher.rules
    subjects = rules.subjects
    clause = tokens.clauses[last]
    end = min(len(tokens), last + 2 + _OBJECT_WORDS)
    for pos in range(last + 1, end):
        word = tokens.norms[pos]
        if tokens.clauses[pos] != clause or word in lang.scope_breakers or word in lang.subordinators:
            return False  # (a reason or a condition is no relative clause: "I don't follow up
            # BECAUSE we don't…", "I'm not one for going the extra mile IF I'm not paid")
        if word in subjects:
            return pos > last + 1 and any(
                at not in own and at < len(tokens) and tokens.clauses[at] == clause and
                is_cue(analysis, at) for at in (pos + 1, pos + 2))
        if word in lang.function_words and word not in rules.determiners:
            return False
    return False


def _negated_nearby(analysis: Analysis, cue: int, own: set[int], step: int) -> bool:
    """Another cue within _DOUBLE_REACH words of `cue`, looking back (step -1) or ahead (1)
    in its clause, with no coordinator or linker between?"""
    tokens = analysis.tokens
    lang = analysis.language
    clause = tokens.clauses[cue]
    end = max(-1, cue - 1 - _DOUBLE_REACH) if step < 0 else min(len(tokens), cue + 1 + _DOUBLE_REACH)
    for pos in range(cue + step, end, step):
        word = tokens.norms[pos]
        if tokens.clauses[pos] != clause or word in lang.coordinators or \
                word in lang.scope_breakers:
            return False
        if pos not in own and is_cue(analysis, pos):
            return True
    return False


def _new_subject_between(analysis: Analysis, low: int, high: int) -> bool:
    """Does a coordinator with a subject after it stand between tokens low and high: a new
    statement ("I am shy AND I struggle …")?"""
    norms = analysis.tokens.norms
    coordinators, subjects = analysis.language.coordinators, analysis.matcher.rules.subjects
    return any(norms[k] in coordinators and norms[k + 1] in subjects for k in range(low + 1, high - 1))


def _next_meaningful(analysis: Analysis, pos: int, clause: int, step: int = 1) -> int | None:
    """The first word after pos (before it, with step -1) in the clause that is not a function
    word, if any."""
    tokens = analysis.tokens
    pos += step
    while 0 <= pos < len(tokens) and tokens.clauses[pos] == clause:
        if tokens.norms[pos] not in analysis.language.function_words:
            return pos
        pos += step
    return None
