"""Hearsay told by a speech tag (coach.scoring.aside asks here): someone else saying the
candidate is so, before the keyword ("Everyone at my last job said I was very reliable"), or a
tag that closes the sentence ("I've got the patience of a saint, MY MUM SAYS", "Artighet kostar
ingenting, BRUKAR MIN PAPPA SÄGA"): what someone else says; so is what a thing says ("One review
said…"), advice from someone in the candidate's life ("My driving instructor always told me
to…") and a quotation closed by someone else's verb of saying (Telugu అని). Language data
(speech_verbs, quotatives, saying_stems) drives it. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .cues import is_negation
from .forms import adverbial, infinitive_marker, verb_form
from .quotes import quoted
from .scope import quoting_clause

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words a closing speech tag may hold ("or so my friends always tell me").
_TAG_WORDS = 6


def speech_tag_after(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A clause after the match that is only someone else's speech tag, the one that closes its
    sentence or the next one: a verb of saying (Language.speech_verbs), someone who is not the
    candidate or a thing with words on it, and small words, adverbs or the candidate as the one
    told ("…, or so my friends tell me", "…, that's what the banner in the staff room said").
    Not the candidate's own tag ("…, I always say")."""
    lang = analysis.language
    verbs = lang.speech_verbs
    words = analysis.stem_of.keys()
    if (not verbs or words.isdisjoint(verbs)) and \
            not any(words >= tag for tag in _tag_sets(lang.written_tags)):
        return None  # (most answers hold no verb of saying and no written tag)
    tokens = analysis.tokens
    high = tokens.sentence_range(match.first)[1]
    closing = tokens.clause_range(high - 1)
    after = tokens.clause_range(match.last)[1]
    following = tokens.clause_range(after) if after < high else closing
    for low, end in (following,) if following == closing else (following, closing):
        if low > match.last:
            # (mid-sentence, the speaker comes first: "…, my manager said, but…", not "…,
            # CALLED him sir, and…")
            tag = _tag(analysis, low, end, (low, end) != closing)
            if tag is not None:
                return tag
    return None


