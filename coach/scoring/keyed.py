"""Phrases matched as written, found by their rarest word: the form every phrase list of the
judgement rules is compiled to (coach.scoring.judge) and how an answer's places of one list are
found, once per answer (Analysis.phrase_starts). Pure: no I/O."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from coach.records import record
from coach.text import phrase_words

if TYPE_CHECKING:
    from coach.lang.fields_undone import Undone

    from .analysis import Analysis

# Phrases matched as written, by their key word (the rarest: keyed): (the key words, {key:
# ((its place in the phrase, the phrase's words), ...)}, every phrase's words).
PhraseKeys = tuple[frozenset[str], Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]],
                   tuple[tuple[str, ...], ...]]


def keyed(phrases: Iterable[str], common: tuple[frozenset[str], frozenset[str]] | None = None) -> PhraseKeys:
    """PhraseKeys for phrases written as text, keyed by their longest word in none of the
    `common` sets, else in not the second (the rarest, most often: "yet" in "have yet", not
    "have"), else their longest."""
    rare, commonest = common if common is not None else (frozenset[str](), frozenset[str]())
    by_key: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for text in phrases:
        words = tuple(phrase_words(text))
        if words:
            at = max(range(len(words)),
                     key=lambda k: (words[k] not in rare, words[k] not in commonest, len(words[k])))
            by_key.setdefault(words[at], []).append((at, words))
    return frozenset(by_key), {key: tuple(entries) for key, entries in by_key.items()}, \
        tuple(words for entries in by_key.values() for _at, words in entries)


_NONE: PhraseKeys = (frozenset(), {}, ())


@record(slots=True)
class UndoneKeys:
    """A language's phrase lists of deeds not done (Language.undone), keyed (coach.scoring.judge
    compiles them once per rubric; shortfalls, headings, asked, hindsight and scope_shapes read
    them)."""

    limits: PhraseKeys = _NONE
    abandons: PhraseKeys = _NONE
    omissions: PhraseKeys = _NONE
    misdeeds: PhraseKeys = _NONE
    retractions: PhraseKeys = _NONE
    rare: PhraseKeys = _NONE  # Undone.rare_frequencies
    beliefs: PhraseKeys = _NONE
    reversals: PhraseKeys = _NONE
    rewards: PhraseKeys = _NONE
    failures: PhraseKeys = _NONE
    the_rest: PhraseKeys = _NONE
    qualifiers: PhraseKeys = _NONE  # Language.hedges and Undone.qualifiers
    grudges: PhraseKeys = _NONE
    pressures: PhraseKeys = _NONE
    delays: PhraseKeys = _NONE
    pretend_settings: PhraseKeys = _NONE
    lore_frames: PhraseKeys = _NONE
    rote_words: PhraseKeys = _NONE
    epistemic: PhraseKeys = _NONE
    bar_links: PhraseKeys = _NONE
    hopes: PhraseKeys = _NONE
    near_misses: PhraseKeys = _NONE
    let_alones: PhraseKeys = _NONE
    last_frames: PhraseKeys = _NONE
    approvals: PhraseKeys = _NONE
    leave_redirects: PhraseKeys = _NONE
    few_words: PhraseKeys = _NONE
    holdbacks: PhraseKeys = _NONE
    gone_words: PhraseKeys = _NONE
    sarcasms: PhraseKeys = _NONE
    brief_spans: PhraseKeys = _NONE
    brief_lengths: PhraseKeys = _NONE
    nominal: PhraseKeys = _NONE
    nominal_turned: PhraseKeys = _NONE
    least_words: PhraseKeys = _NONE
    rare_shares: PhraseKeys = _NONE
    rare_ordinals: PhraseKeys = _NONE
    better_workers: PhraseKeys = _NONE
    retort_tags: PhraseKeys = _NONE
    brief_turns: PhraseKeys = _NONE
    own_states: PhraseKeys = _NONE
    courtesies: PhraseKeys = _NONE
    misdirections: PhraseKeys = _NONE
    riddances: PhraseKeys = _NONE
    low_ratings: PhraseKeys = _NONE
    empty_manners: PhraseKeys = _NONE
    chase_marks: PhraseKeys = _NONE
    backbites: PhraseKeys = _NONE
    blames: PhraseKeys = _NONE
    gaming_marks: PhraseKeys = _NONE
    self_promises: PhraseKeys = _NONE
    climbdowns: PhraseKeys = _NONE
    put_ons: PhraseKeys = _NONE
    ability_lapses: PhraseKeys = _NONE
    ironic_openers: PhraseKeys = _NONE
    scope_tags: PhraseKeys = _NONE
    share_links: PhraseKeys = _NONE
    guess_marks: PhraseKeys = _NONE
    vague_marks: PhraseKeys = _NONE
    rumours: PhraseKeys = _NONE
    hearsays: PhraseKeys = _NONE
    swallows: PhraseKeys = _NONE
    put_offs: PhraseKeys = _NONE
    praises: PhraseKeys = _NONE
    credit_turns: PhraseKeys = _NONE
    credit_shares: PhraseKeys = _NONE
    sales: PhraseKeys = _NONE
    wagers: PhraseKeys = _NONE
    insiders: PhraseKeys = _NONE
    badges: PhraseKeys = _NONE
    natures: PhraseKeys = _NONE
    debts: PhraseKeys = _NONE
    lowerings: PhraseKeys = _NONE
    empowers: PhraseKeys = _NONE
    knowings: PhraseKeys = _NONE
    one_tries: PhraseKeys = _NONE
    covers: PhraseKeys = _NONE
    overrulings: PhraseKeys = _NONE
    blankets: PhraseKeys = _NONE
    better_jobs: PhraseKeys = _NONE
    leave_outs: PhraseKeys = _NONE
    unavailables: PhraseKeys = _NONE


def undone_keys(undone: Undone, common: tuple[frozenset[str], frozenset[str]],
                hedges: tuple[str, ...] = ()) -> UndoneKeys:
    """UndoneKeys for a language's Undone lists, each keyed by its rarest word (keyed); its
    hedges (Language.hedges) join Undone.qualifiers."""
    return UndoneKeys(
        limits=keyed(undone.limits, common), abandons=keyed(undone.abandons, common),
        omissions=keyed(undone.omissions, common), misdeeds=keyed(undone.misdeeds, common),
        retractions=keyed(undone.retractions, common), rare=keyed(undone.rare_frequencies, common),
        beliefs=keyed(undone.beliefs, common), reversals=keyed(undone.reversals, common),
        rewards=keyed(undone.rewards, common), failures=keyed(undone.failures, common),
        the_rest=keyed(undone.the_rest, common), qualifiers=keyed(hedges + undone.qualifiers, common),
        grudges=keyed(undone.grudges, common), pressures=keyed(undone.pressures, common),
        delays=keyed(undone.delays, common), pretend_settings=keyed(undone.pretend_settings, common),
        lore_frames=keyed(undone.lore_frames, common), rote_words=keyed(undone.rote_words, common),
        epistemic=keyed(undone.epistemic, common), bar_links=keyed(undone.bar_links, common),
        hopes=keyed(undone.hopes, common), near_misses=keyed(undone.near_misses, common),
        let_alones=keyed(undone.let_alones, common), last_frames=keyed(undone.last_frames, common),
        approvals=keyed(undone.approvals, common), leave_redirects=keyed(undone.leave_redirects, common),
        few_words=keyed(undone.few_words, common), holdbacks=keyed(undone.holdbacks, common),
        gone_words=keyed(undone.gone_words, common), sarcasms=keyed(undone.sarcasms, common),
        brief_spans=keyed(undone.brief_spans, common), brief_lengths=keyed(undone.brief_lengths, common),
        brief_turns=keyed(undone.brief_turns, common), nominal=keyed(undone.nominal, common),
        nominal_turned=keyed(undone.nominal_turned, common), least_words=keyed(undone.least_words, common),
        rare_shares=keyed(undone.rare_shares, common), rare_ordinals=keyed(undone.rare_ordinals, common),
        better_workers=keyed(undone.better_workers, common), retort_tags=keyed(undone.retort_tags, common),
        own_states=keyed(undone.own_states, common), courtesies=keyed(undone.courtesies, common),
        misdirections=keyed(undone.misdirections, common), riddances=keyed(undone.riddances, common),
        low_ratings=keyed(undone.low_ratings, common), empty_manners=keyed(undone.empty_manners, common),
        chase_marks=keyed(undone.chase_marks, common), backbites=keyed(undone.backbites, common),
        blames=keyed(undone.blames, common), gaming_marks=keyed(undone.gaming_marks, common),
        self_promises=keyed(undone.self_promises, common), climbdowns=keyed(undone.climbdowns, common),
        put_ons=keyed(undone.put_ons, common), ability_lapses=keyed(undone.ability_lapses, common),
        ironic_openers=keyed(undone.ironic_openers, common),
        scope_tags=keyed(undone.scope_tags, common),
        share_links=keyed(undone.share_links, common),
        guess_marks=keyed(undone.guess_marks, common), vague_marks=keyed(undone.vague_marks, common),
        rumours=keyed(undone.rumours, common), hearsays=keyed(undone.hearsays, common),
        swallows=keyed(undone.swallows, common), put_offs=keyed(undone.put_offs, common),
        praises=keyed(undone.praises, common), credit_turns=keyed(undone.credit_turns, common),
        credit_shares=keyed(undone.credit_shares, common), sales=keyed(undone.sales, common),
        wagers=keyed(undone.wagers, common), insiders=keyed(undone.insiders, common),
        badges=keyed(undone.badges, common), natures=keyed(undone.natures, common),
        debts=keyed(undone.debts, common), lowerings=keyed(undone.lowerings, common),
        empowers=keyed(undone.empowers, common), knowings=keyed(undone.knowings, common),
        one_tries=keyed(undone.one_tries, common), covers=keyed(undone.covers, common),
        overrulings=keyed(undone.overrulings, common), blankets=keyed(undone.blankets, common),
        better_jobs=keyed(undone.better_jobs, common), leave_outs=keyed(undone.leave_outs, common),
        unavailables=keyed(undone.unavailables, common))


def phrase_starts(analysis: Analysis, kind: str, phrases: PhraseKeys) -> list[int]:
    """Where each of the phrases starts in the answer, in order (found by its key word, the
    rarest: keyed; as written), once per answer and kind."""
    found = analysis.phrase_starts.get(kind)
    if found is not None:
        return found
    keys, by_key, _every = phrases
    starts: set[int] = set()
    stem_of = analysis.stem_of
    norms, sentences = analysis.tokens.norms, analysis.tokens.sentences
    for key in [key for key in keys if key in stem_of]:
        # (only phrases whose every word the answer holds: their words are common ones, "if I
        # had more time", so a key word alone would scan most answers)
        present = [(at, words) for at, words in by_key[key] if all(w in stem_of for w in words)]
        pos = -1
        while present:  # (each place of the key, found by list.index: a scan in C)
            try:
                pos = norms.index(key, pos + 1)
            except ValueError:
                break
            for at, words in present:
                start, end = pos - at, pos - at + len(words)
                if start >= 0 and end <= len(norms) and \
                        sentences[start] == sentences[end - 1] and tuple(norms[start:end]) == words:
                    starts.add(start)
    found = analysis.phrase_starts[kind] = sorted(starts)
    return found


def starts_before(analysis: Analysis, kind: str, phrases: PhraseKeys, first: int,
                  ended: bool = False) -> Iterator[int]:
    """Where `phrases` start in the sentence of tokens `first`, before it, nearest first; with
    `ended`, only those that also end before it (a frame, not a phrase the match is part of)."""
    starts = phrase_starts(analysis, kind, phrases)
    if not starts:
        return
    low = analysis.tokens.sentence_range(first)[0]
    for start in reversed(starts[:bisect_left(starts, first)]):
        if start < low:
            return
        if not ended or start + phrase_length(analysis, start, phrases) <= first:
            yield start


def starts_around(analysis: Analysis, kind: str, phrases: PhraseKeys, first: int, last: int) -> Iterator[int]:
    """Where `phrases` start in the sentence of tokens first..last, outside them, in order (a
    frame said before or after a match: "THE LAST THING I'd do", "FEW of my callers…")."""
    low, end = analysis.tokens.sentence_range(first)
    starts = phrase_starts(analysis, kind, phrases)
    for start in starts[bisect_left(starts, low):]:
        if start >= end:
            return
        if not first <= start <= last:
            yield start


def start_after(analysis: Analysis, kind: str, phrases: PhraseKeys, last: int) -> int | None:
    """Where the first of `phrases` after token `last` starts, if it stands in last's sentence
    (a frame said after a match: a lapse, a condition, a limit, a motive)."""
    starts = phrase_starts(analysis, kind, phrases)
    at = bisect_right(starts, last)
    if at == len(starts) or analysis.tokens.sentences[starts[at]] != analysis.tokens.sentences[last]:
        return None
    return starts[at]


def phrase_length(analysis: Analysis, start: int, phrases: PhraseKeys) -> int:
    """How many words the longest of `phrases` starting at `start` holds (one of phrase_starts)."""
    norms = analysis.tokens.norms
    return max(len(w) for w in phrases[2] if tuple(norms[start:start + len(w)]) == w)


def word_places(analysis: Analysis, kind: str, words: frozenset[str]) -> list[int]:
    """Where any of `words` stands in the answer, in order, found once per answer and kind
    (most answers hold none, and a rule asked about every match then costs a lookup)."""
    found = analysis.phrase_starts.get(kind)
    if found is None:
        stem_of = analysis.stem_of  # (each distinct word of the answer: the words asked are few)
        found = [pos for pos, word in enumerate(analysis.tokens.norms) if word in words] \
            if any(word in stem_of for word in words) else []
        analysis.phrase_starts[kind] = found
    return found
