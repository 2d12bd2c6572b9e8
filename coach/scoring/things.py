"""Keywords said of things, not of the service (coach.scoring.aside asks here): the thing beside
the keyword ("the flexible hose", "an options menu"), the thing it describes ("the machine's
reliable again"), or a thing doing what the keyword names ("Our CRM pops up a banner with the
customer's name"). Language.things drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, infinitive_marker, past_form, verb_by_next
from .person_sets import united
from .persons import opens_with_me
from .places import before_place, compound_thing, placed
from .quotes import quoted
from .thing_words import (
    automatic,
    done_by,
    had,
    machine_work,
    owned_lead,
    past_openers,
    says_for_us,
    thing_after,
    written,
)
from .voice import told_in_first_person

if TYPE_CHECKING:
    from collections.abc import Iterable

    from coach.lang import Language

    from .analysis import Analysis, PhraseMatch


def of_a_thing(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword said of a thing (Language.things), not of the service: the thing right after
    it ("the flexible hose", "an options menu", "the apology card") or as the subject it
    describes ("the machine's reliable again", "the app is really flexible")."""
    lang = analysis.language
    things = lang.things
    if not things:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if any(opens_with_me(analysis, k) for k in range(match.first, match.last + 1)) and \
            not quoted(analysis, match.first):
        return None  # the candidate acts in the match: "I know which devices…", "when her
        # sofa arrived I called to make sure it …" (not a quotation: the chatbot says "I'm sorry")
    clause = clauses[match.first]
    after = match.last + 1
    for at in (after, after + 1):  # "the flexible hose", "our flexible savings account"
        if norms[match.last] in lang.function_words and norms[match.last] not in lang.particles:
            break  # (a thing after "which" is what is known: "I know which devices need…"; a
            # particle is the phrase's own, "a follow-up survey")
        if at < len(norms) and clauses[at] == clause and norms[at] in things and all(
                norms[k] not in lang.function_words and norms[k] not in lang.stop_words
                for k in range(after, at)):
            return norms[at], match.first, at  # (not "explain EVERY bill": an object)
    pos = match.first - 1
    to = infinitive_marker(lang)
    while pos >= 0 and clauses[pos] == clause and (
            norms[pos] in lang.copulas or adverbial(lang, norms[pos])
            or norms[pos] in lang.linking_verbs or norms[pos] in lang.trait_words
            or norms[pos] in lang.comparatives
            or (norms[pos] in lang.degree_words and pos > 0 and (
                norms[pos - 1] in lang.copulas or adverbial(lang, norms[pos - 1])))
            or (norms[pos] == to and pos > 0 and norms[pos - 1] in lang.linking_verbs)
            or (norms[pos] in analysis.matcher.rules.determiners and pos + 1 == match.first
                and norms[pos] not in lang.thing_pronouns and told_in_first_person(analysis.matcher))):
        pos -= 1  # "… is really", "… stays", "… är väldigt", "… is meant to be", "… are more",
        # "the system's THE expert" (where answers speak as the candidate: on a knowledge
        # rubric "the router is the device that…" defines)
    if 0 <= pos < match.first - 1 or (0 <= pos == match.first - 1 and (
            norms[pos].endswith("'s") or not adverbial(lang, norms[match.first]))):
        placed_at = before_place(analysis, pos)
        if placed_at is not None:  # ("the printer at the library is so speedy")
            pos = placed_at
        word = norms[pos]
        if pos > 0 and (norms[pos - 1], word) in analysis.matcher.rules.third_party_phrases:
            return None  # a person named by a thing word: "our TOUR GUIDE was so patient"
        if clauses[pos] == clause and (word in things or word.removesuffix("'s") in things
                                       or (pos < match.first - 1 and compound_thing(analysis, word))
                                       or _subject_thing(analysis, pos)):
            # (a compound only as a described subject, "kaffemaskinen är pålitlig": right before
            # a verb-second keyword it ends a fronted phrase, "på diskmaskinen förklarar jag")
            return word, pos, match.last
    if norms[match.last] in things:
        hit = had(analysis, match)
        if hit is not None:
            return hit
    if not lang.place_endings and not lang.postposed_names:
        # The rules below but automatic find a thing (Language.things) in the keyword's
        # sentence, or a naming word (written): most sentences hold neither, and a cheap test
        # of their words says so. (A thing inside a word, place_endings, or one past the
        # sentence, postposed_names, is not seen by it.)
        low, end = analysis.tokens.sentence_range(match.first)
        sentence = norms[low:end]
        if things.isdisjoint(sentence) and lang.naming_words.isdisjoint(sentence) and \
                not _any_compound_thing(analysis, sentence):
            # (a compound's head is a thing too: "en KÖTELEFON som säger hur lång väntetiden är")
            # (with no thing in it, only "it" for a thing named before can act: "… it greets them")
            if lang.thing_pronouns.isdisjoint(sentence) or not told_in_first_person(analysis.matcher) \
                    or (analysis.stem_of.keys().isdisjoint(things)
                        and not _any_compound_thing(analysis, analysis.stem_of)):
                # (no thing in the answer, not even as a compound's head: "kundSYSTEM")
                return automatic(analysis, match)
            return _thing_acts(analysis, match) or automatic(analysis, match) or machine_work(analysis, match)
    return _thing_acts(analysis, match) or placed(analysis, match) or \
        automatic(analysis, match) or written(analysis, match) or thing_after(analysis, match) \
        or done_by(analysis, match) or machine_work(analysis, match)


