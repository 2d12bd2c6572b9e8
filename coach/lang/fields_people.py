"""The language data the judgement rules read to tell who does what a match names, and the
wording drafts list (part of coach.lang.Language)."""

from __future__ import annotations

from dataclasses import field

from coach.records import record

from .fields_meaning import Meaning
from .fields_undone import Undone


@record
class People(Meaning):
    """Who does what a keyword names: subjects, colleagues, hand-offs; and the wording
    drafts list (coach.trainer)."""

    # Who else may be the subject ("my sister is so patient"): a keyword whose nearest subject
    # in its clause is one of these (each form as written) is someone else's behaviour, not
    # the candidate's; the candidate's own subject words end the search.
    third_parties: frozenset[str] = frozenset()
    # Another person with a modal of habit or will ("she'd", "they'll"), as written: opening
    # the keyword's clause, anywhere before it, they are who does it ("she'd always find them
    # an alternative"). A plain pronoun is not enough: "he had his tablets within fifteen
    # minutes" is the candidate's outcome.
    habit_subjects: frozenset[str] = frozenset()
    # Words that say where something came from ("from", "från"): a keyword followed by one and
    # a colleague or someone else ("an apology letter from the general manager") is theirs, for
    # a criterion not marked `ownership` (coach.scoring.owners.sent_by).
    source_prepositions: frozenset[str] = frozenset()
    # What says the deed a keyword names was not done: meant, planned, swapped or denied.
    undone: Undone = Undone()
    # Verbs of asking for something ("wanted", "demanded"): the person served as their subject
    # names what they asked for, not what the candidate gave (coach.scoring.served_acts.requested).
    request_verbs: frozenset[str] = frozenset()
    # Pronouns of what was asked for, after the candidate as a subject later in the sentence:
    # the request was granted ("A guest asked for an apology, and I gave her ONE"; as written).
    granted_pronouns: frozenset[str] = frozenset()
    # Second parts of buzzword compounds ("empathy-LED", "solution-FOCUSED"): a keyword joined
    # to one by a hyphen is a label, not a claim (coach.scoring.aside).
    jargon_heads: frozenset[str] = frozenset()
    # Verbs that ask for a list ("Name two…", "State at least four differences…"): bare keywords
    # answer such a question, so the bare-keyword sign of stuffing does not apply to it
    # (coach.scoring.relevance.asks_for_list).
    list_words: frozenset[str] = frozenset()
    own_subjects: frozenset[str] = frozenset()
    # The people served and other persons as the subject right before a keyword, with only
    # small words between ("the guest was very patient", "she explained", "he apologised"):
    # the keyword says what they do or are, not what the candidate does. Each form as written.
    served_subjects: frozenset[str] = frozenset()
    # Colleagues in the same place ("my colleague was really sympathetic"): their manner is
    # not the candidate's (what they fix for the candidate's customer is the team's work).
    colleagues: frozenset[str] = frozenset()
    # The forms of "he" and of "she" as written, one group each, which stand for a person named
    # before them ("My manager was brilliant at it, SHE knew every regular": the manager's,
    # coach.scoring.roles; a pronoun of the other group between names someone else).
    person_pronouns: tuple[frozenset[str], ...] = ()
    # The forms of "they" as a subject, as written ("THEY explained everything in plain
    # English"): someone else, whom the nearest person named before it says (the person served,
    # or someone from the candidate's life or work; coach.scoring.persons.they_for).
    plural_subjects: frozenset[str] = frozenset()
    # Their forms that are only ever objects ("him", Swedish "honom", "henne"; not English
    # "her", a possessive too): a subject is never its own object, so "he … told HIM" names two
    # people (coach.scoring.persons).
    object_pronouns: frozenset[str] = frozenset()
    # Verbs that make someone do the next one ("rather than MAKING them explain it all again"),
    # and the person served as their object ("them"): the one made to do it does it
    # (coach.scoring.served_acts.made_to). Not "let" ("I let him get it all out" is the candidate
    # listening) nor "help".
    makers: frozenset[str] = frozenset()
    served_objects: frozenset[str] = frozenset()
    # Verbs of expecting or wanting someone else to do the next one ("I EXPECT them to call me
    # back", "jag VILL att personalen hälsar"): what they are to do is theirs
    # (coach.scoring.habits.expected_of).
    expectation_verbs: frozenset[str] = frozenset()
    # Verbs of telling someone else what to do ("I'd TELL new starters to always follow up"):
    # the infinitive right after them is that person's deed (habits.expected_of). Not "ask":
    # asking a colleague is the candidate's arrangement ("asked a colleague to open a till").
    instructing_verbs: frozenset[str] = frozenset()
    # The nouns of each group of person_pronouns, in its order ("man" is a "he", "lady" a
    # "she"): one of them never stands for a pronoun of the other group ("An elderly MAN'S
    # prescription … and SHE drove it round": she is someone else, named before).
    gendered_people: tuple[frozenset[str], ...] = ()
    # People counted as a group ("a couple", "ett par", "the family"): never what "he" or "she"
    # stands for ("My colleague Nadia saw A COUPLE was celebrating, so SHE arranged…").
    collective_people: frozenset[str] = frozenset()
    # Verbs that link a subject to how it is ("stayed", "remained", "seemed"): passed over, like
    # a form of "be", between such a subject and the keyword.
    linking_verbs: frozenset[str] = frozenset()
    # Handing the problem off ("pass it to my manager", "not my department"): in a sentence
    # that holds one, or the sentence before it, no criterion marked `ownership` is earned.
    deflections: tuple[str, ...] = ()
    # A rule cited to refuse ("that's the policy", "rules are rules"): the red flag interviewers
    # name, so a keyword inside one ("policy") is no claim, whatever the criterion.
    refusals: tuple[str, ...] = ()
    # Hand-offs to someone at work ("transfer them to", "kopplar henne vidare till"): a word of
    # pace right beside one is the hand-off's speed, not the service's ("I'd immediately
    # transfer them to my team leader"). Where the manager or a colleague who fixes it counts as
    # the candidate's team (English), a hand-off before the match in its sentence and one of
    # `work_others` as the match's subject ("… who fixed it") make it someone else's work.
    handoffs: tuple[str, ...] = ()
    work_others: frozenset[str] = frozenset()
    # Nouns of duty that give the keyword before them to whoever owns them ("Following up is the
    # care team's JOB", "Undantag är chefens ANSVAR", "…అర్థం చేసుకోవడం మా సూపర్‌వైజర్ పని";
    # coach.scoring.handoffs.someone_elses_job).
    duty_nouns: frozenset[str] = frozenset()
    # Leaving the work to someone else: a delegating verb before them ("let him sort it out",
    # "get the manager to fix it") or a modal after them ("the office would follow up") makes
    # one of `work_others` or `third_person` the subject of an ownership match: a deflection.
    delegators: frozenset[str] = frozenset()
    # Verbs of leaving the work to someone, with "to" before the match ("I'd LEAVE them TO sort
    # it out"; not "let a customer leave without following up"): a hand-off like `delegators`.
    leaving_verbs: frozenset[str] = frozenset()
    # Verbs after "let" and someone at work that only inform them ("let my manager KNOW"): no
    # hand-off (coach.scoring.handoffs.left_to).
    informing_verbs: frozenset[str] = frozenset()
    # Verbs of going and the word for "to": the problem going to someone at work ("a complaint
    # or a refund GOES straight TO whoever's supervising", "billing disputes GO TO accounts")
    # is handed off (coach.scoring.handoffs.passed_on).
    passing_verbs: frozenset[str] = frozenset()
    passing_to: str = ""
    # The words that give an infinitive its own subject ("for", "to": "a note for the morning
    # shift to sort it out"): that subject, not the candidate, does the work.
    infinitive_subject: tuple[str, ...] = ()
    # Verbs that send the person served off to act ("advise them to", "suggest they"): an
    # ownership match that follows, with the person served as its subject, is their work.
    directives: frozenset[str] = frozenset()
    delegated_modals: frozenset[str] = frozenset()
    # Words that may stand between such a modal and its verb ("they would then follow up").
    modal_adverbs: frozenset[str] = frozenset()
    # Endings that mark a word as an adverb ("quickly"): such a word may stand between a
    # subject or modal and its verb without changing who acts.
    adverb_endings: tuple[str, ...] = ()
    # Adverbs that say how soon something happened, not how someone behaved ("they got their
    # refund quickly"): the service's pace, whoever is the subject. Any other adverb keyword
    # says the manner of its clause's subject ("she explained everything clearly": hers, not
    # the candidate's; coach.scoring.habits.manner_subject).
    pace_adverbs: frozenset[str] = frozenset()
    # Words that intensify a possessive ("my own studies"): passed over like a determiner.
    own_words: frozenset[str] = frozenset()
    # What the candidate spends of their own for the service ("in my own TIME", "at my own
    # EXPENSE", "på egen BEKOSTNAD"): "my own" before one is no affair of their own
    # (coach.scoring.affairs). As written or by stem.
    own_means: frozenset[str] = frozenset()
    # Articles and demonstratives, no one's pronoun ("the", "a", "this"): a keyword's clause
    # holding only these besides one word says no more than the keyword ("Going the extra
    # mile." in a list; coach.scoring.whole.bare).
    articles: frozenset[str] = frozenset()
    # Tip -> first person ("Show that you give honest news" -> "I give honest news"), to check
    # that every tip earns its criterion: the first of `first_person` whose pattern matches the
    # tip's start replaces it; then every `person_swaps` pair applies (case-insensitive).
    first_person: tuple[tuple[str, str], ...] = ()
    person_swaps: tuple[tuple[str, str], ...] = ()
    # Words for another person ("their", "them") and the candidate's own object and possessive
    # words ("me", "my"): a phrase holding one of the first does not match where one of the
    # second stands in its place ("asked their name" / "she asked for me by name").
    third_person: frozenset[str] = frozenset()
    first_person_objects: frozenset[str] = frozenset()
    # The candidate as the object of someone else's service ("me", "us"), and the prepositions
    # that put them there after a manner word ("patient WITH US"): the candidate served, not
    # serving ("my provider left me on hold", "the receptionist was so patient with us";
    # coach.scoring.owners.served_me).
    own_objects: frozenset[str] = frozenset()
    # Words that follow a verb and never open a subject: object pronouns and particles, as
    # written. After a clause's first word they show it is a verb whose subject is the clause's
    # before ("It's really quick, gives YOU recommendations, follows UP"; coach.scoring.shared).
    verb_followers: frozenset[str] = frozenset()
    # Prepositions that may open a phrase fronted before a clause's subject, as written ("AT my
    # last job my boss went above and beyond"; coach.scoring.roles.opens_clause).
    fronting_prepositions: frozenset[str] = frozenset()
    # Past tense by its ending or as an irregular form, as written, beside the participles: a
    # clause opening with one has no subject of its own (Swedish "…, hon lyssnade färdigt, BAD
    # om ursäkt och löste det", English "…, really WENT above and beyond"; coach.scoring.shared).
    past_endings: tuple[str, ...] = ()
    past_forms: frozenset[str] = frozenset()
    # The ending of a present verb whose subject is a name ("Sherlock always GETS to the
    # bottom", "Paddington SENDS a note"): after a name opening a statement, past an adverb or
    # before an object, a verb (coach.scoring.forms.read_as_name). As written.
    present_endings: tuple[str, ...] = ()
    # In a verb-second language, the subject pronouns that follow a fronted verb ("Dagen efter
    # ringde HON och kollade"), as written: only forms that are never an object (not Swedish
    # "dom"). Someone else doing the keyword's verb (coach.scoring.owners.inverted_subject).
    inverted_subjects: frozenset[str] = frozenset()
    manner_prepositions: frozenset[str] = frozenset()
    # Verbs with which the candidate makes, trains or checks others do the deed, and the staff
    # they name ("As duty manager, I MADE SURE the WAITERS stayed polite", "I COACHED my
    # RECEPTIONISTS to say…", "jag SÅG till att PERSONALEN…"): the staff's deed, not the
    # candidate's (coach.scoring.doers.overseen). Staff only, not firms ("checked with the
    # airline").
    oversight_words: frozenset[str] = frozenset()
    staff_words: frozenset[str] = frozenset()
    # Words that open a subordinate clause ("if", "when"): a subject may follow one ("If THEY'RE
    # smiling when they leave, …": the person served smiles; coach.scoring.roles).
    subordinators: frozenset[str] = frozenset()
    # Phrases that open a subordinate clause as one word would ("EVERY TIME it rains, …", "VARJE
    # GÅNG det kommer ut en ny mobil läser min kusin…"; coach.scoring.roles).
    subordinate_phrases: tuple[str, ...] = ()
    # Those of them that also open a relative clause after a noun ("not a day WHEN I don't…",
    # "a situation WHERE I'd apologise"): a negation before one may reach into it; before the
    # other subordinators and a subject it may not ("no complaints AFTER I started following
    # up"; coach.scoring.scope.find_cue).
    relative_adverbs: frozenset[str] = frozenset()
    # Second-person possessives: a keyword right after one is the quality of the person spoken
    # to ("Thanks for YOUR patience"; coach.scoring.persons.addressed).
    addressee_possessives: frozenset[str] = frozenset()
    # The firm interviewing the candidate, as a subject (coach.scoring.persons.firm_addressed):
    # second-person possessives before a firm, its people or its words ("YOUR company", "ERA
    # medarbetare", "మీ బ్యాంక్"), the nouns for them beside Language.service_places and
    # colleagues ("team", "brand", "reputation"), and second-person subject pronouns that stand
    # for the firm (Swedish "ni"; not English "you", which is anyone's).
    firm_possessives: frozenset[str] = frozenset()
    firm_words: frozenset[str] = frozenset()
    addressee_subjects: frozenset[str] = frozenset()
    # The candidate claiming the same deed after it ("…, and I DID THE SAME at my last job", "…,
    # NÄR JAG GJORDE JUST DET", "నాకూ అదే అలవాటు"): the firm's deed is then the candidate's too.
    same_claims: tuple[str, ...] = ()
    # An it-cleft that puts someone first as the doer, and the relative words after that person
    # ("IT WAS my colleague Ahmed WHO knew…", "DET VAR Ahmed SOM kunde…";
    # coach.scoring.doers.clefted), as written.
    cleft_frames: tuple[str, ...] = ()
    cleft_relatives: frozenset[str] = frozenset()
    # Words that link a clause to the last one without ending a negation's reach (so not
    # `scope_breakers`: Swedish "inte SÅ snabb"): a subject may follow one ("…, SÅ HON ordnade
    # champagne", so she arranged it; coach.scoring.roles.opens_clause).
    linkers: frozenset[str] = frozenset()
    # The passive: a form of "be" or "get" before a past participle ("they're TOLD the truth",
    # "she got OFFERED a refund"): the person served receives what the keyword names, so they
    # are not the one doing it (coach.scoring.roles.served_subject).
    passive_auxiliaries: frozenset[str] = frozenset()
    # Verbs that, like a passive auxiliary, make the participle after them something done to
    # their subject ("I FELT respected"): with the candidate as subject, they were the one
    # served (coach.scoring.owners.received).
    receiving_verbs: frozenset[str] = frozenset()
    # Words of expecting inside a keyword that names the surprise of the person served ("she
    # WASN'T EXPECTING it", Telugu ఎక్స్పెక్ట్ చేయలేదు), as written: with the candidate as the
    # subject ("…, which I really wasn't expecting") the surprise is theirs, as a customer
    # (coach.scoring.receipts.own_experience).
    surprise_words: frozenset[str] = frozenset()
    # The candidate as the lesser side of a comparison ("far more reliable THAN ME", "mer
    # tålmodig ÄN JAG", "నాకంటే అతను చాలా రిలయబుల్"): in a clause where the candidate is not
    # the subject, someone else has more of it (coach.scoring.aside, rule "subject").
    below_me: tuple[str, ...] = ()
    # Verbs of getting, as a relative clause about a keyword with the candidate as its subject
    # ("the best explanation I ever GOT", "den bästa ursäkten jag FÅTT"): the candidate was
    # the one served (coach.scoring.receipts). Then verbs that say so only in the perfect or
    # with "ever", and the words that make it one ("the best service I'VE HAD"; not "the
    # options we had"); both empty where every form of getting is in the first set.
    receipt_verbs: frozenset[str] = frozenset()
    # Verbs by which the candidate is a customer of a place ("the barber I GO to", "the hotel we
    # BOOKED", "frisören jag GÅR till", Telugu మేము దిగిన హోటల్) and the places and firms that
    # serve the public ("barber", "hotel", "frisören", "హోటల్"; in a compounding language also
    # as a compound's head: "cykelBUTIKEN"): such a relative clause frames what the place does
    # as service the candidate got (coach.scoring.patrons; scenes.customer_scene).
    patron_verbs: frozenset[str] = frozenset()
    service_places: frozenset[str] = frozenset()
    # A wish to work somewhere or a dream ("I want to work for a company that…", "jag vill jobba
    # någonstans där…", Telugu "… కంపెనీలో పని చేయాలని", "… చేయాలని నా కల", my dream is to …): a
    # keyword after it (before it in a head_final language) describes what is wished for, not
    # the candidate's deed, unless the candidate is its subject ("…somewhere I can go the extra
    # mile").
    wish_frames: tuple[str, ...] = ()
    # Negation words that are a clause's subject ("NOBODY at the insurance company showed any
    # empathy", "INGEN på banken…"): opening the clause, they negate its predicate however far
    # it stands (coach.scoring.scope.find_cue).
    negative_subjects: frozenset[str] = frozenset()
    perfect_receipts: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    participle_endings: tuple[str, ...] = ()
    participles: frozenset[str] = frozenset()
    # Relative pronouns that open a clause about the noun before them ("a colleague WHO knew
    # the products", "they're the ones WHO make exceptions"), and the nouns that stand for
    # anyone ("ones", "someone", "person"): such a clause is the candidate's only when they
    # are the noun ("I'm someone who goes the extra mile"; coach.scoring.owners.relative_subject).
    relative_pronouns: frozenset[str] = frozenset()
    anyone_nouns: frozenset[str] = frozenset()
    # For languages that mark the subject's person on the verb (Telugu చేశారు "they did",
    # చేశాను "I did"): the endings of a finite verb whose subject is someone else (a customer,
    # a colleague), and of one whose subject is the candidate (or "we"). The first verb with
    # either, from the match to its clause's end, says whose action the keyword names; a
    # subject word or a scope breaker on the way stops the search (coach.scoring.roles).
    other_person_endings: tuple[str, ...] = ()
    own_person_endings: tuple[str, ...] = ()
    # Those endings in an embedded question (Telugu "ఎంత గౌరవంగా చూస్తాడో", how respectfully he
    # treats her): they decide whose verb it is only at the end of their clause, not before the
    # clause's own verb ("సంతృప్తిగా ఉన్నారో లేదో కనుక్కుంటాను", I find out whether they're happy).
    question_person_endings: tuple[str, ...] = ()
    # Endings of a verb made a noun of its doer (Telugu "తీర్చేది", the one who settles): the
    # doer named right after it in a clause without the candidate does the deed ("… త్వరగా
    # తీర్చేది శ్రీను", the one who settles them quickly is Srinu; coach.scoring.doers).
    doer_endings: tuple[str, ...] = ()
    # Endings of a noun's definite form (Swedish "appen", "systemet"): a thing so written opens
    # its clause as "THE app" does (coach.scoring.things).
    definite_endings: tuple[str, ...] = ()
    # Endings a finite verb has with a person or a thing as its subject (Telugu -ింది: "ఆమె
    # పలకరించింది", "she greeted", but "సమస్య పరిష్కారమైంది", "the problem got solved"): someone
    # else's action only when one of `person_subjects` (as written, nominative) stands before
    # the match in its sentence, with no word of the candidate's between.
    shared_person_endings: tuple[str, ...] = ()
    person_subjects: frozenset[str] = frozenset()
    # Case endings of the one who feels, knows or remembers, before such a verb (Telugu dative
    # -కి/-కు: "మా మేనేజర్‌కి ప్రతి కస్టమర్ పేరు గుర్తుంటుంది", our manager remembers every
    # customer's name): one of `person_subjects` with it, opening its clause, is that verb's
    # subject (coach.scoring.endings).
    experiencer_endings: tuple[str, ...] = ()
    # More stems that take those endings as someone else who feels or remembers, though not
    # subjects alone (Telugu ఆయన-కు, అతని-కి, "he": ఆయన is also "his", so no person_subject).
    experiencer_stems: frozenset[str] = frozenset()
    # Plural endings of a noun before those case endings (Telugu "టీచర్లకి", to teachers): a group
    # of others who feel or have it ("టీచర్లకి కమ్యూనికేషన్ స్కిల్స్ చాలా అవసరం", teachers need
    # communication skills), as the people in person_subjects are (coach.scoring.endings).
    plural_experiencers: tuple[str, ...] = ()
    # ... only where the clause says they have or need it, after the match ("ఉండాలి", must
    # have; "అవసరం", is needed): not "ప్రజలకు సహాయం చేయడం నాకు ఇష్టం" (I like helping people).
    need_predicates: frozenset[str] = frozenset()
    # Words that close a quotation before the verb of saying, whose ending names the speaker
    # (Telugu అని: "… అని అందరూ చెప్పుకున్నారు", everyone said …): someone else's words
    # (coach.scoring.hearsay.quoted_by_other).
    quotatives: frozenset[str] = frozenset()
    # People served who are the subject only before a form of "be" (Swedish "KUNDEN VAR väldigt
    # flexibel"; but "kunden kände sig välkommen" tells the candidate's service): roles.served_subject.
    copular_served: frozenset[str] = frozenset()
    quotative_endings: tuple[str, ...] = ()  # the same on the quoted verb ("ఉంటానని")
    saying_stems: tuple[str, ...] = ()  # the verbs of saying after them ("అంటారు", "చెప్పారు")
    # Endings a finite verb has only with things as its subject (Telugu's neuter plural -ాయి:
    # "అవి చాలా ఫాస్ట్‌గా బిల్ చేస్తాయి", "they [the machines] bill very fast"): the match is
    # something things do or are, not the candidate's service (coach.scoring.endings).
    thing_endings: tuple[str, ...] = ()
    # Verb endings that close a subordinate clause ("if", "after", "when": Telugu చేస్తే,
    # చేశాక): a person ending past one is another clause's verb, so the search stops there.
    subordinate_endings: tuple[str, ...] = ()
    # Those of them that make a relative participle, describing the noun after it (Telugu
    # చేసిన, "done"): a keyword ending in one is part of what the clause's verb does ("అంచనాలను
    # మించిన సేవ చేశారు", they gave service beyond her expectations).
    relative_endings: tuple[str, ...] = ()
    # Verb endings that chain a clause to the next one's verb and its subject (Telugu's
    # conjunctive participle: "అమ్మాయి వెంటనే క్షమాపణ చెప్పి, సమస్యను పరిష్కరించింది", "the
    # girl, having apologised at once, solved the problem"): a clause that ends in one has no
    # person of its own, so the search for whose action it names goes on into the next.
    chain_endings: tuple[str, ...] = ()
    # Words that open a clause by pointing back at the one before it ("I play badminton, THAT
    # is my passion", "…, det är min passion"): a keyword in such a clause shares the sense of
    # the clause it points at (coach.scoring.senses.pointing_back).
    anaphors: frozenset[str] = frozenset()

    # -- drafting (coach.trainer): wording a draft lists besides the model answer's own --
    # Everyday words a candidate may use instead of a model answer's word: each group's
    # members stand for one another. General wording only: the trainer adds the domain's own.
    synonyms: tuple[tuple[str, ...], ...] = ()
    # Word pairs where a negated one says the other ("not independent" ~ "dependent").
    opposites: tuple[tuple[str, str], ...] = ()
    # How to say "not X" ("not {}"), to list "not dependent" for "independent"; "" lists none.
    negated_form: str = ""
    # The sample text of `coach packs new` in this language (keys: coach/trainer/starter.py);
    # empty: English placeholders.
    starter: dict[str, str] = field(default_factory=dict)
