"""Who does the work a keyword names (coach.scoring.aside asks here): someone from outside the
candidate's work as the subject ("my sister is so patient"), the person served or a colleague
right before it ("the guest was very patient"), whose possessive it is ("the technician's
follow-up"). (Whose a keyword is: coach.scoring.owners; whose manner or habit:
coach.scoring.habits; hand-offs: coach.scoring.handoffs.)
Language data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import (
    adverbial,
    adverbs_first,
    after_fronted_verb,
    fronted_phrase,
    fronted_time,
    hyphened,
    named_before_place,
    passive_match,
    past_form,
    predicate_noun,
    read_as_name,
    verb_by_next,
    verb_form,
    written_as_name,
)
from .fronted import after_fronted_clause, after_subordinate
from .person_sets import compound_heads, joined, united, with_possessives
from .persons import joined_to_me, me_after_fronted_verb, opens_with_me, own_object, own_verb_after
from .voice import first_person, told_in_first_person

if TYPE_CHECKING:

    from .analysis import Analysis

# How far back a subject is looked for in a clause (meaningful words).
SUBJECT_REACH = 8


def other_subject(analysis: Analysis, first: int, also: frozenset[str] = frozenset(),
                  pronouns: bool = False) -> tuple[str, int, int] | None:
    """Someone else as the nearest subject before a match in its clause ("my sister …"; `also`:
    more such people, the colleagues for a criterion not marked `ownership`: "my old
    supervisor always went the extra mile"; `pronouns`: also "he" or "she" standing for one
    of them or a third party, named before it: "My manager was brilliant at it, SHE knew every
    regular", "My cousin runs a café. HE always follows up…").

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
    if me_after_fronted_verb(analysis, first) or opens_with_me(analysis, first) or \
            own_verb_after(analysis, first):
        return None  # ("Om Ahmed har berättat…, så FRÅGAR JAG"; "… och JAG sa att…"; "…
        # వాళ్ళు చెప్పేది పూర్తిగా వింటా", I listen to what they say)
    # A subject found below is a third party (or one of `also`, or a name) ending before the
    # match in its clause: most clauses hold none, and a test of their words says so.
    low = tokens.clause_range(first)[0]
    before = norms[low:first]
    # (a pronoun stands for a colleague only in an answer that names one, "my manager's" too)
    people = joined(also, rules.third_parties, lang.anyone_nouns, rules.skip) if pronouns else also
    persons = united(lang.person_pronouns) \
        if pronouns and not analysis.stem_of.keys().isdisjoint(with_possessives(people)) \
        else frozenset[str]()
    names = _names(analysis, low, first)
    heads = compound_heads(rules.third_parties, also) if lang.compounds else ()
    if not names and rules.third_parties.isdisjoint(before) and also.isdisjoint(before) and \
            persons.isdisjoint(before) and \
            not any(words[-1] in before for words in rules.third_party_phrases) and \
            not (heads and any(word.endswith(heads) for word in before)):
        return None
    clause = clauses[first]
    reach = SUBJECT_REACH
    pos = first - 1
    bare = False  # (a bare verb coordinated on the way: not a "he" or "she"'s, Language.agreeing_subjects)
    subordinate = lang.subordinate_endings
    while pos >= 0 and reach > 0 and clauses[pos] == clause:
        word = norms[pos]
        if word in lang.own_objects and pos + 1 < first and (
                norms[pos + 1] in lang.coordinators or norms[pos + 1] in rules.determiners):
            pass  # the candidate as the object of a verb before "and": "Kassörskan känner igen
            # MIG OCH frågar hur det gick", the cashier's question, not the candidate's; or as
            # its indirect object: "the receptionist explained ME THE policy"
        elif word in rules.own or (subordinate and word.endswith(subordinate)):
            return None  # (a subject before a subordinate verb is that clause's: Telugu "ఆవిడ
            # డోర్ దగ్గరికి రాగానే నవ్వుతూ …", as soon as she comes to the door, smiling …)
        if word in lang.delegated_modals:
            bare = False
        if bare and word in lang.agreeing_subjects:
            return None
        start = None
        if word in rules.third_parties or word in also or pos in names or (
                word in persons and not (pos + 2 < first and passive_match(analysis, pos + 2))
                and _named_before(analysis, pos, people) is not None) or (
                heads and word.endswith(heads)):  # a compound: "BUDBILSCHAUFFÖREN gick…"
            start = pos
        else:
            for words in rules.third_party_phrases:
                size = len(words)
                if pos - size + 1 >= 0 and tuple(norms[pos - size + 1 : pos + 1]) == words:
                    start = pos - size + 1
                    break
        if start is not None and opens_clause(analysis, start) and not own_object(analysis, start, first):
            if joined_to_me(analysis, start):
                return None  # the candidate's team: "ME AND my manager followed up"
            return " ".join(norms[start : pos + 1]), start, pos  # (and not "asked my manager")
        if word in lang.coordinators and lang.agreeing_subjects and pos + 2 < len(norms) and (
                pos + 1 == first or verb_by_next(analysis, pos + 1)):
            verb = norms[pos + 1]  # (a verb as the match or by what follows it: "and EXPLAIN")
            bare = verb not in lang.function_words and not verb_form(lang, verb) and not verb.endswith("s")
        if word not in lang.function_words:
            reach -= 1
        elif word in lang.coordinators and pos + 2 < first and (
                past_form(lang, norms[pos + 1]) or verb_by_next(analysis, pos + 1)) \
                and norms[pos + 1] not in rules.own and norms[pos + 1] not in lang.function_words:
            reach = SUBJECT_REACH  # each verb of a run has the subject's reach: "she rode it
            # round the car park to test it AND RANG him the next morning to check"
        pos -= 1
    return None


def _names(analysis: Analysis, low: int, first: int) -> set[int]:
    """The names among words low..first-1 ("MARCO phoned her that same afternoon"), in a rubric
    that asks what the candidate did (voice.told_in_first_person): someone else."""
    if not told_in_first_person(analysis.matcher):
        return set()
    return {k for k in range(low, first) if read_as_name(analysis, k)}


# How far back the person a pronoun stands for is looked for: its sentence and the one before,
# counted from the earliest subject pronoun of the same person on the way ("my supervisor. She
# went above and beyond. … she drove it round … SHE knew every regular"), up to _CHAIN_SENTENCES.
_PRONOUN_SENTENCES = 2
_CHAIN_SENTENCES = 4


def _named_before(analysis: Analysis, pos: int, people: frozenset[str]) -> str | None:
    """The person the pronoun at pos stands for when that is one of `people`: the nearest person
    word before it, in its sentence or the one before (or before the same pronoun as subject,
    which carries the person on), as the subject of a main clause. None when the nearest is
    someone else, the person served ("A woman came in … she knew exactly what she wanted"), a
    word that may be either ("the lady at the desk"), in a subordinate clause ("after the
    engineer had been … He said"), or when a pronoun of the other gender stands between ("the
    vet. She agreed…, so HE was seen"). A noun of the other gender (Language.gendered_people)
    is passed over: "an elderly MAN's prescription … and she drove it round"."""
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    rules = analysis.matcher.rules
    lang = analysis.language
    groups = lang.person_pronouns
    mine = next((group for group in groups if norms[pos] in group), frozenset[str]())
    others = frozenset[str]().union(*(nouns for group, nouns in zip(groups, lang.gendered_people,
                                                                    strict=False) if group is not mine),
                                    lang.collective_people)
    served = lang.served_subjects
    persons = united(groups)
    back = pos - 1
    anchor = pos
    while back >= 0 and sentences[anchor] - sentences[back] < _PRONOUN_SENTENCES and \
            sentences[pos] - sentences[back] < _CHAIN_SENTENCES:
        word = norms[back].removesuffix("'s")
        if word in mine and word in served:
            anchor = back  # (the same person as a subject carries the search on)
        if word in mine or (word in lang.third_person and word not in persons) or (
                word in persons and word not in served) or word in others:
            back -= 1  # (another pronoun for the same person: "she was amazing, she knew…"; for
            continue   # others: "my team leader. She's brilliant with THEM – she listened"; or
            # the other gender as an object: "my manager … gave HIM a free month, she …")
        if word in lang.group_members and word not in persons:
            back -= 1  # (a group is no "he" or "she": "Sam is the one EVERYONE asks for. He…")
            continue
        if (word in served or word in rules.anyone_served) and predicate_noun(analysis, back):
            back -= 1  # what the one named is: "Mario is a very cheerful GUY. He…"
            continue
        if word in persons or word in served or (
                word in rules.anyone_served and norms[back + 1] not in rules.determiners):
            return None  # (not "all THE time": "all" stands before its noun there)
        if word in people:
            start = _describing(analysis, back) - 1
            if sentences[pos] - sentences[back] >= _PRONOUN_SENTENCES and (
                    start < 0 or norms[start] not in lang.scene_mine):
                back -= 1  # (reached through the chain, only "my supervisor" is one person
                continue   # all along: not "I didn't promise him AN ENGINEER that day")
            while start >= 0 and norms[start] in rules.determiners:
                start -= 1
            return None if start >= 0 and norms[start] in lang.subordinators else word
        back -= 1
    return None


def served_subject(analysis: Analysis, first: int, ownership: bool = False) -> tuple[str, int, int] | None:
    """The person served, or another person, as the subject right before a match, with only
    small words or adverbs between, or a verb of saying right before it ("the guest was very
    patient", "she explained", "he apologised", "the customer SAID hello"; not "they said YOU
    ARE easy to talk to"), or of a verb coordinated with it ("she brought him water and was really
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
    if opens_with_me(analysis, first):
        return None
    low = analysis.tokens.clause_range(first)[0]
    copular = lang.copular_served
    if copular and not copular.isdisjoint(norms[low:first]):  # ("KUNDEN VAR flexibel")
        subjects = subjects | {norms[k] for k in range(low, first - 1)
                               if norms[k] in copular and norms[k + 1] in lang.copulas}
    # A name is someone else too ("Tony explained it all", "Jonna tvättade hela bilen gratis").
    # Found once: read_as_name may look through the whole answer.
    names = _names(analysis, low, first)
    if subjects.isdisjoint(norms[low:first]) and not names:
        return None  # (the subject found below stands before the match in its clause)
    clause = clauses[first]
    pos = first - 1
    while pos >= 0 and first - pos <= 4 and clauses[pos] == clause and norms[pos] not in subjects and \
            norms[pos] not in rules.own and norms[pos] not in lang.coordinators and pos not in names and \
            (norms[pos] in lang.function_words or adverbial(lang, norms[pos])
             or norms[pos] in lang.linking_verbs
             or (pos == first - 1 and norms[pos] in lang.speech_verbs)):
        pos -= 1
    if names and pos >= 0 and pos not in names:
        pos = named_before_place(analysis, pos, names)  # "Priya ON THE DAY DESK rang his room"
    near = _conjunct_subject(analysis, pos, subjects) \
        if pos >= 0 and clauses[pos] == clause and norms[pos] in lang.coordinators else None
    if near is not None:
        pos = near  # "he was so calm and polite": the first conjunct's subject
    elif pos >= 0 and clauses[pos] == clause and norms[pos] in lang.coordinators:
        # a second verb shares the clause's subject: look for it where the clause opens
        start = pos
        while start > 0 and clauses[start - 1] == clause:
            start -= 1
        if any(norms[k] in rules.own for k in range(start, pos)) or norms[start] in lang.subordinators:
            return None  # (not "I stay calm when the user is panicking and fix it myself")
        while start < pos and (norms[start] in rules.openers or norms[start] in rules.determiners) \
                and norms[start] not in subjects:
            start += 1
        pos = start
    if pos < 0 or clauses[pos] != clause or not (norms[pos] in subjects or pos in names):
        return None
    subject = pos
    before = _describing(analysis, pos) - 1 if norms[pos] in subjects else pos - 1  # (a name)
    while before >= 0 and clauses[before] == clause and norms[before] in rules.determiners:
        before -= 1
    marker = next((start for start, last, _t in analysis.idioms() if start <= before <= last), None)
    if marker is not None:
        before = marker - 1  # "Honestly the guest was polite"
    if before >= 0 and clauses[before] == clause and pos in names and fronted_time(analysis, before):
        before = -1  # "The next morning Priya rang his room": a time put first opens nothing
    if pos > 0 and clauses[pos - 1] == clause and norms[pos] in lang.third_person and (
            norms[pos - 1] in rules.served_or_colleagues or norms[pos - 1] in rules.third_parties):
        before = -1  # a pronoun taking up the noun before it: "the nurse SHE explain me"
    if before >= 0 and clauses[before] == clause and (not _opener(analysis, norms[before]) or (
            near is not None and norms[before] in lang.subordinators)):
        return None  # (a verb after "when the user is panicking and …" is the main clause's)
    if passive_match(analysis, first) or own_object(analysis, subject, first):
        return None  # "when they're told the truth": they receive it; "he … told HIM straight"
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


def opens_clause(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos open its clause, or follow a coordinator or linker, after any
    determiners ("the guest", "and she")?"""
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    before = _describing(analysis, pos) - 1
    determined = before
    while before >= 0 and clauses[before] == clauses[pos] and norms[before] in rules.determiners:
        before -= 1
    if before < determined and before >= 0 and clauses[before] == clauses[pos] and \
            written_as_name(analysis, before) and norms[before] not in rules.own and \
            _open_before(analysis, before - 1, pos):
        return True  # a name set before its role: "DAVE the mechanic is dead reliable"
    # "ONE OF the chefs", "two of our porters": the person is the head of a partitive
    partitive = analysis.language.partitive
    if partitive is not None and before >= 1 and norms[before] == partitive[0] and \
            clauses[before - 1] == clauses[pos] and (
                norms[before - 1] in analysis.language.number_words
                or norms[before - 1] in partitive[1]):
        before -= 2
    return _open_before(analysis, before, pos) or fronted_phrase(analysis, before) or (
        before >= 0 and adverbs_first(analysis, before)) or \
        after_fronted_verb(analysis, pos) or after_subordinate(analysis, before, pos) or \
        after_fronted_clause(analysis, before, pos)
    # ("LATER my colleague followed up", "Sen ORDNADE HON…")


def _open_before(analysis: Analysis, at: int, pos: int) -> bool:
    """Does nothing of the clause of token `pos` stand at token `at`, or a coordinator or
    linker (`_opener`): may the words after `at` open that clause?"""
    clauses = analysis.tokens.clauses
    return at < 0 or clauses[at] != clauses[pos] or _opener(analysis, analysis.tokens.norms[at])


def _opener(analysis: Analysis, word: str) -> bool:
    """May a subject follow this word: a coordinator or linker, or in an interview rubric a
    subordinator ("If THEY'RE smiling…"; in a knowledge rubric "when the receiver gets the
    frame" is the answer, as on SAF's networking packs, where it cost r 0.795 -> 0.791)?"""
    return word in analysis.matcher.rules.openers or (
        word in analysis.language.subordinators and first_person(analysis.matcher))


def _describing(analysis: Analysis, pos: int) -> int:
    """The first word of a person's noun phrase ending at pos that one describing word after a
    determiner may open ("my OLD supervisor", "the OTHER guest"); pos if there is none."""
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    before = pos - 1
    while before >= 1 and clauses[before - 1] == clauses[pos] and hyphened(analysis, before):
        before -= 1  # one describing word written with hyphens: "the ICE-CREAM man"
    lang = analysis.language
    if before >= 0 and norms[before] in lang.subordinators:
        return pos  # ("sat with her WHILE she set…": a subordinator opens a clause, no noun)
    if before >= 1 and clauses[before - 1] == clauses[pos] and norms[before - 1] in rules.determiners \
            and norms[before - 1] not in rules.subjects and norms[before] not in lang.function_words \
            and norms[before] not in rules.own and norms[before] not in lang.delegated_modals:
        return before  # (not "Det FÅR chefen lösa": a verb after a pronoun)
    if before >= 0 and _open_before(analysis, before - 1, pos) \
            and norms[pos] not in lang.function_words and norms[before] not in lang.function_words \
            and norms[before] not in rules.own and norms[before] not in lang.delegated_modals \
            and not verb_form(lang, norms[before]) and told_in_first_person(analysis.matcher):
        return before  # a describing word opening the clause: "REPEAT customers are…" (in an
        # interview rubric: on a knowledge rubric "web clients request…" is the answer)
    return pos
