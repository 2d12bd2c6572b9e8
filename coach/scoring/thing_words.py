"""What things say, do by themselves and belong to (coach.scoring.things asks here): words
written on a thing or naming one ('a folder called "Alternatives"'), a machine doing it by
itself ("it automatically sends a follow-up email"), and a thing the workplace has ("we've got
an automated feedback form"), each in a clause that names no one of the candidate's; a thing
after its owner or describing words, and a sentence of business figures. Language data
(coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .forms import adverbial, genitive_base, past_form
from .person_sets import united
from .quotes import quoted
from .voice import first_person, told_in_first_person
from .whole import colon_lead, names_me

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def silent(analysis: Analysis, low: int, end: int, unquoted: bool = False,
           owner: bool = False) -> bool:
    """Do tokens low..end-1 hold no word of the candidate's as a subject (nor a verb ending that
    names them: Telugu పంపాను, "I sent")? `unquoted`: words in quotation marks are not looked at
    (a sign's "we exceed expectations" is not the candidate speaking). `owner`: the candidate
    as the owner of a thing ("WE'VE GOT an automated email") does nothing either."""
    norms = analysis.tokens.norms
    if owner:
        return not any(names_me(analysis, (norms[k],)) and not _owns(analysis, k, end)
                       for k in range(low, end))
    if not unquoted:
        return not names_me(analysis, norms[low:end])
    return not any(names_me(analysis, (norms[k],)) and not quoted(analysis, k) for k in range(low, end))


def automatic(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A machine doing it by itself: a word such as "automatically" (Language.automatic_words)
    in the keyword's clause, which names no one of the candidate's ("When a ticket's closed it
    automatically sends a follow-up email"; "I automatically apologise" is the candidate's).
    Only for a rubric that judges what the candidate does (first_person): on a knowledge
    rubric what a protocol does automatically is the answer."""
    words = analysis.language.automatic_words
    if analysis.stem_of.keys().isdisjoint(words) or not first_person(analysis.matcher):
        return None
    low, end = analysis.tokens.clause_range(match.first)
    norms = analysis.tokens.norms
    for pos in range(low, end):
        if norms[pos] in words:
            # (the candidate as the machine's owner only on an interview rubric: a reference
            # answer's "we have an automatic repeat request" is the protocol's)
            owner = told_in_first_person(analysis.matcher)
            return (norms[pos], pos, pos) if silent(analysis, low, end, owner=owner) else None
    return None


def written(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Words written on a thing or naming one, in a sentence that holds no words of the
    candidate's outside quotation marks: a keyword in quotation marks after a naming word
    (Language.naming_words: 'a folder called "Alternatives"') or in a sentence that names a thing
    ('a sign that says "We exceed your expectations"'), or right before a naming word and a thing
    (Telugu 'అంచనాలను మించి' అని బోర్డు, a board that says "beyond expectations"); or a capitalised
    keyword right after a naming word, whoever speaks ("we have a counter called Personal
    Service"), or right before one that follows its name and a thing (Telugu 'క్విక్ ఫిక్స్' అనే
    టూల్, Language.postposed_names)."""
    lang = analysis.language
    if not lang.things:
        return None
    names = lang.naming_words
    tokens = analysis.tokens
    norms = tokens.norms
    after = match.last + 1
    for pos in range(after, min(len(norms), after + 2)) if lang.postposed_names else ():
        if norms[pos] in lang.postposed_names:  # 'క్విక్ ఫిక్స్' అనే టూల్: a name, whoever speaks
            for thing in range(pos + 1, min(len(norms), pos + 4)):
                if norms[thing] in lang.things:
                    return norms[thing], match.first, thing
            break
    in_quotes = quoted(analysis, match.first)
    clause_low = tokens.clause_range(match.first)[0]
    lead = colon_lead(analysis, clause_low) if ":" in tokens.text else None
    if not (in_quotes or lead is not None or (match.first > 0 and norms[match.first - 1] in names)
            or (match.last + 1 < len(norms) and norms[match.last + 1] in names)):
        return None  # (most matches: no quotation, no list, no naming word beside them)
    low, end = tokens.sentence_range(match.first)
    if match.first > low and norms[match.first - 1] in names and \
            tokens.text[tokens.span(match.first)[0]].isupper():
        return norms[match.first - 1], match.first - 1, match.last  # "a counter called Personal Service"
    # Who speaks: the clause before the quotation (or the keyword's clause) up to the sentence's
    # end ('I said, "Sorry for the wait"' and '"Sorry for the wait," I said' are the candidate's).
    said = clause_low
    while said > low and quoted(analysis, said - 1):
        said = tokens.clause_range(said - 1)[0]
    if said > low:
        said = tokens.clause_range(said - 1)[0]
    if not silent(analysis, said, end, unquoted=True):
        return None
    if in_quotes:  # the nearest naming word before it, or thing about it
        for pos in sorted(range(low, end), key=lambda k: abs(k - match.first)):
            if (norms[pos] in names and pos < match.first) or norms[pos] in lang.things:
                return norms[pos], min(pos, match.first), max(pos, match.last)
    if after < end and norms[after] in names:
        for pos in range(after + 1, min(end, after + 4)):
            if norms[pos] in lang.things:
                return norms[pos], match.first, pos
    if lead is not None and silent(analysis, *lead):
        for pos in range(*lead):
            if norms[pos] in lang.things:  # "the values printed on the wall: respect, speed"
                return norms[pos], pos, match.last
    return None


def _owns(analysis: Analysis, pos: int, end: int) -> bool:
    """Is the candidate's word at pos only the owner of what follows: a verb of having and an
    article after it ("we've got an", "we have a"; Language.possession_verbs)?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    at = pos + 1
    if at < end and norms[at] in lang.possession_verbs:  # ("we've got": "we've" alone is no owner)
        at += 1
        if at < end and norms[at] in lang.possession_verbs:
            at += 1
        return at < end and norms[at] in lang.articles
    return False


# How many describing words may stand between the article and a keyword that names a thing
# ("a MANDATORY root cause field", "an AUTOMATED follow-up survey").
_HAD_GAP = 2


def had(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword that names a thing (its last word one of Language.things) which the workplace
    has or which exists ("We've got a satisfaction survey that goes out by text", "There's a
    feedback form"): an article before it, past at most _HAD_GAP describing words, and before
    that only the candidate as its owner, a verb of having or existing (possession_verbs,
    existentials, a form of "be") and adverbs, in a clause that names the candidate doing
    nothing else. Having a survey is not following up ("I send a survey" is)."""
    lang = analysis.language
    if (not lang.possession_verbs and not lang.existentials) or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric what a protocol has is the answer: "a header has a field")
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.clause_range(match.first)
    pos = match.first - 1
    while pos >= low and pos >= match.first - 1 - _HAD_GAP and norms[pos] not in lang.articles:
        if norms[pos] in lang.function_words:
            return None
        pos -= 1
    if pos < low or norms[pos] not in lang.articles:
        return None
    frame = norms[low:pos]
    own = analysis.matcher.rules.own
    having = united((lang.possession_verbs, lang.existentials))
    if not frame or having.isdisjoint(frame) or not all(
            w in having or w in own or w in lang.copulas or w in analysis.matcher.rules.openers
            or adverbial(lang, w) for w in frame):
        return None
    if not silent(analysis, low, end, owner=True):
        return None  # the candidate does something with it: "…a survey that I send out"
    return norms[low], low, match.last


# How far after a keyword its passive's doer may be named ("the follow-up was done by the app").
_AGENT_REACH = 5


def done_by(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A thing named as the doer of a passive after the keyword ("in theory the follow-up WAS
    DONE BY THE APP"; Language.agent_prepositions after a past participle), in the keyword's
    clause: the thing did it."""
    lang = analysis.language
    if not lang.agent_prepositions or not first_person(analysis.matcher):
        return None  # (on a knowledge rubric what a device does is the answer: "the frame is
        # sent by the router")
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    determiners = analysis.matcher.rules.determiners
    for pos in range(match.last + 2, min(len(norms) - 1, match.last + 1 + _AGENT_REACH)):
        if clauses[pos] != clauses[match.last]:
            return None
        if norms[pos] in lang.agent_prepositions and past_form(lang, norms[pos - 1]):
            at = pos + 1
            while at < len(norms) - 1 and norms[at] in determiners:
                at += 1
            return (norms[at], match.first, at) if norms[at] in lang.things else None
    return None


def thing_after(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """In a language whose verbs carry the person (Language.own_person_endings, verb last), a
    thing as the subject after a fronted keyword, right before the clause's last words, in a
    clause that names no one of the candidate's ("పర్సనల్ టచ్ సంగతి మా యాప్ చూసుకుంటుంది", as for
    the personal touch, our app sees to it)."""
    lang = analysis.language
    if not lang.own_person_endings:
        return None
    tokens = analysis.tokens
    low, end = tokens.clause_range(match.first)
    for pos in range(max(match.last + 1, end - 3), end - 1):
        if tokens.norms[pos] in lang.things and silent(analysis, low, end):
            return tokens.norms[pos], match.first, pos
    return None


# How many words may stand between an existential and the keyword it introduces ("there were
# SO MANY COMBO options").
_EXISTING_GAP = 4


def existing(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A one-word keyword that names what there is, in a clause opened by an existential
    (Language.existentials, a small one with a form of "be" after it): "There are lots of options in
    the packages folder", "there were so many combo options", "Det finns massor av alternativ".
    Options that exist are not options offered; nothing of the candidate's may stand between."""
    lang = analysis.language
    if match.first != match.last or lang.existentials.isdisjoint(analysis.stem_of) or \
            not told_in_first_person(analysis.matcher):
        return None  # (most answers hold no existential)
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    rules = analysis.matcher.rules
    pos = low
    while pos < match.first and norms[pos] in rules.openers:
        pos += 1
    if norms[pos] not in lang.existentials or match.first - pos > _EXISTING_GAP + 2:
        return None
    between = norms[pos + 1 : match.first]
    if not between or not rules.own.isdisjoint(between) or (
            norms[pos] in lang.function_words and lang.copulas.isdisjoint(between[:1])):
        return None  # (a small word needs its "be": "there ARE"; not "there I offered options")
    if any(pos < at < match.first for at in analysis.negations):
        return None  # (a saying: "There's NO substitute for patience")
    return norms[pos], pos, match.last


# How far before its naming word the thing that says the words may stand ("a sign BEHIND THE
# COUNTER saying …").
_SAYS_REACH = 6
# How far before the thing the candidate who made it may stand ("I wrote a little CARD").
_MAKER_REACH = 4

# How many words a clause between the words taken up and the resumptive word may hold.
_ASIDE_WORDS = 4


def _aside_clause(analysis: Analysis, at: int, high: int) -> bool:
    """Is the clause at token `at` a short aside inside the sentence (a filler, a list's next
    item), holding no subordinator and no negation, with a clause after it?"""
    low, end = analysis.tokens.clause_range(at)
    return end < high and end - low <= _ASIDE_WORDS and analysis.language.subordinators.isdisjoint(
        analysis.tokens.norms[low:end]) and not negated_between(analysis, low, end)


def resumed_thing(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """Words opening a sentence (past short asides, `_aside_clause`) that a later clause takes up
    as a thing's, with a resumptive word (Language.resumptives) and a thing not the candidate's
    own ("Going the extra mile, that's the company's slogan", "A friendly smile and a warm
    welcome, that's what it said on the poster", "Vi överträffar kundens förväntningar, det var
    typ företagets slogan"; not "I always go the extra mile, that's MY motto")."""
    lang = analysis.language
    if not lang.resumptives or not lang.things or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric, "…, that is the router's table" is the answer)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.clause_range(match.first)
    sentence_low, high = tokens.sentence_range(match.first)
    if end >= high:
        return None  # (a clause follows the words taken up)
    while sentence_low < low and _aside_clause(analysis, sentence_low, high):
        sentence_low = tokens.clause_range(sentence_low)[1]  # (a list's earlier items)
    if low != sentence_low:
        return None  # (the words taken up open the sentence)
    opener = end
    while norms[opener] not in lang.resumptives and _aside_clause(analysis, opener, high):
        opener = tokens.clause_range(opener)[1]  # (past a filler or a list's next item: "Going
        # above and beyond, YEAH, I MEAN, that's the slogan"; "Expert advice, KNOW YOUR RANGE, …")
    if opener >= high or norms[opener] not in lang.resumptives or not (
            norms[opener] in lang.fused_copulas or (opener + 1 < high and norms[opener + 1] in lang.copulas)):
        return None  # (it opens the clause as a copula's subject: "THAT'S the slogan", "DET VAR
        # företagets slogan"; not "…, and that I'd be climbing the walls")
    for pos in range(opener + 1, tokens.clause_range(opener)[1]):
        if norms[pos] in lang.things and norms[pos - 1] not in lang.scene_self:
            return norms[pos], match.first, pos
    return None


def says_for_us(analysis: Analysis, pos: int, low: int, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A thing that says the candidate's side's words, the own word at pos right after its
    naming word ("There was a sign behind the counter SAYING WE keep our word", "We had a poster
    saying we'll always check in with you"): the thing's words, unless the candidate made it
    ("I put a note on the screen saying I'd call her back"; a verb of having only says whose it
    is: "we HAD a sign saying …")."""
    lang = analysis.language
    norms = analysis.tokens.norms
    at = pos - 1
    while at > low and (adverbial(lang, norms[at]) or norms[at] in lang.stop_words
                        or norms[at] in lang.fillers) and \
            norms[at] not in lang.copulas and norms[at] not in lang.naming_words and \
            norms[at] not in lang.speech_verbs and norms[at] not in lang.complementizers:
        at -= 1  # (past fillers: "Vårt motto var TYP vi gör…", "it was BASICALLY we…")
    if at > low and norms[at] in lang.copulas and norms[at - 1] in lang.things and \
            norms[at - 2] not in lang.scene_self:
        return norms[at - 1], at - 1, match.last  # the words a motto is: "Our motto was we always
        # go the extra mile", "Vårt motto var typ vi gör alltid det lilla extra" (not "MY motto…")
    if at > low and norms[at] in lang.complementizers:
        at -= 1  # ("a sign that says THAT we…")
    rules = analysis.matcher.rules
    if at <= low or (norms[at] not in lang.naming_words and not (
            norms[at] in lang.speech_verbs and norms[at - 1] in rules.relatives)):
        return None  # (a verb of saying in a relative clause names too: "en skylt SOM SA att vi…")
    own = rules.own
    # (the first thing is the one that says it, the others where it is: "a NOTE on the screen")
    thing = next((k for k in range(max(low, at - _SAYS_REACH), at) if norms[k] in lang.things), None)
    if thing is None or any(norms[k] in own and norms[k + 1] not in lang.possession_verbs
                            for k in range(max(low, thing - _MAKER_REACH), thing)):
        return None  # (the candidate put it there: "I put a note … saying I'd …"; not "The hotel
        # I was at before had a sign …")
    return norms[thing], thing, match.last


def in_figures(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword in a sentence of business figures that names no one of the candidate's
    ("Repeat business went up eleven percent after the rebrand", "ఆ ఏడాది లాభాలు పదిహేను శాతం
    పెరిగాయి"; Language.figure_words): the business's results, not the candidate's deed. ("We
    cut complaints by 40 percent by following up" names them.)"""
    words = analysis.language.figure_words
    if not words or analysis.stem_of.keys().isdisjoint(words) or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric a figure is the answer: "the link runs at 100
        # percent"; bench/draft_saf.py measured it)
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(match.first)
    figure = next((k for k in range(low, end) if norms[k] in words), None)
    if figure is None or not silent(analysis, low, end):
        return None
    return tokens.span_text(figure, figure), figure, figure


def owned_lead(analysis: Analysis, start: int, pos: int) -> bool:
    """Are the words from start to pos up to three describing words, an owner's genitive among
    them or not ("the DENTIST'S BOOKING system", "our HOTEL'S NEW MOBILE app", "the NEW COFFEE
    machine"), none of them a small word or anyone's?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    rules = analysis.matcher.rules
    return pos - start <= 3 and all(
        (norms[k] not in lang.function_words or genitive_base(lang, norms[k]) is not None)
        and norms[k] not in rules.own and norms[k] not in rules.anyone_served for k in range(start, pos))


# How many describing words may stand before the thing that opens a clause ("our booking
# PLATFORM", "the resort's chat ASSISTANT").
_SUBJECT_GAP = 2


def past_openers(analysis: Analysis, low: int, high: int) -> int:
    """The first of tokens low..high-1 that is no opener or determiner ("AND THE screen…")."""
    rules = analysis.matcher.rules
    norms = analysis.tokens.norms
    start = low
    while start < high and (norms[start] in rules.openers or norms[start] in rules.determiners):
        start += 1
    return start


def thing_subject(analysis: Analysis, low: int, high: int) -> int | None:
    """The thing (Language.things) that opens tokens low..high-1 as their subject, after the
    openers and determiners and at most _SUBJECT_GAP describing words ("OUR booking PLATFORM
    sends…", "Vår CHATTBOT är programmerad…")."""
    lang = analysis.language
    norms = analysis.tokens.norms
    start = past_openers(analysis, low, high)
    for pos in range(start, min(high, start + _SUBJECT_GAP + 1)):
        if norms[pos] in lang.things:
            return pos
        if norms[pos] in lang.function_words:
            return None
    return None


def machine_work(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """What a machine writes or brings about, in a sentence where no one of the candidate's is a
    subject outside quotation marks: the keyword in quotation marks in a clause a thing opens
    ("Our chatbot ends every chat with 'We love helping you!'"), or in a clause of result
    (Language.result_links) after one ("Our booking platform sends every guest a survey, SO the
    follow-up is taken care of"). Interview rubrics only: on a knowledge rubric what a machine
    does is the answer."""
    lang = analysis.language
    if not lang.things or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    s_low, s_end = tokens.sentence_range(match.first)
    if any(norms[k] in lang.own_subjects and not quoted(analysis, k) for k in range(s_low, s_end)):
        return None
    low = tokens.clause_range(match.first)[0]
    if quoted(analysis, match.first):
        thing = thing_subject(analysis, low, match.first)
        if thing is None and low > s_low:  # (the quotation may be a clause of its own)
            thing = thing_subject(analysis, tokens.clause_range(low - 1)[0], low)
        if thing is not None:
            return norms[thing], thing, match.last
    if low > s_low and norms[low] in lang.result_links:
        before = tokens.clause_range(low - 1)[0]
        thing = thing_subject(analysis, before, low)
        if thing is not None:
            return norms[thing], thing, match.last
    return None
