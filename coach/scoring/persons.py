"""Who a match's person is, by the pronouns around it (coach.scoring.roles asks here): the
candidate opening the match, joined to another person as one subject ("me and my manager"), or
an object pronoun that rules out a subject of the same person, a name inside the match, the
candidate's "I" matched as "she", or the candidate as the lesser side of a comparison ("more
flexible than I am"). Language data (coach.lang) drives every rule. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .forms import adverbial, past_form, read_as_name, verb_form
from .scenes import contrast_between
from .voice import first_person, told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words after a match's first an object pronoun may stand ("told HIM straight").
_OBJECT_REACH = 3


def opens_with_me(analysis: Analysis, first: int) -> bool:
    """Does the match open with the candidate as a subject ("Hon blev ledsen och JAG sa att
    jag förstod att det förstörde planerna")? Then no one before it is its subject."""
    word = analysis.tokens.norms[first]
    rules = analysis.matcher.rules
    return word in rules.own


def me_after_fronted_verb(analysis: Analysis, first: int) -> bool:
    """In a verb-second language, does the candidate stand right after the match's word, in its
    clause, as the subject of a fronted verb ("Sen LÖSTE JAG det själv", "…, så FRÅGAR JAG")?"""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    return bool(analysis.language.inverted_subjects) and first + 1 < len(norms) and \
        norms[first + 1] in analysis.matcher.rules.own and clauses[first + 1] == clauses[first]


def own_object(analysis: Analysis, subject: int, first: int) -> bool:
    """Does an object pronoun of the same person as the subject pronoun at `subject` follow the
    match's first word in its clause (Language.object_pronouns: "before HE'd booked his
    scaffold, and told HIM straight", "medan HON var kvar och ringde upp HENNE")? A subject is
    never its own object (that is "himself", "sig"), so that pronoun is not the match's
    subject."""
    lang = analysis.language
    objects = lang.object_pronouns
    if not objects:
        return False
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    group = next((g for g in lang.person_pronouns if norms[subject] in g), None)
    if group is None:
        return False
    ends = min(len(norms), first + 1 + _OBJECT_REACH)
    return any(norms[k] in objects and norms[k] in group and clauses[k] == clauses[first]
               for k in range(first, ends))


def own_verb_after(analysis: Analysis, first: int) -> bool:
    """In a language that marks the person on the verb, is the match's verb the candidate's:
    the first word from the match to the end of its clause with a person ending has one of
    Language.own_person_endings ("నేను వాళ్ళు చెప్పేది పూర్తిగా వింటా", I listen fully to what
    they say: వాళ్ళు is the subject of the clause inside)?"""
    lang = analysis.language
    mine = lang.own_person_endings
    if not mine:
        return False
    norms = analysis.tokens.norms
    endings = mine + lang.other_person_endings
    for pos in range(first, analysis.tokens.clause_range(first)[1]):
        ending = next((e for e in endings if norms[pos].endswith(e)), None)
        if ending is not None:
            return ending in mine
    return False


def joined_to_me(analysis: Analysis, start: int) -> bool:
    """Is the person opening at `start` joined to the candidate by a coordinator before them
    ("ME AND my manager", "jag och min chef"): a subject the candidate shares?"""
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    before = start - 1
    while before >= 0 and norms[before] in rules.determiners:
        before -= 1
    return before >= 1 and norms[before] in analysis.language.coordinators and norms[before - 1] in rules.own


def addressed(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person spoken to as the owner of the match, by a second-person possessive right
    before it ("Thanks for YOUR patience", "I appreciate YOUR flexibility";
    Language.addressee_possessives): the quality is theirs, not the candidate's. On an interview
    rubric: on a knowledge rubric "your" is anyone's ("your router forwards the packet")."""
    if first == 0:
        return None
    word = analysis.tokens.norms[first - 1]
    if word not in analysis.language.addressee_possessives or not first_person(analysis.matcher) or \
            analysis.tokens.clauses[first - 1] != analysis.tokens.clauses[first]:
        return None
    return f"{word} {analysis.tokens.norms[first]}", first - 1, first


# How many words may stand between "he" or "she" and a match whose verb they are the subject
# of ("she PHONED HIM A week later", "She WENT SO FAR above and beyond").
_AGENT_REACH = 4


def pronoun_agent(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """"He" or "she" as the subject of the verb before a match in its clause ("she phoned him a
    week later to make sure", "She went so far above and beyond"; Language.agreeing_subjects):
    someone else's deed, whoever they stand for. Not a verb of being, receiving, feeling or
    knowing ("he HAD his tablets within fifteen minutes", "she GOT a refund", "so she KNEW what
    to expect"): that tells the service the person got."""
    lang = analysis.language
    pronouns = lang.agreeing_subjects
    tokens = analysis.tokens
    norms = tokens.norms
    low = max(tokens.clause_range(first)[0], first - _AGENT_REACH - 1)
    if not pronouns or pronouns.isdisjoint(norms[low:first]):
        return None  # (most matches)
    rules = analysis.matcher.rules
    for pos in range(first - 1, low - 1, -1):
        word = norms[pos]
        if word in rules.own or word in lang.coordinators or word in lang.subordinators:
            return None  # (the candidate nearer: "she said I went above and beyond")
        if word in pronouns:
            verb = pos + 1
            while verb < first and adverbial(lang, norms[verb]):
                verb += 1
            said = norms[verb]
            if verb == first or said in lang.copulas or said in lang.receipt_verbs or \
                    said in lang.receiving_verbs or said in lang.perfect_receipts[0] or \
                    analysis.stem_of.get(said, said) in rules.mental or \
                    (pos > 0 and norms[pos - 1] in lang.scope_breakers):
                return None  # (… or a result: "SO she knew what to expect")
            return tokens.span_text(pos, pos), pos, first
    return None


def other_possessor(analysis: Analysis, match: PhraseMatch,
                    words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A phrase that names the candidate's own ("never raise MY voice", "keep MY cool") matched
    with someone else's in that place ("he'd never raise HIS voice", "she kept HER cool"), or the
    candidate's "I" as "she" or "they": their deed, not the candidate's. `words`: the matched
    phrase's words."""
    rules = analysis.matcher.rules
    norms = analysis.tokens.norms
    lang = analysis.language
    mine = lang.scene_mine  # (the possessive: "tell ME exactly what" is an object)
    said = norms[match.first : match.last + 1]
    if len(words) == len(said):
        for word, there in zip(words, said, strict=True):
            if word in lang.own_subjects and word not in lang.own_objects and there in lang.third_person \
                    and there != word:
                return there, match.first, match.last  # the candidate's "I" said as "she" ("hon
                # sa att HON förstod" for "sa att jag förstod"): her deed
    if mine.isdisjoint(words) or not mine.isdisjoint(said):
        return None  # (most phrases name no one's; or the candidate's own is there)
    for pos in range(match.first, match.last):
        # (someone else's before a word of the phrase, where its "my" stood: "kept HER cool")
        if norms[pos] in rules.theirs and norms[pos + 1] not in analysis.language.function_words:
            return norms[pos], match.first, match.last
    return None


def inner_subject(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A name inside a match that spans it, right before one of the match's own words, in a
    rubric that asks what the candidate did: "The next morning Priya rang his room" matches
    "{contact} the next {daypart}" around Priya, who did it."""
    if match.last - match.first < 2 or not told_in_first_person(analysis.matcher):
        return None
    norms = analysis.tokens.norms
    own = analysis.matcher.rules.own
    for pos in range(match.first + 1, match.last):
        if norms[pos] in own:
            return None
        if read_as_name(analysis, pos) and verb_form(analysis.language, norms[pos + 1]):
            return norms[pos], pos, pos  # (not the object: "I rang Mrs Khan on the Friday")
    return None


def fronted_verb_subject(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """In a verb-second language, a person right after a past verb that a fronted phrase or
    clause puts before its subject ("Efter min knäoperation RINGDE SJUKHUSET veckan efter…",
    "När jag ringde min bank FÖRKLARADE HANDLÄGGAREN allt steg för steg"): the subject of that
    verb and of the match after it. Only in a sentence that opens with a subordinator or an
    adverb, and not for a verb after its subject or a coordinator ("När JAG RINGDE kunden…",
    "… OCH GAV kunden en rabatt"); not past the candidate or a word of contrast ("Sen ringde
    kunden och JAG förklarade…")."""
    lang = analysis.language
    if not lang.inverted_subjects:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low = tokens.sentence_range(first)[0]
    if not (norms[low] in lang.subordinators or adverbial(lang, norms[low])):
        return None
    for verb in range(low + 1, min(first + 1, len(norms) - 1)):
        word, before, person = norms[verb], norms[verb - 1], norms[verb + 1]
        if not past_form(lang, word) or before in rules.subjects or before in rules.own or \
                before in lang.coordinators or not _person_word(analysis, person) or (
                    _person_word(analysis, before) and not _object_of_verb(analysis, verb - 1)):
            continue  # (a person after a verb is its object: "När jag ringde MIN BANK förklarade…")
        if contrast_between(analysis, verb + 2, first) or \
                any(norms[k] in rules.own for k in range(verb + 2, min(last + 2, len(norms)))):
            return None
        return f"{word} {person}", verb, verb + 1
    return None


def _object_of_verb(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos follow a past verb, directly or past a determiner ("ringde MIN
    bank"): that verb's object, not a subject?"""
    norms = analysis.tokens.norms
    before = pos - 1
    if before >= 0 and norms[before] in analysis.matcher.rules.determiners:
        before -= 1
    return before >= 0 and past_form(analysis.language, norms[before])


def _person_word(analysis: Analysis, word: str) -> bool:
    """Is the word someone other than the candidate: a third party, a colleague, someone at
    another firm or a person served?"""
    rules = analysis.matcher.rules
    return word in rules.third_parties or word in rules.served_or_colleagues or \
        word in analysis.language.work_others


def outdone(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The candidate as the lesser side of a comparison in the keyword's clause ("Suresh is far
    more reliable than me", "నాకంటే అతను చాలా రిలయబుల్"; Language.below_me), with no word of the
    candidate's outside it: someone else's quality, not theirs ("I'm as patient as anyone"
    names no one below; "I'm more patient now than I was" names the candidate)."""
    lang = analysis.language
    if analysis.stem_of.keys().isdisjoint(_comparison_words(lang.below_me, lang.scene_mine)):
        return None  # (most answers compare no one with the candidate)
    tokens = analysis.tokens
    hit = analysis.context_in_clause("@below", tokens.clauses[first])
    if hit is None:
        return None
    low, end = tokens.clause_range(first)
    norms = tokens.norms
    own = analysis.matcher.rules.own
    endings = lang.own_person_endings or ("\0",)
    if any((norms[k] in own or norms[k].endswith(endings)) and not hit[1] <= k <= hit[2]
           for k in range(low, end)):
        return None
    return hit


@lru_cache(maxsize=8)
def _comparison_words(phrases: tuple[str, ...], mine: frozenset[str]) -> frozenset[str]:
    """The word of comparison each of Language.below_me's phrases holds, as written ("than",
    "än", "నాకంటే", "కంటే"): its first word, or the next after the candidate's possessive
    (`mine`: "నా కంటే")."""
    words = [phrase.split() for phrase in phrases]
    return frozenset(parts[1] if len(parts) > 1 and parts[0] in mine else parts[0]
                     for parts in words if parts)
