"""Pack warnings (`coach packs validate`): what a trainer wants to know that does not stop a
pack from loading, such as keyword phrases that overlap within a criterion or across criteria.

Pure: returns Problems; coach/cli_packs.py prints them.
"""

from __future__ import annotations

import heapq
import re
from typing import TYPE_CHECKING, Any

from coach.errors import Problem

if TYPE_CHECKING:
    from coach.packs import Pack


def lint(pack: Pack) -> list[Problem]:
    """Things a trainer wants to know that do not stop a pack from loading, in file order.

    - a keyword phrase listed under two criteria (an answer saying it earns both);
    - two phrases of one criterion so alike that one never matters (whenever an answer says
      the longer one, the shorter one matches too);
    - a question without a model answer, or without examples;
    - a criterion whose tip, said in the first person, does not earn it;
    - a criterion that no question uses.
    """
    from coach.yamlio import load_yaml_file

    located = load_yaml_file(pack.source) if pack.source else None

    def at(path: tuple[str | int, ...], message: str, key: bool = False) -> Problem:
        if located is not None:
            return located.problem(path, message, key=key)
        from coach.yamlio import dotted

        return Problem("<pack>", 1, 1, dotted(path), message)

    found = _phrase_warnings(pack, at)
    for qi, question in enumerate(pack.questions):
        if not question.model_answer.strip():
            found.append(at(("questions", qi, "id"), f"question {question.id!r} has no model_answer; "
                            "add one so candidates can compare (and `coach packs draft` can use it)"))
        if not question.examples:
            found.append(at(("questions", qi, "id"), f"question {question.id!r} has no examples; add "
                            "a few answers with `earns` so `coach packs test` can calibrate it"))
    from coach.trainer.calibrate import tip_misses

    for miss in tip_misses(pack):
        found.append(at(("criteria", miss.criterion, "tip"),
                        f"the tip, said by a candidate (“{miss.tip}”), does not earn criterion "
                        f"{miss.criterion!r}; reword the tip or add a keyword phrase it uses"))
    found += _fault_warnings(pack, at)
    used: set[str] = set()
    for question in pack.questions:
        used.update(pack.question_criteria(question))
    for cid in pack.criteria:
        if cid not in used:
            found.append(at(("criteria", cid), f"criterion {cid!r} is not used by any question",
                            key=True))
    return sorted(found, key=lambda p: (p.line, p.column))  # stable: same place, found order


def _fault_warnings(pack: Pack, at: Any) -> list[Problem]:
    """Keywords naming a fault (Language.faults) without a negation: "I overpromise" would earn
    the criterion, and "I never overpromise" would read as negated."""
    from coach.lang import get_language
    from coach.scoring.cues import is_negation
    from coach.text import phrase_words

    lang = get_language(pack.language)
    # as stem sequences: "sugar-coat" is two words
    faults = {tuple(lang.stem(w) for w in phrase_words(f)) for f in lang.faults}
    if not faults:
        return []
    found = []
    for cid, criterion in pack.criteria.items():
        for i, phrase in enumerate(criterion.keywords):
            words = phrase_words(phrase)
            stems = tuple(lang.stem(w) for w in words)
            if any(stems[k : k + len(f)] == f for f in faults for k in range(len(stems))) and \
                    not any(is_negation(w, lang) or w in lang.privative_cues for w in words):
                found.append(at(("criteria", cid, "keywords", i),
                                f"{phrase!r} names a fault: a candidate who says they do it would "
                                f"earn {cid!r}, and one who denies it would read as negated; write "
                                "it with its negation, as a candidate denies it"))
    return found


