"""English judgement phrases kept apart from the rules in english.py: discourse markers, the
candidate's own life, things and hearsay (coach.scoring.aside reads them through Language;
hand-offs are english_handoffs.py's). Collocations are matched with their function words as written."""

from __future__ import annotations

from coach.lang import NUMERAL

# A speaker's stance announced to the interviewer: "To be perfectly frank, …", "Let me be
# transparent, …", "If I'm being candid, …", "I'll be straight with you, …". Markers only as a
# clause of their own (Language.clause_idioms): "I'll be transparent about the wait" and "to be
# honest with customers" are claims. Every frame with every stance word, with or without "with
# you" (the interviewer, never the person served).
_STANCE_FRAMES = ("to be", "to be perfectly", "to be totally", "to be completely", "to be quite",
    "to be really", "to be brutally", "to be fully", "just to be", "if i'm being",
    "if i am being", "if i'm", "if i am", "let me be", "i'll be", "i will be",
    "i'm going to be", "i am going to be", "i have to be", "i've got to be",
    "i must be", "i want to be")
_STANCES = ("honest", "frank", "candid", "straight", "upfront", "up front", "transparent",
    "blunt", "truthful", "open", "real", "fair")
_STANCE_IDIOMS = tuple(f"{frame} {stance}{tail}" for frame in _STANCE_FRAMES
    for stance in _STANCES for tail in ("", " with you"))

CLAUSE_IDIOMS = (
    *_STANCE_IDIOMS, "in the interest of transparency", "in the interests of transparency",
    "in the interest of honesty", "in the interests of honesty", "in all candour",
    "in all candor", "to tell you straight", "to tell it straight", "to put it plainly",
    "with the utmost respect", "with the highest respect", "with great respect",
    "the honest answer", "honest answer",
    # "Just quickly, before I forget, …": to the interviewer, as a clause of its own
    "just quickly", "very quickly", "really quickly",
    # Signposts to the interviewer, as a clause of their own: "To clarify, I meant the
    # warranty", "Following up on that, …"; "I asked questions to clarify" is a claim.
    "to clarify", "just to clarify", "to be clear", "just to be clear", "following up on that",
    "following on from that", "to follow up on that", "just to follow up on that",
    "to follow up on my last answer", "to follow up on my last point",
    "to follow up on my earlier answer", "to follow up on my earlier point",
    "following up on my last answer", "following up on my last point",
    "in plain english",
    # "To summarise, I've done two years in retail", "Politely put, my last manager was…"
    "to summarise", "to summarize", "just to summarise", "just to summarize", "to sum up",
    "in summary", "to put it politely", "politely put", "put politely", "personally speaking",
    # "I won't lie, …" to the interviewer; "I won't lie to a customer" is a claim
    "i won't lie", "i will not lie", "not gonna lie", "i'm not gonna lie", "not going to lie",
    "i'm not going to lie", "let's be honest", "let's be real",
    # sentence adverbs to the interviewer, as a clause of their own: "Alternatively, I could
    # email my references", "Realistically, I can start in March" ("I set realistic
    # deadlines" is a claim)
    "alternatively", "realistically", "realistically speaking", "ideally", "memorably",
    "admittedly", "ideally speaking",
    # "Beyond what I've already mentioned, …", "Following up on my earlier point, …"
    *(f"{lead} {what}" for lead in ("beyond", "beyond what", "following up on", "to follow up on",
                                     "just following up on", "just to follow up on")
      for what in ("what i've said", "what i've already said", "what i've mentioned",
                   "what i've already mentioned", "what i said", "what i mentioned",
                   "i've said", "i've already said", "i've mentioned", "i've already mentioned",
                   "my earlier point", "my previous point", "my previous answer",
                   "your question", "your last question", "what you said", "what you asked")))

