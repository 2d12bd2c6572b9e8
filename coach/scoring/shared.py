"""A subject shared by coordinated clauses (coach.scoring.aside asks here): a clause that opens
with its verb has the subject of the clause before it in its sentence (English, Swedish:
"Min chef Jonas tog honom åt sidan, LYSSNADE, bjöd på…"). "It's really quick,
GIVES you personal recommendations" is the app's doing; "she upgraded him to a suite, SENT up
a bottle of wine and rang him to check he was happy" is the supervisor's. The subject rules
(coach.scoring.roles, things) then judge that subject as if it stood in the match's clause.
A "they" shares the subject it stands for: "The nurses were so patient, THEY explained…".
Language data (coach.lang) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import is_negation
from .forms import adverbial, past_form, read_as_name, verb_form, written_as_name
from .roles import opens_clause, other_subject, served_subject
from .senses import someone_elses
from .things import subject_thing
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis

# How many clauses back a shared subject is looked for: a run of coordinated verbs is told in
# a few clauses ("she upgraded him, sent up wine and rang him").
_CLAUSES_BACK = 3
# How many words open a clause with its subject ("my manager Jonas took …").
_OPENING_WORDS = 4


def _verb_opens(analysis: Analysis, low: int, end: int) -> bool:
    """Does the clause of tokens low..end open (after any coordinator) with a verb and no
    subject? A word is a verb by its past ending or as one of the language's participles, or
    by what follows it: a determiner or one of Language.verb_followers ("gives YOU", "made HER
    a tea", "follows UP"). A subject, a pronoun or any small word at the start is none."""
    lang = analysis.language
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    start = low
    while start < end and (norms[start] in rules.openers
                           or (start + 1 < end and adverbial(lang, norms[start]))):
        start += 1  # (and adverbs before the verb: ", REALLY went above and beyond")
    if start >= end or low == analysis.tokens.sentence_range(low)[0]:
        return False  # (a sentence's first clause has its subject, or none to share)
    word = norms[start]
    if word in lang.function_words or word in rules.own or word in lang.third_person or \
            word in lang.thing_pronouns or word in lang.subordinators:
        return False
    after = norms[start + 1] if start + 1 < end else ""
    if after in rules.own or after in lang.inverted_subjects:
        return False  # verb second: the subject follows ("sen ringde JAG")
    return past_form(lang, word) or after in rules.determiners or after in lang.verb_followers


def shared_clause(analysis: Analysis, first: int) -> int | None:
    """The last token of the clause whose subject the match at `first` shares: its own clause
    opens with a verb, and so may the clauses before it (up to _CLAUSES_BACK), in its sentence.
    None when the match's clause has a subject of its own or none is found before it."""
    if not analysis.language.participle_endings and not analysis.language.past_endings:
        return None  # (the rule needs the language's past forms: English, Swedish)
    clause = analysis.tokens.clauses[first]
    if clause not in analysis.shared:  # (asked up to three times a match: found once a clause)
        analysis.shared[clause] = _shared_clause(analysis, first)
    return analysis.shared[clause]


def _shared_clause(analysis: Analysis, first: int) -> int | None:
    """shared_clause, found."""
    tokens = analysis.tokens
    sentence_low = tokens.sentence_range(first)[0]
    low, end = tokens.clause_range(first)
    if low <= sentence_low or not (_verb_opens(analysis, low, end) or _fragment(analysis, low, end)):
        return None
    for _ in range(_CLAUSES_BACK):
        if low <= sentence_low:
            return None
        previous = low - 1
        low, end = tokens.clause_range(previous)
        if _subordinate(analysis, low) or _apposition(analysis, low, end) or \
                _describes_on(analysis, low, end):
            continue  # ("I rang her, before she had planned anything, and told her straight";
            # "jag hittade orsaken, ett gammalt abonnemang som drog pengar, och fixade det";
            # "Their agent was brilliant, REALLY PATIENT, explained the claim process")
        if not _verb_opens(analysis, low, end):
            return previous
    return None


# How many words a clause with no subject and no verb may hold and go on from the clause before
# ("My old manager explained the booking system really clearly, STEP BY STEP").
_FRAGMENT_WORDS = 4


def _fragment(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause of tokens low..end a short phrase with no subject, verb or negation of its
    own, which goes on from the clause before it ("…, step by step", "…, in plain words")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    subjects = analysis.matcher.rules.subjects
    return end - low <= _FRAGMENT_WORDS and not any(
        norms[k] in subjects or norms[k] in lang.thing_pronouns or norms[k] in lang.copulas
        or verb_form(lang, norms[k]) or is_negation(norms[k], lang) for k in range(low, end))


def _describing(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause of tokens low..end only a describing word, with at most adverbs and small
    words beside it ("really patient", "super apologetic")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    subjects = analysis.matcher.rules.subjects
    return end - low <= 3 and sum(1 for k in range(low, end) if norms[k] not in lang.function_words
                                  and not adverbial(lang, norms[k])) == 1 and not any(
        norms[k] in subjects or norms[k] in lang.thing_pronouns or norms[k] in lang.copulas
        for k in range(low, end))  # (not "it's really quick": a clause of its own)


def _describes_on(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause of tokens low..end only a describing word that goes on from a clause with a
    form of "be" or a linking verb ("Their agent WAS brilliant, really patient, …")?"""
    if low == 0 or not _describing(analysis, low, end):
        return False
    lang = analysis.language
    norms = analysis.tokens.norms
    before, _end = analysis.tokens.clause_range(low - 1)
    return any(norms[k] in lang.copulas or norms[k] in lang.linking_verbs for k in range(before, low))


def described_subject(analysis: Analysis, first: int, also: frozenset[str] = frozenset()
                      ) -> tuple[str, int, int] | None:
    """Someone else described in the clause before, when the match's clause only goes on
    describing them: one word that carries meaning with at most adverbs before it, after a
    clause with a form of "be" or a linking verb ("the guy at the desk WAS amazing, SUPER
    APOLOGETIC"; roles.other_subject asked at that verb)."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.clause_range(first)
    if low <= tokens.sentence_range(first)[0] or not _describing(analysis, low, end):
        return None
    before, _end = tokens.clause_range(low - 1)
    verb = next((k for k in range(low - 1, before - 1, -1)
                 if norms[k] in lang.copulas or norms[k] in lang.linking_verbs), None)
    return None if verb is None else other_subject(analysis, verb, also, pronouns=bool(also))


def _apposition(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause low..end a noun phrase with its relative clause, set beside the clause
    before ("…found the cause, AN OLD SUBSCRIPTION THAT TOOK money…"): a determiner opens it and
    a relative pronoun follows within a few words? It has no verb of its own to share."""
    rules = analysis.matcher.rules
    norms = analysis.tokens.norms
    return norms[low] in rules.determiners and any(
        norms[k] in rules.relatives for k in range(low + 1, min(end, low + 1 + _OPENING_WORDS)))


def set_off_subject(analysis: Analysis, first: int, also: frozenset[str]) -> tuple[str, int, int] | None:
    """Someone else as the subject of the match's clause, named before a clause set off inside
    it: "Sophie, who's been at the deli for years, knows every regular", "Our team leader, Sam,
    always follows up" (the sentence opens with the subject alone, then a `_set_off` clause,
    then the match's clause, opening with its verb). `also`: the colleagues."""
    tokens = analysis.tokens
    low, end = tokens.clause_range(first)
    sentence_low = tokens.sentence_range(first)[0]
    if low - sentence_low < 2:
        return None  # (most matches: no two clauses before theirs in the sentence)
    norms, rules, lang = tokens.norms, analysis.matcher.rules, analysis.language
    verb = low
    while verb < end - 1 and adverbial(lang, norms[verb]):
        verb += 1  # ("Our concierge, Luca, ALWAYS goes above and beyond")
    opener = norms[verb]
    if (opener in lang.function_words and opener not in lang.copulas) or \
            opener in rules.subjects or opener in rules.anyone_served:
        return None  # (the clause opens with its verb, a copula too: "…, WAS brilliant at …")
    inner_low, inner_end = tokens.clause_range(low - 1)
    role = inner_end - inner_low <= _OPENING_WORDS and norms[inner_end - 1] in also
    if inner_low <= sentence_low or not (role or _set_off(analysis, inner_low, inner_end)):
        return None  # (… or a colleague's role in apposition: "Sandra, OUR TEAM LEADER, was…")
    head_low, head_end = tokens.clause_range(inner_low - 1)
    if head_low != sentence_low or not rules.own.isdisjoint(norms[head_low:head_end]):
        return None
    if head_end - head_low > _OPENING_WORDS:
        return _placed_role(analysis, head_low, head_end, also)  # (the subject alone opens it)
    last = head_end - 1
    word = norms[last]
    # (a name: one at the sentence's start too, where "who" or a role follows: "SOPHIE, who's
    # been…", "SANDRA, our team leader, …")
    if _someone_else(analysis, word, also) or read_as_name(analysis, last) or (
            (role or norms[inner_low] in lang.relative_pronouns) and written_as_name(analysis, last)):
        return word, head_low, last
    return None


# How many words a subject set off by a name may hold with a phrase before or after its role
# ("At the Beaumont in November the duty manager, Raj, …").
_PLACED_WORDS = 12


def _placed_role(analysis: Analysis, low: int, end: int, also: frozenset[str]) -> tuple[str, int, int] | None:
    """A colleague's role in a longer subject before a name set off in commas: a phrase of place
    or time before it, a place after it ("MY MANAGER at the Kingsley, Deborah, was…", "At the
    Beaumont in November THE DUTY MANAGER, Raj, wrote…"), and no pronoun of its own."""
    if end - low > _PLACED_WORDS:
        return None
    norms, rules, lang = analysis.tokens.norms, analysis.matcher.rules, analysis.language
    if not rules.subjects.isdisjoint(norms[low:end]):
        return None  # (a clause of its own: "SHE asked the manager, Raj, …")
    for pos in range(end - 1, low - 1, -1):
        if _someone_else(analysis, norms[pos], also):
            if pos + 1 == end or norms[pos + 1] in lang.life_prepositions:
                return norms[pos], low, end - 1
            return None
    return None


def _someone_else(analysis: Analysis, word: str, also: frozenset[str]) -> bool:
    """Is the word a role that names someone else: one of `also` (the colleagues), a third party
    or one of the people around the front line (Language.work_others)?"""
    return word in also or word in analysis.matcher.rules.third_parties or \
        word in analysis.language.work_others


def _set_off(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause low..end set off inside a subject: a relative clause opened by a relative
    pronoun (Language.relative_pronouns: "Sophie, WHO'S BEEN AT THE DELI FOR YEARS, knows…") or a
    name in apposition ("Our team leader, SAM, always follows up"), bare or after a naming word
    ("My old flatmate, A GUY NAMED KWAME, was…"; Language.naming_words)?"""
    norms = analysis.tokens.norms
    if norms[low] in analysis.language.relative_pronouns:
        return True
    if _OPENING_WORDS >= end - low >= 3 and norms[end - 2] in analysis.language.naming_words and \
            read_as_name(analysis, end - 1):
        return True
    return end - low <= 2 and all(read_as_name(analysis, k) for k in range(low, end))


def _subordinate(analysis: Analysis, low: int) -> bool:
    """Does the clause starting at token `low` open with a subordinator ("when she …", "innan
    hon …", "medan han …", Language.subordinators): no main clause to share a subject with?"""
    return analysis.tokens.norms[low] in analysis.language.subordinators


def shared_subject(analysis: Analysis, first: int, also: frozenset[str] = frozenset()
                   ) -> tuple[str, int, int] | None:
    """Someone else as the subject the match's clause shares with the clause before it
    (roles.other_subject there; `also`: the colleagues, for a criterion not marked ownership)."""
    shared = _others_clause(analysis, first)
    if shared is None:
        return None
    # The subject opens that clause: look only at its first words ("I called the warehouse
    # while SHE waited" is the candidate's clause, whoever stands in its subordinate part).
    previous, low, _end = shared
    found = other_subject(analysis, min(previous, low + _OPENING_WORDS), also, pronouns=bool(also))
    if found is not None and found[0] in analysis.language.anyone_nouns:
        return None  # (anyone at all is the service described: "Someone listened, explained…")
    return found


def _others_clause(analysis: Analysis, first: int) -> tuple[int, int, int] | None:
    """The clause whose subject the match's clause shares, when the candidate is not in it: its
    last token and its (first, end) range. ("Medan han stod kvar öppnade JAG betalsystemet", "I
    checked while HE was on the phone, confirmed…" are the candidate's.)"""
    previous = shared_clause(analysis, first)
    if previous is None:
        return None
    low, end = analysis.tokens.clause_range(previous)
    if not analysis.matcher.rules.own.isdisjoint(analysis.tokens.norms[low:end]):
        return None
    return previous, low, end


def shared_served(analysis: Analysis, first: int, ownership: bool = False
                  ) -> tuple[str, int, int] | None:
    """The person served, or another person, as the subject the match's clause shares ("and HE
    listened, apologised, REFUNDED her"): roles.served_subject, asked of each word that opens
    the clause before (its verb after the subject)."""
    shared = _others_clause(analysis, first)
    if shared is None:
        return None
    _previous, low, end = shared
    for at in range(low + 1, min(end, low + 1 + _OPENING_WORDS)):
        found = served_subject(analysis, at, ownership)
        if found is not None:
            return found
    return None


def shared_thing(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A thing as the subject the match's clause shares: "the app … It's really quick, gives
    you personal recommendations", "the till system updates itself, sends a receipt"."""
    if not analysis.language.things or not told_in_first_person(analysis.matcher):
        return None
    previous = shared_clause(analysis, first)
    if previous is None:
        return None
    found = subject_thing(analysis, analysis.tokens.clause_range(previous)[0])
    return None if found is None else (found[0], found[1], found[1])


def they_for(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """Someone from the candidate's life or work as what "they" stands for, when "they" is the
    subject of the match's clause: "The nurses were so patient, THEY explained everything in
    plain English" (Language.plural_subjects). The nearest person named before it, in its
    sentence or the one before, says who: the person served ("the couple … they were on the
    road in ten minutes", the candidate's service) or anyone else (colleagues, third parties
    not a served person's own: "their parents")."""
    lang = analysis.language
    plural = lang.plural_subjects
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(first)[0]
    if not plural or plural.isdisjoint(norms[low:first]):
        return None  # (most clauses: no "they" before the match)
    rules = analysis.matcher.rules
    pos = low
    while pos < first and (norms[pos] in rules.openers or adverbial(lang, norms[pos])):
        pos += 1
    if pos >= first or norms[pos] not in plural or \
            not rules.own.isdisjoint(norms[pos + 1 : first]):
        return None  # (the candidate does it: "they asked ME to explain it")
    sentences = tokens.sentences
    others = rules.third_parties | lang.colleagues
    back = pos - 1
    while back >= 0 and sentences[pos] - sentences[back] <= 1:
        word = norms[back]
        mine = back > 0 and norms[back - 1] in lang.scene_mine
        if word in others and (mine or word not in lang.people_words) and \
                not someone_elses(analysis, back) and opens_clause(analysis, back):
            return word, back, pos  # (a subject: not "added him as a second DRIVER")
        if (word in lang.people_words or word in lang.served_subjects - plural) and not (
                back > 0 and (norms[back - 1] in lang.copulas or norms[back - 1] in lang.degree_words
                              or adverbial(lang, norms[back - 1]))):
            return None  # (the person served, or a "he" or "she"; not a describing word: "so
            # PATIENT")
        back -= 1
    return None
