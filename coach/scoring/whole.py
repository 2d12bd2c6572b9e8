"""Whole-answer judgements: keyword stuffing (bare keyword lists, repeated clauses) and answers
that may not answer the question. Decided from the analysis once matches are known; every
threshold is chosen on the dev split of bench/data. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .strength import MATCH_THRESHOLD

if TYPE_CHECKING:
    from collections.abc import Iterable

    from coach.lang import Language

    from .analysis import Analysis
    from .matcher import Matcher
    from .rubric import RubricQuestion

# An answer is stuffed when at least this share of what it earned is bare keywords, or this
# share of its clauses repeat an earlier one word for word; its score is capped at STUFFED_CAP.
STUFFED_SHARE = 0.5
REPEATED_SHARE = 0.3
STUFFED_CAP = 20
# Evidence in one frame said this many times over ("X is important.") is a template.
TEMPLATE_TIMES = 3
# An answer is stuffed, too, when it is made of the rubric's keywords: at least KEYWORD_SHARE
# of its words that carry meaning stand in matches of the rubric's keyword phrases (any
# criterion's), and it names a keyword at least every 1/KEYWORD_LIST such words (a list: "I
# am calm. I am polite. I am patient. I apologise. I follow up…"), or every 1/KEYWORD_DENSITY
# words while naming each criterion KEYWORD_REPEAT times on average (the same words over and
# over), with at least KEYWORD_MIN words that carry meaning. No one line is enough: a terse
# genuine answer ("I listened, put myself in their shoes… fixed it right away, kept them
# informed and followed up a week later") is 88% keywords at one every two words (density
# 0.56) but names each criterion once or twice; a Telugu example covers 76% at density 0.47.
# On the dev splits of bench/data (en, sv, te, hospitality), the bundled packs' examples and
# the tests' answers, every answer past the lines is stuffing, and the densest genuine one is
# at 0.56.
KEYWORD_SHARE = 0.7
# Or it names the keywords of more criteria than a real answer does: at least KEYWORD_BREADTH
# criteria, with at least BREADTH_SHARE of its words that carry meaning in keyword matches and
# a keyword every 1/BREADTH_DENSITY such words ("I bring empathy, respect and timeliness … my
# communication is clear, my product knowledge is strong …"). On the dev splits and the
# bundled packs' model answers and examples, the genuine answers that name 7 criteria or more
# are at most 43% keywords (density 0.35); such lists name 7 or more ("I am empathetic. I am
# respectful. I am timely…"; a checklist said as one run-on sentence, "I show empathy, I stay
# calm and respectful, I listen actively, I apologise, I resolve the problem quickly…", 7).
KEYWORD_BREADTH = 7
BREADTH_SHARE = 0.5
BREADTH_DENSITY = 0.4
KEYWORD_LIST = 0.65
KEYWORD_DENSITY = 0.55
KEYWORD_REPEAT = 2.5
KEYWORD_MIN = 12
# Or it harps on a few keywords: each criterion it names named in KEYWORD_HARP places or more
# on average, with at least HARP_SHARE of its words that carry meaning in keyword matches and
# a keyword every 1/HARP_DENSITY such words ("I show empathy. I show empathy by being
# empathetic … because empathy is the most important thing"). On the dev splits and the
# bundled packs, the genuine answers that name a criterion 3+ times on average are at most
# 50% keywords (a model answer that says "remember" four times: 28%).
KEYWORD_HARP = 3.0
HARP_SHARE = 0.55
HARP_DENSITY = 0.45
# A question's own model answer and examples are genuine by definition: an answer is stuffed
# only when it is more keyword than they are by REFERENCE_MARGIN, in share and density. A pack
# drafted from its model answers (coach packs draft) has phrases that cover those answers
# almost whole, so an answer that follows the model answer closely is not stuffing there.
REFERENCE_MARGIN = 0.1
# An answer may not answer the question when fewer than OFF_TOPIC_SHARE of its distinct
# content words occur in the question's prompt, model answer or examples, or fewer than
# OFF_TOPIC_WEAK and it earns no criterion (with at least OFF_TOPIC_MIN distinct content
# words, so a short answer is judged by length instead). Chosen on the dev split of
# bench/data: no on-topic dev answer that earns a criterion falls under either line.
OFF_TOPIC_SHARE = 0.08
OFF_TOPIC_WEAK = 0.3
OFF_TOPIC_MIN = 8


def bare(analysis: Analysis, first: int, last: int) -> bool:
    """Is a match a bare keyword: its clause is little more than the keyword itself, with no
    one doing anything ("Empathy." "Exceeded expectations." but not "I listen.")?"""
    tokens = analysis.tokens
    if any(tokens.norms[i][:1].isdigit() for i in range(first, last + 1)):
        return False  # a number ("0.0508" is cut at its point) is an answer, not a keyword list
    low, end = tokens.clause_range(first)
    if tokens.clauses[last] != tokens.clauses[first]:
        end = tokens.clause_range(last)[1]
    if end - low > (last - first + 1) + 1:
        return False  # the clause says more than the keyword
    own = analysis.matcher.rules.own
    # Where the verb carries its subject (Telugu పలకరిస్తాను, "I greet"), it is one.
    endings = analysis.language.own_person_endings or ("\0",)
    return not any(w in own or w.endswith(endings) for w in tokens.norms[low:end])


def repeated(analysis: Analysis, first: int, last: int, anywhere: bool = False) -> bool:
    """Is a match's keyword said three times or more in its sentence ("empathy, empathy and
    more empathy", "Passion passion passion.")? Repetition says nothing more. `anywhere`:
    in the whole answer (for an answer already found stuffed: "Empathy, respect. … Empathy
    and respect, always empathy")."""
    tokens = analysis.tokens
    norms = tokens.norms
    stem_of = analysis.stem_of
    word = norms[first]
    key = stem_of[word]
    low, high = (0, len(norms) - 1) if anywhere else _extent(tokens.sentences, first, last)
    return sum(1 for i in range(low, high + 1)
               if norms[i] == word or stem_of[norms[i]] == key) >= 3


def templated(analysis: Analysis, spans: list[tuple[int, int]],
              others: Iterable[tuple[int, int]] = ()) -> set[int]:
    """Which of the evidence spans (one per criterion) sit in a template said over and over:
    the same two words, one of them carrying meaning, right before or right after the keyword
    in at least TEMPLATE_TIMES places ("Empathy is important. Apology is important. …"), or
    the same three opening words, one carrying meaning, in that many sentences ("I believe in
    empathy … I believe in ownership, options …"). The frame says nothing about what the
    candidate did; only the keyword changes. `others` are the places of other keywords (of
    criteria the question does not ask for): they count towards the times a frame is said,
    as the template is the same whichever criterion fills it."""
    extra = [span for span in others if span not in spans]
    if len(spans) + len(extra) < TEMPLATE_TIMES:
        return set()
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    skip = analysis.matcher.rules.skip
    frames: dict[tuple[str, ...], list[int]] = {}
    every = [*spans, *extra]
    for k, (first, last) in enumerate(every):
        for a, b in ((first - 2, first - 1), (last + 1, last + 2)):
            if a < 0 or b >= len(norms) or sentences[a] != sentences[first] or \
                    sentences[b] != sentences[first]:
                continue
            pair = (norms[a], norms[b])
            if not any(topical(w, skip) for w in pair):
                continue  # "and I'd", "of the": a sentence's glue, not a template
            frames.setdefault(("<" if a < first else ">", *pair), []).append(k)
        # the sentence's opening words: "I believe in ownership, options and alternatives."
        start = _extent(sentences, first, first)[0]
        opening = tuple(norms[start : min(start + 3, first)])
        if len(opening) == 3 and any(topical(w, skip) for w in opening):
            frames.setdefault(("^", *opening), []).append(k)
    framed: set[int] = set()
    for key, ks in frames.items():
        # said in as many places (sentences, for an opening) as TEMPLATE_TIMES
        places = {sentences[every[k][0]] for k in ks} if key[0] == "^" else set(ks)
        if len(places) >= TEMPLATE_TIMES:
            framed.update(k for k in ks if k < len(spans))
    return framed


def runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """The runs of consecutive token positions: the places of the keywords a cover holds."""
    found: list[tuple[int, int]] = []
    for pos in sorted(positions):
        if found and found[-1][1] == pos - 1:
            found[-1] = (found[-1][0], pos)
        else:
            found.append((pos, pos))
    return found


def _extent(ids: list[int], first: int, last: int) -> tuple[int, int]:
    """The first and last token of the clause (or sentence) that tokens first..last stand in."""
    low, high = first, last
    while low > 0 and ids[low - 1] == ids[first]:
        low -= 1
    while high + 1 < len(ids) and ids[high + 1] == ids[last]:
        high += 1
    return low, high


def hollow(analysis: Analysis, first: int, last: int) -> bool:
    """A bare or repeated keyword: evidence that says nothing about what the candidate did."""
    return bare(analysis, first, last) or repeated(analysis, first, last)


@dataclass(frozen=True, slots=True)
class Cover:
    """How much of an answer is the rubric's keywords (see KEYWORD_SHARE): the share of its
    words that carry meaning in keyword matches, keywords named per such word, places per
    criterion named, and the covered positions."""

    share: float = 0.0
    density: float = 0.0
    repeat: float = 0.0
    covered: frozenset[int] = frozenset()
    criteria: int = 0  # how many criteria's keywords it names
    words: int = 0  # its words that carry meaning

    def stuffed(self, reference: Cover | None = None) -> bool:
        """Past the lines of either sign, and past the question's own reference answers' share
        and density by REFERENCE_MARGIN?"""
        ref = reference or Cover()
        if self.share < ref.share + REFERENCE_MARGIN or self.density < ref.density + REFERENCE_MARGIN:
            return False
        return self.listed() or self.broad()

    def listed(self) -> bool:
        """Made of the rubric's keywords, said one after another or over and over?"""
        return (self.share >= KEYWORD_SHARE and (
            self.density >= KEYWORD_LIST or
            (self.density >= KEYWORD_DENSITY and self.repeat >= KEYWORD_REPEAT))) or \
            (self.share >= HARP_SHARE and self.density >= HARP_DENSITY and self.repeat >= KEYWORD_HARP)

    def broad(self) -> bool:
        """Naming more criteria than a real answer does, densely?"""
        return self.criteria >= KEYWORD_BREADTH and self.share >= BREADTH_SHARE and \
            self.density >= BREADTH_DENSITY


def keyword_cover(analysis: Analysis) -> Cover | None:
    """The answer's Cover; None when it has fewer than KEYWORD_MIN words that carry meaning
    (a short answer is judged by its length). Each criterion's matches count once per place."""
    skip = analysis.matcher.rules.skip
    content = [i for i, w in enumerate(analysis.tokens.norms)
               if len(w) >= 3 and w not in skip and not w.isdigit()]  # topical(), inlined: per word
    if len(content) < KEYWORD_MIN:
        return None
    # A word no keyword term matched cannot be covered: when too few words are even candidates,
    # the share is below the line without matching a single phrase (most answers stop here).
    candidates = {pos for found in analysis.positions.values() for pos, _quality in found}
    bound = sum(1 for i in content if i in candidates)
    if bound < min(KEYWORD_SHARE, BREADTH_SHARE) * len(content):
        return Cover()
    phrase_lists = analysis.matcher.phrases.values()
    if bound < min(KEYWORD_SHARE, HARP_SHARE) * len(content) and \
            sum(1 for phrases in phrase_lists if any(analysis.possible(p) for p in phrases)) \
            < KEYWORD_BREADTH:
        # Only the breadth sign could pass, and too few criteria have a phrase whose words are
        # all in the answer for it to: decided without matching a phrase.
        return Cover()
    covered: set[int] = set()
    named = criteria = 0
    for phrases in phrase_lists:
        starts: set[int] = set()
        for phrase in phrases:
            if not analysis.possible(phrase):
                continue
            for match in analysis.find(phrase, negation=False):
                if match.strength >= MATCH_THRESHOLD:
                    covered.update(range(match.first, match.last + 1))
                    starts.add(match.first)
        named += len(starts)
        criteria += bool(starts)
    share = sum(1 for i in content if i in covered) / len(content)
    return Cover(share, named / len(content), named / max(1, criteria), frozenset(covered),
                 criteria, len(content))


@lru_cache(maxsize=256)
def reference_cover(matcher: Matcher, question: RubricQuestion) -> Cover:
    """The highest keyword share and density among a question's model answer and examples
    (cached: the same few questions are asked of every answer in a batch)."""
    share = density = 0.0
    for text in (question.model_answer, *question.examples):
        cover = keyword_cover(matcher.analyse(text)) if text else None
        if cover is not None:
            share, density = max(share, cover.share), max(density, cover.density)
    return Cover(share, density)


def dense(analysis: Analysis, first: int, covered: frozenset[int]) -> bool:
    """Is a match's clause made mostly of keyword words (see KEYWORD_SHARE)?"""
    skip = analysis.matcher.rules.skip
    norms = analysis.tokens.norms
    low, end = analysis.tokens.clause_range(first)
    content = [i for i in range(low, end) if topical(norms[i], skip)]
    return not content or sum(1 for i in content if i in covered) >= KEYWORD_SHARE * len(content)


# In an answer found stuffed, a sentence says something of its own only with at least this
# many words that carry meaning outside keyword matches ("I communicate clearly.", "I am
# passionate about customer service." say no more than their keywords; a story does).
SAYS_MORE = 3


def says_little(analysis: Analysis, first: int, covered: frozenset[int] | set[int]) -> bool:
    """Does the sentence of the token at `first` hold fewer than SAYS_MORE words that carry
    meaning outside `covered` (the keyword matches' positions)?"""
    skip = analysis.matcher.rules.skip
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    low, high = _extent(sentences, first, first)
    return sum(1 for i in range(low, high + 1)
               if i not in covered and topical(norms[i], skip)) < SAYS_MORE


def stuffing_reason(analysis: Analysis, earned: int, hollow_count: int,
                    cover: Cover | None = None, reference: Cover | None = None,
                    ) -> tuple[str, bool] | None:
    """Why an answer's credit looks stuffed with rubric words, and whether its keywords are
    the reason (not only its clauses said over and over), or None.

    `earned` criteria were earned, `hollow_count` of them by hollow evidence; `cover` is the
    answer's keyword_cover, `reference` its question's (reference_cover). Three
    signs: it is made mostly of the rubric's keywords, most of the evidence is bare keywords
    rather than sentences that say something, or it repeats the same clauses over and over.
    """
    if earned < 1:
        return None  # nothing earned, nothing to cap
    if cover is not None and cover.stuffed(reference):
        if not cover.listed():
            return (f"it names the keywords of {cover.criteria} criteria in {cover.words} words that "
                    "carry meaning, more than a real answer does, with little said about what you did"), True
        return (f"{cover.share:.0%} of its words that carry meaning are the rubric's keywords, with "
                "little said about what you did"), True
    if hollow_count >= 2 and hollow_count / earned >= STUFFED_SHARE:
        return (f"{hollow_count} of the {earned} criteria its keywords name are bare keywords "
                "(or one keyword over and over, or one sentence frame said again and again), "
                "not said in sentences about what you did"), True
    # Decided whatever the number of criteria earned, so earning one more can never be what
    # makes an answer count as repetitive.
    norms = analysis.tokens.norms
    texts = [tuple(norms[a:b]) for a, b in analysis.tokens.clause_ranges()]
    if len(texts) >= 4:
        repeats = len(texts) - len(set(texts))
        if repeats / len(texts) >= REPEATED_SHARE:
            return f"{repeats} of its {len(texts)} clauses repeat an earlier one word for word", False
    return None


def topical(word: str, skip: frozenset[str]) -> bool:
    """Does a word carry meaning for the topic share (not a function or stop word, a number or
    a word under three letters)?"""
    return word not in skip and len(word) >= 3 and not word.isdigit()


def content_stems(norms: list[str], lang: Language) -> set[str]:
    """The stems of the words that carry meaning (for a question's own texts)."""
    skip = lang.function_words | lang.stop_words
    return {lang.stem(w) for w in set(norms) if topical(w, skip)}


def off_topic(share: float | None, earned_any: bool) -> bool:
    """May an answer not answer its question (see OFF_TOPIC_SHARE)?"""
    if share is None:
        return False
    return share < OFF_TOPIC_SHARE or (share < OFF_TOPIC_WEAK and not earned_any)


def topic_share(answer: set[str], question: frozenset[str]) -> float | None:
    """The share of an answer's content stems that the question's own texts use, or None
    when the answer has too few content words to judge."""
    if len(answer) < OFF_TOPIC_MIN:
        return None
    return len(answer & question) / len(answer)