IDIOMS = (
    # said to the interviewer about the answer, not the service: "I'll say right away
    # that this happened a lot"
    "i'll say right away", "i'll say straight away", "let me say right away",
    "let me say straight away", "i should say right away", "i should say straight away",
    "i'll admit right away", "i'll admit straight away", "i'll tell you right away",
    "i'll tell you straight away", "i'll say up front", "let me say up front",
    "i can tell you", "i could tell you", "let me tell you",
    "to be honest", "honestly", "frankly", "candidly", "bluntly", "to be fair", "in fairness", "fair enough",
    "i have to say", "i must say", "i've got to say", "as expected", "as you'd expect",
    "i must confess", "i have to confess", "i must admit", "i have to admit", "i'll admit",
    "to be blunt", "to be frank",
    "as you would expect", "believe me", "trust me", "mind you", "needless to say",
    # a witness called to back a claim: "I'm a very honest person, ask anyone"
    "ask anyone", "ask anybody", "ask anyone who knows me", "ask anybody who knows me",
    # more of the class as people say and type it
    "tbh", "ngl", "hand on heart", "for what it's worth", "real talk", "in all seriousness",
    "i'd be lying if i said", "i would be lying if i said",
    "at the end of the day", "to be clear", "as a matter of fact", "seriously",
    "with all due respect", "with respect", "all in all", "long story short",
    "by the way", "sure enough", "of course", "obviously", "no offence",
    "respectfully", "truthfully", "to be real", "to my surprise", "surprisingly",
    "funnily enough", "as it happens", "as it turned out",
    # Intensified forms: "To be brutally honest, …" but not "I try to be brutally
    # honest with customers".
    "to be totally honest", "to be brutally honest", "to be quite honest",
    "to be really honest", "quite honestly", "quite frankly",
    "i'm being honest with you", "i am being honest with you", "honest to god",
    "with all respect", "as i expected", "as we expected", "as you can expect",
    "as you might expect", "as you can imagine",
    # a marker at the end of its clause: "I don't mind staying late, honest."
    "honest",
    # sentence adverbs and attention-getters: "Clearly, it was a busy night",
    # "Listen, night shifts are hard" (not "I explained it clearly")
    "clearly", "evidently", "listen", "look", "put simply", "simply put")

# Sayings that make the virtue before them conditional: "Courtesy works both ways".
CONDITIONAL_SAYINGS = ("works both ways", "work both ways", "goes both ways", "go both ways",
                       "cuts both ways", "is a two-way street", "is a two way street",
                       "is a two-way thing", "is a two way thing", "is one of our values",
                       "is one of our core values", "is one of our brand values",
                       "is one of our company values", "was one of our values", "was one of the values",
                       "is one of the values", "was one of our core values", "were our values",
                       # a virtue said to be learnt or chosen by anyone: "Patience is something
                       # you can decide to have"
                       "is something you can decide", "is something you can learn",
                       "is something you learn", "is a choice you make",
                       "has to be earned", "have to be earned", "must be earned",
                       "needs to be earned", "is earned", "is something you earn",
                       # a virtue with its limits: "Empathy only goes so far with rude people"
                       "only goes so far", "only go so far", "has its limits", "have their limits",
                       "has limits", "wears thin", "wore thin", "runs out", "ran out")

