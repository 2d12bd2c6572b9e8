"""English frames that deny a keyword (coach.scoring.scope_shapes reads them through Language):
a failing before it, a shortcoming or a lapse after it, a rhetorical question or a denial
around it. Kept apart from english_forms.py; matched as written."""

from __future__ import annotations

# Frames right before a keyword that say the candidate fails at it, gave it up or does
# something else (Language.failings): "I'm TERRIBLE AT following up", "I STOPPED apologising",
# "INSTEAD OF following up, I closed the ticket".
FAILINGS = ("terrible at", "bad at", "awful at", "hopeless at", "useless at", "rubbish at",
            "crap at", "lousy at", "poor at", "horrible at", "dreadful at", "the worst at",
            # below the others: "I'm THE WORST IN THE OFFICE AT being honest" (not "the least",
            # which states facts in knowledge answers: it moved SAF drafting, and was left out)
            "the worst in the office at", "the worst on the team at", "the worst in the team at",
            "the worst of anyone at",
            "weak on", "hopeless on", "useless on", "rubbish on",
            "suck at", "sucks at", "stopped", "gave up", "gave up on", "give up on", "quit",
            "instead of", "rather than",
            # a quality denied by its opposite: "Our broadband provider is ANYTHING BUT dependable"
            # (not "far from": "far from the access point" on a knowledge rubric, SAF)
            "anything but",
            # less of it, said softly: "I was A SHADE LESS courteous than usual with him: I told…"
            "a shade less", "slightly less", "a little less", "a bit less", "somewhat less", "a touch less",
            # avoidance in more than one word: "I tend to STEER CLEAR OF following up"
            "steer clear of", "shy away from", "keep away from", "stay away from", "reluctant",
            # not yet, or hardly ever: "I've YET to follow up", "I rarely, IF EVER, follow up"
            "have yet", "i've yet", "has yet", "we've yet", "if ever",
            # a weakness named, or a skill still to gain: "My biggest weakness is patience", "I
            # need to get better at explaining", "I hope to learn more about the products"
            "my weakness is", "my biggest weakness is", "my main weakness is", "my weak point is",
            "my weak spot is", "my weakest area is", "a weakness of mine is",
            "one of my weaknesses is", "need to get better at", "needs to get better at",
            "want to get better at", "like to get better at", "love to get better at",
            "trying to get better at", "need to be more", "should be more", "ought to be more",
            "need to improve my", "need to work on my", "i'd like to improve my",
            "to work on is", "to improve is", "to work on is my", "to improve is my",
            "i'm working on my", "i am working on my",
            "still working on my", "hope to", "still learning", "still getting to know",
            "still getting used to",
            # a struggle with it: "When I was younger I FOUND IT HARD TO compromise"
            "found it hard to", "find it hard to", "finds it hard to", "found it difficult to",
            "find it difficult to", "struggled to", "struggle to", "struggles to",
            # put below something else: "My lunch break MATTERS MORE TO ME THAN doing little
            # extras"
            "matters more than", "matters more to me than", "matter more than",
            "matter more to me than", "more important than", "more important to me than",
            "comes before", "come before", "came before",
            # an ironic comparison: "I'm ABOUT AS empathetic as a parking meter"
            "about as")

