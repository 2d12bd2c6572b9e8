"""Phrases found as written (where each starts, once per answer and kind), and a habit of the
candidate's past turned by what they do now ("I USED TO go the extra mile, BUT NOW I stick to
my job description"): the habit is denied now. Language data drives it (Language.former_times,
present_turns). Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from .forms import adverbial, past_form, past_openers, read_as_name
from .keyed import phrase_starts
from .person_sets import compound_heads
from .persons import fronted_verb_subject
from .scenes import contrast_between

if TYPE_CHECKING:
    from .analysis import Analysis
    from .keyed import PhraseKeys


def outgrown(analysis: Analysis, first: int, last: int) -> int | None:
    """The first word of what the candidate does now, said after a habit of their past that
    tokens first..last stand in ("I USED TO be upfront with guests, BUT NOW I just say…",
    "FÖRR gjorde jag lite extra, MEN NU…", or opening the next sentence: "… NOWADAYS I…"). The
    past time stands in the match's clause or opens its sentence ("At first, I…"); a match
    after the turn is what they do now ("I used to be shy, but now I greet everyone")."""
    rules = analysis.matcher.rules
    turns = phrase_starts(analysis, "turn", rules.turns)
    if not turns:
        return None  # (most answers: none)
    formers = phrase_starts(analysis, "former", rules.formers)
    if not formers:
        return None
    tokens = analysis.tokens
    sentences = tokens.sentences
    at = bisect_right(turns, last)
    if at == len(turns):
        return None
    turn = turns[at]
    low = tokens.sentence_range(first)[0]
    if sentences[turn] != sentences[first] and (sentences[turn] != sentences[first] + 1
                                                or turn != tokens.sentence_range(turn)[0]):
        return None
    if at and low <= turns[at - 1] < first:
        low = turns[at - 1] + 1  # (the match is what they do now, after an earlier turn; not a
        # turn's word inside the match: "a week LATER to check")
    clause = tokens.clauses[first]
    opening = past_openers(analysis, low, first)
    for former in formers[bisect_left(formers, low):]:
        if former >= turn or sentences[former] != sentences[first]:
            break
        if tokens.clauses[former] == clause or former == opening:
            return turn
    return None


# How many words may stand before a topic frame in its sentence ("Honestly, IN FIVE YEARS…",
# "So um, MY WEAKNESS…"), and how many a question may hold for the next sentence to answer it
# ("Where do I see myself in five years? As a duty manager, resolving…").
_FRAME_LEAD = 3
_FRAME_QUESTION = 8


def framed(analysis: Analysis, first: int) -> int | None:
    """The first word of a frame that opens the match's sentence and makes all it says a
    weakness, a plan or a complaint ("MY GREATEST WEAKNESS is that I say sorry too much", "IN
    FIVE YEARS I want to be promoted quickly", "WHAT I DISLIKED was the follow-up emails";
    Language.topic_frames), or opens a short question the match's sentence answers ("My
    greatest weakness? I…"). A word of contrast between ends its reach ("My weakness is my
    handwriting, but I always follow up")."""
    starts = phrase_starts(analysis, "topic", analysis.matcher.rules.topics)
    if not starts:
        return None  # (most answers: none)
    tokens = analysis.tokens
    sentences, norms = tokens.sentences, tokens.norms
    sentence = sentences[first]
    contrasts = analysis.language.contrasts
    for start in starts[bisect_left(starts, tokens.sentence_range(first)[0] - _FRAME_QUESTION):
                        bisect_left(starts, first)]:
        if sentences[start] < sentence - 1:
            continue
        low, end = tokens.sentence_range(start)
        if start - low > _FRAME_LEAD:
            continue
        if sentences[start] != sentence:
            if end - low > _FRAME_QUESTION or not tokens.asks(end):
                continue
            start_of_answer = end
        else:
            start_of_answer = start
        if contrasts.isdisjoint(norms[start_of_answer:first]):
            return start
    return None


