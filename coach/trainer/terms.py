"""Term picking: a model answer's key terms (content words, numbers it computes) and, per term,
the forms worth listing as keyword phrases (its inflections, spellings, expansions, and the
language's everyday synonyms and opposites)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from coach.lang import Language
from coach.tokens import tokenize

from .reading import DraftItem, slug
from .scorer import negation_cues
from .settings import DraftSettings


@dataclass(slots=True)
class KeyTerm:
    """One key term of a model answer (by stem), as the answer uses it."""

    stem: str
    forms: list[str] = field(default_factory=list)
    count: int = 0
    first: int = 0
    score: float = 0.0
    negated: list[str] = field(default_factory=list)  # "no ack": how a negated use reads
    plain: int = 0  # uses not under a negation cue
    keywords: list[str] = field(default_factory=list)  # set for numbers: their written forms


def key_terms(item: DraftItem, lang: Language, stop: frozenset[str],
           settings: DraftSettings) -> tuple[dict[str, KeyTerm], Counter[tuple[str, ...]]]:
    """The model answer's key terms by stem, and its recurring adjacent key-term pairs."""
    question_words = set(tokenize(item.question).norms) if settings.skip_question_words else set()
    question_stems = {lang.stem(w) for w in question_words}
    tokens = tokenize(item.model_answer)
    negated = negation_cues(item.model_answer, lang.code)
    terms: dict[str, KeyTerm] = {}
    keys: list[str | None] = []
    for i, word in enumerate(tokens.norms):
        key = None
        if _is_key(word, stop, settings):
            stem = lang.stem(word)
            cue = negated(i)
            in_question = stem in question_stems or word in question_words
            # A question word says nothing new, unless the answer denies it ("not independent").
            if not in_question or cue is not None:
                key = stem
                term = terms.setdefault(stem, KeyTerm(stem, first=i))
                term.count += 1
                if word not in term.forms:
                    term.forms.append(word)
                if cue is None:
                    term.plain += 1
                else:
                    lo, hi = min(cue, i), max(cue, i)
                    phrase = " ".join(tokens.norms[lo : hi + 1])
                    if phrase not in term.negated:
                        term.negated.append(phrase)
                if in_question:
                    term.plain = 0
        keys.append(key)
    if settings.max_numbers:
        for number in _numbers(item, settings.max_numbers):
            terms.setdefault(number.stem, number)
    phrases: Counter[tuple[str, ...]] = Counter()
    norms = tokens.norms
    for i in range(len(norms) - 1):
        if tokens.clauses[i] != tokens.clauses[i + 1]:
            continue
        a, b = norms[i], norms[i + 1]
        if keys[i] is None and keys[i + 1] is None:
            continue
        if _is_key(a, stop, settings) and _is_key(b, stop, settings):
            phrases[(a, b)] += 1
    return terms, phrases


_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,])(\d+)(?:[.,](\d+))?(?![\w]|[.,]\d)")


def _numbers(item: DraftItem, limit: int) -> list[KeyTerm]:
    """The model answer's key numbers (results such as 0.0508 or 56.95, not ones the question
    gives), each with the forms a candidate writes: rounded to fewer digits, with a decimal
    point or comma (tokens split at both, so only the telling part of a number is listed)."""
    given = {m.group(0).replace(",", ".") for m in _NUMBER_IN_TEXT.finditer(item.question)}
    given |= {m.group(1) for m in _NUMBER_IN_TEXT.finditer(item.question)}
    found: dict[str, KeyTerm] = {}
    results: set[str] = set()
    for match in _NUMBER_IN_TEXT.finditer(item.model_answer):
        whole, fraction = match.group(1), match.group(2) or ""
        value = f"{whole}.{fraction}" if fraction else whole
        if value in given or (not fraction and (len(whole) < 2 or whole in given)):
            continue
        forms: list[str] = []
        if fraction and int(whole) == 0:
            # 0.013824 -> "013824", "01382", "0138", "014": the digits after the point.
            digits = fraction.rstrip("0")
            zeros = len(digits) - len(digits.lstrip("0"))
            for keep in range(len(digits) - zeros, 1, -1):
                rounded = f"{round(float(value), zeros + keep):.{zeros + keep}f}".split(".")[1]
                if rounded not in forms and rounded.strip("0"):
                    forms.append(rounded)
        elif fraction:
            if len(whole) < 2:
                continue
            # 56.9512 -> "56" or "57" (a point splits the number into two words).
            forms = list(dict.fromkeys([whole, str(round(float(value)))]))
        else:
            forms = [whole]
        if not forms:
            continue
        position = len(tokenize(item.model_answer[: match.start()]))
        term = found.setdefault(f"#{value}", KeyTerm(f"#{value}", forms=[value], first=position))
        term.count += 1
        term.plain += 1
        term.keywords = forms
        before = item.model_answer[: match.start()].rstrip()
        after = item.model_answer[match.end():].lstrip()
        if before.endswith("=") and after[:1] not in ("*", "^", "+", "/", "-", "·", "×"):
            results.add(term.stem)  # "= 0.0508": the end of a calculation
    # Results of calculations first, then numbers the answer repeats, then later ones.
    ranked = sorted(found.values(), key=lambda t: (t.stem not in results, -t.count, -t.first))
    return ranked[:limit]


