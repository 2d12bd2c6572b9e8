"""Whose a keyword is, when not the candidate's (coach.scoring.aside asks here): a colleague's
or another's possessive ("the technician's follow-up", "Her explanation calmed him"), what came
from someone at work ("an apology letter from the general manager"), the noun a relative
clause is about ("a colleague who knew the products"), and the candidate as the one served
("my provider left me on hold"). Language data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import (
    adverbial,
    genitive_base,
    past_form,
    read_as_name,
    written_as_name,
)
from .roles import opens_clause
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def relative_subject(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A keyword in a relative clause about someone else: "I found a colleague who knew the
    products", "they're the ones who make exceptions", "en kollega som var otroligt pålitlig",
    "I rang my manager who followed up with the supplier" (Language.relative_pronouns right
    before it, past small words and adverbs). The noun before the pronoun is its subject: a
    person from work, the candidate's life or someone served, or a noun for anyone ("ones",
    "someone") in a clause the candidate does not open ("I'm someone who goes the extra mile"
    is theirs)."""
    lang = analysis.language
    pronouns = lang.relative_pronouns
    if analysis.stem_of.keys().isdisjoint(pronouns):  # (a view tries the smaller side)
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if pronouns.isdisjoint(norms[max(0, first - 4) : first]):
        return None  # (the pronoun is looked for at most four words back: see the loop below)
    rules = analysis.matcher.rules
    clause = clauses[first]
    pos = first - 1
    while pos >= 0 and first - pos <= 3 and clauses[pos] == clause and norms[pos] not in pronouns \
            and norms[pos] not in rules.subjects:
        pos -= 1  # "who would always", "som var otroligt" (not "who told me to")
    if pos < 1 or norms[pos] not in pronouns:
        return None
    people = rules.anyone_served | rules.third_parties | lang.colleagues
    if clauses[pos - 1] != clauses[pos]:
        # After its comma the clause is about the person named just before, past a name: "My
        # colleague Leah, who's normally really reliable, mixed the wrong toner" (not the person
        # served: "a couple, who got a free upgrade" tells what the candidate gave).
        others = people - rules.anyone_served
        for back in range(pos - 1, max(-1, pos - 3), -1):
            if norms[back] in others and norms[back] not in lang.anyone_nouns:
                return f"{norms[back]} {norms[pos]}", back, pos
        if written_as_name(analysis, pos - 1) and norms[pos - 1] not in rules.own:
            return f"{norms[pos - 1]} {norms[pos]}", pos - 1, pos  # "I fetched Tony, who knew…"
        return None
    noun = norms[pos - 1]
    if noun in people and noun not in lang.anyone_nouns:
        return f"{noun} {norms[pos]}", pos - 1, pos
    if pos > 1 and written_as_name(analysis, pos - 1) and norms[pos - 2] in people - rules.anyone_served:
        # a name after who they are: "min kollega Sara SOM gjorde det där extra"
        return f"{norms[pos - 2]} {noun} {norms[pos]}", pos - 2, pos
    if noun not in lang.anyone_nouns:
        return None
    low = analysis.tokens.clause_range(pos)[0]
    if any(norms[k] in rules.own for k in range(low, pos - 1)):
        return None  # "I'm someone who…", "we're a team who…"
    return f"{noun} {norms[pos]}", pos - 1, pos


