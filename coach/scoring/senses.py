"""Words used in another sense (coach.scoring.aside asks here): a keyword said of the
candidate's own pursuits ("passionate about basketball", "patient when I'm gaming"), beside a
verb of the mind ("I quickly realised"), or a phrase whose object is the person served
matched where the answer puts a task or a colleague ("get back to stacking shelves"). Language
data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, genitive_base, verb_form
from .topics import topic_before

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis, PhraseMatch


def about_own_life(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword said of one of the candidate's own pursuits (Language.life_nouns): as its
    object ("passionate about football", "flexible around my exams", "I love football") or as
    the subject it describes ("the pay was reliable", "my timetable is flexible")."""
    lang = analysis.language
    nouns = lang.life_nouns
    if not nouns:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    low, end = analysis.tokens.clause_range(match.first)
    owner = _possessive_of_mine(analysis, match)
    if owner is not None:
        return norms[owner], match.first, owner  # "for my nan's eightieth", "på farmors kalas"
    own = _own_object(analysis, match.first, match.last, end) \
        if lang.own_words and not analysis.stem_of.keys().isdisjoint(lang.own_words) else None
    if own is not None:
        return norms[own], match.first, own  # "I resolved MY OWN visa issue"
    words = norms[low:end]
    if nouns.isdisjoint(words) and lang.life_objects.isdisjoint(words) and \
            lang.third_parties.isdisjoint(words) and lang.life_groups.isdisjoint(words) and \
            lang.study_nouns.isdisjoint(words) and lang.rota_words.isdisjoint(words):
        return None  # (every rule below names a pursuit or a person in the clause: most have none)
    clause = clauses[match.first]
    determiners = analysis.matcher.rules.determiners
    n = len(norms)
    pos = match.last + 1
    if pos < n and norms[pos] in lang.life_prepositions:
        pos += 1
    while pos < n and clauses[pos] == clause and (norms[pos] in determiners or norms[pos] in lang.own_words):
        pos += 1
    objects = lang.life_objects
    if pos + 1 < n and clauses[pos + 1] == clause and \
            (norms[pos + 1] in nouns or norms[pos + 1] in objects) and norms[pos] not in nouns:
        pos += 1  # one word before it: "teaching guitar", "my CompTIA certification"
    elif lang.partitive is not None and pos + 2 < n and clauses[pos + 2] == clause and \
            norms[pos + 1] == lang.partitive[0] and norms[pos + 2] in nouns and norms[pos] not in nouns:
        pos += 2  # a noun of it: "respected the rules OF CHESS"
    if pos < n and clauses[pos] == clause and (norms[pos] in nouns or norms[pos] in objects) \
            and not someone_elses(analysis, pos) and not _names_a_workplace(analysis, pos):
        return norms[pos], match.first, pos  # (not "the customer's race", "her exam")
    rota = next((k for k in range(match.last + 2, min(n, match.last + 4))
                 if clauses[k] == clause and norms[k] in lang.rota_words
                 and norms[k - 1] in lang.scene_mine), None)
    if rota is not None:
        return norms[rota], match.first, rota  # the candidate's own working time as the
        # object: "she let me swap all my shifts" (not "I smile at everyone during my shift")
    if pos < n and clauses[pos] == clause and norms[pos] in lang.third_parties and \
            pos > 0 and norms[pos - 1] in lang.first_person_objects and \
            (pos + 1 >= n or clauses[pos + 1] != clause or norms[pos + 1] in analysis.matcher.rules.skip):
        # "with my friends", "to my grandad"; not "from our partner bakery"
        return norms[pos], match.first, pos
    hit = _when_at_leisure(analysis, match, nouns) or _at_leisure(analysis, match, nouns) or \
        _topic_of(analysis, match)
    if hit is not None:
        return hit
    pos = match.first - 1
    if pos > 0 and norms[pos] in lang.first_person_objects:
        pos -= 1  # "Cooking is MY passion": the candidate's own, right before the keyword
    while pos >= 0 and clauses[pos] == clause and (
            (norms[pos] in lang.function_words and norms[pos] not in determiners)
            or adverbial(lang, norms[pos]) or _made_me(lang, norms, pos)):
        pos -= 1  # "… was really", "… is very", "… has made me very"
    if pos >= 0 and clauses[pos] == clause and norms[pos] in nouns and pos < match.first - 1:
        return norms[pos], pos, match.last
    return None


