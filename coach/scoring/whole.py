"""Whole-answer judgements: keyword stuffing (bare keyword lists, repeated clauses, answers
made of the rubric's keywords: coach.scoring.cover measures those) and answers that may not
answer the question. Decided from the analysis once matches are known; every
threshold is chosen on the dev split of bench/data. Pure: no I/O.
"""

from __future__ import annotations

from itertools import starmap
from typing import TYPE_CHECKING

from .cover import KEYWORD_SHARE
from .forms import past_form
from .quotes import quoted
from .voice import told_in_first_person

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .analysis import Analysis
    from .cover import Cover

# An answer is stuffed when at least this share of what it earned is bare keywords, or this
# share of its clauses repeat an earlier one word for word; its score is capped at STUFFED_CAP.
STUFFED_SHARE = 0.5
REPEATED_SHARE = 0.3
STUFFED_CAP = 20
# An answer is a list of claims when at least CLAIMS_MIN of its sentences are a bare claim (at
# most CLAIM_WORDS words: the candidate as subject, a keyword, and at most one other word that
# carries meaning: "I am honest." "I give options." "I explain clearly.") and they hold more than
# CLAIMS_SHARE of its words. Chosen on the dev split of bench/data: only answers labelled
# stuffing, none with a gold criterion, are such lists (the holdout split agrees).
CLAIMS_MIN = 4
CLAIMS_SHARE = 0.5
CLAIM_WORDS = 6


def bare(analysis: Analysis, first: int, last: int) -> bool:
    """Is a match a bare keyword: its clause is little more than the keyword itself, with no
    one doing anything ("Empathy." "Exceeded expectations." but not "I listen.")?"""
    tokens = analysis.tokens
    if any(tokens.norms[i][:1].isdigit() for i in range(first, last + 1)):
        return False  # a number ("0.0508" is cut at its point) is an answer, not a keyword list
    low, end = tokens.clause_range(first)
    if tokens.clauses[last] != tokens.clauses[first]:
        end = tokens.clause_range(last)[1]
    if _lettered(analysis, low, end):
        return True  # a mnemonic's item: "G: genuine apology. U: understanding and empathy."
    if end - low > (last - first + 1) + 1:
        # The clause says more than the keyword, unless the rest is the keyword's own article:
        # "Going the extra mile." says no more than "Extra mile." ("explain the policy" does).
        start = first
        articles = analysis.language.articles
        while start > low and tokens.norms[start - 1] in articles:
            start -= 1
        if end - low > (last - start + 1) + 1:
            return False
    if names_me(analysis, tokens.norms[low:end]) or _given(analysis, low):
        return False
    # A past verb in a sentence that names the candidate shares their subject ("I remade it
    # myself, REFUNDED IT, and wrote…"); words in quotation marks were said to someone.
    lang = analysis.language
    return not (any(past_form(lang, tokens.norms[k]) for k in range(first, last + 1))
                and names_me(analysis, tokens.norms[slice(*tokens.sentence_range(first))])) \
        and not quoted(analysis, first)


def _lettered(analysis: Analysis, low: int, end: int) -> bool:
    """Is the clause of tokens low..end a short item that one letter heads with a colon, as a
    mnemonic's letters head its virtues ("G: genuine apology. U: understanding and empathy")?"""
    if end - low > _ITEM_WORDS + 1 or low == 0:
        return False
    tokens = analysis.tokens
    head, _end = tokens.clause_range(low - 1)
    return low - head == 1 and len(tokens.norms[head]) == 1 and \
        ":" in tokens.between_clauses(low - 1, low)


def names_me(analysis: Analysis, words: Iterable[str]) -> bool:
    """Do the words name the candidate: one of their own subject words, or a verb whose ending
    carries them (Telugu పలకరిస్తాను, "I greet")?"""
    own = analysis.matcher.rules.own
    endings = analysis.language.own_person_endings or ("\0",)
    return any(w in own or w.endswith(endings) for w in words)


# A list a colon opens holds items of at most this many words ("a refund", "store credit").
_ITEM_WORDS = 4


