"""What the candidate got: a keyword named by a relative clause whose subject is the candidate
and whose verb is one of getting ("the best explanation I ever got", "the nicest apology I've
had", "den bästa ursäkten jag någonsin fått") is service the candidate received, not service
they gave; so is a keyword done in the passive by someone else ("everything was explained
clearly BY THE PHARMACIST") or credited to them ("THANKS TO MY MANAGER, the customer got a
refund"), and the candidate as the subject of the served person's surprise or feeling ("…,
which I wasn't expecting", "I felt so heard"). Language data (coach.lang: receipt_verbs,
perfect_receipts, agent_prepositions, credits, surprise_words) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, genitive_base, past_form, read_as_name, verb_form
from .voice import first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words (adverbs, auxiliaries) may stand between the candidate and the verb of
# getting ("I have EVER been given", "jag NÅGONSIN har fått").
_REACH = 3


def received_after(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The relative clause of getting right after the match, with the candidate as its subject
    (after any relative pronoun: "the warmest welcome THAT I've had"), if any."""
    lang = analysis.language
    verbs = lang.receipt_verbs
    if not verbs:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    pos = match.last + 1
    rules = analysis.matcher.rules
    opens = (lang.own_subjects, rules.relatives)  # (the candidate, or "that" before them)
    if pos + 1 < len(norms) and any(norms[pos + 1] in words for words in opens) and \
            norms[pos] not in rules.skip and not adverbial(lang, norms[pos]):
        pos += 1  # the noun the keyword describes: "the most honest ANSWER I ever received"
    if pos < len(norms) and norms[pos] in rules.relatives:
        pos += 1
    if pos >= len(norms) or norms[pos] not in lang.own_subjects or \
            tokens.sentences[pos] != tokens.sentences[match.last]:
        return None
    subject = pos
    perfect_verbs, perfect_words = lang.perfect_receipts
    perfect = norms[subject] in perfect_words
    pos += 1
    while pos < len(norms) and pos - subject <= _REACH and norms[pos] not in verbs and \
            norms[pos] not in perfect_verbs and (adverbial(lang, norms[pos]) or norms[pos] in perfect_words
                                                 or norms[pos] in lang.function_words):
        perfect = perfect or norms[pos] in perfect_words
        pos += 1
    if pos < len(norms) and (norms[pos] in verbs or (norms[pos] in perfect_verbs and perfect)) \
            and _gap_after(analysis, pos):
        return " ".join(norms[match.first : pos + 1]), match.first, pos
    return None


def _gap_after(analysis: Analysis, verb: int) -> bool:
    """Does the verb of getting at `verb` lack its object, as in a relative clause about the
    word before it: the clause or sentence ends after it, or a copula or preposition follows
    ("… I ever got WAS from", "… I got AT the hotel"), or the main clause's verb goes on ("…
    I ever received CAME from")? Not "I've got IT on the screen", "som
    jag fick VETA det" (a verb after it: got to know)."""
    tokens = analysis.tokens
    after = verb + 1
    if after >= len(tokens.norms) or tokens.clauses[after] != tokens.clauses[verb]:
        return True
    lang = analysis.language
    word = tokens.norms[after]
    return word in lang.copulas or word in lang.life_prepositions or past_form(lang, word)


# How many words may stand between the verb of getting and the keyword ("got A LITTLE gift"),
# and after the keyword before "from" ("a quick response BACK from").
_OBJECT_REACH = 3


