"""A claim the candidate does not stand behind: only guessed ("I MUST HAVE apologised to someone
AT SOME POINT"), heard said ("LEGEND HAS IT I once…"), swallowed by its exception ("…, UNLESS I
don't know their name, WHICH IS NEARLY everyone"), put off to a day that never comes ("…once I
GET ROUND TO IT"), another's deed credited to the candidate ("The regular THANKED ME FOR
remembering her oat milk, BUT IT WAS Lena WHO'd written it"), told knowing it false ("I TELL every
caller…, ALTHOUGH I KNOW…"), tried once and dropped ("…once; THEN I'M DONE"), saved for a better
job ("…ONCE I'M AT A FIVE-STAR PLACE"), honest with its worst part left out ("…; I JUST DON'T
MENTION the fee") or made by a candidate out of reach ("…by email, WHICH I CHECK ON Fridays").
Language data (Undone.guess_marks, vague_marks, rumours, hearsays, exception_links, swallows,
put_offs, praises, credit_turns, credit_relatives, credit_shares, knowings, told_verbs, one_tries,
better_jobs, leave_outs, unavailables) drives them; coach.scoring.late.said_late tries them.
Interview rubrics only. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import negated_between
from .keyed import PhraseKeys, phrase_length, phrase_starts, start_after, starts_around, starts_before
from .voice import on_interview
from .walkbacks import after_match, framed

if TYPE_CHECKING:
    from .analysis import Analysis

# How many words after a credit's turn its relative word may stand ("but it was MEI WHO rang").
_RELATIVE_REACH = 4


def _before(analysis: Analysis, kind: str, keys: PhraseKeys, first: int, last: int) -> int | None:
    """Where one of `keys` ends before the match in its sentence (anywhere outside it where verbs
    come last), nearest first."""
    if analysis.language.head_final:
        return next(starts_around(analysis, kind, keys, first, last), None)
    return next(starts_before(analysis, kind, keys, first, ended=True), None)


def _vague(analysis: Analysis, first: int, last: int) -> bool:
    """Does the match's sentence hold a mark of vagueness, no memory or absence outside it?"""
    keys = analysis.matcher.rules.undone.vague_marks
    return next(starts_around(analysis, "vague", keys, first, last), None) is not None


def guesses_possible(analysis: Analysis) -> bool:
    """May `guessed` or `rumoured` apply: does the answer hold a mark of vagueness or a rumour?"""
    keys = analysis.matcher.rules.undone
    return bool(phrase_starts(analysis, "vague", keys.vague_marks)
                or phrase_starts(analysis, "rumour", keys.rumours))


def guessed(analysis: Analysis, first: int, last: int) -> int | None:
    """A guess at the candidate's own past, with nothing remembered: one of Undone.guess_marks
    before the match (after it where verbs come last) and one of vague_marks in its sentence ("I
    MUST HAVE put myself in a customer's shoes AT SOME POINT", "I'm sure I checked back…, I just
    CAN'T PICTURE any of them", "Jag har SÄKERT sagt…, men jag KAN INTE KOMMA PÅ…", "…అర్థం
    చేసుకునే ఉంటాను, … గుర్తు లేదు"). Not "I must have rung her five times that day"."""
    guess = _before(analysis, "guess", analysis.matcher.rules.undone.guess_marks, first, last)
    if guess is None or not _vague(analysis, first, last):
        return None
    return on_interview(analysis, guess)


def rumoured(analysis: Analysis, first: int, last: int) -> int | None:
    """A claim heard said: a rumour framing it ("LEGEND HAS IT I once called…", "WORD IN THE
    office is that I never overpromise"), or hearsay with a mark of no memory or absence in its
    sentence ("APPARENTLY I…; I was OFF SICK that week", "TYDLIGEN var jag…, men själv MINNS
    JAG INTE…"; in the match's clause, but where verbs come last), unless the candidate says
    after it that it is so ("…, and I do")."""
    keys = analysis.matcher.rules.undone
    found = framed(analysis, "rumour", keys.rumours, first, last)
    if found is not None or not _vague(analysis, first, last):
        return found
    found = framed(analysis, "hearsay", keys.hearsays, first, last)
    clauses = analysis.tokens.clauses
    if found is None or analysis.language.head_final or clauses[found] == clauses[first]:
        return found
    return None  # (its own clause: "Apparently she'd waited an hour, so I apologised…")


