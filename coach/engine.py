"""The scoring engine: (pack, question, answer text) -> a `Score`. Pure: no I/O, no printing.

How a keyword phrase is found in an answer:

1. Every answer word is looked up against the pack's keyword vocabulary, compiled once per
   pack: exact word, same stem (guarded so that "time" does not count as "timely"), stem
   family ("empathetic" ~ "empathy"), then typo tolerance (one edit in words of five letters
   or more, two in long words). Results are memoised per pack, since words recur.
2. A phrase matches where all its content words (and negation words, for phrases such as
   "no waiting") occur within a short window of one sentence, in any order. Function words
   ("in", "their") are optional and interchangeable within their class; missing ones lower
   the match strength, gaps and reordering lower it a little. A phrase with one content word
   ("customer's name", "honest about") must be spelt as written (one slipped-in word allowed).
3. A match preceded (or, for some cues, followed) by a negation cue in the same clause is
   reported as negated and earns nothing.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA

from .judge import (
    STUFFED_CAP,
    LanguageRules,
    SetAside,
    affirmed,
    compile_rules,
    content_stems,
    hollow,
    idiom_spans,
    is_privative,
    off_topic,
    sequence_hits,
    set_aside,
    stuffing_reason,
    topic_share,
    topical,
)
from .lang import Language, get_language
from .text import Tokens, phrase_words, safe_cut, tokenize

if TYPE_CHECKING:
    from .packs import Pack, Question

MATCH_THRESHOLD = 70
MAX_ANSWER_CHARS = 60_000

EXACT, STEM, FUZZY1, FUZZY2 = 100.0, 95.0, 85.0, 78.0
_FAMILY_MIN = 5  # shortest shared stem prefix for stem-family matches
_FUZZY_MIN = 5  # shortest word that tolerates a typo
_FUZZY2_MIN = 9  # shortest word that tolerates two typos
_CACHE_LIMIT = 200_000
_CACHE_WORD_MAX = 100  # longer words are not memoised: a hostile answer cannot fill memory
_BATCH_FUZZY = 64  # more long keyword forms than this per two-letter prefix: filter in batch
_BATCH_SCORER = OSA.distance  # rapidfuzz's C scorer, run over all the forms in one call
# "I was like so tired": "like" between a form of "be" and an intensifier is a filler.
_BE_FORMS = frozenset(["was", "is", "were", "are", "am", "i'm", "it's", "he's", "she's", "we're",
                       "they're", "be", "been"])
_INTENSIFIERS = frozenset(["so", "really", "totally", "super", "very", "literally", "just",
                           "completely", "absolutely", "pretty"])
# Anchors (places of a phrase's rarest word) tried per answer, shared by the phrases it could
# match; each phrase gets at least _MIN_ANCHORS. Bounds the matching cost of any pack.
_ANCHOR_BUDGET = 200_000
_MIN_ANCHORS = 8


# -- results -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the original answer something was found: text[start:end] == text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
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
        return _evidence(self.tokens, self.first, self.last)

    @property
    def negation(self) -> Evidence | None:
        """The cue that negates the match, if any (built on demand)."""
        at = self.negated_at
        return None if at is None else _evidence(self.tokens, at, at)


def _evidence(tokens: Tokens, first: int, last: int) -> Evidence:
    start, end = tokens.span(first)[0], tokens.span(last)[1]
    return Evidence(start, end, tokens.text[start:end])


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion of the question: earned, negated or missed, and the evidence for it."""

    id: str
    label: str
    weight: float
    earned: bool
    negated: bool
    keyword: str | None
    match: int
    evidence: Evidence | None
    negation: Evidence | None
    tip: str
    nearest: str | None = None
    # Set when the keyword was found but a judgement rule kept it from counting (coach.judge).
    set_aside: SetAside | None = None
    # The evidence as token positions (first, last), for whole-answer judgements; not output.
    evidence_tokens: tuple[int, int] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class RedFlagResult:
    """A red-flag phrase the answer says, and what it costs."""

    phrase: str
    why: str
    penalty: float
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class WordCount:
    """A filler or hedge phrase and how often it occurs."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class PartResult:
    """How much of one part of a multi-part question an answer covered."""

    label: str
    criteria: list[str]
    earned_weight: float
    needed_weight: float
    coverage: float  # 0-1: earned over needed weight, capped


@dataclass(frozen=True, slots=True)
class Score:
    """The full result of scoring one answer to one question."""

    pack: str
    question: str
    score: int
    earned_weight: float
    needed_weight: float
    penalty: float
    criteria: list[CriterionResult]
    red_flags: list[RedFlagResult]
    words: int
    length: str
    length_advice: str
    fillers: list[WordCount]
    hedges: list[WordCount]
    star: dict[str, Evidence | None] | None
    truncated: bool = False
    scored_chars: int = 0
    empty: bool = False
    notes: list[str] = field(default_factory=list)
    # The pack's optional `min_words`: the score was multiplied by words / min_words (< 1).
    length_factor: float = 1.0
    min_words: int | None = None
    # Set for a question in parts: the score is the mean of their coverage.
    parts: list[PartResult] = field(default_factory=list)
    # Why the score was capped as keyword stuffing (coach.judge.stuffing), if it was.
    stuffing: str | None = None
    # The answer shares almost nothing with the question: it never rates Good or Easy.
    off_topic: bool = False
    # The share of the answer's content words that the question's texts use (None: too short).
    topic_share: float | None = None

    @property
    def earned(self) -> list[CriterionResult]:
        """The criteria the answer earned."""
        return [c for c in self.criteria if c.earned]

    @property
    def missed(self) -> list[CriterionResult]:
        """The criteria the answer did not earn (negated ones included)."""
        return [c for c in self.criteria if not c.earned]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (the shape `--json` prints)."""
        data = asdict(self)
        for criterion, result in zip(data["criteria"], self.criteria, strict=True):
            del criterion["evidence_tokens"]
            if result.set_aside is not None:
                criterion["set_aside"] = result.set_aside.to_dict()
        return data


# -- compiled pack -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Term:
    norm: str
    stem: str
    distinct: bool


@dataclass(frozen=True, slots=True)
class _Phrase:
    text: str
    owner: str  # criterion id, or "!<index>" for a red flag
    content: tuple[int, ...]  # term ids, in phrase order
    negations: int  # how many negation words the phrase holds ("no waiting" -> 1)
    function_words: tuple[str, ...]
    length: int
    order: tuple[str, ...]  # "t<id>" / "neg" in phrase order, for the reorder check
    key: int = -1  # the content term checked first (the longest word: usually the rarest)
    words: tuple[str, ...] = ()  # every word, in order


