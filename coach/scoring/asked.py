"""Words said about a deed that claim none. In undone's chain (coach.scoring.undone): a yes/no
question about the candidate's own deed that nothing answers yes ("Did I ever really follow up?
I can't say I did.", "Var jag ärlig mot kunden? Det kan jag inte svara på.", "…కాల్ చేసి
అడిగానా? గుర్తుకు రావట్లేదు."), a deed in doubt ("WHETHER I responded promptly, I'm not
sure"), a claim a hedge turns to irony ("…, IF YOU COUNT rolling my eyes"), a boast a colon or
dash then belies ("My follow-up was LEGENDARY: I phoned him back exactly never") and a deed done
only for show ("…, but ONLY BECAUSE my bonus was on the line"). A rule of its own
(coach.scoring.aside, rule "definition"): a keyword defined ("Flexibility in customer service
IS ABOUT adapting"). Language data (Language.undone) drives each. Pure: no I/O."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import adverbial, infinitive_marker, past_form
from .keyed import phrase_length, phrase_starts, start_after, word_places
from .person_sets import united
from .strength import MATCH_THRESHOLD
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


# How many words a question that opens the answer may hold and be the question said back ("A
# time I went above and beyond?", "Did I understand how they felt?").
_ECHO_WORDS = 12


def echo_shaped(analysis: Analysis, pos: int) -> bool:
    """Is the sentence of token pos the answer's first, short and of one clause: the shape of
    the question said back (coach.scoring.markers.opening_question)? A long question is no
    echo, nor a statement with a tag ("Going the extra mile, that's the slogan, isn't it?")."""
    tokens = analysis.tokens
    if tokens.sentences[pos] != tokens.sentences[0]:
        return False
    low, end = tokens.sentence_range(pos)
    return end - low <= _ECHO_WORDS and tokens.clauses[low] == tokens.clauses[end - 1]


def self_asked(analysis: Analysis, first: int, last: int) -> int | None:
    """The verb that asks a yes/no question about the candidate's own deed, tokens first..last
    in it ("DID I take ownership, or did I just pass it on?", "FÖRKLARADE jag…?"; where
    head_final, the verb after it that ends in a question of the first person, "…అడిగానా?"), if
    the next sentence does not answer yes ("Yes, …", "I did, the next morning"). A negated
    question asks for agreement ("Didn't I always ring them back?"): not this rule's."""
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    if not tokens.asks(end):
        return None
    norms = tokens.norms
    lang = analysis.language
    if not lang.addressees.isdisjoint(norms[low:end]) or (
            echo_shaped(analysis, first) and not negated_between(analysis, low, end)):
        return None  # (a question put to the interviewer, "Ska jag följa upp med ER?", or the
        # question said back, "Would I go the extra mile? …": coach.scoring.markers)
    cue = None
    if lang.head_final:
        endings = lang.undone.asked_endings
        cue = next((k for k in range(last + 1, end) if endings and norms[k].endswith(endings)), None)
    else:
        rules = analysis.matcher.rules
        verbs, any_verb = lang.undone.inversion_verbs, lang.undone.verb_second
        for start in _clause_starts(analysis, low, first):
            # (the verb may be the keyword: "FÖRKLARADE jag…?")
            if start + 1 < end and norms[start + 1] in rules.own and \
                    norms[start + 1] not in lang.first_person_objects and \
                    (norms[start] in verbs or (any_verb and norms[start] not in lang.function_words
                                               and norms[start] not in rules.openers)):
                cue = start  # (the last such clause up to the match's: "…, OR DID I just…")
    # (a negation in the question itself, not in a clause after the match: "Did I acknowledge
    # how the bride felt when her suite WASN'T ready?")
    if cue is None or negated_between(analysis, cue, first) or \
            (cue > last and negated_between(analysis, last + 1, cue + 1)):
        return None
    return None if answered_yes(analysis, end) else cue


def _clause_starts(analysis: Analysis, low: int, high: int) -> list[int]:
    """The first tokens of the clauses that tokens low..high stand in, in order (a clause at a
    time, not a token at a time)."""
    starts = []
    pos = low
    while pos <= high:
        start, stop = analysis.tokens.clause_range(pos)
        starts.append(start)
        pos = stop
    return starts