# Shortcomings owned right after a keyword that opens its clause (Language.shortcomings):
# "Follow-up is A WEAK SPOT of mine", "Being reliable is SOMETHING I'M WORKING ON", "Product
# knowledge COMES WITH TIME", "Flexibility is ALL VERY WELL, but rules are rules".
SHORTCOMINGS: tuple[str, ...] = (
    "something i need to work on", "something i'm working on", "something i am working on",
    "something i'm still working on", "something i am still working on",
    "something i have to work on", "something i've got to work on", "something i must work on",
    "something i need to improve", "something i'm trying to improve", "something i could improve",
    "something i need to get better at", "something i'm trying to get better at",
    "an area i need to work on", "an area i'm working on", "an area i am working on",
    "an area i need to improve", "an area i'm trying to improve", "an area i could improve",
    "an area for improvement", "an area of improvement", "my development area",
    "a development area", "a work in progress",
    # a goal still ahead, a thing still to learn: "Going above and beyond is SOMETHING I'M HOPING
    # TO LEARN on the course", "Remembering names is MY BIG GOAL FOR this year", "… is ON MY LIST"
    "something i want to get better at", "something i'd like to get better at",
    "something i want to work on", "something i'd like to work on", "something i know i need to",
    "something i'm hoping to", "something i am hoping to", "something i hope to",
    "something i'm planning to", "something i am planning to", "something i plan to",
    "something i want to learn", "something i'm still learning", "something i'm learning",
    "something i want to practise", "something i want to practice", "something i'm practising",
    "something i'm practicing", "something i still need to", "on my list", "on my to-do list",
    "on my appraisal plan", "on my development plan", "a goal for my", "a goal for this",
    "a goal for next", "my goal for", "my big goal", "my main goal for", "my target for",
    "the goal my manager set", "the goal my supervisor set", "a goal my manager set",
    "the target my manager set", "a goal i've been set", "a goal i have been set",
    # hard for the candidate: "Understanding how people feel is A LITTLE BIT DIFFICULT FOR ME"
    "difficult for me", "hard for me", "not easy for me", "a struggle for me", "a challenge for me",
    "tricky for me", "a bit difficult for me", "a little difficult for me",
    "a little bit difficult for me", "little bit difficult for me", "a bit hard for me",
    "a little hard for me", "not my strong point", "not my strongest point", "not my forte",
    "not my strength", "not my strong suit", "not my thing", "not really my thing",
    # understatement: "Going beyond the order slip ISN'T REALLY IN MY NATURE", "Remembering names
    # isn't really A TALENT OF MINE", "… isn't SOMETHING I'M KNOWN FOR"
    "not in my nature", "not really in my nature", "not a talent of mine", "not really a talent of mine",
    "not something i'm known for", "not something i'd say i'm known for", "not exactly my forte",
    # where the candidate owns to falling short: "Giving bad news IS WHERE I ALWAYS BOTTLE IT",
    # "Checking back on guests, that bit JUST SLIPS MY MIND", "staying polite GOES OUT THE WINDOW"
    "where i fall down", "where i always fall down", "where i bottle it", "where i always bottle it",
    "where i struggle", "where i always struggle", "where i fall short", "not really my area",
    "not my area", "slips my mind", "goes out the window", "the part of the job i skip",
    "the part of the job i always skip", "the bit i always skip", "isn't me", "is not me",
    "a weak spot", "my weak spot", "a weak point", "my weak point", "a weakness",
    "my weakness", "my biggest weakness", "my achilles heel",
    "could be better", "could be improved", "could do with improving", "could use some work",
    "needs work", "needs some work", "needs improving", "needs improvement", "need work",
    "need improving", "comes with time", "will come with time", "comes with experience",
    "will come with experience",
    # euphemisms for falling short: "Patience is very much A WORK IN PROGRESS", "…STILL A JOURNEY for
    # me", "…what you might call A GROWTH AREA", "…ASPIRATIONAL at this point"
    "work in progress", "very much a work in progress", "still very much a work in progress",
    "a journey for me", "still a journey", "very much a journey", "a journey i'm", "what i'd call a journey",
    "a growth area", "what you might call a growth area", "what i'd call a growth area", "an area for growth",
    "aspirational", "something i'd describe as aspirational",
    # a virtue granted only to be set aside
    "all very well", "all well and good", "fine in theory", "great in theory",
    "good in theory", "nice in theory", "lovely in theory", "sounds good in theory",
    "sounds great in theory", "easier said than done", "nice but", "great but", "lovely but",
    "fine but", "all very nice but", "nice and all but", "great and all but", "sounds great but",
    "sounds good but", "sounds nice but", "good in principle", "great in principle",
    # a habit kept only on a condition: "I'll follow up ONLY WHEN my supervisor asks", "I'll go
    # the extra mile IF I'M PAID for it" ("only if …" is a limit: Undone.limits)
    "only when they ask", "only when asked", "only when i'm asked",
    "only when i have time", "only when i've got time", "only when my manager",
    "only when my supervisor", "if i'm paid", "if i get paid", "if i am paid", "if i was paid",
    "if i were paid", "if i got paid", "if they paid", "if they pay", "if they paid me",
    "if they paid us", "if you paid", "if the pay was",
    # or when there is money in it: "I'm enthusiastic WHEN THERE'S A COMMISSION on it"
    "if there's a bonus", "if there was a bonus", "if there is a bonus", "if there were a bonus",
    "when there's a bonus", "when there is a bonus", "if i get a bonus", "if there's commission",
    "if there's a commission", "when there's commission", "when there's a commission",
    "when there is commission", "if i get commission", "if there's money in it",
    "if there was money in it", "when there's money in it", "if there's something in it for me",
    "when i have to be", "when i have to", "if i have to be", "when i need to be",
    # or on the candidate's mood, sleep or coffee: "IF I'VE HAD ENOUGH SLEEP I'll remember your
    # name", "AFTER MY SECOND COFFEE I'm lovely to customers"
    "if i've had enough sleep", "if i've slept", "if i slept well", "if i'm having a good day",
    "when i'm having a good day", "if i'm in a good mood", "if i'm in the mood", "after my second coffee",
    "after my first coffee", "after my morning coffee", "once i've had my coffee",
    "when i feel like it", "if i feel like it", "when i'm in the mood", "when i'm in a good mood",
    "when i'm interested", "if i'm interested", "when it interests me", "if it interests me",
    "when the manager is in", "when the manager's in", "when my manager is around",
    "when the boss is around", "when the boss is in", "when someone's watching",
    "when someone is watching",
    "as long as i'm paid", "as long as i get paid", "if the manager agreed", "if my manager agreed",
    "if the manager agrees", "if my manager agrees",
    # or when there's time for it: "I'll follow up IF THERE'S TIME at the end of the month"
    "if there's time", "if there is time", "when there's time", "when there is time",
    "if i have time", "when i have time", "if i've got time", "when i've got time",
    "when it fits around", "if it fits around", "when it suits me", "if it suits me",
    # the virtue run down ("Bending the rules for customers IS FOR PUSHOVERS", "Passion for
    # service is A BUZZWORD"; not "fake", which a negation before it makes praise: "A proper
    # smile, not a fake one") or put below something else ("consistency COMES SECOND")
    "for pushovers", "for suckers", "for mugs", "for martyrs", "for wimps", "for doormats",
    "for losers", "a waste of time", "a waste of everyone's time", "a total waste of time",
    "a complete waste of time", "a waste of energy", "a waste of effort", "a waste of brain space",
    "a waste of breath", "a mug's game", "a fool's errand", "overrated", "over-rated",
    "a buzzword", "just a buzzword", "boring", "pointless", "a chore", "for show", "nonsense", "a gimmick", "a cliché", "a cliche", "not worth the effort",
    "not worth the hassle", "more trouble than it's worth", "nice to have",
    "comes second", "come second", "a distant second", "comes last", "come last",
    "takes a back seat", "take a back seat", "secondary", "an afterthought",
    "the last thing on my mind", "bottom of my list", "low on my list",
    "something i only bother with", "something i rarely bother with",
    # an ironic comparison: "My explanations are ABOUT AS clear as the pool after a party"
    "about as")
