"""Language data for matching: one small module per language, looked up by ISO 639-1 code.

Adding a language means adding one module here that builds a `Language` and listing it in
`_MODULES`; see docs/packs.md ("Adding a language").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import field
from functools import cache

from coach.records import record

_MODULES = {"en": "english", "sv": "swedish", "te": "telugu"}
NUMERAL = "#"  # in a word class (Language.word_classes): any numeral written in digits


@record
class Language:
    """Everything the matcher needs to know about one language, as plain data and one stemmer."""

    code: str
    name: str
    stem: Callable[[str], str]
    # Words that carry little meaning in a keyword phrase: matched loosely, never required.
    function_words: frozenset[str]
    # Function words that may stand in for each other ("their shoes" ~ "the customer's shoes").
    interchangeable: tuple[frozenset[str], ...] = ()
    # Whole tokens that negate what follows (or precedes, for `negation_after`).
    negation_cues: frozenset[str] = frozenset()
    # Token endings that make a token a negation cue (English "n't", Telugu negative verbs).
    negation_endings: tuple[str, ...] = ()
    # A cue directly followed by one of these is not a negation ("not only", "no matter").
    not_negating_next: frozenset[str] = frozenset()
    # Words that end a negation's scope inside a clause ("but", "although").
    scope_breakers: frozenset[str] = frozenset()
    # Cue pairs that negate even though their first word ends a scope: Swedish "utan att"
    # ("without doing") against "inte X utan Y" ("not X but Y").
    negating_pairs: frozenset[tuple[str, str]] = frozenset()
    # Cues whose scope is one verb phrase ("without interrupting"): a coordinating word
    # (`coordinators`) between such a cue and a match ends it ("without interrupting and
    # told her I understood").
    narrow_cues: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    negation_before: int = 4
    # Verbs of posture or motion that join the next verb with a coordinator into one predicate
    # ("jag brukar inte SITTA OCH leta efter lösningar", "don't GO AND look"): within a
    # negation's reach they and their coordinator count as small words.
    serial_verbs: frozenset[str] = frozenset()
    # Excess that negates what follows: "too" … "to" ("I was too busy to follow up"): the
    # first word, then the word that opens what it stops, one to three words later.
    excess: tuple[str, str] | None = None
    # Words that open a pseudo-cleft ("WHAT I don't do is start listing options", "DET jag inte
    # gör är att…"): its negation reaches over everything after the form of "be" in the clause.
    cleft_openers: frozenset[str] = frozenset()
    negation_after: int = 0
    # Does a subject word after a match open a new statement, so that a negation after it is
    # that statement's ("told her honestly I wasn't sure")? Yes where the subject comes
    # before its verb (English); not where it may follow it or the verb comes last.
    subject_opens_statement: bool = False
    # Cues that may negate a match they follow ("empathy is not important").
    negation_after_cues: frozenset[str] = frozenset()
    # Token endings that make a token such a following cue (Telugu negative verbs: -లేదు).
    negation_after_endings: tuple[str, ...] = ()
    # Endings of a verbal noun ("అడగడం", "asking"): a negated verb a few words after it
    # negates the deed it names and what leads up to it ("మళ్ళీ కాల్ చేసి … అడగడం లాంటివి నేను
    # చేయను", "calling back and asking, things like that I don't do"), past negation_after.
    verbal_noun_endings: tuple[str, ...] = ()
    # Suffixes whose loss changes a word's meaning (timely -> time, personal -> person).
    derivational_suffixes: tuple[str, ...] = ()
    # Nouns are compounded in one word ("snabbkassor", express tills): a word whose stem goes on
    # past a keyword's by more than an ending is another word ("snabb" is not "snabbkassor").
    compounds: bool = False
    # Prefixes written apart by a hyphen that make the next word another word: "non-refundable"
    # is not "refund" (unless the rubric's own keywords use the prefix).
    word_prefixes: frozenset[str] = frozenset()
    # Words that, before a hyphen, only strengthen what follows ("super-friendly",
    # "well-informed"): the candidate's quality still, where "family-friendly" names a place.
    hyphen_intensifiers: frozenset[str] = frozenset()
    # Subjects whose verb agrees with them ("he", "she": -s or a past form): a bare verb
    # coordinated after one ("while he was on the phone AND EXPLAIN…") is not theirs, unless a
    # modal governs it ("he would listen and explain").
    agreeing_subjects: frozenset[str] = frozenset()
    # Long words tolerate two typos. Not in English, where two edits mostly lead to another real
    # word of the same root or none ("comparison" is not "compassion", "efficient" not
    # "efficiently"); Swedish compounds and Telugu vowel signs need the second edit.
    two_typos: bool = True
    inflectional_suffixes: tuple[str, ...] = ()
    # Words never conflated with their stem family ("respective" is not "respect").
    distinct_words: frozenset[str] = frozenset()
    fillers: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    # One-word fillers and hedges that are also ordinary words: the words just before or just
    # after one that make it the ordinary word (Swedish "vilken typ av" is a kind, not the
    # filler "typ"; Telugu అసలు కారణం is "the real cause", not the filler "actually").
    filler_not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    filler_not_before: dict[str, frozenset[str]] = field(default_factory=dict)
    star_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    behavioural_prompts: tuple[str, ...] = ()
    # Words too common to be a key term when drafting a rubric from model answers (on top of
    # function_words and negation cues): "which", "also", "can"...
    stop_words: frozenset[str] = frozenset()
    # Words a model answer written for graders uses to talk about the answer rather than the
    # subject ("possible", "correct", "e.g. rounded to two decimal places"): never drafted as
    # key terms. Kept apart from stop_words, which plain word-overlap baselines also use.
    grader_words: frozenset[str] = frozenset()
    # For drafting, to tell when a question asks for some of the items its model answer lists
    # ("Name two challenges" over a list of eight): counts as words, the verbs that ask for
    # items, the words after a number that make it a length and not a count ("2-5
    # sentences"), and how a model answer offers a choice ("one of the following").
    number_words: dict[str, int] = field(default_factory=dict)
    ask_words: frozenset[str] = frozenset()
    length_units: frozenset[str] = frozenset()
    choice_phrases: tuple[str, ...] = ()
    # Word classes a keyword phrase may name in braces ("could see how {feeling}", "within
    # {number} minutes"): single words, matched as written (a class lists the forms it means),
    # so that one phrase covers the ways people say one thing. A class holding NUMERAL also
    # takes any numeral ("10").
    word_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # Irregular forms -> their dictionary form ("went" -> "go", "tog" -> "ta"), which no
    # stemmer finds: a keyword phrase written with "take" also matches "took", and back.
    lemmas: dict[str, str] = field(default_factory=dict)
    # Spoken answers of one to two minutes: (too short below, ideal from, ideal to, long above).
    length_words: tuple[int, int, int, int] = (50, 150, 300, 400)
    # How the screen writes numbers in this language (coach.i18n.number): decimal mark, group
    # separator, percent pattern, size of the groups after the first three digits (Indian: 2).
    numbers: tuple[str, str, str, int] = (".", ",", "{}%", 3)

    # -- judgement: what a keyword match is about (see docs/packs.md, "What never counts") --
    # Discourse markers and idioms ("to be honest", "frankly", "as expected"): a keyword inside
    # one is not a claim, and the fillers report counts them. One counts as a marker where it
    # is a clause of its own or opens a sentence ("To be honest, I…"), not inside a sentence
    # ("I try to be honest with them").
    idioms: tuple[str, ...] = ()
    # Markers wherever they stand ("to be honest with you", "truth be told").
    fixed_idioms: tuple[str, ...] = ()
    # Markers only as a clause of their own ("Jag ska vara ärlig, …"), never where they open a
    # sentence that goes on ("Jag ska vara ärlig mot kunden …" is a claim).
    clause_idioms: tuple[str, ...] = ()
    # Words that, negated, make emphasis rather than negation ("never FORGET to follow up",
    # "no SUBSTITUTE for empathy", "not OPTIONAL"): compared by stem, or by prefix for
    # languages that join the negation to the verb (Telugu మర్చిపోలేదు, "did not forget").
    inverters: frozenset[str] = frozenset()
    inverter_prefixes: tuple[str, ...] = ()
    # Privative cues ("without"): negated themselves ("never leave without following up"), or
    # opening a sentence whose clause then negates ("Without empathy you can't…"), they affirm.
    privative_cues: frozenset[str] = frozenset()
    # Words naming a fault a candidate denies ("overpromise", "jargon"): a keyword holding one
    # should hold its negation too ("never overpromise"), or "I overpromise" earns and "I never
    # overpromise" reads as negated; `coach packs validate` warns (compared by stem).
    faults: frozenset[str] = frozenset()
    # Token endings that make a token such a privative cue, for languages that join "without"
    # to the verb (Telugu చేయకుండా, "without doing"); list them among the negation endings too.
    privative_endings: tuple[str, ...] = ()
    # The inverters that compare ("more", "better"): only they make emphasis when they follow
    # the match ("nothing I enjoy more than…"); empty means any inverter does.
    comparatives: frozenset[str] = frozenset()
    # Phrases that put a clause about the candidate's own life rather than serving people
    # (studies, hobbies, sport, pay, their own goals): a keyword in that clause earns nothing.
    other_senses: tuple[str, ...] = ()
    # Phrases that frame a whole sentence as the candidate's own life ("When I travel, I always
    # ask for an upgrade", "In my free time I'm very patient with…"): no keyword in it earns.
    life_frames: tuple[str, ...] = ()
    # Phrases that make the candidate the customer in the story they go on to tell ("from the
    # other side of the counter", "when I was the one complaining"): in the sentences after one,
    # what someone else does is service to the candidate (coach.scoring.scenes.customer_scene),
    # until a word of `customer_turns` turns the story to their own work ("So NOW at the tyre
    # centre I…", "If I were on the desk I'D…").
    customer_frames: tuple[str, ...] = ()
    customer_turns: frozenset[str] = frozenset()
    # Hearsay and others' expectations ("I'm told", "customers expect me to"): a keyword in
    # that clause reports what others say or want, not what the candidate does.
    hearsay: tuple[str, ...] = ()
    # The candidate's own pursuits (sports, hobbies, studies, pay, timetable), single words: a
    # keyword with one as its object ("passionate about football", after one of
    # `life_prepositions` or none) or as the subject it describes ("the pay was reliable")
    # is about the candidate's own life (coach.scoring.judge).
    life_nouns: frozenset[str] = frozenset()
    # Pursuits that name the candidate's own life only as a keyword's object ("passionate
    # about running", "good at solving puzzles"), not as a subject ("running late").
    life_objects: frozenset[str] = frozenset()
    # What the candidate studies, and the prepositions that name its topic: a keyword as the
    # topic ("a module ON active listening and empathy", "en föreläsning OM bemötande") is
    # a subject studied, not a deed (coach.scoring.senses). Not courses, which work runs too
    # ("a course on the new range" is product knowledge).
    # Words that place a time in order ("the NEXT morning", "the FOLLOWING day"): with the word
    # classes of time, a phrase put first that only says when (coach.scoring.forms.fronted_time).
    time_order: frozenset[str] = frozenset()
    study_nouns: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    # Words for people served ("customer", "guest", "mrs"): the object a phrase such as "get
    # back to them" needs; a thing or task in its place is another sense (coach.scoring.judge).
    people_words: frozenset[str] = frozenset()
    # Particles of phrasal verbs that carry meaning ("check back", "put away"): such a phrase
    # is never matched with its words reordered (coach.scoring.analysis).
    particles: frozenset[str] = frozenset()
    # Verbs of the mind ("realise", "learn"): a one-word keyword beside one qualifies a thought
    # ("I quickly realised"), not service (coach.scoring.judge).
    mental_verbs: frozenset[str] = frozenset()
    life_prepositions: frozenset[str] = frozenset()
    # Groups the candidate belongs to outside work, after "my" and a word or two: "my book
    # club", "my scout troop" (not "team": "my team" is as often the team at work).
    life_groups: frozenset[str] = frozenset()
    # Whoever is in a group, before the preposition that names it ("everyone IN my salsa
    # class"): coach.scoring.senses reads past them to the group.
    group_members: frozenset[str] = frozenset()
    # A partitive subject ("ONE OF the chefs", "some of our porters"): its linking word and the
    # words before it besides the numbers (number_words); the person after it is the subject.
    partitive: tuple[str, frozenset[str]] | None = None
    # Words a self-description may hold besides the trait ("I'm a patient person", "calm by
    # nature", "I'm good at listening"): such a clause is still only the trait
    # (coach.scoring.traits.trait_from_life).
    trait_words: frozenset[str] = frozenset()
    # Verbs that claim a trait as something had ("I've GOT loads of empathy", "jag HAR massor av
    # empati"): a self-description like one with a copula (traits.self_description).
    trait_verbs: frozenset[str] = frozenset()
    # Traits of a good employee rather than of good service ("reliable", "flexible",
    # "punctual"): claimed bare ("I'm very reliable"), they say the candidate turns up and
    # covers shifts; they earn when the sentence names someone served (traits.work_trait).
    work_traits: frozenset[str] = frozenset()
    # The working time and terms a candidate offers ("weekends", "shifts", "kvällar", "dress
    # code"): a work trait said of it ("I'm flexible WITH WEEKENDS", "flexibel på kvällar och
    # helger") is the candidate's availability, not service (traits.availability). Each form
    # as written.
    rota_words: frozenset[str] = frozenset()
    # A work trait wished for ("I need SOMETHING reliable", "jag behöver NÅT flexibelt"): a
    # verb of wanting, then a word for the job, then the trait (traits.availability).
    wish_verbs: frozenset[str] = frozenset()
    wished_things: frozenset[str] = frozenset()
    # Words that open a reported statement before its subject ("I have to say THAT I'm
    # flexible", "jag måste säga ATT jag är flexibel"): the statement is what follows.
    complementizers: frozenset[str] = frozenset()
    # Verbs of saying ("said", "told"): someone else saying the candidate is so ("Everyone at
    # my last job said I was very reliable") reports them, like hearsay (senses.said_of_me).
    speech_verbs: frozenset[str] = frozenset()
    # Whether such a verb reports someone else only with a person named right before it (past
    # two words at most: "Min mamma brukar säga att jag…"): where the subject follows the verb
    # when something else opens the sentence ("Blir det lång väntetid säger jag ärligt"), the
    # word before the verb is often no subject at all.
    speaker_named: bool = False
    # Words that take a figure of speech at its word ("I literally went the extra mile: I ran an
    # ultramarathon"): beside one, with no one served in the sentence, a keyword is another
    # sense (senses.said_literally).
    literal_markers: frozenset[str] = frozenset()
    # Exceptions that turn a negation into a claim about the candidate ("I don't let a customer
    # hear bad news from anyone BUT ME"): after the match in its sentence (negation.affirmed).
    exceptives: tuple[str, ...] = ()
    # The people served in any role, where a rule asks only whether a sentence is about
    # serving someone (traits.work_trait); empty means people_words. (Swedish names them here
    # without turning on the object rule that people_words drives.)
    customers: frozenset[str] = frozenset()
    # Forms of "be" that make a clause a self-description ("I'm", "I was", "been").
    copulas: frozenset[str] = frozenset()
    # Does the language drop the copula in the present ("నేను చాలా ఫ్లెక్సిబుల్", "I (am) very
    # flexible")? Then a trait that ends its clause after the candidate is a self-description.
    zero_copula: bool = False
    # Words that open a time of the candidate's own pursuits ("when I'm gaming").
    life_times: frozenset[str] = frozenset()
    # The scene of a story (coach.scoring.scenes): words that set a sentence at work (the
    # people served, the workplace, "our", "we"; empty turns the scene rule off), the
    # candidate's own words that make a life noun theirs ("I", "my"), the possessive before a
    # person from their life ("my dad"), and words that make a clause a comparison, not a
    # scene ("if that was my mum").
    scene_work: frozenset[str] = frozenset()
    scene_self: frozenset[str] = frozenset()
    scene_mine: frozenset[str] = frozenset()
    scene_conditionals: frozenset[str] = frozenset()
    # Words that make a work word before which they stand (past one determiner) a comparison,
    # not the scene: "parents ruder THAN any customer could be" is still the touchline.
    scene_comparisons: frozenset[str] = frozenset()
    # Words that put a work word behind the candidate (past one determiner): "I go to the gym
    # AFTER work", "efter jobbet cyklar jag hem" are not set at work.
    scene_leaving: frozenset[str] = frozenset()
    # Words that make a word for the person served the first half of a compound noun, as
    # written: "CUSTOMER service", "కస్టమర్ సర్వీస్" name the work, not someone served
    # (coach.scoring.whole.virtue_list).
    service_heads: frozenset[str] = frozenset()
    # Verbs that make the candidate what they are ("yoga has made me patient", "football taught
    # me to be calm"): with one, a pursuit as the subject is still the keyword's own life.
    causatives: frozenset[str] = frozenset()
    # Things a keyword may describe instead of the service ("the flexible hose", "an options
    # menu", "the machine's reliable again"): products, parts and screens, not what is said
    # or done for someone (no "call", "email", "plan": "a flexible payment plan" is service).
    things: frozenset[str] = frozenset()
    # The pronoun that stands for a thing as a subject ("our booking app … and IT'S normally
    # reliable", "the loyalty app … so IT greets them"), as written; a thing when the nearest
    # noun before it is one of `things` (coach.scoring.things).
    thing_pronouns: frozenset[str] = frozenset()
    # Where a keyword stands in or on a thing ("the options ON the lunch menu", "det finns
    # alternativ I appen"): prepositions, or for languages that mark place on the noun the
    # endings that do (Telugu యాప్‌లో, "in the app"). A keyword placed so, in a clause where the
    # candidate does nothing, is a feature of the thing (coach.scoring.things).
    place_prepositions: frozenset[str] = frozenset()
    # The preposition that names the doer of a passive ("the follow-up was done BY the app"): a
    # thing named after it did what the keyword names (coach.scoring.things).
    agent_prepositions: frozenset[str] = frozenset()
    place_endings: tuple[str, ...] = ()
    # Words that say a machine does it by itself ("automatically", "automatiskt", ఆటోమేటిక్‌గా):
    # in a clause where the candidate is not the subject, a keyword is the system's work ("it
    # automatically sends a follow-up email"; coach.scoring.things).
    automatic_words: frozenset[str] = frozenset()
    # Verbs of having ("we've GOT an automated follow-up email", "vi HAR ett automatiskt mejl"):
    # before an article, the candidate only owns the thing that does it (thing_words.automatic).
    possession_verbs: frozenset[str] = frozenset()
    # Words that say a thing exists ("THERE'S a root cause field", "det FINNS en enkät"): with a
    # verb of having, the frame that introduces a thing the workplace has (thing_words.had).
    existentials: frozenset[str] = frozenset()
    # Words that name or quote what is written ("called", "heter", Telugu అని after a quote): a
    # keyword in quotation marks after one, or in a sentence about a thing that holds no words
    # of the candidate's, is a name or a sign ('a folder called "Alternatives"').
    naming_words: frozenset[str] = frozenset()
    # Naming words that follow the name and make it a thing's, whoever speaks (Telugu X అనే Y,
    # "a Y called X": 'క్విక్ ఫిక్స్' అనే టూల్ వాడతాం, "we use a tool called Quick Fix").
    postposed_names: frozenset[str] = frozenset()
    # Verb endings after a form of "be" that keep a thing the doer ("the system WAS HAVING an
    # upgrade", not "the boiler was repaired"; coach.scoring.things).
    progressive_endings: tuple[str, ...] = ()
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
    # Verbs of asking for something ("wanted", "demanded"): the person served as their subject
    # names what they asked for, not what the candidate gave (coach.scoring.owners.requested).
    request_verbs: frozenset[str] = frozenset()
    # Second parts of buzzword compounds ("empathy-LED", "solution-FOCUSED"): a keyword joined
    # to one by a hyphen is a label, not a claim (coach.scoring.aside).
    jargon_heads: frozenset[str] = frozenset()
    # Verbs that ask for a list ("Name two…", "State at least four differences…"): bare keywords
    # answer such a question, so the bare-keyword sign of stuffing does not apply to it
    # (coach.scoring.whole.asks_for_list).
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
    # Verbs that make someone do the next one ("rather than MAKING them explain it all again"),
    # and the person served as their object ("them"): the one made to do it does it
    # (coach.scoring.owners.made_to). Not "let" ("I let him get it all out" is the candidate
    # listening) nor "help".
    makers: frozenset[str] = frozenset()
    served_objects: frozenset[str] = frozenset()
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
    # the candidate's; coach.scoring.roles.manner_subject).
    pace_adverbs: frozenset[str] = frozenset()
    # Words that intensify a possessive ("my own studies"): passed over like a determiner.
    own_words: frozenset[str] = frozenset()
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
    # In a verb-second language, the subject pronouns that follow a fronted verb ("Dagen efter
    # ringde HON och kollade"), as written: only forms that are never an object (not Swedish
    # "dom"). Someone else doing the keyword's verb (coach.scoring.owners.inverted_subject).
    inverted_subjects: frozenset[str] = frozenset()
    manner_prepositions: frozenset[str] = frozenset()
    # Words that open a subordinate clause ("if", "when"): a subject may follow one ("If THEY'RE
    # smiling when they leave, …": the person served smiles; coach.scoring.roles).
    subordinators: frozenset[str] = frozenset()
    # The passive: a form of "be" or "get" before a past participle ("they're TOLD the truth",
    # "she got OFFERED a refund"): the person served receives what the keyword names, so they
    # are not the one doing it (coach.scoring.roles.served_subject).
    passive_auxiliaries: frozenset[str] = frozenset()
    # Verbs that, like a passive auxiliary, make the participle after them something done to
    # their subject ("I FELT respected"): with the candidate as subject, they were the one
    # served (coach.scoring.owners.received).
    receiving_verbs: frozenset[str] = frozenset()
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
    # Endings of a noun's definite form (Swedish "appen", "systemet"): a thing so written opens
    # its clause as "THE app" does (coach.scoring.things).
    definite_endings: tuple[str, ...] = ()
    # Endings a finite verb has with a person or a thing as its subject (Telugu -ింది: "ఆమె
    # పలకరించింది", "she greeted", but "సమస్య పరిష్కారమైంది", "the problem got solved"): someone
    # else's action only when one of `person_subjects` (as written, nominative) stands before
    # the match in its sentence, with no word of the candidate's between.
    shared_person_endings: tuple[str, ...] = ()
    person_subjects: frozenset[str] = frozenset()
    # Endings a finite verb has only with things as its subject (Telugu's neuter plural -ాయి:
    # "అవి చాలా ఫాస్ట్‌గా బిల్ చేస్తాయి", "they [the machines] bill very fast"): the match is
    # something things do or are, not the candidate's service (coach.scoring.endings).
    thing_endings: tuple[str, ...] = ()
    # Verb endings that close a subordinate clause ("if", "after", "when": Telugu చేస్తే,
    # చేశాక): a person ending past one is another clause's verb, so the search stops there.
    subordinate_endings: tuple[str, ...] = ()
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


def in_first_person(tip: str, lang: Language) -> str:
    """A criterion's tip as the candidate would say it ("Show that you listen" -> "I listen")."""
    import re

    text = tip.strip()
    for pattern, replacement in lang.first_person:
        changed, count = re.subn(pattern, replacement, text, count=1, flags=re.IGNORECASE)
        if count:
            if changed.startswith(replacement) and len(changed) > len(replacement):
                rest = changed[len(replacement):]
                changed = replacement + rest[:1].lower() + rest[1:]
            text = changed
            break
    for pattern, replacement in lang.person_swaps:
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def lemma_table(table: str) -> dict[str, str]:
    """Lines of 'lemma form form …' ("go went gone") -> every form mapped to its lemma, for
    irregular verbs whose forms no stemmer joins to the lemma a keyword phrase is written with."""
    lemmas: dict[str, str] = {}
    for line in table.strip().splitlines():
        base, *forms = line.split()
        for form in forms:
            lemmas.setdefault(form, base)
    return lemmas