def _given(analysis: Analysis, low: int) -> bool:
    """Is the clause starting at token `low` an item of a list that a colon opens after the
    candidate's clause about someone served ("I offered her options: a refund, a replacement or
    store credit")? Such items are what the candidate gave, not keywords listed ("Keywords for
    this one: composure, empathy" and "I bring: empathy, respect" name no one served)."""
    lead = colon_lead(analysis, low)
    if lead is None:
        return False
    rules = analysis.matcher.rules
    norms = analysis.tokens.norms
    words = norms[lead[0]:lead[1]]
    if not any(w in rules.own for w in words):
        return False
    # The served or the thing done may be named in the item itself: "I've got a routine: greet
    # THEM, read IT back, tell THEM when it'll be ready" are steps the candidate takes.
    item = norms[low:analysis.tokens.clause_range(low)[1]]
    objects = rules.anyone_served | analysis.language.thing_pronouns
    return any(w in rules.anyone_served for w in words) or any(w in objects for w in item)


def colon_lead(analysis: Analysis, low: int) -> tuple[int, int] | None:
    """The (first, end) tokens of the clause whose colon opens the list that the clause starting
    at token `low` is an item of (items of at most _ITEM_WORDS words: "…options: a refund, a
    replacement or store credit"), or None."""
    tokens = analysis.tokens
    sentences = tokens.sentences
    start = low
    while start > 0 and sentences[start - 1] == sentences[low]:
        lead, _end = tokens.clause_range(start - 1)
        if ":" in tokens.between_clauses(start - 1, start):
            return lead, start
        if start - lead > _ITEM_WORDS:
            return None
        start = lead
    return None


def repeated(analysis: Analysis, first: int, last: int, anywhere: bool = False) -> bool:
    """Is a match's keyword said three times or more in its sentence ("empathy, empathy and
    more empathy", "Passion passion passion.")? Repetition says nothing more. `anywhere`:
    in the whole answer (for an answer already found stuffed: "Empathy, respect. … Empathy
    and respect, always empathy")."""
    tokens = analysis.tokens
    norms = tokens.norms
    stem_of = analysis.stem_of
    # The keyword's first word that carries meaning: "I" said three times in a sentence is
    # no repetition of "I was sorry".
    carries = analysis.topical
    word = next((norms[i] for i in range(first, last + 1) if norms[i] in carries), norms[first])
    key = stem_of[word]
    # (one family of words: "empathetic, really empathetic, because empathy is the key";
    # "apologise … apology"; stems of _FAMILY letters or more that open alike)
    low, high = (0, len(norms) - 1) if anywhere else _extent(tokens.sentences, first, last)
    if len(key) < _FAMILY:
        return sum(1 for i in range(low, high + 1) if norms[i] == word or stem_of[norms[i]] == key) >= 3
    family = key[:_FAMILY]  # (the key itself opens with it)
    return sum(1 for i in range(low, high + 1)
               if norms[i] == word or stem_of[norms[i]].startswith(family)) >= 3


# How many first letters of a stem name its family of words (empath-, apolog-).
_FAMILY = 6


def _extent(ids: list[int], first: int, last: int) -> tuple[int, int]:
    """The first and last token of the clause (or sentence) that tokens first..last stand in."""
    low, high = first, last
    while low > 0 and ids[low - 1] == ids[first]:
        low -= 1
    while high + 1 < len(ids) and ids[high + 1] == ids[last]:
        high += 1
    return low, high


# A sentence that names no one (the candidate, anyone served) and holds keywords in at least LIST_ITEMS
# places, with no more words that carry meaning besides them than keyword places, is a list of
# virtues ("Excellent service is empathy, respect, timeliness and exceeding expectations."),
# not a claim of anything done. Chosen on the dev split of bench/data (no true credit stands in
# such a sentence there but a Telugu "in my view: empathy, respect, reliability").
LIST_ITEMS = 3


def virtue_list(analysis: Analysis, first: int, places: Callable[[], list[tuple[int, int]]]) -> bool:
    """Is the sentence of the token at `first` a list of virtues (see LIST_ITEMS)? `places`
    gives the runs of keyword places in the answer (one-word keywords and the evidence found),
    asked for only once the sentence is found to name no one."""
    tokens = analysis.tokens
    low, high = _extent(tokens.sentences, first, first)
    norms = tokens.norms
    words = norms[low:high + 1]
    served = analysis.matcher.rules.anyone_served
    heads = analysis.language.service_heads
    if names_me(analysis, words) or any(
            word in served and (i + 1 >= len(words) or words[i + 1] not in heads)
            for i, word in enumerate(words)):
        return False  # (a list of deeds names someone: "Someone listened, explained, told them…";
        # "customer service" names no one)
    if not told_in_first_person(analysis.matcher):
        return False  # (on a knowledge rubric a list of terms is the answer: "reliability,
        # flow control and congestion control")
    covered = {i for a, b in places() for i in range(max(a, low), min(b, high) + 1)}
    # (items said one after another are split by their commas: "empathy, respect, timeliness")
    clauses = tokens.clauses
    items = sum(1 for i in covered if i - 1 not in covered or clauses[i - 1] != clauses[i])
    if items < LIST_ITEMS:
        return False
    carries = analysis.topical
    # (a word of another criterion's phrase is an item's too: "product knowledge, problem
    # resolution"; not a red flag's, "… but refunds are not my job")
    terms = analysis.matcher.criterion_terms
    rubric = {pos for tid, found in analysis.positions.items() if tid in terms for pos, _ in found}
    others = sum(1 for i in range(low, high + 1)
                 if i not in covered and i not in rubric and norms[i] in carries)
    return others <= items


