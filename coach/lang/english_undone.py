"""English deeds named but not done (Language.undone; coach.scoring.undone and shortfalls read
them): meant, planned, swapped, denied, mocked, done for show, limited or given up. Kept apart
from english_frames.py; matched as written."""

from __future__ import annotations

from . import english_shams
from .fields_undone import Undone

# Limits after a claim (Undone.limits: "I'm flexible about returns, AS LONG AS…"), and the words
# of what can be done that make one honest (Undone.feasibility_words: "unless I KNOW it will").
# An effort started and given up (Undone.start_verbs, abandons): "I STARTED explaining the
# warranty in plain words, then LOST PATIENCE and just handed him the leaflet".
START_VERBS = frozenset(["started", "start", "starting", "began", "begin", "beginning", "tried",
                         "attempted"])
ABANDONS = ("gave up", "give up", "lost interest", "lost patience", "lost my patience",
            "thought better of it", "dropped it", "stopped", "quit", "changed my mind", "got bored",
            "lost my nerve", "abandoned it", "couldn't be bothered", "bailed")
# What a list's heading says is left out, dropped or put last (Undone.omissions): "Things I SKIP
# when it's busy: follow-ups, small talk". (Not "never got round to": a negation already; with an
# omission it would make a double negative.)
OMISSIONS = ("skip", "skips", "skipped", "skipping", "gets skipped", "get skipped", "leave out",
             "leaves out", "left out", "let slide", "let slip", "gets cut", "get cut", "got cut",
             "cut first", "drop", "drops", "dropped", "gets dropped", "get dropped", "got dropped",
             "goes out the window", "go out the window", "went out the window",
             "falls by the wayside", "fall by the wayside", "stop doing", "stopped doing",
             "last on my list", "bottom of my list", "last on the list", "bottom of the list",
             "the first thing to go", "first to go", "first to get cut")
# Misdeeds that belie a claim a colon or dash tells them after (Undone.misdeeds): "I was
# perfectly courteous to him: I only ROLLED MY EYES when he turned his back". (Not "before she'd
# finished", as often speed as interrupting: "…, and confirmed it all before he'd finished his coffee".)
MISDEEDS = ("rolled my eyes", "roll my eyes", "rolling my eyes", "sighed loudly", "sigh loudly",
            "sighing loudly", "hung up on", "hang up on", "to the wrong number", "weeks later",
            "months later", "word for word", "google it", "my way or", "take it or leave it",
            "or take nothing", "without looking up", "kept her waiting", "kept him waiting",
            "kept them waiting", "laughed at her", "laughed at him", "snapped at", "raised my voice",
            "told her to calm down", "told him to calm down", "shrugged", "yawned",
            "get back to my phone", "back on my phone", "turned my back", "turn my back",
            "went off shift", "never checked", "off the phone", "no authority", "hung up", "hang up")
# Openings of a short sentence that take back the claim before it (Undone.retractions): "I'm
# polite to every guest. WELL, every guest who's polite to me first."
RETRACTIONS = ("well", "kidding", "just kidding", "joking", "only joking", "i'm kidding", "i'm joking",
               "at least that's", "or at least", "in theory", "on paper", "until",
               "not always", "not really", "when i remember", "if i remember", "on a good day",
               "on good days", "once i've", "once i have", "it depends", "depends on")
# Frequencies too rare to be a habit, said after the claim (Undone.rare_frequencies): "I've gone
# the extra mile EXACTLY ONCE IN SIX YEARS", "I apologise ROUGHLY ONCE A QUARTER", "I've resolved
# ROUGHLY ONE IN FIVE of the problems I've logged".
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
RARE_FREQUENCIES = (
    *(f"{count} {span}" for count in (
        "once", "twice", "exactly once", "exactly twice", "maybe once", "maybe twice",
        "roughly once", "about once", "three times", "maybe three times", "a single time",
        "one time", "zero times", "exactly zero times") for span in (
        "a year", "per year", "a quarter", "in a year", "in my career", "in all my years",
        *(f"in {n} years" for n in _NUMBERS))),
    *(f"one in {n}" for n in _NUMBERS[1:]), "one in twenty", "one in a hundred")
