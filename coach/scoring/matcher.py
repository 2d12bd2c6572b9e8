"""The compiled vocabulary of a rubric: its keyword phrases, red flags and context phrases,
ready to match many answers.

How an answer word is looked up against the keyword words: exact word, same stem (guarded so
that "time" does not count as "timely"), stem family ("empathetic" ~ "empathy"), irregular
forms ("took" ~ "take"), then typo tolerance (one edit in words of five letters or more, two in
long words where the language allows). Results are memoised per rubric, since words recur.
`Matcher.analyse` then finds every keyword word of one answer (coach.scoring.analysis matches
the phrases).
"""

from __future__ import annotations

from itertools import compress, count, pairwise
from operator import itemgetter, not_
from typing import TYPE_CHECKING, cast

from rapidfuzz.distance import OSA

from coach.lang import Language, get_language
from coach.text import keyword_words
from coach.tokens import tokenize

from .analysis import Analysis, anchor_floor
from .classes import WordClasses, is_class
from .compiled import CompiledPhrase, compile_phrase
from .cues import is_negation
from .delivery import compile_delivery
from .judge import LanguageRules, compile_rules
from .negation import privative_word
from .relevance import content_stems, topical
from .strength import EXACT, FUZZY1, FUZZY2, STEM
from .words import FAMILY_MIN, KeywordWord, deletions, lettery, one_typo, prefilters, same_family, unprefixed

if TYPE_CHECKING:
    from .rubric import Rubric, RubricQuestion

_FUZZY_MIN = 5  # shortest word that tolerates a typo
_FUZZY2_MIN = 9  # shortest word that tolerates two typos
# Each word cache keeps two generations of at most this many words: a word looked up again is
# kept in the young one; when it is full it becomes the old one and the old one is dropped. So
# memory stays flat over any number of answers with new words (names, typos), while the words
# that recur stay cached; a hit in the young generation costs one dict look-up, as before.
_CACHE_GENERATION = 10_000
_CACHE_WORD_MAX = 100  # longer words are not memoised: a hostile answer cannot fill memory
_BATCH_FUZZY = 64  # more long keyword forms than this per two-letter prefix: filter in batch
_BATCH_SCORER = OSA.distance  # rapidfuzz's C scorer, run over all the forms in one call


# Marks on an answer word (WordInfo[2], indexes into Analysis's marked lists): the places a
# judgement rule starts looking, so those rules visit a few words instead of scanning every
# answer. (Fillers and STAR cues start with the commonest words, "i", "the", "so": marking
# them would cost more than the one scan coach.scoring.delivery makes.)
IDIOM_KEY, SEQUENCE_KEY, PRIVATIVE = 0, 1, 2
# (keyword-term matches, negation cue?, marks, stem, topic stem or None, any of the first three?,
# carries meaning for the topic share?)
WordInfo = tuple[tuple[tuple[int, float], ...], bool, tuple[int, ...], str, str | None, bool, bool]
_STEM, _TOPIC, _RELEVANT, _TOPICAL = itemgetter(3), itemgetter(4), itemgetter(5), itemgetter(6)