def _is_key(word: str, stop: frozenset[str], settings: DraftSettings) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    # "300m", "5ms": a number with its unit is as telling as a word.
    unit = 0 < letters <= 3 and word[0].isdigit() and word[-1].isalpha()
    return word not in stop and (letters >= settings.min_word or unit) and not word.isdigit()


def criterion_id(qid: str, term: KeyTerm, existing: dict[str, Any]) -> str:
    base = slug(term.forms[0]) or f"term{len(existing) + 1}"
    cid = f"{qid}-{base}"[:64].strip("-")
    n = 2
    while cid in existing:
        cid = f"{qid}-{base}"[:60].strip("-") + f"-{n}"
        n += 1
    return cid


def keywords(term: KeyTerm, phrases: Counter[tuple[str, ...]], answer: str, lang: Language,
              alternatives: bool = False, avoid: set[str] | None = None) -> list[str]:
    """The forms worth listing for a term: its own forms, spelling variants, an expansion."""
    out: list[str] = []

    def add(phrase: str) -> None:
        phrase = " ".join(phrase.split())
        if phrase and phrase.lower() not in (p.lower() for p in out):
            out.append(phrase)

    avoid = avoid or set()
    if term.plain == 0 and term.negated:
        # The model answer only ever says it negated ("no ACK"): that negation is the point.
        for phrase in term.negated:
            add(phrase)
        if alternatives:
            for a, b in lang.opposites:
                for this, other in ((a, b), (b, a)):
                    if lang.stem(this) == term.stem and lang.stem(other) not in avoid:
                        add(other)  # "not independent" ~ "dependent"
        return out
    for form in term.forms:
        add(form)
        if "-" in form:
            add(form.replace("-", " "))
            add(form.replace("-", ""))
    for (a, b), count in phrases.items():
        if count >= 2 and (lang.stem(a) == term.stem or lang.stem(b) == term.stem):
            add(f"{a} {b}")
    for expansion in _expansions(term.forms, answer):
        add(expansion)
    if alternatives:
        for alternative in _alternatives(term.forms, lang, avoid):
            add(alternative)
    return out


# Everyday words a candidate may use instead of a model answer's word (English): each group's
# members stand for one another. General wording only: the trainer adds the domain's own.
def _alternatives(forms: list[str], lang: Language, avoid: set[str]) -> list[str]:
    """Everyday synonyms and "not X" opposites of a term's forms (the language's `synonyms`,
    `opposites` and `negated_form`), leaving out words the question says: they would earn
    the criterion for repeating the question."""
    stems = {lang.stem(f) for f in forms}
    out: list[str] = []
    for group in lang.synonyms:
        if stems & {lang.stem(w) for w in group}:
            out += [w for w in group if lang.stem(w) not in stems]
    if lang.negated_form:
        for a, b in lang.opposites:
            for this, other in ((a, b), (b, a)):
                if lang.stem(this) in stems:
                    out.append(lang.negated_form.format(other))
    return [w for w in out if not set(w.split()) & avoid and lang.stem(w) not in avoid]


_ABBREVIATION = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,5})\(\s*([^\W\d_][\w-]{1,9})\s*\)")


def _expansions(forms: list[str], answer: str) -> list[str]:
    """'Round Trip Time (RTT)': RTT <-> round trip time, both ways."""
    found: list[str] = []
    for match in _ABBREVIATION.finditer(answer):
        words = match.group(1).split()
        short = match.group(2)
        initials = "".join(w[0] for w in words).lower()
        size = len(short)
        long_words = words[-size:] if initials.endswith(short.lower()) else None
        if not long_words:
            continue
        long = " ".join(long_words).lower()
        if short.lower() in forms:
            found.append(long)
        elif any(w.lower() in forms for w in long_words):
            found.append(short.lower())
    return found


