"""Keywords said of things, not of the service (coach.scoring.aside asks here): the thing beside
the keyword ("the flexible hose", "an options menu"), the thing it describes ("the machine's
reliable again"), or a thing doing what the keyword names ("Our CRM pops up a banner with the
customer's name"). Language.things drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .roles import adverbial

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def of_a_thing(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword said of a thing (Language.things), not of the service: the thing right after
    it ("the flexible hose", "an options menu", "the apology card") or as the subject it
    describes ("the machine's reliable again", "the app is really flexible")."""
    lang = analysis.language
    things = lang.things
    if not things:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[match.first]
    after = match.last + 1
    for at in (after, after + 1):  # "the flexible hose", "our flexible savings account"
        if at < len(norms) and clauses[at] == clause and norms[at] in things and \
                all(norms[k] not in lang.function_words for k in range(after, at)):
            return norms[at], match.first, at
    pos = match.first - 1
    while pos >= 0 and clauses[pos] == clause and (
            norms[pos] in lang.copulas or adverbial(lang, norms[pos])
            or norms[pos] in lang.linking_verbs or norms[pos] in lang.trait_words):
        pos -= 1  # "… is really", "… stays", "… är väldigt"
    if 0 <= pos < match.first - 1 or (pos == match.first - 1 and (
            norms[pos].endswith("'s") or not adverbial(lang, norms[match.first]))):
        word = norms[pos]
        if clauses[pos] == clause and (word in things or word.removesuffix("'s") in things):
            return word, pos, match.last
    return _thing_acts(analysis, match)


def _thing_acts(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A thing doing what the keyword names: the thing opens the clause as its subject ("Our
    CRM pops up a banner with the customer's name") or has a relative clause that holds the
    keyword ("a screen that showed the estimated wait time", "a template that was meant to
    sound compassionate"), with no person between it and the keyword ("the app lets ME follow
    up" is the candidate's)."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, _end = tokens.clause_range(match.first)
    start = low
    while start < match.first and (norms[start] in rules.openers or norms[start] in rules.determiners):
        start += 1
    for pos in range(match.first - 1, low - 1, -1):
        word = norms[pos]
        if word in rules.own or word in rules.anyone_served or word in rules.openers:
            return None  # (past "and" a new statement may begin: "… and the problem resolved")
        if word in lang.things and (pos <= start + 1 or (pos + 1 < match.first
                                                        and norms[pos + 1] in rules.relatives)):
            if pos + 1 < match.first and norms[pos + 1] in lang.copulas:
                return None  # done to the thing: "the boiler was repaired"
            return word, pos, match.last
    return None
