"""The scope of a negation cue: which cue, if any, stands to negate a match, before it in its
clause, inside it, after it, across a pseudo-cleft ("What I don't do is …") or after a fronted
object ("Uppföljning gör jag inte"). Whether that cue makes emphasis instead is
coach.scoring.negation's to decide. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .cues import in_idiom, is_negation, pseudo
from .forms import adverbial, infinitive_marker
from .quotes import quoted
from .scope_shapes import answered_no, cleft_cue, denial, excess_cue, let_object, negative_subject
from .shortfalls import DESCRIBED, described_copula

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis


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
    if lang.excess is not None and first == last and first > 0 and \
            tokens.norms[first - 1] == lang.excess[0] and tokens.clauses[first - 1] == clause:
        return first - 1  # excess of the quality itself: "turning tables TOO quickly", "too
        # flexible with the rules" say it went wrong
    cleft = cleft_cue(analysis, first, own)
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
                pos + 1 < len(tokens) and (word, tokens.norms[pos + 1]) in lang.negating_pairs) and not (
                word in lang.degree_words and pos + 1 < first and tokens.norms[pos + 1] not in subjects
                and tokens.norms[pos + 1] not in lang.function_words):
            break  # (a breaker that is a degree word before a describing word breaks nothing: "not
            # SO good in empathy")
        if (word in lang.coordinators or (word in lang.subordinators and word not in lang.relative_adverbs)) \
                and pos + 1 < first and (tokens.norms[pos + 1] in subjects or (
                    word in lang.subordinators and pos + 2 < first and tokens.norms[pos + 2] in subjects
                    and tokens.norms[pos + 1] in lang.complementizers)):
            break  # "she didn't listen and I stayed calm": a new subject, a new statement; so too
            # after a subordinator, "we got no complaints AFTER I started following up", "inga
            # klagomål EFTER ATT JAG började följa upp"
        if word in lang.coordinators and pos + 1 == first and first in own and \
                is_negation(tokens.norms[first], lang):
            break  # a phrase that opens with its own negation, right after "and", is a
            # predicate of its own: "I wasn't sure and DIDN'T WANT TO GUESS"
        if pos not in own and is_negation(word, lang) and not pseudo(analysis, pos) and \
                not (coordinated and word in lang.narrow_cues) and \
                not (word in lang.privative_cues and tokens.norms[first] in subjects and
                     lang.complementizers.isdisjoint(tokens.norms[pos + 1 : first])):
            # (a verb that negates its object negates no statement that opens with a subject of
            # its own after it: "if I'd LOST four days of work I'D BE livid too"; but "I forgot
            # that I had promised…" is the complement's)
            return None if let_object(analysis, pos, first) else pos
        if lang.excess is not None and word == lang.excess[1]:
            too = excess_cue(analysis, pos, clause, lang.excess[0])
            if too is not None:
                return too  # "I was too busy to follow up"
        serial = word in lang.coordinators and pos > 0 and tokens.norms[pos - 1] in lang.serial_verbs
        coordinated = coordinated or (word in lang.coordinators and not serial)
        if word not in lang.function_words and word not in lang.character_nouns and \
                word not in lang.degree_words and not (
                word in lang.serial_verbs and pos + 1 < first and tokens.norms[pos + 1] in lang.coordinators):
            reach -= 1  # (nor a noun of character: "NOT the TYPE of PERSON who goes the extra mile")
        pos -= 1
    if reach > 0 and (pos < 0 or tokens.clauses[pos] != clause):
        quoting = _quoting_cue(analysis, first, own)
        if quoting is not None:
            return quoting
    if reach == 0 and pos >= 0 and tokens.clauses[pos] == clause:
        opening = negative_subject(analysis, pos, own)
        if opening is not None:
            return opening  # a negative subject reaches its whole clause: "NOBODY at the
            # insurance company showed any empathy"
    end_clause = tokens.clauses[last]
    pos, stop = last + 1, min(len(tokens), last + 1 + lang.negation_after)
    if tokens.norms[last] in lang.complementizers:
        stop = pos  # a complement clause of its own after the match: "… upptäcka ATT bilen
        # inte var klar" (discover that the car was not ready) says nothing of the match
    while pos < stop:
        word = tokens.norms[pos]
        if tokens.clauses[pos] != end_clause or word in lang.scope_breakers or \
                (lang.subject_opens_statement and (word in subjects or word in lang.thing_pronouns)):
            break  # "told her honestly I wasn't sure", "told her straight IT wouldn't make it": a
            # new subject's verb is negated
        if word in lang.coordinators and not lang.own_person_endings:
            if not _joint_subject(analysis, pos):
                break  # so is a second predicate's, "I stay polite AND DON'T make her feel…"
                # (where the verb comes last, a negation after "X and Y" covers both)
            pos, stop = pos + 3, min(len(tokens), stop + 3)
            continue  # one subject of two: "Empathy AND RESPECT ARE not important to me"
        if pos not in own and after_cue(word, lang) and not pseudo(analysis, pos) and \
                not _quoted_word(analysis, pos) and not _adjunct(analysis, pos):
            return pos
        pos += 1
    if lang.verbal_noun_endings:
        cue = _verbal_noun_cue(analysis, last, own)
        if cue is not None:
            return cue
    return _predicate_cue(analysis, first, last, own) or _fronted_cue(analysis, first, last, own) or \
        _resumed_cue(analysis, first, own) or answered_no(analysis, first, last)


# How far after a match the copula of its predicate may stand ("Following up WITH CUSTOMERS is
# …"), and how many adverbs or small words may stand between the copula and the word that denies
# it ("is HONESTLY A bit overrated").
COPULA_REACH = 3
_PREDICATE_SKIP = 4
# (the farthest such cue, past any language's plain reach after a match: analysis asks)
PREDICATE_REACH = COPULA_REACH + _PREDICATE_SKIP + 1


def _predicate_cue(analysis: Analysis, first: int, last: int, own: set[int]) -> int | None:
    """A cue that negates what comes before it, said of the match by a copula after it, past
    adverbs and small words ("Empathy is REALLY overrated", "Following up with customers is
    honestly pointless", "Uppföljning är ärligt talat onödigt"): the match is the subject its
    predicate denies. No subject may come between: "follow up, and it's not hard" says no
    more of the match."""
    tokens = analysis.tokens
    lang = analysis.language
    norms, clauses = tokens.norms, tokens.clauses
    subjects = analysis.matcher.rules.subjects
    clause, n = clauses[last], len(norms)
    copula = next((k for k in range(last + 1, min(n, last + 1 + COPULA_REACH))
                   if clauses[k] == clause and norms[k] in lang.copulas), None)
    if copula is None or norms[copula] in subjects or any(
            norms[k] in subjects or norms[k] in lang.thing_pronouns or norms[k] in lang.scope_breakers
            or norms[k] in lang.coordinators for k in range(last + 1, copula)):
        copula = described_copula(analysis, last)  # ("Communication BETWEEN US was terrible")
        if copula is None or any(not (adverbial(lang, w) or w in analysis.matcher.rules.determiners)
                                 for w in norms[tokens.clause_range(first)[0] : first]):
            return None  # (the match opens its clause: not "I felt bad for him")
    for at in range(copula + 1, min(n, copula + 2 + _PREDICATE_SKIP)):
        word = norms[at]
        if clauses[at] != clause or word in subjects or word in lang.complementizers:
            return None  # (a clause of its own: "The policy is THAT WE aren't responsible")
        if (after_cue(word, lang) or word in lang.dismissals) and at not in own and \
                not pseudo(analysis, at) and not _quoted_word(analysis, at):
            return at
        if word not in lang.function_words and not adverbial(lang, word) and word not in lang.degree_words:
            return None
    return None


def _adjunct(analysis: Analysis, cue: int) -> bool:
    """Does the negation at `cue` open a participle of its own, after no auxiliary ("I'd be
    frightened too NOT KNOWING", Language.progressive_endings), not negating what comes before
    ("following up is not happening" is negated)?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    endings = lang.progressive_endings
    return bool(endings) and cue + 1 < len(norms) and norms[cue + 1].endswith(endings) and \
        norms[cue + 1] not in lang.stop_words and \
        norms[cue - 1] not in lang.copulas and norms[cue - 1] not in lang.function_words
    # (not a stop word that ends like one: "Refunds aren't SOMETHING I can do")


def _joint_subject(analysis: Analysis, coordinator: int) -> bool:
    """Does the coordinator at `coordinator` join a second noun to the match, with a copula
    after it: are the two one subject ("Empathy and respect ARE not important")?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    at = coordinator + 2
    return at < len(norms) and analysis.tokens.clauses[at] == analysis.tokens.clauses[coordinator] \
        and norms[at] in lang.copulas and norms[coordinator + 1] not in lang.function_words


# Marks that open a quotation of a word or two inside a clause ("'కుదరదు' అనలేదు").
_INLINE_QUOTES = "'\u2018\"\u201c"


def _quoted_word(analysis: Analysis, pos: int) -> bool:
    """Does a quotation mark open right before the word at pos ("నేను వెంటనే 'కుదరదు' అనలేదు", "I
    didn't immediately say 'no'")? A negative word quoted is what was said, not a negation of
    the match before it: the verb that says it may be negated in turn."""
    start = analysis.tokens.span(pos)[0]
    text = analysis.tokens.text
    return start > 0 and text[start - 1] in _INLINE_QUOTES and (start < 2 or not text[start - 2].isalnum())


def quoting_clause(analysis: Analysis, low: int) -> int | None:
    """The first token of the clause whose object is the quotation that opens at token `low`
    ('I'd never tell a customer "that's not my department"'): a double quote and nothing else
    between that clause and this one, in one sentence. None for any other clause."""
    tokens = analysis.tokens
    if low == 0 or ('"' not in tokens.text and "\u201c" not in tokens.text) or \
            tokens.sentences[low - 1] != tokens.sentences[low] or \
            tokens.between_clauses(low - 1, low).strip() not in _OPENING_QUOTES or not quoted(analysis, low):
        return None
    return tokens.clause_range(low - 1)[0]


_OPENING_QUOTES = frozenset(['"', "\u201c"])


def _quoting_cue(analysis: Analysis, first: int, own: set[int]) -> int | None:
    """The negation of the words that introduce a quotation, for a match at its start ("I never
    say "calm down"", "I don't do the whole "I understand how you feel" thing"): a quote is
    what its clause's verb says or does."""
    tokens = analysis.tokens
    lang = analysis.language
    norms = tokens.norms
    low = tokens.clause_range(first)[0]
    start = quoting_clause(analysis, low)
    if start is None:
        return None
    subjects = analysis.matcher.rules.subjects
    for pos in range(low - 1, start - 1, -1):
        word = norms[pos]
        if word in lang.scope_breakers or (word in lang.coordinators and norms[pos + 1] in subjects):
            return None
        if pos not in own and is_negation(word, lang) and not pseudo(analysis, pos):
            return pos
    return None


def after_cue(word: str, lang: Language) -> bool:
    """Does this word negate what comes before it (Language.negation_after_cues and endings)?"""
    return word in lang.negation_after_cues or word.endswith(lang.negation_after_endings or ("\0",))


# How far after a match its verbal noun may come, and how far after that noun its negated
# verb ("మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడగడం | లాంటివి నేను చేయను").
_NOUN_REACH, _NOUN_CUE_REACH = 6, 3
NOUN_SPAN = _NOUN_REACH + _NOUN_CUE_REACH  # (the farthest such a cue stands after a match)


def _verbal_noun_cue(analysis: Analysis, last: int, own: set[int]) -> int | None:
    """The negated verb that governs a verbal noun after the match in its clause
    (Language.verbal_noun_endings): "calling back and ASKING, things like that I DON'T DO"."""
    tokens = analysis.tokens
    lang = analysis.language
    norms, clauses = tokens.norms, tokens.clauses
    clause = clauses[last]
    end = min(len(tokens), last + 1 + _NOUN_REACH)
    noun = next((pos for pos in range(last + 1, end)
                 if clauses[pos] == clause and norms[pos].endswith(lang.verbal_noun_endings)), None)
    if noun is None:
        return None
    for pos in range(noun + 1, min(len(tokens), noun + 1 + _NOUN_CUE_REACH)):
        if clauses[pos] != clause:
            return None
        if pos not in own and after_cue(norms[pos], lang) and not pseudo(analysis, pos):
            return pos
    return None


# How far after a fronted match its clause's negation may come ("Uppföljning hinner jag
# ärligt talat inte med").
FRONT_REACH = 6


def _fronted_cue(analysis: Analysis, first: int, last: int, own: set[int]) -> int | None:
    """The negation of a clause whose object is put first ("Uppföljning gör jag inte", "Follow-up
    I don't have time for"): the match opens its sentence, then at most one word (the verb, in a
    verb-second language), the subject, and a cue with only small words, adverbs and discourse
    markers before it."""
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.clause_range(first)
    if low != tokens.sentence_range(first)[0]:
        return None  # (a sentence opens with it: not "…, told her straight I couldn't…")
    lang = analysis.language
    to = infinitive_marker(lang)
    if any((norms[k] not in rules.openers and norms[k] not in rules.determiners and norms[k] != to)
           or is_negation(norms[k], lang) for k in range(low, first)):
        return None  # (and not after a cue: "Utan empati kan man inte …" is emphasis; an
        # infinitive put first is an object too: "ATT följa upp hinner jag inte")
    if last + 1 == end and end < len(norms) and tokens.sentences[end] == tokens.sentences[first]:
        # a topic set off as a clause of its own: "Empathy, I DON'T have so much", "Following up
        # – NOT my thing"
        if is_negation(norms[end], lang) and not pseudo(analysis, end) and end not in own:
            return end
        return _verb_subject_cue(analysis, end, min(tokens.clause_range(end)[1], end + FRONT_REACH), own)
    return _verb_subject_cue(analysis, last + 1, min(end, last + 1 + FRONT_REACH), own)


def _verb_subject_cue(analysis: Analysis, start: int, stop: int, own: set[int]) -> int | None:
    """From `start`: at most one word (the verb), the subject, and a cue with only small words,
    adverbs and discourse markers before it (the rest of a clause whose object came first)."""
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    lang = analysis.language
    subject = False
    words = 0
    for pos in range(start, stop):
        word = norms[pos]
        if not subject and (word in lang.copulas or word in lang.complementizers):
            return None  # the match is the subject: "Sanningen ÄR ATT jag inte …"
        if word in rules.subjects:
            subject = True
        elif subject and pos not in own and is_negation(word, lang) and not pseudo(analysis, pos):
            return pos
        elif word not in lang.function_words and not in_idiom(analysis, pos) and \
                not adverbial(lang, word):  # ("Uppföljning EFTERÅT gör jag däremot inte")
            words += 1
            if subject or words > 1:
                return None
    return None


def _resumed_cue(analysis: Analysis, first: int, own: set[int]) -> int | None:
    """The negation of a clause that takes up, with a pronoun, an infinitive put before it
    ("Att gå ut längs kön och informera om väntetiden, DET gör jag INTE"): the match's clause
    opens its sentence with the infinitive marker, and the next clause opens with one of
    Language.anaphors, then the verb, the subject and the cue (_verb_subject_cue)."""
    span = resumed_span(analysis, first)
    return None if span is None else _verb_subject_cue(analysis, span[0], span[1], own)


def resumed_span(analysis: Analysis, first: int) -> tuple[int, int] | None:
    """Where the cue of a resumed infinitive may stand (see _resumed_cue): the words after the
    anaphor that takes up the match's clause, or None where nothing takes it up."""
    lang = analysis.language
    marker = infinitive_marker(lang)
    if not lang.anaphors or marker is None:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.clause_range(first)
    sentence_low, sentence_end = tokens.sentence_range(first)
    opener = low
    while opener < first and norms[opener] in analysis.matcher.rules.openers:
        opener += 1
    if low != sentence_low or norms[opener] != marker or end >= sentence_end or \
            norms[end] not in lang.anaphors:
        return None
    return end + 1, min(tokens.clause_range(end)[1], end + 1 + FRONT_REACH)


def cue_near(analysis: Analysis, first: int, last: int) -> bool:
    """May a cue stand to negate tokens first..last: a negation word in their clause up to a few
    words past them, or a word that negates from behind within reach? (A quick test before
    find_cue, which most matches never need.)"""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    # Most matches stand in a clause with no negation word up to a few words past their end
    # (a fronted object's, "Uppföljning gör jag inte"), and before no word that negates from
    # behind ("bra på det inte"): find_cue can find nothing there.
    negations = analysis.negations
    low = tokens.clause_range(first)[0]
    quoting = quoting_clause(analysis, low)  # (a quotation's words: what its clause says)
    low = low if quoting is None else quoting
    at = bisect_left(negations, low)
    horizon = last + (NOUN_SPAN if lang.verbal_noun_endings else FRONT_REACH)
    if lang.anaphors and at < len(negations) and negations[at] > horizon:
        # (the cue of a long infinitive taken up by a pronoun stands past that reach)
        resumed = resumed_span(analysis, first)
        horizon = max(horizon, resumed[1]) if resumed else horizon
    # (past a copula a denying word may stand further on: "is honestly a bit overrated")
    reach = lang.negation_after
    if not lang.copulas.isdisjoint(norms[last + 1 : last + 1 + COPULA_REACH]):
        reach = max(reach, PREDICATE_REACH)
    elif last + 1 < len(norms) and norms[last + 1] in lang.noun_prepositions:
        reach = max(reach, PREDICATE_REACH + DESCRIBED)  # ("Communication BETWEEN US was…")
    after = last + 1 + reach
    if at < len(negations) and negations[at] <= horizon:
        return True
    if "?" in tokens.text and answered_no(analysis, first, last) is not None:
        return True  # ("Follow-up? Not really my thing")
    if any(after_cue(word, lang) or word in lang.dismissals for word in norms[last + 1 : after]):
        return True
    if lang.excess is not None and lang.excess[0] in analysis.stem_of \
            and lang.excess[0] in norms[low:first]:
        return True  # ("too busy to follow up")
    # (a habit given up after it, a failing before it, a rhetorical question or denial around it)
    return denial(analysis, first, last) is not None
