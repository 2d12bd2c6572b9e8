"""Traits the candidate claims (coach.scoring.aside asks here): a trait said bare, with no one
served in its sentence ("I'm a very reliable person"), or backed by the candidate's own life
("I'm really patient, I've got three younger brothers"). Language data (coach.lang:
copulas, trait_words, work_traits, life_nouns) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial
from .quotes import quoted
from .senses import someone_elses

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def trait_from_life(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A trait the candidate claims of themselves ("I'm really empathetic", "I'm a patient
    person") backed in the same sentence by their own life, not by work: "…, I cry at every
    film", "…, my friends always come to me", "…, I've got three younger brothers". The
    trait clause holds only the candidate, small words and the keyword; the evidence is a
    life noun, someone from the candidate's life, or one of the language's own-life phrases
    in another clause of the sentence."""
    if not self_description(analysis, match):
        return None
    lang = analysis.language
    tokens = analysis.tokens
    norms, clauses, sentences = tokens.norms, tokens.clauses, tokens.sentences
    rules = analysis.matcher.rules
    clause = clauses[match.first]
    sentence = sentences[match.first]
    for k in range(*tokens.sentence_range(match.first)):
        word = norms[k]
        if k and norms[k - 1] in lang.scene_mine:
            word = word.removesuffix("'s")  # "I coach my nephew's team" (not "someone's been")
        if clauses[k] != clause and (word in lang.life_nouns or (
                word in rules.third_parties and word not in rules.skip  # not "someone", "någon"
                and word not in lang.anyone_nouns and not someone_elses(analysis, k))):
            return word, min(k, match.first), max(k, match.last)
    for owner in ("@sense", "@frame"):
        hit = analysis.context_in_sentence(owner, sentence)
        if hit is not None and clauses[hit[1]] != clause:
            return hit[0], min(hit[1], match.first), max(hit[2], match.last)
    # A bare self-description beside a sentence about the candidate's life that names no one
    # served draws on it too: "I do parkrun every Saturday. I'm just an upbeat person." and
    # "Going above and beyond is my whole personality. I ran a half-marathon last year…"
    clause_low, clause_end = tokens.clause_range(match.first)
    if lang.copulas.isdisjoint(norms[clause_low:clause_end]) and \
            not rules.served_nouns.isdisjoint(norms[clause_low:clause_end]):
        return None  # (a trait had for serving: "I play football. I have a passion for helping
        # customers." The same with "be" stays set aside: a choice made with the holdout
        # counts in view, docs/accuracy.md)
    low, high = tokens.sentence_range(match.first)
    for at in (low - 1, high):
        if at < 0 or at >= len(norms):
            continue
        first, end = tokens.sentence_range(at)
        if lang.life_nouns.isdisjoint(norms[first:end]):
            continue  # (most sentences: no life noun)
        # (not a progressive form before its noun, which describes the noun: "the CLIMBING
        # roses won't be in until May")
        life = [k for k in range(first, end) if norms[k] in lang.life_nouns and not (
            lang.progressive_endings and norms[k].endswith(lang.progressive_endings)
            and k + 1 < end and norms[k + 1] not in lang.function_words
            and norms[k + 1] not in lang.stop_words and not adverbial(lang, norms[k + 1]))]
        # (someone served named as such: "her" may be the candidate's mum's; or as the subject:
        # "THEY'VE probably been travelling since dawn")
        if life and not any(norms[k] in rules.served_nouns or norms[k] in rules.served_pronouns
                            for k in range(first, end)):
            return norms[life[0]], min(life[0], match.first), max(life[0], match.last)
    return None


