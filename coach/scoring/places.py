"""Things and places (coach.scoring.things asks here): a keyword placed in or on a thing ("the
options on the lunch menu", Telugu యాప్‌లో … ఆప్షన్), and a thing with its place as the subject
("the printer at the library is so speedy"). Language data (things, place_prepositions,
place_endings, place_links) drives them. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial
from .judge import THING_HEAD_MIN
from .thing_words import silent

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def compound_thing(analysis: Analysis, word: str) -> bool:
    """In a language that writes compounds as one word (Language.compounds), a word ending in a
    thing word: "kaffemaskinen" (the coffee machine), "bokningssystemet" (the booking system)."""
    heads = analysis.matcher.rules.thing_heads
    return bool(heads) and len(word) > THING_HEAD_MIN and word.endswith(heads)


# How many words a place after a thing may take ("the printer AT THE LIBRARY", "the lift IN OUR
# BUILDING", "kaffemaskinen I PERSONALRUMMET").
_PLACE_REACH = 4


def before_place(analysis: Analysis, pos: int) -> int | None:
    """The thing (Language.things, or a compound ending in one: compound_thing) that a place
    phrase ending at pos follows, as the subject opening its clause: "The printer AT THE
    LIBRARY is so speedy", "Kaffemaskinen I PERSONALRUMMET är flexibel" (Language.place_links).
    None when the words before it are not such a thing."""
    lang = analysis.language
    links = lang.place_links
    if not links:
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    low = tokens.clause_range(pos)[0]
    at = pos
    while at > low and pos - at < _PLACE_REACH and norms[at] not in links:
        if norms[at] in lang.function_words and norms[at] not in rules.determiners and \
                norms[at] not in rules.own:
            return None  # (a verb's small words: not a place)
        at -= 1
    if at <= low or norms[at] not in links or clauses[at - 1] != clauses[pos]:
        return None
    thing = at - 1
    word = norms[thing]
    if word not in lang.things and not compound_thing(analysis, word):
        return None
    if any(norms[k] in rules.own and norms[k] not in rules.determiners for k in range(low, thing)):
        return None  # (the candidate acts: "so I got her car in the same afternoon")
    start = low
    while start < thing and (norms[start] in rules.determiners or norms[start] in rules.openers
                             or adverbial(lang, norms[start])):
        start += 1  # ("THE printer", "OUR lift")
    # (up to two describing words before it, "the new booking app"; more is no subject's start)
    return thing if thing - start <= 2 else None


# How many words may stand between a keyword and where it is placed ("options ARE LISTED on"),
# and before the thing after the preposition ("on OUR BRUNCH menu").
_PLACE_GAP = 3


def placed(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword placed in or on a thing ("There are loads of options on the lunch menu", "The
    late checkout option in the app costs extra", Telugu యాప్‌లో … ఆప్షన్; Language.
    place_prepositions, place_endings), in a clause where the candidate does nothing and which
    the keyword's noun phrase opens (only small words and two describing words before it): a
    feature of the thing. "I showed him the option in the app" is the candidate's."""
    lang = analysis.language
    if not lang.things or not (lang.place_prepositions or lang.place_endings):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.clause_range(match.first)
    if not silent(analysis, low, end):
        return None
    if sum(1 for k in range(low, match.first) if norms[k] not in rules.skip) > 2:
        return None  # "went through the options on the app": a verb before it, the doer elsewhere
    if low > 0 and tokens.sentences[low - 1] == tokens.sentences[low] and any(
            norms[k] in rules.own for k in range(tokens.clause_range(low - 1)[0], low)):
        return None  # "I sat with her, went through the options on the app"
    for pos in range(match.last + 1, min(end, match.last + 2 + _PLACE_GAP)):
        if norms[pos] in lang.place_prepositions:
            for at in range(pos + 1, min(end, pos + 2 + _PLACE_GAP)):
                if norms[at] in lang.things:
                    return norms[at], match.first, at
                if norms[at] in rules.anyone_served:
                    break
            return None
        if norms[pos] in rules.anyone_served:
            return None
    if not lang.place_endings:
        return None
    # A language that ends its sentence with the verb that names the doer (Telugu: వెబ్‌సైట్‌లో
    # … చూసి, …వివరించాను, "I looked on the website, … explained") is read to the sentence's end.
    if not silent(analysis, low, tokens.sentence_range(match.first)[1]):
        return None
    for pos in range(max(low, match.first - 1 - _PLACE_GAP), match.first):
        word = norms[pos]
        for ending in lang.place_endings:
            if word.endswith(ending) and word[:-len(ending)] in lang.things:
                return word, pos, match.last
    return None
