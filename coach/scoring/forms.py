"""What a word is by its form alone, in the language's terms: an adverb by its ending, a past
form, a passive participle, a name by its capital letter; and what stands before a clause's
subject without being one (a time, an adverb or a phrase put first, a fronted verb).
coach.scoring.roles and the judgement rules ask here. Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis


def adverb(lang: Language, word: str) -> bool:
    """Does the word end as the language's adverbs do ("quickly"; Language.adverb_endings)?"""
    return bool(lang.adverb_endings) and word.endswith(lang.adverb_endings)


def adverbial(lang: Language, word: str) -> bool:
    """An adverb by its ending, or one of the words that may stand between a subject or modal
    and its verb ("then", "still"; Language.modal_adverbs)?"""
    return word in lang.modal_adverbs or adverb(lang, word)


def past_form(lang: Language, word: str) -> bool:
    """A past form by its ending or as listed (Language.participle_endings, participles,
    past_endings, past_forms): a verb, read from the word alone (coach.scoring.shared too)."""
    return word in lang.participles or word in lang.past_forms or (
        bool(lang.participle_endings) and word.endswith(lang.participle_endings)) or (
        bool(lang.past_endings) and word.endswith(lang.past_endings))


def genitive_base(lang: Language, word: str) -> str | None:
    """The word without its genitive ending ("customer's" -> "customer", "kundens" -> "kunden";
    Language.genitive_endings), or None when it has none."""
    ending = next((e for e in lang.genitive_endings if word.endswith(e)), None)
    return None if ending is None else word[: -len(ending)]


def verb_form(lang: Language, word: str) -> bool:
    """A past form or a progressive ("asked", "helping"): a verb, read from the word alone."""
    return past_form(lang, word) or (
        bool(lang.progressive_endings) and word.endswith(lang.progressive_endings))


def infinitive_marker(lang: Language) -> str | None:
    """The word that marks an infinitive ("to" in "sent them to get a refund"; the last of
    Language.infinitive_subject), or None where the language lists none."""
    return lang.infinitive_subject[-1] if lang.infinitive_subject else None


