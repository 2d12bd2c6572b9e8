"""Who does the work a keyword names (coach.scoring.aside asks here): someone from outside the
candidate's work as the subject ("my sister is so patient"), the person served or a colleague
right before it ("the guest was very patient"), whose possessive it is ("the technician's
follow-up"), whose manner an adverb keyword says, the noun a relative clause is about ("a
colleague who knew the products"), and the candidate as the one served ("they left me on
hold"). (Hand-offs: coach.scoring.handoffs.)
Language data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis, PhraseMatch

# How far back a subject is looked for in a clause (meaningful words).
_SUBJECT_REACH = 8


def adverb(lang: Language, word: str) -> bool:
    """Does the word end as the language's adverbs do ("quickly"; Language.adverb_endings)?"""
    return bool(lang.adverb_endings) and word.endswith(lang.adverb_endings)


def adverbial(lang: Language, word: str) -> bool:
    """An adverb by its ending, or one of the words that may stand between a subject or modal
    and its verb ("then", "still"; Language.modal_adverbs)?"""
    return word in lang.modal_adverbs or adverb(lang, word)


def other_subject(analysis: Analysis, first: int,
                  also: frozenset[str] = frozenset()) -> tuple[str, int, int] | None:
    """Someone else as the nearest subject before a match in its clause ("my sister …"; `also`:
    more such people, the colleagues for a criterion not marked `ownership`: "my old
    supervisor always went the extra mile").

    A third party counts as the subject only where it opens its clause or follows a
    coordinator ("… and my colleague followed up"), after any determiners: "talked to my
    colleague respectfully" and "asked my manager" name an object, and the search goes on.
    Words are compared as written, so a case-marked object (Telugu మేనేజర్‌కి) is no subject.
    """
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    if not rules.third_parties and not rules.third_party_phrases:
        return None
    lang = analysis.language
    norms, clauses = tokens.norms, tokens.clauses
    clause = clauses[first]
    reach = _SUBJECT_REACH
    pos = first - 1
    while pos >= 0 and reach > 0 and clauses[pos] == clause:
        word = norms[pos]
        if word in rules.own:
            return None
        start = None
        if word in rules.third_parties or word in also:
            start = pos
        else:
            for words in rules.third_party_phrases:
                size = len(words)
                if pos - size + 1 >= 0 and tuple(norms[pos - size + 1 : pos + 1]) == words:
                    start = pos - size + 1
                    break
        if start is not None and _opens(analysis, start):  # (and not "asked my manager")
            return " ".join(norms[start : pos + 1]), start, pos
        if word not in lang.function_words:
            reach -= 1
        pos -= 1
    return None


def served_subject(analysis: Analysis, first: int, ownership: bool = False) -> tuple[str, int, int] | None:
    """The person served, or another person, as the subject right before a match, with only
    small words or adverbs between ("the guest was very patient", "she explained", "he
    apologised"), or of a verb coordinated with it ("she brought him water and was really
    sympathetic"): what they do or are, not the candidate (Language.served_subjects; for
    criteria not marked `ownership`, a colleague too: "my colleague was really patient"). The
    subject must open its clause (after determiners and any discourse marker): "I spoke to
    the guest calmly" names an object."""
    lang = analysis.language
    rules = analysis.matcher.rules
    subjects = lang.served_subjects if ownership else rules.served_or_colleagues
    if not subjects:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[first]
    pos = first - 1
    while pos >= 0 and first - pos <= 4 and clauses[pos] == clause and norms[pos] not in subjects and \
            norms[pos] not in rules.own and norms[pos] not in lang.coordinators and \
            (norms[pos] in lang.function_words or adverbial(lang, norms[pos])
             or norms[pos] in lang.linking_verbs):
        pos -= 1
    near = _conjunct_subject(analysis, pos, subjects) \
        if pos >= 0 and clauses[pos] == clause and norms[pos] in lang.coordinators else None
    if near is not None:
        pos = near  # "he was so calm and polite": the first conjunct's subject
    elif pos >= 0 and clauses[pos] == clause and norms[pos] in lang.coordinators:
        # a second verb shares the clause's subject: look for it where the clause opens
        start = pos
        while start > 0 and clauses[start - 1] == clause:
            start -= 1
        if any(norms[k] in rules.own for k in range(start, pos)):
            return None
        while start < pos and (norms[start] in rules.openers or norms[start] in rules.determiners) \
                and norms[start] not in subjects:
            start += 1
        pos = start
    if pos < 0 or clauses[pos] != clause or norms[pos] not in subjects:
        return None
    subject = pos
    before = _describing(analysis, pos) - 1
    while before >= 0 and clauses[before] == clause and norms[before] in rules.determiners:
        before -= 1
    marker = next((start for start, last, _t in analysis.idioms() if start <= before <= last), None)
    if marker is not None:
        before = marker - 1  # "Honestly the guest was polite"
    if before >= 0 and clauses[before] == clause and norms[before] not in rules.openers:
        return None
    return " ".join(norms[before + 1 : subject + 1]), before + 1, subject