def others_deed(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """Someone else doing the deed of a match at tokens first..last, by the scene around it:
    the candidate only looking on, or watching them do it, or a person a fronted clause puts
    after the verb (bystanding, watched_doing, persons.fronted_verb_subject)."""
    return bystanding(analysis, first, last) or watched_doing(analysis, first, last) or \
        fronted_verb_subject(analysis, first, last)


def bystanding(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """The words in which the candidate says they only looked on, in the sentence of a match at
    tokens first..last that someone else's deed holds ("the cashier came round and said she
    understood how she felt, WHILE I WAS JUST WAITING in the queue"; Language.bystanders). Not
    when the candidate is a subject between the two ("… while I was waiting, I apologised"),
    nor past a word of contrast ("I was just standing there, but then I stepped in")."""
    return _looking_on(analysis, "bystander", analysis.matcher.rules.bystanders, first, last, True)


def told_in_media(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """The words that set the sentence of a match at tokens first..last in a film, a show or
    the news, before it ("IN THE DOCUMENTARY about Jamie Oliver, he's so passionate…", "I saw
    ON THE NEWS that…"; Language.media): the story's deed, with bystanding's guards."""
    return _looking_on(analysis, "media", analysis.matcher.rules.media, first, last, False)


@lru_cache(maxsize=8)
def _subject_words(own: frozenset[str], objects: frozenset[str]) -> frozenset[str]:
    """The candidate's words that are only ever a subject (own_subjects less their object
    forms), found once per language rather than on each call that looks for them."""
    return own - objects


def _looking_on(analysis: Analysis, kind: str, phrases: PhraseKeys, first: int, last: int,
                after: bool) -> tuple[str, int, int] | None:
    """bystanding for one kind of phrase (`after`: also one said after the match)."""
    starts = phrase_starts(analysis, kind, phrases)
    if not starts:
        return None  # (most answers: none)
    tokens = analysis.tokens
    low, high = tokens.sentence_range(first)
    norms, lang = tokens.norms, analysis.language
    mine = _subject_words(lang.own_subjects, lang.first_person_objects)
    for start in starts[bisect_left(starts, low):bisect_left(starts, high if after else first)]:
        end = start + max(len(words) for words in phrases[2]
                          if tuple(norms[start:start + len(words)]) == words)
        if start <= last and first < end:
            continue  # (the keyword's own words)
        between = (end, first) if end <= first else (last + 1, start)
        before = norms[end:first] if end <= first else norms[low:first]
        # (and the subject put after the keyword's verb: "… LÖSTE JAG problemet")
        if not contrast_between(analysis, *between) and mine.isdisjoint(before) and \
                mine.isdisjoint(norms[first:last + 2]):
            return " ".join(norms[start:end]), start, end - 1
    return None


# How many words may stand between a verb of seeing and the person seen ("watched A LUFTHANSA
# agent", "heard HOW THE nurse").
_SEEN_REACH = 4


def watched_doing(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """The person the candidate watched or heard doing the deed of a match at tokens
    first..last ("I WATCHED A RECEPTIONIST stay calm and professional…", "heard the nurse
    explain…", "såg hur receptionisten fick in alla inom en kvart"; Language.perception_verbs):
    the one seen is the deed's subject. Not when the candidate is a subject again on the way, nor
    a past verb coordinated back to them ("I saw my colleague struggling AND STEPPED in"), nor
    past a word of contrast; and only a colleague, a third party or a name, not a person served
    ("I noticed the guest was upset and apologised")."""
    lang = analysis.language
    verbs = lang.perception_verbs
    if not verbs or analysis.stem_of.keys().isdisjoint(verbs):
        return None  # (most answers: none)
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    if verbs.isdisjoint(norms[low:first]):
        return None
    seen = max(k for k in range(low, first) if norms[k] in verbs)
    person = _seen(analysis, seen, first)
    if person is None:
        return None
    mine = _subject_words(lang.own_subjects, lang.first_person_objects)
    if not mine.isdisjoint(norms[person + 1 : first]) or not mine.isdisjoint(norms[first : last + 2]) \
            or contrast_between(analysis, person + 1, first):
        return None
    if any(norms[k - 1] in lang.coordinators and past_form(lang, norms[k])
           for k in range(person + 2, first + 1)):
        return None  # (a past verb after "and" is the candidate's again)
    return " ".join(norms[seen : person + 1]), seen, person


def _seen(analysis: Analysis, seen: int, first: int) -> int | None:
    """The person word after a verb of seeing at `seen`, past its links and determiners and a
    describing word or two, before `first`: a colleague, a third party, a name or a compound
    ending in one; None if none stands there."""
    lang = analysis.language
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    heads = compound_heads(rules.third_parties, lang.colleagues) if lang.compounds else ()
    for pos in range(seen + 1, min(first, seen + 1 + _SEEN_REACH)):
        word = norms[pos]
        if word in rules.third_parties or word in lang.colleagues or read_as_name(analysis, pos) or (
                heads and word.endswith(heads)):
            return pos
        if word in lang.perception_links or word in rules.determiners:
            continue
        if word in rules.own or word in rules.subjects or word in lang.served_people or \
                word in lang.function_words or word in lang.subordinators or adverbial(lang, word):
            return None  # (not "märkte MAN direkt NÄR någon var stressad": the one served)
    return None