def served_me(analysis: Analysis, match: PhraseMatch,
              words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """The candidate as the one served: their object word inside the match ("my broadband
    provider left me on hold", "nobody rang me back") or after a manner word with its
    preposition ("the receptionist was so patient and upfront with us"), or before the keyword
    with it ("my bank treated me with real dignity"; Language.own_objects,
    manner_prepositions): someone else's service to them, not theirs. Not where the phrase
    holds the word itself ("makes me want to get out of bed", "läsa in mig på")."""
    lang = analysis.language
    objects = lang.own_objects
    if analysis.stem_of.keys().isdisjoint(objects) or not objects.isdisjoint(words):
        return None
    norms = analysis.tokens.norms
    contacted = _contacted_me(analysis, match.first, match.last)
    if contacted is not None:
        return contacted
    for at in range(max(1, match.first - 2), match.first):
        # "my bank treated ME WITH real dignity", "banken behandlade MIG MED stor respekt"
        if norms[at] in lang.manner_prepositions and norms[at - 1] in objects and \
                analysis.tokens.clauses[at - 1] == analysis.tokens.clauses[match.first]:
            return norms[at - 1], at - 1, match.last
    if objects.isdisjoint(norms[match.first + 1 : match.last + 5]):
        return None  # (both places below lie inside the match or at most four words after it)
    for k in range(match.first + 1, match.last):
        if norms[k] in objects:
            return norms[k], match.first, match.last
    if match.first == match.last and norms[match.last + 1] in objects and \
            past_form(lang, norms[match.last]):
        return norms[match.last + 1], match.first, match.last + 1  # a deed done to the
        # candidate, its object right after it: "she even UPGRADED US when it was ready"
    clauses = analysis.tokens.clauses
    for pos in range(match.last + 1, min(len(norms) - 1, match.last + 4)):
        # "patient with us", "patient and upfront with us"
        if clauses[pos + 1] != clauses[match.last] or norms[pos] in objects:
            break
        if norms[pos] in lang.manner_prepositions:
            if norms[pos + 1] in objects:
                return norms[pos + 1], match.first, pos + 1
            break
    return None


def received(analysis: Analysis, match: PhraseMatch, words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A one-word keyword made a passive participle with the candidate as its subject ("I feel
    RESPECTED", "we were listened to"; Language.passive_auxiliaries, receiving_verbs): done to
    them, not by them. Only where the keyword is not a participle itself ("I was organised")."""
    lang = analysis.language
    if match.first != match.last or not lang.passive_auxiliaries:
        return None
    norms = analysis.tokens.norms
    word = norms[match.first]
    if word in words or not (word in lang.participles or word.endswith(lang.participle_endings or ("\0",))):
        return None
    pos = match.first - 1
    while pos >= 0 and adverbial(lang, norms[pos]):
        pos -= 1  # ("I always felt respected")
    if pos < 0 or not (norms[pos] in lang.passive_auxiliaries or norms[pos] in lang.receiving_verbs):
        return None
    if norms[pos] not in lang.own_subjects:  # ("I'm" is both)
        pos -= 1
        while pos >= 0 and adverbial(lang, norms[pos]):
            pos -= 1
    if pos < 0 or norms[pos] not in lang.own_subjects:
        return None
    return " ".join(norms[pos : match.first + 1]), pos, match.first


# How many words before a keyword "rang me" may stand ("rang me A WEEK LATER TO check it was").
_CONTACT_REACH = 7


def _contacted_me(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """Someone getting in touch with the candidate a few words before the keyword or inside it,
    in its clause ("a guy called Rob … rang ME a week later to check", "got an engineer out the
    next morning and rang ME"): the candidate was followed up, not the one following up (the
    language's "contact" word class, then one of Language.own_objects)."""
    lang = analysis.language
    contact = lang.word_classes.get("contact")
    if not contact or analysis.stem_of.keys().isdisjoint(contact):
        return None  # (most answers hold no contact verb)
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    own = analysis.matcher.rules.own
    for pos in range(min(last, len(norms) - 2), max(-1, first - _CONTACT_REACH - 1), -1):
        if clauses[pos] != clauses[first]:
            return None
        if norms[pos] in contact and norms[pos + 1] in lang.own_objects and \
                clauses[pos + 1] == clauses[pos]:
            return f"{norms[pos]} {norms[pos + 1]}", pos, pos + 1
        if pos < first and norms[pos] in own and norms[pos] not in lang.own_objects:
            return None  # (the candidate as the subject: "I rang her")
    return None


def possessed(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """A keyword owned by a colleague or someone else at work or in the candidate's life, as
    a possessive right before it: "the technician's follow-up visit", "my manager's apology",
    "kollegans uppföljning" (Language.genitive_endings on colleagues, work_others,
    third_parties), or another's possessive pronoun opening the clause ("Her explanation
    calmed him down"). Not the person served's: "the customer's expectations" are what the
    candidate exceeds."""
    if first == 0:
        return None
    tokens = analysis.tokens
    if tokens.clauses[first - 1] != tokens.clauses[first]:
        return None
    before = tokens.norms[first - 1]
    rules = analysis.matcher.rules
    if genitive_base(analysis.language, before) in rules.possessors:
        return before, first - 1, first - 1  # ("the TECHNICIAN'S follow-up", "CHEFENS ursäkt")
    # Another's possessive opening the clause names whose the keyword is: "Her explanation
    # usually calms the guest down", "His follow-up was a week late" (after an object verb the
    # possessive is the person served's: "I met her expectations"). Only a keyword of one or
    # two words, not a phrase that goes on to its verb: "Their expectations were exceeded",
    # "His frustration I could understand", Telugu వాళ్ళ బాధను అర్థం చేసుకున్నాను (a language
    # that marks the person on its verbs puts the verb in the phrase).
    if before in rules.theirs and last - first <= 1 and not analysis.language.own_person_endings \
            and opens_clause(analysis, first - 1):
        return before, first - 1, first - 1
    return None


def described_person(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A one-word keyword that describes the person named right after it, after an article or
    a possessive ("I'm lucky to have A really FLEXIBLE MANAGER", "en väldigt flexibel chef",
    "a patient customer"): their quality, not the candidate's. Not a self-description ("I'm a
    reliable colleague": a copula before the article), nor a word for anyone ("a patient
    person")."""
    if match.first != match.last or match.last + 1 >= len(analysis.tokens):
        return None
    lang = analysis.language
    rules = analysis.matcher.rules
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    noun = norms[match.last + 1]
    if clauses[match.last + 1] != clauses[match.first] or noun in lang.anyone_nouns or not (
            noun in lang.colleagues or noun in rules.third_parties or noun in lang.people_words):
        return None
    pos = match.first - 1
    while pos >= 0 and clauses[pos] == clauses[match.first] and adverbial(lang, norms[pos]):
        pos -= 1
    if pos < 0 or clauses[pos] != clauses[match.first] or norms[pos] not in rules.determiners or \
            norms[pos] in lang.first_person_objects or (pos > 0 and norms[pos - 1] in lang.copulas):
        return None
    return noun, match.first, match.last + 1


def sent_by(analysis: Analysis, last: int) -> tuple[str, int, int] | None:
    """A keyword that came from a colleague or someone else at work: "from" and them right
    after it, past small words ("a printed apology letter from the general manager", "an
    explanation from head office"; Language.source_prepositions, colleagues, work_others). Not
    "a different welcome from someone walking in" or "bad news from anyone but me"."""
    sources = analysis.language.source_prepositions
    if not sources:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    lang = analysis.language
    pos = last + 1
    if pos < len(norms) and clauses[pos] == clauses[last] and norms[pos] not in sources and \
            norms[pos] not in lang.function_words:
        pos += 1  # one word the keyword names: "an apology LETTER from"
    if pos >= len(norms) or clauses[pos] != clauses[last] or norms[pos] not in sources:
        return None
    for at in range(pos + 1, min(len(norms), pos + 4)):
        if clauses[at] != clauses[last]:
            return None
        word = norms[at]
        if (word in lang.colleagues or word in lang.work_others) and word not in rules.skip:
            return " ".join(norms[pos : at + 1]), pos, at  # (not "from anyone but me")
        if word not in rules.determiners and word in lang.function_words:
            return None
    return None


# The word class of the feelings of the person served ("see how {feeling}"): a feeling of the
# candidate's own is not theirs.
FEELING_CLASS = "{feeling}"


def own_feeling(analysis: Analysis, match: PhraseMatch,
                words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A feeling of the candidate's own: right after their possessive, where a phrase opens
    with it (Telugu "ఆమెకి నా బాధ అర్థమైంది", "she understood MY pain"), or with them and a
    copula right after it, where a phrase ends with it ("she could hear how frustrated I WAS",
    "hon förstod hur frustrerad jag var"): someone understanding the candidate, not the
    candidate understanding the person served."""
    if not words:
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    first, last = match.first, match.last
    if words[0] == FEELING_CLASS and first > 0 and norms[first - 1] in rules.mine and \
            clauses[first - 1] == clauses[first]:
        return norms[first - 1], first - 1, first
    if words[-1] == FEELING_CLASS and last + 2 < len(norms) and norms[last + 1] in rules.own and \
            norms[last + 2] in analysis.language.copulas and clauses[last + 2] == clauses[last]:
        return f"{norms[last]} {norms[last + 1]} {norms[last + 2]}", last, last + 2
    return None


def quick_feeling(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A manner keyword of one word right after a feeling (the language's {feeling} class):
    how fast someone becomes so, not how fast anyone is served ("I get frustrated QUICKLY",
    "she got upset quickly")."""
    norms = analysis.tokens.norms
    first = match.first
    if first != match.last or first == 0 or not adverbial(analysis.language, norms[first]) or \
            analysis.tokens.clauses[first - 1] != analysis.tokens.clauses[first]:
        return None
    if norms[first - 1] not in analysis.language.word_classes.get("feeling", ()):
        return None
    return f"{norms[first - 1]} {norms[first]}", first - 1, first


def inverted_subject(analysis: Analysis, first: int, last: int,
                     words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """Someone else as the subject after a fronted verb, in a verb-second language: "Dagen
    efter RINGDE HON och kollade att jag fått allt" (Language.inverted_subjects or a name, right after
    a word of the match that carries meaning, in a clause the candidate does not open). Not
    after a small verb ("Ny mat fick han inom tio minuter": what the person served got), nor
    where the phrase holds a pronoun of its own ("medan hon stod kvar")."""
    subjects = analysis.language.inverted_subjects
    if not subjects or not subjects.isdisjoint(words):
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    for pos in range(first + 1, min(last + 2, len(norms))):
        # (or a name: "Dagen efter ringde SARA kunden")
        named = norms[pos] in subjects or (read_as_name(analysis, pos)
                                           and told_in_first_person(analysis.matcher))
        if named and clauses[pos] == clauses[first] and norms[pos - 1] not in rules.skip:
            low = analysis.tokens.clause_range(first)[0]
            # (from the last coordinator before the match: "jag gav honom numret OCH SEN löste
            # HON det" is hers)
            low = max([low] + [k + 1 for k in range(low, first)
                               if norms[k] in analysis.language.coordinators])
            if any(norms[k] in rules.own for k in range(low, pos)):
                return None  # ("jag ringde och hon svarade": the candidate opens it)
            return norms[pos], pos, pos
    return None