@lru_cache(maxsize=8)
def _tag_words(tags: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each written tag's words (Language.written_tags), split once per language."""
    return tuple(tuple(tag.split()) for tag in tags)


@lru_cache(maxsize=8)
def _tag_vocabulary(tags: tuple[str, ...]) -> frozenset[str]:
    """Every word of the written tags (Language.written_tags)."""
    return frozenset(w for words in _tag_words(tags) for w in words)


@lru_cache(maxsize=8)
def _tag_sets(tags: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each written tag's words as a set, to ask whether an answer holds them all."""
    return tuple(frozenset(words) for words in _tag_words(tags))


def _tag(analysis: Analysis, low: int, end: int, speaker_first: bool) -> tuple[str, int, int] | None:
    """Tokens low..end-1 as someone else's speech tag (`speech_tag_after`), or None;
    `speaker_first`: only with the speaker before the verb."""
    lang = analysis.language
    verbs = lang.speech_verbs
    tokens = analysis.tokens
    words = tokens.norms[low:end]
    rules = analysis.matcher.rules
    opener = next((k for k, w in enumerate(words) if w not in rules.openers and not adverbial(lang, w)), 0)
    tag_words = _tag_vocabulary(lang.written_tags)
    plain = words[opener : opener + 1] + [w for w in words[opener + 1 :] if w in tag_words or not (
        adverbial(lang, w) or w in lang.stop_words)]  # (past adverbs and particles inside the
    # tag: "det stod JU i", "it CLEARLY says in"; not before it: "that's WHAT it said on")
    if any(tuple(plain[: len(tag)]) == tag for tag in _tag_words(lang.written_tags)) \
            and lang.complementizers.isdisjoint(words):
        return tokens.span_text(low, end - 1), low, end - 1  # ("…, STOD DET I kompendiet"; not
        # what the text goes on to say: "…, det stod i systemet ATT hon ville bli uppringd")
    if verbs.isdisjoint(words):
        return None
    if words[0] in lang.subordinators or words[0] in lang.scope_breakers or is_negation(words[0], lang) or (
            words[0] in lang.coordinators and (len(words) < 2 or words[1] not in lang.function_words
                                               or words[1] in rules.determiners)):
        return None  # a clause of its own: "… AND my mum said yes", "… SINCE she'd told
        # everyone", "… NOT just what the label says" (but "… OR SO my friends tell me")
    verb = next(k for k, w in enumerate(words) if w in verbs)
    # (someone named says it, or a thing with words on it before the verb: "…, that's what the
    # BANNER said", not "…, CALLED the TAXI")
    named = [w for k, w in enumerate(words) if w in rules.third_parties or w in lang.colleagues
             or w in lang.people_words or w in lang.group_members or (k < verb and w in lang.things)]
    if speaker_first and not any(w in named for w in words[:verb]):
        return None
    if not named or any(w in rules.subjects and w not in lang.first_person_objects
                        and w not in lang.empty_subjects for w in words):
        return None  # (no pronoun opening a clause: "they'd sort it out"; an empty "det" may
        # stand for what was said: "…, det säger ju alla")
    placed = next((k for k, w in enumerate(words[:verb]) if w in lang.place_prepositions and k > 0
                   and words[k - 1] in named), verb)  # (where it stands: "the mug ON THE DESK said")
    # (a word describing the speaker right before it: "my SWIMMING coach")
    describing = {k for k in range(placed - 1) if words[k + 1] in named and words[k] not in named}
    if placed - len(describing) + len(words) - verb > _TAG_WORDS:
        return None  # (the words but the place phrase and the speaker's describing word)
    if all(w in verbs or w in named or w in lang.function_words or w in lang.stop_words
           or k in describing or w in lang.first_person_objects or adverbial(lang, w)
           for k, w in enumerate(words[:placed])) and \
            all(w in named or w in lang.first_person_objects or adverbial(lang, w) or w in rules.determiners
                or (words[0] in lang.empty_subjects and w in lang.stop_words)  # ("det säger JU alla")
                for w in words[verb + 1 :]):
        return tokens.span_text(low, end - 1), low, end - 1
    return None


# How many words may say where something was said, between the verb and its "that".
_SAID_WHERE = 4


def said_of_me(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone else saying the candidate is so, before the keyword in its clause: "Everyone at
    my last job said I was very reliable", "she told me I'd been really patient" (a verb of
    Language.speech_verbs whose subject is not the candidate, then "me"/"that", then the
    candidate), or what they told the candidate matters ("my trainer told me empathy is the
    most important thing"): what others say, as "I'm told I'm empathetic" is."""
    lang = analysis.language
    verbs = lang.speech_verbs
    if not verbs:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.clause_range(match.first)
    quoting = quoting_clause(analysis, low)
    if quoting is not None:
        low = quoting  # a quotation is what its clause says: 'wrote that I'd "gone above and beyond"'
    if verbs.isdisjoint(norms[low + 1 : match.first]):
        return None  # (most clauses: no verb of saying before the keyword)
    for pos in range(low + 1, match.first):
        if norms[pos] not in verbs:
            continue
        before = _before_adverbs(analysis, low, pos)  # ("always said")
        if before > low and norms[before] in lang.particles and verb_form(lang, norms[before - 1]):
            before -= 2  # "she ENDED UP writing"
        if lang.speaker_named:
            named = [k for k in range(max(low, pos - 3), pos) if norms[k] in rules.speakers]
            if not named:
                continue  # "Blir det lång väntetid säger jag ärligt": the candidate speaks
            before = named[-1]
        speaker = norms[before]
        if speaker in rules.own or (speaker in lang.function_words
                                    and speaker not in rules.served_pronouns):
            continue  # "I said I was sorry", "… and say I'm sorry", "I have to say that I'm"
        after = pos + 1
        if after < match.first and norms[after] in lang.life_prepositions:
            # where it was said, before what: "wrote ON THE FEEDBACK CARD that I'd…", "said IN
            # MY APPRAISAL that I'm…"
            that = next((k for k in range(after + 1, min(match.first, after + 1 + _SAID_WHERE))
                         if norms[k] in lang.complementizers), None)
            after = after if that is None else that
        while after < match.first and (norms[after] in lang.first_person_objects
                                       or norms[after] in lang.complementizers
                                       or adverbial(lang, norms[after])):
            after += 1  # "told me that", "säger ALLTID att"
        if after < match.first and norms[after] in rules.own:
            return tokens.span_text(before, after), before, after
        if after == match.first and pos + 1 < after and match.last + 1 < end and \
                norms[match.last + 1] in lang.copulas:
            # what they taught the candidate to value: "My trainer told me empathy is the most
            # important thing"
            return tokens.span_text(before, after - 1), before, after - 1
    return None


# How many words after a quotative its verb of saying may stand ("… అని అందరూ చెప్పుకున్నారు", "…
# అని మా ట్రైనర్ రోజూ చెప్పేవారు", our trainer used to say every day).
_QUOTE_VERB = 4


def quoted_by_other(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone else's words, in a language that closes a quotation with a quotative and names
    the speaker on the verb after it (Language.quotatives, other_person_endings): "ఆ కస్టమర్
    expectations ని మించిపోయింది అని అందరూ చెప్పుకున్నారు" (everyone said it exceeded the
    customer's expectations). The quotative follows the match in its clause, with no
    subordinate verb between ("… అడిగితే, …", if I asked); the verb of saying after it
    (Language.saying_stems) names someone else, with none of the candidate's words there ("…
    అని చెప్పాను", I said, is theirs)."""
    quotes = _quotatives(analysis)
    if not quotes:
        return None  # (most answers: no quotation)
    lang = analysis.language
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    rules = analysis.matcher.rules
    at = bisect_left(quotes, match.last)
    if at == len(quotes):
        return None
    pos = quotes[at]
    clause = clauses[match.last]
    subordinate = lang.subordinate_endings or ("\0",)
    if quoted(analysis, match.last):
        # (a quotation of several clauses closes with the quotative: '"అందరినీ సమానంగా చూడాలి,
        # ఎవరినీ చిన్నచూపు చూడకూడదు" అని చెప్పేవారు', he used to say "treat everyone alike, …")
        if not all(quoted(analysis, k) for k in range(match.last + 1, pos)):
            return None
        clause = clauses[pos]
    elif any(clauses[k] != clause or norms[k].endswith(subordinate) for k in range(match.last + 1, pos + 1)):
        return None
    for at in range(pos + 1, min(len(norms), pos + 1 + _QUOTE_VERB)):
        said = norms[at]
        if clauses[at] != clause or said in rules.own or said.endswith(lang.own_person_endings):
            return None
        if said.endswith(lang.other_person_endings) and said.startswith(lang.saying_stems):
            return tokens.span_text(pos, at), pos, at  # (not what made them feel so:
            # "… దొరికిందని వాళ్ళు చాలా సంతోషపడ్డారు", they were glad they got …)
    return None


def _quotatives(analysis: Analysis) -> list[int]:
    """Where the answer's quotatives stand (Language.quotatives, or quotative_endings on the
    quoted verb: "ఉంటానని", that I am), in order, found once an answer."""
    found = analysis.phrase_starts.get("quotative")
    if found is None:
        lang = analysis.language
        endings = lang.quotative_endings or ("\0",)
        found = [k for k, word in enumerate(analysis.tokens.norms)
                 if word in lang.quotatives or word.endswith(endings)] if lang.quotatives else []
        analysis.phrase_starts["quotative"] = found
    return found


def thing_said(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A thing as the subject of a verb of saying before the keyword in its clause ("One review
    said our website communicates clearly", "the report says staff are flexible"; Language.things,
    speech_verbs): what is written or said there, not the candidate's deed."""
    lang = analysis.language
    verbs, things = lang.speech_verbs, lang.things
    if not verbs or not things:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    if verbs.isdisjoint(norms[low + 1 : match.first]) or things.isdisjoint(norms[low : match.first]):
        return None  # (most clauses: no thing and no verb of saying before the keyword)
    for pos in range(low + 1, match.first):
        if norms[pos] not in verbs:
            continue
        subject = _before_adverbs(analysis, low, pos)  # ("the review ALSO said")
        if norms[subject] in things:
            return tokens.span_text(subject, pos), subject, pos
    return None


# How many words may stand between someone from the candidate's life and their verb of telling
# ("my old headteacher USED TO tell us"), and between "me"/"to"/"that" and the keyword.
_ADVICE_REACH = 3


def advice_from_life(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Someone from the candidate's own life telling them to do it or that it matters ("My
    driving instructor always told me to have a backup plan", "My old headteacher used to tell
    us that being upfront…"; Language.third_parties, speech_verbs): advice the candidate was
    given, not a deed. Not where the candidate speaks again before the keyword ("… told me to
    be patient, and I am with every customer")."""
    lang = analysis.language
    verbs = lang.speech_verbs
    rules = analysis.matcher.rules
    if not verbs or not rules.third_parties:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    if verbs.isdisjoint(norms[low + 1 : match.first]) or \
            rules.third_parties.isdisjoint(norms[low : match.first]):
        return None  # (most clauses: no verb of saying and no one from the candidate's life)
    to = infinitive_marker(lang)
    for pos in range(match.first - 1, low, -1):
        word = norms[pos]
        if word in rules.own and word not in lang.first_person_objects:
            return None  # (the candidate speaks: "… and I am"; not "told ME")
        if word not in verbs:
            continue
        after = pos + 1
        while after < match.first and (
                norms[after] in lang.first_person_objects or norms[after] == to
                or norms[after] in lang.complementizers or adverbial(lang, norms[after])):
            after += 1  # "told ME TO", "tell US THAT", "told me ALWAYS to"
        if after == pos + 1 or match.first - after > _ADVICE_REACH:
            return None
        for speaker in range(pos - 1, max(low, pos - 1 - _ADVICE_REACH) - 1, -1):
            if norms[speaker] in rules.own:
                return None
            if norms[speaker] in rules.third_parties:
                return tokens.span_text(speaker, pos), speaker, pos
        return None
    return None


def _before_adverbs(analysis: Analysis, low: int, pos: int) -> int:
    """The word before the verb at pos, past any adverbs, no further back than low: the verb's
    subject where the language puts it first ("she ALWAYS said")."""
    lang = analysis.language
    norms = analysis.tokens.norms
    before = pos - 1
    while before > low and adverbial(lang, norms[before]):
        before -= 1
    return before