def swallows_possible(analysis: Analysis) -> bool:
    """May `swallowed` apply: does the answer say an exception covers nearly every case?"""
    return bool(phrase_starts(analysis, "swallow", analysis.matcher.rules.undone.swallows))


def swallowed(analysis: Analysis, first: int, last: int) -> int | None:
    """An exception that swallows the rule: one of Undone.exception_links after the match in its
    clause's sentence, then one of swallows after it ("I greet everyone by name, UNLESS I don't
    know their name, WHICH IS NEARLY everyone", "…, såvida jag inte redan vet…, VILKET JAG
    OFTAST GÖR"). Not an exception that stays one ("…, except when they're abusive")."""
    links = analysis.language.undone.exception_links
    tokens = analysis.tokens
    end = tokens.sentence_range(first)[1]
    link = next((k for k in range(last + 1, end) if tokens.norms[k] in links), None)
    if link is None or start_after(analysis, "swallow", analysis.matcher.rules.undone.swallows, link) is None:
        return None
    return on_interview(analysis, link)


def put_offs_possible(analysis: Analysis) -> bool:
    """May `put_off` apply: does the answer put a deed off?"""
    return bool(phrase_starts(analysis, "put off", analysis.matcher.rules.undone.put_offs))


def put_off(analysis: Analysis, first: int, last: int) -> int | None:
    """A deed put off to a day that never comes, said after the match (Undone.put_offs: "Follow-up
    is ON MY TO-DO LIST, somewhere near the bottom", "…something I'll get to ONCE THE BACKLOG
    CLEARS", "Jag ska sätta mig in i sortimentet NÄR DET LUGNAR NER SIG"). Not "I don't leave
    follow-up until things calm down" (negated before it)."""
    return after_match(analysis, "put off", analysis.matcher.rules.undone.put_offs, first, last)


def praises_possible(analysis: Analysis) -> bool:
    """May `credited_elsewhere` apply: does the answer thank or praise the candidate?"""
    return bool(phrase_starts(analysis, "praise", analysis.matcher.rules.undone.praises))


def credited_elsewhere(analysis: Analysis, first: int, last: int) -> int | None:
    """Thanks or praise for the deed (Undone.praises in the match's sentence) turned after both
    to another's doing: a turn with a relative word close after it ("The regular THANKED ME FOR
    remembering her oat milk, BUT IT WAS Lena WHO'd written it"), or the candidate's small share
    ("…, and I ONLY signed them", "…, fast jag HADE BARA kopplat henne vidare"). Not "…, but it
    was the least I could do"."""
    keys = analysis.matcher.rules.undone
    credit = next(starts_around(analysis, "praise", keys.praises, first, last), None)
    if credit is None:
        return None
    later = max(credit, last)
    if start_after(analysis, "credit share", keys.credit_shares, later) is not None:
        return on_interview(analysis, credit)
    turn = start_after(analysis, "credit turn", keys.credit_turns, later)
    if turn is None or negated_between(analysis, first, turn):
        return None
    after = turn + phrase_length(analysis, turn, keys.credit_turns)
    reach = analysis.tokens.norms[after:after + _RELATIVE_REACH]
    if analysis.language.undone.credit_relatives.isdisjoint(reach):
        return None
    return on_interview(analysis, credit)


def knowings_possible(analysis: Analysis) -> bool:
    """May `known_false` apply: does the answer say the candidate knew better?"""
    return bool(phrase_starts(analysis, "knowing", analysis.matcher.rules.undone.knowings))