def _any_compound_thing(analysis: Analysis, words: Iterable[str]) -> bool:
    """Is any of the words a compound whose head is a thing (places.compound_thing)? Asked of a
    whole sentence for every match, so a language without such heads answers at once."""
    return bool(analysis.matcher.rules.thing_heads) and any(compound_thing(analysis, w) for w in words)


def _thing_acts(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A thing doing what the keyword names: the thing opens the clause as its subject ("Our
    CRM pops up a banner with the customer's name") or has a relative clause that holds the
    keyword ("a screen that showed the estimated wait time", "a template that was meant to
    sound compassionate"), with no person between it and the keyword ("the app lets ME follow
    up" is the candidate's)."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, _end = tokens.clause_range(match.first)
    start = past_openers(analysis, low, match.first)
    # A thing that opens its clause as the subject has its determiner ("THE screen", "OUR CRM");
    # without one it is a verb: "… and note the anniversary in their guest profile". (Telugu,
    # with no articles and its verbs last, needs none.)
    determined = any(norms[k] in rules.determiners for k in range(low, start))
    for pos in range(match.first - 1, low - 1, -1):
        word = norms[pos]
        if word in rules.theirs or (word in rules.openers and norms[pos + 1] in rules.theirs) or (
                word in rules.own and pos > low and norms[pos - 1] in lang.place_links):
            continue  # a possessive is no doer: "the screen flashes up THEIR first name and
            # THEIR usual order" (after "and" a possessive goes on with the same object)
        if word in rules.openers and pos == match.first - 1 and any(
                norms[k] in rules.relatives for k in range(max(low, pos - 4), pos)):
            continue  # two describing words in one relative clause: "som var pålitlig och snabb"
        if word in rules.anyone_served and word not in rules.determiners and \
                norms[pos + 1] not in lang.function_words and norms[pos + 1] not in rules.anyone_served \
                and norms[pos + 1] not in lang.people_words:
            continue  # a quantifier of a thing, no person: "the app explains EACH feature"
        if word in rules.anyone_served and pos - 2 >= low and (
                norms[pos - 1] in lang.function_words or norms[pos - 1] in lang.stop_words) and \
                norms[pos - 2] not in lang.function_words and norms[pos - 2] not in rules.own and \
                norms[pos - 2] not in rules.anyone_served and norms[pos - 2] not in lang.things:
            continue  # the person as the object of the thing's verb: "the system sends EVERY
            # CUSTOMER a follow-up email"
        if word in rules.anyone_served and start < pos - 1 and (
                norms[pos + 1] in rules.anyone_served or _verb_before(analysis, pos, start)):
            continue  # … or right after it, past a quantifier: "the app greets (EACH) CUSTOMER
            # by their first name"
        if word in lang.coordinators and (
                _second_verb(analysis, pos + 1) or _verb_match(analysis, pos + 1, match)
                or _second_predicate(analysis, pos, match)):
            continue  # one subject's second verb: "the software tracks the scores AND SENDS a
            # follow-up email", or its second describing word, "appen är snabb OCH FLEXIBEL"
        if (word in rules.own and (word not in lang.own_objects
                                   or norms[pos + 1] == infinitive_marker(lang))) or \
                word in rules.anyone_served or word in rules.openers:
            # (past "and" a new statement may begin: "… and the problem resolved"; the candidate
            # as an object is no doer, "the system does the follow-up FOR US and…", unless an
            # infinitive makes them one: "the system reminds ME TO follow up"; a thing may say
            # the candidate's side's words: "a sign SAYING WE keep our word")
            return says_for_us(analysis, pos, low, match) if word in rules.own else None
        # The thing opens the clause, or a relative clause follows it within a few words ("a
        # template from head office that was meant to sound compassionate").
        opens = (pos <= start + 1 and (
            determined or bool(lang.own_person_endings) or _definite(lang, word))) or (
            determined and owned_lead(analysis, start, pos))  # (a language of articles)
        if (pos <= start or word in lang.thing_pronouns) and start < match.first and \
                _subject_thing(analysis, pos):
            # (or before start, with a verb between: Swedish "den" is a determiner too, "… en
            # app, DEN sköter uppföljningen", not "DEN uppföljningen gör jag")
            return word, pos, match.last  # "the loyalty app … so IT greets them personally"
        # (past a place: "a poster in the staff room THAT says…", "a sign on the door SAYING…")
        related = any(norms[k] in rules.relatives or norms[k] in lang.naming_words
                      for k in range(pos + 1, min(match.first, pos + _RELATED_REACH)))
        # (a compound with its relative clause too: "en elcykel som var superpålitlig")
        if (opens or related) and (word in lang.things or compound_thing(analysis, word)):
            if pos + 1 < match.first and norms[pos + 1] in lang.copulas and not (
                    pos + 2 < match.first and lang.progressive_endings
                    and norms[pos + 2].endswith(lang.progressive_endings)) and \
                    _passive(analysis, pos + 2, match.first):
                return None  # done to the thing: "the boiler was repaired" ("was having": it acts;
                # "is really quick and keeps people informed": it is so, then acts)
            return word, pos, match.last
    return None


def _verb_before(analysis: Analysis, pos: int, start: int) -> bool:
    """Is the word before pos, past `start`, a verb by its present or past ending (Language.
    present_endings, past_form), of no one, so that the person at pos is its object?"""
    lang = analysis.language
    word = analysis.tokens.norms[pos - 1]
    if word in lang.function_words or word in analysis.matcher.rules.anyone_served or word in lang.things:
        return False
    return (bool(lang.present_endings) and word.endswith(lang.present_endings)) or past_form(lang, word)


# How far after a thing the relative clause or the participle of saying that holds the keyword
# may begin ("a poster IN THE STAFF ROOM that says…").
_RELATED_REACH = 7


def _second_verb(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos, after a coordinator, a verb by what follows it (a determiner or one
    of Language.verb_followers: "and SENDS a", "and FOLLOWS up"), and no one's subject?"""
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    lang = analysis.language
    return norms[pos] not in lang.function_words and norms[pos] not in rules.anyone_served and \
        norms[pos] not in lang.things and verb_by_next(analysis, pos)


def _verb_match(analysis: Analysis, pos: int, match: PhraseMatch) -> bool:
    """Does the match start right after a coordinator at pos with a word that names no one, in
    a language whose subjects come first: the same subject's next verb ("the system is really
    quick AND KEEPS people informed")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    while pos < match.first and (adverbial(lang, norms[pos]) or norms[pos] in lang.stop_words):
        pos += 1  # (past adverbs: "and PRETTY MUCH knows every product for you")
    word = norms[pos]
    return pos == match.first and lang.subject_opens_statement and word not in lang.function_words \
        and word not in analysis.matcher.rules.anyone_served


def _second_predicate(analysis: Analysis, coordinator: int, match: PhraseMatch) -> bool:
    """Does the match follow a coordinator right after a describing word of a copula, in
    any word order: a second thing said of the same subject ("appen ÄR snabb OCH flexibel",
    "den är väldigt snabb och vänlig")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    if match.first != coordinator + 1 or coordinator < 2:
        return False
    pos = coordinator - 2  # (before the describing word, past adverbs)
    while pos >= 0 and adverbial(lang, norms[pos]):
        pos -= 1
    return pos >= 0 and norms[pos] in lang.copulas and \
        norms[coordinator - 1] not in lang.function_words


def _passive(analysis: Analysis, start: int, stop: int) -> bool:
    """After a form of "be": a past form before stop, past any adverbs ("was repaired", "was
    quickly fixed"), or nothing but the match (not "is really quick and …")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    pos = start
    while pos < stop and adverbial(lang, norms[pos]):
        pos += 1
    return pos >= stop or past_form(lang, norms[pos])


def _definite(lang: Language, word: str) -> bool:
    """Is the word a thing's definite form ("appen", "systemet"; Language.definite_endings)?"""
    return any(word.endswith(end) and word[: -len(end)] in lang.things for end in lang.definite_endings)


# How many words a thing subject may hold before its noun ("the online ordering SYSTEM").
_SUBJECT_WORDS = 3


def subject_thing(analysis: Analysis, low: int) -> tuple[str, int] | None:
    """The thing that opens the clause starting at token `low` as its subject, after any
    coordinator and determiner: a thing noun within a few words ("our booking app", "the
    online ordering system") or "it" for a thing named before. None for anything else."""
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    lang = analysis.language
    clause = analysis.tokens.clauses[low]
    pos = low
    while pos < len(norms) and analysis.tokens.clauses[pos] == clause and norms[pos] in rules.openers:
        pos += 1
    if pos >= len(norms) or analysis.tokens.clauses[pos] != clause:
        return None
    if _subject_thing(analysis, pos):
        return norms[pos], pos
    if norms[pos] not in rules.determiners:
        return None
    for at in range(pos + 1, min(len(norms), pos + 1 + _SUBJECT_WORDS)):
        word = norms[at]
        if analysis.tokens.clauses[at] != clause or word in rules.own or word in rules.anyone_served \
                or (word in lang.function_words and word not in rules.determiners):
            return None
        if word in lang.things or word.removesuffix("'s") in lang.things:
            return word, at
    return None


def _subject_thing(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a pronoun for a thing that opens its clause, after any coordinator or
    linker ("… and IT'S normally reliable"; not the object of "mark it solved")?"""
    if analysis.tokens.norms[pos] not in analysis.language.thing_pronouns or \
            not told_in_first_person(analysis.matcher):
        return False  # (on a knowledge rubric what "it" does is the answer: "it learns by
        # observing the incoming traffic"; bench/draft_saf.py measured it)
    norms = analysis.tokens.norms
    low = analysis.tokens.clause_range(pos)[0]
    openers = analysis.matcher.rules.openers
    # (or after a clause fronted with no comma, its verb right after it: "A week after a
    # complaint is closed IT TEXTS the customer a survey")
    opens = low == pos or norms[pos - 1] in openers or (
        pos + 1 < len(norms) and norms[pos + 1] not in analysis.language.function_words
        and verb_by_next(analysis, pos + 1))
    return opens and not _extraposed(analysis, pos) and _pronoun_thing(analysis, pos) is not None


# How many words after a pronoun's copula may stand before what it stands in for ("it was
# really great TO", "det är så kul NÄR").
_EXTRAPOSED_REACH = 4


def _extraposed(analysis: Analysis, pos: int) -> bool:
    """Is the pronoun at pos an empty subject (Language.empty_subjects), standing for a clause
    after its copula ("It was great TO solve it quickly", "Det är kul NÄR man löser något åt
    någon", "it's important THAT…") or before a verb that takes none ("det går snabbt"): no
    thing it stands for?"""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if norms[pos] not in lang.empty_subjects:
        return False
    at = pos + 1
    if at < len(norms) and norms[at] in lang.empty_subject_verbs:
        return True  # ("det går snabbt", "det finns")
    if "'" not in norms[pos]:  # ("it's", "it'd": the verb is in the word)
        if at >= len(norms) or norms[at] not in lang.copulas:
            return False
        at += 1
    links = united((lang.complementizers, lang.subordinators))
    marker = infinitive_marker(lang)
    for k in range(at, min(len(norms), at + _EXTRAPOSED_REACH)):
        if clauses[k] != clauses[pos]:
            return False
        if norms[k] == marker or norms[k] in links:
            return True
        if norms[k] in lang.function_words and not adverbial(lang, norms[k]):
            return False  # (what a thing is good at: "it's great AT making people welcome")
    return False


# How far back a pronoun's thing is looked for: its sentence and the one before.
_ANTECEDENT_SENTENCES = 2


def _pronoun_thing(analysis: Analysis, pos: int) -> str | None:
    """The thing a pronoun at pos stands for (Language.thing_pronouns): the nearest noun before
    it, in its sentence or the one before, that is a thing ("Our booking app is meant to text
    everyone and IT'S normally reliable": "it" is never a person); None when no thing is near
    ("The customer was upset. It was my fault."); _subject_thing has checked the pronoun."""
    lang = analysis.language
    norms = analysis.tokens.norms
    sentences = analysis.tokens.sentences
    back = pos - 1
    while back >= 0 and sentences[pos] - sentences[back] < _ANTECEDENT_SENTENCES:
        word = norms[back]
        if word in lang.things or compound_thing(analysis, word):
            return word
        back -= 1
    return None