def _conjunct_subject(analysis: Analysis, coordinator: int, subjects: frozenset[str]) -> int | None:
    """The subject of a predicate coordinated with the match, where the first conjunct is a
    few describing words after a form of "be" or a linking verb: "he WAS so calm and polite",
    "she STAYED patient and helpful". None if the words before the coordinator are not so."""
    lang = analysis.language
    rules = analysis.matcher.rules
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[coordinator]
    pos = coordinator - 1
    while pos >= 0 and coordinator - pos <= 4 and clauses[pos] == clause:
        word = norms[pos]
        if word in lang.copulas or word in lang.linking_verbs:
            pos -= 1
            while pos >= 0 and clauses[pos] == clause and adverbial(lang, norms[pos]):
                pos -= 1
            return pos if pos >= 0 and clauses[pos] == clause and norms[pos] in subjects else None
        if word in subjects or word in rules.own or word in lang.coordinators:
            return None
        pos -= 1
    return None


# A person ending needs this many characters before it: "వారు" (they), "కారు" (car) and
# "తయారు" (ready) end like a verb but are none.
_VERB_STEM_MIN = 3


def verb_subject(analysis: Analysis, first: int, last: int,
                 written: str) -> tuple[str, int, int] | None:
    """Someone else as the subject the verb names, in languages that mark it on the verb
    (Language.other_person_endings): Telugu "కస్టమర్ ఓపికగా ఎదురుచూశారు" ("the customer
    waited patiently"), "వాళ్ళే పరిష్కరిస్తారని చెప్పాను" ("I said they would solve it"). The
    first verb with a person ending from the match to the end of its clause decides; a subject
    word or a scope breaker before it ("… చేసిన తర్వాత", "after I did …") ends the search.
    `written`: the phrase's last word, whose own ending the pack chose (".. ఉన్నారో"); a
    phrase written in the candidate's person ("పరిష్కరిస్తాను") still checks the word matched
    ("అమ్మాయి పరిష్కరించింది", "the girl solved it")."""
    lang = analysis.language
    others = lang.other_person_endings
    if not others:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    endings = others + lang.own_person_endings
    pos = last if not written.endswith(others) else last + 1
    while pos < len(norms) and clauses[pos] == clauses[first]:
        word = norms[pos]
        if pos > last and (word in lang.scope_breakers or word in rules.subjects or
                           word in rules.third_parties):
            return None
        ending = next((e for e in endings if word.endswith(e)), None)
        if ending is not None and len(word) - len(ending) >= _VERB_STEM_MIN:
            return (word, pos, pos) if ending in others else None
        if lang.subordinate_endings and word.endswith(lang.subordinate_endings):
            return None  # "… మించి ఏదైనా చేస్తే కస్టమర్ గుర్తుపెట్టుకుంటారు": "if one does …"
        pos += 1
    return None


