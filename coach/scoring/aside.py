"""What a keyword match is about: the rules that set a match aside (the whole-answer
judgements, keyword stuffing and off-topic answers, are coach.scoring.whole's).

The analysis (coach.scoring.analysis) finds where a keyword phrase occurs; these rules decide
whether that occurrence is a claim about how the candidate serves people:

- idiom: inside a discourse marker ("To be honest, …", "with all due respect");
- exclusion: the criterion's own `exclude` phrases stand in the same clause;
- sense: the clause is about the candidate's own life (studies, sport, pay, own goals;
  coach.scoring.senses), or the candidate is the one served ("they left me on hold";
  coach.scoring.owners);
- trait: a trait of a good employee claimed bare ("I'm a very reliable person"), with no one
  served in the sentence (coach.scoring.senses);
- object: a task or a colleague where the phrase has the person served (coach.scoring.senses);
- hearsay: what others say, expect or value ("I'm told I'm empathetic", "customers expect me
  to follow up"), not what the candidate does;
- subject: the nearest subject in the clause is someone from outside the candidate's work
  ("my sister is so patient"), or the person served right before the keyword ("the guest was
  very patient with me", "she explained"), or the noun a relative clause is about ("a
  colleague who knew the products"): the team's "we" counts, a colleague alone does not
  (coach.scoring.roles, owners);
- deflection: the sentence (or the one before or after) hands the problem off, for criteria marked
  `ownership`, or hands it or leaves it to someone else (coach.scoring.roles);
- stuffing: hollow evidence in a stuffed answer (coach.scoring.whole);

(Emphasis told from negation, "never forget to", is coach.scoring.negation's.) Every rule
is language data (coach.lang) or pack data, and each decision names its rule
(coach.scoring.results.RULES). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .affairs import own_affairs
from .asked import defined
from .compounds import compound_quality, jargon
from .cues import holds_negation
from .doers import clefted, clefted_after, firm_addressed, overseen, said_after_verb, same_claimed
from .ellipsis import done_after
from .endings import verb_subject
from .forms import adverbial
from .groups import excluding_group, pursuit_subject
from .habits import expected_of, habit_subject, manner_subject
from .handoffs import (
    delegated,
    handed_off,
    hurried,
    left_to,
    left_to_someone,
    passed_on,
    someone_elses_job,
)
from .hearsay import advice_from_life, quoted_by_other, said_of_me, speech_tag_after, thing_said
from .markers import conditional_saying, echoed_question, opening_question, said_literally, to_interviewer
from .owners import (
    described_person,
    inverted_subject,
    own_feeling,
    possessed,
    quick_feeling,
    received,
    relative_subject,
    sent_by,
    served_me,
)
from .patrons import others_place, wished_for
from .persons import (
    addressed,
    inner_subject,
    me_after_fronted_verb,
    other_possessor,
    outdone,
    pronoun_agent,
)
from .quotes import a_name, mentioned, written_words
from .receipts import (
    credited_to,
    done_to_me,
    given_me,
    given_to_me,
    got_from,
    own_experience,
    owner_in_predicate,
    passive_agent,
    received_after,
)
from .results import SetAside
from .roles import other_subject, served_subject
from .scenes import contrast_between, customer_scene, life_scene, role_opening, study_opening, wanted
from .senses import about_own_life, object_elsewhere, of_the_mind, pointing_back, to_a_colleague
from .served_acts import made_to, purpose_of, requested
from .shared import described_subject, set_off_subject, shared_served, shared_subject, shared_thing, they_for
from .tastes import life_example, liked_elsewhere, pursuit_inside
from .thing_words import existing, in_figures, resumed_thing
from .things import of_a_thing
from .traits import availability, trait_from_life, work_trait
from .turns import others_deed, told_in_media

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def set_aside(analysis: Analysis, match: PhraseMatch, criterion: str,
              words: tuple[str, ...]) -> SetAside | None:
    """The rule that keeps an affirmative match of a criterion from earning, if any (`words`:
    the matched phrase's words). Someone else's deed is the candidate's too where they claim
    the same later in the sentence ("My old supervisor always went the extra mile, and I DID THE
    SAME"; doers.same_claimed)."""
    found = _rule(analysis, match, criterion, words)
    if found is not None and found.rule == "subject" and same_claimed(analysis, match.first):
        return None
    return found


def _rule(analysis: Analysis, match: PhraseMatch, criterion: str,
          words: tuple[str, ...]) -> SetAside | None:
    """The first rule that sets the match aside (`set_aside`)."""
    tokens = analysis.tokens
    for first, last, text in analysis.idioms():
        # A match that ends (or starts) inside a marker leans on it: "I'd say: I'm sorry you
        # feel that way" is no "say sorry".
        if first <= match.first <= last or first <= match.last <= last:
            return _found(analysis, "idiom", text, first, last)
    hit = jargon(analysis, match) or conditional_saying(analysis, match) or \
        echoed_question(analysis, match) or to_interviewer(analysis, match) or \
        opening_question(analysis, match)
    if hit is not None:
        return _found(analysis, "idiom", *hit)
    for hit in analysis.contexts_in_sentences("@refusal", tokens.sentences[match.first],
                                              tokens.sentences[match.last]):
        if hit[1] <= match.last and match.first <= hit[2]:  # ("that's the POLICY")
            return _found(analysis, "deflection", *hit)
    hit = compound_quality(analysis, match)
    if hit is not None:
        return _found(analysis, "thing", *hit)
    ownership = criterion in analysis.matcher.ownership
    subject = other_subject(analysis, match.first, pronouns=True) or \
        shared_subject(analysis, match.first) or others_deed(analysis, match.first, match.last) or \
        outdone(analysis, match.first) or firm_addressed(analysis, match.first, match.last) or \
        clefted(analysis, match.first) or clefted_after(analysis, match.first, match.last) or \
        said_after_verb(analysis, match.last) or overseen(analysis, match.first, match.last)
    if subject is not None:
        # (a hand-off says more than who then does it: "It's not my department; head office
        # would resolve it")
        hit = _handed_back(analysis, match) if ownership else None
        if hit is not None:
            return _found(analysis, "deflection", *hit)
        return _found(analysis, "subject", *subject)
    clause = tokens.clauses[match.first]
    hit = analysis.context_in_clause(analysis.matcher.exclusions[criterion], clause)
    if hit is not None:
        return _found(analysis, "exclusion", *hit)
    hit = analysis.context_in_clause("@hearsay", clause)
    if hit is not None and not match.first <= hit[1] <= hit[2] <= match.last and \
            not done_after(analysis, match):
        # (the keyword's own words are no hearsay: "did what they said they'd do"; nor a duty
        # the candidate says they kept: "…, and I always did")
        return _found(analysis, "hearsay", *hit)
    hit = said_of_me(analysis, match) or speech_tag_after(analysis, match) or \
        quoted_by_other(analysis, match) or advice_from_life(analysis, match)
    if hit is not None:
        return _found(analysis, "hearsay", *hit)
    hit = thing_said(analysis, match)  # (what a thing says is the thing's, as a sign's words are)
    if hit is not None:
        return _found(analysis, "thing", *hit)
    if not ownership:
        # A colleague's manner is theirs ("my old supervisor always went the extra mile"); for
        # ownership criteria after the hand-offs below. (After hearsay: "My manager always says…")
        subject = _colleague(analysis, match.first) or sent_by(analysis, match.last)
        if subject is not None:
            return _found(analysis, "subject", *subject)
    hit = _real(analysis, analysis.context_in_clause("@sense", clause), match.last) or \
        addressed(analysis, match.first) or \
        _frame(analysis, match) or \
        about_own_life(analysis, match) or of_the_mind(analysis, match) or \
        trait_from_life(analysis, match) or said_literally(analysis, match) or \
        pointing_back(analysis, match) or life_scene(analysis, match) or life_example(analysis, match) or \
        told_in_media(analysis, match.first, match.last) or \
        customer_scene(analysis, match) or study_opening(analysis, match) or \
        own_feeling(analysis, match, words) or quick_feeling(analysis, match) or \
        pursuit_inside(analysis, match, words) or role_opening(analysis, match) or \
        wanted(analysis, match) or wished_for(analysis, match) or liked_elsewhere(analysis, match)
    # (a thing liked last: the rules before it name the pursuit or the scene, which says more)
    if hit is not None:
        return _found(analysis, "sense", *hit)
    # ("a really flexible manager"; after the pack's exclusions and the senses, which say more:
    # "flexible landlord", "a rota with weekends off and a flexible manager")
    hit = described_person(analysis, match)
    if hit is not None:
        return _found(analysis, "subject", *hit)
    hit = defined(analysis, match, criterion)  # (after the senses, which say more: "In judo,
    # respect means you bow")
    if hit is not None:
        return _found(analysis, "definition", *hit)
    hit = a_name(analysis, match)  # a product, package or award: 'a "Romantic Surprise" package'
    if hit is not None:
        return _found(analysis, "thing", *hit)
    hit = work_trait(analysis, match) or availability(analysis, match)
    if hit is not None:
        return _found(analysis, "trait", *hit)
    hit = of_a_thing(analysis, match) or shared_thing(analysis, match.first) or existing(analysis, match) \
        or resumed_thing(analysis, match) or in_figures(analysis, match) or written_words(analysis, match) \
        or mentioned(analysis, match)
    if hit is not None:
        return _found(analysis, "thing", *hit)
    hit = object_elsewhere(analysis, match, words) or (
        None if ownership else to_a_colleague(analysis, match))  # (a word with a colleague may
    # be owning the problem: "I had a quiet word with my colleague about labelling the cups")
    if hit is not None:
        return _found(analysis, "object", *hit)
    hit = other_possessor(analysis, match, words)
    if hit is not None:
        return _found(analysis, "subject", *hit)
    hit = hurried(analysis, match.first, match.last) or someone_elses_job(analysis, match) or \
        left_to_someone(analysis, match)
    if hit is not None:
        return _found(analysis, "deflection", *hit)
    if ownership:
        hit = _handed_back(analysis, match)  # (often said after the action: "… Then it's their job.")
        if hit is not None:
            return _found(analysis, "deflection", *hit)
        hit = handed_off(analysis, match.first, match.last) or delegated(analysis, match.first)
        if hit is not None:
            return _found(analysis, "deflection", *hit)
        # A colleague who owns it alone is not the candidate owning it ("My manager fixed it the
        # same day"); the team's "we" is theirs (after the hand-offs, which say more).
        subject = _colleague(analysis, match.first)
        if subject is not None:
            return _found(analysis, "subject", *subject)
    hit = own_affairs(analysis, match)  # (after the hand-offs, which say more: "I'd let the
    # network team resolve it and get back to my own tickets")
    if hit is not None:
        return _found(analysis, "sense", *hit)
    # A phrase that holds its negation names what the customer is spared ("they didn't have
    # to wait"): the candidate's service, whoever is its subject.
    if not holds_negation(words, analysis.language):
        subject = served_subject(analysis, match.first, ownership) \
            or shared_served(analysis, match.first, ownership) \
            or habit_subject(analysis, match.first) or made_to(analysis, match.first) \
            or expected_of(analysis, match.first) \
            or requested(analysis, match.first) or purpose_of(analysis, match.first) \
            or they_for(analysis, match.first) or pronoun_agent(analysis, match.first)
        if subject is not None:
            return _found(analysis, "subject", *subject)
    hit = relative_subject(analysis, match.first) or inner_subject(analysis, match) or \
        possessed(analysis, match.first, match.last) or \
        inverted_subject(analysis, match.first, match.last, words) or passive_agent(analysis, match) \
        or credited_to(analysis, match) or owner_in_predicate(analysis, match) or \
        others_place(analysis, match) or excluding_group(analysis, match) or pursuit_subject(analysis, match)
    if hit is not None:
        return _found(analysis, "subject", *hit)
    subject = manner_subject(analysis, match.first, match.last)
    if subject is not None:
        return _found(analysis, "subject", *subject)
    hit = served_me(analysis, match, words) or received(analysis, match, words) or \
        received_after(analysis, match) or got_from(analysis, match) or done_to_me(analysis, match) or \
        given_me(analysis, match) or given_to_me(analysis, match) or own_experience(analysis, match, words)
    # (after the subjects: "the guest was patient with me", "I felt respected")
    if hit is not None:
        return _found(analysis, "sense", *hit)
    # Last: the verb names someone else (Telugu), unless a deflection above said more.
    hit = verb_subject(analysis, match.first, match.last, words[-1] if words else "")
    if hit is not None:
        things = analysis.language.thing_endings
        return _found(analysis, "thing" if things and hit[0].endswith(things) else "subject", *hit)
    return None


def _handed_back(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A hand-off in the match's sentence or the ones beside it ("I'd escalate it. Then it's
    their job."; the sentence before: "…so I told her where to go. I think she got a refund"),
    work left to someone or passed on, unless the candidate takes it back after it."""
    sentence = analysis.tokens.sentences[match.first]
    for hit in [*analysis.contexts_in_sentences("@deflect", sentence - 1, sentence + 1),
                *left_to(analysis, match.first), *passed_on(analysis, match.first)]:
        if not _taken_back(analysis, hit[2], match.first):
            return hit
    return None


def _colleague(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """A colleague as the subject of the match's clause, or of the clause it shares its subject
    with ("my old supervisor always went the extra mile", "she listened, apologised…")."""
    colleagues = analysis.language.colleagues
    return other_subject(analysis, first, colleagues, pronouns=True) or \
        shared_subject(analysis, first, colleagues) or described_subject(analysis, first, colleagues) \
        or set_off_subject(analysis, first, colleagues)


def _taken_back(analysis: Analysis, handed: int, first: int) -> bool:
    """Does the candidate, as the subject of a later clause, do it themselves after a hand-off
    ending at `handed`: "I passed it to my manager to approve, and I arranged the refund
    myself"? (The clause opens with the candidate, after any coordinator, linker or adverb.)"""
    tokens = analysis.tokens
    clauses = tokens.clauses
    if handed >= first or clauses[handed] == clauses[first]:
        return False
    rules = analysis.matcher.rules
    pos, _end = tokens.clause_range(first)
    lang = analysis.language
    # ("and", "then", "later"; not a linker: "…ligger på ekonomi, SÅ jag ber dem mejla dit och
    # löser nästa kunds ärende" goes on from the hand-off)
    while pos < first and (tokens.norms[pos] in rules.openers or adverbial(lang, tokens.norms[pos])) \
            and tokens.norms[pos] not in lang.linkers:
        pos += 1
    norms = tokens.norms
    if pos == first and me_after_fronted_verb(analysis, first):
        return True  # "Sen LÖSTE JAG det själv"
    if pos >= first or norms[pos] not in rules.own or norms[pos] not in rules.subjects:
        return False
    if other_subject(analysis, first) is not None or \
            any(norms[k] in lang.relative_pronouns for k in range(pos + 1, first)):
        return False  # someone else does it after the candidate's part: "Så jag gav honom
        # numret till jouren och sen fick DE lösa det", "så jag ber dem ringa support SOM kan lösa"
    # The candidate opens the clause only to report what someone else did: "I think she got a
    # refund in the end", "I assume they did"
    after = pos + 3 if pos + 2 < first and norms[pos + 2] in lang.function_words \
        and norms[pos + 2] not in rules.served_pronouns else pos + 2
    return not (after < first and norms[after] in rules.served_pronouns)


def _found(analysis: Analysis, rule: str, phrase: str, first: int, last: int) -> SetAside:
    tokens = analysis.tokens
    start, end = tokens.span(first)[0], tokens.span(last)[1]
    return SetAside(rule, tokens.text[start:end] or phrase, start, end)


def _frame(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A frame of the candidate's own life in the match's sentence ("outside work", "when I
    travel"), unless a contrast parts the two ("I'm quite shy outside work, BUT here I look up
    and say hi"; Language.contrasts)."""
    hit = analysis.context_in_sentence("@frame", analysis.tokens.sentences[match.first])
    if hit is None:
        return None
    low, high = (hit[2] + 1, match.first) if hit[2] < match.first else (match.last + 1, hit[1])
    return None if contrast_between(analysis, low, high) else hit


def _real(analysis: Analysis, hit: tuple[str, int, int] | None,
          match_last: int) -> tuple[str, int, int] | None:
    """A use of the candidate's own life that is not a supposition: "I'd be just as worried if
    it were MY DOG" compares the customer's place with theirs (Language.scene_conditionals one
    to three words before it, in its clause); nor someone else's: "hälsar på HENNES hund med
    namn", "SHE'D BOOKED the day off work for it"; nor the means of the deed after it, ending at
    match_last: "drove it over IN MY OWN CAR" (Language.means_prepositions)."""
    if hit is None or me_after_fronted_verb(analysis, hit[2]):
        return None  # (the candidate right after it does it: "Allt det förklarar JAG utan
        # krångliga ord", all that I explain, is no "det förklarar", that explains)
    lang = analysis.language
    rules = analysis.matcher.rules
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    first = hit[1]
    if match_last < first and first > 0 and norms[first - 1] in lang.means_prepositions and \
            norms[hit[2]] in lang.things:
        return None  # a thing as the means of the deed after it: "drove it over IN MY OWN CAR"
        # (not a pursuit: "went the extra mile in my marathon training")
    before = [norms[k] for k in range(max(0, first - 3), first) if clauses[k] == clauses[first]]
    if not lang.scene_conditionals.isdisjoint(before):
        return None
    if before and before[-1] in rules.theirs and before[-1] not in lang.served_objects and \
            norms[first] in lang.life_nouns:
        return None  # another's pursuit or pet (a word in another sense stays one: "his
        # insurance policy")
    while before and before[-1] in rules.determiners:
        before.pop()
    if len(before) >= 2 and before[-2] in rules.served_pronouns and before[-1] not in rules.own:
        return None  # the person served as its subject, right before its verb: what was at
        # stake for them
    return hit