FIXED_IDIOMS = (
    # hearsay of one's sources ("I'm reliably informed the shop shuts at six"); emphasis anywhere
    "reliably informed", "goes without saying",
    # asking the interviewer, across its comma: "I'm sorry, could you repeat the time?"
    "i'm sorry could you repeat", "sorry could you repeat",
    "i'm sorry can you repeat", "sorry can you repeat", "i'm sorry could you say",
    "sorry could you say", "i'm sorry i'll have to think",
    "sorry i'll have to think", "i'm sorry let me think", "sorry let me think",
    "i'm sorry what was the question", "sorry what was the question",
    "sorry i didn't catch", "i'm sorry i didn't catch",
    "sorry i forgot the question", "i'm sorry i forgot the question",
    "i'm so sorry i forgot the question", "sorry i've forgotten the question",
    "sorry i lost my train of thought", "sorry i've lost my train of thought",
    # about the answer itself: "I'll try to explain my thinking here"
    "explain my thinking here", "explain my reasoning here", "explain my answer",
    # following up what was said in the interview: "As a follow-up to what I said before, …"
    "as a follow-up to", "as a follow up to", "to follow up on what", "following up on what",
    "to follow up on your", "follow up on my earlier", "follow up on my answer",
    "passionate about this question", "explain you my", "explain my experience",
    # availability offered, not speed of service: "I'm available straight away, I can start Monday"
    "available straight away", "available immediately", "can start straight away",
    "can start immediately",
    "tricky one to explain", "hard one to explain", "hard to explain", "difficult to explain",
    "easy to explain", "simple to explain",
    "how to explain it", "to answer your question", "answer your question quickly",
    "to be honest with you", "to be perfectly honest", "to be completely honest",
    "if i'm honest", "if i am honest", "if i'm being honest", "if i am being honest",
    "truth be told", "to tell you the truth", "to tell the truth", "in all honesty",
    "honestly speaking", "frankly speaking", "i'll be honest", "i will be honest",
    "let's be honest", "let me be honest", "i'll be honest with you",
    "with all due respect", "no disrespect", "in my honest opinion",
    "to be fair to", "as expected", "than i expected to", "more than i expected",
    "if i'm totally honest", "if i'm really honest", "if i'm being totally honest",
    "if i'm being really honest", "in all fairness", "with the greatest respect",
    # a negation inside these negates nothing that follows
    "it isn't about me", "it's not about me", "it is not about me",
    "it's not personal", "it isn't personal", "not to mention", "no offence",
    "no wonder", "no doubt", "surprise surprise", "the honest truth is",
    # "always", not an exception made: "Without exception, I follow up within a day"
    "without exception", "without any exception",
    "the honest truth", "the honest answer is", "if you ask me", "let's face it", "if i'm being frank",
    # a non-apology: it regrets the customer's feelings, not what went wrong
    "i'm sorry you feel that way", "i am sorry you feel that way",
    "i'm sorry you feel like that", "i'm sorry if you feel that way",
    "sorry you feel that way", "sorry if you feel that way",
    "sorry if you felt that way", "sorry you feel like that",
    # talk to the interviewer, not to the person served
    "i'm sorry to say", "i am sorry to say", "sorry to say", "i hate to say it",
    "let me explain", "let me just explain", "sorry, i mean", "sorry, let me",
    "let me explain clearly", "let me explain why", "i apologise in advance",
    "i apologize in advance", "apologies in advance", "sorry in advance",
    # the answer explaining itself, or a fact explaining another, not anyone served: "Easiest
    # way to explain is from the other side of the counter", "that explains the queue"
    "easiest way to explain is", "easiest way to explain it is", "simplest way to explain is",
    "simplest way to explain it is", "best way to explain is", "best way to explain it is",
    "that explains", "which explains", "this explains", "that explained", "which explained",
    "i understand why you're asking", "i understand why you ask",
    # acknowledging a fact about oneself: "I respect the fact that plants aren't my strong point"
    "respect the fact that", "respect the fact",
    # set phrases that only look like rubric words: an honest mistake is no
    # honesty, paying upfront or a little extra no candour or generosity
    "an honest mistake", "honest mistake", "pay upfront", "paid upfront",
    "pays upfront", "paying upfront", "payment upfront", "pay a little extra",
    "paid a little extra", "for a little extra", "costs a little extra",
    "charge a little extra", "mile down the road", "miles down the road",
    # picking up the interviewer's words: "Just to follow up on what you said…"
    "to follow up on what you said", "following up on what you said",
    "to follow up on your question", "following up on your question",
    "to follow up on your last question", "following up on your last question",
    "to follow up on that point", "following up on that point",
    "i can understand why you're asking", "i can understand why you ask",
    # "respect" as "regard": "In that respect my last job was boring"
    "in that respect", "in this respect", "in every respect", "in all respects",
    "in some respects", "in many respects", "in most respects",
    # admiration for someone else: "Mad respect for anyone who does nights"
    "mad respect", "big respect", "massive respect", "huge respect",
    "in other respects", "in one respect", "in respect of",
    "to put it bluntly", "patience is a virtue", "honesty is the best policy",
    "keep calm and carry on",
    # sayings that make respect conditional, not a claim of it
    "respect goes both ways", "respect is a two-way street", "respect has to be earned",
    "respect is earned")

