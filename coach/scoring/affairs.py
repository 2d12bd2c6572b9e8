"""The candidate's own affairs beside a keyword: "I went the extra mile for MY OWN birthday", "Jag
är snabb med MINA EGNA räkningar", "నా సొంత చదువు విషయంలో నేను చాలా వాస్తవికంగా ఉంటాను" (in my own
studies I'm very realistic). Language data drives it (Language.first_person_objects, own_words,
own_means). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def own_affairs(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The candidate's own thing in the match's clause, a possessive of theirs intensified
    ("my own", "min egen", నా సొంత), with no one served and no third person in the clause: what
    the keyword names is done for themselves. Not the candidate's means for the service ("in my
    own time", "at my own expense", "på egen bekostnad"; Language.own_means)."""
    lang = analysis.language
    if not lang.own_words or analysis.stem_of.keys().isdisjoint(lang.own_words):
        return None  # (most answers hold no "own")
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.clause_range(match.first)
    served = analysis.matcher.rules.anyone_served
    found = None
    for pos in range(low + 1, end - 1):
        if match.first <= pos <= match.last:
            continue
        if norms[pos] in lang.own_words and norms[pos - 1] in lang.first_person_objects:
            thing = norms[pos + 1]
            if thing in lang.own_means or analysis.stem_of.get(thing, thing) in lang.own_means:
                return None  # "on my own initiative": the candidate's means
            found = pos - 1
    if found is None or any(norms[k] in served for k in range(low, end)):
        return None
    return norms[found + 2], min(found, match.first), max(found + 2, match.last)