def manner_subject(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """Whose manner a one-word adverb keyword describes: the subject of its clause's verb,
    however far back ("he apologised for the trouble and explained the whole thing really
    CLEARLY", "she always explained everything CLEARLY"). The nearest subject back from it
    that opens its clause or follows a coordinator: the candidate ends the search; the person
    served or another person as a pronoun (Language.served_subjects) is someone else's manner.
    Not for the pace of the service (Language.pace_adverbs: "they got their refund quickly")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if first != last or not adverb(lang, norms[first]) or norms[first] in lang.pace_adverbs:
        return None
    rules = analysis.matcher.rules
    others = lang.served_subjects
    clause = clauses[first]
    reach = _SUBJECT_REACH * 2
    pos = first - 1
    while pos >= 0 and reach > 0 and clauses[pos] == clause:
        word = norms[pos]
        if word in rules.own and word in rules.subjects:
            return None
        if word in others:
            if _opens(analysis, pos):
                return word, pos, pos
            if word not in lang.people_words:
                return None  # a pronoun that is no subject here ("… that she …") ends the search
        reach -= 1
        pos -= 1
    return None


def habit_subject(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """Another person with a modal of habit or will (Language.habit_subjects: "she'd") as the
    subject of the match's clause, or of the clause before it in the sentence when the match's
    clause names no subject ("she'd sit down with the customer, EXPLAIN why…")."""
    habits = analysis.language.habit_subjects
    if analysis.stem_of.keys().isdisjoint(habits):  # (a view tries the smaller side)
        return None  # (most answers: no "she'd" anywhere)
    found = other_subject(analysis, first, habits)
    if found is not None:
        return found
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low = tokens.clause_range(first)[0]
    if low == 0 or tokens.sentences[low - 1] != tokens.sentences[first] or any(
            norms[i] in rules.own or norms[i] in rules.subjects or norms[i] in habits
            for i in range(low, first)):
        return None
    start = tokens.clause_range(low - 1)[0]  # the clause before, which ends at low
    while start < low and norms[start] in rules.openers:
        start += 1
    if start < low and norms[start] in habits:
        return norms[start], start, start
    return None


def requested(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served asking for what the keyword names ("the guest wanted a surprise for
    his wife", "he demanded an upgrade", "she asked for another room"): their request, not what
    the candidate gave. The request verb (Language.request_verbs) stands at most three words
    before the match, none of them the candidate, and its subject, the person served, opens
    the clause."""
    lang = analysis.language
    if analysis.stem_of.keys().isdisjoint(lang.request_verbs):
        return None  # (no request verb anywhere in the answer)
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[first]
    pos = first - 1
    own = analysis.matcher.rules.own
    while pos >= 0 and first - pos <= 3 and clauses[pos] == clause and \
            norms[pos] not in lang.request_verbs and norms[pos] not in own:
        pos -= 1  # small words and a describing word: "wanted a BIGGER room"
    if pos < 0 or clauses[pos] != clause or norms[pos] not in lang.request_verbs:
        return None
    verb = pos
    pos -= 1
    while pos >= 0 and clauses[pos] == clause and adverbial(lang, norms[pos]):
        pos -= 1  # "she really wanted", "he just wanted"
    if pos < 0 or clauses[pos] != clause or norms[pos] not in lang.served_subjects \
            or not _opens(analysis, pos):
        return None
    return " ".join(norms[pos : verb + 1]), pos, verb


def _opens(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos open its clause, or follow a coordinator or linker, after any
    determiners ("the guest", "and she")?"""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    before = _describing(analysis, pos) - 1
    while before >= 0 and clauses[before] == clauses[pos] and norms[before] in rules.determiners:
        before -= 1
    return before < 0 or clauses[before] != clauses[pos] or norms[before] in rules.openers


def _describing(analysis: Analysis, pos: int) -> int:
    """The first word of a person's noun phrase ending at pos that one describing word after a
    determiner may open ("my OLD supervisor", "the OTHER guest"); pos if there is none."""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    before = pos - 1
    lang = analysis.language
    if before >= 1 and clauses[before - 1] == clauses[pos] and norms[before - 1] in rules.determiners \
            and norms[before - 1] not in rules.subjects and norms[before] not in lang.function_words \
            and norms[before] not in rules.own and norms[before] not in lang.delegated_modals:
        return before  # (not "Det FÅR chefen lösa": a verb after a pronoun)
    return pos


def relative_subject(analysis: Analysis, first: int,
                     ownership: bool = False) -> tuple[str, int, int] | None:
    """A keyword in a relative clause about someone else: "I found a colleague who knew the
    products", "they're the ones who make exceptions", "en kollega som var otroligt pålitlig"
    (Language.relative_pronouns right before it, past small words and adverbs). The noun before
    the pronoun is its subject: a person from work (for criteria not marked `ownership`), the
    candidate's life or someone served, or a noun for anyone ("ones", "someone") in a clause
    the candidate does not open ("I'm someone who goes the extra mile" is theirs)."""
    lang = analysis.language
    pronouns = lang.relative_pronouns
    if not pronouns:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    clause = clauses[first]
    pos = first - 1
    while pos >= 0 and first - pos <= 3 and clauses[pos] == clause and norms[pos] not in pronouns \
            and norms[pos] not in rules.own and norms[pos] not in rules.subjects:
        pos -= 1  # "who would always", "som var otroligt" (not "who told me to")
    if pos < 1 or norms[pos] not in pronouns or clauses[pos - 1] != clauses[pos]:
        return None
    noun = norms[pos - 1]
    people = rules.anyone_served | rules.third_parties | (frozenset() if ownership else lang.colleagues)
    if noun in people and noun not in lang.anyone_nouns:
        return f"{noun} {norms[pos]}", pos - 1, pos
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
    preposition ("the receptionist was so patient and upfront with us"; Language.own_objects,
    manner_prepositions): someone else's service to them, not theirs. Not where the phrase
    holds the word itself ("makes me want to get out of bed", "läsa in mig på")."""
    lang = analysis.language
    objects = lang.own_objects
    if not objects or not objects.isdisjoint(words):
        return None
    norms = analysis.tokens.norms
    for k in range(match.first + 1, match.last):
        if norms[k] in objects:
            return norms[k], match.first, match.last
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


def possessed(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """A keyword owned by a colleague or someone else at work or in the candidate's life, as
    a possessive right before it: "the technician's follow-up visit", "my manager's apology"
    (Language.colleagues, work_others, third_parties), or another's possessive pronoun opening
    the clause ("Her explanation calmed him down"). Not the person served's: "the customer's
    expectations" are what the candidate exceeds."""
    if first == 0:
        return None
    tokens = analysis.tokens
    if tokens.clauses[first - 1] != tokens.clauses[first]:
        return None
    before = tokens.norms[first - 1]
    rules = analysis.matcher.rules
    if before.endswith("'s") and before[:-2] in rules.possessors:
        return before, first - 1, first - 1
    # Another's possessive opening the clause names whose the keyword is: "Her explanation
    # usually calms the guest down", "His follow-up was a week late" (after an object verb the
    # possessive is the person served's: "I met her expectations"). Only a keyword of one or
    # two words, not a phrase that goes on to its verb: "Their expectations were exceeded",
    # "His frustration I could understand", Telugu వాళ్ళ బాధను అర్థం చేసుకున్నాను (a language
    # that marks the person on its verbs puts the verb in the phrase).
    if before in rules.theirs and last - first <= 1 and not analysis.language.own_person_endings \
            and _opens(analysis, first - 1):
        return before, first - 1, first - 1
    return None


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