def supported() -> list[str]:
    """The language codes packs may declare."""
    return sorted(_registry())


# Languages register themselves in this entry-point group, each as `code = "module:LANGUAGE"`
# (coach's own three in pyproject.toml, besides `_MODULES`), the way pytest and llm find their
# plugins: another package adds a language without any change here.
ENTRY_POINTS = "coach.languages"


def _bundled(module: str) -> Callable[[], Language]:
    """How to load one of coach's own languages (its module here)."""
    return lambda: importlib.import_module(f"{__name__}.{module}").LANGUAGE


@cache
def _registry() -> dict[str, Callable[[], Language]]:
    """Language code -> how to load its Language: the bundled modules, then the languages
    installed packages register under ENTRY_POINTS (scanned once, on the first lookup; never
    at import, so `coach --version` stays fast). A bundled code is never replaced: a pack in
    `en` scores the same whatever else is installed. The bundled table also serves a source
    tree run without an install, which has no entry points."""
    from importlib.metadata import entry_points

    found = {code: _bundled(module) for code, module in _MODULES.items()}
    for point in entry_points(group=ENTRY_POINTS):
        found.setdefault(point.name, point.load)
    return found


@cache
def get_language(code: str) -> Language:
    """The Language for an ISO 639-1 code; KeyError when no installed language has it."""
    from coach.errors import CoachError

    # A bundled code is never replaced (see _registry): load it without scanning the installed
    # packages' entry points (importlib.metadata), which costs `coach score` more than the module.
    load = _bundled(_MODULES[code]) if code in _MODULES else _registry()[code]
    try:
        language = load()
    except Exception as exc:  # a broken plugin: say which, without a traceback
        raise CoachError(f"language {code!r} (entry point group {ENTRY_POINTS!r}) failed to "
                         f"load: {exc}") from None
    if not isinstance(language, Language) or language.code != code:
        raise CoachError(f"language {code!r} (entry point group {ENTRY_POINTS!r}) is not a "
                         f"coach.lang.Language with code {code!r}")
    return language


def language_problem(code: str) -> str | None:
    """Why a pack cannot use this language, or None when it can."""
    if code in _registry():
        return None
    return f"language {code!r} is not supported yet (supported: {', '.join(supported())})"
