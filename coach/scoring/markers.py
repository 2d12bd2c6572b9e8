"""Where an answer uses a discourse marker ("to be honest", "frankly", "I'll say right away"):
fixed idioms wherever they stand, others as a clause of their own or at a sentence's start
(coach.scoring.aside sets aside a keyword inside one; the fillers report counts them); and
figures of speech made a saying or taken at their word. The language's markers come compiled
in LanguageRules (coach.scoring.judge). Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .asked import echo_shaped
from .cues import negated_between
from .forms import adverb, adverbial
from .judge import near
from .quotes import quoted

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many words may open a clause before a keyword that a saying then follows ("BUT GOOD
# manners go both ways").
_SAYING_LEAD = 2


def idiom_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    """Where the answer uses a discourse marker: (first token, last token, idiom), in order.

    A fixed idiom counts wherever it stands; another only as a clause of its own or at the
    start of a sentence ("Honestly, …", "…, to be honest."), not inside one ("I try to be
    honest with them"); a clause idiom (Language.clause_idioms) only as a clause of its own.
    Longer idioms win over the shorter ones they contain.
    """
    tokens = analysis.tokens
    norms, clauses, sentences = tokens.norms, tokens.clauses, tokens.sentences
    rules = analysis.matcher.rules
    n = len(norms)
    index = rules.idiom_index
    # Idioms are found by their longest word ("honest", "fairness"), which is rare in answers,
    # not by a first word such as "to" or "i".
    candidates: list[tuple[int, int, str, tuple[str, ...], bool]] = []
    for pos in analysis.idiom_keys:
        entries = near(index[norms[pos]], norms[pos - 1] if pos > 0 else None,
                        norms[pos + 1] if pos + 1 < n else None)
        for (size, text, words, fixed), offset in entries:
            i = pos - offset
            if i >= 0 and i + size <= n and tuple(norms[i : i + size]) == words:
                candidates.append((-size, i, text, words, fixed))
    if not candidates:
        return []
    candidates.sort()
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    openers = rules.openers
    for neg_size, i, text, _words, fixed in candidates:
        last = i - neg_size - 1
        if taken.intersection(range(i, last + 1)):
            continue
        if clauses[last] != clauses[i] and not fixed:
            continue  # a fixed idiom may hold a comma: "surprise, surprise"
        # A leading conjunction does not make a marker part of the sentence: "But to be
        # honest, …", "and honestly, …".
        start = i
        while start > 0 and clauses[start - 1] == clauses[i] and norms[start - 1] in openers:
            start -= 1
        opens_clause = start == 0 or clauses[start - 1] != clauses[i]
        closes_clause = last + 1 == n or clauses[last + 1] != clauses[last]
        opens_sentence = start == 0 or sentences[start - 1] != sentences[i]
        # After a conjunction and before a new subject, it opens a statement of its own: "…
        # and honestly he was so calm" (but "I told them honestly I wasn't sure" is a claim).
        opens_statement = start < i and last + 1 < n and clauses[last + 1] == clauses[last] \
            and (norms[last + 1] in rules.subjects or norms[last + 1] in rules.determiners)
        # (or a thing's: "so honestly THAT bit looks after itself")
        if fixed or (opens_clause and closes_clause) or \
                ((opens_sentence or opens_statement or _stance_aside(analysis, i, last, closes_clause))
                 and text not in rules.clause_idioms):
            found.append((i, last, text))
            taken.update(range(i, last + 1))
    found.sort()
    return found


def _stance_aside(analysis: Analysis, first: int, last: int, closes_clause: bool) -> bool:
    """Does a marker stand aside in mid-statement: right after a form of "be" ("it was
    honestly the best night"), before a verb of thinking, liking or feeling or a negated verb
    ("I honestly think…"), or closing a clause that says what something is, with no verb
    of saying ("I'm really flexible honestly, …"; "I told them honestly" is a claim)?"""
    lang = analysis.language
    tokens = analysis.tokens
    norms = tokens.norms
    if first != last or not adverb(lang, norms[first]):
        return False  # (an adverb only: "I was honest with him" is a claim)
    low = tokens.clause_range(first)[0]
    if first > low and (norms[first - 1] in lang.copulas or norms[first - 1] in lang.fused_copulas):
        return True
    if first + 1 < len(norms) and tokens.clauses[first + 1] == tokens.clauses[first]:
        after = norms[first + 1]
        mental = analysis.matcher.rules.mental
        if after in lang.opinion_verbs or analysis.stem_of.get(after, after) in mental \
                or after in lang.receiving_verbs or (
                    lang.negation_endings and after.endswith(lang.negation_endings)):
            return True  # before a verb of thinking or feeling, or a negated verb: "I honestly
            # THINK…", "I honestly FELT…", "I honestly DIDN'T know" (not "I told her honestly NO,
            # it takes a week", nor "I honestly told them": claims)
    return closes_clause and lang.speech_verbs.isdisjoint(norms[low:first]) and \
        any(norms[k] in lang.copulas for k in range(low, first))


@lru_cache(maxsize=8)
def _remark_heads(remarks: tuple[str, ...]) -> frozenset[str]:
    """The last word of each remark on the question (Language.question_remarks), found once."""
    return frozenset(remark.split()[-1] for remark in remarks)


def echoed_question(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The interviewer's question said back: a remark on it (Language.question_remarks: "that's
    a good question", "det var en bra fråga") in the clause right after the match's or opening
    the next sentence ("How do I show empathy? Hmm, that's a good question…", "Hur jag visar
    respekt mot kunderna... ja, det är en bra fråga")."""
    remarks = analysis.language.question_remarks
    if not remarks or analysis.stem_of.keys().isdisjoint(_remark_heads(remarks)):
        return None  # (most answers: no remark on the question)
    tokens = analysis.tokens
    end = tokens.clause_range(match.last)[1]
    high = tokens.sentence_range(end)[1] if end < len(tokens.norms) else end
    text = " ".join(tokens.norms[end:high])
    for remark in remarks:
        at = text.find(remark)
        if at >= 0 and tokens.clauses[end + text[:at].count(" ")] <= tokens.clauses[end] + 2:
            return remark, match.first, match.last
    return None




def opening_question(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The question the answer opens with, said back ("A time I went above and beyond? I did
    loads of overtime…", "Would I go the extra mile? If there was a bonus in it, sure"): a short
    first sentence of one clause that ends with a question mark, not answered yes
    (Language.answer_affirmatives). The keyword in it is the question's, not a claim, whether
    the answer goes on or not (a sentence more never takes a criterion away)."""
    tokens = analysis.tokens
    if not echo_shaped(analysis, match.first):
        return None
    low, end = tokens.sentence_range(match.first)
    if not tokens.asks(end) or \
            not analysis.language.answer_affirmatives.isdisjoint(tokens.norms[end:end + 1]) or \
            not analysis.language.reason_questions.isdisjoint(tokens.norms[low:end]) or \
            quoted(analysis, end - 1) or \
            negated_between(analysis, low, end):
        return None  # (answered yes, the question claims it: "Follow up? ALWAYS, …"; a negated
        # question is rhetorical, "Why would I not follow up? It's the whole job."; a reason asked
        # for presupposes the habit, "Why do I follow up? It shows I care."; a question quoted is
        # words said to someone, "…, 'ఎప్పటిలాగేనా?' అని అడుగుతా")
    return tokens.span_text(low, end - 1), match.first, match.last


def asks_interviewer(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A question that opens by asking leave (Language.leave_questions) and names the one
    asked (addressees): "Can I follow up with you by email after this?", "Ska jag följa upp med
    er efteråt?" The candidate asks the interviewer; the keyword in it claims nothing."""
    lang = analysis.language
    if not lang.leave_questions or "?" not in analysis.tokens.text:
        return None
    tokens = analysis.tokens
    low, end = tokens.sentence_range(match.first)
    if not tokens.asks(end) or lang.addressees.isdisjoint(tokens.norms[low:end]):
        return None  # (no question, or one that names no one asked: "Should I follow up? Yes…")
    opening = " ".join(tokens.norms[low : low + 3])
    leave = next((q for q in lang.leave_questions if (opening + " ").startswith(q + " ")), None)
    return None if leave is None else (tokens.span_text(low, end - 1), match.first, match.last)


def conditional_saying(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword as the subject of a saying that makes it conditional (Language.conditional_sayings,
    right after it or one word on: "Courtesy works both ways", "Respect has to be earned"):
    a saying, not a claim of the virtue. Only where the keyword opens its clause: "I treat
    everyone with respect because it goes both ways" claims it."""
    sayings = analysis.matcher.rules.sayings
    if not sayings:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    starts = analysis.matcher.rules.saying_starts
    if not any(k < len(norms) and norms[k] in starts for k in (match.last + 1, match.last + 2)):
        return None  # (most matches: no saying's first word after them)
    low, end = tokens.clause_range(match.first)
    lang = analysis.language
    # (adverbs do not count: "and HONESTLY my empathy ran out")
    if sum(1 for k in range(low, match.first) if not adverbial(lang, norms[k])) > _SAYING_LEAD:
        return None
    for words in sayings:
        for start in (match.last + 1, match.last + 2):
            stop = start + len(words)
            if stop <= end and tuple(norms[start:stop]) == words:
                return tokens.span_text(match.first, stop - 1), match.first, stop - 1
    return None


def said_literally(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A figure of speech taken at its word: "Last summer I literally went the extra mile, I
    ran an ultramarathon", "gick jag den extra milen, bokstavligen" (Language.literal_markers
    within a few words of the match, and no one served in its clause or the marker's: "I went
    the extra mile, literally, on a charity walk, and I surprised my mum on her birthday" is
    not for "her")."""
    lang = analysis.language
    markers = lang.literal_markers
    if not markers:
        return None
    tokens = analysis.tokens
    norms, sentences = tokens.norms, tokens.sentences
    if markers.isdisjoint(norms[max(0, match.first - 4) : match.last + 5]):
        return None  # (most matches: no marker near them, in any sentence)
    sentence = sentences[match.first]
    near = [k for k in range(max(0, match.first - 4), min(len(norms), match.last + 5))
            if sentences[k] == sentence and norms[k] in markers]
    if not near:
        return None
    served = analysis.matcher.rules.anyone_served
    clauses = tokens.clauses
    reach = {clauses[match.first], clauses[match.last], clauses[near[0]]}
    # (a person, not the idiom's own "customers' shoes", a subject, "… since THEY moved the bus
    # stop", or a quantifier, "ALL day")
    subjects, lang_stop, persons = analysis.matcher.rules.subjects, lang.stop_words, lang.third_person
    if any(norms[k].removesuffix("'s") in served and norms[k] not in subjects and
           (norms[k] not in lang_stop or norms[k] in persons)
           for k in range(*tokens.sentence_range(match.first))
           if clauses[k] in reach and not match.first <= k <= match.last):
        return None  # "I literally went the extra mile for her": emphasis
    return norms[near[0]], min(near[0], match.first), max(near[0], match.last)


@lru_cache(maxsize=8)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first word of each phrase."""
    return frozenset(phrase.partition(" ")[0] for phrase in phrases)


def put_aside(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword opening its clause and put aside by the words that close it
    (Language.topic_closers: "Empathy ASIDE, what does the salary look like?", "Empati I ALL ÄRA,
    men…"): a turn of the talk to something else, not a claim of the keyword."""
    closers = analysis.language.topic_closers
    if not closers:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    after = match.last + 1
    if after >= len(norms) or norms[after] not in _first_words(closers):
        return None  # (most matches: no closer right after them)
    low, high = tokens.clause_range(match.first)
    if match.first != low:
        return None
    for closer in closers:
        end = after + closer.count(" ") + 1
        if end == high < len(norms) and " ".join(norms[after:end]) == closer:
            return closer, match.first, end - 1
    return None


def asks_about_job(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A question of the candidate's own, not in quotation marks, that asks about the job on
    offer (Language.job_questions, words that name it anywhere in the question: "Would there
    be complimentary parking for STAFF?", "Is the team HERE friendly?", "…ఇస్తారా సార్?"): the
    keyword in it claims nothing. A question put to someone served is quoted ("'Would you like
    me to follow up?' I asked")."""
    words = analysis.language.job_questions
    tokens = analysis.tokens
    if not words or "?" not in tokens.text:
        return None
    low, end = tokens.sentence_range(match.first)
    if not tokens.asks(end) or quoted(analysis, match.first) or quoted(analysis, end - 1):
        return None  # (nor one that ends in a quoted question: "… and ask 'is the boiler OK?'")
    said = f" {' '.join(tokens.norms[low:end])} "
    if not any(f" {word} " in said for word in words):
        return None
    return tokens.span_text(low, end - 1), match.first, match.last


def to_interviewer(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """A keyword in what the candidate says to the interviewer about the talk or the job, not
    the service: a question asking leave, a question about the job, a topic put aside."""
    return asks_interviewer(analysis, match) or asks_about_job(analysis, match) or put_aside(analysis, match)
