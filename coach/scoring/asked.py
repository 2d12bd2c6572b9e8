"""Deeds asked about, not claimed (coach.scoring.undone tries these): a yes/no question about
the candidate's own deed that nothing answers yes ("Did I ever really follow up? I can't say I
did.", "Var jag ärlig mot kunden? Det kan jag inte svara på.", "…కాల్ చేసి అడిగానా? గుర్తుకు
రావట్లేదు."), and a deed in doubt ("WHETHER I responded promptly, I'm not sure"). Language
data (Language.undone) drives both. Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between

if TYPE_CHECKING:
    from .analysis import Analysis


def self_asked(analysis: Analysis, first: int, last: int) -> int | None:
    """The verb that asks a yes/no question about the candidate's own deed, tokens first..last
    in it ("DID I take ownership, or did I just pass it on?", "FÖRKLARADE jag…?"; where
    head_final, the verb after it that ends in a question of the first person, "…అడిగానా?"), if
    the next sentence does not answer yes ("Yes, …", "I did, the next morning"). A negated
    question asks for agreement ("Didn't I always ring them back?"): not this rule's."""
    tokens = analysis.tokens
    low, end = tokens.sentence_range(first)
    if not tokens.asks(end):
        return None
    norms = tokens.norms
    lang = analysis.language
    cue = None
    if lang.head_final:
        endings = lang.undone.asked_endings
        cue = next((k for k in range(last + 1, end) if endings and norms[k].endswith(endings)), None)
    else:
        rules = analysis.matcher.rules
        verbs, any_verb = lang.undone.inversion_verbs, lang.undone.verb_second
        for start in sorted({tokens.clause_range(k)[0] for k in range(low, first + 1)}):
            # (the verb may be the keyword: "FÖRKLARADE jag…?")
            if start + 1 < end and norms[start + 1] in rules.own and \
                    norms[start + 1] not in lang.first_person_objects and \
                    (norms[start] in verbs or (any_verb and norms[start] not in lang.function_words
                                               and norms[start] not in rules.openers)):
                cue = start  # (the last such clause up to the match's: "…, OR DID I just…")
    if cue is None or negated_between(analysis, min(cue, first), end):
        return None
    return None if answered_yes(analysis, end) else cue


def in_doubt(analysis: Analysis, first: int, last: int) -> int | None:
    """The word that puts the candidate's own deed in doubt before it in its sentence ("WHETHER
    I responded promptly…, I'm not sure", "I wonder WHETHER I genuinely care"): a doubt word
    right before the candidate as subject (Undone.doubts), unless a modal after the subject
    asks leave ("whether I could offer her a refund", Undone.doubt_exits)."""
    undone = analysis.language.undone
    tokens = analysis.tokens
    norms = tokens.norms
    own = analysis.matcher.rules.own
    low = tokens.sentence_range(first)[0]
    for pos in range(first - 1, low - 1, -1):
        if norms[pos] in undone.doubts and pos + 1 < first and norms[pos + 1] in own:
            if pos + 2 <= last and norms[pos + 2] in undone.doubt_exits:
                return None
            return None if negated_between(analysis, pos, first) else pos
    return None


def answered_yes(analysis: Analysis, end: int) -> bool:
    """Does the sentence from `end` answer the question before it yes: opening with an answer
    of yes (Language.answer_affirmatives), or with the candidate as subject and no negation in
    it ("I did, the next morning"; not "I can't point to a single time")?"""
    tokens = analysis.tokens
    if end >= len(tokens.norms):
        return False
    word = tokens.norms[end]
    if word in analysis.language.answer_affirmatives:
        return True
    return word in analysis.matcher.rules.own and not negated_between(
        analysis, end, tokens.sentence_range(end)[1])