OTHER_SENSES: tuple[str, ...] = (
    # a compound that names something else: "self respect", a "user friendly" till, a "dog
    # friendly" café (not "customer friendly")
    "self respect", "user friendly", "family friendly", "dog friendly", "pet friendly",
    "kid friendly", "child friendly", "eco friendly", "environmentally friendly",
    "budget friendly", "wallet friendly", "vegan friendly", "beginner friendly",
    # a phone menu's options, not options offered: "they've pressed the wrong option"
    "the wrong option", "pressed option", "press option", "pressed the option",
    # a feedback button's face, not a smile: "those smiley-face buttons by the door"
    "smiley face", "smiley faces", "smiley and frowny", "smiley buttons", "smiley button",
    # the art, not the hotel's property system: "tickets for the opera"
    "to the opera", "for the opera", "at the opera", "the opera house",
    # the fruit, and the interviewer's question: "I understand how you feel about that question"
    "passion fruit", "about that question", "about this question", "about your question",
    "share options", "stock options", "respect that you", "respect that you've",
    # respect received, not shown: "I expect to be treated with respect by the company"
    "i expect to be treated with", "i want to be treated with", "i like to be treated with",
    "i like being treated with", "i was treated with", "i'm treated with", "i am treated with",
    # the candidate's own upbringing, relationships, doctor and choices; a medical
    # procedure or an insurance policy is no hotel's
    "my elders", "how i was raised", "the way i was raised", "my upbringing",
    "my relationships", "my relationship", "my gp", "my doctor", "my dentist",
    "my prescription", "my prescriptions", "my options", "my flight",
    "my own flight", "my own holiday", "medical procedure", "surgical procedure",
    "insurance policy", "insurance policies", "travel insurance",
    # the candidate served, not serving: "the hotel gave us a free upgrade"
    "gave me a", "gave us a", "gave me an", "gave us an", "offered me a",
    "offered us a", "offered me an", "offered us an",
    # what happens by itself, no one doing it: "it usually sorts itself out"
    "sorts itself out", "sort itself out", "sorted itself out", "resolves itself",
    "resolve itself", "resolved itself", "fixes itself", "fix itself",
    "fixed itself", "solved itself", "solves itself",
    # the candidate's own studies, timetable, pastimes, pay and family
    "my studies", "my study", "my classes", "my lectures", "my exams",
    "my coursework", "my timetable", "my degree", "my course", "my hours",
    "my availability", "flexible hours", "working hours",
    "weekends off", "days off", "a day off", "time off", "my holidays",
    "my free time", "my spare time", "my hobby", "my hobbies", "play football",
    "played football", "football team", "football practice", "watch football",
    "for football", "my sport", "go to the gym", "went to the gym", "my gym",
    "half marathon", "a marathon", "my marathon", "marathon training", "my race", "a race", "my running", "go for a run",
    "went for a run", "video games", "my guitar", "my band", "my own goals",
    "my personal goals", "my goals", "my own expectations", "my expectations",
    "my own targets", "my personal best", "my fitness", "my diet", "my salary",
    # the body's flexibility ("Pilates has done wonders FOR MY FLEXIBILITY"), not "my
    # flexibility with customers"
    "for my flexibility", "improve my flexibility", "improved my flexibility",
    "improving my flexibility",
    "the salary", "my wages", "my paycheck", "pay rise", "for the money",
    # the job's perks as the candidate's reason ("the best part of the job is the
    # staff discount"; not "for the flexibility": "valued for the flexibility I show customers")
    "staff discount", "the perks", "free staff meals",
    "my bus", "the bus was late", "my train", "the traffic", "my alarm",
    "my own life", "my career", "my job application", "my application",
    # the candidate's own job hunt: "I follow up on job leads on LinkedIn every week"
    "job leads", "on linkedin", "my job search", "job hunting", "my cv",
    "my interview", "my exam results", "my grades", "my coach", "my teammates",
    "my hikes", "my weekend", "a hobby", "my school schedule", "my career goals",
    "my assignments", "my dissertation", "my modules", "my college course",
    "my university course", "the school run", "go swimming", "play golf",
    "my dog", "my cat", "our dog", "our cat", "my puppy", "my kitten", "my pets", "salary",
    "hourly rate", "my bonus", "commission", "my personal expectations",
    "my personal targets", "for myself", "in my own life", "in my personal life",
    "in my private life", "as a person", "my parents", "my friends",
    "my own parents", "my grandad", "my granddad", "my grandma", "my granny",
    "my nan", "my grandparents", "my kids", "my son", "my daughter", "my cousin",
    "my uncle", "my aunt", "my little brother", "my little sister",
    # the candidate's own things, trips and learning (a guest's trip or stay
    # is the job: only with "my")
    "my trip", "my holiday", "my travels", "my stay", "my laptop", "my phone", "my car",
    "my own car", "my flat", "my house",
    "my commute", "my own learning", "my learning", "my own training",
    "my training goals", "my presentations", "my presentation",
    "job applications", "new year's resolution", "my knee", "my back",
    "with myself", "keeps me", "keep me", "kept me", "fell asleep", "fall asleep",
    # family and friends, as the subject or first word of a match ("my sister
    # works in a hotel" is no "sister hotel")
    "my sister", "my brother", "my partner", "my mum", "my mom", "my dad",
    "my mother", "my father", "my wife", "my husband", "my girlfriend",
    "my boyfriend", "my flatmate", "my roommate", "my friend", "my best friend",
    "my neighbour", "my neighbor", "our neighbour", "our neighbor", "my neighbours",
    "our neighbours", "my housemate", "my classmate", "my classmates", "my teammate",
    "my gran", "my grandmother", "my grandfather", "my auntie", "my stepmum", "my stepdad",
    "group chat", "duke of edinburgh", "my dofe",
    # the candidate's own appointments, resolutions and runs
    "i had a follow-up", "my follow-up appointment", "my resolution", "my morning run",
    "a reliable source",
    # an idiom's word in its literal sense: a distance kept, a genre, a race, a car's route
    "respectful distance", "a safe distance", "alternative rock", "alternative music", "fun run",
    "satnav", "sat nav", "the long way round", "the long way around",
    "my run")
