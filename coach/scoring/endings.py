"""Whose verb it is, in a language that marks the person on the verb (coach.scoring.aside asks
here): Telugu "కస్టమర్ ఓపికగా ఎదురుచూశారు" ("the customer waited patiently") is someone
else's, "…పరిష్కరించాను" ("I solved …") the candidate's. Language data (coach.lang:
other_person_endings, own_person_endings, shared_person_endings, chain_endings,
person_subjects) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotes import quoted

if TYPE_CHECKING:
    from .analysis import Analysis


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
    endings = others + lang.own_person_endings + lang.thing_endings
    pos = last if not written.endswith(others) else last + 1
    sentences = analysis.tokens.sentences
    chains = lang.chain_endings
    times = lang.word_classes.get("time_unit", frozenset())
    clause = clauses[first]
    while pos < len(norms):
        if clauses[pos] != clause:
            # A clause chained to the next by its last verb (Language.chain_endings) has its
            # subject's person on the next one's.
            if not (chains and clauses[pos] == clause + 1 and sentences[pos] == sentences[first]
                    and norms[pos - 1].endswith(chains)):
                break
            clause = clauses[pos]
        word = norms[pos]
        if pos > last and ((word in lang.scope_breakers and norms[pos - 1] not in times)
                           or (word in rules.subjects and word not in lang.first_person_objects)
                           or word in rules.third_parties):
            return None  # (not a time: "వారం తర్వాత", "a week later", goes on with the verb;
            # nor the candidate as the object: "HR తో ఫాలో అప్ చేసి నాకు రిఫరెన్స్ ఇచ్చాడు",
            # he followed up with HR and gave ME a reference)
        ending = next((e for e in endings if word.endswith(e)), None)
        if ending is not None and ending in lang.question_person_endings and \
                pos + 1 < len(norms) and clauses[pos + 1] == clause:
            ending = None  # an embedded question before its clause's verb: "… ఉన్నారో లేదో కనుక్కుంటాను"
        if ending is not None and len(word) - len(ending) >= _VERB_STEM_MIN:
            if ending in lang.thing_endings:
                # (not after the candidate in the sentence: "అన్నీ నాకు గుర్తుంటాయి", "I remember
                # them all"; "ఫారమ్ ఇచ్చేస్తాను, దాంతో … నిమిషాలు ఆదా అవుతాయి", what they saved)
                return None if _own_before(analysis, pos) else (word, pos, pos)
            return (word, pos, pos) if ending in others else None
        if word.endswith(lang.shared_person_endings or ("\0",)) and \
                _person_before(analysis, first) is not None:
            return word, pos, pos  # "ఆ అమ్మాయి … ఫోన్ చేసి అడిగింది": "the girl … asked"
        if lang.subordinate_endings and word.endswith(lang.subordinate_endings) and not (
                pos == last and word.endswith(lang.relative_endings or ("\0",))
                and not _own_in_clause_before(analysis, first)):
            return None  # "… మించి ఏదైనా చేస్తే కస్టమర్ గుర్తుపెట్టుకుంటారు": "if one does …"
            # (but the match's own participle describes what follows, whose doer the verb
            # names: "అంచనాలను మించిన సేవ చేశారు", they gave service beyond her expectations;
            # not a description of the candidate: "కస్టమర్లు నన్ను ఒక నమ్మదగిన వ్యక్తిగా
            # చూస్తారు", customers see me as a reliable person)
        pos += 1
    if not lang.shared_person_endings:
        return None
    # No verb at all: a clause without a copula has the person before it as its subject
    # ("మా ట్రైనర్ చాలా ఫ్రెండ్లీ", "our trainer [is] very friendly").
    person = _person_before(analysis, first)
    return None if person is None else (norms[person], person, person)


def _person_before(analysis: Analysis, first: int) -> int | None:
    """Where a person other than the candidate (Language.person_subjects) stands before the
    token at `first` in its sentence, with no word of the candidate's (a subject, or a verb
    in their person) between, if one does."""
    lang = analysis.language
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    own, mine = analysis.matcher.rules.own, lang.own_person_endings or ("\0",)
    pos = first - 1
    while pos >= 0 and sentences[pos] == sentences[first]:
        word = norms[pos]
        if word in own or word.endswith(mine):
            return None
        if (word in lang.person_subjects or _experiencer(analysis, pos)) and not _addressed(analysis, pos):
            return pos
        pos -= 1
    return None


def _experiencer(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos someone else as the one who feels or remembers, opening its clause
    after any possessive (Language.experiencer_endings on one of `person_subjects`: "మా
    మేనేజర్‌కి ప్రతి కస్టమర్ పేరు గుర్తుంటుంది", "ఆమెకు …")? Not "them" (the
    people served: "వాళ్ళకి అర్థమయ్యే భాషలో", in words they understand), nor a person an
    action is for further on in the clause ("… అని ఆమెకి మర్యాదగా చెప్పేశాను")."""
    lang = analysis.language
    word = analysis.tokens.norms[pos]
    ending = next((e for e in lang.experiencer_endings if word.endswith(e)), None)
    if ending is None:
        return False
    base = word[: -len(ending)]
    if base not in lang.person_subjects and base not in lang.experiencer_stems and not (
            lang.plural_experiencers and base.endswith(lang.plural_experiencers)
            and len(base) > _VERB_STEM_MIN and _needed(analysis, pos)):
        return False  # (a plural that has or needs it: "టీచర్లకి … అవసరం", teachers need …)
    low = analysis.tokens.clause_range(pos)[0]
    return all(k == pos or analysis.tokens.norms[k] in lang.first_person_objects
               for k in range(low, pos + 1))


def _addressed(analysis: Analysis, pos: int) -> bool:
    """Is the person word at pos the one spoken to, ending its clause inside a quotation
    ("క్షమించండి మేడం, మీకు కోపం రావడం సహజమే", sorry madam, your anger is natural): a form of
    address, not a subject?"""
    clauses = analysis.tokens.clauses
    return pos + 1 < len(clauses) and clauses[pos + 1] != clauses[pos] and quoted(analysis, pos)


def _own_in_clause_before(analysis: Analysis, first: int) -> bool:
    """Does a word of the candidate's (Language.own_subjects or their object forms) stand
    before the token at `first` in its clause?"""
    low = analysis.tokens.clause_range(first)[0]
    own = analysis.matcher.rules.own
    return any(word in own for word in analysis.tokens.norms[low:first])


def _own_before(analysis: Analysis, pos: int) -> bool:
    """Does a word of the candidate's (a subject, or a verb in their person) stand before the
    token at `pos` in its sentence?"""
    norms = analysis.tokens.norms
    own, mine = analysis.matcher.rules.own, analysis.language.own_person_endings or ("\0",)
    low = analysis.tokens.sentence_range(pos)[0]
    return any(norms[k] in own or norms[k].endswith(mine) for k in range(low, pos))


def _needed(analysis: Analysis, pos: int) -> bool:
    """Does the clause of the word at pos say, after it, that one has or needs something
    (Language.need_predicates: "ఉండాలి", "అవసరం")?"""
    high = analysis.tokens.clause_range(pos)[1]
    return not analysis.language.need_predicates.isdisjoint(analysis.tokens.norms[pos + 1 : high])