# ("Following up with customers ISN'T my strong suit": the copula and its negation in one word)
SHORTCOMINGS += tuple(f"{copula} {phrase[4:]}" for phrase in SHORTCOMINGS if phrase.startswith("not ")
                      for copula in ("isn't", "wasn't"))
# A habit given up, after it (Language.lapses), and the openings of a rhetorical question that
# dismisses what it asks about (Language.rhetorical_questions): "What's the point of following
# up?", "Why would I apologise?" ("why do I…?" asks a real question).
LAPSES = ("but i stopped", "but i gave up", "but i quit", "not these days", "not anymore",
          "not any more", "not nowadays",
          # a claim undone in its own sentence: "I kept the customer informed, OR SO I THOUGHT"
          "or so i thought", "or so i believed", "or so i'd like to think", "or so i told myself",
          # below the others: "I follow up with guests far LESS OFTEN THAN ANYONE else", "My
          # follow-up rate was THE LOWEST ON THE TEAM"
          "less often than anyone", "less often than everyone", "less than anyone else",
          "worse than anyone", "worse than everyone", "the lowest on the team",
          "the lowest in the team", "the lowest in the office", "below average",
          "below the team average", "bottom of the team",
          # a habit meant but not kept: "I try to follow up but I usually forget", "in theory
          # I'd…, in practice it rarely happens" (not "more than I do": "…, more than I do with
          # my own family" compares)
          "but i usually forget", "but i often forget", "but i always forget", "and i forgot",
          "but i forgot", "and i completely forgot", "but i completely forgot", "but i never did",
          "but i never get round to it", "but i never get around to it", "in practice it rarely",
          "in practice i rarely", "in practice i don't", "slipped my mind", "it slipped my mind",
          "i just stopped doing it", "i stopped doing it", "i stopped doing that",
          # what goes unnoticed or forgotten: "the follow-up side of things PASSES ME BY"
          "passes me by", "passed me by",
          # the deed undone straight after: "I resolved his problem…, then CANCELLED IT the next
          # morning", "…, then WENT BACK TO MY USUAL grunt"
          "then cancelled it", "then canceled it", "then reversed it", "then took it back",
          "then went back to my usual", "then went straight back to my usual", "promised it anyway",
          "then talked him out of it", "then talked her out of it", "then talked them out of it",
          "then undid it",
          # an ironic comparison after the deed: "I keep my promises ABOUT AS WELL AS the
          # weather keeps its forecast", "Going above and beyond is ABOUT AS LIKELY from me as…",
          # "When it comes to little surprises for guests, I'M ABOUT AS generous as a parking meter"
          "about as well as", "about as reliably as", "about as often as", "about as likely",
          "about as much chance", "i'm about as", "i am about as",
          # a step dismissed as a drag on the work: "telling them how long just SLOWS ME DOWN"
          "slows me down", "slows everything down", "slows the queue down",
          # kept only for those who return it: "I'm respectful to customers WHO ARE RESPECTFUL
          # TO ME" (not "when I remember": "…, and when I remember their name I use it")
          "who are respectful to me", "who are polite to me",
          "who are nice to me", "who respect me", "as long as they're polite",
          "as long as they are polite", "as long as they're nice", "if they're polite to me",
          "if they are polite to me", "if they're nice to me", "as long as they stay polite",
          "as long as they stay calm", "as long as they're respectful",
          # the deed put below something else or dropped, said of it after it ("Saying sorry…
          # feels weak, SO I JUST DON'T DO IT", "…, but when the queue is long IT COMES SECOND")
          "so i just don't do it", "so i don't do it", "so i never do it", "so i just don't",
          "so i skip it", "so i just skip it", "it comes second", "it comes last",
          "it comes a distant second", "it takes a back seat",
          # or only for those who pay for it: "I'm respectful to the regulars WHO TIP WELL"
          "who tip well", "who tip", "that tip well", "who tip the best", "who tip the most",
          "who spend the most", "who spend a lot", "who spend more", "who spend big",
          # kept only when it suits: "I greet customers WHEN I'M NOT BUSY with the deliveries"
          "when i'm not busy", "if i'm not busy", "when i'm not too busy",
          # kept only for show, or hardly ever: "I went above and beyond MAYBE TWICE IN two years,
          # AND ONLY WHEN THE MANAGER was watching"
          *(f"only when {boss}" for boss in ("the manager", "my manager", "the supervisor", "my supervisor",
                                              "the boss", "my boss", "the general manager", "management",
                                              "someone was watching", "people were watching")),
          "maybe twice in", "maybe once in", "only once or twice", "only a couple of times")