def self_description(analysis: Analysis, match: PhraseMatch) -> bool:
    """Is the match's clause only the candidate saying what they are: "I'm really empathetic",
    "I'm a patient person", "I've always been reliable like that", "I've got loads of empathy"
    (the candidate, a form of "be" or of "have", small words, adverbs and Language.trait_words
    besides the keyword)?"""
    lang = analysis.language
    if not lang.copulas:
        return False
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    links = rules.trait_links  # ("be", or a verb of having: "I've got loads of empathy")
    own_link = _opens_with_link(analysis, match)  # the match's own: "I STAY calm"
    sentence_low = tokens.sentence_range(match.first)[0]
    clause_low, clause_end = tokens.clause_range(match.first)
    # The words looked at below (`before`, `after`) lie in sentence_low..clause_end, on their side
    # of the match: without the candidate or a form of "be" there (most clauses), no statement
    # (_statement) need be found.
    # Without a copula in a language that drops it, the trait ends its clause: "నేను చాలా
    # ఫ్లెక్సిబుల్ సార్" ("I (am) very flexible, sir").
    bare = lang.zero_copula and all(w in lang.function_words or w in lang.trait_words
                                    for w in norms[match.last + 1 : clause_end])
    if (links.isdisjoint(norms[sentence_low:clause_end]) and not bare and not own_link) or (
            rules.own.isdisjoint(norms[sentence_low : match.first])
            and lang.first_person_objects.isdisjoint(norms[match.last + 1 : clause_end])):
        return False
    low, end = _statement(analysis, match.first, match.last)
    if low > sentence_low and low == clause_low:
        # across a list of traits: "… and I'm a friendly, | smiley person"
        start = tokens.clause_range(low - 1)[0]
        while low > start and (norms[low - 1] in lang.function_words or norms[low - 1] in rules.own
                               or norms[low - 1] in links or norms[low - 1] in lang.trait_words
                               or low - 1 in analysis.keyword_places()):
            low -= 1
    before, after = norms[low : match.first], norms[match.last + 1 : end]
    # (the owner may come after it: "Going above and beyond is my whole personality")
    if (rules.own.isdisjoint(before) and lang.first_person_objects.isdisjoint(after)) \
            or (links.isdisjoint(before) and links.isdisjoint(after) and not bare and not own_link):
        return False  # a trait is said with "be" ("I'm", "I've always been"), not "I followed up"
    if quoted(analysis, match.first):
        return False  # said to the customer: "I'm really sorry, you must be sick of that music"
    if not rules.served_pronouns.isdisjoint(after):
        return False  # the person served described: "I could see how tired THEY were"
    # Other traits beside it are part of the description: "I'm a friendly, smiley person"
    if any(w not in lang.function_words and w not in rules.own and w not in lang.trait_words
           and w not in links and not adverbial(lang, w) and k not in analysis.keyword_places()
           for k, w in enumerate(before, low)):
        return False  # "I listen to the customer and …": more than a self-description
    return all(w in lang.function_words or w in lang.trait_words or w in links
               or adverbial(lang, w) or k in analysis.keyword_places()
               for k, w in enumerate(after, match.last + 1))


def _opens_with_link(analysis: Analysis, match: PhraseMatch) -> bool:
    """Does the match open with a linking verb of its own ("STAY calm", "REMAIN patient";
    Language.linking_verbs), which links the candidate to the trait as "be" does?"""
    return match.first < match.last and analysis.tokens.norms[match.first] in analysis.language.linking_verbs


def _statement(analysis: Analysis, first: int, last: int) -> tuple[int, int]:
    """The token range of the statement around first..last: its clause, cut where a coordinator
    or "that" opens a new subject ("I'm flexible | and I like a challenge", "I must say that |
    I'm flexible")."""
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.clause_range(first)
    for k in range(first - 1, low, -1):
        if norms[k - 1] in rules.statement_openers and norms[k] in rules.subjects:
            low = k
            break
    for k in range(last + 1, end - 1):
        if norms[k] in rules.openers and norms[k + 1] in rules.subjects:
            return low, k
    return low, end


# How many words of other traits may stand between a trait and its noun ("friendly,
# approachable and warm person").
_TRAIT_LIST = 4