# ... and each of the candidate's own things said with "own" ("an expert on MY OWN PHONE")
OTHER_SENSES += tuple(own for phrase in OTHER_SENSES if phrase.startswith("my ")
                      and (own := f"my own {phrase[3:]}") not in OTHER_SENSES)

HEARSAY = ("i've heard that", "i have heard that", "i heard that", "i'm told", "i am told",
    # the interviewer's words, asked back: "could you explain what you mean by follow-up?"
    "what you mean by", "what do you mean by", "your question about", "answers your question",
    "i've been told", "i was told", "people say", "people tell me", "they say",
    "apparently", "supposedly", "expect me to", "expected me to", "want me to",
    "wanted me to", "i'm supposed to", "i am supposed to", "i was supposed to",
    "is supposed to", "are supposed to", "we were supposed to", "we're supposed to", "we are supposed to",
    # a duty, not a deed: "We were MEANT TO read the bulletins", "I KNOW I SHOULD put myself in…"
    "you're supposed to", "you are supposed to", "i'm meant to", "i am meant to", "i was meant to",
    "we were meant to", "we're meant to", "we are meant to", "you're meant to", "you are meant to",
    "i know i should", "i know we should", "i know you should",
    # what training told the candidate to do, not what they did: "In the training they told us
    # to always follow up", "We were trained to follow up within a day" (not "told me to": "I
    # had a manager who told me to go the extra mile, and I did")
    "told us to", "taught us to", "trained us to", "we were told to", "tell us to", "tells us to",
    "we're told to", "we are told to", "we were trained to", "we're trained to",
    "we are trained to", "we were taught to", "i was trained to", "i was taught to",
    "i've been trained to", "i was told to",
    # a manager's or a handbook's rule: "Our team leader WANTED US TO use first names, but…",
    # "Our manager MADE US ring every room", "the handbook SAID every email…", "WE HAD A RULE
    # that…"
    "wanted us to", "wants us to", "want us to", "expected us to", "expects us to", "made us",
    "makes us", "drilled into us",
    "handbook said", "manual said", "procedure said", "policy said", "rules said",
    "script said", "there was a rule", "we had a rule",
    # a target set for the job, not met: "The target was to answer every call within twenty
    # seconds"
    "the target was to", "the target is to", "our target is to", "our target was to",
    "the goal was to", "the goal is to", "the aim is to", "the aim was to",
    # what a manager or friends keep saying: "My manager always says good service
    # means empathy", "honest to a fault, my friends always say so"
    "always says", "always said", "always say", "always tells us", "always told us",
    "used to say", "keeps saying", "kept saying", "say so", "says so", "on a poster",
    # what a written rule says, not what the candidate does: "Our procedure says offer
    # luggage storage, but I don't bother"
    "procedure says", "policy says", "rules say", "handbook says", "manual says",
    "guidelines say", "script says", "standards say", "standard says", "guidelines state",
    "charter says", "standard is to", "standards are to", "mission statement", "asks every",
    "asks all staff", "asks us to",
    # a lesson drawn from someone else's deed: "It really showed me what going the extra mile
    # looks like", "it showed me how powerful a proper follow-up can be"
    "showed me what", "showed me how", "shown me what", "shown me how")