# A past time said with a habit and what turns to the present after it (Language.former_times,
# present_turns): "I USED TO go the extra mile for guests, BUT NOW I stick to my job
# description", "AT FIRST I was enthusiastic, LATER the long hours wore me down".
FORMERS = ("used to", "at first", "at the start", "in the beginning", "back then", "in the past",
           "early on", "when i started", "when i first started", "when i was new",
           # the first stretch of a job: "I loved it FOR THE FIRST FEW MONTHS, but then…"
           "the first few months", "the first couple of months", "my first year", "the first year",
           "in my first", "for my first", "back when")
TURNS = ("but now", "but then", "but after", "but later", "but since", "but these days",
         "but nowadays", "but today", "but over time", "but lately", "and now", "now i", "now we",
         "nowadays", "these days", "later", "lately",
         # the habit ended in other words: "…; AFTER THAT I started giving it back", "…; I GAVE
         # THAT UP once…", "…; THAT WORE OFF after my first summer"
         "after that", "since then", "after my", "after the first", "i stopped", "i gave that up",
         "i gave it up", "i gave up", "i grew out of", "wore off")
RHETORICAL_QUESTIONS = ("what's the point", "what is the point", "whats the point",
                        "why would i", "why should i", "why would we", "why should we",
                        "why would anyone", "why bother",
                        # "WHO HAS TIME TO check back with every caller?"
                        "who has time to", "who's got time to", "who has the time to",
                        "who has time for", "who's got time for")
