"""One sentence frame said over and over ("Empathy is important. Apology is important. …",
"I believe in empathy … I believe in ownership"): evidence in a template says nothing about
what the candidate did (coach.scoring.score asks here for the stuffing rule). Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .delivery import in_joined, joined_words, overlaps_itself

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .analysis import Analysis

# Evidence in one frame said this many times over ("X is important.") is a template.
TEMPLATE_TIMES = 3


def templated(analysis: Analysis, spans: list[tuple[int, int]],
              others: Callable[[], Iterable[tuple[int, int]]] | None = None) -> set[int]:
    """Which of the evidence spans (one per criterion) sit in a template said over and over:
    the same two words, one of them carrying meaning, right before or right after the keyword
    in at least TEMPLATE_TIMES places ("Empathy is important. Apology is important. …"), or
    the same three opening words, one carrying meaning, in that many sentences ("I believe in
    empathy … I believe in ownership, options …"). The frame says nothing about what the
    candidate did; only the keyword changes. `others` gives the places of other keywords (of
    criteria the question does not ask for): they count towards the places a frame is said,
    as the template is the same whichever criterion fills it."""
    places: dict[tuple[str, ...], set[int]] = {}
    holders: dict[tuple[str, ...], list[int]] = {}
    for k, (first, last) in enumerate(spans):
        for key, place in _frames(analysis, first, last):
            places.setdefault(key, set()).add(place)
            holders.setdefault(key, []).append(k)
    if not places or not _may_repeat(analysis, places):
        return set()
    if others is not None:
        given = set(spans)
        # Other keywords' frames count only where they repeat one around a span.
        for first, last in others():
            if (first, last) not in given:
                for key, place in _frames(analysis, first, last):
                    if key in places:
                        places[key].add(place)
    # said in as many places (sentences, for an opening) as TEMPLATE_TIMES
    return {k for key, found in places.items() if len(found) >= TEMPLATE_TIMES for k in holders[key]}


def _may_repeat(analysis: Analysis, frames: Iterable[tuple[str, ...]]) -> bool:
    """Could any of these frames be said in TEMPLATE_TIMES places, whichever keywords fill
    them? Each place holds the frame's words in a row (an opening with its middle word left
    out, its outer two), so the answer must hold them that many times: counted in its joined
    words, in C (most answers repeat no frame, and the other keywords need not be found)."""
    joined = joined_words(analysis)
    if joined is None:
        return True  # (a text holding the separator: not counted)
    for frame in frames:
        if frame[0] == "^" and frame[2] == "":
            if joined.count(in_joined(frame[1:2])) >= TEMPLATE_TIMES and \
                    joined.count(in_joined(frame[3:])) >= TEMPLATE_TIMES:
                return True
            continue
        words = frame[1:]
        # (str.count counts only places that do not overlap: a frame whose places may overlap,
        # "very very", is not ruled out)
        if overlaps_itself(words) or joined.count(in_joined(words)) >= TEMPLATE_TIMES:
            return True
    return False


def runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """The runs of consecutive token positions: the places of the keywords a text holds."""
    found: list[tuple[int, int]] = []
    for pos in sorted(positions):
        if found and found[-1][1] == pos - 1:
            found[-1] = (found[-1][0], pos)
        else:
            found.append((pos, pos))
    return found


def _frames(analysis: Analysis, first: int, last: int) -> list[tuple[tuple[str, ...], int]]:
    """The frames around a keyword at first..last, each with its place (the frame's first
    word, or the sentence for an opening): the two words before or after it, and its
    sentence's three opening words, also with the middle word left out."""
    tokens = analysis.tokens
    norms, sentences = tokens.norms, tokens.sentences
    carries = analysis.topical  # (relevance.topical of the answer's words, found once)
    found: list[tuple[tuple[str, ...], int]] = []
    for a, b in ((first - 2, first - 1), (last + 1, last + 2)):
        if a < 0 or b >= len(norms) or sentences[a] != sentences[first] or \
                sentences[b] != sentences[first]:
            continue
        pair = (norms[a], norms[b])
        if pair[0] not in carries and pair[1] not in carries:
            continue  # "and I'd", "of the": a sentence's glue, not a template
        found.append((("<" if a < first else ">", *pair), a))
    # the sentence's opening words: "I believe in ownership, options and alternatives."
    start = tokens.sentence_range(first)[0]
    coordinators = analysis.language.coordinators
    while start < first and norms[start] in coordinators:  # "And my fifth strength is …"
        start += 1
    opening = tuple(norms[start : min(start + 3, first)])
    if len(opening) == 3 and not carries.isdisjoint(opening):
        found.append((("^", *opening), sentences[first]))
        # counted through, the middle word changes: "My first strength is …, my second
        # strength is …" (the outer two, one of them carrying meaning, stay)
        if opening[0] in carries or opening[2] in carries:
            found.append((("^", opening[0], "", opening[2]), sentences[first]))
    return found