def _phrase_warnings(pack: Pack, at: Any) -> list[Problem]:
    """Duplicate phrases across criteria and redundant phrases within one, as the engine sees them.

    Phrase B is covered by phrase A when A, matched against B's own words, matches at full
    threshold: then any answer saying B also earns A's criterion (reported across criteria
    only when a question is scored on both, once per phrase, naming the first such criterion).

    Near-linear in the number of phrases: phrases with the same words are matched once, and
    B is matched only against the phrases whose rarest word it holds (a phrase lacking any of
    its words cannot match). A phrase is compared with at most _MAX_COVERERS others that
    cover it, so a pack repeating one phrase thousands of times is still checked quickly.
    """
    from coach.scoring import MATCH_THRESHOLD
    from coach.tokens import tokenize

    compiled = pack.rubric.matcher
    order = {cid: n for n, cid in enumerate(compiled.phrases)}
    # Two criteria only compete for an answer when some question is scored on both: a drafted
    # pack of twenty questions may well say "packet" in two questions' criteria.
    asked_in: dict[str, set[int]] = {}
    for qi, question in enumerate(pack.questions):
        for cid in pack.question_criteria(question):
            asked_in.setdefault(cid, set()).add(qi)
    everywhere = set(range(len(pack.questions)))
    # Phrases that tokenise alike (same words, clauses and sentences) match alike, both as the
    # phrase sought and as the text searched: one group, matched once.
    groups: dict[tuple[Any, ...], list[tuple[int, int]]] = {}
    classes = compiled.language.word_classes
    for cid, phrases in compiled.phrases.items():
        for bi, phrase in enumerate(phrases):
            tokens = tokenize(_said(phrase.text, classes)[0])
            key = (tuple(tokens.norms), tuple(tokens.clauses), tuple(tokens.sentences))
            groups.setdefault(key, []).append((order[cid], bi))
    members = list(groups.values())  # each in pack order
    cids = list(compiled.phrases)

    def phrase_of(member: tuple[int, int]) -> Any:
        return compiled.phrases[cids[member[0]]][member[1]]

    reps = [phrase_of(group[0]) for group in members]
    frequency: dict[int, int] = {}
    for rep in reps:
        for tid in set(rep.content):
            frequency[tid] = frequency.get(tid, 0) + 1
    by_rarest: dict[int, list[int]] = {}
    anywhere: list[int] = []
    for gi, rep in enumerate(reps):
        if rep.content:
            by_rarest.setdefault(min(rep.content, key=lambda t: (frequency[t], t)), []).append(gi)
        else:
            anywhere.append(gi)
    covers: list[set[int]] = [set() for _ in members]  # group -> the groups that cover it
    for gi, rep in enumerate(reps):
        # (A phrase with a word class is said with two of the class's words: another phrase
        # covers it only when it matches both, as "i'd be upset too" does not.)
        said = _said(rep.text, classes)
        analyses = [compiled.analyse(text) for text in said]
        # A phrase's small words are optional ("in twenty minutes" matches "waited twenty
        # minutes"): said without them, where it still matches so, another must match too.
        if rep.function_words:
            small = set(rep.function_words)
            bare = " ".join(w for w in tokenize(said[0]).norms if w not in small)
            if bare:
                analysis = compiled.analyse(bare)
                plain = analysis.best([rep])[0]
                if plain is not None and plain.strength >= MATCH_THRESHOLD:
                    analyses.append(analysis)
        present = analyses[0].positions
        candidates = set(anywhere)
        for tid in present:
            candidates.update(by_rarest.get(tid, ()))
        for hi in candidates:
            other = reps[hi]
            if not all(tid in a.positions for a in analyses for tid in other.content):
                continue
            if all((plain := a.best([other])[0]) is not None and plain.strength >= MATCH_THRESHOLD
                   for a in analyses):
                covers[gi].add(hi)
    group_of = {member: gi for gi, group in enumerate(members) for member in group}
    pairs: dict[tuple[int, int], bool] = {}

    def competes(a: int, b: int) -> bool:
        """Is some question scored on both criteria (by their number)?"""
        key = (a, b) if a < b else (b, a)
        if key not in pairs:
            pairs[key] = not asked_in.get(cids[a], everywhere).isdisjoint(
                asked_in.get(cids[b], everywhere))
        return pairs[key]

    found: list[tuple[tuple[int, int], Problem]] = []
    for gi, group in enumerate(members):
        coverers = list(heapq.merge(*(members[hi] for hi in sorted(covers[gi]))))
        by_criterion: dict[int, list[tuple[int, int]]] = {}
        for them in coverers:
            by_criterion.setdefault(them[0], []).append(them)
        for me in group:
            cid, bi = cids[me[0]], me[1]
            text = compiled.phrases[cid][bi].text
            # Across criteria: the first earlier phrase of a competing criterion, if they cover
            # each other (the earlier one is not reported: its own warning names this one).
            for examined, them in enumerate(coverers):
                if them >= me or examined >= _MAX_COVERERS:
                    break
                if them[0] != me[0] and gi in covers[group_of[them]] and competes(me[0], them[0]):
                    other_cid = cids[them[0]]
                    line = at(("criteria", other_cid, "keywords", them[1]), "").line
                    found.append((me, at(("criteria", cid, "keywords", bi),
                                         f"{text!r} is also a keyword of {other_cid!r} "
                                         f"({phrase_of(them).text!r}, line {line}); an answer "
                                         "saying it earns both criteria")))
                    break
            # Within the criterion: the first phrase that makes this one redundant.
            for examined, them in enumerate(by_criterion.get(me[0], ())):
                if examined >= _MAX_COVERERS:
                    break
                other = phrase_of(them).text
                if them == me:
                    continue
                if gi not in covers[group_of[them]]:
                    same = f"{text!r} never matters: any answer that says it also matches {other!r}"
                elif them[1] < bi:
                    same = f"{text!r} matches the same answers as {other!r}; one of them is enough"
                else:
                    continue
                found.append((me, at(("criteria", cid, "keywords", bi), same)))
                break
    return [problem for _me, problem in sorted(found, key=lambda item: item[0])]  # pack order


def _said(text: str, classes: dict[str, frozenset[str]]) -> list[str]:
    """A phrase as a candidate would say it: itself, or with each word class ("{feeling}") filled
    by two different words of the class (the longest and the shortest)."""
    from coach.lang import NUMERAL
    from coach.text import WORD_CLASS_RE, class_name

    if "{" not in text:
        return [text]

    def fill(pick: int) -> str:
        def word(found: re.Match[str]) -> str:
            members = sorted((w for w in classes.get(class_name(found.group(1)), ())
                              if w != NUMERAL), key=lambda w: (len(w), w))
            return members[pick] if members else found.group(1)
        return WORD_CLASS_RE.sub(word, text)

    return [fill(-1), fill(0)]


# A phrase is compared with at most this many phrases that cover it (in pack order): enough
# for any real pack, and a bound for one repeating a phrase thousands of times.
_MAX_COVERERS = 200

