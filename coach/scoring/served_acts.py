"""What the person served does in a keyword's place (coach.scoring.aside asks here): made to do
it ("rather than making them explain it again"), asking for it ("the guest wanted an
upgrade"), or doing it as their own purpose ("he came back just to say hello"). Their act,
not the candidate's. Language data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, infinitive_marker
from .roles import opens_clause
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis


def made_to(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served made to do what the keyword names ("rather than MAKING THEM explain it
    all again"; Language.makers right before Language.served_objects): they do it, not the
    candidate."""
    lang = analysis.language
    if first < 2 or not lang.makers:
        return None
    norms = analysis.tokens.norms
    if norms[first - 1] not in lang.served_objects or norms[first - 2] not in lang.makers:
        return None
    return f"{norms[first - 2]} {norms[first - 1]}", first - 2, first - 1


def requested(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served asking for what the keyword names ("the guest wanted a surprise for
    his wife", "he demanded an upgrade", "she asked for another room"): their request, not what
    the candidate gave. The request verb (Language.request_verbs) stands at most three words
    before the match, none of them the candidate, and its subject, the person served, opens
    the clause."""
    lang = analysis.language
    if analysis.stem_of.keys().isdisjoint(lang.request_verbs):
        return None  # (no request verb anywhere in the answer)
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if lang.request_verbs.isdisjoint(norms[max(0, first - 4) : first]):
        return None  # (the verb is looked for at most four words back: see the loop below)
    clause = clauses[first]
    pos = first - 1
    own = analysis.matcher.rules.own
    while pos >= 0 and first - pos <= 3 and clauses[pos] == clause and \
            norms[pos] not in lang.request_verbs and norms[pos] not in own:
        pos -= 1  # small words and a describing word: "wanted a BIGGER room"
    if pos < 0 or clauses[pos] != clause or norms[pos] not in lang.request_verbs:
        return None
    verb = pos
    pos -= 1
    while pos >= 0 and clauses[pos] == clause and adverbial(lang, norms[pos]):
        pos -= 1  # "she really wanted", "he just wanted"
    if pos >= 0 and norms[pos] not in lang.served_subjects:
        pos = _placed_subject(analysis, pos)  # ("the couple IN 214 wanted")
    if pos < 0 or clauses[pos] != clause or norms[pos] not in lang.served_subjects \
            or not opens_clause(analysis, pos) or _granted(analysis, first):
        return None
    return " ".join(norms[pos : verb + 1]), pos, verb


# How many words after the candidate as a subject the pronoun of what was asked for may stand
# ("and I gave her ONE", "och jag gav henne EN").
_GRANT_REACH = 4


def _granted(analysis: Analysis, first: int) -> bool:
    """Is the request granted later in its sentence: the candidate as a subject and a pronoun
    of what was asked for after it ("A guest asked for an apology, and I GAVE HER ONE";
    Language.granted_pronouns)?"""
    lang = analysis.language
    if not lang.granted_pronouns:
        return False
    norms = analysis.tokens.norms
    end = analysis.tokens.sentence_range(first)[1]
    own = lang.own_subjects
    return any(norms[k] in own and not lang.granted_pronouns.isdisjoint(norms[k + 1:k + 1 + _GRANT_REACH])
               for k in range(first + 1, end))


# How many words a place after the subject may hold ("the couple IN 214", "the man AT TABLE six").
_PLACE_WORDS = 3


def _placed_subject(analysis: Analysis, pos: int) -> int:
    """The subject before a short place phrase that ends at token pos ("the couple in 214",
    "paret i rum 214"; Language.place_links), or -1."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    for link in range(pos, max(0, pos - _PLACE_WORDS) - 1, -1):
        if clauses[link] != clauses[pos]:
            return -1
        if norms[link] in lang.place_links:
            return link - 1 if link > 0 and norms[link - 1] in lang.served_subjects else -1
    return -1


# How many words a clause may hold between its subject and the "to" of a purpose ("he CAME
# BACK THE NEXT WEEK just to say hello").
_PURPOSE_REACH = 6


def purpose_of(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served, as the subject that opens the clause, doing what an infinitive of
    purpose names ("he came back the next week JUST TO SAY HELLO"): their visit, not the
    candidate's greeting. Not where the candidate stands between ("he asked ME to follow up")."""
    lang = analysis.language
    to = infinitive_marker(lang)
    if to is None or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric "the client waits to retransmit" is the answer)
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[first]
    own = analysis.matcher.rules.own
    pos = first - 1
    verbs = 1  # (the infinitive itself may stand before a match on its object: "to say HELLO")
    while pos >= 0 and clauses[pos] == clause and norms[pos] != to and norms[pos] not in own and (
            adverbial(lang, norms[pos]) or (verbs and norms[pos] not in lang.function_words
                                             and norms[pos] not in lang.coordinators)):
        if not adverbial(lang, norms[pos]):
            verbs -= 1
        pos -= 1  # "just to say hello"
    if pos < 1 or clauses[pos] != clause or norms[pos] != to:
        return None
    low = analysis.tokens.clause_range(first)[0]
    for at in range(pos - 1, max(low, pos - 1 - _PURPOSE_REACH) - 1, -1):
        word = norms[at]
        if word in own or word in lang.served_objects:
            return None  # (the candidate or someone else is told to: "asked ME to", "got THEM to")
        if word in lang.served_subjects and opens_clause(analysis, at):
            return " ".join(norms[at : pos + 1]), at, pos
    return None