class CompiledPack:
    """A pack's keyword phrases, red flags and language data, ready to match many answers."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.language: Language = get_language(pack.language)
        self.terms: list[_Term] = []
        self._term_ids: dict[str, int] = {}
        self.phrases: dict[str, list[_Phrase]] = {}
        for cid, criterion in pack.criteria.items():
            self.phrases[cid] = [self._compile(p, cid) for p in criterion.keywords]
        self.flags: list[_Phrase] = [
            self._compile(flag.phrase, f"!{i}") for i, flag in enumerate(pack.red_flags)
        ]
        # Phrases that say what a match is about (coach.judge): a criterion's `exclude`
        # ("~id"), the language's other senses ("@sense") and deflections ("@deflect").
        lang = self.language
        self.rules: LanguageRules = compile_rules(lang)
        self.ownership = frozenset(cid for cid, c in pack.criteria.items() if c.ownership)
        # (Other senses and deflections are word sequences, matched in coach.judge.)
        context: list[_Phrase] = []
        for cid, criterion in pack.criteria.items():
            context += [self._compile(p, f"~{cid}") for p in criterion.exclude]
        self._index()
        # Phrases by their key term, in pack order: an answer only tries the phrases whose
        # key word it contains.
        self.by_key: dict[int, list[tuple[int, _Phrase]]] = {}
        self.keyless: list[tuple[int, _Phrase]] = []
        everything = [p for cid in self.phrases for p in self.phrases[cid]] + self.flags + context
        for number, phrase in enumerate(everything):
            if phrase.key >= 0:
                self.by_key.setdefault(phrase.key, []).append((number, phrase))
            else:
                self.keyless.append((number, phrase))
        # No answer form longer than this can be one or two edits from a keyword form.
        self._longest_form = max((len(f) for t in self.terms for f in (t.norm, t.stem)), default=0)
        self._word_cache: dict[str, tuple[tuple[int, float], ...]] = {}
        # Per answer word: its keyword-term matches and whether it is a negation cue.
        self._token_cache: dict[str, tuple[tuple[tuple[int, float], ...], bool]] = {}
        self._extras = _compile_extras(self.language)
        self._topics: dict[str, frozenset[str]] = {}
        self.privative_words: dict[str, bool] = {}  # coach.judge.is_privative, per word
        # Per answer word: its stem, and (for the topic share) its stem if it carries meaning.
        self.word_stems: dict[str, str] = {}
        self.topical: dict[str, str | None] = {}

    def learn_stems(self, norms: set[str]) -> None:
        """Stem new answer words once per pack (bounded, like the other word caches)."""
        if len(self.word_stems) + len(norms) > _CACHE_LIMIT:
            self.word_stems.clear()
            self.topical.clear()
        stem = self.language.stem
        skip = self.rules.skip
        for norm in norms:
            self.word_stems[norm] = value = stem(norm)
            self.topical[norm] = value if topical(norm, skip) else None

    def topic(self, question: Question) -> frozenset[str]:
        """The content stems of a question's prompt, model answer and examples (cached)."""
        found = self._topics.get(question.id)
        if found is None:
            texts = [question.prompt, question.model_answer] + [e.answer for e in question.examples]
            # The question's own keyword phrases too: a pack without model answers or examples
            # still says what the question is about.
            texts += [k for cid in self.pack.question_criteria(question)
                      for k in self.pack.criteria[cid].keywords]
            found = frozenset(content_stems(tokenize(" \n\n ".join(texts)).norms, self.language))
            self._topics[question.id] = found
        return found

    def _term(self, norm: str) -> int:
        if norm not in self._term_ids:
            lang = self.language
            self._term_ids[norm] = len(self.terms)
            self.terms.append(_Term(norm, lang.stem(norm), norm in lang.distinct_words))
        return self._term_ids[norm]

    def _compile(self, phrase: str, owner: str) -> _Phrase:
        words = phrase_words(phrase)
        lang = self.language
        content: list[int] = []
        function: list[str] = []
        order: list[str] = []
        negations = 0
        for word in words:
            if is_negation(word, lang):
                negations += 1
                order.append("neg")
            elif word in lang.function_words and len(words) > 1:
                function.append(word)
            else:
                term = self._term(word)
                content.append(term)
                order.append(f"t{term}")
        if not content and negations:
            # Only negation words ("ఊహించలేదు", "didn't expect"): they are the phrase itself, so
            # they must be there as written; otherwise any negation anywhere would match.
            content = [self._term(w) for w in words if is_negation(w, lang)]
            order = [f"t{t}" for t in content]
            negations = 0
        elif not content and not negations:
            # A phrase of function words only ("on time"-like phrases are not): match them all.
            content = [self._term(w) for w in function]
            order = [f"t{t}" for t in content]
            function = []
        key = max(content, key=lambda t: len(self.terms[t].norm)) if content else -1
        return _Phrase(phrase, owner, tuple(content), negations, tuple(function), len(words),
                       tuple(order), key, tuple(words))

    def _index(self) -> None:
        self.by_stem: dict[str, list[int]] = {}
        self.by_family: dict[str, list[int]] = {}
        self.by_deletion: dict[str, set[int]] = {}
        self.long_terms: dict[str, list[tuple[str, int]]] = {}
        self._long_texts: dict[str, list[str]] = {}
        # Keyword words in an irregular form, by their dictionary form's stem.
        self.by_lemma: dict[str, list[int]] = {}
        lemmas = self.language.lemmas
        for tid, term in enumerate(self.terms):
            if term.norm in lemmas and not term.distinct:
                self.by_lemma.setdefault(self.language.stem(lemmas[term.norm]), []).append(tid)
            self.by_stem.setdefault(term.stem, []).append(tid)
            if len(term.stem) >= _FAMILY_MIN:
                self.by_family.setdefault(term.stem, []).append(tid)
                if term.stem[-1] in "aeiouy":
                    self.by_family.setdefault(term.stem[:-1], []).append(tid)
            for form in {term.norm, term.stem}:
                if len(form) >= _FUZZY_MIN:
                    for variant in _deletions(form):
                        self.by_deletion.setdefault(variant, set()).add(tid)
                if len(form) >= _FUZZY2_MIN:
                    self.long_terms.setdefault(form[:2], []).append((form, tid))

    # -- word level --

    def word_matches(self, norm: str) -> tuple[tuple[int, float], ...]:
        """Which keyword terms an answer word stands for, with the quality of each match."""
        cached = self._word_cache.get(norm)
        if cached is not None:
            return cached
        found: dict[int, float] = {}
        lang = self.language
        if norm in self._term_ids:
            found[self._term_ids[norm]] = EXACT
        if norm not in lang.function_words and norm not in lang.distinct_words:
            self._stem_matches(norm, found)
            self._fuzzy_matches(norm, found)
            self._lemma_matches(norm, found)
        result = tuple(found.items())
        if len(norm) <= _CACHE_WORD_MAX:
            if len(self._word_cache) >= _CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[norm] = result
        return result

    def _stem_matches(self, norm: str, found: dict[int, float]) -> None:
        lang = self.language
        stem = lang.stem(norm)
        candidates = list(self.by_stem.get(stem, ()))
        for ending in lang.inflectional_suffixes:
            # The word without an inflectional ending may stem like a keyword word when the
            # stemmer leaves part of the ending on ("följde" -> "följd", "följa" -> "följ").
            if ending and norm.endswith(ending) and len(norm) - len(ending) >= 3:
                candidates += self.by_stem.get(lang.stem(norm[: -len(ending)]), ())
        for cut in range(len(stem), max(_FAMILY_MIN, len(stem) - 4) - 1, -1):
            candidates += self.by_family.get(stem[:cut], ())
        for tid in candidates:
            if tid in found:
                continue
            term = self.terms[tid]
            if term.distinct:
                continue
            if _same_family(term, norm, stem, lang):
                found[tid] = STEM

    def _lemma_matches(self, norm: str, found: dict[int, float]) -> None:
        """Irregular forms: "took" stands for keyword words of "take" ("taking", "takes"), and
        a keyword written in an irregular form ("kept them updated") matches "keep", "keeping"."""
        lang = self.language
        lemma = lang.lemmas.get(norm)
        if lemma is not None and lemma != norm:
            for tid, quality in self.word_matches(lemma):
                if tid not in found and quality >= STEM:
                    found[tid] = STEM
        for tid in self.by_lemma.get(lang.stem(lemma or norm), ()):
            if tid not in found:
                found[tid] = STEM

    def _fuzzy_matches(self, norm: str, found: dict[int, float]) -> None:
        if len(norm) < _FUZZY_MIN or not _lettery(norm):
            return
        stem = self.language.stem(norm)
        candidates: set[int] = set()
        for form in {norm, stem}:
            # Skipping forms too long to be one edit from any keyword form changes no result,
            # and keeps a 60,000-letter "word" from building 60,000 deletion variants.
            if _FUZZY_MIN <= len(form) <= self._longest_form + 1:
                for variant in _deletions(form):
                    candidates |= self.by_deletion.get(variant, set())
        for tid in candidates:
            if tid in found:
                continue
            term = self.terms[tid]
            if _one_typo(norm, term.norm) or _one_typo(stem, term.stem):
                found[tid] = FUZZY1
        if _FUZZY2_MIN <= len(norm) <= self._longest_form + 2:
            for form, tid in self._two_typo_candidates(norm):
                if tid not in found and norm[:-3] != form[:-3] and \
                        OSA.distance(norm, form, score_cutoff=2) <= 2:
                    # (Two edits all in the last three letters are another ending, not slips:
                    # "technician" is not "technical".)
                    found[tid] = FUZZY2

    def _two_typo_candidates(self, norm: str) -> list[tuple[str, int]]:
        """Long keyword forms sharing the word's first two letters that may be two edits away.
        Few: checked one by one. Many (a pack of thousands of long words): filtered in C by
        rapidfuzz's batch OSA distance first, so one answer word costs one vectorised pass."""
        forms = self.long_terms.get(norm[:2], [])
        if len(forms) <= _BATCH_FUZZY:
            return forms
        from rapidfuzz import process

        texts = self._long_texts.get(norm[:2])
        if texts is None:
            texts = self._long_texts[norm[:2]] = [form for form, _tid in forms]
        hits = process.extract(norm, texts, scorer=_BATCH_SCORER, score_cutoff=2, limit=None)
        return [forms[index] for _form, _score, index in hits]

    # -- answer level --

    def analyse(self, text: str) -> Analysis:
        """Tokenise an answer and find, for every keyword term, where it occurs."""
        tokens = tokenize(text)
        norms = tokens.norms
        cache = self._token_cache
        relevant: dict[str, tuple[tuple[tuple[int, float], ...], bool]] = {}
        for norm in set(norms):
            entry = cache.get(norm)
            if entry is None:
                entry = (self.word_matches(norm), is_negation(norm, self.language))
                if len(norm) <= _CACHE_WORD_MAX:
                    if len(cache) >= _CACHE_LIMIT:
                        cache.clear()
                    cache[norm] = entry
            if entry[0] or entry[1]:
                relevant[norm] = entry
        positions: dict[int, list[tuple[int, float]]] = {}
        negations: list[int] = []
        for i in [i for i, norm in enumerate(norms) if norm in relevant]:
            matches, negates = relevant[norms[i]]
            for tid, quality in matches:
                if tid in positions:
                    positions[tid].append((i, quality))
                else:
                    positions[tid] = [(i, quality)]
            if negates:
                negations.append(i)
        return Analysis(tokens, positions, negations, self)