def in_doubt(analysis: Analysis, first: int, last: int) -> int | None:
    """The word that puts the candidate's own deed in doubt before it in its sentence ("WHETHER
    I responded promptly…, I'm not sure", "I wonder WHETHER I genuinely care"): a doubt word
    right before the candidate as subject (Undone.doubts), unless a modal after the subject
    asks leave ("whether I could offer her a refund", Undone.doubt_exits)."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    own = analysis.matcher.rules.own
    low = tokens.sentence_range(first)[0]
    places = word_places(analysis, "doubt", undone.doubts)  # (found once: `_applicable` asked)
    for pos in reversed(places[bisect_left(places, low):bisect_left(places, first)]):
        if pos + 1 < first and norms[pos + 1] in own:
            if pos + 2 <= last and norms[pos + 2] in undone.doubt_exits:
                return None
            return None if negated_between(analysis, pos, first) else pos
    return None


def answered_yes(analysis: Analysis, end: int) -> bool:
    """Does the sentence from `end` answer the question before it yes: opening with an answer
    of yes (Language.answer_affirmatives), or with the candidate as subject of a deed, past
    adverbs: a verb that stands for the one asked about or a past form ("I did, the next
    morning", "I always do", "I rang her"), with no negation in the sentence (not "I can't
    point to a single time", nor "I think about that a lot")?"""
    tokens = analysis.tokens
    norms = tokens.norms
    if end >= len(norms):
        return False
    lang = analysis.language
    if norms[end] in lang.answer_affirmatives:
        return True
    if norms[end] not in analysis.matcher.rules.own:
        return False
    stop = tokens.sentence_range(end)[1]
    verb = end + 1
    while verb < stop and adverbial(lang, norms[verb]):
        verb += 1
    if not lang.head_final and (verb == stop or not (
            norms[verb] in lang.pro_verbs or past_form(lang, norms[verb]))):
        return False  # (where verbs come last the candidate opening the answer is enough:
        # "నేను మరుసటి రోజే చేశాను", I did it the very next day)
    return not negated_between(analysis, end, stop)


# How many words of its own clause (or of the definer's) may stand between the word defined and
# its definer ("Consistency IN SERVICE JUST means…"), and how long an aside between them may be
# ("Empathy, AS OUR INDUCTION BOOKLET PUT IT, means…").
_TERM_GAP = 4
_ASIDE = 8


def defined(analysis: Analysis, match: PhraseMatch, criterion: str) -> tuple[str, int, int] | None:
    """The verb that defines the keyword of the match, or a keyword before it when the match is
    in its definition ("EMPATHY, as our booklet put it, MEANS feeling with someone…, which is
    not the same as SYMPATHY"; Undone.definers): what the word means, not a deed. Not a value
    ("means everything to me", Undone.definer_exits), nor the candidate's own practice ("for
    me means", "means I ring them back"). A match in the definition counts as defined only
    where the word defined is the same criterion's ("Good service is about following up" is a
    value the candidate holds)."""
    rules = analysis.matcher.rules
    starts = phrase_starts(analysis, "definer", rules.definers)
    if not starts or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric a definition is the answer: "X means the queues grow")
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    low, end = tokens.sentence_range(match.first)
    for start in starts:
        if not low <= start < end:
            continue
        stop = start + phrase_length(analysis, start, rules.definers)
        if not lang.undone.definer_exits.isdisjoint(norms[stop:stop + 2]):
            continue
        if match.last < start:
            term = _term(analysis, match.first, match.last, start)
        elif match.first >= stop and not _mine_between(analysis, stop, match.first):
            term = any(found.last < start and found.strength >= MATCH_THRESHOLD and
                       _term(analysis, found.first, found.last, start)
                       for phrase in analysis.candidates(criterion) if analysis.possible(phrase)
                       for found in analysis.find(phrase, negation=False) if found.first >= low)
        else:
            term = False
        if term:
            return tokens.span_text(start, stop - 1), start, stop - 1
    return None


def _term(analysis: Analysis, first: int, last: int, definer: int) -> bool:
    """Do tokens first..last stand as the word a definer at `definer` defines: opening their
    clause (after function words, or a word that opens it: "that", "what") and close before it,
    with nothing of the candidate's around them?"""
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    if lang.head_final:
        return last == definer - 1  # (the word defined right before: "సానుభూతి అంటే ఏమిటి")
    mine = united((lang.scene_self, analysis.matcher.rules.own))
    pos = first - 1
    marker = infinitive_marker(lang)
    while pos >= 0 and clauses[pos] == clauses[first] and norms[pos] not in lang.undone.definer_openers:
        if norms[pos] in mine or (norms[pos] not in lang.function_words and not (
                pos == first - 1 and pos > 0 and norms[pos - 1] == marker)):
            return False  # (but a verb after the infinitive's marker: "ATT GÅ utöver…")
        pos -= 1
    near = [k for k in range(last + 1, definer) if clauses[k] in (clauses[last], clauses[definer])]
    return len(near) <= _TERM_GAP and definer - last - 1 - len(near) <= _ASIDE and \
        all(norms[k] not in mine for k in near)


def _mine_between(analysis: Analysis, low: int, high: int) -> bool:
    """Does the candidate stand in the definition before the match (tokens low..high-1)? Then it
    says what they do ("means I ring them back"), no definition."""
    mine = united((analysis.language.scene_self, analysis.matcher.rules.own))
    return not mine.isdisjoint(analysis.tokens.norms[low:high])