def _own_object(analysis: Analysis, first: int, last: int, end: int) -> int | None:
    """The place of the noun of the candidate's own thing as the match's direct object, right
    after it ("resolved MY OWN visa ISSUE", "exceeded my own targets"; Language.own_words) or
    inside it ("LÖSTE MITT EGET PROBLEM", a phrase "löste problemet"): their own affairs, not a
    customer's."""
    lang = analysis.language
    own_words = lang.own_words  # (asked only of an answer that holds one of them)
    norms = analysis.tokens.norms
    if last - first >= 2 and not own_words.isdisjoint(norms[first + 1 : last]) and any(
            norms[k] in lang.first_person_objects and norms[k + 1] in own_words
            for k in range(first, last - 1)):
        return last
    at = last + 3
    if at >= end or norms[last + 2] not in own_words or \
            norms[last + 1] not in lang.first_person_objects:
        return None
    if norms[at] in lang.function_words or norms[at] in lang.stop_words:
        return None
    nxt = norms[at + 1] if at + 1 < end else ""
    if nxt and nxt not in lang.function_words and nxt not in lang.stop_words and not verb_form(lang, nxt):
        at += 1  # (the head of "my own visa ISSUE")
    return at


# How far after a match the preposition before a possessive may stand ("gick utöver DET VANLIGA
# på farmors åttioårsdag").
_OWNER_REACH = 4


def _possessive_of_mine(analysis: Analysis, match: PhraseMatch) -> int | None:
    """The place of a possessive of someone from the candidate's life, not a served person's,
    after the match and a preposition (within _OWNER_REACH words), past determiners ("for my
    NAN'S eightieth", "på FARMORS åttioårsdag"; Language.genitive_endings, third_parties)."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if not lang.genitive_endings:
        return None
    pos = next((k for k in range(match.last + 1, min(len(norms) - 1, match.last + 1 + _OWNER_REACH))
                if norms[k] in lang.life_prepositions), None)
    if pos is None or clauses[pos] != clauses[match.last]:
        return None
    pos += 1
    while pos + 1 < len(norms) and norms[pos] in analysis.matcher.rules.determiners:
        pos += 1
    if clauses[pos] != clauses[match.last]:
        return None
    base = genitive_base(lang, norms[pos])
    if base in analysis.matcher.rules.third_parties and base not in analysis.matcher.rules.skip:
        return None if someone_elses(analysis, pos) else pos
    return None


# How many words before a keyword the preposition naming a topic may stand ("a module ON active
# listening and empathy", "a book ABOUT how to delight the customer with little extras").
_TOPIC_REACH = 8


def _topic_of(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword as the topic of something the candidate studies: one of Language.study_nouns,
    then one of its topic_prepositions, then the keyword within a few words ("we've just had a
    module on active listening and empathy", "en föreläsning om bemötande")."""
    lang = analysis.language
    if not lang.study_nouns:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[match.first]
    if lang.head_final:
        return topic_before(analysis, match)
    for pos in range(match.first - 1, max(0, match.first - 1 - _TOPIC_REACH), -1):
        if clauses[pos] != clause:
            return None
        if norms[pos] in lang.topic_prepositions and clauses[pos - 1] == clause and \
                norms[pos - 1] in lang.study_nouns and not someone_elses(analysis, pos - 1):
            return norms[pos - 1], pos - 1, match.last
    return None


def _made_me(lang: Language, norms: list[str], pos: int) -> bool:
    """Is the word at pos a verb that makes the candidate so, or the candidate after one
    ("yoga has MADE ME patient", "football TAUGHT ME to be patient"; Language.causatives)?"""
    causatives = lang.causatives
    if norms[pos] in causatives:
        return pos + 1 < len(norms) and norms[pos + 1] in lang.first_person_objects
    return norms[pos] in lang.first_person_objects and pos > 0 and norms[pos - 1] in causatives


