"""The unreal past: what the candidate would, could or should have done and so did not ("HAD I
phoned the customer back…", "IF I'D KNOWN the specs…", "I COULD HAVE offered the couple an
upgrade", "Om jag hade förklarat…", "Jag kunde ha varit…"). Language data drives it
(Language.unreal_conditions, unreal_modals, unreal_results). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, past_form
from .keyed import phrase_length, phrase_starts, starts_before

if TYPE_CHECKING:
    from .analysis import Analysis
    from .keyed import PhraseKeys

# How many adverbs or negations may stand between the frame and its past form ("had I NOT
# REALLY listened", "jag borde NOG ha").
_BETWEEN = 2


def unreal(analysis: Analysis, first: int) -> int | None:
    """The first word of an unreal past whose reach holds tokens `first`: before it in its
    clause, with no word that ends a reach between, a condition of the unreal past opening its
    clause ("Had I kept my word to that tenant, …", "If I had got to the bottom of the billing
    error, …"), the candidate's modal perfect ("I could have been more flexible") or, in a
    sentence that holds such a condition, the candidate's unreal result ("…, I'd have called
    their room the next day"). A past form must follow each (not "if I had more time", "I'd
    have a word with him"); a result of being or feeling is the candidate's sympathy, not a
    deed ("… I'd have been just as upset"). Most answers hold none."""
    rules = analysis.matcher.rules
    if not rules.unreal_conditions[0]:
        return None
    every = _conditions(analysis)
    if not every and not phrase_starts(analysis, "unreal modal", rules.unreal_modals):
        return None  # (most answers: neither)
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    conditions = [pos for pos in every if low <= pos < end]
    for start in reversed(conditions):  # (its own clause, up to its result's: "if I'd lost four
        # days of work I'D be livid too" is the candidate's sympathy)
        # (a condition's past form was found with it: _condition)
        if start < first and _spans(analysis, start, first) and \
                analysis.language.unreal_auxiliaries.isdisjoint(
                    tokens.norms[start + phrase_length(analysis, start, rules.unreal_conditions):first + 1]):
            return start
    for start in starts_before(analysis, "unreal modal", rules.unreal_modals, first):
        if _reaches(analysis, start, first, rules.unreal_modals):
            return start
    if not conditions:
        return None
    for start in starts_before(analysis, "unreal result", rules.unreal_results, first):
        if _reaches(analysis, start, first, rules.unreal_results, deeds_only=True):
            return start
    return None


def _conditions(analysis: Analysis) -> list[int]:
    """Where the answer's conditions of the unreal past start (`_condition`), found once."""
    found = analysis.phrase_starts.get("unreal conditions")
    if found is None:
        tokens = analysis.tokens
        starts = phrase_starts(analysis, "unreal condition", analysis.matcher.rules.unreal_conditions)
        found = [pos for pos in starts if _condition(analysis, pos, *tokens.sentence_range(pos))]
        analysis.phrase_starts["unreal conditions"] = found
    return found


def _condition(analysis: Analysis, start: int, low: int, end: int) -> bool:
    """Is the condition at `start` one of the unreal past: opened by a subordinator in a sentence
    that holds an unreal auxiliary ("If I'd known…, I WOULD have…"; not "If I'd promised a call
    back, I always rang"), or inverted at its sentence's start ("HAD I kept my word…"; not "Not
    only had I…"), with a past form after it?"""
    tokens = analysis.tokens
    lang = analysis.language
    if tokens.norms[start] in lang.subordinators:
        if lang.unreal_auxiliaries.isdisjoint(tokens.norms[low:end]):
            return False
    elif start != low:
        return False  # (not "När kunden kom, HADE JAG redan packat…": a past perfect)
    return _past_after(analysis, start, analysis.matcher.rules.unreal_conditions) is not None


def _reaches(analysis: Analysis, start: int, first: int, phrases: PhraseKeys,
             deeds_only: bool = False) -> bool:
    """Does the frame of `phrases` at `start` reach tokens `first`: a past form after its words
    (not one of being or feeling where `deeds_only`), in its clause, with no word that ends a
    reach between?"""
    if not _spans(analysis, start, first):
        return False
    word = _past_after(analysis, start, phrases)
    lang = analysis.language
    return word is not None and (
        not deeds_only or (word not in lang.copulas and word not in lang.receiving_verbs))


def _spans(analysis: Analysis, start: int, first: int) -> bool:
    """Do tokens `start` and `first` share a clause, with no word that ends a reach between?"""
    tokens = analysis.tokens
    if not analysis.language.scope_breakers.isdisjoint(tokens.norms[start:first]):
        return False
    return tokens.clauses[first] == tokens.clauses[start]


def _past_after(analysis: Analysis, start: int, phrases: PhraseKeys) -> str | None:
    """The past form right after the phrase of `phrases` at `start`, past adverbs and
    negations, if there is one."""
    lang = analysis.language
    norms = analysis.tokens.norms
    words = phrase_length(analysis, start, phrases)
    for pos in range(start + words, min(start + words + _BETWEEN + 1, len(norms))):
        word = norms[pos]
        supine = bool(lang.supine_endings) and word.endswith(lang.supine_endings)
        # (or an irregular verb's form, Language.lemmas: "Had I RUNG him back…")
        if past_form(lang, word) or word in lang.copulas or word in lang.lemmas or (
                supine and word not in lang.function_words):
            return word
        if not (adverbial(lang, word) or word in lang.negation_cues):
            return None
    return None
