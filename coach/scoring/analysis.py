"""One answer analysed against one rubric: where each keyword phrase occurs, how strongly,
and whether it is negated or set aside.

How a keyword phrase is found, once the matcher (coach.scoring.matcher) has found where each
of its words occurs:

1. A phrase matches where all its content words (and negation words, for phrases such as
   "no waiting") occur within a short window of one sentence, in any order. Function words
   ("in", "their") are optional and interchangeable within their class; missing ones lower
   the match strength, gaps and reordering lower it a little. A phrase with one content word
   ("customer's name", "honest about") must be spelt as written (one slipped-in word allowed).
2. A match negated by a cue in the same clause (coach.scoring.negation) is reported as
   negated and earns nothing; one a judgement rule sets aside (coach.scoring.aside) earns
   nothing either, and says why.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import field
from typing import TYPE_CHECKING

from coach.records import record

from .aside import set_aside
from .cues import is_negation
from .judge import SEQUENCE_OWNERS, sequence_hits, sequences_in
from .late import said_late
from .markers import idiom_spans
from .negation import negating_cue
from .patrons import with_patron_frames
from .results import Evidence, SetAside, evidence_of
from .scope import cue_near
from .shape import measure
from .strength import EXACT, MATCH_THRESHOLD

if TYPE_CHECKING:
    from collections.abc import Iterator

    from coach.lang import Language
    from coach.tokens import Tokens

    from .compiled import CompiledPhrase
    from .matcher import Matcher
    from .scenes import Scenes

# Anchors (places of a phrase's rarest word) tried per answer, shared by the phrases it could
# match; each phrase gets at least _MIN_ANCHORS. Bounds the matching cost of any rubric.
_ANCHOR_BUDGET = 300_000
_MIN_ANCHORS = 8


@record(slots=True)
class PhraseMatch:
    """The best place a keyword phrase was found (tokens first..last), with its strength (0-100)
    and the position of the cue that negates it, if any. Evidence is built only when asked for."""

    phrase: str
    strength: float
    first: int
    last: int
    negated_at: int | None
    tokens: Tokens = field(repr=False, compare=False)

    @property
    def evidence(self) -> Evidence:
        """Where the match stands in the original answer (built on demand)."""
        return evidence_of(self.tokens, self.first, self.last)

    @property
    def negation(self) -> Evidence | None:
        """The cue that negates the match, if any (built on demand)."""
        at = self.negated_at
        return None if at is None else evidence_of(self.tokens, at, at)


def anchor_floor(phrases: int) -> int:
    """Places of its rarest word each of `phrases` candidate phrases may be tried at."""
    return max(_MIN_ANCHORS, _ANCHOR_BUDGET // max(1, phrases))


class Analysis:
    """One answer analysed against one rubric's matcher: phrase lookups with negation."""

    def __init__(self, tokens: Tokens, positions: dict[int, list[tuple[int, float]]],
                 negations: list[int], matcher: Matcher, stem_of: dict[str, str],
                 topics: set[str], marked: tuple[list[int], list[int], list[int]],
                 topical: set[str]) -> None:
        self.tokens = tokens
        self.positions = positions  # term id -> [(token, quality)], in text order
        self.present = frozenset(positions)  # the terms that occur: a phrase needs all of its own
        self.negations = negations  # the tokens that are negation words, in order
        self.matcher = matcher
        self.language: Language = matcher.language
        self.stem_of = stem_of  # each distinct answer word's stem
        self.topics = topics  # the stems of the words that carry meaning (topic share)
        self.topical = topical  # the distinct words that carry meaning (relevance.topical)
        # Where the marked words stand (coach.scoring.matcher: IDIOM_KEY, SEQUENCE_KEY, PRIVATIVE).
        self.idiom_keys, self.sequence_keys, privatives = marked
        self.privatives = frozenset(privatives)
        self.delivery_words: dict[str, list[int]] | None = None  # built by .delivery
        self.delivery_joined: str | None = None  # (delivery.joined_words; "" when it cannot be)
        self._idioms: list[tuple[int, int, str]] | None = None
        self._keyword_places: set[int] | None = None
        self._contexts: dict[str, list[tuple[str, int, int]]] = {}
        # Per sentence, the collocations found in it (judge.sequences_in): owner -> hits.
        self.sequence_sentences: dict[int, dict[str, list[tuple[str, int, int]]]] = {}
        self._key_lists: dict[int, list[int]] = {}
        self._negation_positions: list[tuple[int, float]] | None = None
        self._limit: int | None = None
        self._placed: dict[int, list[tuple[float, int, int, list[tuple[int, float]]]]] = {}
        self.scenes: Scenes | None = None  # built by coach.scoring.scenes when first asked
        # Per clause, the clause whose subject it shares (coach.scoring.shared), found once.
        self.shared: dict[int, int | None] = {}
        # Where each lapse, question, denial or quotative starts (scope_shapes, hearsay), found once.
        self.phrase_starts: dict[str, list[int]] = {}
        self.patrons: list[tuple[str, int, int]] | None = None  # (coach.scoring.patrons, found once)

    def candidates(self, owner: str) -> list[CompiledPhrase]:
        """The phrases of one criterion (or red flag "!<i>", or exclusions "~<id>"), in rubric
        order; those whose key word the answer lacks are skipped where they are tried."""
        return self.matcher.owned.get(owner, [])

    def best(self, phrases: list[CompiledPhrase]) -> tuple[PhraseMatch | None, PhraseMatch | None]:
        """The strongest affirmative match among phrases, and the strongest negated match
        stronger than any affirmative one (weaker ones are not looked at: callers read only
        the affirmative match, as red flags do)."""
        plain, negated, _aside = self.judged(phrases, None, plain_only=True)
        return plain, negated

    def judged(self, phrases: list[CompiledPhrase], criterion: str | None, *,
               plain_only: bool = False) -> tuple[
            PhraseMatch | None, PhraseMatch | None, tuple[PhraseMatch, SetAside] | None]:
        """The strongest affirmative match that counts, the strongest negated match, and the
        strongest affirmative match a judgement rule set aside (for a criterion; coach.scoring.aside).

        The negated and set-aside matches are what is shown when no affirmative match counts:
        once one does (`plain_only`: once there is any), a match no stronger than it can change
        nothing shown, so it is not looked at further (no negation cue sought, no match built).
        """
        best_plain: PhraseMatch | None = None
        best_negated: PhraseMatch | None = None
        best_aside: tuple[PhraseMatch, SetAside] | None = None
        tokens = self.tokens
        positions, present = self.positions, self.present
        bar = -1.0  # matches no stronger than this are skipped (see above)
        for phrase in phrases:
            # (self.possible, inlined: this runs for every phrase of every criterion)
            if (phrase.key >= 0 and phrase.key not in positions) or not phrase.terms <= present:
                continue
            for strength, first, last, own in self._places(phrase):
                if strength <= bar or (best_plain is not None and strength <= best_plain.strength
                                       and best_negated is not None and strength <= best_negated.strength):
                    continue  # (no stronger than both: negated or not, it changes nothing below)
                match = PhraseMatch(phrase.text, strength, first, last,
                                    self._negated_at(phrase, first, last, own), tokens)
                if match.negated_at is None:
                    if best_plain is not None and match.strength <= best_plain.strength:
                        continue
                    reason = None
                    if criterion is not None and match.strength >= MATCH_THRESHOLD:
                        reason = set_aside(self, match, criterion, phrase.words)
                        late = None if reason is not None else said_late(self, first, last)
                        if late is not None:  # (denied by a frame no set-aside rule explains)
                            match = PhraseMatch(phrase.text, strength, first, last, late, tokens)
                            if best_negated is None or match.strength > best_negated.strength:
                                best_negated = match
                            continue
                    if reason is None:
                        best_plain = match
                        if plain_only or match.strength >= MATCH_THRESHOLD:
                            bar = match.strength
                    elif best_aside is None or match.strength > best_aside[0].strength:
                        best_aside = (match, reason)
                elif best_negated is None or match.strength > best_negated.strength:
                    if self._inside_idiom(match):
                        continue  # "but honestly it's not my department": no claim, not negated
                    best_negated = match
            if best_plain is not None and best_plain.strength >= EXACT:
                break  # nothing can beat a perfect affirmative match
        return best_plain, best_negated, best_aside

    def possible(self, phrase: CompiledPhrase) -> bool:
        """Does the answer hold every content word of the phrase (so that it may match)?"""
        # Its key word first, a cheap exit: most phrases lack a word in most answers.
        return not (phrase.key >= 0 and phrase.key not in self.positions) and \
            phrase.terms <= self.present

    def find(self, phrase: CompiledPhrase, *, negation: bool = True) -> list[PhraseMatch]:
        """Every non-overlapping place the phrase occurs, strongest per anchor position
        (`negation=False`: without looking for a negation cue, for context phrases)."""
        tokens = self.tokens
        return [PhraseMatch(phrase.text, strength, first, last,
                            self._negated_at(phrase, first, last, own) if negation else None, tokens)
                for strength, first, last, own in self._places(phrase)]

    def _places(self, phrase: CompiledPhrase) -> list[tuple[float, int, int, list[tuple[int, float]]]]:
        """Where the phrase occurs (see find): (strength, first, last, the words placed), before
        any negation cue is looked for, so that judged looks only for the matches it needs.
        Found once per phrase: the keyword-stuffing rule places every criterion's phrases, the
        question's among them, after its criteria have placed theirs."""
        found = self._placed.get(id(phrase))  # (phrases live as long as the matcher)
        if found is None:
            found = self._placed[id(phrase)] = self._place(phrase)
        return found

    def _place(self, phrase: CompiledPhrase) -> list[tuple[float, int, int, list[tuple[int, float]]]]:
        if len(phrase.content) == 1 and not phrase.negations:
            # One word to place: every place of it is a match to measure (the loop below would
            # do the same, with bookkeeping for the other words).
            found = self.positions.get(phrase.content[0])
            if not found:
                return []
            if len(found) > self.matcher.anchor_floor:
                found = found[: self._anchor_limit()]
            if not phrase.function_words:
                # A bare word: measure would give each place its own quality, unchanged.
                return [(round(max(0.0, min(100.0, float(quality))), 1), pos, pos, [(pos, quality)])
                        for pos, quality in found]
            single = [measure(self, phrase, [place], place[0], place[0], 1) for place in found]
            return [match for match in single if match is not None]
        lists: list[list[tuple[int, float]]] = []
        keys: list[list[int]] = []
        positions, key_lists = self.positions, self._key_lists
        for tid in phrase.content:
            found = positions.get(tid)
            if not found:
                return []
            lists.append(found)
            places = key_lists.get(tid)  # a term's token positions, for bisection: built once
            if places is None:
                places = key_lists[tid] = [pos for pos, _ in found]
            keys.append(places)
        for _ in range(phrase.negations):
            if not self.negations:
                return []
            lists.append(self._negation_list())
            keys.append(self.negations)
        sentences, clauses = self.tokens.sentences, self.tokens.clauses
        window = phrase.length + 3
        anchor_index = 0  # the rarest word anchors the search
        for k in range(1, len(lists)):
            if len(lists[k]) < len(lists[anchor_index]):
                anchor_index = k
        # Position lists are in text order: look only at candidates inside the window, so an
        # answer repeating a keyword thousands of times is not matched in quadratic time; and a
        # pack of thousands of phrases shares a budget of anchors per answer (_anchor_limit).
        results: list[tuple[float, int, int, list[tuple[int, float]]]] = []
        anchors = lists[anchor_index]
        content_count = len(phrase.content)
        if len(anchors) > self.matcher.anchor_floor:  # (below it, no limit can bind)
            anchors = anchors[: self._anchor_limit()]
        for anchor, anchor_quality in anchors:
            sentence = sentences[anchor]
            chosen: list[tuple[int, float]] = []
            # Places taken by content words and by negations apart: a negation may be a content
            # word's own ending (Telugu "దాచకుండా" is both "hide" and "without",
            # coach.scoring.compiled.negated_stem), never another content word or negation.
            used: set[int] = set()
            used_negation: set[int] = set()
            (used_negation if anchor_index >= content_count else used).add(anchor)
            first = last = anchor
            ok = True
            for k, candidates in enumerate(lists):
                if k == anchor_index:
                    chosen.append((anchor, anchor_quality))
                    continue
                # The nearest place in its sentence, better quality on a tie (no tuples built to compare)
                pick, distance, best = None, 0, 0.0
                low = bisect_left(keys[k], anchor - window)
                high = bisect_right(keys[k], anchor + window)
                taken = used_negation if k >= content_count else used
                # (a phrase's own negation past its words stays in their clause: "won't be rude
                # back" is not "be rude back, I DON'T see why")
                after = last if k >= content_count else len(sentences)
                for pos, quality in candidates[low:high]:
                    if pos in taken or sentences[pos] != sentence or (
                            pos > after and clauses[pos] != clauses[last]):
                        continue
                    gap = pos - anchor if pos >= anchor else anchor - pos
                    if pick is None or gap < distance or (gap == distance and quality > best):
                        pick, distance, best = (pos, quality), gap, quality
                if pick is None:
                    ok = False
                    break
                taken.add(pick[0])
                chosen.append(pick)
                first, last = min(first, pick[0]), max(last, pick[0])
                if last - first + 1 > phrase.length + 3:
                    ok = False  # already too spread out to match: the remaining picks cannot help
                    break
            if not ok:
                continue
            span = last - first + 1
            match = measure(self, phrase, chosen, first, last, span)
            if match is not None:
                results.append(match)
        return results

    def _anchor_limit(self) -> int:
        """How many places of its rarest word each phrase is tried at in this answer.

        Every phrase the answer could match shares _ANCHOR_BUDGET: a real pack (hundreds of
        phrases) gets hundreds of places per phrase, more than any real answer holds, so its
        results do not change; a pack of thousands of phrases of common words gets a few
        places per phrase instead of a minute per answer.
        """
        if self._limit is None:
            by_key = self.matcher.by_key
            count = len(self.matcher.keyless) + sum(len(by_key.get(tid, ())) for tid in self.positions)
            self._limit = anchor_floor(count)
        return self._limit

    def _negation_list(self) -> list[tuple[int, float]]:
        if self._negation_positions is None:
            self._negation_positions = [(i, EXACT) for i in self.negations]
        return self._negation_positions

    def _negated_at(self, phrase: CompiledPhrase, first: int, last: int,
                    chosen: list[tuple[int, float]]) -> int | None:
        """The cue that negates a match of the phrase at first..last (its words at `chosen`)."""
        # A phrase that holds its own negation ("not my job") can still be negated by another
        # cue: "I would never say it's not my job". In a phrase with no negation word, an
        # answer word whose form carries a negative ending (Telugu సడలించను, "I won't relax",
        # for the phrase's సడలించ) is negated by that ending.
        lang = self.language
        tokens = self.tokens
        norms = tokens.norms
        if not cue_near(self, first, last):
            return None
        own = {p for p, _ in chosen}
        endings = {p for p in own if is_negation(norms[p], lang)}
        if endings and not any(is_negation(w, lang) for w in phrase.words):
            own -= endings
        return negating_cue(self, first, last, own)

    def content_stems(self) -> set[str]:
        """The stems of the answer's words that carry meaning (for the topic share)."""
        return self.topics

    def _inside_idiom(self, match: PhraseMatch) -> bool:
        """Does a match lie wholly inside a discourse idiom?"""
        return any(first <= match.first and match.last <= last for first, last, _t in self.idioms())

    def idioms(self) -> list[tuple[int, int, str]]:
        """The discourse markers the answer uses (coach.scoring.markers.idiom_spans), found once."""
        if self._idioms is None:
            self._idioms = idiom_spans(self)
        return self._idioms

    def keyword_places(self) -> set[int]:
        """Where the answer holds a word of any of the rubric's keyword phrases, found once."""
        if self._keyword_places is None:
            self._keyword_places = {pos for found in self.positions.values() for pos, _quality in found}
        return self._keyword_places

    def context(self, owner: str) -> list[tuple[str, int, int]]:
        """Where the context phrases of an owner ("@sense", "~empathy"...) occur."""
        hits = self._contexts.get(owner)
        if hits is None and owner in SEQUENCE_OWNERS:
            self._contexts.update(sequence_hits(self))
            # (the customer's relative clauses join their frames: "the barber I go to")
            self._contexts["@customer"] = with_patron_frames(self, self._contexts.get("@customer", []))
            hits = self._contexts[owner]
        if hits is None:
            hits = []
            present = self.present
            for phrase in self.candidates(owner):
                if not phrase.terms <= present:
                    continue
                hits += [(phrase.text, m.first, m.last) for m in self.find(phrase, negation=False)
                         if m.strength >= MATCH_THRESHOLD and self._literal(phrase, m)]
            self._contexts[owner] = hits
        return hits

    def _literal(self, phrase: CompiledPhrase, match: PhraseMatch) -> bool:
        """Context phrases are collocations: their function words must be there as written
        ("my own expectations" is not "their own expectations"), near the match."""
        norms = self.tokens.norms
        near = set(norms[max(0, match.first - 2) : match.last + 3])
        return all(word in near for word in phrase.function_words)

    def context_in_clause(self, owner: str, clause: int) -> tuple[str, int, int] | None:
        """A context phrase of the owner in the given clause, if any."""
        tokens = self.tokens
        clauses = tokens.clauses
        if owner in SEQUENCE_OWNERS and owner not in self._contexts:
            first = tokens.clause_start(clause)
            if first >= len(clauses) or clauses[first] != clause:
                return None  # (a clause without words holds no phrase)
            sentence = tokens.sentences[first]
            hits = list(self.contexts_in_sentences(owner, sentence, sentence))
        else:
            hits = self.context(owner)
        return next((h for h in hits if clauses[h[1]] == clause or clauses[h[2]] == clause), None)

    def context_in_sentence(self, owner: str, sentence: int) -> tuple[str, int, int] | None:
        """A context phrase of the owner in the given sentence, if any."""
        return next(self.contexts_in_sentences(owner, sentence, sentence), None)

    def contexts_in_sentences(self, owner: str, low: int, high: int) -> Iterator[tuple[str, int, int]]:
        """The context phrases of the owner in sentences low..high, in order."""
        if owner in SEQUENCE_OWNERS and owner not in self._contexts:
            hits = sequences_in(self, owner, low, high)
            return iter(with_patron_frames(self, hits, low, high) if owner == "@customer" else hits)
        sentences = self.tokens.sentences
        return (h for h in self.context(owner) if low <= sentences[h[1]] <= high)