# Idioms that refuse outright (Language.outright_refusals): "I'll say sorry to him WHEN PIGS FLY",
# "Flexible on returns? OVER MY DEAD BODY." (Not "no way", "no chance", "as if": emphasis or a
# comparison as often: "…, no way I'd let them leave unhappy".)
OUTRIGHT_REFUSALS = ("when pigs fly", "pigs might fly", "over my dead body", "fat chance",
                     "not a chance", "not in a million years", "not in this lifetime",
                     "when hell freezes over", "the day hell freezes over", "who are we kidding",
                     "who am i kidding", "why would i do that", "yeah right", "in your dreams",
                     "dream on", "not on your life")
# Frames that deny what follows them (Language.denials): "I'd be lying if I said I always
# follow up" (also an idiom, so its own words earn nothing).
DENIALS = ("i'd be lying if i said", "i would be lying if i said", "i'd be lying if i told you",
           "i would be lying if i told you", "it would be a lie to say", "it'd be a lie to say",
           # a wish or a condition that is not so: "I wish I was better at following up", "If I
           # had more time I would follow up"
           "i wish i was", "i wish i were", "i wish i could", "i wish i had", "i wish i'd",
           "i'd love to", "i would love to", "in my dream job", "in my ideal job",
           # a plan for the job applied for: "If I get this job, I'm going to be really courteous"
           "if i get this job", "if i get the job", "if i got the job", "if i got this job",
           "if i get the role", "if i got the role", "ideally i'd like to", "ideally i would like to",
           "one thing i'd love to do", "i'd like to", "i would like to", "i'd want to", "i would want to",
           "i'd hope that", "i would hope that", "i was going to", "i was gonna",
           "if i had more time", "if i had the time", "if we had more time", "if we had more staff",
           "if we had the staff", "if i wasn't so busy", "if we weren't so busy",
           # a counterfactual or an admission: "I'd love to say I always follow up", "In an
           # ideal world I'd follow up with everyone", "I know I should follow up more"
           "i'd love to say", "i would love to say", "i wish i could say", "in an ideal world",
           "in a perfect world", "i know i should", "i know i ought to", "in an ideal job",
           # an aspiration: "I want to be the kind of person who goes above and beyond"
           "i want to be the kind of person", "i want to be someone who",
           "i'd hope to be the kind of person", "i hope to be the kind of person",
           "i'd hope to be someone who", "i hope to be someone who",
           "i'd like to be someone who", "i'd like to be the kind of person",
           "i want to be someone", "i'd like to be someone", "i would like to be someone",
           "i want to be the person", "i'd like to be the person", "it'd be nice to",
           "it would be nice to", "it'll be nice to",
           "i'd love to be the kind of person", "i'd love to be someone who",
           # the same with "really" or any role: "I'd REALLY like to get better at…", "I want to be
           # the kind of SUPERVISOR who…"
           "i'd really like to", "i would really like to", "i'd really love to", "i really want to get better",
           "i want to be the kind of", "i'd like to be the kind of", "i want to be the sort of",
           # hardly ever: "ONCE IN A BLUE MOON I'd offer a guest another room"
           "once in a blue moon", "only occasionally did i", "only occasionally would i",
           "only very occasionally")
