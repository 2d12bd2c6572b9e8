"""The language's judgement data, compiled once per language (LanguageRules), and the
language's collocations of other senses, hearsay and hand-offs found in an answer
(sequence_hits; its discourse markers: coach.scoring.markers). coach.scoring.aside uses both to
decide whether a match earns. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

from coach.records import record
from coach.text import phrase_words

from .cues import is_cue, is_negation
from .keyed import PhraseKeys, UndoneKeys, keyed, undone_keys
from .negation import negation_of

if TYPE_CHECKING:
    from coach.lang import Language

    from .analysis import Analysis



T = TypeVar("T")
# Word patterns by their longest word, then by a partner: the item next to it (offset, item),
# so that a common key word ("time", "back", "say") checks only the few patterns its
# neighbour allows; patterns with nothing beside the key (one word, or only negations) are
# filed under None. key -> partner -> ((entry, the key word's place), ...).
Indexed = dict[str, dict[tuple[int, str] | None, tuple[tuple[T, int], ...]]]
SequenceEntry = tuple[str, str, tuple[str | None, ...]]  # (owner, text, stem pattern)
Sequences = Indexed[SequenceEntry]
# The same index as sequence_hits reads it: key -> (the patterns with no partner, those by the
# word after the key, those by the word before it). No tuple (offset, word) is built and looked
# up for a side with no pattern: most keys have partners on one side only.
_Filed = tuple[tuple[SequenceEntry, int], ...]
Sides = dict[str, tuple[_Filed, dict[str, _Filed], dict[str, _Filed]]]


# The shortest thing word read as the head of a compound ("kaffeMASKINEN", "bokningsSYSTEMET"):
# shorter ones end too many other words.
THING_HEAD_MIN = 6


@record(slots=True)
class LanguageRules:
    """A language's judgement data, compiled once per rubric."""

    inverters: frozenset[str]  # stems
    inverter_prefixes: tuple[str, ...]
    privative: frozenset[str]
    third_parties: frozenset[str]  # single words, as written
    third_party_phrases: tuple[tuple[str, ...], ...]
    own: frozenset[str]
    skip: frozenset[str]  # words that carry no topic: function and stop words
    # Other senses and deflections as word sequences (see _sequences), and by side (_sides).
    sequences: Sequences
    sequence_sides: Sides
    idiom_words: frozenset[str]  # every word of every idiom
    # Idioms by their longest word: ((size, text, words, fixed), that word's place).
    idiom_index: Indexed[tuple[int, str, tuple[str, ...], bool]]
    # Another person's object and possessive words ("their", "them"; not "she"), and the
    # candidate's own ("me", "my"): see coach.scoring.shape.roles_swapped.
    theirs: frozenset[str]
    mine: frozenset[str]
    mental: frozenset[str] = frozenset()  # stems of Language.mental_verbs
    clause_idioms: frozenset[str] = frozenset()  # Language.clause_idioms
    sayings: tuple[tuple[str, ...], ...] = ()  # Language.conditional_sayings, as words
    saying_starts: frozenset[str] = frozenset()  # their first words
    # Language.lapses, failings, shortcomings, rhetorical_questions and denials as words, keyed
    # by their rarest word (an answer without it holds none): coach.scoring.scope_shapes.
    lapses: PhraseKeys = (frozenset(), {}, ())
    failings: PhraseKeys = (frozenset(), {}, ())
    shortcomings: PhraseKeys = (frozenset(), {}, ())
    undone: UndoneKeys = UndoneKeys()  # Language.undone's phrase lists
    same_claims: PhraseKeys = (frozenset(), {}, ())  # Language.same_claims, cleft_frames
    cleft_frames: PhraseKeys = (frozenset(), {}, ())
    rhetoricals: PhraseKeys = (frozenset(), {}, ())
    outright: PhraseKeys = (frozenset(), {}, ())  # Language.outright_refusals
    denials: PhraseKeys = (frozenset(), {}, ())
    unreal_conditions: PhraseKeys = (frozenset(), {}, ())  # Language.unreal_… (scoring.unreal)
    unreal_modals: PhraseKeys = (frozenset(), {}, ())
    unreal_results: PhraseKeys = (frozenset(), {}, ())
    # Language.former_times and present_turns, keyed the same way (coach.scoring.turns).
    formers: PhraseKeys = (frozenset(), {}, ())
    turns: PhraseKeys = (frozenset(), {}, ())
    topics: PhraseKeys = (frozenset(), {}, ())  # Language.topic_frames (coach.scoring.turns)
    bystanders: PhraseKeys = (frozenset(), {}, ())  # Language.bystanders (coach.scoring.turns)
    media: PhraseKeys = (frozenset(), {}, ())  # Language.media (coach.scoring.turns)
    wishes: PhraseKeys = (frozenset(), {}, ())  # Language.wish_frames (coach.scoring.patrons)
    subordinates: PhraseKeys = (frozenset(), {}, ())  # Language.subordinate_phrases (fronted)
    # Language.exceptives and group_subjects (coach.scoring.groups, negation), and
    # Language.undone's phrases (scoring.undone), keyed the same way.
    exceptives: PhraseKeys = (frozenset(), {}, ())
    groups: PhraseKeys = (frozenset(), {}, ())
    intentions: PhraseKeys = (frozenset(), {}, ())
    plans: PhraseKeys = (frozenset(), {}, ())
    futures: PhraseKeys = (frozenset(), {}, ())  # Undone.futures, future_times
    future_times: PhraseKeys = (frozenset(), {}, ())
    substitutes: PhraseKeys = (frozenset(), {}, ())
    needs: PhraseKeys = (frozenset(), {}, ())
    nags: PhraseKeys = (frozenset(), {}, ())
    definers: PhraseKeys = (frozenset(), {}, ())
    ironies: PhraseKeys = (frozenset(), {}, ())
    mocks: PhraseKeys = (frozenset(), {}, ())
    motives: PhraseKeys = (frozenset(), {}, ())
    documents: frozenset[str] = frozenset()  # Language.document_nouns by stem (scoring.quotes)
    credits: tuple[tuple[str, ...], ...] = ()  # Language.credits, as words
    determiners: frozenset[str] = frozenset()  # Language.interchangeable[0]: "the", "my"…
    # Subject words that open a new statement after a coordinator ("… and I stayed calm"): the
    # candidate's own and the other subject pronouns (coach.scoring.negation.find_cue).
    subjects: frozenset[str] = frozenset()
    # Who may take the work over (coach.scoring.roles.delegated): someone at work, he/she/they.
    delegates: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()  # delegates and third_parties (coach.scoring.handoffs)
    # Words that may open a clause before its subject or marker: coordinators and linkers.
    openers: frozenset[str] = frozenset()
    # The person served as an object ("advise them to"), the pronouns among the served
    # subjects ("suggest they"), and the served subjects with colleagues (coach.scoring.roles).
    served: frozenset[str] = frozenset()
    served_pronouns: frozenset[str] = frozenset()
    served_or_colleagues: frozenset[str] = frozenset()
    # Whose possessive makes a keyword theirs ("the technician's follow-up"): colleagues,
    # others at work and third parties (coach.scoring.roles.possessed).
    possessors: frozenset[str] = frozenset()
    # Language.work_traits by stem ("reliable" is "reliability" too).
    work_traits: frozenset[str] = frozenset()
    # What links the candidate to a trait they claim: a copula, or a verb of having ("I'm
    # patient", "I've got loads of empathy"; coach.scoring.traits).
    trait_links: frozenset[str] = frozenset()
    # Anyone served, as a pronoun or a noun (served with Language.customers): does a sentence
    # name someone served (coach.scoring.senses, things)? And as a noun only ("her" may be the
    # candidate's mum's: traits.trait_from_life).
    anyone_served: frozenset[str] = frozenset()
    served_nouns: frozenset[str] = frozenset()
    # Who may be named as the speaker before a verb of saying (Language.speaker_named;
    # hearsay.said_of_me): people from the candidate's life, served or at work, and anyone.
    speakers: frozenset[str] = frozenset()
    # Words that open a statement of its own before its subject ("and", "that"), and the words
    # that open a relative clause ("that", "which", "som"): coach.scoring.senses, things.
    statement_openers: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    # The words that may set a sentence's scene (coach.scoring.scenes): at work (with the
    # colleagues), and in the candidate's life (pursuits, and people with their possessives,
    # "my sister's").
    scene_work: frozenset[str] = frozenset()
    scene_life: frozenset[str] = frozenset()
    # In a language that writes compounds as one word, the thing words a compound may end in
    # ("kaffeMASKINEN"): those of THING_HEAD_MIN letters or more (coach.scoring.things).
    thing_heads: tuple[str, ...] = ()