LIMITS = ("unless", "as long as", "so long as", "only if", "but only if", "except",
          # the candidate's mood or sleep: "…, at least ON THE DAYS I've had a decent night's sleep"
          "on the days i've", "on the days i'm", "on days i'm", "on days i've", "on a good day",
          "on good days", "at least on the days", "at least on days", "at least on a good day")
FEASIBILITY_WORDS = frozenset(["can", "could", "allows", "allow", "allowed", "permits", "possible",
                               "available", "able", "know", "knew", "sure", "certain", "safe",
                               "fits", "occupancy", "stock"])

# A belief of the candidate's own the answer then reverses (Undone.beliefs, reversals): "I
# THOUGHT I'd explained the fees clearly, UNTIL the complaint letter said otherwise", "I WAS SURE
# I'd called her back, BUT she wrote in…", "what I thought was an alternative, BUT IT TURNED OUT…".
BELIEFS = ("thought", "believed", "was sure", "was convinced", "was certain", "assumed",
           "had assumed", "imagined", "would have sworn", "could have sworn", "was under the impression",
           "like to think", "liked to think")
REVERSALS = ("until", "till", "but", "only to", "turned out", "turns out", "it turned out",
             "otherwise", "then i heard", "then i saw", "then i read", "then i found out", "then my manager")
# Rewards to the candidate a condition keeps a deed for (Undone.rewards): "…, but only WHEN
# there's a TIP waiting", "…, IF it counts towards my monthly BONUS", "the customers WHO TIP".
REWARDS = ("tip", "tips", "tipped", "tipping", "tipper", "tippers", "bonus", "bonuses", "commission",
           "overtime", "incentive", "incentives", "pay me", "pays me", "paid me", "paying me",
           "worth my time", "worth my while")

# Outcomes that show the deed failed, told after it (Undone.failures): "…, and he ended up MORE
# CONFUSED THAN when he rang", "…, and she ASKED FOR THE PHARMACIST INSTEAD".
FAILURES = ("to no avail", "in vain", "came to nothing", "went nowhere", "got nowhere",
            "more confused than", "even more confused", "more confused after", "more upset than",
            "angrier than", "asked for someone else", "asked to speak to someone else",
            "asked to speak to someone who", "asked for a manager instead", "asked for the manager instead",
            "asked for a colleague instead", "patronising", "patronizing", "insincere", "filed a complaint",
            "put in a complaint", "made a complaint", "one-star review", "one star review",
            "closed their account", "closed their accounts", "closed his account", "closed her account",
            "charged twice", "by then she'd already", "by then he'd already", "by then they'd already",
            # the blame put on the customer: "…, the wait is THEIR OWN DOING"
            "their own doing", "their own fault", "that's their problem", "her own fault", "his own fault",
            # a deed pushed so far it hurt: "…so often that he ASKED US TO STOP contacting him"
            "asked us to stop", "asked me to stop", "stop contacting", "stop me calling", "leave her alone",
            "leave him alone", "finally snapped", "blocked our number", "blocked my number", "got overwhelmed")