def ironic(analysis: Analysis, first: int, last: int) -> int | None:
    """The hedge in the match's sentence that turns its claim to irony ("I was ever so
    courteous to him, IF YOU COUNT rolling my eyes as courtesy", "…, OM MAN RÄKNAR…";
    Undone.ironies): the candidate says they did not do it, and the hedge's own words are no
    claim either."""
    low, end = analysis.tokens.sentence_range(first)
    starts = phrase_starts(analysis, "irony", analysis.matcher.rules.ironies)
    return next((start for start in starts if low <= start < end and not first <= start <= last), None)


# The least a story after a boast's colon or dash must hold, in words, and the most words a
# clause of the boast alone may hold after the match's ("Snabb service, ABSOLUT – …").
_RETORT_WORDS = 3
_BOAST_CLAUSE = 3
_BREAKS = (":", "–", "—", " - ")


def mocked(analysis: Analysis, first: int, last: int) -> int | None:
    """A boast in the match's clause (or a short clause of its own right after it) that a colon
    or dash then answers with a story ("My follow-up was LEGENDARY: I phoned him back exactly
    never", "Min produktkunskap var IMPONERANDE: jag sålde…", "నా ప్రోడక్ట్ నాలెడ్జ్ అద్భుతం: …";
    Undone.mocks): a boast that needs its proof told after a break is mocking itself. Interview
    rubrics only."""
    starts = phrase_starts(analysis, "mock", analysis.matcher.rules.mocks)
    if not starts or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    clauses = tokens.clauses
    end = tokens.sentence_range(first)[1]
    for start in starts:
        if first <= start <= last or tokens.sentences[start] != tokens.sentences[first]:
            continue
        low, high = tokens.clause_range(start)
        if clauses[start] != clauses[first] and not (
                clauses[start] == clauses[last] + 1 and high - low <= _BOAST_CLAUSE):
            continue
        if end - high < _RETORT_WORDS:
            continue
        between = tokens.gap(high - 1)  # (spaces kept: a dash " - " is not a list's hyphen)
        if any(mark in between for mark in _BREAKS):
            return start
    return None


def belied(analysis: Analysis, first: int, last: int) -> int | None:
    """A misdeed (Undone.misdeeds) told after a colon or dash that follows the match in its
    sentence, or in a later clause a word of sequel opens (Undone.sequels: "…, THEN turned my
    back"): the story belies the claim before it ("I was perfectly courteous to him: I only
    ROLLED MY EYES when he turned his back", "Jag förklarade villkoren pedagogiskt: jag läste upp
    hela bilagan ORD FÖR ORD"). A claim the story backs up holds no misdeed ("I'm fast with stock
    checks: I'd been to the stockroom and back before she'd taken her trainers off"). Interview
    rubrics only."""
    starts = phrase_starts(analysis, "misdeed", analysis.matcher.rules.undone.misdeeds)
    if not starts or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    end = tokens.sentence_range(first)[1]
    misdeed = next((start for start in starts if last < start < end), None)
    if misdeed is None:
        return None
    sequels = analysis.language.undone.sequels
    pos = tokens.clause_range(last)[1]
    while pos <= misdeed:
        between = tokens.gap(pos - 1)
        if any(mark in between for mark in _BREAKS) or not sequels.isdisjoint(tokens.norms[pos:pos + 2]):
            return misdeed
        pos = tokens.clause_range(pos)[1]
    return None


def for_show(analysis: Analysis, first: int, last: int) -> int | None:
    """A motive said after the match that makes the deed for show ("I stayed polite with him,
    but ONLY BECAUSE my bonus was on the line", "…, men BARA FÖR ATT vi hade mystery shoppers";
    Undone.motives): in its clause or the next, with no negation before it in the sentence ("I
    don't cut corners just because…", "Ingen ska känna sig bortslängd bara för att…"). Interview
    rubrics only."""
    start = start_after(analysis, "motive", analysis.matcher.rules.motives, last)
    if start is None or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    if tokens.clauses[start] - tokens.clauses[last] > 1 or \
            negated_between(analysis, tokens.sentence_range(last)[0], start):
        return None  # (a deed denied, and its motive with it: "I don't cut corners JUST BECAUSE…")
    after = start + phrase_length(analysis, start, analysis.matcher.rules.motives)
    norms = tokens.norms
    if norms[after - 1] == infinitive_marker(analysis.language) and after < len(norms):
        rules = analysis.matcher.rules
        if not any(norms[after] in words for words in (
                rules.subjects, rules.determiners, rules.own, rules.delegates, rules.third_parties)):
            return None  # a purpose, not a motive: "…, BARA FÖR ATT vara säker"
    return start