def _commonness(lang: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The words an answer is full of, then the commonest of them (_by_longest_word)."""
    return lang.function_words | lang.stop_words, lang.function_words


def compile_rules(lang: Language) -> LanguageRules:
    """Normalise a language's judgement lists for fast lookups."""
    fixed = set(lang.fixed_idioms)
    idioms = tuple(sorted(((len(words), text, words, text in fixed)
                           for text in dict.fromkeys(lang.fixed_idioms + lang.idioms
                                                     + lang.clause_idioms)
                           if (words := tuple(phrase_words(text)))), reverse=True))
    singles = [phrase_words(t)[0] for t in lang.third_parties if len(phrase_words(t)) == 1]
    multi = tuple(tuple(phrase_words(t)) for t in lang.third_parties if len(phrase_words(t)) > 1)
    determiners = lang.interchangeable[0] if lang.interchangeable else frozenset()
    sayings = tuple(words for text in lang.conditional_sayings if (words := tuple(phrase_words(text))))
    served_pronouns = lang.served_subjects - lang.people_words
    skip = lang.function_words | lang.stop_words
    common = (skip, lang.function_words)  # (_by_longest_word: _commonness)
    sequences = _sequences([("@sense", p) for p in lang.other_senses] +
                           [("@frame", p) for p in lang.life_frames] +
                           [("@customer", p) for p in lang.customer_frames] +
                           [("@hearsay", p) for p in lang.hearsay] +
                           [("@deflect", p) for p in lang.deflections] +
                           [("@handoff", p) for p in lang.handoffs] +
                           [("@refusal", p) for p in lang.refusals] +
                           [("@below", p) for p in lang.below_me], lang, common)
    return LanguageRules(
        inverters=frozenset(lang.stem(w) for w in lang.inverters),
        inverter_prefixes=lang.inverter_prefixes,
        privative=lang.privative_cues,
        third_parties=frozenset(singles),
        third_party_phrases=multi,
        own=lang.own_subjects,
        skip=skip,
        sequences=sequences,
        sequence_sides=_sides(sequences),
        idiom_words=frozenset(w for _n, _t, words, _f in idioms for w in words),
        theirs=lang.third_person & determiners if determiners else lang.third_person,
        mine=lang.first_person_objects,
        mental=frozenset(lang.stem(w) for w in lang.mental_verbs),
        determiners=determiners,
        # Who may open a statement: the candidate, the pronouns, and the people served as
        # pronouns too, contracted ("she's not in until eight" is a statement of its own).
        subjects=lang.own_subjects | (lang.interchangeable[1] if len(lang.interchangeable) > 1
                                      else frozenset()) | served_pronouns,
        delegates=lang.work_others | lang.third_person,
        others=lang.work_others | lang.third_person | frozenset(singles),
        openers=lang.coordinators | lang.scope_breakers | lang.linkers,
        served=lang.people_words | lang.third_person,
        served_pronouns=served_pronouns,
        served_or_colleagues=lang.served_subjects | lang.colleagues,
        possessors=lang.colleagues | lang.work_others | frozenset(singles),
        work_traits=frozenset(lang.stem(w) for w in lang.work_traits),
        trait_links=lang.copulas | lang.trait_verbs,
        anyone_served=lang.people_words | lang.third_person | lang.customers,
        served_nouns=lang.people_words | lang.customers,
        speakers=frozenset(singles) | lang.people_words | lang.colleagues | served_pronouns
        | lang.anyone_nouns,
        statement_openers=lang.coordinators | lang.scope_breakers | lang.complementizers,
        relatives=lang.anaphors | lang.complementizers,
        scene_work=lang.scene_work | lang.colleagues,
        scene_life=lang.life_nouns | lang.life_groups | frozenset(singles)
        | frozenset(f"{w}'s" for w in singles)
        | frozenset(f"{w}{ending}" for w in singles for ending in lang.case_endings),
        thing_heads=tuple(sorted(t for t in lang.things if len(t) >= THING_HEAD_MIN))
        if lang.compounds else (),
        # listed as an idiom or a fixed idiom too, a marker keeps that wider reach
        clause_idioms=frozenset(lang.clause_idioms) - set(lang.idioms) - fixed,
        sayings=sayings,
        saying_starts=frozenset(words[0] for words in sayings),
        lapses=keyed(lang.lapses, common), failings=keyed(lang.failings, common),
        shortcomings=keyed(lang.shortcomings, common), undone=undone_keys(lang.undone, common, lang.hedges),
        same_claims=keyed(lang.same_claims, common),
        cleft_frames=keyed(lang.cleft_frames, common),
        rhetoricals=keyed(lang.rhetorical_questions, common), outright=keyed(lang.outright_refusals, common),
        denials=keyed(lang.denials, common), unreal_conditions=keyed(lang.unreal_conditions, common),
        unreal_modals=keyed(lang.unreal_modals, common), unreal_results=keyed(lang.unreal_results, common),
        formers=keyed(lang.former_times, common), turns=keyed(lang.present_turns, common),
        topics=keyed(lang.topic_frames, common), bystanders=keyed(lang.bystanders, common),
        media=keyed(lang.media, common), exceptives=keyed(lang.exceptives, common),
        wishes=keyed(lang.wish_frames, common), subordinates=keyed(lang.subordinate_phrases, common),
        groups=keyed(lang.group_subjects, common), substitutes=keyed(lang.undone.substitutes, common),
        intentions=keyed(lang.undone.intentions, common), plans=keyed(lang.undone.plans, common),
        futures=keyed(lang.undone.futures, common), future_times=keyed(lang.undone.future_times, common),
        needs=keyed(lang.undone.needs, common), nags=keyed(lang.undone.nags, common),
        definers=keyed(lang.undone.definers, common), ironies=keyed(lang.undone.ironies, common),
        mocks=keyed(lang.undone.mocks, common), motives=keyed(lang.undone.motives, common),
        documents=frozenset(lang.stem(noun) for noun in lang.document_nouns),
        credits=tuple(words for text in lang.credits if (words := tuple(phrase_words(text)))),
        # (keyed, as the collocations are, on a word that is not a function or stop word where
        # there is one: "way" in "by the way", not "the")
        idiom_index=_by_longest_word(((words, words, idiom) for idiom in idioms
                                      for words in [idiom[2]]), common),
    )


def _by_longest_word(entries: Iterable[tuple[Sequence[str | None], Sequence[str], T]],
                     common: tuple[frozenset[str], frozenset[str]] | None = None) -> Indexed[T]:
    """Index word patterns by the item of their longest word (rare in answers: "honest",
    "department", not "to" or "my"), the longest of those in none of the `common` sets when
    there is one ("ring" in "tell them to ring", not "them"), else of those not in the next set
    ("way" in "by the way", not "the"), and that item's neighbour (see Indexed); None items (any
    negation) are never the key, and a pattern with no other item is left out."""
    index: dict[str, dict[tuple[int, str] | None, list[tuple[T, int]]]] = {}
    for pattern, words, entry in entries:
        places = [k for k, item in enumerate(pattern) if item is not None]
        if not places:
            continue
        at = max(places, key=lambda k: len(words[k]))
        if common is not None and words[at] in common[0]:
            # (only then can another word rank first: this runs at every start of `coach score`)
            often, oftenest = common
            at = max(places, key=lambda k: (words[k] not in often, words[k] not in oftenest, len(words[k])))
        partner: tuple[int, str] | None = None
        for offset in (1, -1):
            near = pattern[at + offset] if 0 <= at + offset < len(pattern) else None
            if near is not None:
                partner = (offset, near)
                break
        index.setdefault(pattern[at] or "", {}).setdefault(partner, []).append((entry, at))
    return {key: {partner: tuple(items) for partner, items in groups.items()}
            for key, groups in index.items()}


def near(groups: dict[tuple[int, str] | None, tuple[tuple[T, int], ...]], before: str | None,
          after: str | None) -> tuple[tuple[T, int], ...]:
    """The patterns filed under a key word (see Indexed) that its neighbours allow: those with
    no partner, and those whose partner is the item before or after it."""
    entries = groups.get(None, ())
    if after is not None:
        entries += groups.get((1, after), ())
    if before is not None:
        entries += groups.get((-1, before), ())
    return entries


def _sides(index: Sequences) -> Sides:
    """The collocation index by side (see Sides): the same patterns in the same order."""
    sides: Sides = {}
    for key, groups in index.items():
        after = {partner[1]: entries for partner, entries in groups.items() if partner and partner[0] == 1}
        before = {partner[1]: entries for partner, entries in groups.items() if partner and partner[0] == -1}
        sides[key] = (groups.get(None, ()), after, before)
    return sides


def _sequences(owned: list[tuple[str, str]], lang: Language,
               common: tuple[frozenset[str], frozenset[str]] | None = None) -> Sequences:
    """Collocations as stem sequences (a negation word matches any negation), indexed by their
    longest word and its neighbour: matched in one pass over the answer, in order and as
    written but for inflection ("my exams" ~ "my exam", "aren't my department" ~ "not my
    department") and a base form's irregular forms ("send them to" ~ "sent them to", "leave it
    with them" ~ "left it with them": one word at a time, from the language's lemmas)."""
    def pattern(words: list[str]) -> tuple[str | None, ...]:
        return tuple(None if is_negation(w, lang) else lang.stem(w) for w in words)

    forms: dict[str, set[str]] = {}
    for form, lemma in lang.lemmas.items():
        forms.setdefault(lemma, {lemma}).add(form)

    def variants(words: list[str]) -> list[list[str]]:
        # Only a word written in its base form stands for its other forms: "leave" for "left",
        # but "I'm told" is not "I'm telling".
        found = [words]
        for k, word in enumerate(words):
            if word in lang.function_words:
                continue  # "be", "have": their forms are the language's own business
            for other in sorted(forms.get(word, ())):
                if other != word:
                    found.append([*words[:k], other, *words[k + 1:]])
        return found

    entries: list[tuple[tuple[str | None, ...], list[str], SequenceEntry]] = []
    for owner, text in dict.fromkeys(owned):
        words = phrase_words(text)
        # Hearsay keeps its tense: "they said" in a story reports what a customer said ("so I
        # said so" is the candidate's own honesty); "than me" keeps its person.
        for variant in (variants(words) if owner not in ("@hearsay", "@below") else [words]):
            stems = pattern(variant)  # (once: the index and the entry share it)
            entries.append((stems, variant, (owner, text, stems)))
    # (Keyed on a word that is not a function or stop word where there is one: a third of an
    # answer's words are such words, and each place of a key is tried.)
    return _by_longest_word(entries, common or _commonness(lang))


# The language's collocations found in one pass by sequence_hits: other senses, deflections
# and hand-offs (Analysis.context asks for them by these names).
SEQUENCE_OWNERS = ("@sense", "@frame", "@customer", "@hearsay", "@deflect", "@handoff",
                   "@refusal", "@below")


def sequence_hits(analysis: Analysis,
                  keys: Sequence[int] | None = None) -> dict[str, list[tuple[str, int, int]]]:
    """Where the language's other senses ("@sense") and deflections ("@deflect") occur, in
    one pass: owner -> [(phrase, first token, last token)]. A negated deflection ("I'd never
    say it's not my department") hands nothing off, so it is left out; a negated sense or frame
    is still about the candidate's own life ("I've never missed a shift"). `keys`: only the
    places of key words to try (a sentence's: every hit lies in the sentence of its key word),
    in order; all of them by default."""
    tokens = analysis.tokens
    sentences = tokens.sentences
    rules = analysis.matcher.rules
    found: dict[str, list[tuple[str, int, int]]] = {owner: [] for owner in SEQUENCE_OWNERS}
    if not rules.sequences:
        return found
    norms = tokens.norms
    stem_of = analysis.stem_of
    n = len(norms)
    sides = rules.sequence_sides
    for i in analysis.sequence_keys if keys is None else keys:
        # (near, inlined and by side: a third of an answer's words are keys here)
        entries, after, before = sides[stem_of[norms[i]]]
        if after and i + 1 < n and (more := after.get(stem_of[norms[i + 1]])):
            entries += more
        if before and i > 0 and (more := before.get(stem_of[norms[i - 1]])):
            entries += more
        for (owner, text, pattern), at in entries:
            first = i - at
            last = first + len(pattern) - 1
            if first < 0 or last >= n or sentences[first] != sentences[last]:
                continue
            if all((is_cue(analysis, first + k) if item is None else stem_of[norms[first + k]] == item)
                   for k, item in enumerate(pattern)):
                if owner not in ("@sense", "@frame") and negation_of(analysis, first, last) is not None:
                    continue
                found[owner].append((text, first, last))
    for hits in found.values():
        if len(hits) > 1:  # (most owners have no hit: no key function made for them)
            hits.sort(key=lambda hit: (hit[1], -hit[2]))  # in text order, the longer one first
    return found


def sequences_in(analysis: Analysis, owner: str, low: int, high: int) -> list[tuple[str, int, int]]:
    """The collocations of an owner (SEQUENCE_OWNERS) in sentences low..high, in text order,
    found a sentence at a time and kept on the analysis: the judgement rules ask of the few
    sentences that hold a keyword (the whole answer's are found only when asked for, by
    Analysis.context)."""
    found = analysis.sequence_sentences
    sentences, keys = analysis.tokens.sentences, analysis.sequence_keys
    hits: list[tuple[str, int, int]] = []
    for sentence in range(low, high + 1):
        in_sentence = found.get(sentence)
        if in_sentence is None:
            # (every hit lies in the sentence of its key word: that sentence's keys suffice)
            start = bisect_left(keys, bisect_left(sentences, sentence))
            end = bisect_left(keys, bisect_right(sentences, sentence), start)
            in_sentence = found[sentence] = sequence_hits(analysis, keys[start:end]) if start < end else {}
        hits += in_sentence.get(owner, ())
    return hits