class Matcher:
    """A rubric's keyword phrases, red flags and language data, ready to match many answers
    (built once per rubric: Rubric.matcher)."""

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.language: Language = get_language(rubric.language)
        self.terms: list[KeywordWord] = []
        self._term_ids: dict[str, int] = {}
        self.classes = WordClasses()  # the word classes the phrases name ("{feeling}")
        # Keyword words written after a prefix of Language.word_prefixes ("non-judgemental"):
        # they keep that prefix in an answer.
        self.prefixed: set[int] = set()
        self.phrases: dict[str, list[CompiledPhrase]] = {}
        for cid, criterion in rubric.criteria.items():
            self.phrases[cid] = [self._compile(p, cid) for p in criterion.keywords]
        # The words of the criteria's keyword phrases (not red flags or exclusions).
        self.criterion_terms = frozenset(t for phrases in self.phrases.values() for p in phrases
                                         for t in p.content)
        # (their stems: what the rubric speaks of, coach.scoring.tastes)
        self.criterion_stems = frozenset(self.terms[t].stem for t in self.criterion_terms)
        self.flags: list[CompiledPhrase] = [
            self._compile(flag.phrase, f"!{i}") for i, flag in enumerate(rubric.red_flags)
        ]
        # Phrases that say what a match is about (coach.scoring.aside): a criterion's `exclude`
        # ("~id"), the language's other senses ("@sense") and deflections ("@deflect").
        lang = self.language
        self.rules: LanguageRules = compile_rules(lang)
        self.ownership = frozenset(cid for cid, c in rubric.criteria.items() if c.ownership)
        # (Other senses and deflections are word sequences, matched in coach.scoring.judge.)
        self.exclusions = {cid: f"~{cid}" for cid in rubric.criteria}  # their owner names
        context: list[CompiledPhrase] = []
        for cid, criterion in rubric.criteria.items():
            context += [self._compile(p, self.exclusions[cid]) for p in criterion.exclude]
        self._index()
        self._deletion_keys = self.by_deletion.keys()  # (a live view: isdisjoint in C)
        self._endings = tuple(ending for ending in lang.inflectional_suffixes if ending)
        self._pre = prefilters(self.terms, self.by_deletion, self.by_family, self._endings)
        # Phrases by their key term: an answer only tries the phrases whose key word it holds.
        self.by_key: dict[int, list[CompiledPhrase]] = {}
        self.keyless: list[CompiledPhrase] = []
        # Every owner's phrases in rubric order (criteria, red flags "!<i>", exclusions "~id").
        self.owned: dict[str, list[CompiledPhrase]] = {}
        for phrase in [p for cid in self.phrases for p in self.phrases[cid]] + self.flags + context:
            self.owned.setdefault(phrase.owner, []).append(phrase)
            if phrase.key >= 0:
                self.by_key.setdefault(phrase.key, []).append(phrase)
            else:
                self.keyless.append(phrase)
        self.flag_owners = tuple(f"!{i}" for i in range(len(self.flags)))
        # The fewest places per phrase the anchor budget can allow (every phrase a candidate):
        # a phrase's rarest word seldom occurs this often, and then no answer pays for the
        # exact budget (coach.scoring.analysis._anchor_limit).
        self.anchor_floor = anchor_floor(len(self.keyless) + sum(map(len, self.by_key.values())))
        # No answer form longer than this can be one or two edits from a keyword form.
        self._longest_form = max((len(f) for t in self.terms if not is_class(t.norm)
                                  for f in (t.norm, t.stem)), default=0)
        self._word_cache: dict[str, tuple[tuple[int, float], ...]] = {}
        self._word_cache_old: dict[str, tuple[tuple[int, float], ...]] = {}
        # Everything scoring asks of an answer word, found once per rubric (see _describe).
        self._token_cache: dict[str, WordInfo] = {}
        self._token_cache_old: dict[str, WordInfo] = {}
        self.delivery = compile_delivery(self.language)
        self._topics: dict[str, frozenset[str]] = {}

    def _describe(self, norm: str) -> WordInfo:
        """What an answer word is to scoring: its keyword-term matches, whether it is a
        negation cue, its marks (where a judgement or delivery rule starts looking), its stem,
        and its stem again if it carries meaning for the topic share (else None)."""
        lang = self.language
        rules = self.rules
        stem = lang.stem(norm)
        marks: tuple[int, ...] = (IDIOM_KEY,) if norm in rules.idiom_index else ()
        if stem in rules.sequences:
            marks += (SEQUENCE_KEY,)
        if privative_word(norm, stem, rules):
            marks += (PRIVATIVE,)
        matches, negates = self.word_matches(norm), is_negation(norm, lang)
        meaning = topical(norm, rules.skip)
        return (matches, negates, marks, stem, stem if meaning else None,
                bool(matches or negates or marks), meaning)

    def topic(self, question: RubricQuestion) -> frozenset[str]:
        """The content stems of a question's prompt, model answer and examples (cached)."""
        found = self._topics.get(question.id)
        if found is None:
            texts = [question.prompt, question.model_answer, *question.examples]
            # The question's own keyword phrases too: a rubric without model answers or examples
            # still says what the question is about.
            texts += [k for cid in self.rubric.question_criteria(question)
                      for k in self.rubric.criteria[cid].keywords]
            found = frozenset(content_stems(tokenize(" \n\n ".join(texts)).norms, self.language))
            self._topics[question.id] = found
        return found

    def _term(self, norm: str) -> int:
        if norm not in self._term_ids:
            lang = self.language
            self._term_ids[norm] = len(self.terms)
            self.terms.append(KeywordWord(norm, lang.stem(norm), norm in lang.distinct_words))
        return self._term_ids[norm]

    def _class_term(self, word: str) -> int:
        """The term of a word class named in a phrase ("{feeling}"): it matches no answer word by
        its spelling, only the class's words (coach.scoring.classes)."""
        if word not in self._term_ids:
            self._term_ids[word] = len(self.terms)
            self.classes.terms[word[1:-1]] = len(self.terms)
            self.terms.append(KeywordWord(word, word, True))
        return self._term_ids[word]

    def _compile(self, phrase: str, owner: str) -> CompiledPhrase:
        words = keyword_words(phrase)
        lang = self.language
        for before, word in pairwise(words):
            if before in lang.word_prefixes and word not in lang.function_words:
                self.prefixed.add(self._term(word))
        terms = self.terms
        return compile_phrase(phrase, owner, words, lang, self._term, self._class_term,
                              lambda tid: terms[tid].norm)

    def _index(self) -> None:
        self.by_stem: dict[str, list[int]] = {}
        self.by_family: dict[str, list[int]] = {}
        self.by_deletion: dict[str, set[int]] = {}
        self.long_terms: dict[str, list[tuple[str, int]]] = {}
        self._long_texts: dict[str, list[str]] = {}
        # Keyword words in an irregular form, by their dictionary form's stem.
        self.by_lemma: dict[str, list[int]] = {}
        lemmas = self.language.lemmas
        self.classes.index(self.language)
        for tid, term in enumerate(self.terms):
            if is_class(term.norm):
                continue
            if term.norm in lemmas and not term.distinct:
                self.by_lemma.setdefault(self.language.stem(lemmas[term.norm]), []).append(tid)
            self.by_stem.setdefault(term.stem, []).append(tid)
            if len(term.stem) >= FAMILY_MIN:
                self.by_family.setdefault(term.stem, []).append(tid)
                if term.stem[-1] in "aeiouy":
                    self.by_family.setdefault(term.stem[:-1], []).append(tid)
            for form in {term.norm, term.stem}:
                if len(form) >= _FUZZY_MIN:
                    for variant in deletions(form):
                        self.by_deletion.setdefault(variant, set()).add(tid)
                if len(form) >= _FUZZY2_MIN and self.language.two_typos:
                    self.long_terms.setdefault(form[:2], []).append((form, tid))

    # -- word level --

    def word_matches(self, norm: str) -> tuple[tuple[int, float], ...]:
        """Which keyword terms an answer word stands for, with the quality of each match."""
        cached = self._word_cache.get(norm)
        if cached is not None:
            return cached
        cached = self._word_cache_old.get(norm)
        if cached is not None:
            self._remember_matches(norm, cached)
            return cached
        found: dict[int, float] = {}
        lang = self.language
        if norm in self._term_ids:
            found[self._term_ids[norm]] = EXACT
        if norm not in lang.function_words and norm not in lang.distinct_words:
            stem = lang.stem(norm)  # (once: each kind of match below needs it)
            self._stem_matches(norm, stem, found)
            self._fuzzy_matches(norm, stem, found)
            self._lemma_matches(norm, stem, found)
        if self.classes.terms:
            self.classes.add_matches(norm, found)
        result = tuple(found.items())
        self._remember_matches(norm, result)
        return result

    def _remember_matches(self, norm: str, matches: tuple[tuple[int, float], ...]) -> None:
        if len(norm) <= _CACHE_WORD_MAX:
            if len(self._word_cache) >= _CACHE_GENERATION:
                self._word_cache_old, self._word_cache = self._word_cache, {}
            self._word_cache[norm] = matches

    def _word_info(self, norm: str) -> WordInfo:
        """What an answer word is to scoring (_describe), from the old generation of the
        cache or found now, and kept in the young generation."""
        entry = self._token_cache_old.get(norm)
        if entry is None:
            entry = self._describe(norm)
        if len(norm) <= _CACHE_WORD_MAX:
            if len(self._token_cache) >= _CACHE_GENERATION:
                self._token_cache_old, self._token_cache = self._token_cache, {}
            self._token_cache[norm] = entry
        return entry

    def _stem_matches(self, norm: str, stem: str, found: dict[int, float]) -> None:
        pre = self._pre
        if pre.base_cuts is not None:
            cuts = pre.base_cuts.get(stem[:2])
            if cuts is None or pre.family_bases.isdisjoint(map(stem.__getitem__, cuts)):
                return  # (no keyword word's family can hold this stem: Prefilters.family_bases)
        lang = self.language
        candidates = list(self.by_stem.get(stem, ()))
        # The word without an inflectional ending may stem like a keyword word when the
        # stemmer leaves part of the ending on ("följde" -> "följd", "följa" -> "följ").
        # (One endswith for all the endings first: most words end in none of them.)
        if norm.endswith(self._endings):
            for ending in pre.endings_by_last.get(norm[-1:], ()):  # (those that can end it)
                if norm.endswith(ending) and len(norm) - len(ending) >= 3:
                    candidates += self.by_stem.get(lang.stem(norm[: -len(ending)]), ())
        if stem[:FAMILY_MIN] in pre.family_heads:
            for cut in range(len(stem), max(FAMILY_MIN, len(stem) - 4) - 1, -1):
                candidates += self.by_family.get(stem[:cut], ())
        for tid in candidates:
            if tid in found:
                continue
            term = self.terms[tid]
            if term.distinct:
                continue
            if same_family(term, norm, stem, lang):
                found[tid] = STEM

    def _lemma_matches(self, norm: str, stem: str, found: dict[int, float]) -> None:
        """Irregular forms: "took" stands for keyword words of "take" ("taking", "takes"), and
        a keyword written in an irregular form ("kept them updated") matches "keep", "keeping"."""
        lang = self.language
        lemma = lang.lemmas.get(norm)
        if lemma is not None and lemma != norm:
            for tid, quality in self.word_matches(lemma):
                if tid not in found and quality >= STEM:
                    found[tid] = STEM
        for tid in self.by_lemma.get(stem if lemma is None else lang.stem(lemma), ()):
            if tid not in found:
                found[tid] = STEM

    def _fuzzy_matches(self, norm: str, stem: str, found: dict[int, float]) -> None:
        if len(norm) < _FUZZY_MIN or not lettery(norm):
            return
        candidates: set[int] = set()
        near = self.by_deletion.get
        for form in {norm, stem}:
            # Skipping forms too long to be one edit from any keyword form changes no result,
            # and keeps a 60,000-letter "word" from building 60,000 deletion variants.
            size = len(form)
            if _FUZZY_MIN <= size <= self._longest_form + 1:
                if (form[:3], size) in self._pre.deletion_heads:
                    variants = [form[:i] + form[i + 1 :] for i in range(size)] + [form]
                else:  # (only these three can be indexed; they come first, in the same order)
                    variants = [form[1:], form[0] + form[2:], form[:2] + form[3:]]
                if self._deletion_keys.isdisjoint(variants):
                    continue  # (one look-up in C for all of them: most words are near none)
                for variant in variants:
                    found_near = near(variant)
                    if found_near:
                        candidates |= found_near
        for tid in candidates:
            if tid in found:
                continue
            term = self.terms[tid]
            if one_typo(norm, term.norm) or (len(stem) >= _FUZZY_MIN and one_typo(stem, term.stem)):
                found[tid] = FUZZY1
        if _FUZZY2_MIN <= len(norm) <= self._longest_form + 2 and norm[:2] in self.long_terms:
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
        """Tokenise an answer and, in one pass over its distinct words, find where every keyword
        term, negation cue and marked word occurs, each word's stem and the topic stems."""
        tokens = tokenize(text)
        norms = tokens.norms
        words = list(set(norms))
        # The passes over the answer's words run in C (map, compress): only each new word's
        # first look-up and the tokens that matter run here.
        cache = self._token_cache
        looked: list[WordInfo | None] = list(map(cache.get, words))
        if not all(looked):  # (a WordInfo is a non-empty tuple: None marks a word not cached)
            kept = True
            for at in compress(count(), map(not_, looked)):
                word = words[at]
                looked[at] = self._word_info(word)
                kept = kept and word in cache
            if not kept or self._token_cache is not cache:
                # (The young generation turned over meanwhile, or a word was too long to keep:
                # the tokens' entries are read from the answer's own words instead.)
                cache = dict(zip(words, cast("list[WordInfo]", looked), strict=True))
        infos = cast("list[WordInfo]", looked)  # (every one found now)
        stem_of = dict(zip(words, map(_STEM, infos), strict=True))
        topics = set(map(_TOPIC, infos))
        topics.discard(None)
        topical = set(compress(words, map(_TOPICAL, infos)))
        # (A plain dict, which the interpreter's specialised instructions serve faster than a
        # defaultdict: its readers use .get, `in` or the keys they found there.)
        positions: dict[int, list[tuple[int, float]]] = {}
        negations: list[int] = []
        marked: tuple[list[int], list[int], list[int]] = ([], [], [])
        found = list(map(cache.__getitem__, norms))  # (every word of the answer is there now)
        for i, entry in compress(enumerate(found), map(_RELEVANT, found)):  # (those that matter)
            for tid, quality in entry[0]:
                places = positions.get(tid)
                if places is None:
                    positions[tid] = [(i, quality)]
                else:
                    places.append((i, quality))
            if entry[1]:
                negations.append(i)
            for mark in entry[2]:
                marked[mark].append(i)
        prefixes = self.language.word_prefixes
        if prefixes and not prefixes.isdisjoint(stem_of):  # ("non-refundable": rare)
            unprefixed(tokens, positions, prefixes, self.prefixed)
        return Analysis(tokens, positions, negations, self, stem_of, topics, marked, topical)