def hollow(analysis: Analysis, first: int, last: int) -> bool:
    """A bare or repeated keyword: evidence that says nothing about what the candidate did."""
    return bare(analysis, first, last) or repeated(analysis, first, last)


def dense(analysis: Analysis, first: int, covered: frozenset[int]) -> bool:
    """Is a match's clause made mostly of keyword words (see cover.KEYWORD_SHARE)?"""
    carries = analysis.topical  # (relevance.topical of the answer's words, found once)
    norms = analysis.tokens.norms
    low, end = analysis.tokens.clause_range(first)
    content = [i for i in range(low, end) if norms[i] in carries]
    return not content or sum(1 for i in content if i in covered) >= KEYWORD_SHARE * len(content)


# In an answer found stuffed, a sentence says something of its own only with at least this
# many words that carry meaning outside keyword matches ("I communicate clearly.", "I am
# passionate about customer service." say no more than their keywords; a story does).
SAYS_MORE = 3


def says_little(analysis: Analysis, first: int, covered: frozenset[int] | set[int]) -> bool:
    """Does the sentence of the token at `first` hold fewer than SAYS_MORE words that carry
    meaning outside `covered` (the keyword matches' positions)?"""
    carries = analysis.topical  # (relevance.topical of the answer's words, found once)
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    low, high = _extent(sentences, first, first)
    return sum(1 for i in range(low, high + 1)
               if i not in covered and norms[i] in carries) < SAYS_MORE


def stuffing_reason(analysis: Analysis, earned: int, hollow_count: int,
                    cover: Cover | None = None, reference: Cover | None = None,
                    listing: bool = False) -> tuple[str, bool] | None:
    """Why an answer's credit looks stuffed with rubric words, and whether its keywords are
    the reason (not only its clauses said over and over), or None.

    `earned` criteria were earned, `hollow_count` of them by hollow evidence; `cover` is the
    answer's keyword_cover, `reference` its question's (reference_cover). Three
    signs: it is made mostly of the rubric's keywords, most of the evidence is bare keywords
    rather than sentences that say something, or it repeats the same clauses over and over.
    `listing`: the question asks for a list ("Name…", "State four…"), which bare keywords
    answer, so the bare-keyword sign does not apply.
    """
    if earned < 1:
        return None  # nothing earned, nothing to cap
    if cover is not None and cover.stuffed(reference):
        if not cover.listed():
            return (f"it names the keywords of {cover.criteria} criteria in {cover.words} words that "
                    "carry meaning, more than a real answer does, with little said about what you did"), True
        return (f"{cover.share:.0%} of its words that carry meaning are the rubric's keywords, with "
                "little said about what you did"), True
    if not listing and hollow_count >= 2 and hollow_count / earned >= STUFFED_SHARE:
        return (f"{hollow_count} of the {earned} criteria its keywords name are bare keywords "
                "(or one keyword over and over, or one sentence frame said again and again), "
                "not said in sentences about what you did"), True
    claims = None if listing else bare_claims(analysis)
    if claims is not None:
        return (f"{claims[0]} of its {claims[1]} sentences only claim a keyword, with nothing said "
                "about what you did"), True
    # Decided whatever the number of criteria earned, so earning one more can never be what
    # makes an answer count as repetitive.
    # Only clauses that carry meaning: "(0,6)^3*(0,4)^3" splits into numbers at its commas.
    # (Most answers repeat no clause at all, and are decided before any word is looked at.)
    norms = analysis.tokens.norms
    ranges = analysis.tokens.clause_ranges()
    # (Each clause's words, sliced and hashed in C: with no clause said twice, nothing repeats.)
    distinct = set(map(tuple, map(norms.__getitem__, starmap(slice, ranges))))
    if len(distinct) == len(ranges):
        return None
    carry = analysis.topical.__contains__  # (relevance.topical of the answer's words, found once)
    texts = [text for text in (tuple(norms[a:b]) for a, b in ranges) if any(map(carry, text))]
    if len(texts) >= 4:
        repeats = len(texts) - len(set(texts))
        if repeats / len(texts) >= REPEATED_SHARE:
            return f"{repeats} of its {len(texts)} clauses repeat an earlier one word for word", False
    return None


