"""Names and quotations (coach.scoring.aside and things ask here): a keyword phrase written as
a name in mid-sentence ("an 'Extra Mile' anniversary package"), and whether a word stands inside
quotation marks, words said or written rather than the candidate's claim. Pure: no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def a_name(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword phrase written as a name in mid-sentence, each word capitalised: a product,
    package or award ("there's an 'Extra Mile' anniversary package on our website", "the
    Customer First scheme"), not the candidate's service. One word alone is not enough (a list
    of "Empathy, Respect" is judged as stuffing) unless a quoted title holds it ('a "Romantic
    Surprise" package')."""
    tokens = analysis.tokens
    small = analysis.language.function_words
    first, last = match.first, match.last
    named = _named_quote(analysis, first, last)  # (quoted, it may open the sentence)
    if named is not None:
        return tokens.span_text(*named), *named
    if first == 0 or tokens.sentences[first - 1] != tokens.sentences[first]:
        return None  # a sentence's first word is capitalised anyway
    if last == first:
        # One word alone is a name only as part of a quoted title ('a "Romantic Surprise"
        # package') or beside a capitalised word of its own name ("the Empathy First team", "a
        # café called The Friendly Bean"): the quotation's words, or the run, make the name.
        run = _title_run(analysis, first)
        if run is not None:
            return tokens.span_text(*run), *run
        if not quoted(analysis, first):
            return None
        sentence = tokens.sentences[first]
        first, last = quotation(analysis, first, last)
        if last == first or first == 0 or tokens.sentences[first - 1] != sentence or \
                tokens.norms[first - 1] in analysis.language.speech_verbs:
            return None  # (not words said: 'I said "Sorry For The Wait"')
    else:
        at = next((k for k in range(first, last + 1) if _titled(analysis, k)), None)
        run = None if at is None else _title_run(analysis, at)
        if run is not None and all(run[0] <= k <= run[1] or tokens.norms[k] in small
                                   for k in range(first, last + 1)):
            return tokens.span_text(*run), *run  # ("the Keep Them in the Loop campaign")
    text = tokens.text
    for pos in range(first, last + 1):
        start, _end = tokens.span(pos)
        if not text[start].isupper() and tokens.norms[pos] not in small:
            return None
    if not text[tokens.span(first)[0]].isupper():
        return None
    return tokens.span_text(first, last), first, last


def _named_quote(analysis: Analysis, first: int, last: int) -> tuple[int, int] | None:
    """The quotation that tokens first..last stand in, where a word that names follows it
    (Language.namers: "'పర్సనల్ టచ్' అనే గిఫ్ట్ షాప్", a gift shop called 'Personal Touch')."""
    namers = analysis.language.namers
    if not namers or not quoted(analysis, first) or not quoted(analysis, last):
        return None
    tokens = analysis.tokens
    end = tokens.sentence_range(last)[1]
    first, last = quotation(analysis, first, last)
    if last + 1 >= end or tokens.norms[last + 1] not in namers:
        return None
    return first, last


def quotation(analysis: Analysis, first: int, last: int) -> tuple[int, int]:
    """The whole quotation that quoted tokens first..last stand in, within their sentence: the
    quoted words on either side, word by word (single quotes need not break a clause)."""
    low, end = analysis.tokens.sentence_range(first)
    while first > low and quoted(analysis, first - 1):
        first -= 1
    while last + 1 < end and quoted(analysis, last + 1):
        last += 1
    return first, last


def _title_run(analysis: Analysis, pos: int) -> tuple[int, int] | None:
    """The run of title-case words in mid-sentence that the capitalised word at pos stands in,
    if it holds another ("Empathy First", "The Friendly Bean", "Kommunikation & Media"): words
    joined by spaces (or "&"), small words between them ("Keep Them in the Loop"). A word in
    capitals throughout is emphasis, not a name ("I was ALWAYS polite")."""
    tokens = analysis.tokens
    if not _titled(analysis, pos) or not told_in_first_person(analysis.matcher):
        return None  # (on a knowledge rubric a term is capitalised: "the Round Trip Time (RTT)")
    low, end = tokens.sentence_range(pos)
    small = analysis.language.function_words
    first = last = pos
    while first - 1 > low and _joined(analysis, first - 1) and _titled(analysis, first - 1):
        first -= 1
    while last + 1 < end and _joined(analysis, last):
        step = 1  # (past up to two small words: "in the Loop")
        while step < 3 and last + step + 1 < end and tokens.norms[last + step] in small and \
                not _titled(analysis, last + step) and _joined(analysis, last + step):
            step += 1
        if last + step >= end or not _titled(analysis, last + step):
            break
        last += step
    own = analysis.matcher.rules.own
    if last == first or first == low or any(tokens.norms[k] in own for k in range(first, last + 1)):
        return None  # (not the sentence's first word, nor "I": capitalised anyway)
    return first, last