def verb_by_next(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a verb by what follows it: a determiner or one of
    Language.verb_followers ("SENDS a", "gives YOU", "follows UP")?"""
    norms = analysis.tokens.norms
    return pos + 1 < len(norms) and (norms[pos + 1] in analysis.matcher.rules.determiners
                                     or norms[pos + 1] in analysis.language.verb_followers)


# The longest word whose ending alone does not make it a verb.
_SHORT_NAME = 3


def written_as_name(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos written as a name: a capital, then small letters only ("Dave"), and
    not a small word, an adverb or a verb form of the language ("Then", "Honestly", "Asked")?"""
    start, end = analysis.tokens.span(pos)
    text = analysis.tokens.text[start:end]
    word = analysis.tokens.norms[pos]
    lang = analysis.language
    # (a capital inside too: "SpongeBob", "MacGyver"; not "NHS")
    return len(text) > 1 and text[0].isupper() and (
        text[1:].islower() or (text[1].islower() and text.isalpha())) and \
        word not in lang.function_words and word not in lang.stop_words and \
        not adverbial(lang, word) and not (verb_form(lang, word) and (
            len(word) > _SHORT_NAME or word in lang.past_forms or word in lang.participles))
        # (a short word is a verb by its ending only if listed: "Ted" is a name, "Fed" a verb)


def read_as_name(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a name: written as one (written_as_name) in mid-sentence, or, where a
    capital comes anyway (a sentence's first word, one after a quotation mark or a colon: "Good
    service…", "Tre veckor senare…", "'Thank you for…'"), written as one in mid-sentence
    elsewhere in the answer ("… my colleague Tony. Tony explained")?"""
    if not written_as_name(analysis, pos):
        return False
    if not _capital_anyway(analysis, pos):
        return True
    norms = analysis.tokens.norms
    return any(norms[k] == norms[pos] and not _capital_anyway(analysis, k) and written_as_name(analysis, k)
               for k in range(len(norms)) if k != pos) or _acting_opener(analysis, pos)


# How many words a phrase of place after a name may hold before its verb ("Tom FROM THE
# WAREHOUSE rang").
_PLACE_WORDS = 4
# How many adverbs may stand between a name and its verb.
_NAME_ADVERBS = 2


def _acting_opener(analysis: Analysis, pos: int) -> bool:
    """Where the subject comes before its verb (Language.subject_opens_statement): is a word
    written as a name at a sentence's start followed by a verb form, directly or past a phrase
    of place ("Marco phoned her", "Tom from the warehouse rang round")? A common word there
    needs an article ("The manager rang"); in a verb-second language the first word may be a
    fronted adverbial ("Sedan ringde jag")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    word = norms[pos]
    # (a name is letters alone, and no word for anyone: not "You've made", "Someone listened")
    if not lang.subject_opens_statement or not word.isalpha() or word in lang.anyone_nouns or \
            word in lang.negation_cues or word in lang.group_members:
        return False  # (nor "Nobody walks in without…", "Everybody gets…")
    end = len(norms)
    if pos + 1 >= end or clauses[pos + 1] != clauses[pos]:
        return False
    after = pos + 1
    while after + 1 < end and after - pos <= _NAME_ADVERBS and clauses[after + 1] == clauses[pos] \
            and adverbial(lang, norms[after]):
        after += 1  # ("Rachel ALWAYS showed", "Priya REALLY QUICKLY rang")
    if verb_form(lang, norms[after]) or (
            lang.present_endings and norms[after].endswith(lang.present_endings)
            and (after > pos + 1 or verb_by_next(analysis, after))):
        return True  # ("Sherlock ALWAYS GETS to…", "Paddington SENDS A note")
    if norms[pos + 1] not in lang.life_prepositions:
        return False
    own = analysis.matcher.rules.own
    for at in range(pos + 2, min(end, pos + 2 + _PLACE_WORDS)):
        if clauses[at] != clauses[pos] or norms[at] in own:
            return False
        if verb_form(lang, norms[at]):
            return True
    return False


# What may stand before a word that is capitalised whatever it is.
_OPENING_MARKS = "\"'“‘«:;([-–—•*"


def _capital_anyway(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos open a sentence, a quotation or what follows a colon or a dash?"""
    tokens = analysis.tokens
    if pos == 0 or tokens.sentences[pos - 1] != tokens.sentences[pos]:
        return True
    before = tokens.text[: tokens.span(pos)[0]].rstrip()
    return not before or before[-1] in _OPENING_MARKS


def fronted_time(analysis: Analysis, last: int) -> bool:
    """Do the words of the clause up to `last` only say when, with a time word among them ("The
    next MORNING", "On MONDAY", "Two days LATER"; the language's daypart, weekday, time_unit and
    number classes, small words and adverbs): a time put first, which opens no statement?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    classes = lang.word_classes
    times = classes.get("daypart", frozenset()) | classes.get("weekday", frozenset()) | \
        classes.get("time_unit", frozenset())
    numbers = classes.get("number", frozenset())
    low = analysis.tokens.clause_range(last)[0]
    return any(norms[k] in times for k in range(low, last + 1)) and all(
        norms[k] in times or norms[k] in lang.stop_words or adverbial(lang, norms[k])
        or norms[k] in numbers or norms[k] in lang.time_order for k in range(low, last + 1))


def named_before_place(analysis: Analysis, pos: int, names: set[int]) -> int:
    """The name before a phrase of place that ends at pos ("Priya on the day desk", "Tom from
    the warehouse": a preposition, then small words and nouns, no verb), or pos itself."""
    lang = analysis.language
    norms = analysis.tokens.norms
    for at in range(pos, max(0, pos - 4), -1):
        word = norms[at]
        if word in lang.life_prepositions:
            return at - 1 if at - 1 in names else pos
        if verb_form(lang, word) or word in analysis.matcher.rules.own:
            return pos
    return pos


# How many words a phrase fronted before a subject may hold after its preposition ("at my last
# job", "in the shop on Saturday" is two phrases and not read).
_FRONTED_WORDS = 4


def past_openers(analysis: Analysis, pos: int, stop: int) -> int:
    """The first token from pos on, before stop, that is no coordinator or linker (the rules'
    openers): where a clause's own words begin ("AND SO the regulars…")."""
    norms, openers = analysis.tokens.norms, analysis.matcher.rules.openers
    while pos < stop and norms[pos] in openers:
        pos += 1
    return pos


def fronted_phrase(analysis: Analysis, end: int) -> bool:
    """Does a fronted phrase end at token `end`: its clause opens (after any coordinator) with one
    of Language.fronting_prepositions and a few words that name no one ("And AT MY LAST JOB my
    boss went above and beyond")?"""
    prepositions = analysis.language.fronting_prepositions
    if not prepositions:
        return False
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    start = past_openers(analysis, analysis.tokens.clause_range(end)[0], end)
    if norms[start] not in prepositions or not 0 < end - start <= _FRONTED_WORDS:
        return False
    return all(norms[k] not in rules.subjects and norms[k] not in rules.own
               and norms[k] not in prepositions for k in range(start + 1, end + 1))


def after_fronted_verb(analysis: Analysis, pos: int) -> bool:
    """In a verb-second language, is the word at pos a subject pronoun right after its clause's
    verb, with only adverbs before that since the clause or a coordinator opened ("Sen ordnade
    HON en tårta", "jag gav honom numret och sen fick HON lösa det")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    if not lang.inverted_subjects or norms[pos] not in lang.inverted_subjects or pos < 1 or \
            not past_form(lang, norms[pos - 1]):
        return False
    low = analysis.tokens.clause_range(pos)[0]
    k = pos - 2
    while k >= low and norms[k] not in lang.coordinators and adverbial(lang, norms[k]):
        k -= 1
    return k < low or norms[k] in lang.coordinators


def adverbs_first(analysis: Analysis, end: int) -> bool:
    """Are the words of the clause up to `end` adverbs alone ("Later", "Luckily", "Then
    eventually"): put first, they open nothing?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    return all(adverbial(lang, norms[k]) for k in range(analysis.tokens.clause_range(end)[0], end + 1))


def passive_match(analysis: Analysis, first: int) -> bool:
    """Does the match open with a past participle after a form of "be" or "get" ("they're TOLD
    the truth"; Language.passive_auxiliaries, participle_endings, participles)?"""
    lang = analysis.language
    if not lang.passive_auxiliaries:
        return False
    norms = analysis.tokens.norms
    word = norms[first]
    if not (word in lang.participles or (lang.participle_endings and word.endswith(lang.participle_endings))):
        return False
    pos = first - 1
    while pos >= 0 and adverbial(lang, norms[pos]):
        pos -= 1  # "they're always told"
    return pos >= 0 and norms[pos] in lang.passive_auxiliaries


# How many describing words a predicate noun may have ("a VERY CHEERFUL guy").
_PREDICATE_WORDS = 3


def predicate_noun(analysis: Analysis, pos: int) -> bool:
    """Is the noun at pos what its clause's subject is, after a copula, a determiner and up to
    three describing words ("Mario is A VERY CHEERFUL guy", "She was THE MOST COMPOSED person")?
    Then it names no one new."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    determiners = analysis.matcher.rules.determiners
    at = pos - 1
    while at >= 0 and pos - at <= _PREDICATE_WORDS and clauses[at] == clauses[pos] and \
            norms[at] not in determiners and norms[at] not in lang.copulas and \
            (adverbial(lang, norms[at]) or norms[at] not in lang.function_words):
        at -= 1
    if at < 0 or norms[at] not in determiners:
        return False
    return at > 0 and clauses[at - 1] == clauses[pos] and norms[at - 1] in lang.copulas


def hyphened(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos joined to the word before it by a hyphen ("solution-CENTRIC",
    "ice-CREAM")?"""
    tokens = analysis.tokens
    return tokens.gap(pos - 1) == "-"