def bare_claims(analysis: Analysis) -> tuple[int, int] | None:
    """(claims, sentences) when the answer is a list of bare claims (see CLAIMS_MIN): how many
    of its sentences only claim a keyword, and how many sentences it has; else None."""
    tokens = analysis.tokens
    sentences, norms = tokens.sentences, tokens.norms
    count = sentences[-1] + 1 if sentences else 0
    # The claims hold more than CLAIMS_SHARE of the words, at most CLAIM_WORDS each: an answer
    # whose sentences are longer on average cannot be one (most answers, decided here).
    if count < CLAIMS_MIN or len(norms) * CLAIMS_SHARE >= CLAIM_WORDS * count:
        return None
    carries = analysis.topical
    places = analysis.keyword_places()
    claims = claimed = start = 0
    while start < len(norms):
        end = tokens.sentence_range(start)[1]
        if end - start <= CLAIM_WORDS and any(i in places for i in range(start, end)) and \
                sum(1 for i in range(start, end) if i not in places and norms[i] in carries) <= 1 and \
                names_me(analysis, norms[start:end]):
            claims += 1
            claimed += end - start
        start = end
    return (claims, count) if claims >= CLAIMS_MIN and claimed > CLAIMS_SHARE * len(norms) else None


def chained_claim(analysis: Analysis, first: int, last: int) -> bool:
    """Is the match, with the words around it up to a coordinator or its clause's edge, a bare
    claim (see CLAIM_WORDS) chained in a longer sentence: "…, then I APOLOGISE, then I explain",
    "and I would SAY SORRY and I would explain…"? Such a link says no more than a list item."""
    tokens = analysis.tokens
    norms, coordinators = tokens.norms, analysis.language.coordinators
    low, end = tokens.clause_range(first)
    if tokens.clauses[last] != tokens.clauses[first]:
        return False
    start, stop = first, last + 1
    while start > low and norms[start - 1] not in coordinators:
        start -= 1
    while stop < end and norms[stop] not in coordinators:
        stop += 1
    carries = analysis.topical
    return stop - start <= CLAIM_WORDS + last - first and names_me(analysis, norms[start:stop]) and \
        sum(1 for i in range(start, stop) if not first <= i <= last and norms[i] in carries) <= 1


# A sentence of at least LIST_SHAPE short items (runs of at most SHORT_ITEM words between its
# commas, dashes or coordinators) that make two thirds of its items or more is a list, whatever
# its words, where no "I" or "we" says who does anything: a list of synonyms the rubric does not
# hold ("flexibility, adaptability, adjustment, …") says no more than one of the rubric's own.
# Chosen on the dev split of bench/data: no true credit there stands in such a sentence.
LIST_SHAPE = 5
SHORT_ITEM = 3
_QUOTE_MARKS = " \n\"'“”‘’"


def list_shaped(analysis: Analysis, first: int) -> bool:
    """Is the sentence of the token at `first` a list of short items (see LIST_SHAPE)?"""
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    coordinators = analysis.language.coordinators
    low, end = tokens.sentence_range(first)
    if end - low < LIST_SHAPE or not analysis.matcher.rules.own.isdisjoint(norms[low:end]) or \
            not told_in_first_person(analysis.matcher):
        return False  # (a run of deeds names its doer: "I stand up, smile, come round…"; on a
        # knowledge rubric a list of terms is the answer: "reliability, flow control, …")
    items: list[int] = []
    size = 0
    for i in range(low, end):
        # (a quotation mark alone parts no items: "ఎవరైనా సరే "sir", "madam" అనే పిలుస్తా",
        # whoever it is, I call them "sir", "madam", holds two items, not four)
        if (i > low and clauses[i] != clauses[i - 1]
                and tokens.between_clauses(i - 1, i).strip(_QUOTE_MARKS)) or norms[i] in coordinators:
            if size:
                items.append(size)
            size = 0
            if norms[i] in coordinators:
                continue
        size += 1
    if size:
        items.append(size)
    short = sum(1 for n in items if n <= SHORT_ITEM)
    return short >= LIST_SHAPE and 3 * short >= 2 * len(items)
