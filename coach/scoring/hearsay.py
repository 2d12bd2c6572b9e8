"""Hearsay told after the statement: a speech tag that closes its sentence ("I've got the
patience of a saint, MY MUM SAYS", "Artighet kostar ingenting, BRUKAR MIN PAPPA SÄGA") makes the
statement before it what someone else says (coach.scoring.aside asks here; senses.said_of_me
reads the tag before it). Language data (speech_verbs) drives it. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words a closing speech tag may hold ("or so my friends always tell me").
_TAG_WORDS = 6


def speech_tag_after(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The clause that closes the match's sentence when it is only someone else's speech tag:
    a verb of saying (Language.speech_verbs), someone who is not the candidate, and small words,
    adverbs or the candidate as the one told ("…, or so my friends tell me"). Not the
    candidate's own tag ("…, I always say")."""
    lang = analysis.language
    verbs = lang.speech_verbs
    if not verbs or analysis.stem_of.keys().isdisjoint(verbs):
        return None  # (most answers hold no verb of saying)
    tokens = analysis.tokens
    norms = tokens.norms
    high = tokens.sentence_range(match.first)[1]
    low, end = tokens.clause_range(high - 1)
    if low <= match.last or end - low > _TAG_WORDS or verbs.isdisjoint(norms[low:end]):
        return None
    rules = analysis.matcher.rules
    words = norms[low:end]
    if words[0] in lang.subordinators or words[0] in lang.scope_breakers or (
            words[0] in lang.coordinators and (len(words) < 2 or words[1] not in lang.function_words
                                               or words[1] in rules.determiners)):
        return None  # a clause of its own: "… AND my mum said yes", "… SINCE she'd told
        # everyone" (but "… OR SO my friends tell me")
    named = [w for w in words if w in rules.third_parties or w in lang.colleagues or w in lang.people_words]
    if not named or any(w in rules.subjects and w not in lang.first_person_objects for w in words):
        return None  # (someone named says it, no pronoun opening a clause: "they'd sort it out")
    verb = next(k for k, w in enumerate(words) if w in verbs)
    if all(w in verbs or w in named or w in lang.function_words or w in lang.stop_words
           or w in lang.first_person_objects or adverbial(lang, w) for w in words[:verb]) and \
            all(w in named or w in lang.first_person_objects or adverbial(lang, w) or w in rules.determiners
                for w in words[verb + 1 :]):
        return tokens.span_text(low, end - 1), low, end - 1
    return None