# Frames that open a sentence and make all it says a weakness, a plan, a complaint about a
# past job or a want (Language.topic_frames): "MY GREATEST WEAKNESS is that I say sorry too much", "IN
# FIVE YEARS I want to be promoted quickly", "WHAT I DISLIKED about the call centre was…".
# (Not "what I hate is", said of the present: "What I hate is a customer left waiting, so I…")
TOPIC_FRAMES = (
    "my weakness", "my weaknesses", "my greatest weakness", "my biggest weakness", "my main weakness",
    "my worst weakness", "one of my weaknesses", "a weakness of mine", "my weak point", "my weak spot",
    "my biggest flaw", "my greatest flaw", "my worst habit",
    "in five years", "in 5 years", "in ten years", "in 10 years", "in two years", "in three years",
    "in a few years", "in a couple of years", "five years from now", "ten years from now",
    "where do i see myself", "where i see myself", "my long-term goal", "my long term goal",
    "my career goal", "my ambition is",
    "what i disliked", "what i didn't like", "what i did not like", "what i hated",
    "what i liked least", "what i didn't enjoy", "what i did not enjoy", "the thing i hated",
    "the thing i disliked", "the thing i didn't like", "i was fed up", "i got fed up",
    "i got tired of", "i was tired of", "i got sick of", "i was sick of", "i left because",
    "the reason i left", "i quit because",
    # what the candidate wants from the job: "I'M LOOKING FOR flexibility in this role"
    "i'm looking for", "i am looking for", "what i'm looking for", "what i am looking for",
    # ... and what it should offer them: "WHAT I WANT FROM a manager is empathy", "I'D LIKE MY
    # EMPLOYER to be transparent about tips", "I WANT A PLACE where management sorts it out" (not
    # "I need a manager to sign off refunds", nor "I want a job where I can make a difference")
    *(f"what i{want} {prep}" for want in (" want", "'d want", " would want", "'d like",
                                          " would like", "'d love", " would love", " need", "'d need")
      for prep in ("from", "in")),  # (not "is": "what I want IS for every guest to feel at home")
    "what i'm hoping for", "what i am hoping for", "i'm hoping for", "i am hoping for",
    "one thing i'd expect", "what i'd expect",
    "what i would expect",
    *(f"i{want} {whom}" for want in (" want", "'d like", " would like", "'d hope", " would hope",
                                     "'d expect", " would expect", "'d love", " would love")
      for whom in ("a manager", "a supervisor", "a boss", "an employer", "a place", "a workplace",
                   "a company", "my manager", "my supervisor", "my employer", "my boss",
                   "the company", "the management", "management")),
    # "I'D NEED YOU TO BE honest about the shifts", "I'D EXPECT TO BE TREATED with respect"
    *(f"i{want} {what}" for want in (" need", "'d need", " would need", "'d want", " would want",
                                     "'d expect", " would expect", " expect", "'d like", " would like")
      for what in ("you to be", "to be treated", "my manager to be", "management to be")))

# The candidate only looking on while someone else acts (Language.bystanders): "… AND I WAS JUST
# STANDING THERE holding his passport", "WHILE I WAS STILL LOOKING for my prescription".
_IDLE = ("standing", "waiting", "sitting", "watching", "queuing", "queueing", "looking on",
         "checking in", "standing there", "sitting there", "looking", "reading", "eating",
         "scrolling")
BYSTANDERS = (
    *(f"i was {only} {idle}" for only in ("just", "only", "still", "simply", "mostly", "merely")
      for idle in _IDLE),
    *(f"i {only} {idle}" for only in ("just", "only", "simply", "mostly", "merely")
      for idle in ("stood", "sat", "waited", "watched", "queued", "looked on", "stood there",
                   "sat there")),
    *(f"while i was {idle}" for idle in _IDLE), "i was standing there", "i was sitting there",
    "while i waited", "while i stood", "while i sat", "while i queued", "i only found out",
    "i only heard about it", "i only read about it")

