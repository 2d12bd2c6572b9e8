"""The language data the judgement rules read to tell what a match is about (part of
coach.lang.Language)."""

from __future__ import annotations

from coach.records import record

from .fields_matching import Matching


@record
class Meaning(Matching):
    """What a keyword match is about (docs/packs.md, "What never counts"): markers,
    emphasis, the candidate's own life, scenes and things."""

    # Discourse markers and idioms ("to be honest", "frankly", "as expected"): a keyword inside
    # one is not a claim, and the fillers report counts them. One counts as a marker where it
    # is a clause of its own or opens a sentence ("To be honest, I…"), not inside a sentence
    # ("I try to be honest with them").
    idioms: tuple[str, ...] = ()
    # Markers wherever they stand ("to be honest with you", "truth be told").
    fixed_idioms: tuple[str, ...] = ()
    # Verbs of opinion or liking before which a one-word marker stands aside ("I honestly
    # THINK…", "I frankly LOVED it"; coach.scoring.markers), as written.
    opinion_verbs: frozenset[str] = frozenset()
    # Markers only as a clause of their own ("Jag ska vara ärlig, …"), never where they open a
    # sentence that goes on ("Jag ska vara ärlig mot kunden …" is a claim).
    clause_idioms: tuple[str, ...] = ()
    # Sayings that make the virtue they follow conditional, not a claim of it ("Courtesy WORKS
    # BOTH WAYS", "Respekt MÅSTE FÖRTJÄNAS"): a keyword opening the clause before one is set
    # aside as an idiom (coach.scoring.markers.conditional_saying).
    conditional_sayings: tuple[str, ...] = ()
    # Words that close a clause opened by a keyword and put it aside as a topic ("Empathy
    # ASIDE, …", "Empati I ALL ÄRA, men…"): coach.scoring.markers.put_aside. As written.
    topic_closers: tuple[str, ...] = ()
    # Words that name the job on offer, or the interviewer, in a question the candidate asks
    # ("Would there be parking for STAFF?", "Is the team HERE friendly?", "…ఇస్తారా సార్?"): the
    # keyword in it claims nothing (coach.scoring.markers.asks_about_job). As written.
    job_questions: tuple[str, ...] = ()
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
    # A habit given up, said after it in its sentence ("I used to follow up with everyone BUT I
    # STOPPED", "…, NOT THESE DAYS", "men jag slutade"): the habit is denied now
    # (coach.scoring.negation.lapsed). Matched as written.
    lapses: tuple[str, ...] = ()
    # A past time said with a habit ("I USED TO go the extra mile", "FÖRR gjorde jag lite
    # extra") and what turns to the present after it, in its sentence or opening the next
    # ("…, BUT NOW I stick to my job description", "…, MEN NU …"): the habit is denied now
    # (coach.scoring.turns.outgrown). Both as written.
    former_times: tuple[str, ...] = ()
    present_turns: tuple[str, ...] = ()
    # Frames that open a sentence and make all it says a weakness, a plan or a complaint ("MY
    # GREATEST WEAKNESS is that I say sorry too much", "IN FIVE YEARS I want…", "WHAT I DISLIKED
    # was…"), or open a question the next sentence answers ("Where do I see myself in five
    # years? As a duty manager…"): a keyword after them is denied, up to a word of contrast
    # (coach.scoring.turns.framed). As written.
    topic_frames: tuple[str, ...] = ()
    # The candidate only looking on ("… AND I WAS JUST STANDING THERE holding his passport",
    # "MEDAN JAG SATT i fikarummet och väntade", "… వెయిట్ చేస్తున్నాను"): what the sentence
    # tells someone else doing is theirs (coach.scoring.turns.bystanding). As written.
    bystanders: tuple[str, ...] = ()
    # Films, shows, books and the news ("IN THE DOCUMENTARY about Jamie Oliver, he's so
    # passionate…", "I read ON THE NEWS about a pilot who…", "JAG SÅG EN DOKUMENTÄR om…",
    # "సినిమాలో"): what the sentence tells after them is the story's, not the candidate's
    # (coach.scoring.turns.told_in_media). As written.
    media: tuple[str, ...] = ()
    # Verbs of seeing and hearing whose object is the subject of the deed after it ("I WATCHED a
    # receptionist stay calm…", "HEARD the nurse explain…", "SÅG hur receptionisten fick in…"),
    # and the words that may open that deed's clause ("how", "that", "hur"):
    # coach.scoring.turns.watched_doing. As written.
    perception_verbs: frozenset[str] = frozenset()
    perception_links: frozenset[str] = frozenset()
    # Frames right before a keyword that say the candidate fails at it, gave it up or does
    # something else ("I'm TERRIBLE AT following up", "I STOPPED apologising", "jag är DÅLIG PÅ
    # att följa upp", "INSTEAD OF following up"): the keyword is denied, unless a negation before the frame denies it in turn ("I'm not
    # terrible at…", "I never stopped…"; coach.scoring.scope_shapes.failed). As written.
    failings: tuple[str, ...] = ()
    # Shortcomings owned right after a keyword that opens its clause ("Follow-up is A WEAK SPOT
    # of mine", "My product knowledge COULD BE BETTER", "Flexibility is ALL VERY WELL, but…",
    # "Empati är NÅGOT JAG JOBBAR PÅ"): the keyword is denied, unless a negation before the
    # frame denies it in turn (coach.scoring.scope_shapes.admitted). As written.
    shortcomings: tuple[str, ...] = ()
    # Remarks on the interviewer's question ("that's a GOOD QUESTION", "det var en BRA FRÅGA"):
    # the sentence before one, or its clause before, repeats the question, no claim
    # (coach.scoring.markers.echoed_question). As written.
    question_remarks: tuple[str, ...] = ()
    # Words that open a clause taking up the words before it ("Going the extra mile, THAT'S the
    # company's slogan", "Vi överträffar förväntningarna, DET var företagets slogan"): with a
    # thing in that clause, the words before are the thing's (thing_words.resumed_thing).
    resumptives: frozenset[str] = frozenset()
    # Openings of a question asking the interviewer's leave ("CAN I follow up with you by email
    # after this?", "SKA JAG följa upp med er?"), and the words for "you" that make it theirs:
    # a keyword in such a question asks, it claims nothing (markers.asks_interviewer). As written.
    leave_questions: tuple[str, ...] = ()
    addressees: frozenset[str] = frozenset()
    # Prepositions that open a phrase describing the noun before them ("communication BETWEEN
    # the managers", "kommunikationen MELLAN oss"): a keyword so described may still be the
    # subject a dismissal after its copula judges (coach.scoring.scope). Single words.
    noun_prepositions: frozenset[str] = frozenset()
    # Openings of a rhetorical question that dismisses what it asks about ("WHAT'S THE POINT of
    # following up?", "VARFÖR SKULLE JAG be om ursäkt?"; Telugu after it, "… ఏం లాభం?"): the
    # keyword in that question is denied (coach.scoring.scope_shapes.rhetorical). As written.
    rhetorical_questions: tuple[str, ...] = ()
    # Idioms that refuse outright ("when pigs fly", "over my dead body", "Inte en chans"): said
    # after the keyword in its sentence, or opening the sentence after a question the keyword
    # stands in ("Flexible on returns? OVER MY DEAD BODY."), they deny it
    # (coach.scoring.scope_shapes.lapsed, answered_no). As written.
    outright_refusals: tuple[str, ...] = ()
    # Frames that deny what follows them in their sentence ("I'D BE LYING IF I SAID I always
    # follow up", "jag skulle ljuga om jag sa…"): denied in turn, it affirms ("… if I said I
    # didn't love it"). As written (coach.scoring.scope_shapes.denied).
    denials: tuple[str, ...] = ()
    # The unreal past (coach.scoring.unreal), as written: conditions ("HAD I phoned him back",
    # "IF I'D known", "OM JAG HADE förklarat"), the candidate's modal perfects ("I COULD HAVE
    # offered", "JAG BORDE HA sagt") and unreal results ("…, I'D HAVE called", "…, SKULLE JAG HA
    # kunnat"), each before a past form; the auxiliaries that make a sentence's "if I had" unreal
    # ("would", "skulle"); and, beside Language.past_form, the endings of a supine ("förklarAT").
    unreal_conditions: tuple[str, ...] = ()
    unreal_modals: tuple[str, ...] = ()
    unreal_results: tuple[str, ...] = ()
    unreal_auxiliaries: frozenset[str] = frozenset()
    supine_endings: tuple[str, ...] = ()
    # Phrases that open a sentence by crediting someone ("THANKS TO my manager, the customer got a
    # refund", "tack vare min chef"): with a colleague or third party after them, the sentence's
    # keywords are that person's doing (coach.scoring.receipts.credited_to). As written.
    credits: tuple[str, ...] = ()
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
    # Where the candidate studies, and the prepositions that open a sentence there ("IN my IT
    # COURSE we measured response time", "AT catering COLLEGE…", "I statistikKURSEN…"; the end
    # of a compound counts where the language has them): what the sentence says was learnt or
    # done in class, not service (coach.scoring.scenes.study_opening).
    study_settings: frozenset[str] = frozenset()
    study_openers: frozenset[str] = frozenset()
    # Those of them that open a field, one of `life_nouns` ("IN golf, courtesy means…", "I
    # matten…"), rather than a place that may be a workplace too ("at the gym", "på gymmet").
    field_openers: frozenset[str] = frozenset()
    # Roles of the candidate's own life, and the words that cast them in one before it ("AS
    # CAPTAIN of our netball team", "BEING club TREASURER", "SOM LAGKAPTEN") or after it
    # ("ట్రెజరర్ గా", as treasurer): what the sentence says they do there is not service, unless
    # it names the people served ("As a mum myself, I knew how the CUSTOMER felt";
    # coach.scoring.scenes.role_opening). A role's end counts where the language has compounds,
    # right after an opener or one of `field_openers` ("som LAGKAPTEN", "i roddKLUBBEN").
    life_roles: frozenset[str] = frozenset()
    role_openers: frozenset[str] = frozenset()
    role_markers: frozenset[str] = frozenset()
    served_people: frozenset[str] = frozenset()
    # The candidate as the one who wants, before a keyword, and the verb of wanting after it in
    # its sentence ("నాకు ఫ్లెక్సిబుల్ వర్కింగ్ అవర్స్ కావాలి", I want flexible working hours):
    # what they want from the job, not service (coach.scoring.scenes.wanted).
    want_experiencers: frozenset[str] = frozenset()
    want_verbs: frozenset[str] = frozenset()
    # (or what is wanted, a boss, a team or a job, named after the keyword, with a verb of
    # wanting anywhere in its sentence: "…నిజాయితీగా చెప్పే బాస్ నాకు కావాలి")
    wish_heads: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    # Prepositions that make a thing of the candidate's own (Language.things), after a keyword,
    # the means of the deed ("went above and beyond and drove it over IN my own car"): still service
    # (coach.scoring.aside._real).
    means_prepositions: frozenset[str] = frozenset()
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
    # A sport's or pastime's groups, after one of life_nouns ("our darts TEAM", "the chess club
    # PRESIDENT"), and its people ("the REFEREE"): as the subject opening a clause, what they
    # do is the pursuit's, not service (coach.scoring.groups.pursuit_subject).
    pursuit_groups: frozenset[str] = frozenset()
    # Documents about a job ("advert", "appraisal", "handbook", "platsannonsen", అప్రైజల్), by
    # stem: a quoted keyword in a sentence that names one is words written, not a deed
    # (coach.scoring.quotes.written_words).
    document_nouns: frozenset[str] = frozenset()
    pursuit_people: frozenset[str] = frozenset()
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
    # Nouns that make any trait a description of the candidate's character ("I'm a very honest
    # PERSON", "en väldigt ärlig MÄNNISKA"): claimed bare like a work trait (traits.work_trait).
    character_nouns: frozenset[str] = frozenset()
    # Endings of a possessive ("my nan'S eightieth", "farmorS åttioårsdag"): someone from the
    # candidate's life owning the keyword's object (senses.about_own_life).
    genitive_endings: tuple[str, ...] = ()
    # Participles of having between a trait and that noun (Telugu ఉన్న, గల: "ఓపిక గల మనిషిని",
    # a person having patience).
    having_words: frozenset[str] = frozenset()
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
    # my last job said I was very reliable") reports them, like hearsay (hearsay.said_of_me).
    speech_verbs: frozenset[str] = frozenset()
    # Verbs that stand for the verb said before them ("we were supposed to ring them back, and I
    # always DID"): after the candidate, they say the duty was kept (coach.scoring.ellipsis).
    pro_verbs: frozenset[str] = frozenset()
    # Tags that say where the words before them are written, opening a clause after them ("Man
    # ska inte lova för mycket, STOD DET I kompendiet", "…, IT SAYS IN the handbook"): those
    # words are a text's, not a claim (hearsay.speech_tag_after). As written.
    written_tags: tuple[str, ...] = ()
    # Whether such a verb reports someone else only with a person named right before it (past
    # two words at most: "Min mamma brukar säga att jag…"): where the subject follows the verb
    # when something else opens the sentence ("Blir det lång väntetid säger jag ärligt"), the
    # word before the verb is often no subject at all.
    speaker_named: bool = False
    # Words that take a figure of speech at its word ("I literally went the extra mile: I ran an
    # ultramarathon"): beside one, with no one served in the sentence, a keyword is another
    # sense (markers.said_literally).
    literal_markers: frozenset[str] = frozenset()
    # Words that bring an example ("like", "typ"): an example from the candidate's own life right
    # after a keyword says what it is about ("I love solving problems, LIKE crosswords";
    # coach.scoring.senses.life_example).
    example_markers: frozenset[str] = frozenset()
    # Exceptions that turn a negation into a claim about the candidate ("I don't let a customer
    # hear bad news from anyone BUT ME"): after the match in its sentence (negation.affirmed).
    exceptives: tuple[str, ...] = ()
    # Groups of others that open a clause as its subject ("MOST OF MY TEAM show real empathy",
    # "NÄSTAN ALLA i mitt team…"): what they do is theirs, as is what a group with one of the
    # exceptives does ("Everyone EXCEPT ME…"; coach.scoring.groups). As written.
    group_subjects: tuple[str, ...] = ()
    # The people served in any role, where a rule asks only whether a sentence is about
    # serving someone (traits.work_trait); empty means people_words. (Swedish names them here
    # without turning on the object rule that people_words drives.)
    customers: frozenset[str] = frozenset()
    # Forms of "be" that make a clause a self-description ("I'm", "I was", "been").
    copulas: frozenset[str] = frozenset()
    # Words of liking whose object says what is liked ("passionate ABOUT motorbikes", "my passion
    # IS horse riding"): a thing the rubric never names is a taste, not service (coach.scoring.tastes).
    liking_words: frozenset[str] = frozenset()
    # The prepositions that bring a liking word's object ("passionate ABOUT", "a passion FOR"; not
    # "my passion IN life", an adjunct).
    liking_prepositions: frozenset[str] = frozenset()
    # Where the thing liked comes first, the word that makes it the topic (Telugu అంటే: "నాకు
    # ట్రావెల్ అంటే చాలా ప్యాషన్", travel is my passion; tastes.liked_elsewhere).
    liking_topics: frozenset[str] = frozenset()
    # The trades of serving people ("retail", "hospitality"): liked, they are the job.
    trades: frozenset[str] = frozenset()
    # Words of degree or comment that may stand between a copula and what it says ("is A BIT
    # overrated", "är LITE överskattat", "är ärligt TALAT onödigt"): coach.scoring.scope reads
    # past them.
    degree_words: frozenset[str] = frozenset()
    # Forms of "be" fused with someone else's or a thing's subject ("it's", "that's"): a marker
    # right after one stands aside as after a copula ("it's honestly why I applied").
    fused_copulas: frozenset[str] = frozenset()
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
    # The same after the work word, in a language of postpositions: "కష్టమైన కస్టమర్ తర్వాత
    # ఇంటికి వెళ్ళి …" (after a difficult customer I go home and …) is not set at work.
    scene_leaving_after: frozenset[str] = frozenset()
    # The case endings a noun for a person takes, written on it, in a language that writes them
    # so: "మా పాపతో ఆడుకుంటాను" (I play WITH our little girl) names someone from the
    # candidate's life as surely as "మా పాప" does (scenes only: a case-marked noun is no subject).
    case_endings: tuple[str, ...] = ()
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
    # Words of contrast ("but", "men", "కానీ"): a frame of the candidate's own life on one side
    # sets no scene for a keyword on the other ("I'm quite shy outside work, but here I look up
    # and say hi"; coach.scoring.aside).
    contrasts: frozenset[str] = frozenset()
    # Those of them that may be an empty subject, standing for nothing: before a copula and a
    # clause it stands in for ("IT was great TO solve it quickly", "DET är viktigt ATT…"), or
    # before one of `empty_subject_verbs` ("DET GÅR snabbt", "det verkar", "det finns", it
    # goes, it seems, there is): then no thing does it.
    empty_subjects: frozenset[str] = frozenset()
    empty_subject_verbs: frozenset[str] = frozenset()
    # Where a keyword stands in or on a thing ("the options ON the lunch menu", "det finns
    # alternativ I appen"): prepositions, or for languages that mark place on the noun the
    # endings that do (Telugu యాప్‌లో, "in the app"). A keyword placed so, in a clause where the
    # candidate does nothing, is a feature of the thing (coach.scoring.things).
    place_prepositions: frozenset[str] = frozenset()
    # Prepositions that tie a place to the thing before it ("the printer AT the library is so
    # speedy", "kaffemaskinen I personalrummet"): the thing is still the subject (as written).
    place_links: frozenset[str] = frozenset()
    # Words of business figures ("percent", "procent", శాతం): a keyword in a sentence with one
    # and no word of the candidate's is the business's results (coach.scoring.thing_words).
    figure_words: frozenset[str] = frozenset()
    # The preposition that names the doer of a passive ("the follow-up was done BY the app"): a
    # thing named after it did what the keyword names (coach.scoring.things).
    agent_prepositions: frozenset[str] = frozenset()
    place_endings: tuple[str, ...] = ()
    # Words that say a machine does it by itself ("automatically", "automatiskt", ఆటోమేటిక్‌గా):
    # in a clause where the candidate is not the subject, a keyword is the system's work ("it
    # automatically sends a follow-up email"; coach.scoring.things).
    automatic_words: frozenset[str] = frozenset()
    # Words that open a clause of what a machine's work comes to ("Our booking platform sends
    # every guest a survey, SO the follow-up is taken care of"; coach.scoring.thing_words).
    result_links: frozenset[str] = frozenset()
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
    # Verbs after which the infinitive says what for ("I STOPPED to listen", not "stopped
    # listening"): a failing that ends in one is no failing before an infinitive
    # (coach.scoring.scope_shapes.failing). Swedish "slutade att lyssna" is the gerund: none.
    purpose_verbs: frozenset[str] = frozenset()
