"""Negation, the one rule: which word is a negation cue, which cue negates a match (its
scope), and when a negation makes emphasis instead ("never forget to follow up").

Scoring (coach.scoring.analysis) and drafting (coach.trainer.scorer) both ask here. The
functions take the Analysis of one answer; they are module functions, not methods, so that
the matcher's inner loops call them without an extra layer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.lang import Language

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


def is_negation(word: str, lang: Language) -> bool:
    """Is this normalised word a negation cue in the language?"""
    return word in lang.negation_cues or word.endswith(lang.negation_endings or ("\0",))


def holds_negation(words: tuple[str, ...], lang: Language) -> bool:
    """Is any of the words a negation cue (is_negation)? (Set tests in C, not a call a word: a
    word never ends with "\0", is_negation's stand-in for no endings.)"""
    if not lang.negation_cues.isdisjoint(words):
        return True
    endings = lang.negation_endings
    return bool(endings) and any(word.endswith(endings) for word in words)


def negating_cue(analysis: Analysis, first: int, last: int, own: set[int]) -> int | None:
    """The cue that negates tokens first..last, unless it makes emphasis instead ("never
    forget to", "not optional"; see `affirmed`)."""
    found = find_cue(analysis, first, last, own)
    if found is not None and affirmed(analysis, found, first, last, own):
        return None
    return found


def negation_of(analysis: Analysis, first: int, last: int) -> int | None:
    """The cue that negates tokens first..last (not counting negations among them)."""
    norms, lang = analysis.tokens.norms, analysis.language
    own = {i for i in range(first, last + 1) if is_negation(norms[i], lang)}
    return negating_cue(analysis, first, last, own)


def is_cue(analysis: Analysis, pos: int) -> bool:
    """Does the token at pos negate (a cue, not "not only"/"no matter")?"""
    return is_negation(analysis.tokens.norms[pos], analysis.language) and not pseudo(analysis, pos)


def find_cue(analysis: Analysis, first: int, last: int, own: set[int]) -> int | None:
    """The cue that stands to negate tokens first..last (other than the phrase's own cues,
    `own`), if one stands in the same clause."""
    tokens = analysis.tokens
    lang = analysis.language
    negations = analysis.negations
    inside = negations[bisect_left(negations, first) : bisect_right(negations, last)]
    for pos in inside:
        # A cue inside the matched span ("I never blame the customer") negates it too.
        if pos not in own and not pseudo(analysis, pos):
            return pos
    clause = tokens.clauses[first]
    cleft = _cleft_cue(analysis, first, own)
    if cleft is not None:
        return cleft
    # The window counts words that carry meaning: function words ("inte så bra på att
    # förklara", "not very good at explaining") do not push a cue out of reach.
    reach = lang.negation_before
    pos = first - 1
    coordinated = False
    subjects = analysis.matcher.rules.subjects
    while pos >= 0 and reach > 0:
        word = tokens.norms[pos]
        if tokens.clauses[pos] != clause:
            break
        if word in lang.scope_breakers and not (
                pos + 1 < len(tokens) and (word, tokens.norms[pos + 1]) in lang.negating_pairs):
            break
        if word in lang.coordinators and pos + 1 < first and tokens.norms[pos + 1] in subjects:
            break  # "she didn't listen and I stayed calm": a new subject, a new statement
        if pos not in own and is_negation(word, lang) and not pseudo(analysis, pos) and \
                not (coordinated and word in lang.narrow_cues):
            return None if _let_object(analysis, pos, first) else pos
        if lang.excess is not None and word == lang.excess[1]:
            too = _excess(analysis, pos, clause, lang.excess[0])
            if too is not None:
                return too  # "I was too busy to follow up"
        coordinated = coordinated or word in lang.coordinators
        if word not in lang.function_words:
            reach -= 1
        pos -= 1
    end_clause = tokens.clauses[last]
    for pos in range(last + 1, min(len(tokens), last + 1 + lang.negation_after)):
        word = tokens.norms[pos]
        if tokens.clauses[pos] != end_clause or word in lang.scope_breakers or \
                (lang.subject_opens_statement and (word in subjects or word in lang.thing_pronouns)):
            break  # "told her honestly I wasn't sure", "told her straight IT wouldn't make it": a
            # new subject's verb is negated
        after_cue = word in lang.negation_after_cues or \
            word.endswith(lang.negation_after_endings or ("\0",))
        if pos not in own and after_cue and not pseudo(analysis, pos):
            return pos
    return None


# How far into a pseudo-cleft its negation may stand ("what I really don't ever do is").
_CLEFT_REACH = 6


def _excess(analysis: Analysis, to: int, clause: int, too: str) -> int | None:
    """The `too` of "too busy to" before the "to" at `to`: one to three words before it in its
    clause (Language.excess), so that what follows "to" did not happen."""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    for pos in range(to - 2, max(-1, to - 5), -1):
        if clauses[pos] != clause:
            return None
        if norms[pos] == too:
            return pos
    return None


def _cleft_cue(analysis: Analysis, first: int, own: set[int]) -> int | None:
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


def _let_object(analysis: Analysis, cue: int, first: int) -> bool:
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


def pseudo(analysis: Analysis, pos: int) -> bool:
    """A cue that does not negate: "not only", "no matter", "never just", or one inside a
    discourse idiom ("it's not about me")."""
    tokens = analysis.tokens
    nxt = pos + 1
    if nxt < len(tokens) and tokens.clauses[nxt] == tokens.clauses[pos] and \
            tokens.norms[nxt] in analysis.language.not_negating_next:
        return True
    return in_idiom(analysis, pos)


def in_idiom(analysis: Analysis, pos: int) -> bool:
    """Is the token part of a discourse idiom ("it's not about me", "no offence")? A
    negation there negates nothing outside it."""
    if analysis.tokens.norms[pos] not in analysis.matcher.rules.idiom_words:
        return False
    return any(first <= pos <= last for first, last, _text in analysis.idioms())


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
    """Is the word at pos one whose negation is emphasis ("forget", "optional", "substitute")?"""
    return pos in analysis.privatives


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
    privative_cue = _privative_cue(analysis, cue)
    if not has_privatives(analysis) and not privative_cue:
        return False  # every way to affirm needs a privative word or a privative cue
    lang = analysis.language
    clause = tokens.clauses[cue]
    # A cue that is privative itself ("glömde att…", "forgot to…") negates unless it is negated
    # in turn (below); other privative words are emphasis wherever a negation falls on them.
    if is_privative(analysis, cue) and not privative_cue:
        return True
    low, high = (cue + 1, first) if cue < first else (last + 1, cue)
    # "I don't stop AND listen": past a coordinator the privative verb is not the match's.
    between = range(low, high)
    if any(tokens.norms[p] in lang.coordinators for p in between):
        between = range(0)
    if any(is_privative(analysis, p) for p in between if tokens.clauses[p] == clause):
        return True
    following = _next_meaningful(analysis, last, clause)
    if cue < first and following is not None and is_privative(analysis, following) and \
            (not lang.comparatives or tokens.norms[following] in lang.comparatives):
        # A comparison after the match: "nothing I enjoyed MORE than…"; but not "we never do
        # complimentary EXTRAS", where the privative is the match's own noun.
        return True
    for step in (-1, 1):  # the nearest meaningful word on either side of the cue
        pos = cue + step
        while 0 <= pos < len(tokens) and tokens.clauses[pos] == clause and \
                tokens.norms[pos] in lang.function_words:
            pos += step
        if 0 <= pos < len(tokens) and tokens.clauses[pos] == clause and first <= pos <= last:
            continue
        if 0 <= pos < len(tokens) and tokens.clauses[pos] == clause and \
                is_privative(analysis, pos) and (pos in between or not low <= pos < high):
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
    exceptives = analysis.language.exceptives
    if not exceptives:
        return False
    tokens = analysis.tokens
    _first, end = tokens.sentence_range(cue)
    text = " ".join(tokens.norms[cue + 1 : end])
    return any(f" {phrase} " in f" {text} " for phrase in exceptives)


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


def _dismissal_denied(analysis: Analysis, cue: int) -> bool:
    """Is the negation at `cue` (after a match) denying a dismissal right after it, a word that
    negates from behind without being a negation ("never POINTLESS", "inte ÖVERSKATTAT";
    Language.negation_after_cues)?"""
    lang = analysis.language
    following = _next_meaningful(analysis, cue, analysis.tokens.clauses[cue])
    if following is None:
        return False
    word = analysis.tokens.norms[following]
    return word in lang.negation_after_cues and not is_negation(word, lang)


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
        if tokens.clauses[pos] != clause or word in lang.scope_breakers:
            return False  # (a reason is no relative clause: "I don't follow up BECAUSE we don't…")
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


def _next_meaningful(analysis: Analysis, pos: int, clause: int) -> int | None:
    """The first word after pos in the clause that is not a function word, if any."""
    tokens = analysis.tokens
    pos += 1
    while pos < len(tokens) and tokens.clauses[pos] == clause:
        if tokens.norms[pos] not in analysis.language.function_words:
            return pos
        pos += 1
    return None
