"""The language data that says a deed a keyword names was not done (coach.scoring.undone; part
of coach.lang.Language as its `undone` field, so that the language modules stay short)."""

from __future__ import annotations

from coach.records import record

from .fields_shams import Shams


@record
class Undone(Shams):
    """Frames that leave the deed meant, planned, swapped or denied, as written."""

    # An intention or attempt before the keyword, given up by a word of contrast later in its
    # sentence ("I MEANT TO ring her back, but…", "Jag FÖRSÖKTE boka om…, men…"); after it
    # where Language.head_final ("…పంపించాలని అనుకున్నాను, కానీ …"), with the words that end
    # in one ("అడగాలనుకున్నాను").
    intentions: tuple[str, ...] = ()
    intention_endings: tuple[str, ...] = ()
    # The candidate's plan to start doing it, or a time still to come that opens the sentence
    # ("I'M GOING TO START offering upgrades", "FROM NEXT month…", "ska jag BÖRJA", after it
    # where head_final: "…పిలవడం మొదలుపెడతాను"), unless the word after the plan says how
    # (plan_exits: "I'll start BY apologising").
    plans: tuple[str, ...] = ()
    plan_exits: frozenset[str] = frozenset()
    # A future said after a time still to come, the two before the keyword in its sentence
    # ("NEXT TIME a guest has a problem, I'M GOING TO deal with it myself", "FROM NOW ON I'LL
    # only promise…", "EN DAG VILL JAG bli…"; futures, future_times), and where head_final the
    # endings of a verb of plan after it ("…రాసుకోబోతున్నాను", I am going to write; plan_endings).
    futures: tuple[str, ...] = ()
    future_times: tuple[str, ...] = ()
    plan_endings: tuple[str, ...] = ()
    # What was done instead, said before the keyword in its clause ("INSTEAD OF offering the
    # couple another date, I…", "LÅNGT IFRÅN ATT svara omedelbart…").
    substitutes: tuple[str, ...] = ()
    # A verb of claiming denied by a negation before it in its clause or a lie a few words
    # before it (after it, or the verb itself negated, where head_final): its reach runs on to
    # the end of its sentence over asides ("I can't CLAIM that, in all my years…, I once…", "It
    # would be a LIE to SAY that, …", "…మాట్లాడానని చెప్తే, అది అబద్ధమే").
    claim_verbs: frozenset[str] = frozenset()
    lie_words: frozenset[str] = frozenset()
    # The verbs that put the candidate after them when a negation opens the sentence ("AT NO
    # POINT during that week DID I…"); where verb_second, any verb does ("Inte en enda gång
    # under julhandeln LYCKADES JAG…").
    inversion_verbs: frozenset[str] = frozenset()
    verb_second: bool = False
    # Nouns of opportunity or need, denied before their infinitive ("I never got the CHANCE to
    # be a dependable face…", "there was never any NEED to learn…"); where head_final, after
    # the keyword with a negation after them ("…అడిగే అవసరం ఎప్పుడూ రాలేదు").
    chances: frozenset[str] = frozenset()
    # Where some of them are verbs too ("she wouldn't NEED to explain"), the words one must
    # follow to be a noun ("any NEED", "the CHANCE"); none listed, any will do.
    chance_determiners: frozenset[str] = frozenset()
    # The candidate's need, with a comparative before the keyword it reaches ("that I NEED TO
    # show MORE patience", "att JAG BEHÖVER visa MER förståelse"): something to improve.
    needs: tuple[str, ...] = ()
    # Someone at work nagging the candidate to do it ("my supervisor KEEPS TELLING ME TO add a
    # personal touch"; after it where head_final: "…చెప్తూనే ఉంటారు"), and verbs of reproach
    # with the candidate in what they report ("a guest COMPLAINED to my manager that I'd
    # explained it in jargon", "…అని ఒక కస్టమర్ ఫిర్యాదు చేశారు"): told, not done.
    nags: tuple[str, ...] = ()
    reproaches: frozenset[str] = frozenset()
    # Verbs of the first person that end a yes/no question where head_final ("…అడిగానా?", did
    # I ask?; coach.scoring.asked.self_asked), by their ending.
    asked_endings: tuple[str, ...] = ()
    # Words that put the candidate's own deed in doubt right before them as its subject
    # ("WHETHER I responded promptly, I'm not sure"), and the modals after that subject that ask
    # leave instead ("whether I COULD offer her a refund"; coach.scoring.asked.in_doubt).
    doubts: frozenset[str] = frozenset()
    doubt_exits: frozenset[str] = frozenset()
    # Verbs that define the word before them ("Empathy, as our booklet put it, MEANS feeling
    # with someone", "Flexibilitet HANDLAR OM att…"; coach.scoring.asked.defined), as written; the
    # words right after one that make it a value instead ("means EVERYTHING to me"), and the
    # words that may open the word defined ("I wrote THAT courtesy means…", "asked WHAT…").
    definers: tuple[str, ...] = ()
    definer_exits: frozenset[str] = frozenset()
    definer_openers: frozenset[str] = frozenset()
    # Words of excess before an infinitive the keyword opens: too much to do it ("I was TOO busy
    # to go the extra mile"; coach.scoring.reaches.excess).
    excess: frozenset[str] = frozenset()
    # Hedges after a claim that turn it to irony ("I was ever so courteous, IF YOU COUNT rolling
    # my eyes"; coach.scoring.asked.ironic), as written.
    ironies: tuple[str, ...] = ()
    # Boasts that a colon or dash then belies: the story after it shows the opposite ("My
    # follow-up was LEGENDARY: I phoned him back exactly never", "Min produktkunskap var
    # IMPONERANDE: jag sålde…"; coach.scoring.asked.mocked), as written.
    mocks: tuple[str, ...] = ()
    # Motives after a deed that make it for show ("I stayed polite, but ONLY BECAUSE my bonus was
    # on the line", "Jag log, men det var BARA FÖR ATT vi hade mystery shoppers";
    # coach.scoring.asked.for_show), as written.
    motives: tuple[str, ...] = ()
    # Limits after a claim that keep it only where it costs the candidate nothing ("I'm patient,
    # AS LONG AS nobody raises their voice", "…, UTOM när jag sitter med kassan", "…లుంగీలో
    # వచ్చేవాళ్ళని తప్ప", except those in lungis), as written; and the words of what can be done
    # that make a limit honest instead ("as long as the kitchen CAN do it", "så länge det FUNKAR")
    # (coach.scoring.shortfalls.limited).
    limits: tuple[str, ...] = ()
    feasibility_words: frozenset[str] = frozenset()
    # Verbs of starting or trying that govern a deed (as written), and an effort given up after
    # it ("I STARTED explaining the warranty in plain words, then LOST PATIENCE", "Jag BÖRJADE
    # förklara…, men GAV UPP halvvägs"; coach.scoring.shortfalls.abandoned), as written.
    start_verbs: frozenset[str] = frozenset()
    # "Only" before a deed and the conditions after it it makes a limit ("I ONLY look for
    # alternatives IF the guest pushes"; coach.scoring.shortfalls.limited), as written.
    only_words: frozenset[str] = frozenset()
    only_limits: frozenset[str] = frozenset()
    abandons: tuple[str, ...] = ()
    # What a list's heading says is left out, dropped or put last (as written): the heading
    # before a colon denies the items after it ("Things I SKIP when it's busy: follow-ups, small
    # talk", "Det första som RYKER: artigheten", "పని ఎక్కువగా ఉన్నప్పుడు నేను స్కిప్ చేసేవి: …";
    # coach.scoring.headings).
    omissions: tuple[str, ...] = ()
    # Misdeeds that belie a claim when a colon or dash tells them after it (as written): "I was
    # perfectly courteous to him: I only ROLLED MY EYES when he turned his back", "…: jag läste
    # upp hela bilagan ORD FÖR ORD" (coach.scoring.asked.belied).
    misdeeds: tuple[str, ...] = ()
    # (and the words of sequel that tell one after the deed in a clause of its own: "I gave him a
    # warm hello, THEN turned my back to finish my text", "…, och SEDAN lade jag på")
    sequels: frozenset[str] = frozenset()
    # Openings of a short sentence that take back the claim of the sentence before (as written):
    # "I'm polite to every guest. WELL, every guest who's polite to me first.", "… ELLER, jag
    # hänvisar till avtalet", "… అంటే, నా షిఫ్ట్ ముగిసే వరకు" (coach.scoring.shortfalls.retracted).
    retractions: tuple[str, ...] = ()
    # A preference that puts the deed last: a word of preferring, then "than" before the deed
    # ("I'd RATHER hide in the stockroom THAN say hello", "HELLRE … ÄN ringa tillbaka"), or
    # where head_final "than" ending a word after it and the word of preferring after that
    # ("… అడగడం కంటే … ఇష్టపడతాను"; coach.scoring.shortfalls.dispreferred). As written.
    preference_words: frozenset[str] = frozenset()
    preference_links: tuple[str, ...] = ()
    # Frequencies too rare to be a habit, said after the claim in its sentence (as written): "I've
    # gone the extra mile EXACTLY ONCE IN SIX YEARS", "… EN ENDA GÅNG PÅ SJU ÅR", "… పదింటిలో
    # ఒక్కసారి" (once in ten) (coach.scoring.scope_shapes.lapsed).
    rare_frequencies: tuple[str, ...] = ()
    # A belief of the candidate's own that the answer reverses (as written): "I THOUGHT I'd
    # explained the fees clearly, UNTIL the complaint letter…", "Jag VAR SÄKER PÅ att…, ända
    # TILLS…"; where verbs come last the belief follows the deed, and one fused to a first person
    # past needs no reversal ("…చేశాననుకున్నా", I thought I had done; belief_endings)
    # (coach.scoring.hindsight.mistaken).
    beliefs: tuple[str, ...] = ()
    belief_endings: tuple[str, ...] = ()
    reversals: tuple[str, ...] = ()
    # Rewards to the candidate (as written) that a condition or restriction keeps the deed for
    # ("…, but only WHEN there's a TIP", "the customers WHO tip"): the words that open one besides
    # the subordinators (reward_links), where verbs come last the conditional and relative
    # endings that close one (reward_endings), and the concessions before one that keep the
    # claim ("EVEN when there's no tip") (coach.scoring.hindsight.rewarded).
    rewards: tuple[str, ...] = ()
    reward_links: frozenset[str] = frozenset()
    reward_endings: tuple[str, ...] = ()
    concessions: frozenset[str] = frozenset()
    # Teaching others the deed, then doing otherwise (as written): verbs of teaching, those
    # taught, the contrasts that turn to the candidate's own practice, and the words there that
    # agree instead ("I coach NEW STARTERS to own every problem, BUT if a customer brings one to
    # me I transfer them"; "…, but I ALSO…") (coach.scoring.hindsight.preached).
    teachings: frozenset[str] = frozenset()
    learners: frozenset[str] = frozenset()
    practice_contrasts: frozenset[str] = frozenset()
    practice_affirmers: frozenset[str] = frozenset()
    # Outcomes that show the deed failed, told after it (as written): "…, and he ended up MORE
    # CONFUSED THAN when he rang", "…, och BAD ATT FÅ PRATA MED EN KOLLEGA"
    # (coach.scoring.hindsight.failed_outcome).
    failures: tuple[str, ...] = ()
    # "The rest" after a claim, opening a clause of its own (as written), which keeps the deed
    # from all but a favoured few ("…; EVERYONE ELSE gets the policy read out", "…, ALLA ANDRA
    # får…"); the words that may stand right before it ("FOR everyone else"), the comparisons
    # that make it no restriction ("better THAN everyone else"), and the words after it that
    # make it colleagues ("everyone else on the TEAM") (coach.scoring.favours.favoured).
    the_rest: tuple[str, ...] = ()
    rest_links: frozenset[str] = frozenset()
    # (a clause joined by one of `additives` adds to the claim, not restricts it: "…, and new
    # customers get a warm welcome"; and "the X ONES" opening a clause is the rest too: "…; the
    # grumpy ONES I pass to my colleague" (rest_heads))
    additives: frozenset[str] = frozenset()
    rest_heads: frozenset[str] = frozenset()
    comparisons: frozenset[str] = frozenset()
    rest_colleagues: frozenset[str] = frozenset()
    # Words of cause and the scripts and checklists after them that make a deed a box ticked
    # ("…, BECAUSE it's step two of the SCRIPT"; coach.scoring.favours.ticked).
    causes: frozenset[str] = frozenset()
    checklists: frozenset[str] = frozenset()
    # (and the sales, ratings and reviews that make it a tactic: "…, so the shop's RATING goes up")
    tactics: frozenset[str] = frozenset()
    # A time after the deed that says it came too late: words of time, and "already" in their
    # clause ("…, AFTER her car had ALREADY been towed"; coach.scoring.favours.too_late).
    late_links: frozenset[str] = frozenset()
    late_words: frozenset[str] = frozenset()
    # Vague qualifiers that, with the language's hedges, empty a claim when a sentence holds
    # three ("I'd say, mostly, …, generally speaking"; coach.scoring.manner.hedged), and a
    # grudging manner told with the deed ("with a sigh", "through gritted teeth"; manner.grudging),
    # as written.
    qualifiers: tuple[str, ...] = ()
    grudges: tuple[str, ...] = ()
    # Pressure a deed waited for, after "after" or "once" (late_links) in its clause ("…, after
    # she ESCALATED it"), and the words of delay before it that make a complaint there pressure
    # too ("I EVENTUALLY checked back…, after she'd COMPLAINED twice") (manner.pressed), as written.
    pressures: tuple[str, ...] = ()
    delays: tuple[str, ...] = ()
    complaints: frozenset[str] = frozenset()
    # Those whose presence a deed is kept for (a manager, an auditor, a mystery shopper), the
    # words that open a time or condition besides the subordinators ("in ANY week…", "DURING
    # mystery-shopper season"; where verbs come last, words of time after the watcher, "… ఉన్న
    # రోజు", the day … is in), and the words of watching or being there after the watcher in its
    # clause ("whenever the area manager is ON THE FLOOR", "när chefen LYSSNAR") that make it an
    # audience, not a request ("when a guest asks for the manager")
    # (coach.scoring.audience.watched).
    watchers: frozenset[str] = frozenset()
    watch_links: frozenset[str] = frozenset()
    watch_words: frozenset[str] = frozenset()
    # Pretend settings a deed happened in (a role-play, a quiz, a dream), as written or, for
    # compounds and fused postpositions, by ending ("kundservicespelET", "రోల్-ప్లేలో", in the
    # role-play); the prepositions that open one ("IN the training role-play", "ON the empathy
    # quiz"), and the words that make the deed real instead ("…, and then with a REAL customer")
    # (coach.scoring.audience.pretended).
    pretend_settings: tuple[str, ...] = ()
    pretend_endings: tuple[str, ...] = ()
    setting_links: frozenset[str] = frozenset()
    real_words: frozenset[str] = frozenset()
    # Knowledge without practice (as written): frames of study before the match in its clause
    # (after it where verbs come last: "…పుస్తకం మూడుసార్లు చదివాను", I read the book three times)
    # ("I know ALL THE THEORY ABOUT under-promising", "Jag har LÄST ALLT OM…"), words of rote
    # learning after it with a document or method named before them ("I know the follow-up
    # PROCEDURE INSIDE OUT", "…värdeGRUNDEN … UTANTILL"; lore_nouns), and the words after it that
    # put the knowledge to use ("…, and I USE it with EVERY guest"; lore_practice)
    # (coach.scoring.audience.learned_only).
    lore_frames: tuple[str, ...] = ()
    rote_words: tuple[str, ...] = ()
    lore_nouns: frozenset[str] = frozenset()
    lore_practice: frozenset[str] = frozenset()
    # The candidate's words of hearsay or belief around a deed told in the passive ("The customer
    # was called back eventually, I'M TOLD"), as written: they do not make the candidate its doer
    # (coach.scoring.passives.agentless); the finite passive auxiliaries that tell a deed done
    # ("was", "got"; not "I'd BE stressed too"), and the endings of a passive verb where the
    # language has one ("gjorDES", "hälsaDES").
    epistemic: tuple[str, ...] = ()
    passive_finite: frozenset[str] = frozenset()
    passive_endings: tuple[str, ...] = ()
    # Claims measured against a low bar or hoped for (coach.scoring.wants), as written: the
    # words that compare with someone else, and the relative words that then describe them
    # ("better at follow-up THAN my old colleague, WHO never checked back"; bar_links,
    # bar_relatives); and words of hope before the match (after it where verbs come last:
    # "HOPEFULLY he got his call back", "Jag HOPPAS ATT hon kände sig förstådd", "…అని
    # ఆశిస్తున్నా").
    bar_links: tuple[str, ...] = ()
    bar_relatives: frozenset[str] = frozenset()
    # (someone, not something: a colleague, staff or one of bar_people between the two; not "ett
    # ärligt nej är bättre än ett löfte SOM spricker")
    bar_people: frozenset[str] = frozenset()
    hopes: tuple[str, ...] = ()
    # Deeds that never came (coach.scoring.chances), as written. A near miss or a chance passed
    # before the keyword in its clause ("I ALMOST apologised", "I was ON THE VERGE OF following
    # up", "BEFORE I COULD explain…", "Jag skulle PRECIS le…", "INNAN JAG HANN…"), unless a word
    # of near_exits, a number or an article follows it ("ALMOST ALWAYS", "NEARLY AN hour",
    # "nästan alltid": a habit, a quantity); where verbs come last, a verb after the keyword
    # whose ending says "before … could" ("…అనుకునేలోపే").
    near_misses: tuple[str, ...] = ()
    near_exits: frozenset[str] = frozenset()
    near_endings: tuple[str, ...] = ()
    # A deed further still from done than a negated one before it ("I didn't even look up, LET
    # ALONE greet her", "…, ÄN MINDRE…"); where verbs come last, said after it ("…మాట
    # దేవుడెరుగు", God knows about…).
    let_alones: tuple[str, ...] = ()
    # The last thing one would do: a frame in the keyword's sentence with a word of would,
    # wanting or caring after it ("the last thing I'D do", "the last person WHO'D…", "the last
    # thing on my MIND"; not "the last thing I do before closing a ticket"); with no such words
    # listed, the frame alone ("…చివరి మనిషిని నేనే", I'm the last person…).
    last_frames: tuple[str, ...] = ()
    last_denials: frozenset[str] = frozenset()
    # Leave asked and not used: a verb of asking, then a word of whether with the candidate and
    # a modal before the keyword ("I ASKED my supervisor WHETHER I SHOULD follow up…", "frågade
    # chefen OM JAG FICK…"); where verbs come last, the keyword's verb asking by its ending and a
    # verb of asking after it ("…మాట్లాడాలా అని … అడిగాను"). A word of approval after the
    # keyword in its sentence or the next keeps the deed ("…, she AGREED, and I refunded her");
    # without one, a negation after it in its sentence or an instruction to do something else
    # (leave_redirects: "she SAID TO leave it in the queue") says it was not done; nothing there
    # leaves it done.
    leave_asks: frozenset[str] = frozenset()
    leave_links: frozenset[str] = frozenset()
    leave_modals: frozenset[str] = frozenset()
    leave_endings: tuple[str, ...] = ()
    approvals: tuple[str, ...] = ()
    leave_redirects: tuple[str, ...] = ()
    # Few served: a word of few before a word for people served ("FEW of my callers ever got a
    # follow-up", "NOT MANY guests…", "FÅ AV kunderna…"), not after a determiner ("a few", "the
    # few who…"); where verbs come last, anywhere in the sentence ("కొద్దిమందికే", to only a few).
    few_words: tuple[str, ...] = ()
    # Deeds hollowed out (coach.scoring.hollow), as written: a frame that holds the deed back or
    # empties it, before the keyword in its clause (after it where verbs come last): "I STOPPED
    # SHORT OF apologising", "I PRETENDED TO listen", "I WENT THROUGH THE MOTIONS OF following
    # up", "a far cry from courteous", "Jag LÅTSADES förstå…", "…సానుభూతి ఉన్నట్టు నటించాను";
    # words that say the virtue was gone, right after the keyword ("Empathy was IN SHORT SUPPLY",
    # "Follow-up WENT OUT OF THE WINDOW", "Empatin var EN BRISTVARA", "…కరువైపోయేది"); and
    # sarcasm that opens the sentence ("YEAH RIGHT, like I'm going to…", "AS IF I'D…", "SOM OM
    # JAG SKULLE…"; anywhere in it where verbs come last, "…ఏదో నాకు…").
    holdbacks: tuple[str, ...] = ()
    gone_words: tuple[str, ...] = ()
    sarcasms: tuple[str, ...] = ()
    # A deed kept up only briefly: a span after the keyword in its clause that mocks its length
    # ("…FOR ALL OF two minutes", "…LASTED ABOUT a week", "…FOR THE FIRST hour"), then a turn later
    # in the sentence ("…, THEN told him…", "…BEFORE I went back to…"); or a plain span
    # (brief_lengths: "for about", "i ungefär") of seconds or a minute (brief_units: "…for about
    # thirty SECONDS, then told him…"). Not "for about an hour", which as often tells how long a
    # deed took.
    brief_spans: tuple[str, ...] = ()
    brief_lengths: tuple[str, ...] = ()
    brief_units: frozenset[str] = frozenset()
    brief_turns: tuple[str, ...] = ()
    # A deed in name only (coach.scoring.hollow): words that say it was not the real thing, in the
    # keyword's clause or the one beside it ("TECHNICALLY I followed up: the system sent…", "I was
    # courteous, IN A MANNER OF SPEAKING", "my SO-CALLED explanation", "WHAT PASSED FOR empathy",
    # "…, IF YOU CAN CALL IT THAT", "Jag svarade snabbt, SÅ ATT SÄGA", "…సో-కాల్డ్ సానుభూతి");
    # nominal_turned ones only with a contrast later in the sentence ("ON PAPER I run through the
    # checklist, BUT…", "I TEORIN…, men…"; not "I wrote the steps down on paper for her").
    nominal: tuple[str, ...] = ()
    nominal_turned: tuple[str, ...] = ()
    # A deed put last (coach.scoring.lesser): words after the keyword in its clause, a few words
    # on ("Going the extra mile is THE LEAST OF MY PRIORITIES", "greeting people MATTERS THE
    # LEAST to me", "…är DET MINSTA AV MINA BEKYMMER", "…చివరి ప్రాధాన్యం"), not negated.
    least_words: tuple[str, ...] = ()
    # A rare share: a tail (rare_shares: "in twenty", "out of ten", "av tjugo") with a small count
    # a few words before it (rare_counts: "ONE customer IN TWENTY", "TWO shifts OUT OF TEN"), or
    # a tail that needs none ("var TJUGONDE kund"; rare_ordinals), in the keyword's clause, not
    # denied nor before a unit of time ("var tjugonde minut", a rhythm). Not "nineteen in
    # twenty", nor "nine out of ten".
    rare_shares: tuple[str, ...] = ()
    rare_counts: frozenset[str] = frozenset()
    rare_ordinals: tuple[str, ...] = ()
    # What a better worker would have done: a clause opened by one of better_workers ("A BETTER
    # host…", "SOMEONE MORE patient…", "En MER empatisk kassörska…") with one of better_modals
    # before the keyword ("…WOULD have said sorry", "…HADE nog märkt").
    better_workers: tuple[str, ...] = ()
    better_modals: frozenset[str] = frozenset()
    # A claim taken back (coach.scoring.retorts): a denial with its verb left out, the whole of
    # the next sentence or of the sentence's last clause, made only of elided_words and a
    # negation ("People assume I'm patient. I'M NOT.", "…. NOT.", "Det gör jag inte."); or a tag
    # after the keyword in its sentence (retort_tags: "…, SAID NO ONE ever", "…, OR SO I'M TOLD",
    # "…, though the customer MIGHT TELL YOU OTHERWISE", "…, ELLER DET PÅSTÅR mitt cv").
    elided_words: frozenset[str] = frozenset()
    retort_tags: tuple[str, ...] = ()