def known_false(analysis: Analysis, first: int, last: int) -> int | None:
    """A claim told knowing it false: one of Undone.knowings after the match, not negated, with one
    of told_verbs before the match in its sentence ("I TELL every caller their refund will go
    through within the hour, ALTHOUGH I KNOW finance only runs refunds on Thursdays", "Jag LOVAR
    …, FAST JAG VET ATT kön är flera dagar lång"; anywhere where verbs come last: "'…' అని …
    చెప్తాను, … నాకు తెలిసినా"). Not a deed done knowing what it cost ("I apologised, even though
    I knew it wasn't my fault")."""
    found = after_match(analysis, "knowing", analysis.matcher.rules.undone.knowings, first, last)
    if found is None:
        return None
    verbs = analysis.language.undone.told_verbs
    low, end = analysis.tokens.sentence_range(first)
    told = analysis.tokens.norms[low:end if analysis.language.head_final else first]
    return None if verbs.isdisjoint(told) else found


def one_tries_possible(analysis: Analysis) -> bool:
    """May `tried_once` apply: does the answer stop after one try?"""
    return bool(phrase_starts(analysis, "one try", analysis.matcher.rules.undone.one_tries))


def tried_once(analysis: Analysis, first: int, last: int) -> int | None:
    """One try, then the candidate stops: one of Undone.one_tries after the match, not negated ("I
    call every customer back once; THEN I'M DONE", "Jag svarar snabbt på de fem första mejlen,
    RESTEN FÅR VÄNTA", "…ఇక నా పని అయిపోయింది"; a negation before it keeps the claim, so "…if
    they don't ring back, THAT'S ON THEM" still earns)."""
    return after_match(analysis, "one try", analysis.matcher.rules.undone.one_tries, first, last)


def better_jobs_possible(analysis: Analysis) -> bool:
    """May `saved_for_later` apply: does the answer speak of a better job?"""
    return bool(phrase_starts(analysis, "better job", analysis.matcher.rules.undone.better_jobs))


def saved_for_later(analysis: Analysis, first: int, last: int) -> int | None:
    """The virtue saved for a better job: one of Undone.better_jobs in the match's sentence ("I'll
    be courteous to every guest ONCE I'M AT A FIVE-STAR PLACE; in this hostel…", "Empati får jag
    visa när jag hamnar på EN ARBETSPLATS SOM FÖRTJÄNAR DET", "…మంచి చోట పని దొరికితే…"), not
    negated in its clause."""
    keys = analysis.matcher.rules.undone.better_jobs
    found = next(starts_around(analysis, "better job", keys, first, last), None)
    if found is None or negated_between(analysis, analysis.tokens.clause_range(found)[0], found):
        return None  # ("I DON'T save the extra mile for a better job: …")
    return on_interview(analysis, found)


def leave_outs_possible(analysis: Analysis) -> bool:
    """May `left_out` apply: does the answer leave something out on purpose?"""
    return bool(phrase_starts(analysis, "leave out", analysis.matcher.rules.undone.leave_outs))


def left_out(analysis: Analysis, first: int, last: int) -> int | None:
    """Honest by omission: one of Undone.leave_outs after the match ("I never lie to guests about
    what I can do; I JUST DON'T MENTION that the spa will be shut", "I explain everything clearly;
    I JUST SKIP THE BIT ABOUT the monthly fee", "…och NÄMNER INTE ATT reservdelen är
    restnoterad")."""
    return after_match(analysis, "leave out", analysis.matcher.rules.undone.leave_outs, first, last)


def unavailables_possible(analysis: Analysis) -> bool:
    """May `out_of_reach` apply: does the answer say the candidate is out of reach?"""
    return bool(phrase_starts(analysis, "unavailable", analysis.matcher.rules.undone.unavailables))


def out_of_reach(analysis: Analysis, first: int, last: int) -> int | None:
    """The candidate out of reach: one of Undone.unavailables after the match ("Customers can
    always reach me by email, WHICH I CHECK ON Fridays", "I'm always happy to bend the rules, IF
    THEY CAN CATCH ME in the ten minutes a day…", "…jag lyssnar av röstbrevlådan FÖRSTA MÅNDAGEN
    VARJE MÅNAD")."""
    return after_match(analysis, "unavailable", analysis.matcher.rules.undone.unavailables, first, last)