# Films, shows and the news (Language.media): "IN THE DOCUMENTARY about Jamie Oliver, he's…".
# Not "the show" (a trade show is work), "the book" (the bookings book), "video" (a video call).
MEDIA = ("film", "films", "movie", "movies", "documentary", "documentaries", "sitcom", "sitcoms",
         "tv show", "tv series", "tv programme", "on tv", "on telly", "netflix", "youtube",
         "podcast", "novel", "episode", "cartoon", "on the news", "in the news", "in the series")

# Verbs of seeing and hearing (Language.perception_verbs): "I WATCHED a receptionist stay calm".
PERCEPTION_VERBS = frozenset(["watched", "watch", "watching", "saw", "see", "seen", "seeing",
                              "heard", "hear", "hearing", "overheard", "overhear", "noticed",
                              "observed", "witnessed", "spotted"])
PERCEPTION_LINKS = frozenset(["how", "that"])

# Words that name the job on offer in a question the candidate asks (Language.job_questions).
JOB_QUESTIONS = ("here", "staff", "this role", "the role", "this position", "the position",
                 "this job", "the job", "the vacancy", "my first day", "before i start",
                 "when i start", "hear back", "the interview", "this interview", "my interview",
                 "wages", "salary", "my pay", "the pay", "shifts", "my contract")

# Pastimes that also name work ("running late", "driving to a customer"): the candidate's own
# only as a keyword's object ("passionate about running", "good at solving puzzles";
# Language.life_objects); and verbs of the mind (Language.mental_verbs).
LIFE_OBJECTS = frozenset(["running", "driving", "writing", "drawing", "editing", "coding",
                          # another career: "passionate about nursing"
                          "nursing", "teaching", "medicine", "engineering", "accountancy",
                          "programming", "dancing", "skating", "riding", "gardening"])
MENTAL_VERBS = frozenset(["realise", "realize", "realised", "realized", "learn", "learned",
                          "learnt", "notice", "noticed", "understand", "understood", "decide",
                          "decided", "discover", "discovered", "figure", "figured", "grasp",
                          "grasped", "adapt", "adapted", "settle", "settled", "forget",
                          "forgot", "bored", "tired"])

# The unreal past (Language.unreal_conditions, unreal_modals, unreal_results, unreal_auxiliaries):
# "HAD I phoned the customer back, I'd have found out…", "IF I'D known the specs, I WOULDN'T have
# told her it fitted", "I COULD HAVE offered the couple an upgrade", "…, I'D HAVE called their
# room". A past form must follow each (not "if I had more time", "I'd have a word with him").
UNREAL_CONDITIONS = ("had i", "had we", "if i had", "if i'd", "if we had", "if we'd", "if only i had",
                     "if only i'd")
UNREAL_MODALS = (*(f"i {modal}{adverb} have" for modal in ("could", "should", "might", "ought to")
                    for adverb in ("", " easily", " probably", " really", " at least", " definitely")),
                 "i could've", "i should've", "i might've", "i probably should have", "i really should have",
                 "i probably could have")
UNREAL_RESULTS = ("i would have", "i'd have", "i would've", "i'd've", "we would have", "we'd have",
                  "i would probably have", "i'd probably have", "i would definitely have",
                  "i'd definitely have", "i would certainly have", "i'd certainly have",
                  "i would at least have", "i'd at least have")
UNREAL_AUXILIARIES = frozenset(["would", "wouldn't", "could", "couldn't", "might", "mightn't",
                                "should", "shouldn't", "would've", "could've", "might've",
                                "should've", "i'd", "we'd", "he'd", "she'd", "they'd", "you'd", "it'd"])

# Groups of others that open a clause as its subject (Language.group_subjects): "MOST OF MY TEAM
# show real empathy", "EVERYONE ELSE on the desk touches base with them" (not "most of my
# customers": the people served; nor "most of us").
GROUP_SUBJECTS = (
    *(f"{most} {group}" for most in ("most of my", "most of the", "nearly all my", "almost all my",
                                     "all my", "all of my", "the rest of my", "the rest of the")
      for group in ("colleagues", "team", "coworkers", "co-workers", "workmates", "girls", "guys",
                    "staff", "night shift", "day shift", "other staff", "others")),
    "nearly everyone", "almost everyone", "nearly everybody", "almost everybody", "everyone else",
    "everybody else", "all the others", "all the other staff", "nine out of ten staff")