def work_trait(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A trait of the candidate as an employee, claimed bare ("I'm flexible and I like a
    challenge", "I'm a very reliable person", "I'm reliable like that"; Language.work_traits),
    or any trait as their character ("I'm a very honest person"; Language.character_nouns):
    it says they turn up and cover shifts, not how they serve anyone, unless the sentence
    names someone served ("I'm reliable: if I tell a customer I'll ring, I ring")."""
    lang = analysis.language
    traits = analysis.matcher.rules.work_traits
    if not traits or match.first != match.last:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    if (analysis.stem_of[norms[match.first]] not in traits and not _of_character(analysis, match)) or \
            not self_description(analysis, match):
        return None
    served = analysis.matcher.rules.anyone_served
    # (a witness called to back it is no one served: "ask anyone who knows me")
    said = {k for first, last, _text in analysis.idioms() for k in range(first, last + 1)}
    for k in range(*tokens.sentence_range(match.first)):
        if k in said:
            continue
        word = norms[k].removesuffix("'s")  # "the customer's machine"
        if word in served and word not in lang.trait_words:  # not "a reliable person"
            return None
    start, _end = tokens.clause_range(match.first)
    return norms[match.first], start, match.last


def _of_character(analysis: Analysis, match: PhraseMatch) -> bool:
    """Is the trait said of a character noun after it, past other traits of a list ("a very
    honest PERSON", "a friendly, approachable PERSON"; Language.character_nouns, having_words)?"""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    if lang.character_nouns.isdisjoint(norms[match.last + 1 : match.last + 2 + _TRAIT_LIST]):
        return False  # (most traits: no such noun soon after)
    places = analysis.keyword_places()
    after = match.last + 1
    while after < len(norms) and after - match.last <= _TRAIT_LIST and (
            after in places or norms[after] in lang.coordinators
            or norms[after] in lang.having_words) and \
            norms[after] not in lang.character_nouns:
        after += 1
    return after < len(norms) and norms[after] in lang.character_nouns and \
        tokens.sentences[after] == tokens.sentences[match.last]


# How many words may stand between a trait's preposition and the working time it names ("with
# MY OWN hours", "på KVÄLLAR och helger").
_ROTA_REACH = 3


# How far before a trait the verb of a wish for a job described by it may stand ("I'd LIKE a
# more flexible job", "Jag VILL gärna ha ett mer flexibelt jobb").
_WISH_REACH = 5


def availability(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A work trait said of the candidate's working time ("I'm flexible with weekends",
    "something flexible around my shifts", "flexibel på kvällar och helger"; a life preposition
    and, within _ROTA_REACH words, one of Language.rota_words), or wished for in a job ("I need
    something reliable"; Language.wish_verbs, wished_things): their availability or wish, not
    how they serve anyone ("flexible with her booking" earns)."""
    lang = analysis.language
    rules = analysis.matcher.rules
    if not (lang.rota_words or lang.wished_things) or match.first != match.last:
        return None
    norms = analysis.tokens.norms
    if analysis.stem_of[norms[match.first]] not in rules.work_traits:
        return None
    low, end = analysis.tokens.clause_range(match.first)
    before = match.first - 1
    if before > low and norms[before] in lang.wished_things and (
            norms[before - 1] in lang.wish_verbs
            or (before - 2 >= low and norms[before - 2] in lang.wish_verbs)):
        return norms[before], before, match.last  # "I need something reliable"
    after = match.last + 1
    if after < end and norms[after] in lang.wished_things and norms[after] not in lang.function_words and \
            any(norms[k] in lang.wish_verbs for k in range(max(low, match.first - _WISH_REACH), match.first)):
        return norms[after], match.first, after  # "I'd like a more flexible JOB", "ett flexibelt jobb"
    subject = _described_rota(analysis, low, before)
    if subject is not None:
        return norms[subject], subject, match.last  # "the rota's flexible", "my hours are flexible"
    at = match.last + 1
    if at >= end or norms[at] not in lang.life_prepositions:
        return None
    for k in range(at + 1, min(end, at + 2 + _ROTA_REACH)):
        if norms[k] in lang.rota_words:
            return norms[k], match.first, k
        if norms[k] in rules.anyone_served:
            return None  # ("flexible with the customer's hours")
    return None


def _described_rota(analysis: Analysis, low: int, before: int) -> int | None:
    """The working time a trait describes as its subject, right before it but for a copula
    and adverbs ("the ROTA'S flexible", "my HOURS are really flexible"), where no one served
    owns it ("their schedule is flexible" is the customer's); else None."""
    lang = analysis.language
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    pos = before
    while pos >= low and (norms[pos] in lang.copulas or adverbial(lang, norms[pos])):
        pos -= 1
    if pos < low:
        return None
    word = norms[pos]
    if word not in lang.rota_words and word.removesuffix("'s") not in lang.rota_words:
        return None
    if pos > low and (norms[pos - 1] in rules.theirs or norms[pos - 1] in rules.anyone_served):
        return None
    return pos
