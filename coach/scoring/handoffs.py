"""Work handed off or left to someone else (coach.scoring.aside asks here, for criteria marked
`ownership`): a hand-off and someone at work as the subject ("passed it to our team leader, who
fixed it"), a delegating verb or a modal after someone else ("let housekeeping sort it out",
"the office would follow up"), or the person served sent off to do it ("advise them to call the
airline"); for every criterion on an interview rubric, the keyword said to be someone else's job
("… is the duty manager's job") or left to someone ("I leave the follow-up calls to the care
team"). Language data (coach.lang) drives every rule. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .forms import adverb, adverbial, genitive_base, infinitive_marker, passive_match, verb_form
from .voice import told_in_first_person

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch


def handed_off(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """A hand-off earlier in the match's sentence, and someone at work as the match's subject:
    "I passed it to our team leader, who fixed it" (English: there the manager who fixes it is
    otherwise the candidate's team, see Language.handoffs)."""
    work_others = analysis.language.work_others
    if not work_others:
        return None
    tokens = analysis.tokens
    sentence = tokens.sentences[first]
    hit = next((h for h in analysis.contexts_in_sentences("@handoff", sentence, sentence)
                if h[2] < first), None)
    if hit is None:
        return None
    norms, clauses = tokens.norms, tokens.clauses
    lang = analysis.language
    own = analysis.matcher.rules.own
    # Sent on to do it: "I'd point them to the website to get a refund" (the infinitive's
    # subject is whoever was sent, not the candidate).
    marker = infinitive_marker(lang)
    between = norms[hit[2] + 1 : first]
    if marker is not None and clauses[hit[2]] == clauses[first] and marker in between and \
            not any(word in own for word in between):
        return hit
    # Done by no one named, after the hand-off: "I'd pass it to my supervisor so the problem
    # gets solved" (whoever it was passed to solves it; `last`: the match's last token, as a
    # match may open with its object, "problem … solved").
    if not any(word in own for word in between) and any(
            passive_match(analysis, pos) for pos in range(first, last + 1)):
        return hit
    # The subject stands just before the verb, with at most a word or two between ("who then
    # fixed it", "the team quickly solved it"), or before the verb whose object the match is
    # ("billing sorts out refunds"). A coordinator that is a function word ("… and followed
    # up") shares the candidate's subject; "then" may follow a subject ("she then").
    verb = False
    for pos in range(first - 1, max(-1, first - 5), -1):
        word = norms[pos]
        if clauses[pos] != clauses[first] or word in own:
            return None
        if word in work_others:
            return hit
        if word in lang.coordinators:
            if word in lang.function_words:
                return None
        elif word not in lang.function_words and not adverb(lang, word):
            if verb:
                return None
            verb = True  # one verb may stand between: the match is its object
    return None


def delegated(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The work left to someone else, as the subject of an ownership match: after a letting
    verb ("let housekeeping sort it out", "let him deal with it"; Language.delegators), or
    someone at work or he/she/they with a would/will right before it ("the events team would
    follow up", "they'd follow up", "accounts will resolve it"). "My manager fixed it" and "I
    got the technician to prioritise it" stay the candidate's team at work."""
    lang = analysis.language
    if not lang.delegators:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    clause = clauses[first]
    rules = analysis.matcher.rules
    own, others = rules.own, rules.delegates
    pos = first - 1
    while pos >= 0 and clauses[pos] == clause and first - pos <= 3 and \
            adverbial(lang, norms[pos]):
        pos -= 1  # "they would then follow up", "would probably sort it"
    if pos < 0 or clauses[pos] != clause:
        return None
    if norms[pos] in lang.coordinators:
        # "my supervisor would resolve it and call them back": the verbs share the subject
        for back in range(pos - 1, max(-1, pos - 9), -1):
            if clauses[back] != clause or norms[back] in own:
                break
            hit = _other_with_modal(analysis, back, others)
            if hit is not None:
                return hit
        return _sent_off(analysis, first)  # "advise them to call the airline and follow up"
    hit = _other_with_modal(analysis, pos, others) or _modal_further_back(analysis, pos, first) \
        or _sent_off(analysis, first)
    if hit is not None:
        return hit
    if lang.infinitive_subject and norms[pos] == lang.infinitive_subject[1] and pos > 0 and \
            (norms[pos - 1] in others or norms[pos - 1] in rules.third_parties):
        # "a note for the morning shift to sort it out": someone else is the subject of "to"
        # (but "I stayed for an hour to fix it")
        for back in range(pos - 2, max(-1, pos - 6), -1):
            if clauses[back] != clause or norms[back] in own:
                break
            if norms[back] == lang.infinitive_subject[0]:
                return " ".join(norms[back:first]), back, pos
    for back in range(pos, max(-1, first - 5), -1):  # "let housekeeping", "let the network team"
        if clauses[back] != clause or norms[back] in own:
            return None
        if norms[back] in lang.delegators:
            return (" ".join(norms[back:first]), back, first - 1) if back < first - 1 else None
        if norms[back] in lang.leaving_verbs and back < first - 2 and \
                norms[first - 1] == infinitive_marker(lang):
            return " ".join(norms[back:first]), back, first - 1  # "leave them to sort it out"
    return None


def _modal_further_back(analysis: Analysis, pos: int, first: int) -> tuple[str, int, int] | None:
    """Someone else's would/will a few words before an ownership match, with a verb of doing
    between ("they'd work out a solution", "they'll make sure it's resolved") or a coordinated
    second modal ("the manager will be in at nine and can sort it out"); not a state ("they'd
    be happy with the solution": a small word right after the modal)."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    clause = clauses[first]
    for back in range(pos, max(-1, first - 8), -1):
        if clauses[back] != clause or norms[back] in rules.own:
            return None
        hit = _other_with_modal(analysis, back, rules.delegates)
        if hit is not None:
            after = hit[2] + 1
            coordinated = any(norms[k] in lang.coordinators for k in range(after, first))
            if after < first and norms[after] in lang.function_words and not coordinated:
                return None
            return hit
    return None


def _sent_off(analysis: Analysis, first: int) -> tuple[str, int, int] | None:
    """The person served sent off to do it: "advise them to contact the airline and follow up",
    "suggest they speak to the duty manager to resolve it" (Language.directives)."""
    lang = analysis.language
    if not lang.directives:
        return None
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    rules = analysis.matcher.rules
    served, pronouns = rules.served, rules.served_pronouns  # pronouns: "suggest they speak to…"
    clause = clauses[first]
    to = infinitive_marker(lang)
    for back in range(first - 1, max(-1, first - 15), -1):
        if clauses[back] != clause or norms[back] in rules.own:
            return None
        if norms[back] in lang.directives:
            nxt = back + 1
            while nxt < first and norms[nxt] in rules.determiners and norms[nxt] not in served:
                nxt += 1
            if nxt + 1 < first and ((norms[nxt] in served and norms[nxt + 1] == to)
                                    or norms[nxt] in pronouns):
                return " ".join(norms[back : nxt + 1]), back, nxt
            return None
    return None


def _other_with_modal(analysis: Analysis, pos: int,
                      others: frozenset[str]) -> tuple[str, int, int] | None:
    """A would/will at pos with someone else just before it ("they would"), or one word that
    holds both ("they'd", "he'll")."""
    lang = analysis.language
    norms, clauses = analysis.tokens.norms, analysis.tokens.clauses
    word = norms[pos]
    if word in lang.delegated_modals and pos > 0 and clauses[pos - 1] == clauses[pos] and \
            norms[pos - 1] in others:
        return f"{norms[pos - 1]} {word}", pos - 1, pos
    base, mark, rest = word.partition("'")
    if mark and "'" + rest in lang.delegated_modals and base in others:
        return word, pos, pos
    return None


def left_to(analysis: Analysis, first: int) -> list[tuple[str, int, int]]:
    """Letting someone at work do it, in the sentence of the token at `first`: a delegating verb, then one of
    Language.work_others named by a noun after any determiners, then their verb ("I'd rather LET
    THE TEAM LEADER tell them", "let housekeeping sort it"): a hand-off wherever the problem is
    named in the sentence ("With a refund, I'd let the team leader…"). Not "let my manager know"
    (Language.informing_verbs)."""
    lang = analysis.language
    if not lang.delegators or analysis.stem_of.keys().isdisjoint(lang.delegators):
        return []  # (most answers let no one do anything)
    tokens = analysis.tokens
    norms, sentences = tokens.norms, tokens.sentences
    determiners = analysis.matcher.rules.determiners
    hits = []
    low, high = tokens.sentence_range(first)
    for pos in range(low, high):
        if norms[pos] not in lang.delegators:
            continue
        at = pos + 1
        while at < len(norms) and norms[at] in determiners and at - pos <= 2:
            at += 1
        while at + 1 < len(norms) and norms[at] not in lang.work_others and at - pos <= 3 and \
                norms[at] not in lang.function_words:
            at += 1  # ("the TEAM leader", "the NIGHT manager")
        if at + 1 < len(norms) and norms[at] in lang.work_others and norms[at] not in lang.third_person \
                and norms[at] not in lang.function_words and norms[at + 1] not in lang.informing_verbs \
                and sentences[at + 1] == sentences[pos]:
            hits.append((" ".join(norms[pos : at + 1]), pos, at))
    return hits


# How far after a verb of going its "to" may stand ("goes STRAIGHT to", "gets passed ON to"), and
# how far after "to" the one at work ("to THE DUTY manager").
_TO_REACH, _WHOM_REACH = 2, 3


def passed_on(analysis: Analysis, first: int) -> list[tuple[str, int, int]]:
    """The problem going to someone at work, in the sentence of the token at `first`: one of
    Language.passing_verbs with no one of the candidate's before it in its clause, then "to" and
    one of Language.work_others ("Anything awkward, a complaint or a refund, goes
    straight to whoever's supervising", "billing disputes go to accounts"). Not "I went to the
    stockroom", nor "the rest to go to his site"."""
    lang = analysis.language
    if not lang.passing_verbs or analysis.stem_of.keys().isdisjoint(lang.passing_verbs):
        return []
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    own, theirs = analysis.matcher.rules.own, analysis.matcher.rules.theirs
    hits = []
    low, high = tokens.sentence_range(first)
    for pos in range(low, high):
        if norms[pos] not in lang.passing_verbs:
            continue
        start = tokens.clause_range(pos)[0]
        if any(word in own for word in norms[start:pos]):
            continue  # the candidate goes or sends: "I went to the manager to get it signed off"
        to = next((k for k in range(pos + 1, min(high, pos + 2 + _TO_REACH))
                   if norms[k] == lang.passing_to and clauses[k] == clauses[pos]), None)
        if to is None:
            continue
        for at in range(to + 1, min(high, to + 1 + _WHOM_REACH)):
            word = norms[at].removesuffix("'s")
            if clauses[at] != clauses[pos] or word in own or word in theirs:
                break  # (the one served's own: "the rest to go to HIS site")
            if word in lang.work_others and word not in lang.third_person \
                    and word not in lang.function_words:
                hits.append((" ".join(norms[pos : at + 1]), pos, at))
                break
    return hits


# How near a hand-off a match of pace stands: before its verb ("immediately TRANSFER them to",
# a word or two between: "straight away I'd pass it to"), or after its object ("pass it to
# billing straight away", "transfer them to my team leader straight away").
_BESIDE = 3
_AFTER = 4


def hurried(analysis: Analysis, first: int, last: int) -> tuple[str, int, int] | None:
    """A hand-off right beside a match with no verb of its own, in its clause
    ("I'd immediately transfer them to my team leader", "pass it to billing straight away"):
    the speed is the hand-off's, not the service's."""
    lang = analysis.language
    norms = analysis.tokens.norms
    if any(verb_form(lang, norms[k]) for k in range(first, last + 1)) or \
            (first > 0 and norms[first - 1] == infinitive_marker(lang)):
        return None  # a deed of its own ("resolved within the hour"), or the one passed to's
        # ("pass it to the manager TO fix it": handed_off's, for criteria marked ownership)
    hit = analysis.context_in_clause("@handoff", analysis.tokens.clauses[first])
    if hit is None:
        return None
    if 0 < hit[1] - last <= _BESIDE:
        between = norms[last + 1 : hit[1]]
    elif 0 < first - hit[2] <= _AFTER:
        between = norms[hit[2] + 1 : first]
    else:
        return None
    # (not "sorted it within the hour AND passed it on")
    return hit if lang.coordinators.isdisjoint(between) else None


# How far after a match a duty noun may give it to someone else ("Following up with guests after
# they've checked out is the night MANAGER'S JOB"), and how many words before the noun may name
# them where verbs come last ("బ్రాంచ్ మేనేజర్ చేయాల్సిన పని", the work the branch manager must do).
_DUTY_REACH = 14
_DUTY_OWNER = 2


def someone_elses_job(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The match said to be someone else's job, after it in its sentence: a duty noun
    (Language.duty_nouns) right after someone at work in the possessive ("the care TEAM'S job",
    "CHEFENS ansvar", "THEIR job") or, where verbs come last, after someone else within two
    words and before a quotative ("మా సూపర్‌వైజర్ పని అని"). Not the candidate's ("my job", "నా
    పని"), nor where the candidate stands in the sentence before the duty noun ("I did the
    follow-up, which was the manager's job"). Interview rubrics only: a knowledge answer gives
    each layer its job."""
    lang = analysis.language
    if not lang.duty_nouns or analysis.stem_of.keys().isdisjoint(lang.duty_nouns) or \
            not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    rules = analysis.matcher.rules
    low, end = tokens.sentence_range(match.first)
    others = rules.others
    for pos in range(match.last + 1, min(end, match.last + 1 + _DUTY_REACH)):
        if norms[pos] in rules.own:
            return None
        if norms[pos] not in lang.duty_nouns or pos == low:
            continue
        if any(norms[k] in rules.own for k in range(low, match.first)):
            return None
        if lang.head_final:
            # (the duty as what is said, before a quotative: "…సూపర్‌వైజర్ పని అని నేను అనుకుంటాను";
            # not "వాళ్ళ పని పూర్తి చేస్తాను", I finish their business)
            said = pos + 1 < end and norms[pos + 1] in lang.quotatives
            owners = range(max(low, pos - _DUTY_OWNER), pos)
            if said and any(norms[k] in others for k in owners) and norms[pos - 1] not in lang.scene_self:
                return tokens.span_text(owners[0], pos), owners[0], pos
            continue
        before = norms[pos - 1]
        owner = genitive_base(lang, before)  # ("the care TEAM'S job"; "THEIR job" has no ending)
        if (owner is not None and owner in others) or before in rules.delegates:
            return tokens.span_text(pos - 1, pos), pos - 1, pos
    return None


# How many words may stand between a verb of leaving and the match ("I leave THE follow-up calls
# to…"), and between the match and the "to" after it ("…follow-up CALLS to…").
_LEFT_BEFORE = 3
_LEFT_AFTER = 2


def left_to_someone(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The match as what the candidate leaves to someone at work: a verb of leaving right before
    it in its clause (Language.leaving_verbs), then "to" and someone at work, another party or
    "them" ("I leave the follow-up calls TO THE CUSTOMER CARE TEAM", "I leave the policy side to
    the duty manager"). Interview rubrics only."""
    lang = analysis.language
    marker = infinitive_marker(lang)
    if not lang.leaving_verbs or marker is None or analysis.stem_of.keys().isdisjoint(lang.leaving_verbs) \
            or not told_in_first_person(analysis.matcher):
        return None
    tokens = analysis.tokens
    norms, clauses = tokens.norms, tokens.clauses
    clause = clauses[match.first]
    verb = next((k for k in range(match.first - 1, max(-1, match.first - 2 - _LEFT_BEFORE), -1)
                 if clauses[k] == clause and norms[k] in lang.leaving_verbs), None)
    if verb is None:
        return None
    to = next((k for k in range(match.last + 1, min(len(norms), match.last + 2 + _LEFT_AFTER))
               if clauses[k] == clause and norms[k] == marker), None)
    if to is None:
        return None
    rules = analysis.matcher.rules
    others = rules.others
    for k in range(to + 1, min(len(norms), to + 5)):
        if clauses[k] != clause or norms[k] in rules.own:
            return None
        if norms[k] in others:
            return tokens.span_text(verb, k), verb, k
    return None
