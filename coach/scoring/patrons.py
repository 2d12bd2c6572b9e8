"""The candidate as a customer, named by a relative clause about a place that serves the
public: "the barber I go to", "the hotel we booked", "frisören jag går till", Telugu "మేము
దిగిన హోటల్" (the hotel we stayed at). Such a clause frames what the place does, there and in
the sentences after it, as service the candidate got, like the fixed customer frames
(Language.customer_frames; coach.scoring.scenes.customer_scene). Language data
(Language.patron_verbs, service_places) drives it. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .forms import adverbial, genitive_base
from .keyed import phrase_length, phrase_starts

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words may stand between the candidate and the verb: adverbs or auxiliaries in
# English and Swedish ("the café I USUALLY go to"), an object too where the verb comes last
# (Telugu "నేను కోచింగ్ తీసుకున్న").
_REACH = 2
# How many words a place may take after the verb's participle in a language whose relative
# clauses come before their noun ("మేము వాడే ఆన్‌లైన్ షాపింగ్ యాప్", the online shopping app
# we use).
_PLACE_REACH = 3
# The shortest service place read as a compound's head ("cykelBUTIKEN"), so that short words
# do not end unrelated ones.
_HEAD_MIN = 5


def with_patron_frames(analysis: Analysis, hits: list[tuple[str, int, int]], low: int = 0,
                       high: int | None = None) -> list[tuple[str, int, int]]:
    """The customer frames `hits` found in sentences low..high (all by default) with the patron
    frames of those sentences, in text order."""
    sentences = analysis.tokens.sentences
    frames = [hit for hit in patron_frames(analysis)
              if low <= sentences[hit[1]] and (high is None or sentences[hit[1]] <= high)]
    return sorted(hits + frames, key=lambda hit: hit[1]) if frames else hits


def patron_frames(analysis: Analysis) -> list[tuple[str, int, int]]:
    """Each relative clause in the answer with the candidate as its subject, a verb of being a
    customer (Language.patron_verbs) and a place that serves the public (service_places) as
    its noun, as (text, first, last); found once an answer (asked a sentence at a time)."""
    if analysis.patrons is None:
        analysis.patrons = _patron_frames(analysis)
    return analysis.patrons


def _patron_frames(analysis: Analysis) -> list[tuple[str, int, int]]:
    """patron_frames, found."""
    lang = analysis.language
    verbs, places = lang.patron_verbs, lang.service_places
    if not verbs or not places or analysis.stem_of.keys().isdisjoint(verbs):
        return []  # (most answers: no verb of being a customer)
    tokens = analysis.tokens
    norms, sentences, clauses = tokens.norms, tokens.sentences, tokens.clauses
    rules = analysis.matcher.rules
    subjects = lang.own_subjects - lang.own_objects
    place_first = lang.head_final  # (Telugu: the clause comes before its noun)
    hits: list[tuple[str, int, int]] = []
    for verb, word in enumerate(norms):
        if word not in verbs or (verb + 1 < len(norms) and f"{word} {norms[verb + 1]}" in lang.former_times):
            continue  # (not a past habit: "the bank I USED TO work at"; Language.former_times)
        subject = verb - 1
        while subject >= 0 and verb - subject <= _REACH and norms[subject] not in subjects and (
                place_first or adverbial(lang, norms[subject])):
            subject -= 1
        if subject < 0 or norms[subject] not in subjects or sentences[subject] != sentences[verb]:
            continue
        if place_first:
            place = next((k for k in range(verb + 1, min(len(norms), verb + 1 + _PLACE_REACH))
                          if _service_place(analysis, norms[k]) and sentences[k] == sentences[verb]), None)
            if place is not None:
                hits.append((tokens.span_text(subject, place), subject, place))
            continue
        visited = _visited(analysis, subject, verb)
        if visited is not None:
            hits.append((tokens.span_text(visited[0], visited[1]), *visited))
            continue
        noun = subject - 1
        where = noun >= 0 and norms[noun] in lang.relative_adverbs
        if noun >= 0 and (norms[noun] in rules.relatives or where or norms[noun] in lang.relative_pronouns):
            noun -= 1  # ("the gym WHERE I train", "butiken DÄR jag köpte")
        if noun >= 0 and clauses[noun] == clauses[verb] and _service_place(analysis, norms[noun]) and \
                (where or not _has_object(analysis, verb)):
            hits.append((tokens.span_text(noun, verb), noun, verb))
    return hits


# How many words (prepositions, determiners, describing words) may stand between the verb and
# the place the candidate visits ("when I rang MY DOCTOR'S surgery", "when we went TO THE
# LITTLE café").
_VISIT_REACH = 4


def _visited(analysis: Analysis, subject: int, verb: int) -> tuple[int, int] | None:
    """A subordinate clause of the candidate visiting a place that serves the public ("WHENEVER
    I RING my doctor's SURGERY", "när jag handlar på apoteket"): its first and last token, or
    None."""
    lang = analysis.language
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    opener = subject - 1
    if opener < 0 or norms[opener] not in lang.subordinators or clauses[opener] != clauses[verb]:
        return None
    for at in range(verb + 1, min(len(norms), verb + 1 + _VISIT_REACH)):
        if clauses[at] != clauses[verb] or norms[at] in analysis.matcher.rules.anyone_served:
            return None
        if _service_place(analysis, norms[at]):
            return opener, at
    return None


def _has_object(analysis: Analysis, verb: int) -> bool:
    """Does the verb at `verb` have an object of its own, so that the place before the candidate
    is a fronted place, not the noun of a relative clause ("At the contact centre I RING
    RESIDENTS a week later"; not "the barber I go to GIVES me…", "the hotel we booked FOR OUR
    anniversary")? A determiner, an article or a person served right after it says so."""
    lang = analysis.language
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    at = verb + 1
    return at < len(norms) and analysis.tokens.clauses[at] == analysis.tokens.clauses[verb] and (
        norms[at] in rules.determiners or norms[at] in lang.articles or norms[at] in rules.anyone_served)


def _service_place(analysis: Analysis, word: str) -> bool:
    """A place or firm that serves the public (Language.service_places), with its possessive
    ("the dentist'S"), as a compound's head where the language compounds ("cykelbutiken"),
    or with a case ending where its noun comes last (Telugu "హోటల్‌లో")."""
    lang = analysis.language
    places = lang.service_places
    if word in places or word.removesuffix("'s") in places:
        return True
    if lang.compounds:
        return any(word.endswith(place) and len(word) > len(place) + 2
                   for place in places if len(place) >= _HEAD_MIN)
    if lang.head_final:
        return any(word.startswith(place) for place in places)
    return False


def wished_for(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A wish to work somewhere or a dream (Language.wish_frames) before the keyword in its
    sentence, with no subject of the candidate's between ("I want to work for a company that
    takes response times seriously", "Jag vill jobba någonstans där ingen kund ska behöva
    vänta"), or after it in a head-final language (Telugu "నిజాయితీకి విలువ ఇచ్చే కంపెనీలో పని
    చేయాలని", "… బతకాలని నా కల"): what is wished for, not the candidate's deed."""
    wishes = analysis.matcher.rules.wishes
    starts = phrase_starts(analysis, "wish", wishes)
    if not starts:
        return None  # (most answers hold no wish)
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.sentence_range(match.first)
    subjects = lang.own_subjects - lang.own_objects
    after = lang.head_final
    for first in starts[bisect_left(starts, low):bisect_left(starts, high)]:
        last = first + phrase_length(analysis, first, wishes) - 1
        between = range(match.last + 1, first) if after else range(last + 1, match.first)
        if (last > match.last if after else last < match.first) and \
                not any(norms[k] in subjects for k in between):
            wish = " ".join(norms[first:last + 1])
            return (wish, match.first, last) if after else (wish, first, match.last)
    return None


# How many words the fronted place may take after its owner ("at my cousin's DENTAL PRACTICE").
_OWNER_REACH = 4


def others_place(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A sentence set at the workplace of someone from the candidate's life, by a fronted place
    with their possessive ("AT MY COUSIN'S dental practice, emergency patients are always seen
    immediately", "PÅ MIN BRORS jobb besvaras alla mejl inom en timme"; Language.life_prepositions,
    genitive_endings on the third parties): what happens there is theirs, unless the candidate
    is a subject after it."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(match.first)[0]
    if norms[low] not in lang.life_prepositions or not lang.genitive_endings:
        return None
    rules = analysis.matcher.rules
    owner = next((k for k in range(low + 1, min(match.first, low + 3))
                  if (base := genitive_base(lang, norms[k])) is not None and base in rules.third_parties
                  and base not in rules.skip), None)
    if owner is None or any(norms[k] in lang.function_words and norms[k] not in rules.determiners
                            for k in range(low + 1, owner)):
        return None
    subjects = lang.own_subjects - lang.own_objects
    if any(norms[k] in subjects for k in range(owner + 1, match.first)):
        return None  # (the candidate there: "At my dad's garage I always…")
    end = min(match.first - 1, owner + _OWNER_REACH, tokens.clause_range(low)[1] - 1)
    return tokens.span_text(low, owner), low, end