def _when_at_leisure(analysis: Analysis, match: PhraseMatch,
                     nouns: frozenset[str]) -> tuple[str, int, int] | None:
    """A keyword qualified by a time of the candidate's own pursuits: "I'm really patient when
    I'm gaming", "calm while I play football" (Language.life_times, then a life noun within a
    few words)."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[match.first]
    pos = match.last + 1
    while pos < len(norms) and clauses[pos] == clause and pos <= match.last + 3:
        if norms[pos] in lang.life_times:
            for at in range(pos + 1, min(len(norms), pos + 5)):
                if clauses[at] != clause:
                    break
                if norms[at] in nouns or (norms[at] in lang.third_parties and
                                          norms[at - 1] in lang.first_person_objects):
                    return norms[at], match.first, at  # "when I'm gaming", "when my landlord…"
            return None
        pos += 1
    return None


# At most this many words between a keyword and the preposition that names where it is shown
# ("the friendly ONE at football", "solving PROBLEMS in chess", "communicate WELL with my
# flatmates").
_LEISURE_GAP = 2


def _at_leisure(analysis: Analysis, match: PhraseMatch,
                nouns: frozenset[str]) -> tuple[str, int, int] | None:
    """A keyword shown in one of the candidate's own pursuits or with someone from their life,
    named a word or two later in its clause after a preposition: "I'm the friendly one at
    football", "I love solving problems in chess", "I communicate well with my flatmates".
    Not when someone served or a work word comes first ("friendly to customers at the gym"), nor
    a pursuit that names a workplace ("the music department")."""
    lang = analysis.language
    rules = analysis.matcher.rules
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause, n = clauses[match.first], len(norms)
    pos = match.last + 1
    skipped = 0
    while pos < n and clauses[pos] == clause and norms[pos] not in lang.life_prepositions:
        word = norms[pos]
        if skipped == _LEISURE_GAP or (
                (word in rules.anyone_served or word in rules.scene_work) and _a_person(analysis, pos)):
            return None
        skipped += word not in lang.function_words
        pos += 1
    if not skipped and pos + 2 < n and clauses[pos + 2] == clause and \
            norms[pos + 1] in lang.group_members and norms[pos + 2] in lang.life_prepositions:
        pos, skipped = pos + 2, 1  # "respectful to everyone IN my salsa class"
    if not skipped or pos >= n or clauses[pos] != clause:
        return None  # (right after the keyword: about_own_life's own first rule)
    pos += 1
    mine = False
    while pos < n and clauses[pos] == clause and (
            norms[pos] in rules.determiners or norms[pos] in lang.own_words):
        mine = mine or norms[pos] in lang.first_person_objects
        pos += 1
    if pos >= n or clauses[pos] != clause:
        return None
    word = norms[pos]
    if _names_a_workplace(analysis, pos):
        return None
    if (word in nouns and not someone_elses(analysis, pos)) or (
            mine and word in lang.third_parties):
        return word, match.first, pos
    for at in range(pos, min(n, pos + 2)):  # "my book CLUB", "my scout TROOP"
        if mine and clauses[at] == clause and norms[at] in lang.life_groups:
            return norms[at], match.first, at
    return None


def _a_person(analysis: Analysis, pos: int) -> bool:
    """Is the served word at pos a person, not a describing word of the same spelling: "calm and
    PATIENT at football" describes the candidate, "the patient", "patients", "to customers" are
    people (a determiner before it, or a plural)?"""
    norms = analysis.tokens.norms
    word = norms[pos]
    return word.endswith("s") or word not in analysis.language.people_words or (
        pos > 0 and (norms[pos - 1] in analysis.matcher.rules.determiners
                     or norms[pos - 1] in analysis.language.third_person))


def _names_a_workplace(analysis: Analysis, pos: int) -> bool:
    """Is the pursuit at pos the first word of a workplace's name, a work word right after it
    in its clause ("the music department", "the gym reception"; not "a podcast about service")?"""
    tokens = analysis.tokens
    after = pos + 1
    return after < len(tokens) and tokens.clauses[after] == tokens.clauses[pos] and \
        tokens.norms[after] in analysis.matcher.rules.scene_work


def someone_elses(analysis: Analysis, pos: int) -> bool:
    """Is the person at pos someone served's or another's ("a customer's family", "their
    kids"), not from the candidate's own life?"""
    if pos == 0:
        return False
    lang = analysis.language
    before = analysis.tokens.norms[pos - 1]
    return before in lang.third_person or (
        before.endswith("'s") and before[:-2] in lang.people_words)


def of_the_mind(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword of one word, or of manner alone, that qualifies what the candidate thought,
    not what they did for someone: "I quickly realised retail was not for me", "learned fast",
    "Det jag tänker på direkt är…" (Language.mental_verbs)."""
    mental = analysis.matcher.rules.mental
    if not mental:
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    if match.first != match.last and any(
            verb_form(lang, norms[k]) for k in range(match.first, match.last + 1)):
        return None  # (a deed of its own: "I learned to RESPOND quickly")
    for pos in (match.first - 1, match.last + 1):
        if 0 <= pos < len(norms) and clauses[pos] == clauses[match.first] and \
                analysis.stem_of.get(norms[pos], norms[pos]) in mental:
            return norms[pos], min(pos, match.first), max(pos, match.first)
    return None


def _noun_after(lang: Language, word: str) -> bool:
    """Is the word after a possessive-or-object pronoun a person or thing it owns ("let her MANAGER")?"""
    return word in lang.colleagues or word in lang.work_others or word in lang.third_parties or \
        word in lang.things or word in lang.people_words


def to_a_colleague(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A colleague of the candidate's as the one the match is said to or done for, right after
    it ("I had to apologise TO MY MANAGER for being late", "patient WITH MY TRAINEE"): the
    candidate's own workplace, not the person served."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    pos = match.last + 1
    if pos + 2 >= len(norms) or norms[pos] not in lang.life_prepositions or \
            norms[pos + 1] not in lang.first_person_objects:
        return None
    colleague = pos + 2
    if clauses[colleague] != clauses[match.last] or norms[colleague] not in lang.colleagues:
        return None
    return norms[colleague], match.first, colleague


def object_elsewhere(analysis: Analysis, match: PhraseMatch,
                     words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A phrase whose object is a person ("get back to them", "let them know") matched where the
    answer puts a thing, a task or a colleague in that place ("get back to stacking shelves",
    "let security know"): another sense, not serving the customer. Someone served
    (Language.people_words), a pronoun or a name (a capitalised word) in that place is the
    phrase's own sense. `words`: the matched phrase's words (CompiledPhrase.words)."""
    lang = analysis.language
    if not lang.people_words:
        return None
    if lang.third_person.isdisjoint(words):
        return None  # (most phrases hold no pronoun)
    slots = [k for k, w in enumerate(words) if w in lang.third_person]
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    if any(norms[i] in lang.third_person for i in range(match.first, match.last + 1)):
        return None  # the pronoun itself was matched
    determiners = analysis.matcher.rules.determiners
    if slots[-1] == len(words) - 1:
        pos = match.last + 1  # the object follows the match
        if pos + 1 < len(norms) and norms[pos] in lang.third_person and not _noun_after(lang, norms[pos + 1]):
            return None  # the pronoun as the object, not a possessive: "rather than let HER wait"
        while pos < len(norms) and clauses[pos] == clauses[match.last] and \
                norms[pos] in determiners:
            pos += 1
        if pos >= len(norms) or clauses[pos] != clauses[match.last]:
            return None
    else:  # the object stands inside the match, just after the word before the pronoun
        k = slots[-1]
        stem = lang.stem
        before, after = stem(words[k - 1]) if k else None, stem(words[k + 1])
        pos = match.first
        if before is not None:
            while pos <= match.last and analysis.stem_of.get(norms[pos], norms[pos]) != before:
                pos += 1
            pos += 1
        if pos <= match.last and norms[pos] in determiners:
            while pos < match.last and norms[pos] in determiners:
                pos += 1  # (then only a colleague or a thing: "let THE ENGINEERS do the talking")
            if not any(norms[pos] in group for group in (lang.colleagues, lang.work_others, lang.things)):
                return None
        if pos > match.last or analysis.stem_of.get(norms[pos], norms[pos]) == after or \
                norms[pos] in analysis.matcher.rules.skip or norms[pos] in determiners:
            return None  # no word in the slot ("kept updated"), or a small one ("there")
    word = norms[pos]
    if word in lang.people_words or word in lang.third_person or word in lang.own_subjects:
        return None
    start, end = tokens.span(pos)
    if tokens.text[start:end][:1].isupper() and pos > 0 and \
            tokens.sentences[pos - 1] == tokens.sentences[pos]:
        return None  # a name: "get back to Sarah"
    return word, min(match.first, pos), max(match.last, pos)


def pointing_back(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword in a clause that opens by pointing back at the clause before it, in the same
    sentence, whose sense is the candidate's own life: "I play badminton, that's my passion"
    (Language.anaphors; the other senses of Language.other_senses)."""
    anaphors = analysis.language.anaphors
    if not anaphors:
        return None
    tokens = analysis.tokens
    low, _end = tokens.clause_range(match.first)
    opener = low
    while opener < match.first and tokens.norms[opener] in analysis.language.coordinators:
        opener += 1  # "…, and that is my passion"
    if low == 0 or tokens.norms[opener] not in anaphors or \
            tokens.sentences[low - 1] != tokens.sentences[low]:
        return None
    return analysis.context_in_clause("@sense", tokens.clauses[low - 1])
