"""A group that leaves the candidate out, as the subject of a keyword's clause: "Everyone on
reception EXCEPT ME manages to stay professional", "MOST OF MY TEAM show real empathy", "Alla i
receptionen UTOM JAG var bra på att le", "NÄSTAN ALLA i mitt gamla team gjorde det lilla extra".
What they do is theirs (Language.exceptives, group_subjects). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import phrase_length, phrase_starts

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def excluding_group(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The group that opens the match's clause as its subject and leaves the candidate out: an
    exception naming the candidate in the clause before the match, with no negation before it
    ("NOBODY but me follows up" is the candidate's), or a group of others opening the clause
    (Language.group_subjects); in either case with no word of the candidate's between it and the
    match ("Most of my colleagues and I…")."""
    rules = analysis.matcher.rules
    if not rules.exceptives[0] and not rules.groups[0]:
        return None
    norms = analysis.tokens.norms
    low = analysis.tokens.clause_range(match.first)[0]
    for phrases, grouped in ((rules.exceptives, False), (rules.groups, True)):
        for start in phrase_starts(analysis, "group" if grouped else "exceptive", phrases):
            if not low <= start < match.first:
                continue
            end = start + phrase_length(analysis, start, phrases)
            lead = norms[low:start]
            if end > match.first or (grouped and any(w not in rules.openers for w in lead)):
                continue  # (a group opens its clause: not "I greet most of my regulars by name")
            if negated_between(analysis, low, start) or _mine_between(analysis, end, match.first):
                continue
            if not analysis.language.negative_subjects.isdisjoint(lead):
                continue
            return " ".join(norms[start:end]), start, match.last
    return None


# How far into its clause a pursuit's group or person may open the subject ("OUR PUB QUIZ TEAM",
# "the OPPOSING TEAM'S goalkeeper").
_PURSUIT_LEAD = 4


def pursuit_subject(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A team or a person of a sport or pastime as the subject of the match's clause: a life
    noun before one of Language.pursuit_groups ("Our DARTS TEAM put it right in the second
    leg", "our chess club president stays composed") or one of Language.pursuit_people ("The
    REFEREE explained every decision in plain English"), in the clause's first words, with no
    word of the candidate's after it before the match."""
    lang = analysis.language
    if not lang.pursuit_groups and not lang.pursuit_people:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    rules = analysis.matcher.rules
    for pos in range(low, min(match.first, low + _PURSUIT_LEAD)):
        word = norms[pos]
        if word in rules.own:
            return None
        pursued = word in lang.pursuit_groups and pos > low and norms[pos - 1] in lang.life_nouns
        if pursued or word in lang.pursuit_people:
            if _mine_between(analysis, pos + 1, match.first):
                return None
            return word, pos, match.last
    return None


def _mine_between(analysis: Analysis, low: int, high: int) -> bool:
    """Does a word of the candidate's ("I", "we", "me") stand among tokens low..high-1 ("Most of
    my colleagues AND I…", "As a referee myself, I…")?"""
    own = analysis.matcher.rules.own
    return any(word in own for word in analysis.tokens.norms[low:high])