def _lettery(word: str) -> bool:
    """Letters and combining marks only: Telugu vowel signs and viramas are marks, not letters."""
    return word.isalpha() or all(unicodedata.category(ch)[0] in "LM" for ch in word)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def _one_typo(word: str, target: str) -> bool:
    """One slip of the keyboard: a transposition, insertion or deletion; a substitution only
    in longer words, where a one-letter change rarely makes another real word."""
    if word == target or word[:1] != target[:1]:
        return False
    if OSA.distance(word, target, score_cutoff=1) > 1:
        return False
    if word[:-1] == target or target[:-1] == word or word[:-1] == target[:-1]:
        # Only the last letter differs: a different ending ("realis(e)" / "realist"), not a slip.
        return False
    if len(word) == len(target) and sorted(word) != sorted(target):
        return len(target) >= 7
    return True


def _same_family(term: _Term, norm: str, stem: str, lang: Language) -> bool:
    """Does an answer word belong to a keyword word's family (inflection or safe derivation)?

    Stems must agree, or the answer's stem extends the keyword's (empathetic ~ empathy).
    The answer word must not have lost a meaning-bearing suffix of the keyword word:
    "time" is not "timely", "person" is not "personal", "approach" is not "approachable".
    """
    if stem != term.stem:
        base = term.stem[:-1] if term.stem[-1] in "aeiouy" else term.stem
        if not (stem.startswith(term.stem) or (stem.startswith(base) and len(base) >= _FAMILY_MIN)):
            return False
        if len(stem) - len(base) > 4:
            return False
    common = 0
    limit = min(len(norm), len(term.norm))
    while common < limit and norm[common] == term.norm[common]:
        common += 1
    lost = _core(term.norm[common:], lang)
    gained = norm[common:]
    if lost in lang.derivational_suffixes:
        return gained.startswith(lost) or (lost.endswith("y") and gained.startswith(lost[:-1] + "i"))
    # The answer word is the bare root of a derived keyword word ("person" for "personalized").
    return not (lost and not _core(gained, lang))