# A deed meant, planned, swapped or denied (Language.undone; coach.scoring.undone).
UNDONE = Undone(
    intentions=("meant to", "tried to", "intended to", "planned to", "was going to", "wanted to",
                "was hoping to", "hoped to", "tried my best to", "attempted to", "set out to",
                "was supposed to", "was meant to", "made a note to"),
    plans=("i'll start", "i will start", "i'm going to start", "i am going to start",
           "i'm gonna start", "i plan to start", "i'm planning to start", "i am planning to start",
           "i intend to start", "i'm hoping to start", "i hope to start", "i'll begin",
           "i will begin", "i'm going to begin", "i am going to begin", "i plan to begin",
           "i'm going to try to", "i am going to try to", "i'm going to try and",
           "from next", "starting next", "starting with my next", "from my next",
           # resolutions and plans not begun: "I'M PLANNING TO properly learn our refund
           # policy", "I KEEP MEANING TO learn the regulars' names", "MY NEW YEAR'S RESOLUTION
           # is to be more patient", "ONE DAY I'D LIKE TO be…"
           "i'm planning to", "i am planning to", "i plan to", "i intend to", "i'm hoping to",
           "i hope to", "i keep meaning to", "i've been meaning to", "i have been meaning to",
           "i'm going to work on", "i am going to work on", "i'm going to make an effort to",
           "i'm going to make a real effort to", "i'm going to make more of an effort to",
           "i'll make more of an effort to", "my new year's resolution", "my resolution is",
           "one day i'd like to", "one day i'd love to", "one day i want to", "one day i hope to",
           "someday i'd like to", "some day i'd like to"),
    futures=("i'll", "i will", "i'm going to", "i am going to", "i'm gonna", "i'd like to"),
    future_times=("next time", "from now on", "from here on", "going forward", "this year",
                  "next year", "next season", "one day", "someday", "some day", "in future",
                  "in the future"),
    plan_exits=frozenset(["by", "with", "off", "each", "every", "the", "my", "our", "a", "an", "out",
                          "at", "on", "in", "from", "all", "there", "here", "again"]),
    substitutes=("instead of", "rather than", "in place of", "in lieu of"),
    claim_verbs=frozenset(["say", "said", "saying", "claim", "claimed", "claiming", "pretend"]),
    lie_words=frozenset(["lie", "lying", "lied", "stretch", "exaggeration", "untrue", "overstatement"]),
    inversion_verbs=frozenset(["did", "do", "does", "could", "would", "was", "were", "have", "had",
                               "has", "will", "can", "am", "should"]),
    chances=frozenset(["chance", "chances", "opportunity", "opportunities", "need", "occasion", "time"]),
    chance_determiners=frozenset(["a", "an", "the", "any", "no", "much", "enough", "real", "single"]),
    needs=("i need to", "i needed to", "i have to", "i've got to", "i must", "i should", "i ought to"),
    nags=("keeps telling me to", "keep telling me to", "kept telling me to", "keeps reminding me to",
          "keep reminding me to", "kept reminding me to", "is always telling me to",
          "was always telling me to", "always tells me to", "keeps on at me to", "kept on at me to",
          "keeps nagging me to", "kept nagging me to", "keeps asking me to", "kept asking me to",
          "keeps pushing me to", "has to remind me to", "had to remind me to", "have to be reminded to",
          "had to be reminded to", "need reminding to", "needs reminding to"),
    reproaches=frozenset(["complained", "complains", "moaned", "warned", "criticised", "criticized",
                          "accused", "grumbled"]),
    doubts=frozenset(["whether", "doubt"]),
    doubt_exits=frozenset(["could", "can", "might", "may", "should", "would"]),
    definers=("means", "just means", "is defined as", "was defined as", "defined as", "refers to",
              "is about", "was about", "stands for"),
    definer_exits=frozenset(["everything", "nothing", "lot", "much", "world", "more", "less"]),
    definer_openers=frozenset(["that", "what"]), excess=frozenset(["too"]),
    ironies=("if you count", "if by that you mean", "if that counts as", "if you can call it"),
    mocks=("off the charts", "legendary", "impeccable", "spotless", "flawless", "exemplary",
           "my middle name", "set your watch by", "second to none", "world-class", "world class",
           "top-notch", "top notch", "unbeatable", "the picture of", "the soul of",
           "the very model of", "a real expert", "surpassed myself", "outdid myself"),
    # (not "just because", which mostly says what never happens: "I don't cut corners just
    # because it's quiet")
    motives=("only because", "purely because", "only did it because", "only did it so"),
    limits=LIMITS, feasibility_words=FEASIBILITY_WORDS, start_verbs=START_VERBS, abandons=ABANDONS,
    omissions=OMISSIONS, misdeeds=MISDEEDS, retractions=RETRACTIONS,
    preference_words=frozenset(["rather", "sooner"]), preference_links=("than",),
    rare_frequencies=RARE_FREQUENCIES, only_words=frozenset(["only"]), only_limits=frozenset(["if", "when", "whenever"]),
    beliefs=BELIEFS, reversals=REVERSALS, rewards=REWARDS,
    reward_links=frozenset(["who", "whose", "that", "only", "who's", "who're", "who've"]),
    concessions=frozenset(["even", "whether", "regardless", "not", "never"]),
    teachings=frozenset(["tell", "tells", "telling", "coach", "coaches", "coaching", "train", "trains",
                         "training", "teach", "teaches", "teaching", "remind", "reminds", "reminding"]),
    learners=frozenset(["starters", "starter", "trainees", "trainee", "juniors", "junior", "team",
                        "staff", "recruits", "reps", "rep", "newbies", "apprentices", "everyone",
                        "everybody", "colleagues", "new"]),
    practice_contrasts=frozenset(["but", "though", "although", "yet", "while", "whereas", "then"]),
    practice_affirmers=frozenset(["also", "too", "equally"]), failures=FAILURES,
    the_rest=("everyone else", "everybody else", "anyone else", "anybody else", "the rest",
              "all the rest", "the others", "all the others", "the other customers", "the other guests",
              "on other days", "the rest of the time", "first-timers", "first timers", "newcomers",
              "strangers", "walk-ins"),
    rest_links=frozenset(["for", "to", "with", "but"]), additives=frozenset(["and"]),
    rest_heads=frozenset(["ones"]),
    comparisons=frozenset(["than", "as", "like"]),
    rest_colleagues=frozenset(["team", "staff", "shift", "office", "floor", "desk", "in", "at"]),
    # (and strings attached: "…, ON CONDITION that he signed up for our LOYALTY card", "…,
    # PROVIDED she didn't mention it in her online REVIEW", "…, MAINLY to ask for a five-star REVIEW")
    causes=frozenset(["because", "cause", "'cause", "since", "provided", "condition", "mainly"]),
    tactics=frozenset(["review", "reviews", "rating", "ratings", "upsell", "upselling", "warranty",
                       "warranties", "five-star", "stars", "membership", "loyalty", "newsletter", "sign-up",
                       "signed"]),
    late_links=frozenset(["after", "by", "once"]), late_words=frozenset(["already"]),
    qualifiers=("i'd say", "mostly", "more or less", "generally speaking", "possibly", "to some extent",
                "to a degree", "sometimes", "occasionally", "now and then", "now and again", "the odd",
                "if i remember", "a bit", "fairly", "some of the time", "in most cases", "give or take",
                "i reckon", "sort of", "kind of", "ish"),
    grudges=("with a sigh", "with a big sigh", "with a huge sigh", "with a heavy sigh", "sighing",
             "rolling my eyes", "with an eye roll", "through gritted teeth", "grudgingly", "begrudgingly",
             "reluctantly", "resentfully", "under my breath", "forced grin", "forced smile",
             "through a forced", "huffing", "tutting", "with bad grace", "half-heartedly", "perfunctorily"),
    pressures=("escalated", "threatened", "made me", "told me to", "pulled me aside", "caught me",
               "warned me", "ordered me", "forced me", "had a word with me"),
    delays=("eventually", "in the end", "finally", "belatedly", "only"),
    complaints=frozenset(["complained", "complaint", "complaints", "rang", "chased", "emailed"]),
    checklists=frozenset(["script", "checklist", "template", "mystery", "box", "boxes", "kpi", "kpis"]),
    # an audience the deed is kept for: "…whenever the regional MANAGER is IN the store", "in ANY
    # week a mystery SHOPPER is DUE", "during mystery-shopper SEASON"
    watchers=frozenset(["manager", "managers", "supervisor", "supervisors", "boss", "bosses", "owner",
                        "owners", "director", "directors", "leader", "leaders", "assessor", "assessors",
                        "inspector", "inspectors", "auditor", "auditors", "shopper", "shoppers",
                        "quality"]),
    watch_links=frozenset(["any", "during", "days", "weeks"]),
    watch_words=frozenset(["watching", "watches", "watch", "listening", "listens", "in", "around", "about",
                           "present", "visiting", "visits", "visit", "due", "floor", "rounds",
                           "walk-round", "walkround", "recording", "records", "monitoring", "monitors",
                           "checking", "checks", "behind", "copied", "cc'd", "staying", "stays", "pops",
                           "popping", "drops", "dropping", "nearby", "season", "standing", "stands",
                           "sitting", "sits", "looking", "observing", "assessing", "inspecting",
                           "auditing", "earshot", "here", "there", "shadowing", "sight", "round",
                           "reviewing"]),
    # a pretend setting: "IN our de-escalation ROLE-PLAY, I stayed…", "top marks ON the empathy
    # QUIZ", "IN my DREAMS I'm…" (not "in practice", which means in real life, nor tests, drills,
    # games or scenarios, often real ones with real guests: "During the fire alarm test I went
    # floor by floor telling guests…")
    pretend_settings=("role-play", "role-plays", "roleplay", "roleplays", "simulation", "simulations",
                      "mock", "quiz", "quizzes", "exam", "exams", "dream", "dreams", "rehearsal",
                      "rehearsals"),
    setting_links=frozenset(["in", "during", "on", "at"]),
    real_words=frozenset(["real", "actual", "genuine", "live", "real-life", "reality"]),
    # knowledge without practice: "I know ALL THE THEORY ABOUT under-promising", "I've READ EVERY
    # BOOK going on…", "I know the complaint PROCEDURE INSIDE OUT" (not "the regulars' names by
    # heart", nor a policy, which is knowledge a rubric may ask for, nor books, which shops and
    # libraries serve)
    lore_frames=("know all about", "know all the theory", "the theory about", "the theory of",
                 "the theory behind", "know the theory", "know how important", "read every book",
                 "read books on", "read books about", "read a book on", "read a book about",
                 "read dozens of", "could recite", "can recite", "an essay on",
                 "an essay about", "a course on", "a module on", "a whole module on", "a certificate in",
                 "a diploma in", "a blog post on", "a talk on", "case studies about", "case studies on",
                 "learned all about", "learnt all about", "studied the theory",
                 # what the candidate only watched others do: "I've always ADMIRED HOW our concierge…"
                 "admired how", "admire how", "admired the way", "admire the way", "respected how",
                 "admired people who", "admire people who", "watched how", "seen how my",
                 # leave or ability with no deed: "I'm ALLOWED TO offer refunds up to fifty pounds",
                 # "We're EMPOWERED TO go the extra mile", "I'm perfectly CAPABLE OF showing empathy"
                 # (not "I was able to", which tells what the candidate managed)
                 "i'm allowed to", "i am allowed to", "we're allowed to", "we are allowed to",
                 "i'm authorised to", "i'm authorized to", "we're authorised to", "we're authorized to",
                 "i'm empowered to", "we're empowered to", "we are empowered to", "i'm permitted to",
                 "we're permitted to", "i'm free to", "i'm able to", "i am able to", "perfectly able to",
                 "i'm capable of", "i am capable of", "perfectly capable of", "i'm entitled to"),
    rote_words=("off by heart", "by heart", "inside out", "word for word", "in my sleep", "from memory",
                "back to front"),
    lore_nouns=frozenset(["procedure", "procedures", "flowchart", "charter", "steps", "theory",
                          "technique", "techniques", "framework", "module", "course", "manual",
                          "handbook", "slides", "process", "principles", "model"]),
    sequels=frozenset(["then"]),
    epistemic=("i'm told", "i am told", "i think", "i believe", "as far as i know", "as far as i'm aware",
               "i guess", "i hear", "i gather", "i suppose", "i assume", "i reckon", "i imagine",
               "i'd imagine"),
    # (past only: a present passive is as often a value stated, "Excellent service means the
    # customer's expectations are exceeded")
    passive_finite=frozenset(["was", "were", "got"]),
    bar_links=("than", "compared with", "compared to", "ahead of"), bar_relatives=frozenset(["who", "whose"]),
    bar_people=frozenset(["guy", "lad", "bloke", "girl", "woman", "man", "person", "predecessor"]),
    # (a regret, "I wish I'd…", "If only I'd…", is Language.denials' and unreal_conditions')
    # (and a resolution: "MY NEW YEAR'S RESOLUTION is to follow up…")
    hopes=("hopefully", "i hope", "i'm hoping", "i am hoping", "i'd like to think", "i would like to think",
           "fingers crossed", "i'd hope", "new year's resolution",
           "my resolution", "next year i want", "next year i'm going", "starting monday", "from monday",
           "from next month", "from next week", "starting next week", "starting next month"),
    lore_practice=frozenset(["use", "used", "uses", "using", "put", "apply", "applied", "every", "always",
                             "daily", "now", "since", "did", "do", "does"]),
    # deeds that never came (coach.scoring.chances)
    near_misses=("almost", "nearly", "about to", "on the verge of", "on the point of", "came close to",
                 "come close to", "came within a whisker of", "within a whisker of", "within an inch of",
                 "all but", "before i could", "before i even could", "before i got the chance",
                 "before i had the chance", "before i got a chance", "before i had a chance",
                 "before i managed to", "before i got round to", "before i got around to",
                 "by the time i got round to", "by the time i got around to", "by the time i remembered",
                 "by the time i thought to", "by the time i managed to",
                 # not yet, put off: "I've YET TO tell a guest…", "It's been ON MY TO-DO LIST to…"
                 "have yet to", "i've yet to", "has yet to", "on my to-do list", "on my to do list",
                 "keep putting off", "kept putting off", "been meaning to", "keep meaning to"),
    near_exits=frozenset(["always", "every", "everyone", "everybody", "everything", "all", "each", "daily",
                          "certainly", "definitely", "exactly", "immediately", "instantly", "straight",
                          "half", "twice", "double", "no", "never", "nothing", "nobody", "none", "any",
                          "entirely", "completely", "totally", "fully", "universally", "unheard"]),
    let_alones=("let alone", "much less", "never mind", "still less", "far less"),
    last_frames=("the last thing", "the last things", "the last person", "the last people", "the last word",
                 "the last one", "the last man", "the last woman", "the last guy", "the last member",
                 "the last of my priorities", "last on my list", "the last on my list",
                 "the last priority"),
    # (a person "TO…" right after the frame denies too: "the last person TO resolve anything")
    last_denials=frozenset(["i'd", "you'd", "he'd", "she'd", "they'd", "we'd", "who'd", "would", "could",
                            "want", "wanted", "wants", "care", "cared", "cares",
                            "think", "thought", "mind", "list", "priorities", "priority", "expect",
                            "expected", "bother", "bothered"]),
    leave_asks=frozenset(["asked", "ask", "asking", "checked", "check", "checking", "wondered", "enquired",
                          "inquired", "queried"]),
    leave_links=frozenset(["if", "whether"]),
    leave_modals=frozenset(["should", "could", "can", "may", "might", "ought", "shall", "must", "was",
                            "were", "had", "needed"]),
    approvals=("agreed", "said yes", "okayed", "ok'd", "approved", "go-ahead", "go ahead", "green light",
               "signed it off", "signed off", "said i could", "said we could", "said that was fine",
               "said it was fine", "was fine with", "and i did", "which i did", "and then i did",
               "let me", "gave me permission", "said of course", "happy for me to"),
    leave_redirects=("said to", "told me to", "said just to", "told me just to", "told me to just",
                     "wanted me to", "said i should just", "said we should just", "said i had to",
                     "said we had to"),
    # deeds hollowed out (coach.scoring.hollow)
    holdbacks=("stopped short of", "stop short of", "stops short of", "held back from", "hold back from",
               "drew the line at", "draw the line at", "draws the line at", "balked at", "baulked at",
               "shied away from", "shy away from", "steered clear of", "tried in vain to", "in vain to",
               "pretended to", "pretend to", "pretending to", "made a show of", "make a show of",
               "put on a show of", "went through the motions of", "go through the motions of",
               "going through the motions of", "a far cry from", "the opposite of", "the very opposite of",
               # the one exception: "I do everything EXCEPT follow up"
               "everything but", "everything except", "everything apart from", "everything bar",
               "anything except", "anything apart from"),
    gone_words=("in short supply", "nowhere to be seen", "nowhere to be found", "went out of the window",
                "went out the window", "goes out of the window", "goes out the window", "flew out the door",
                "flew out of the window", "flew out the window", "flies out the window", "had worn thin",
                "wore thin", "wears thin", "worn thin", "thin on the ground", "ran dry", "dried up"),
    sarcasms=("yeah right", "as if i'd", "as if i would", "as if i'm going to", "as if i was going to",
              "like i'm going to", "like i'd", "like i would", "like i was going to", "sure because",
              "oh sure", "oh yes because"),
    brief_spans=("for all of", "lasted all of", "lasted about", "lasted until", "lasted only", "lasted just",
                 "for the first", "for about the first", "for just the first", "only for the first"),
    brief_lengths=("for about", "for maybe", "for roughly", "for around", "for all of", "for just", "for only"),
    brief_units=frozenset(["seconds", "second", "minute", "sentence"]),
    brief_turns=("then", "before", "after that", "until"),
    nominal=("technically i", "technically we", "technically speaking", "in name only", "nominally",
             "after a fashion", "in a manner of speaking", "loosely speaking", "if you can call it that",
             "if you can call", "so-called", "so called", "what passed for", "passed for", "lip service",
             "of sorts", "would be generous", "would be a stretch",
             # fantasy: "IN AN IDEAL WORLD, no caller waits…" (not "if I had a magic wand", as
             # often before a real memory: "…, every shift would be like the Saturday I helped…")
             "in my dreams", "in an ideal world", "in a perfect world"),
    nominal_turned=("on paper", "in theory", "theoretically", "allegedly", "supposedly", "apparently"),
    least_words=("the least of my worries", "the least of my concerns", "the least of my priorities",
                 "a distant last", "dead last", "matters the least", "matter the least", "mattered the least",
                 "the least important", "the least of what"),
    rare_shares=("in ten", "in twenty", "in fifty", "in a hundred", "in every ten", "in every twenty",
                 "out of ten", "out of twenty", "out of fifty", "out of a hundred", "per cent of the time",
                 "percent of the time"),
    rare_counts=frozenset(["one", "once", "two", "three", "five", "1", "2", "3", "5"]),
    better_workers=("a better", "a more", "someone more", "somebody more", "anyone more", "a good",
                    "a proper", "a decent", "a real"),
    better_modals=frozenset(["would", "would've", "could", "could've", "might"]),
    # (not "it" nor "so": "…, so I can't do it" denies another deed)
    elided_words=frozenset(["i", "i'm", "we", "we're", "you", "they", "he", "she", "do", "did", "does", "am",
                            "is", "was", "were", "are", "have", "had", "has", "will", "would", "can", "could",
                            "really", "actually", "honestly", "truly", "at", "all", "just", "not", "never", "no",
                            "nope", "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't",
                            "wouldn't", "haven't", "hadn't", "can't", "couldn't"]),
    # (not "said nobody" alone: "…, and she said nobody had ever done that before" is praise)
    retort_tags=("said no one ever", "said nobody ever", "said no one about me", "said nobody about me",
                 "said no customer", "said no guest", "said no caller", "said no passenger", "said no member",
                 "said no client",
                 "or so i'm told", "or so i am told", "or so they say", "or so they tell me", "or so my",
                 "or so the", "or so it", "or so i", "or at least that's what", "or at least that is what",
                 "according to my cv", "tell you otherwise", "say otherwise", "might disagree",
                 "would disagree", "wouldn't agree", "might not agree", "would beg to differ",
                 "might beg to differ", "so that counts", "that still counts", "so it counts", "so it still counts",
                 *english_shams.FAINT_PRAISE),
    few_words=("few", "very few", "precious few", "not many", "not a lot of", "hardly any", "barely any",
               "next to no", "the odd", "only a handful of", "only the odd"),
    # claims that are no claim (coach.scoring.whims, twists, shams)
    own_states=english_shams.OWN_STATES, state_links=english_shams.STATE_LINKS,
    courtesies=english_shams.COURTESIES, misdirections=english_shams.MISDIRECTIONS,
    misdirection_links=english_shams.MISDIRECTION_LINKS,
    misdirection_turns=english_shams.MISDIRECTION_TURNS, even_handed=english_shams.EVEN_HANDED,
    riddances=english_shams.RIDDANCES, low_ratings=english_shams.LOW_RATINGS,
    echo_guards=english_shams.ECHO_GUARDS, echo_links=english_shams.ECHO_LINKS,
    empty_manners=english_shams.EMPTY_MANNERS, chase_links=english_shams.CHASE_LINKS,
    chase_marks=english_shams.CHASE_MARKS, count_links=english_shams.COUNT_LINKS,
    backbites=english_shams.BACKBITES,
    blames=english_shams.BLAMES, gaming_marks=english_shams.GAMING_MARKS,
    metric_words=english_shams.METRIC_WORDS, quote_verbs=english_shams.QUOTE_VERBS,
    label_links=english_shams.LABEL_LINKS, self_promises=english_shams.SELF_PROMISES,
    climbdowns=english_shams.CLIMBDOWNS, put_ons=english_shams.PUT_ONS, keep_links=english_shams.KEEP_LINKS,
    abilities=english_shams.ABILITIES, ability_lapses=english_shams.ABILITY_LAPSES,
    ironic_openers=english_shams.IRONIC_OPENERS, scope_links=english_shams.SCOPE_LINKS,
    scope_tags=english_shams.SCOPE_TAGS, small_counts=english_shams.SMALL_COUNTS,
    share_links=english_shams.SHARE_LINKS, large_counts=english_shams.LARGE_COUNTS,
    guess_marks=english_shams.GUESS_MARKS, vague_marks=english_shams.VAGUE_MARKS,
    rumours=english_shams.RUMOURS, hearsays=english_shams.HEARSAYS,
    exception_links=english_shams.EXCEPTION_LINKS, swallows=english_shams.SWALLOWS,
    put_offs=english_shams.PUT_OFFS, praises=english_shams.PRAISES, credit_turns=english_shams.CREDIT_TURNS,
    credit_relatives=english_shams.CREDIT_RELATIVES, credit_shares=english_shams.CREDIT_SHARES,
    sales=english_shams.SALES, sale_links=english_shams.SALE_LINKS, wagers=english_shams.WAGERS,
    insiders=english_shams.INSIDERS, badges=english_shams.BADGES, badge_results=english_shams.BADGE_RESULTS,
    natures=english_shams.NATURES, debts=english_shams.DEBTS, lowerings=english_shams.LOWERINGS,
    empowers=english_shams.EMPOWERS, knowings=english_shams.KNOWINGS, told_verbs=english_shams.TOLD_VERBS,
    one_tries=english_shams.ONE_TRIES, covers=english_shams.COVERS, overrulings=english_shams.OVERRULINGS,
    blankets=english_shams.BLANKETS, better_jobs=english_shams.BETTER_JOBS, leave_outs=english_shams.LEAVE_OUTS,
    unavailables=english_shams.UNAVAILABLES,
)
