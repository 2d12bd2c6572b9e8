"""A keyword as the topic of something studied, read or watched, in a head-final language:
the topic's postposition after it and the study noun after that ("ఎంపతీ మీద ఒక మాడ్యూల్", a
module on empathy; Language.topic_prepositions, study_nouns). (Where the preposition comes first,
"a module ON empathy", coach.scoring.senses reads it.) Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words may stand between a topic's postposition and the study noun after it
# ("ఎంపతీ మీద ఒక మాడ్యూల్", a module on empathy).
_STUDY_REACH = 5


def topic_before(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """In a head-final language, the keyword as the topic of a study noun after it: a topic
    postposition right after the match, then the noun within _STUDY_REACH words ("ఎంపతీ మీద
    ఒక మాడ్యూల్ చేశాం", "extra mile వెళ్ళడం గురించి యూట్యూబ్ లో ఒక వీడియో"; Language.study_nouns,
    with a case ending too: "క్లాస్‌లో")."""
    lang = analysis.language
    norms = analysis.tokens.norms
    high = analysis.tokens.sentence_range(match.last)[1]
    at = next((k for k in range(match.last + 1, min(high, match.last + 3))
               if norms[k] in lang.topic_prepositions), None)
    if at is None:
        return None
    for pos in range(at + 1, min(high, at + 1 + _STUDY_REACH)):
        if any(norms[pos].startswith(noun) for noun in lang.study_nouns):
            return norms[pos], match.first, pos
    return None
