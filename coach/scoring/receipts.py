"""What the candidate got: a keyword named by a relative clause whose subject is the candidate
and whose verb is one of getting ("the best explanation I ever got", "the nicest apology I've
had", "den bästa ursäkten jag någonsin fått") is service the candidate received, not service
they gave. Language data (coach.lang: receipt_verbs, perfect_receipts) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, past_form

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
    if pos + 1 < len(norms) and norms[pos + 1] in lang.own_subjects | rules.relatives and \
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
