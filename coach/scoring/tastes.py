"""Tastes of the candidate's own, not enjoyment of serving anyone: a keyword of liking said of
something the rubric never speaks of ("passionate about motorbikes", "my biggest passion is
horse riding"; Language.liking_words), and a pursuit inside a phrase's slot ("I find KNITTING
really rewarding"). Pure: no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverbial, genitive_base

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words of a liked thing are read ("HORSE RIDING", "excellent CUSTOMER service").
_THING_WORDS = 3


def liked_elsewhere(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A liking word ending the match, then a preposition (or "is": "my passion is …") and a
    thing whose last word (its head, where the language puts it last) the rubric's keywords, its
    work words and its people do not name: the thing liked, set aside as another sense. A
    gerund is read by its object ("passionate about restoring CARS"); one the rubric names is
    serving ("passionate about helping PEOPLE")."""
    lang = analysis.language
    if not lang.liking_words:
        return None
    if lang.liking_topics:
        return _liked_before(analysis, match)
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    n, last = len(norms), match.last
    if norms[last] in lang.liking_prepositions and last > match.first:
        last -= 1  # (a phrase that holds its preposition: "brinna för")
    if norms[last] not in lang.liking_words:
        return None
    clause = clauses[last]
    opener = tokens.clause_range(last)[0]
    while opener < match.first and norms[opener] in lang.coordinators:
        opener += 1
    if norms[opener] in lang.anaphors:
        return None  # what it points back at is the thing liked: "I help customers every day,
        # THAT's my passion for life" (senses.pointing_back)
    pos = last + 1
    if pos >= n or clauses[pos] != clause or (
            norms[pos] not in lang.liking_prepositions and norms[pos] not in lang.copulas):
        return None
    pos += 1
    rules = analysis.matcher.rules
    while pos < n and clauses[pos] == clause and (
            norms[pos] in rules.determiners or norms[pos] in lang.own_words or adverbial(lang, norms[pos])):
        pos += 1
    if pos >= n or clauses[pos] != clause:
        return None
    start = gerund = pos
    if lang.progressive_endings and norms[pos].endswith(lang.progressive_endings):
        pos += 1  # (read by its object: "helping PEOPLE", "keeping my CAR clean")
        while pos < n and clauses[pos] == clause and (
                norms[pos] in rules.determiners or norms[pos] in lang.own_words):
            pos += 1
        if pos >= n or clauses[pos] != clause or norms[pos] in lang.function_words \
                or norms[pos] in lang.stop_words:
            pos = gerund  # (none: the gerund itself, "passionate about progressing")
    words: list[int] = []
    while pos < n and clauses[pos] == clause and len(words) < _THING_WORDS and \
            norms[pos] not in lang.function_words and norms[pos] not in lang.stop_words:
        words.append(pos)
        pos += 1
    if not words or _told(analysis, norms[words[-1]]):
        return None  # (nothing to read, "passionate about it", or a thing of the job's, known by
        # its head: "excellent customer SERVICE", not "my personal DEVELOPMENT")
    return tokens.span_text(start, words[-1]), match.first, words[-1]


