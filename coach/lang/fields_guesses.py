"""The language data that says a claim is only guessed, heard said, swallowed by its exception,
put off or another's deed credited to the candidate (coach.scoring.guesses reads it). Part of
coach.lang.fields_undone.Undone through fields_shams.Shams, kept apart so each module stays short."""

from __future__ import annotations

from coach.records import record

from .fields_angles import Angles


@record
class Guesses(Angles):
    """Frames that leave a claim guessed, heard said, swallowed, put off, credited elsewhere, told
    knowing it false, tried once, saved for a better job, told with its worst part left out or
    made by a candidate out of reach, as written."""

    # A guess at the candidate's own past (guess_marks before the keyword, anywhere where verbs
    # come last: "I MUST HAVE apologised…", "Jag har SÄKERT sagt…", "…చేసుకునే ఉంటాను") with a
    # mark of vagueness, no memory or absence in its sentence (vague_marks: "…AT SOME POINT", "…, I
    # just CAN'T PICTURE one", "…NÅGON GÅNG", "…గుర్తు లేదు").
    guess_marks: tuple[str, ...] = ()
    vague_marks: tuple[str, ...] = ()
    # A claim heard said: a rumour before it (rumours: "LEGEND HAS IT I once…"), or hearsay
    # (hearsays: "APPARENTLY I…", "TYDLIGEN var jag…", "…అని చెప్పుకుంటారు") with one of
    # vague_marks in its sentence ("…; I was OFF SICK that week").
    rumours: tuple[str, ...] = ()
    hearsays: tuple[str, ...] = ()
    # An exception that swallows the rule: one of exception_links after the keyword, then one of
    # swallows ("…, UNLESS I don't know their name, WHICH IS NEARLY everyone", "…, såvida…,
    # VILKET JAG OFTAST GÖR").
    exception_links: frozenset[str] = frozenset()
    swallows: tuple[str, ...] = ()
    # A deed put off to a day that never comes, after the keyword (put_offs: "…once I GET ROUND TO
    # IT", "…NÄR DET LUGNAR NER SIG", "…వచ్చే నెల నుంచి…").
    put_offs: tuple[str, ...] = ()
    # Thanks or praise for the deed (praises before the keyword: "The regular THANKED ME FOR
    # remembering…") turned to another's doing after it: one of credit_turns with one of
    # credit_relatives close after it ("…, BUT IT WAS Lena WHO'd written it"), or one of
    # credit_shares ("…, and I ONLY signed them").
    praises: tuple[str, ...] = ()
    credit_turns: tuple[str, ...] = ()
    credit_relatives: frozenset[str] = frozenset()
    credit_shares: tuple[str, ...] = ()
    # A claim told knowing it false: one of knowings after the keyword with one of told_verbs
    # before it in its sentence ("I TELL every caller it won't happen again, EVEN THOUGH I KNOW…",
    # "Jag LOVAR…, FAST JAG VET ATT…"; where verbs come last anywhere: "…' అని …, నాకు తెలిసినా").
    knowings: tuple[str, ...] = ()
    told_verbs: frozenset[str] = frozenset()
    # One try, then the candidate stops, after the keyword (one_tries: "…one voicemail, and if
    # they don't ring back, THAT'S ON THEM", "…, RESTEN FÅR VÄNTA", "…ఇక నా పని అయిపోయింది").
    one_tries: tuple[str, ...] = ()
    # The virtue saved for a better job, in the keyword's sentence (better_jobs: "…ONCE I'M AT A
    # FIVE-STAR PLACE; here…", "…när jag hamnar på EN ARBETSPLATS SOM FÖRTJÄNAR det").
    better_jobs: tuple[str, ...] = ()
    # The part left out of an honest claim, after the keyword (leave_outs: "I never lie to guests;
    # I JUST DON'T MENTION that the spa will be shut", "…NÄMNER INTE ATT reservdelen…").
    leave_outs: tuple[str, ...] = ()
    # The candidate out of reach, after the keyword (unavailables: "…by email, WHICH I CHECK ON
    # Fridays", "…, IF THEY CAN CATCH ME in the ten minutes a day I'm on the floor").
    unavailables: tuple[str, ...] = ()