def _core(ending: str, lang: Language) -> str:
    """A word ending without its inflection: "ised" -> "is", "'s" -> ""."""
    if ending in lang.inflectional_suffixes:
        return ""
    for suffix in sorted(lang.inflectional_suffixes, key=len, reverse=True):
        if suffix and ending.endswith(suffix) and len(ending) > len(suffix):
            return ending[: -len(suffix)]
    return ending


def is_negation(word: str, lang: Language) -> bool:
    """Is this normalised word a negation cue in the language?"""
    return word in lang.negation_cues or word.endswith(lang.negation_endings or ("\0",))


@dataclass(frozen=True, slots=True)
class _Extras:
    fillers: tuple[tuple[str, tuple[str, ...]], ...]
    hedges: tuple[tuple[str, tuple[str, ...]], ...]
    star: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    firsts: frozenset[str]  # every first word of a filler, hedge or STAR cue


def _compile_extras(lang: Language) -> _Extras:
    def words(items: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple((item, tuple(phrase_words(item))) for item in items)

    star = tuple((part, tuple(tuple(phrase_words(c)) for c in cues))
                 for part, cues in lang.star_cues.items())
    fillers, hedges = words(lang.fillers), words(lang.hedges)
    firsts = {w[0] for _t, w in fillers + hedges if w} | {c[0] for _p, cues in star for c in cues if c}
    return _Extras(fillers, hedges, star, frozenset(firsts))


class Analysis:
    """One answer analysed against one compiled pack: phrase lookups with negation."""

    def __init__(self, tokens: Tokens, positions: dict[int, list[tuple[int, float]]],
                 negations: list[int], compiled: CompiledPack) -> None:
        self.tokens = tokens
        self.positions = positions
        self.negations = negations
        self.compiled = compiled
        self.language = compiled.language
        self._at: dict[str, list[int]] | None = None
        self._candidates: dict[str, list[_Phrase]] | None = None
        self._idioms: list[tuple[int, int, str]] | None = None
        self._contexts: dict[str, list[tuple[str, int, int]]] = {}
        self._stems: list[str] | None = None
        self._privatives: bool | None = None
        self._key_lists: dict[int, list[int]] = {}
        self._negation_positions: list[tuple[int, float]] | None = None
        self._limit: int | None = None

    def candidates(self, owner: str) -> list[_Phrase]:
        """The phrases of one criterion (or red flag "!<i>") whose key word the answer holds."""
        if self._candidates is None:
            compiled = self.compiled
            found = list(compiled.keyless)
            for tid in self.positions:
                found += compiled.by_key.get(tid, ())
            found.sort(key=lambda item: item[0])
            grouped: dict[str, list[_Phrase]] = {}
            for _number, phrase in found:
                grouped.setdefault(phrase.owner, []).append(phrase)
            self._candidates = grouped
        return self._candidates.get(owner, [])

    def best(self, phrases: list[_Phrase]) -> tuple[PhraseMatch | None, PhraseMatch | None]:
        """The strongest affirmative match and the strongest negated match among phrases."""
        plain, negated, _aside = self.judged(phrases, None)
        return plain, negated

    def judged(self, phrases: list[_Phrase], criterion: str | None) -> tuple[
            PhraseMatch | None, PhraseMatch | None, tuple[PhraseMatch, SetAside] | None]:
        """The strongest affirmative match that counts, the strongest negated match, and the
        strongest affirmative match a judgement rule set aside (for a criterion; coach.judge)."""
        best_plain: PhraseMatch | None = None
        best_negated: PhraseMatch | None = None
        best_aside: tuple[PhraseMatch, SetAside] | None = None
        positions = self.positions
        for phrase in phrases:
            if phrase.key >= 0 and phrase.key not in positions:
                continue  # cheap early exit: most phrases lack a word in most answers
            for match in self.find(phrase):
                if match.negated_at is None:
                    if best_plain is not None and match.strength <= best_plain.strength:
                        continue
                    reason = None
                    if criterion is not None and match.strength >= MATCH_THRESHOLD:
                        reason = set_aside(self, match, criterion)
                    if reason is None:
                        best_plain = match
                    elif best_aside is None or match.strength > best_aside[0].strength:
                        best_aside = (match, reason)
                elif best_negated is None or match.strength > best_negated.strength:
                    if self._inside_idiom(match):
                        continue  # "but honestly it's not my department": no claim, not negated
                    best_negated = match
            if best_plain is not None and best_plain.strength >= EXACT:
                break  # nothing can beat a perfect affirmative match
        return best_plain, best_negated, best_aside

    def find(self, phrase: _Phrase, *, negation: bool = True) -> list[PhraseMatch]:
        """Every non-overlapping place the phrase occurs, strongest per anchor position
        (`negation=False`: without looking for a negation cue, for context phrases)."""
        lists: list[list[tuple[int, float]]] = []
        keys: list[list[int]] = []
        for tid in phrase.content:
            found = self.positions.get(tid)
            if not found:
                return []
            lists.append(found)
            keys.append(self._keys(tid))
        for _ in range(phrase.negations):
            if not self.negations:
                return []
            lists.append(self._negation_list())
            keys.append(self.negations)
        tokens = self.tokens
        window = phrase.length + 3
        anchor_index = min(range(len(lists)), key=lambda k: len(lists[k]))
        # Position lists are in text order: look only at candidates inside the window, so an
        # answer repeating a keyword thousands of times is not matched in quadratic time; and a
        # pack of thousands of phrases shares a budget of anchors per answer (_anchor_limit).
        results: list[PhraseMatch] = []
        for anchor, anchor_quality in lists[anchor_index][: self._anchor_limit()]:
            sentence = tokens.sentences[anchor]
            chosen: list[tuple[int, float]] = []
            used = {anchor}
            first = last = anchor
            ok = True
            for k, candidates in enumerate(lists):
                if k == anchor_index:
                    chosen.append((anchor, anchor_quality))
                    continue
                pick = None
                low = bisect_left(keys[k], anchor - window)
                high = bisect_right(keys[k], anchor + window)
                for pos, quality in candidates[low:high]:
                    if pos in used:
                        continue
                    if tokens.sentences[pos] != sentence:
                        continue
                    if pick is None or (abs(pos - anchor), -quality) < (abs(pick[0] - anchor), -pick[1]):
                        pick = (pos, quality)
                if pick is None:
                    ok = False
                    break
                used.add(pick[0])
                chosen.append(pick)
                first, last = min(first, pick[0]), max(last, pick[0])
                if last - first + 1 > phrase.length + 3:
                    ok = False  # already too spread out to match: the remaining picks cannot help
                    break
            if not ok:
                continue
            span = last - first + 1
            match = self._measure(phrase, chosen, first, last, span, negation)
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
            if self._candidates is None:
                self.candidates("")
            count = sum(len(found) for found in (self._candidates or {}).values())
            self._limit = max(_MIN_ANCHORS, _ANCHOR_BUDGET // max(1, count))
        return self._limit

    def _keys(self, tid: int) -> list[int]:
        """The positions of a keyword term in the answer (for bisection), built once."""
        keys = self._key_lists.get(tid)
        if keys is None:
            keys = self._key_lists[tid] = [pos for pos, _ in self.positions[tid]]
        return keys

    def _negation_list(self) -> list[tuple[int, float]]:
        if self._negation_positions is None:
            self._negation_positions = [(i, EXACT) for i in self.negations]
        return self._negation_positions

    def _measure(self, phrase: _Phrase, chosen: list[tuple[int, float]], first: int, last: int,
                 span: int, negation: bool = True) -> PhraseMatch | None:
        tokens = self.tokens
        lang = self.language
        content_quality = [q for _, q in chosen[: len(phrase.content)]] or [EXACT]
        strength = sum(content_quality) / len(content_quality)
        function = phrase.function_words
        # One content word ("customer's name", "honest about", "not my job", "no waiting"): its
        # small words and negation are what make it the phrase, so they must be there, as
        # written and in order (a negation word may be any negation: "aren't my department").
        single = len(phrase.content) == 1 and bool(function or phrase.negations)
        if single and not self._as_written(phrase, chosen[0][0]):
            strength *= 0.6
        if function:
            # Function words count only from the match's own sentence: "… salary. Fix the
            # issue." must not lend "the" to the red flag "the salary".
            if not single:
                sentence = tokens.sentences[first]
                nearby = [tokens.norms[i] for i in range(max(0, first - 2), min(len(tokens), last + 3))
                          if tokens.sentences[i] == sentence]
                covered = sum(1 for w in function if _function_present(w, nearby, lang))
                strength *= 0.85 + 0.15 * covered / len(function)
            # The span may also hold the function words: widen it to include adjacent ones.
            while first > 0 and tokens.norms[first - 1] in function and \
                    tokens.sentences[first - 1] == tokens.sentences[first]:
                first -= 1
            while last + 1 < len(tokens) and tokens.norms[last + 1] in function and \
                    tokens.sentences[last + 1] == tokens.sentences[last]:
                last += 1
            if not single and self._roles_swapped(function, first, last):
                return None  # "asked their name" is not "she asked for me by name"
        expected = len(phrase.content) + phrase.negations + len(function)
        strength -= 6 * max(0, span - expected)
        if len(chosen) > 1:
            ordered = [tokens.norms[p] for p, _ in sorted(chosen)]
            in_order = [tokens.norms[p] for p, _ in chosen[: len(phrase.content)]]
            if phrase.negations == 0 and ordered != in_order:
                if self._joined_clauses(first, last):
                    return None  # reordered across two clauses: "replacement, and the system sends"
                strength -= 5
        strength = max(0.0, min(100.0, strength))
        # A phrase that holds its own negation ("not my job") can still be negated by another
        # cue: "I would never say it's not my job".
        negated_at = self._negation(first, last, {p for p, _ in chosen}) if negation else None
        return PhraseMatch(phrase.text, round(strength, 1), first, last, negated_at, tokens)

    def _joined_clauses(self, first: int, last: int) -> bool:
        """Do tokens first..last span two clauses joined by a coordinator (", and …")? A
        fronted object stays one statement: "Their expectations, we exceeded them"."""
        clauses, norms = self.tokens.clauses, self.tokens.norms
        coordinators = self.language.coordinators
        return any(clauses[pos] != clauses[pos - 1] and norms[pos] in coordinators
                   for pos in range(first + 1, last + 1))

    def _roles_swapped(self, function: tuple[str, ...], first: int, last: int) -> bool:
        """Does a phrase about another person ("their", "them") match words where the candidate
        stands in that place ("asked for me by name", "thanked me")? Then the customer does it
        to the candidate, not the other way round."""
        lang = self.language
        if not lang.third_person or lang.third_person.isdisjoint(function):
            return False
        span = self.tokens.norms[first : last + 1]
        # Another person's object or possessive word in the span keeps the roles ("their name I
        # use"); a subject does not ("frågade hon efter mig": Swedish puts it after the verb).
        theirs = lang.third_person & lang.interchangeable[0] if lang.interchangeable else lang.third_person
        mine = lang.first_person_objects.difference(function)  # "put myself in their shoes"
        return not mine.isdisjoint(span) and theirs.isdisjoint(span)

    def _as_written(self, phrase: _Phrase, at: int) -> bool:
        """Do the words around the single content word at `at` spell the phrase, in order, with
        at most one other word slipped in ("följer jag upp" for "följa upp")?"""
        norms = self.tokens.norms
        clauses = self.tokens.clauses
        content = self.compiled.terms[phrase.content[0]].norm if phrase.content else None
        index = phrase.words.index(content) if content in phrase.words else 0
        slack = 1
        for side, step in ((phrase.words[index + 1 :], 1), (phrase.words[:index][::-1], -1)):
            pos = at
            for word in side:
                pos += step
                if 0 <= pos < len(norms) and not self._same_word(norms[pos], word) and slack:
                    slack -= 1
                    pos += step
                if not (0 <= pos < len(norms)) or not self._same_word(norms[pos], word) or \
                        clauses[pos] != clauses[at]:
                    return False
        return True

    def _same_word(self, found: str, word: str) -> bool:
        """The phrase's word as written, or any negation for a negation word."""
        lang = self.language
        return _spelt(found, word) or (is_negation(word, lang) and is_negation(found, lang))

    def _negation(self, first: int, last: int, own: set[int]) -> int | None:
        """The cue that negates tokens first..last, unless it makes emphasis instead ("never
        forget to", "not optional"; coach.judge.affirmed)."""
        cue = self.cue(first, last, own)
        if cue is not None and affirmed(self, cue, first, last, own):
            return None
        return cue

    def has_privatives(self) -> bool:
        """Does the answer hold any word whose negation is emphasis (coach.judge.is_privative)?"""
        if self._privatives is None:
            self._privatives = any(is_privative(self, i) for i in range(len(self.tokens)))
        return self._privatives

    def stems(self) -> list[str]:
        """Every token's stem, computed once per answer (for the judgement sequences)."""
        if self._stems is None:
            known = self.compiled.word_stems
            missing = {norm for norm in self.tokens.norms if norm not in known}
            if missing:
                self.compiled.learn_stems(missing)
            self._stems = [known[norm] for norm in self.tokens.norms]
        return self._stems

    def content_stems(self) -> set[str]:
        """The stems of the answer's words that carry meaning (for the topic share)."""
        self.stems()
        topical = self.compiled.topical
        return {stem for stem in map(topical.get, set(self.tokens.norms)) if stem}

    def negation_of(self, first: int, last: int) -> int | None:
        """The cue that negates tokens first..last (not counting negations among them)."""
        own = {i for i in range(first, last + 1) if is_negation(self.tokens.norms[i], self.language)}
        return self._negation(first, last, own)

    def is_cue(self, pos: int) -> bool:
        """Does the token at pos negate (a cue, not "not only"/"no matter")?"""
        return is_negation(self.tokens.norms[pos], self.language) and not self._pseudo(pos)

    def _inside_idiom(self, match: PhraseMatch) -> bool:
        """Does a match lie wholly inside a discourse idiom?"""
        return any(first <= match.first and match.last <= last for first, last, _t in self.idioms())

    def _in_idiom(self, pos: int) -> bool:
        """Is the token part of a discourse idiom ("it's not about me", "no offence")? A
        negation there negates nothing outside it."""
        if self.tokens.norms[pos] not in self.compiled.rules.idiom_words:
            return False
        return any(first <= pos <= last for first, last, _text in self.idioms())

    def cue(self, first: int, last: int, own: set[int]) -> int | None:
        """The cue that stands to negate tokens first..last (other than the phrase's own cues,
        `own`), if one stands in the same clause."""
        tokens = self.tokens
        lang = self.language
        inside = self.negations[bisect_right(self.negations, first) : bisect_left(self.negations, last)]
        for pos in inside:
            # A cue inside the matched span ("I never blame the customer") negates it too.
            if pos not in own and not self._pseudo(pos):
                return pos
        clause = tokens.clauses[first]
        # The window counts words that carry meaning: function words ("inte så bra på att
        # förklara", "not very good at explaining") do not push a cue out of reach.
        reach = lang.negation_before
        pos = first - 1
        coordinated = False
        while pos >= 0 and reach > 0:
            word = tokens.norms[pos]
            if tokens.clauses[pos] != clause:
                break
            if word in lang.scope_breakers and not (
                    pos + 1 < len(tokens) and (word, tokens.norms[pos + 1]) in lang.negating_pairs):
                break
            if pos not in own and is_negation(word, lang) and not self._pseudo(pos) and \
                    not (coordinated and word in lang.narrow_cues):
                return pos
            coordinated = coordinated or word in lang.coordinators
            if word not in lang.function_words:
                reach -= 1
            pos -= 1
        end_clause = tokens.clauses[last]
        for pos in range(last + 1, min(len(tokens), last + 1 + lang.negation_after)):
            word = tokens.norms[pos]
            if tokens.clauses[pos] != end_clause or word in lang.scope_breakers:
                break
            after_cue = word in lang.negation_after_cues or \
                word.endswith(lang.negation_after_endings or ("\0",))
            if pos not in own and after_cue and not self._pseudo(pos):
                return pos
        return None

    def _pseudo(self, pos: int) -> bool:
        """A cue that does not negate: "not only", "no matter", "never just", or one inside a
        discourse idiom ("it's not about me")."""
        tokens = self.tokens
        nxt = pos + 1
        if nxt < len(tokens) and tokens.clauses[nxt] == tokens.clauses[pos] and \
                tokens.norms[nxt] in self.language.not_negating_next:
            return True
        return self._in_idiom(pos)

    def idioms(self) -> list[tuple[int, int, str]]:
        """The discourse markers the answer uses (coach.judge.idiom_spans), found once."""
        if self._idioms is None:
            self._idioms = idiom_spans(self)
        return self._idioms

    def context(self, owner: str) -> list[tuple[str, int, int]]:
        """Where the context phrases of an owner ("@sense", "~empathy"...) occur."""
        hits = self._contexts.get(owner)
        if hits is None and owner in ("@sense", "@deflect"):
            self._contexts.update(sequence_hits(self))
            hits = self._contexts[owner]
        if hits is None:
            hits = []
            for phrase in self.candidates(owner):
                if phrase.key >= 0 and phrase.key not in self.positions:
                    continue
                hits += [(phrase.text, m.first, m.last) for m in self.find(phrase, negation=False)
                         if m.strength >= MATCH_THRESHOLD and self._literal(phrase, m)]
            self._contexts[owner] = hits
        return hits

    def _literal(self, phrase: _Phrase, match: PhraseMatch) -> bool:
        """Context phrases are collocations: their function words must be there as written
        ("my own expectations" is not "their own expectations"), near the match."""
        norms = self.tokens.norms
        near = set(norms[max(0, match.first - 2) : match.last + 3])
        return all(word in near for word in phrase.function_words)

    def context_in_clause(self, owner: str, clause: int) -> tuple[str, int, int] | None:
        """A context phrase of the owner in the given clause, if any."""
        clauses = self.tokens.clauses
        return next((h for h in self.context(owner) if clauses[h[1]] == clause or
                     clauses[h[2]] == clause), None)

    def context_in_sentence(self, owner: str, sentence: int, after: int = 0) -> tuple[str, int, int] | None:
        """A context phrase of the owner in the given sentence (or up to `after` sentences
        later), if any."""
        sentences = self.tokens.sentences
        return next((h for h in self.context(owner)
                     if sentence <= sentences[h[1]] <= sentence + after), None)

    def _where(self) -> dict[str, list[int]]:
        """Where each first word of a filler, hedge or STAR cue occurs, built on first use."""
        if self._at is None:
            norms = self.tokens.norms
            firsts = self.compiled._extras.firsts
            at: dict[str, list[int]] = {}
            for i in [i for i, norm in enumerate(norms) if norm in firsts]:
                norm = norms[i]
                if norm in at:
                    at[norm].append(i)
                else:
                    at[norm] = [i]
            self._at = at
        return self._at

    def count(self, items: tuple[tuple[str, tuple[str, ...]], ...]) -> list[WordCount]:
        """How often each filler or hedge phrase occurs (exact words)."""
        at = self._where()
        norms = self.tokens.norms
        counts: list[WordCount] = []
        for text, words in items:
            where = at.get(words[0]) if words else None
            if not where:
                continue
            n = len(words)
            if n == 1:
                hits = len(where) if words[0] != "like" else sum(1 for i in where if self._filler_like(i))
            else:
                hits = sum(1 for i in where if tuple(norms[i : i + n]) == words)
            if hits:
                counts.append(WordCount(text, hits))
        return counts

    def fillers(self) -> list[WordCount]:
        """The fillers, and the discourse markers ("to be honest", "frankly") used as such."""
        counts = self.count(self.compiled._extras.fillers)
        seen = {c.text for c in counts}
        markers: dict[str, int] = {}
        for _first, _last, text in self.idioms():
            markers[text] = markers.get(text, 0) + 1
        return counts + [WordCount(t, n) for t, n in markers.items() if t not in seen]

    def _filler_like(self, i: int) -> bool:
        """Is "like" at i a filler ("it was, like, busy", "like, I don't know", "I was like so
        tired")? Not where it means "such as" (", like checking the other branch") or is a
        verb ("I like helping"): a filler stands in a clause of its own, opens a sentence
        before a comma, or sits between "be" and an intensifier."""
        tokens = self.tokens
        clauses, norms = tokens.clauses, tokens.norms
        n = len(norms)
        opens = i == 0 or clauses[i - 1] != clauses[i]
        closes = i + 1 == n or clauses[i + 1] != clauses[i]
        if closes:
            return opens or norms[i - 1] in _BE_FORMS or norms[i - 1] in ("and", "but", "so", "or")
        after = norms[i + 1]
        if not opens and norms[i - 1] in _BE_FORMS and after in _INTENSIFIERS:
            return True
        return after in ("um", "uh", "erm", "you", "literally") and (after != "you" or (
            i + 2 < n and norms[i + 2] == "know"))

    def star(self) -> dict[str, Evidence | None]:
        """For each STAR part, the first cue found in the answer, or None."""
        at = self._where()
        norms = self.tokens.norms
        found: dict[str, Evidence | None] = {}
        for part, cues in self.compiled._extras.star:
            best: tuple[int, int] | None = None
            for words in cues:
                n = len(words)
                for i in at.get(words[0], ()) if words else ():
                    if best is not None and i >= best[0]:
                        break
                    if n == 1 or tuple(norms[i : i + n]) == words:
                        best = (i, i + n - 1)
                        break
            found[part] = _evidence(self.tokens, *best) if best else None
        return found


def _spelt(found: str, word: str) -> bool:
    """The phrase's word as written, or with a short ending ("customers", Telugu plurals)."""
    return found == word or (len(word) >= 3 and found.startswith(word) and len(found) - len(word) <= 2)


def _function_present(word: str, nearby: list[str], lang: Language) -> bool:
    if word in nearby:
        return True
    for group in lang.interchangeable:
        if word in group:
            return any(w in group for w in nearby)
    return False


# -- public API ----------------------------------------------------------------------------------


def capped(text: str) -> str:
    """The part of an answer that is scored: the first MAX_ANSWER_CHARS characters, never cut
    inside a grapheme cluster, so score, detect and explain all read the same text."""
    return safe_cut(text, MAX_ANSWER_CHARS) if len(text) > MAX_ANSWER_CHARS else text


def compile_pack(pack: Pack) -> CompiledPack:
    """Compile a pack's phrases for matching (Pack.compiled caches this)."""
    return CompiledPack(pack)


def detect(pack: Pack, text: str, criteria: list[str] | None = None, *,
           stuffing: bool = True) -> dict[str, CriterionResult]:
    """Which criteria an answer shows, regardless of question (used by benchmarks and tools).
    `stuffing=False` skips the stuffing rule: for a reference text such as a model answer."""
    compiled: CompiledPack = pack.compiled
    analysis = compiled.analyse(capped(text))
    ids = criteria or list(pack.criteria)
    results = [_criterion(pack, compiled, analysis, cid) for cid in ids]
    if stuffing:
        results, _reason = _unstuffed(analysis, results)
    return {r.id: r for r in results}


def _unstuffed(analysis: Analysis,
               results: list[CriterionResult]) -> tuple[list[CriterionResult], str | None]:
    """Keyword stuffing (coach.judge.stuffing_reason): in a stuffed answer, the criteria whose
    evidence is a bare or repeated keyword earn nothing, each set aside with the rule
    "stuffing"; returns the results and the reason."""
    earned = [r for r in results if r.earned and r.evidence_tokens is not None]
    hollows = {r.id for r in earned if r.evidence_tokens and hollow(analysis, *r.evidence_tokens)}
    reason = stuffing_reason(analysis, len(earned), len(hollows))
    if reason is None:
        return results, None
    out = []
    for r in results:
        if r.id in hollows and r.evidence:
            aside = SetAside("stuffing", r.evidence.text, r.evidence.start, r.evidence.end)
            r = replace(r, earned=False, set_aside=aside, nearest=None)
        out.append(r)
    return out, reason


def _criterion(pack: Pack, compiled: CompiledPack, analysis: Analysis, cid: str) -> CriterionResult:
    criterion = pack.criteria[cid]
    plain, negated, aside = analysis.judged(analysis.candidates(cid), cid)
    earned = plain is not None and plain.strength >= MATCH_THRESHOLD
    is_negated = not earned and negated is not None and negated.strength >= MATCH_THRESHOLD
    # A set-aside match is shown (with its rule) when nothing counted and nothing was negated.
    reason = aside[1] if aside is not None and not earned and not is_negated else None
    shown = plain if earned else (negated if is_negated else (aside[0] if reason else None))
    nearest = None
    if not earned and not is_negated and reason is None and plain is not None:
        nearest = plain.phrase
    return CriterionResult(
        id=cid, label=criterion.label, weight=criterion.weight, earned=earned,
        negated=is_negated, keyword=shown.phrase if shown else None,
        match=round(shown.strength if shown else (plain.strength if plain else 0)),
        evidence=shown.evidence if shown else None,
        negation=shown.negation if shown and is_negated else None,
        tip=criterion.tip, nearest=nearest, set_aside=reason,
        evidence_tokens=(shown.first, shown.last) if shown else None,
    )


def score_answer(pack: Pack, question: str | Question, text: str) -> Score:
    """Score one answer to one question of a pack. Never raises for any text."""
    q = pack.question(question) if isinstance(question, str) else question
    compiled: CompiledPack = pack.compiled
    lang = compiled.language
    truncated = len(text) > MAX_ANSWER_CHARS
    scored = capped(text)
    analysis = compiled.analyse(scored)
    ids = pack.question_criteria(q)
    results, stuffed = _unstuffed(analysis, [_criterion(pack, compiled, analysis, cid) for cid in ids])
    flags: list[RedFlagResult] = []
    for i, flag in enumerate(pack.red_flags):
        plain, _ = analysis.best(analysis.candidates(f"!{i}"))
        if plain is not None and plain.strength >= MATCH_THRESHOLD:
            flags.append(RedFlagResult(flag.phrase, flag.why, flag.penalty, plain.evidence))
    earned_ids = {r.id for r in results if r.earned}
    parts = [part_result(label, criteria, pack, earned_ids, require)
             for label, criteria, require in pack.question_parts(q)]
    penalty = sum(f.penalty for f in flags)
    words = len(analysis.tokens)
    empty = words == 0
    min_words = pack.min_words(q)
    factor = length_factor(words, min_words)
    total = 0 if empty else combine(coverage(parts), penalty, factor)
    if stuffed is not None:
        total = min(total, STUFFED_CAP)
    share = topic_share(analysis.content_stems(), compiled.topic(q))
    strays = off_topic(share, bool(earned_ids))
    length, advice = _length_verdict(words, lang)
    behavioural = q.behavioural if q.behavioural is not None else is_behavioural(q.prompt, lang)
    notes: list[str] = []
    if empty:
        notes.append("The answer is empty: nothing to score.")
    if factor < 1.0 and not empty:
        notes.append(f"Scored for length: {words} of the {min_words} words this question expects, "
                     f"so the score is {factor:.0%} of what the keywords earned.")
    if truncated:
        notes.append(f"Only the first {MAX_ANSWER_CHARS:,} of {len(text):,} characters were scored.")
    if stuffed is not None:
        notes.append(f"Capped at {STUFFED_CAP}: {stuffed}.")
    if strays:
        notes.append("This may not answer the question: it shares few words with the question, "
                     "its model answer or its examples"
                     + (", and earns no criterion." if not earned_ids else "."))
    return Score(
        pack=pack.id, question=q.id, score=total,
        earned_weight=sum(p.earned_weight for p in parts),
        needed_weight=sum(p.needed_weight for p in parts), penalty=penalty, criteria=results,
        red_flags=flags, words=words,
        length=length, length_advice=advice,
        fillers=analysis.fillers(),
        hedges=analysis.count(compiled._extras.hedges),
        star=analysis.star() if behavioural else None,
        truncated=truncated, scored_chars=len(scored), empty=empty, notes=notes,
        length_factor=round(factor, 4), min_words=min_words,
        parts=parts if q.parts else [],
        stuffing=stuffed, off_topic=strays,
        topic_share=None if share is None else round(share, 3),
    )


def part_result(label: str, criteria: list[str], pack: Pack, earned: set[str],
                require: int | None) -> PartResult:
    """One part's coverage: the weight earned over the weight of its `require` lightest
    criteria (all of them when unset), capped at 1."""
    weights = sorted(pack.criteria[cid].weight for cid in criteria)
    needed = sum(weights[:require]) if require else sum(weights)
    got = sum(pack.criteria[cid].weight for cid in criteria if cid in earned)
    return PartResult(label, list(criteria), got, needed, min(1.0, got / needed) if needed else 0.0)


def coverage(parts: list[PartResult]) -> float:
    """How much of the rubric an answer covered (0-1): the mean of its parts' coverage, so a
    thorough answer to one part does not make up for a missing one."""
    return sum(p.coverage for p in parts) / len(parts) if parts else 0.0


def combine(covered: float, penalty: float, factor: float) -> int:
    """The 0-100 score from its parts: coverage, minus red-flag penalties, scaled for length.
    One formula for scoring and for fitting `require` to graded answers."""
    return max(0, min(100, round(max(0.0, 100.0 * covered - penalty) * factor)))


def length_factor(words: int, min_words: int | None) -> float:
    """The pack's optional length scaling: answers shorter than `min_words` are scored in
    proportion to their length, as a grader marks a thin answer down (1.0 when unset)."""
    if not min_words or words >= min_words:
        return 1.0
    return words / min_words


def explain(pack: Pack, question: str | Question, text: str) -> list[dict[str, Any]]:
    """For every keyword phrase of the question's criteria: its best match and strength."""
    q = pack.question(question) if isinstance(question, str) else question
    compiled: CompiledPack = pack.compiled
    analysis = compiled.analyse(capped(text))
    rows: list[dict[str, Any]] = []
    for cid in pack.question_criteria(q):
        for phrase in compiled.phrases[cid]:
            plain, negated, aside = analysis.judged([phrase], cid)
            top = plain or negated or (aside[0] if aside else None)
            reason = aside[1] if aside is not None and top is aside[0] else None
            rows.append({
                "criterion": cid, "phrase": phrase.text,
                "strength": top.strength if top else 0,
                "negated": top is not None and top.negated_at is not None,
                "evidence": asdict(top.evidence) if top else None,
                "set_aside": reason.to_dict() if reason else None,
            })
    return rows


def is_behavioural(prompt: str, lang: Language) -> bool:
    """Does a prompt ask for a past example ("Tell me about a time…"), so STAR applies?"""
    return _behavioural(prompt, lang.code)


@lru_cache(maxsize=4096)
def _behavioural(prompt: str, code: str) -> bool:
    # Cached: the same few prompts are asked of every answer in a batch.
    lang = get_language(code)
    lowered = " ".join(tokenize(prompt).norms)
    return any(" ".join(phrase_words(p)) in lowered for p in lang.behavioural_prompts)


def _length_verdict(words: int, lang: Language) -> tuple[str, str]:
    too_short, ideal_from, ideal_to, long_above = lang.length_words
    if words == 0:
        return "empty", "Write an answer to get feedback."
    if words < too_short:
        return "very short", f"Aim for {ideal_from}-{ideal_to} words (one to two minutes spoken)."
    if words < ideal_from:
        return "short", f"Add a concrete example; {ideal_from}-{ideal_to} words is typical."
    if words <= ideal_to:
        return "good", "A good length for a spoken answer."
    if words <= long_above:
        return "long", "Slightly long; tighten it to keep the interviewer with you."
    return "too long", f"Cut it down toward {ideal_to} words; long answers ramble."