def _liked_before(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """liked_elsewhere where the thing liked comes first: a one-word liking keyword after a
    topic word (Language.liking_topics) past adverbs, whose word before it the rubric does not
    name ("నాకు ట్రావెల్ అంటే చాలా ప్యాషన్", "నా యూట్యూబ్ ఛానల్ అంటే నాకు చాలా ప్యాషన్"; not
    "కస్టమర్ సర్వీస్ అంటే ప్యాషన్"), or fused to the end of what is liked ("నాన్నగారంటే")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    if match.first != match.last or norms[match.first] not in lang.liking_words:
        return None
    pos = match.first - 1
    while pos > 0 and clauses[pos] == clauses[match.first] and (
            adverbial(lang, norms[pos]) or norms[pos] in lang.trait_words
            or norms[pos] in lang.first_person_objects):
        pos -= 1  # (past the one who likes it too: "… అంటే నాకు చాలా ప్యాషన్")
    topic = norms[pos] if pos >= 0 and clauses[pos] == clauses[match.first] else ""
    if topic not in lang.liking_topics:
        # (fused to what is liked: "నాన్నగారంటే చాలా గౌరవం", father-topic much respect)
        fused = next((t for t in lang.liking_topics if topic.endswith(t) and len(topic) > len(t)), None)
        if fused is None or _told(analysis, topic[:-len(fused)]):
            return None
        return topic, pos, match.last
    if pos < 1 or clauses[pos - 1] != clauses[match.first]:
        return None
    head = pos - 1
    if norms[head] in lang.function_words or _told(analysis, norms[head]):
        return None
    return norms[head], head, match.last


def _told(analysis: Analysis, word: str) -> bool:
    """Does the rubric speak of this word: a word of its keywords (by stem), of work, of service
    or its trades, or a person served?"""
    rules = analysis.matcher.rules
    stem = analysis.stem_of.get(word) or analysis.language.stem(word)  # (a word cut from a token)
    return stem in analysis.matcher.criterion_stems or word in rules.scene_work \
        or word in rules.anyone_served or word in analysis.language.service_heads \
        or word in analysis.language.trades


def pursuit_inside(analysis: Analysis, match: PhraseMatch,
                   words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """One of the candidate's pursuits (Language.life_nouns) inside the match where the phrase
    has a slot or a gap, not a word of its own ("I find KNITTING really rewarding" for "find it
    rewarding"): the thing found rewarding is theirs, not serving."""
    nouns = analysis.language.life_nouns
    if not nouns or match.last - match.first < 2:
        return None
    norms = analysis.tokens.norms
    for pos in range(match.first + 1, match.last):
        if norms[pos] in nouns and norms[pos] not in words:
            return norms[pos], match.first, match.last
    return None


# How many words after a match an example may begin, and how many words it may take to name a
# pursuit ("problems, LIKE, I do a CROSSWORD").
_EXAMPLE_REACH = 4
_EXAMPLE_WORDS = 8


def life_example(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword followed in its sentence by an example from the candidate's own life: a word
    that brings an example (Language.example_markers) and, a few words on, a pursuit
    (Language.life_nouns): "I love solving problems, like, I do a crossword every morning",
    "Jag älskar att lösa problem, typ sudoku och korsord"; or, with no such word, the next
    clause, the candidate's, naming a pursuit while the keyword's clause names no one served
    ("I love solving problems, I do the crossword every morning")."""
    lang = analysis.language
    if not lang.life_nouns or lang.life_nouns.isdisjoint(analysis.stem_of):
        return None  # (most answers: no pursuit named)
    norms = analysis.tokens.norms
    high = analysis.tokens.sentence_range(match.first)[1]
    if lang.example_markers and not lang.example_markers.isdisjoint(analysis.stem_of):
        for at in range(match.last + 1, min(high, match.last + 1 + _EXAMPLE_REACH)):
            if norms[at] in lang.example_markers:
                found = _pursuit(analysis, at, min(high, at + 1 + _EXAMPLE_WORDS))
                return None if found is None else (found[0], match.first, found[2])
    return _pursuit_clause_after(analysis, match, high)


def _pursuit(analysis: Analysis, at: int, end: int) -> tuple[str, int, int] | None:
    """The first pursuit (Language.life_nouns) among tokens at+1..end-1, spanned from `at`."""
    norms = analysis.tokens.norms
    for pos in range(at + 1, end):
        if norms[pos] in analysis.language.life_nouns:
            return analysis.tokens.span_text(at, pos), at, pos
    return None


def _pursuit_clause_after(analysis: Analysis, match: PhraseMatch, high: int) -> tuple[str, int, int] | None:
    """The clause right after the match's, in its sentence, opened by the candidate and naming
    a pursuit within _EXAMPLE_WORDS words, or opened by a pursuit, when the match's clause names
    no one served."""
    tokens = analysis.tokens
    rules = analysis.matcher.rules
    low, end = tokens.clause_range(match.first)
    opener = end
    while opener < high and tokens.norms[opener] in rules.openers:
        opener += 1
    if opener >= high or (tokens.norms[opener] not in rules.own
                          and tokens.norms[opener] not in analysis.language.life_nouns):
        return None  # (most matches: no clause of the candidate's after theirs, nor a list of
        # pursuits: "I'm brilliant at problem solving, SUDOKU, cryptic crosswords…")
    clause_end = tokens.clause_range(opener)[1]
    if tokens.norms[opener] in analysis.language.life_nouns:
        opener -= 1  # (the pursuit opens the clause: the search starts at it)
    found = _pursuit(analysis, opener, min(clause_end, opener + 1 + _EXAMPLE_WORDS))
    if found is None or any(_served(analysis, w) for w in tokens.norms[low:end]):
        return None  # ("I solved THE CUSTOMER'S problem, I play football on Sundays")
    return found[0], match.first, found[2]


def _served(analysis: Analysis, word: str) -> bool:
    """Is the word someone served, or their possessive ("customer's", "kundens";
    Language.genitive_endings)?"""
    people, lang = analysis.matcher.rules.anyone_served, analysis.language
    base = genitive_base(lang, word)
    return word in people or word in lang.served_subjects or (base is not None and _served(analysis, base))