def got_from(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The keyword as what the candidate got from someone: the candidate, a verb of getting,
    the keyword as its object, then where it came from ("I got a little gift from a customer",
    "Jag fick en liten present från en kund"; Language.receipt_verbs, source_prepositions).
    Not where someone served is named besides the giver ("I got a free upgrade from the
    manager FOR THE COUPLE": got for them), nor the verb with its own object before the keyword
    ("fick ge HENNE en gratis uppgradering")."""
    lang = analysis.language
    verbs, sources = lang.receipt_verbs, lang.source_prepositions
    if not verbs or not sources:
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    clause = clauses[match.first]
    low, end = tokens.clause_range(match.first)
    if verbs.isdisjoint(norms[low : match.first]) or sources.isdisjoint(norms[match.last + 1 : end]):
        return None  # (most clauses: no getting, or no giver)
    rules = analysis.matcher.rules
    verb = match.first - 1
    while verb >= low and match.first - verb <= _OBJECT_REACH + 1 and norms[verb] not in verbs and (
            norms[verb] in rules.determiners or norms[verb] in lang.articles
            or adverbial(lang, norms[verb]) or (norms[verb] not in lang.function_words
            and norms[verb] not in rules.anyone_served and not past_form(lang, norms[verb]))):
        verb -= 1
    if verb < low or norms[verb] not in verbs or verb == low or norms[verb - 1] not in lang.own_subjects:
        return None
    source = next((k for k in range(match.last + 1, min(end, match.last + 2 + _OBJECT_REACH))
                   if norms[k] in sources), None)
    if source is None or source + 1 >= end:
        return None
    served = rules.anyone_served
    if any(norms[k] in served and clauses[k] == clause for k in range(verb + 1, source)) or \
            any(norms[k] in served for k in range(source + 4, end)):
        return None  # (got for someone served: "got HER a free upgrade")
    giver = source + 1
    while giver + 1 < end and (norms[giver] in rules.determiners or norms[giver] in lang.articles):
        giver += 1
    return " ".join(norms[verb - 1 : giver + 1]), verb - 1, giver


def done_to_me(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A manner said of what was done to the candidate: their object word right before a match
    that opens with an adverb or a manner preposition ("that lifts ME straight away", "the bank
    got back to ME quickly", "they treated ME with respect"; Language.own_objects), in a clause
    the candidate does not open as its subject. Not where the candidate is let do it ("let ME
    quickly check").
    """
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    before = match.first - 1
    if before > 1 and norms[before] in lang.manner_prepositions:
        before -= 1  # "treated me WITH respect"
    if before < 1 or norms[before] not in lang.own_objects or \
            tokens.clauses[before] != tokens.clauses[match.first]:
        return None
    word = norms[before + 1]
    if not (adverbial(lang, word) or word in lang.manner_prepositions):
        return None
    low = tokens.clause_range(match.first)[0]
    rules = analysis.matcher.rules
    if norms[before - 1] in lang.delegators or any(
            norms[k] in rules.own and norms[k] not in lang.own_objects for k in range(low, before)):
        return None  # ("let me quickly check", "I asked them to give me a minute quickly")
    return tokens.span_text(low, match.last), low, match.last


# How far after a keyword its passive's doer may be named ("was explained clearly to me by the
# pharmacist").
_AGENT_REACH = 5
# How many describing words may stand before the doer's noun ("by a REALLY LEVEL-HEADED officer").
_DESCRIBING = 3
# How far before a keyword its passive's auxiliary may be ("she WAS treated with real compassion").
_AUXILIARY_REACH = 5


def passive_agent(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone else named as the doer of a passive keyword ("Everything was EXPLAINED clearly BY
    THE PHARMACIST", "the follow-up call was done by my supervisor"; Language.agent_prepositions
    after a form of "be" and a past participle, in the keyword's clause): their deed, not the
    candidate's. (A thing as that doer: thing_words.done_by.)"""
    lang = analysis.language
    if not lang.agent_prepositions or not lang.passive_auxiliaries or not first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    clause = clauses[match.first]
    low = tokens.clause_range(match.first)[0]
    start = max(low, match.first - _AUXILIARY_REACH)
    if lang.passive_auxiliaries.isdisjoint(norms[start : match.last + 1 + _AGENT_REACH]):
        return None  # (most matches: no form of "be" near them)
    rules = analysis.matcher.rules
    own = [k for k in range(low, match.first) if norms[k] in rules.own]
    if own and (len(own) > 1 or not passive_subject(analysis, own[0], match.first) or (
            match.first == match.last and past_form(lang, norms[match.first]))):
        return None  # the candidate as anything but the passive's subject ("I explained it
        # clearly, as asked by my manager"), or the keyword a participle of its own ("I was
        # respected by the staff": owners.received's); as its subject, they got it: "WE WERE kept
        # in the loop by the removal company", "I WAS called back by the engineer"
    for pos in range(match.last + 1, min(len(norms) - 1, match.last + 1 + _AGENT_REACH)):
        if clauses[pos] != clause:
            return None
        if norms[pos] not in lang.agent_prepositions:
            continue
        if lang.passive_auxiliaries.isdisjoint(norms[start:pos]) or \
                not any(past_form(lang, norms[k]) for k in range(start, pos)):
            return None  # ("I explained it clearly BY drawing a diagram")
        at = pos + 1
        while at < len(norms) - 1 and (norms[at] in rules.determiners or norms[at] in lang.scene_mine):
            at += 1
        others = (rules.third_parties, lang.colleagues, lang.work_others)
        if at + 1 < len(norms) and clauses[at + 1] == clause and \
                any(norms[at + 1] in group for group in others):
            at += 1  # (a word naming which: "by the QUALITY team")
        describing = 0
        while at + 1 < len(norms) and describing < _DESCRIBING and clauses[at + 1] == clause and \
                not any(norms[at] in group for group in others) and norms[at] not in lang.service_places \
                and (adverbial(lang, norms[at]) or norms[at] not in lang.function_words):
            at += 1  # (its describing words: "by a YOUNG waiter", "by a REALLY LEVEL-HEADED officer")
            describing += 1
        word = norms[at]
        if clauses[at] == clause and word not in rules.own and (
                any(word in group for group in others) or word in lang.served_subjects
                or word in lang.service_places or read_as_name(analysis, at)):
            return word, match.first, at
        return None
    return None


def passive_subject(analysis: Analysis, pos: int, first: int) -> bool:
    """Is the candidate's word at pos the subject of a passive before `first`: "WE WERE kept
    in the loop", "I WAS ALWAYS called back" (Language.passive_auxiliaries; "I'm" is both)?
    Then they had it done to them."""
    lang = analysis.language
    norms = analysis.tokens.norms
    if norms[pos] in lang.own_objects:
        return False
    if norms[pos] in lang.passive_auxiliaries:
        return True
    at = pos + 1
    while at < first and adverbial(lang, norms[at]):
        at += 1
    return at < first and norms[at] in lang.passive_auxiliaries


def received_by_me(analysis: Analysis, pos: int, first: int) -> bool:
    """Is the candidate's word at pos the subject of a passive verb before token `first`, or
    of the match itself ("WE WERE KEPT updated", "we were SURPRISED with a bottle of champagne
    on the house"): done to them?"""
    if not passive_subject(analysis, pos, first + 1):
        return False
    lang = analysis.language
    norms = analysis.tokens.norms
    at = pos + 1
    while at <= first and (adverbial(lang, norms[at]) or norms[at] in lang.passive_auxiliaries):
        at += 1
    return at <= first and past_form(lang, norms[at])


def credited_to(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone else credited with the keyword's sentence by an opening phrase ("THANKS TO MY
    MANAGER, the customer got a refund the same day", "tack vare min chef …"; Language.credits,
    then a colleague, a third party, a thing or a name, not a possessive: "thanks to my manager's advice,
    I stayed calm" is the candidate's)."""
    credits = analysis.matcher.rules.credits
    if not credits:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(match.first)[0]
    opening = norms[low]
    words = next((words for words in credits if words[0] == opening
                  and tuple(norms[low : low + len(words)]) == words), None)
    if words is None:
        return None  # (most sentences: no credit given)
    lang = analysis.language
    rules = analysis.matcher.rules
    at = low + len(words)
    while at < match.first and (norms[at] in rules.determiners or norms[at] in lang.scene_mine):
        at += 1
    if at < match.first and at + 1 < len(norms) and (norms[at + 1] in rules.third_parties or
                                                     norms[at + 1] in lang.colleagues or
                                                     norms[at + 1] in lang.things):
        at += 1  # ("thanks to the night MANAGER", "thanks to the new TILL")
    word = norms[at] if at < match.first else ""
    if not word or word in rules.own or any(norms[k] in rules.own for k in range(at + 1, match.first)):
        return None  # (the candidate acts, helped: "thanks to my manager, I was able to…")
    if word in rules.third_parties or word in lang.colleagues or word in lang.things or \
            read_as_name(analysis, at):
        return tokens.span_text(low, at), low, at  # (or a thing: "thanks to the new till")
    return None


# How many words may stand between a keyword and its copula, and between the copula and the
# possessive that says whose it is ("Flexibility IS really head OFFICE'S call").
_PREDICATE_GAP = 4


def owner_in_predicate(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone else as the owner of the keyword, named in its predicate: the keyword opens
    its clause, a copula follows, and then a colleague's, a firm's or someone's from the
    candidate's life possessive ("Going the extra mile is more MY MANAGER'S thing",
    "Flexibility is HEAD OFFICE'S call"; Language.genitive_endings on rules.possessors)."""
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    if lang.copulas.isdisjoint(norms[match.last + 1 : match.last + 1 + _PREDICATE_GAP]):
        return None  # (no copula right after it: most matches)
    low, end = tokens.clause_range(match.first)
    rules = analysis.matcher.rules
    gerund = lang.progressive_endings or ("\0",)
    if any(norms[k] not in rules.openers and norms[k] not in rules.determiners
           and not norms[k].endswith(gerund) for k in range(low, match.first)):
        return None  # (the keyword opens its clause, as its subject: "GOING the extra mile is…")
    copula = next((k for k in range(match.last + 1, min(end, match.last + 1 + _PREDICATE_GAP))
                   if norms[k] in lang.copulas), None)
    if copula is None:
        return None
    for k in range(copula + 1, min(end, copula + 1 + _PREDICATE_GAP + 1)):
        word = norms[k]
        if genitive_base(lang, word) in rules.possessors:
            return tokens.span_text(copula + 1, k), copula + 1, k
    return None


def given_me(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The candidate as the one the keyword was given to: their object word right after a verb
    and before an article that opens the keyword's phrase, one word at most between ("the
    surgery PROMISED ME A swift callback", "they GAVE US A free upgrade", "de GAV OSS EN gratis
    uppgradering", "the vet GAVE US THREE alternative foods"; Language.own_objects, articles,
    number_words): service they received. Not after a function word ("explained it TO ME"),
    nor without the article ("let me quickly check")."""
    lang = analysis.language
    if not lang.articles or analysis.stem_of.keys().isdisjoint(lang.own_objects):
        return None
    norms = analysis.tokens.norms
    low = analysis.tokens.clause_range(match.first)[0]
    article = next((k for k in (match.first - 1, match.first - 2)
                    if k > low and (norms[k] in lang.articles or norms[k] in lang.number_words)), None)
    if article is None or article - 2 < low:
        return None
    me, verb = article - 1, article - 2
    if norms[me] in lang.verb_followers and norms[me] not in lang.own_objects and me - 2 >= low:
        me, verb = me - 1, me - 2  # past a particle: "the agent WALKED ME THROUGH the options"
    if norms[me] not in lang.own_objects or norms[verb] in lang.function_words or \
            not verb_form(lang, norms[verb]):
        return None
    return " ".join(norms[verb : article + 1]), verb, article


def own_experience(analysis: Analysis, match: PhraseMatch,
                   words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A keyword that names what the person served goes through, with the candidate as its
    subject: their surprise ("the hotel upgraded us, which I honestly WASN'T EXPECTING", "నేను
    అసలు ఎక్స్‌పెక్ట్ చేయలేదు"; Language.surprise_words) or a feeling verb and a participle
    ("I honestly FELT SO HEARD"; receiving_verbs): service the candidate got, not gave. (Not
    "I felt for her": no participle, the candidate's own empathy.)"""
    lang = analysis.language
    surprise = not lang.surprise_words.isdisjoint(words)
    if not surprise and not (
            words and len(words) > 1 and words[0] in lang.receiving_verbs
            and (words[-1] in lang.participles or words[-1].endswith(lang.participle_endings or ("\0",)))):
        return None
    norms = analysis.tokens.norms
    low = analysis.tokens.clause_range(match.first)[0]
    pos = match.first - 1
    while pos >= low and match.first - pos <= _REACH and (
            adverbial(lang, norms[pos]) or norms[pos] in lang.degree_words):
        pos -= 1  # ("I REALLY wasn't expecting", "నేను అసలు …")
    if pos < low or norms[pos] not in lang.own_subjects or norms[pos] in lang.own_objects:
        return None
    return " ".join(norms[pos : match.last + 1]), pos, match.last


# How many words (an article, describing words) may stand between a verb of getting and the
# keyword the candidate got ("we were given A REALLY warm welcome").
_GOT_REACH = 3


def given_to_me(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The candidate as the subject of a verb of getting, passive or not, with the keyword as
    what they got ("WE WERE GIVEN a complimentary bottle of wine", "I GOT a really warm
    welcome"; Language.receipt_verbs, passive_auxiliaries): service they received. Not where
    someone served is named on the way or after it ("I got HER a free upgrade", "… for HER")."""
    lang = analysis.language
    verbs = lang.receipt_verbs
    if not verbs:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    verb = next((k for k in range(match.first - 1, max(low, match.first - 1 - _GOT_REACH) - 1, -1)
                 if norms[k] in verbs), None)
    if verb is None:
        return None  # (most matches: no verb of getting right before them)
    served = analysis.matcher.rules.anyone_served
    end = min(tokens.clause_range(match.first)[1], match.last + 1 + _GOT_REACH)
    if any(norms[k] in served or (norms[k] in lang.function_words and norms[k] not in lang.articles
           and not adverbial(lang, norms[k])) for k in range(verb + 1, match.first)) or \
            any(norms[k] in served or past_form(lang, norms[k]) for k in range(match.last + 1, end)):
        return None  # (got for someone served: "got HER a free upgrade"; or got it done: "got
        # a complimentary dessert SENT to their table")
    subject = verb - 1
    while subject >= low and (adverbial(lang, norms[subject]) or norms[subject] in lang.passive_auxiliaries) \
            and norms[subject] not in lang.own_subjects:
        subject -= 1  # ("we WERE given", "I'VE ALWAYS got")
    if subject < low or norms[subject] not in lang.own_subjects or norms[subject] in lang.own_objects:
        return None
    if lang.passive_auxiliaries.isdisjoint(norms[subject : verb]) and \
            not lang.perfect_receipts[1].isdisjoint(norms[subject : verb]):
        return None  # what the candidate has: "I'VE got a mental checklist", "we've got a regular"
    return " ".join(norms[subject : verb + 1]), subject, match.last
