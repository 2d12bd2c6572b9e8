"""Someone else named as the doer by the frame of the sentence: the firm interviewing the
candidate, praised for it ("I love that YOUR COMPANY follows up…", "Jag älskar att NI lovar svar
inom en timme"), and the person an it-cleft puts first ("IT WAS my colleague Ahmed WHO knew the
range by heart", "DET VAR Ahmed SOM kunde alla löparskor utantill"). Interview rubrics only
(coach.scoring.aside asks here). Language data (coach.lang) drives every rule. Pure: no I/O."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import adverbial
from .keyed import phrase_length, phrase_starts, start_after
from .person_sets import united
from .quotes import quoted
from .voice import told_in_first_person
from .whole import names_me

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words may follow a second-person possessive up to the firm's noun ("your RESORT
# GROUP", "your reception TEAM").
_FIRM_REACH = 3


def firm_addressed(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """The firm interviewing the candidate, or its people, as the subject of the match's clause
    ("I love that YOUR COMPANY follows up…", "Jag älskar att NI lovar svar inom en timme", "మీ
    బ్యాంక్ … చూపే సానుభూతి"): praise of the employer, not the candidate's deed. A second-person
    possessive before a firm, its people or its words (Language.firm_possessives, firm_words,
    service_places, colleagues), or a second-person subject pronoun (addressee_subjects),
    opening the clause or after a word that opens a clause of what is seen or said ("that",
    "how"), with none of the candidate's words between it and the match, and not inside a
    quotation; or after the trait that "how" opens ("I love how friendly YOUR STAFF are", "hur
    empatiska ERA KUNDTJÄNSTMEDARBETARE är"). Interview rubrics only. (A deed the candidate
    then claims too is theirs: aside.set_aside asks same_claimed.)"""
    lang = analysis.language
    if not lang.firm_possessives or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(first)[0]
    after = _firm_after(analysis, first, last)
    if after is not None:
        return after
    before = norms[low:first]
    if lang.firm_possessives.isdisjoint(before) and lang.addressee_subjects.isdisjoint(before):
        return None  # (most matches)
    rules = analysis.matcher.rules
    for pos in range(first - 1, low - 1, -1):
        word = norms[pos]
        if word in rules.own or word in lang.own_objects:
            return None  # (the candidate is nearer: "your team told me and I followed up")
        if word in lang.addressee_subjects:
            head = pos
        elif word in lang.firm_possessives:
            head = next((k for k in range(pos + 1, min(first, pos + 1 + _FIRM_REACH))
                         if _firm_word(analysis, norms[k])), -1)
            if head < 0:
                continue
        else:
            continue
        if _opens(analysis, pos, low) and not quoted(analysis, pos):
            return " ".join(norms[pos:head + 1]), pos, head
    return None


def same_claimed(analysis: Analysis, first: int) -> bool:
    """Does the candidate claim the same deed later in the match's sentence ("Your hotel is
    known for going the extra mile, AND I DID THE SAME at my last job", "My old supervisor
    always went the extra mile, and I DID THE SAME"; Language.same_claims)?"""
    return start_after(analysis, "same claim", analysis.matcher.rules.same_claims, first) is not None


def _firm_after(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """The firm's possessive and noun right after a trait that "how" opens, past words of degree
    ("I love how (so) friendly YOUR STAFF are")."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    before = first - 1
    while before >= 0 and norms[before] in lang.degree_words:
        before -= 1
    pos = last + 1
    if before < 0 or norms[before] not in lang.perception_links or pos >= len(norms) or \
            norms[pos] not in lang.firm_possessives or tokens.clauses[pos] != tokens.clauses[last]:
        return None
    head = next((k for k in range(pos + 1, min(len(norms), pos + 1 + _FIRM_REACH))
                 if _firm_word(analysis, norms[k])), None)
    return None if head is None else (" ".join(norms[pos:head + 1]), pos, head)


def _firm_word(analysis: Analysis, word: str) -> bool:
    """Does the word name a firm, its people or its words ("company", "airline's", "baristas")?"""
    lang = analysis.language
    word = word.removesuffix("'s")
    return word in lang.firm_words or word in lang.service_places or word in lang.colleagues


def _opens(analysis: Analysis, pos: int, low: int) -> bool:
    """Does the word at pos open its clause (past adverbs and openers), or follow a word that
    opens a clause of what is seen or said ("I admire HOW your team…", "…att ni…")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    before = pos - 1
    while before >= low and adverbial(lang, norms[before]):
        before -= 1
    return before < low or norms[before] in analysis.matcher.rules.openers or \
        norms[before] in lang.complementizers or norms[before] in lang.perception_links


# How many words may name the person an it-cleft puts first ("It was MY COLLEAGUE AHMED who"), and
# how far after its relative word the match may stand ("who knew all the running shoes BY HEART").
_CLEFT_NAME = 5
_CLEFT_REACH = 12


def clefted(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person an it-cleft puts first, before the match in its sentence ("IT WAS my colleague
    Ahmed WHO knew the range by heart", "DET VAR Ahmed SOM kunde alla löparskor utantill";
    Language.cleft_frames, cleft_relatives): the deed is theirs. The person is a name, a
    colleague, someone of the candidate's life or the person served, never the candidate ("It
    was me who…"), and none of the candidate's words stand between the relative word and the
    match ("It was my manager who told me I should follow up")."""
    frames = _cleft_openers(analysis)
    if not frames:
        return None
    rules = analysis.matcher.rules
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    for pos in range(first - 1, max(low, first - _CLEFT_REACH - _CLEFT_NAME - 3) - 1, -1):
        word = norms[pos]
        if word in rules.own or word in lang.own_objects:
            return None  # (the candidate nearer: "It was my manager who told ME…")
        if word not in lang.cleft_relatives:
            continue
        if first - pos > _CLEFT_REACH:
            return None
        for opener in frames[bisect_left(frames, max(low, pos - _CLEFT_NAME - 3)):bisect_left(frames, pos)]:
            named = opener + phrase_length(analysis, opener, rules.cleft_frames)
            if named < pos and pos - named <= _CLEFT_NAME and _a_person(analysis, named, pos):
                return " ".join(norms[named:pos]), named, pos - 1
        return None
    return None


def clefted_after(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """An it-cleft after a word of contrast later in the match's sentence that puts someone else
    first ("Kunderna skrev att receptionen var så välkomnande, FAST DET VAR min kollega SOM stod
    där", "The guest thanked me for following up, but it was my colleague who made the call"):
    the deed was theirs, where the candidate is not the subject before the match in its clause
    ("I followed up, but it was my manager who had told me the part was in")."""
    frames = _cleft_openers(analysis)
    if not frames:
        return None
    rules = analysis.matcher.rules
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    if not (lang.own_subjects - lang.own_objects).isdisjoint(norms[tokens.clause_range(first)[0]:first]):
        return None  # (not the candidate as an object: "The guest thanked ME for following up")
    end = tokens.sentence_range(last)[1]
    for opener in frames[bisect_right(frames, last + 1):bisect_left(frames, end)]:
        if norms[opener - 1] not in lang.scope_breakers:
            continue  # (a cleft after a word of contrast: "…, BUT it was…")
        named = opener + phrase_length(analysis, opener, rules.cleft_frames)
        relative = next((k for k in range(named + 1, min(end, named + _CLEFT_NAME + 1))
                         if norms[k] in lang.cleft_relatives), None)
        if relative is not None and _a_person(analysis, named, relative):
            return " ".join(norms[named:relative]), named, relative - 1
    return None


def _cleft_openers(analysis: Analysis) -> list[int]:
    """Where the answer's it-cleft frames start; none unless it is told in the first person
    (most answers have no cleft, so the frames are looked for first)."""
    frames = phrase_starts(analysis, "cleft", analysis.matcher.rules.cleft_frames)
    return frames if frames and told_in_first_person(analysis.matcher) else []


def _a_person(analysis: Analysis, low: int, high: int) -> bool:
    """Do words low..high-1 name someone other than the candidate?"""
    lang = analysis.language
    rules = analysis.matcher.rules
    norms = analysis.tokens.norms
    if low >= high or any(norms[k] in rules.own or norms[k] in lang.own_objects for k in range(low, high)):
        return False
    return any(_capitalised(analysis, k) or norms[k] in lang.colleagues or norms[k] in rules.third_parties
               or norms[k] in lang.served_subjects for k in range(low, high))


def _capitalised(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos a name by its capital, in mid-sentence? Looser than read_as_name ("Ahmed"
    reads as a past form there): after an it-cleft's frame a capital names who did it."""
    start, end = analysis.tokens.span(pos)
    text = analysis.tokens.text[start:end]
    return text[:1].isupper() and text[1:2].islower() and \
        analysis.tokens.sentence_range(pos)[0] != pos and \
        analysis.tokens.norms[pos] not in analysis.language.function_words


def said_after_verb(analysis: Analysis, last: int) -> tuple[str, int, int] | None:
    """Where verbs come last, someone named right after the match's own third-person verb, as
    an afterthought ("… అప్‌డేట్ ఇచ్చింది నా కొలీగ్ సమీర", gave the update, my colleague Sameera),
    or after its verb made a noun of its doer (`_named_doer`): the deed is theirs. A possessive
    may stand before them ("నా"). Interview rubrics only."""
    lang = analysis.language
    if not lang.head_final or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    verb = norms[last]
    rules = analysis.matcher.rules
    if lang.doer_endings and last + 1 < len(norms):
        doer = _named_doer(analysis, last)
        if doer is not None:
            return doer
    if not verb.endswith(lang.other_person_endings + lang.shared_person_endings):
        return None
    end = min(tokens.clause_range(last)[1], last + 3)
    for pos in range(last + 1, end):
        if norms[pos] in lang.quotatives:
            return None  # (what follows a quotative says who said it: "… అని అందరూ చెప్పుకున్నారు")
        if norms[pos] in rules.third_parties:
            return " ".join(norms[last + 1:pos + 1]), last + 1, pos
    return None


# How many words may name the doer after a verb made a noun of it ("… పలకరించేది రిసెప్షన్‌లో
# దివ్య", the one who greets them is Divya at reception).
_DOER_WORDS = 3


def _named_doer(analysis: Analysis, last: int) -> tuple[str, int, int] | None:
    """The doer named after the match's verb made a noun of its doer (Language.doer_endings; the
    match's last word or the next), the clause's last words, in a clause with none of the
    candidate's words ("… త్వరగా తీర్చేది శ్రీను", the one who settles them quickly is Srinu; not
    "… మర్యాదగా చూసేది నేనే", the one who … is me)."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.clause_range(last)
    verb = next((k for k in (last, last + 1) if k < high and norms[k].endswith(lang.doer_endings)
                 and norms[k] not in lang.namers), None)  # (not "గౌరవం అనేది", respect, as a topic)
    if verb is None or not 0 < high - verb - 1 <= _DOER_WORDS:
        return None
    own = united((analysis.matcher.rules.own, lang.own_subjects))
    words = norms[low:high]
    if not own.isdisjoint(words) or negated_between(analysis, verb + 1, high) or \
            all(norms[k] in lang.function_words for k in range(verb + 1, high)):
        return None
    return " ".join(norms[verb + 1:high]), verb + 1, high - 1


# How many words may stand between the candidate and their verb of overseeing ("I ALWAYS made
# sure"), between it and the staff it names ("made sure THAT ALL THE waiters"), and between the
# staff and the match.
_OVERSEER_REACH = 2
_STAFF_REACH = 4
_OVERSEEN_REACH = 6


def overseen(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """Staff the candidate makes, trains or checks do the deed, named between the candidate's
    verb of overseeing and the match ("As duty manager, I MADE SURE the WAITERS stayed polite",
    "I COACHED my RECEPTIONISTS to say 'I understand…'", "jag SÅG till att PERSONALEN behandlade
    alla gäster med respekt"; Language.oversight_words, staff_words; not a firm, "I checked with
    the airline every few hours and called her room"): the staff's
    deed, not the candidate's, where no word of the candidate's stands between the staff and
    the match ("I trained the juniors, and I listen fully myself")."""
    lang = analysis.language
    verbs = lang.oversight_words
    if not verbs or analysis.stem_of.keys().isdisjoint(verbs) or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    staff = lang.staff_words
    for verb in range(max(low, first - _STAFF_REACH - _OVERSEEN_REACH), first):
        if norms[verb] not in verbs or not any(  # ("I made sure", "såg JAG till att")
                names_me(analysis, (norms[k],)) for k in range(max(low, verb - _OVERSEER_REACH), verb + 2)):
            continue
        named = next((k for k in range(verb + 1, min(first, verb + 1 + _STAFF_REACH))
                      if norms[k] in staff), None)
        if named is None or first - named > _OVERSEEN_REACH or any(
                names_me(analysis, (norms[k],)) for k in range(named + 1, first)):
            continue
        return " ".join(norms[verb:named + 1]), verb, named
    return None