def _titled(analysis: Analysis, pos: int) -> bool:
    """Is the word at pos written in title case ("Empathy", not "empathy" or "EMPATHY")?"""
    start, end = analysis.tokens.span(pos)
    word = analysis.tokens.text[start:end]
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _joined(analysis: Analysis, pos: int) -> bool:
    """Do the words at pos and pos + 1 stand together, joined by a space or an "&" alone?"""
    tokens = analysis.tokens
    between = tokens.gap(pos)
    return between.strip(" &") == "" and between.count("&") <= 1 and len(between) <= 3


def quoted(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos stand inside quotation marks, words said to someone (an open
    straight quote before it, or more opening curly quotes than closing ones)?"""
    text = analysis.tokens.text
    if (" '" in text or "\u2018" in text or text[:1] == "'") and _in_single_quotes(analysis, pos):
        return True  # (an opening mark has no word before it: most apostrophes are in words)
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return False
    straight, opening, closing = _quote_marks(text)
    # A quotation mark breaks a clause, so every word of a clause has the same marks before it:
    # count them before the clause, whose offset needs no span found.
    at = analysis.tokens.clause_offset(pos)
    return bisect_left(straight, at) % 2 == 1 or bisect_left(opening, at) > bisect_left(closing, at)


def _in_single_quotes(analysis: Analysis, pos: int) -> bool:
    """Does the word at pos stand between single quotation marks ("the slogan was 'we keep our
    promises'"), the British way to quote? An apostrophe is no quotation mark, so a mark counts
    only paired: one that opens a word ('we) with one after it that closes a word (promises')."""
    pairs = _single_pairs(analysis.tokens.text)
    if not pairs:
        return False
    at = analysis.tokens.span(pos)[0]
    return any(opened < at < closed for opened, closed in pairs)


@lru_cache(maxsize=8)
def _single_pairs(text: str) -> tuple[tuple[int, int], ...]:
    """Each single quotation in the text as (opening mark, closing mark): an opening mark with
    no word character before it and a word after it, not an elision ('em, 'cause), paired with
    the next mark that closes a word and has none after it, in one paragraph."""
    pairs = []
    at = 0
    for opened in _SINGLE_OPENS.finditer(text, at):
        if opened.start() < at:
            continue
        closed = _SINGLE_CLOSES.search(text, opened.end())
        if closed is None or "\n" in text[opened.end() : closed.start()]:
            continue
        pairs.append((opened.start(), closed.start()))
        at = closed.end()
    return tuple(pairs)


# A single quote that opens a quotation: none but a space, a start or a break before it, a word
# after it, and not the elisions of speech ('em, 'cause, 'til, 'n', 'bout).
_SINGLE_OPENS = re.compile(
    "(?<![\\w'\u2019])['\u2018](?!(?:em|cause|cos|til|n|bout|round|tis|twas)\\b)(?=\\w)", re.IGNORECASE
)
# One that closes it: a word or a stop before it, no word after it (a word may end in a vowel
# sign or a virama, which are no \\w: "'పర్సనల్ టచ్'"; the Indic blocks).
_SINGLE_CLOSES = re.compile("(?<=[\\w.!?,\u0900-\u0dff])['\u2019](?!\\w)")


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where an answer's straight, opening curly and closing curly double quotes stand (found
    once an answer: the rules ask `quoted` of many words). Swedish writes ”…” with the closing
    mark at both ends: with no opening mark in the text, those pair as straight quotes do."""
    opening, closing = _places_of(text, "\u201c"), _places_of(text, "\u201d")
    if closing and not opening:
        return sorted(_places_of(text, '"') + closing), [], []
    return _places_of(text, '"'), opening, closing


def _places_of(text: str, mark: str) -> list[int]:
    """Every index of `mark` in text (str.find: a scan in C, not a loop over characters)."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def written_words(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A quoted keyword in a sentence that names a document outside the quotation: a job
    advert, an appraisal, a handbook, a checklist, slides (Language.document_nouns, by stem):
    "The job ad listed 'knowledge of Opera PMS and hotel policies'", "'Aktivt lyssnande' stod som
    förbättringsområde i min medarbetarbedömning" are words written, not the candidate's deed
    (unless the candidate says them, Language.speech_verbs: "I told the guest '…'"); so is a
    keyword written there in the passive, quoted or not ("Empathy WAS WRITTEN in bold on the job
    advert")."""
    lang = analysis.language
    documents = analysis.matcher.rules.documents
    if not documents or not (quoted(analysis, match.first) or _written_as(analysis, match)):
        return None
    low, end = analysis.tokens.sentence_range(match.first)
    own, norms = analysis.matcher.rules.own, analysis.tokens.norms
    if any(norms[k] in lang.speech_verbs and own.intersection(norms[max(low, k - 3):k])
           for k in range(low, match.first)):
        return None  # the candidate's own words: "Whatever the checklist says, I TELL the guest '…'"
    for pos in range(low, end):
        if analysis.stem_of.get(norms[pos], "") in documents and not quoted(analysis, pos):
            return norms[pos], min(pos, match.first), max(pos, match.last)
    return None


def _written_as(analysis: Analysis, match: PhraseMatch) -> bool:
    """Is the match the subject of a passive verb of writing right after it ("Empathy WAS
    WRITTEN…"; a copula, then one of Language.speech_verbs)?"""
    norms = analysis.tokens.norms
    lang = analysis.language
    at = match.last + 2
    return at < len(norms) and norms[at - 1] in lang.copulas and norms[at] in lang.speech_verbs


def mentioned(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A quoted keyword that is a word mentioned, not said or done: the quotation right after a
    noun that names words (Language.mention_nouns: "The job spec used the WORD 'flexible'",
    "rutan ”Uppföljning genomförd”"), or printed on something (Language.print_verbs after a
    copula: "'Passionate about people' WAS PRINTED on our hoodies"). Interview rubrics only (a
    knowledge answer names its terms)."""
    lang = analysis.language
    if not (lang.mention_nouns or lang.label_nouns) or not quoted(analysis, match.first) or \
            not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low, end = tokens.sentence_range(match.first)
    first, last = quotation(analysis, match.first, match.last)
    if first > low and norms[first - 1] in lang.mention_nouns and not any(
            mark in tokens.gap(first - 1) for mark in ",:"):
        return tokens.span_text(first - 1, last), first - 1, last  # (not words said after a
        # colon: "First WORDS: 'I'm so sorry…'", "I'd call down the LINE, 'Thanks for waiting'")
    if last + 2 < end and norms[last + 1] in lang.copulas and norms[last + 2] in lang.print_verbs:
        return tokens.span_text(first, last + 2), first, last + 2
    return _label(analysis, first, last)


# How many words before a quotation a stock word may stand ("the STANDARD 'Alternative
# options' email", "vår STANDARDFRAS i chatten är ”…”").
_STOCK_REACH = 4
# How many words after a quotation a verb of marking may stand where verbs come last ("'…' అని
# మార్క్ చేశాను", marked it as '…').
_MARK_REACH = 3


def _label(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """A quotation at tokens first..last that labels something rather than says it: right
    before a label noun, after a stock word, or a status set by a verb of marking before it in
    its clause or right after "as" (after the quotation where verbs come last; Language.label_nouns,
    stock_words, marking_verbs, marking_links). None where the language lists none of them."""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(first)[0]
    if last + 1 < len(norms) and norms[last + 1] in lang.label_nouns and \
            tokens.sentences[last + 1] == tokens.sentences[first]:
        return tokens.span_text(first, last + 1), first, last + 1
    lead = max(low, first - _STOCK_REACH)
    stock = next((pos for pos in range(lead, first) if norms[pos] in lang.stock_words), None)
    if stock is not None:
        return tokens.span_text(stock, last), stock, last
    if lang.head_final:  # (the verb of marking after it: "'రిసాల్వ్డ్' అని మార్క్ చేశాను")
        marked = next((pos for pos in range(last + 1, min(len(norms), last + 1 + _MARK_REACH))
                       if norms[pos] in lang.marking_verbs), None)
        return None if marked is None else (tokens.span_text(first, marked), first, marked)
    if first == low:
        return None
    # (the status after "as" alone too: "I closed the case AS 'Resolved'", "… SOM ”Löst”")
    marking: int | None = first - 1
    if norms[first - 1] not in lang.marking_links:
        clause_low = tokens.clause_range(first - 1)[0]
        marking = next((pos for pos in range(clause_low, first) if norms[pos] in lang.marking_verbs), None)
    if marking is None or _set_after_own_deed(analysis, last):
        return None
    return tokens.span_text(marking, last), marking, last


def _set_after_own_deed(analysis: Analysis, last: int) -> bool:
    """Is a status set only once the candidate had done the deed, said after it in its
    sentence ("I only marked it 'Resolved' AFTER I'D got the payment reversed"): a subordinator
    with one of the candidate's own subjects right after it? Then the status reports that deed."""
    tokens = analysis.tokens
    norms, lang = tokens.norms, analysis.language
    end = tokens.sentence_range(last)[1]
    return any(norms[k] in lang.subordinators and not lang.own_subjects.isdisjoint(norms[k + 1:k + 3])
               for k in range(last + 1, end))