# Word classes for keyword phrases ("could see how {feeling}": Language.word_classes).
WORD_CLASSES = {
    # How someone served feels, or what they went through: the words that make "I could see how
    # ___ she was" and "I'd be ___ too" acknowledge a feeling.
    "feeling": frozenset([
        "afraid", "angry", "annoyed", "annoying", "anxious", "awful", "confused", "confusing",
        "cross", "desperate", "devastated", "disappointed", "disappointing", "distressed",
        "distressing", "embarrassed", "embarrassing", "exhausted", "exhausting",
        "frightened", "frightening", "frustrated", "frustrating", "fuming", "furious", "gutted",
        "horrible", "hurt", "irritated", "livid", "miserable", "nervous", "overwhelmed",
        "panicked", "panicking", "rotten", "scared", "scary", "shaken", "shattered", "stressed",
        "stressful", "terrible", "tired", "unsettling", "upset", "upsetting", "worried",
        "worrying"]),
    "number": frozenset([NUMERAL, "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "few", "couple"]),
    "time_unit": frozenset(["second", "seconds", "minute", "minutes", "hour", "hours", "day",
        "days", "week", "weeks"]),
    "daypart": frozenset(["morning", "afternoon", "evening", "night", "day"]),
    "weekday": frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "weekend"]),
    # Getting in touch with someone: "I {contact} her two days later". Only the forms that are
    # verbs: "call", "phone", "text" and "email" are as often the thing ("a phone shop").
    "contact": frozenset(["called", "calling", "ring", "rang", "rung", "ringing", "phoned",
        "phoning", "texted", "texting", "emailed", "emailing", "messaged", "messaging",
        "contacted", "contacting"]),
    # The person served as an object: "I {contact} {them} to make sure it had arrived".
    "them": frozenset(["him", "her", "them"]),
}
