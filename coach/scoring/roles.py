"""Who does the work a keyword names (coach.scoring.aside asks here): someone from outside the
candidate's work as the subject ("my sister is so patient"), and, for criteria marked
`ownership`, the work handed off or left to someone else ("passed it to our team leader, who
fixed it", "let housekeeping sort it out", "the office would follow up"). Language data
(coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis

# How far back a subject is looked for in a clause (meaningful words).
_SUBJECT_REACH = 8


def adverb(lang: Language, word: str) -> bool:
    """Does the word end as the language's adverbs do ("quickly"; Language.adverb_endings)?"""
    return bool(lang.adverb_endings) and word.endswith(lang.adverb_endings)


def adverbial(lang: Language, word: str) -> bool:
    """An adverb by its ending, or one of the words that may stand between a subject or modal
    and its verb ("then", "still"; Language.modal_adverbs)?"""
    return word in lang.modal_adverbs or adverb(lang, word)


def handed_off(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A hand-off earlier in the match's sentence, and someone at work as the match's subject:
    "I passed it to our team leader, who fixed it" (English: there the manager who fixes it is
    otherwise the candidate's team, see Language.handoffs)."""
    work_others = analysis.language.work_others
    if not work_others:
        return None
    tokens = analysis.tokens
    sentence = tokens.sentences[first]
    hit = next((h for h in analysis.context("@handoff")
                if tokens.sentences[h[1]] == sentence and h[2] < first), None)
    if hit is None:
        return None
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    own = analysis.matcher.rules.own
    # Sent on to do it: "I'd point them to the website to get a refund" (the infinitive's
    # subject is whoever was sent, not the candidate).
    marker = lang.infinitive_subject[-1] if lang.infinitive_subject else None  # as in _sent_off
    between = norms[hit[2] + 1 : first]
    if marker is not None and clauses[hit[2]] == clauses[first] and marker in between and \
            not any(word in own for word in between):
        return hit
    # The subject stands just before the verb, with at most a word or two between ("who then
    # fixed it", "the team quickly solved it"), or before the verb whose object the match is
    # ("billing sorts out refunds"). A coordinator that is a function word ("… and followed
    # up") shares the candidate's subject; "then" may follow a subject ("she then").
    verb = False
    for pos in range(first - 1, max(-1, first - 5), -1):
        word = norms[pos]
        if clauses[pos] != clauses[first] or word in own:
            return None
        if word in work_others:
            return hit
        if word in lang.coordinators:
            if word in lang.function_words:
                return None
        elif word not in lang.function_words and not adverb(lang, word):
            if verb:
                return None
            verb = True  # one verb may stand between: the match is its object
    return None


def other_subject(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """Someone else as the nearest subject before a match in its clause ("my manager …").

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
        if word in rules.third_parties:
            start = pos
        else:
            for words in rules.third_party_phrases:
                size = len(words)
                if pos - size + 1 >= 0 and tuple(norms[pos - size + 1 : pos + 1]) == words:
                    start = pos - size + 1
                    break
        if start is not None and _opens(analysis, start):
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
    before = pos - 1
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


def delegated(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The work left to someone else, as the subject of an ownership match: after a letting
    verb ("let housekeeping sort it out", "let him deal with it"; Language.delegators), or
    someone at work or he/she/they with a would/will right before it ("the events team would
    follow up", "they'd follow up", "accounts will resolve it"). "My manager fixed it" and "I
    got the technician to prioritise it" stay the candidate's team at work."""
    lang = analysis.language
    if not lang.delegators:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[first]
    rules = analysis.matcher.rules
    own, others = rules.own, rules.delegates
    pos = first - 1
    while pos >= 0 and clauses[pos] == clause and first - pos <= 3 and \
            adverbial(lang, norms[pos]):
        pos -= 1  # "they would then follow up", "would probably sort it"
    if pos < 0 or clauses[pos] != clause:
        return None
    if norms[pos] in lang.coordinators:
        # "my supervisor would resolve it and call them back": the verbs share the subject
        for back in range(pos - 1, max(-1, pos - 9), -1):
            if clauses[back] != clause or norms[back] in own:
                break
            hit = _other_with_modal(analysis, back, others)
            if hit is not None:
                return hit
        return _sent_off(analysis, first)  # "advise them to call the airline and follow up"
    hit = _other_with_modal(analysis, pos, others) or _modal_further_back(analysis, pos, first) \
        or _sent_off(analysis, first)
    if hit is not None:
        return hit
    if lang.infinitive_subject and norms[pos] == lang.infinitive_subject[1] and pos > 0 and \
            (norms[pos - 1] in others or norms[pos - 1] in rules.third_parties):
        # "a note for the morning shift to sort it out": someone else is the subject of "to"
        # (but "I stayed for an hour to fix it")
        for back in range(pos - 2, max(-1, pos - 6), -1):
            if clauses[back] != clause or norms[back] in own:
                break
            if norms[back] == lang.infinitive_subject[0]:
                return " ".join(norms[back:first]), back, pos
    for back in range(pos, max(-1, first - 5), -1):  # "let housekeeping", "let the network team"
        if clauses[back] != clause or norms[back] in own:
            return None
        if norms[back] in lang.delegators:
            return (" ".join(norms[back:first]), back, first - 1) if back < first - 1 else None
    return None


def _modal_further_back(analysis: Analysis, pos: int, first: int) -> tuple[str, int, int] | None:
    """Someone else's would/will a few words before an ownership match, with a verb of doing
    between ("they'd work out a solution", "they'll make sure it's resolved") or a coordinated
    second modal ("the manager will be in at nine and can sort it out"); not a state ("they'd
    be happy with the solution": a small word right after the modal)."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    clause = clauses[first]
    for back in range(pos, max(-1, first - 8), -1):
        if clauses[back] != clause or norms[back] in rules.own:
            return None
        hit = _other_with_modal(analysis, back, rules.delegates)
        if hit is not None:
            after = hit[2] + 1
            coordinated = any(norms[k] in lang.coordinators for k in range(after, first))
            if after < first and norms[after] in lang.function_words and not coordinated:
                return None
            return hit
    return None


def _sent_off(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served sent off to do it: "advise them to contact the airline and follow up",
    "suggest they speak to the duty manager to resolve it" (Language.directives)."""
    lang = analysis.language
    if not lang.directives:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    served, pronouns = rules.served, rules.served_pronouns  # pronouns: "suggest they speak to…"
    clause = clauses[first]
    to = lang.infinitive_subject[-1] if lang.infinitive_subject else None
    for back in range(first - 1, max(-1, first - 15), -1):
        if clauses[back] != clause or norms[back] in rules.own:
            return None
        if norms[back] in lang.directives:
            nxt = back + 1
            while nxt < first and norms[nxt] in rules.determiners and norms[nxt] not in served:
                nxt += 1
            if nxt + 1 < first and ((norms[nxt] in served and norms[nxt + 1] == to)
                                    or norms[nxt] in pronouns):
                return " ".join(norms[back : nxt + 1]), back, nxt
            return None
    return None


def _other_with_modal(analysis: Analysis, pos: int,
                      others: frozenset[str]) -> tuple[str, int, int] | None:
    """A would/will at pos with someone else just before it ("they would"), or one word that
    holds both ("they'd", "he'll")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    word = norms[pos]
    if word in lang.delegated_modals and pos > 0 and clauses[pos - 1] == clauses[pos] and \
            norms[pos - 1] in others:
        return f"{norms[pos - 1]} {word}", pos - 1, pos
    base, mark, rest = word.partition("'")
    if mark and "'" + rest in lang.delegated_modals and base in others:
        return word, pos, pos
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


def _opens(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos open its clause, or follow a coordinator or linker, after any
    determiners ("the guest", "and she")?"""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    before = pos - 1
    while before >= 0 and clauses[before] == clauses[pos] and norms[before] in rules.determiners:
        before -= 1
    return before < 0 or clauses[before] != clauses[pos] or norms[before] in rules.openers


def possessed(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A keyword owned by a colleague or someone else at work or in the candidate's life, as
    a possessive right before it: "the technician's follow-up visit", "my manager's apology"
    (Language.colleagues, work_others, third_parties). Not the person served's: "the
    customer's expectations" are what the candidate exceeds."""
    if first == 0:
        return None
    tokens = analysis.tokens
    if tokens.clauses[first - 1] != tokens.clauses[first]:
        return None
    before = tokens.norms[first - 1]
    if before.endswith("'s") and before[:-2] in analysis.matcher.rules.possessors:
        return before, first - 1, first - 1
    return None
