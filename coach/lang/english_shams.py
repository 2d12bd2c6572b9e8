"""English data of claims that are no claim (Language.undone; coach.scoring.whims, twists and
shams read them): kept on a whim, done to the wrong one or to be rid of the customer, rated
low, turned aside, emptied, chased, backbitten, blamed, gamed or promised only to oneself.
Kept apart from english_undone.py; matched as written."""

from __future__ import annotations

# (coach.scoring.whims) a whim: the candidate's state or the customer being nice first
# (the candidate's coffee: not "I'll get THEIR coffee through first")
OWN_STATES = ("slept", "sleep", "my coffee", "first coffee", "second coffee", "morning coffee",
              "my caffeine", "my mood", "a good mood", "a bad mood", "the mood", "a good day",
              "a bad day", "good days", "bad days", "a good night", "a bad night", "hungover",
              "a hangover", "how my morning", "how my day")
STATE_LINKS = frozenset(["provided", "providing", "depends", "depending", "whether", "on", "assuming"])
COURTESIES = ("polite to me", "polite with me", "nice to me", "pleasant to me", "pleasant with me",
              "respectful to me", "respectful with me", "respectful towards me", "civil to me",
              "civil with me", "kind to me", "friendly to me", "courteous to me", "respect me",
              "been pleasant", "been polite", "been nice", "been civil", "are polite", "are nice",
              "are pleasant", "are civil", "is polite", "is nice", "is civil", "is pleasant",
              "were pleasant", "were polite", "were nice", "they're polite", "they're nice",
              "they're pleasant", "they're civil", "who's polite", "who's nice", "hello first",
              "smile first", "smiles first", "lets me finish", "let me finish")
# the wrong one (not "what went wrong", nor "we'd got it wrong": a fault owned to; not "a wrong
# room rate", a problem fixed)
MISDIRECTIONS = ("the wrong", "by mistake", "mixed up", "muddled up", "someone else's",
                 "somebody else's")
MISDIRECTION_LINKS = frozenset(["to", "with", "for", "at"])
MISDIRECTION_TURNS = frozenset(["but", "only", "then", "though"])
EVEN_HANDED = frozenset(["equally", "alike", "regardless", "whether"])
# (the one served made to go: not "…for the anger to GO AWAY", "GET RID OF the smell")
RIDDANCES = ("off the phone", "out of the shop", "out of the store", *(f"{who} {go}" for who in (
             "he'd", "she'd", "they'd", "make him", "make her", "make them") for go in (
             "go away", "give up", "leave")), "get rid of him", "get rid of her", "get rid of them",
             "stop talking", "stop asking", "stop arguing", "stop ringing", "stop emailing",
             "stop calling", "stop complaining", "stop moaning", "stop bothering", "stop pestering",
             "leave me alone", "take my break", "take my lunch", "check in the next guest",
             "leave reception", "stops emailing", "stops ringing", "stops calling", "so i could get home",
             "so i could go home", "so i can go home")
LOW_RATINGS = ("the lowest in", "lowest in the", "lowest on the", "the lowest score", "lowest score",
               "lowest scores", "lowest rating", "lowest mark", "lowest marks", "bottom of the team",
               "bottom of the league", "bottom of the table", "came bottom", "was bottom of", "marked me down",
               "marked down", "needs improvement", "need improvement", "one out of five",
               "two out of five", "one out of ten", "two out of ten", "three out of ten", "one star",
               "worst score", "worst rating")
ECHO_GUARDS = frozenset(["too", "also", "even", "really", "properly", "truly", "genuinely", "every",
                         "always", "both"])
ECHO_LINKS = frozenset(["about"])
EMPTY_MANNERS = ("with a shrug", "with such a shrug", "without looking up", "without once looking up",
                 "without even looking up", "never looked up", "without looking at", "in a monotone",
                 "while still typing", "a one-line", "one-line email", "a two-word", "two-word",
                 "with an eye-roll", "with an eye roll", "rolling my eyes", "under my breath",
                 "with a sigh", "with a yawn",
                 # condescension: the deed done as to a child, louder each time
                 "as if to a child", "as if to a toddler", "as if talking to a child", "like to a child",
                 "like talking to a child", "the way you'd talk to a child", "the way you'd talk to a toddler",
                 "each time a bit louder", "each time louder", "a bit louder each time", "in that tone")
# (coach.scoring.shams) chased, behind their back, blame passed, a figure gamed
CHASE_LINKS = frozenset(["after", "once", "until", "when", "time"])
COUNT_LINKS = frozenset(["time"])
# (not "again" nor "several times": "…once they'd finished, and it was working AGAIN"; not
# "complained", which is what most service answers: "I apologised straight away after she
# complained")
CHASE_MARKS = ("twice", "repeatedly", "three times", "four times",
               "second time", "third time", "fourth time", "pointed out", "threatened",
               "the same question", "asked for the manager", "asked for my manager",
               "asked for the duty manager")
BACKBITES = ("staff room", "staffroom", "behind their back", "behind his back", "behind her back",
             "behind their backs", "staff group chat", "moan about", "moaned about",
             "moan in the back", "mimic", "mimicked", "mock them", "mock him", "mock her", "mocked",
             "let rip", "once they've walked off", "once they'd walked off", "as soon as they've gone",
             "scroll my phone", "just a moaner")
BLAMES = ("nothing to do with me", "nothing to do with us", "nothing to do with our",
          "nothing to do with the", "not my problem", "not our problem", "not mine",
          "not ours", "fault lay with", "their fault", "his fault", "her fault", "to blame",
          "their mistake", "problem to fix", "take it up with", "whose fault", "messed up",
          "had caused it", "caused it all", "wasn't mine")
GAMING_MARKS = ("because i only", "because i count", "because i log", "because i transfer",
                "because the field", "because i mark", "by marking them", "by closing them",
                "mostly by marking", "mostly by closing")
METRIC_WORDS = frozenset(["score", "scores", "rate", "rating", "ratings", "record", "figures", "numbers",
                          "dashboard", "stats", "statistics", "log", "results", "tickets", "percent"])
QUOTE_VERBS = frozenset(["saying", "replied", "reply", "replies", "answered", "asked", "explained",
                         "like", "goes", "went", "hear", "hears", "hearing", "heard"])
LABEL_LINKS = frozenset(["for", "as", "under"])
SELF_PROMISES = ("i told myself", "i promised myself", "i kept telling myself", "i keep telling myself")
# (coach.scoring.walkbacks) a climb-down between breaks, the expected answer, a look or a wish
# said, an ability not used
CLIMBDOWNS = ("well", "okay", "ok", "alright", "kidding", "just kidding", "joking", "only joking", "usually",
              "mostly", "sometimes", "i try to", "i mean to", "more or less")
PUT_ONS = ("want to hear", "you'd like to hear", "the answer you're after", "the answer you want",
           "the answer you're looking for", "the textbook answer", "the right answer", "the standard answer",
           "hoping i'll say", "you'd like me to say", "i'd love to say", "i'd love to tell you",
           "i wish i could say", "i wish i could tell you", "i come across as", "i come across",
           "i sound", "i look like", "give the impression", "the look of someone", "i appear")
KEEP_LINKS = frozenset(["and"])
ABILITIES = frozenset(["can", "could", "capable", "able"])
ABILITY_LAPSES = ("i just rarely", "i just don't", "i just never", "i've just never", "i just usually",
                  "i just find", "but i rarely", "i rarely do", "but i never", "if i wanted to",
                  "which is rarely", "don't usually bother", "i just don't see")
# Faint praise and confidences said after a claim, which join Undone.retort_tags ("…, which isn't
# saying much", "…; between you and me, I hardly ever do")
FAINT_PRAISE = ("which isn't saying much", "isn't saying much", "not that that's hard", "not that it's hard",
                "isn't much of a contest", "a low bar", "standards anyway", "isn't exactly heroic",
                "isn't hard", "off the record", "between you and me", "between us")
# an ironic opener; a scope shrunk after a dash; a share that belies the claim
IRONIC_OPENERS = ("oh sure", "oh absolutely", "oh naturally", "oh yes", "oh of course", "oh definitely",
                  "oh totally", "oh right")
SCOPE_LINKS = frozenset(["when", "if", "whenever", "unless", "provided"])
SCOPE_TAGS = ("anyway",)
SMALL_COUNTS = frozenset(["four", "twice", "couple", "4"])
SHARE_LINKS = ("out of",)
LARGE_COUNTS = frozenset(["ten", "eleven", "twelve", "dozen", "fifteen", "twenty", "thirty", "forty", "fifty",
                          "sixty", "seventy", "eighty", "ninety", "hundred"])
# (coach.scoring.guesses) a guess at one's own past with nothing remembered; hearsay; an exception
# that swallows the rule; a deed put off; another's deed credited to the candidate
GUESS_MARKS = ("i must have", "i must've", "we must have", "i'm sure i", "i'm sure i've", "i'd imagine i",
               "i'd imagine i've", "i imagine i", "i imagine i've", "i'd assume i", "i assume i",
               "i'd have thought", "i suppose i", "i guess i", "presumably i", "statistically",
               "i probably", "i've probably")
VAGUE_MARKS = ("at some point", "at least once", "once or twice", "some time or other",
               "somewhere along the line", "can't think of", "can't think when", "couldn't think of",
               "can't picture", "couldn't picture", "can't remember", "couldn't remember", "don't remember",
               "can't recall", "couldn't recall", "don't recall", "nothing specific", "nothing comes to mind",
               "doesn't come to mind", "couldn't tell you which", "couldn't tell you when", "can't say which",
               "couldn't say where", "wasn't memorable", "something i keep track", "never really paid attention",
               "off sick", "on holiday", "on leave", "before i joined", "news to me", "second-hand",
               "secondhand")
RUMOURS = ("legend has it", "rumour has it", "rumor has it", "word has it", "word in the", "word on the",
           "the story goes", "i've heard i", "i've heard i'm", "i've heard that i", "i hear i", "i hear i'm",
           "i hear that i")
HEARSAYS = ("apparently", "supposedly", "reportedly", "i'm told", "they say", "people say")
EXCEPTION_LINKS = frozenset(["except", "unless"])
SWALLOWS = ("which is always", "which is every", "which is nearly", "which is almost", "which is most",
            "which is all", "which is basically", "which is pretty much", "which they always",
            "which they usually", "which i usually", "which i mostly", "which happens every", "which is daily")
PUT_OFFS = ("snooze it", "snoozed it", "snoozing it", "kept snoozing", "dismiss it", "dismissed it",
            "still on my monitor", "got buried", "get round to it", "get around to it", "get round to", "i'll get to it", "i'll get to",
            "when things calm down", "once things calm down", "when things quieten down",
            "once things quieten down", "when things quiet down", "once the backlog clears",
            "when the backlog clears", "once we're fully staffed", "when we're fully staffed",
            "when i get a free", "next time i get a free", "when i get time", "when i get the time",
            "when i have time", "when i have the time", "once i have time", "one of these days",
            "on my to-do list", "somewhere near the bottom")
PRAISES = ("thanked me for", "praised me for", "praised how", "praised my", "complimented me on",
           "the credit for", "got credit for", "thank-you card for", "thank-you email for",
           "thank-you note for", "thank you card for", "thank you email for", "employee of the month for",
           "an award for")
CREDIT_TURNS = ("but it was", "though it was", "but it was actually", "when it was")
CREDIT_RELATIVES = frozenset(["who", "who'd", "that"])
CREDIT_SHARES = ("i only", "all i did", "i'd only", "i had only")
# (coach.scoring.angles) a sale as the motive, a bet, an insider served
SALES = ("extended warranty", "the warranty", "upsell", "upsells", "upselling", "an upsell", "add-on", "add-ons",
         "sell them", "sell the", "to sell", "selling them", "sold them", "haven't sold", "might buy",
         "they'll buy", "to buy more", "buy more", "sign up for the", "store card", "loyalty scheme",
         "spa package", "price list", "the wallet", "upgraded package", "service-plan", "service plan",
         "premium insurance", "premium membership", "sales target", "sales targets")
SALE_LINKS = frozenset(["so", "because", "cause", "since", "to", "who", "that", "as", "which", "before"])
WAGERS = ("a bet", "the bet", "bet with", "a dare", "dared me", "on a dare", "for a dare", "a wager")
INSIDERS = ("for the company", "with the company", "for the business", "for the firm", "for the team",
            "for my team", "for our team", "for the management", "for management", "to the regional manager",
            "to the area manager", "to my manager", "with my manager", "with my team leader", "to my team leader",
            "with my colleagues", "to my colleagues", "my colleagues'", "about my own", "my own break",
            "my own breaks", "my own rota", "my own lunch", "my breaks", "my lunch", "for our housekeeping",
            "for housekeeping", "for the kitchen", "the share price")
# (a badge or a title the claim is drawn from)
BADGES = ("job title", "my title", "badge", "name tag", "name badge", "lapel", "email signature", "slogan",
          "certificate", "diploma", "job description", "my uniform")
BADGE_RESULTS = frozenset(["so", "hence", "therefore", "means"])
# a star sign or a personality test; money owed; expectations set low; not helping, spun as
# empowering (a sign alone only where it cannot be a word: not "cancer", "leo", "aries")
NATURES = ("capricorn", "sagittarius", "gemini", "taurus", "virgo", "virgos", "libra", "scorpio", "aquarius",
           "pisces", "being a cancer", "as a cancer", "i'm a cancer", "i'm a leo", "as a leo", "as an aries",
           "horoscope", "star sign", "in the stars", "myers-briggs", "myers briggs", "enneagram",
           "personality test", "personality quiz", "personality type", "aptitude test", "strengthsfinder",
           "disc test", "mbti", "intj", "istj", "enfp", "infj", "estj", "entj", "isfj", "esfj")
# (money the customer owes: not "…to check her refund had come through", their own money)
DEBTS = ("is still unpaid", "left unpaid", "unpaid invoice", "unpaid bill", "unpaid balance", "arrears", "still owe", "they owe", "still owed", "late payment", "late payments",
         "payment reminder", "payment reminders", "collections line", "full balance", "balance is paid",
         "overdue balance", "overdue fees", "overdue fee", "overdue bill", "overdue invoice", "settle their",
         "damage charges", "skipped out on the bill", "their debt", "their debts")
LOWERINGS = ("expect very little", "expect the worst", "expect nothing", "double the time", "twice as long as",
             "when it really takes", "when it actually takes", "and then it takes", "and sometimes it's only",
             "rock bottom", "could be a month")
EMPOWERS = ("i empower", "empower customers", "empower guests", "empower callers", "empower shoppers",
            "empowering customers", "empowering guests", "empowering callers", "empowering shoppers",
            "by empowering", "empower people", "empowering people")
# (coach.scoring.guesses) told knowing it false (after a verb of telling or promising); one try
# (not "when I know": "I'll advise them against the cheaper one when I know it won't do the job")
KNOWINGS = ("even though i know", "even though i knew", "although i know", "although i knew", "though i know",
            "though i knew", "knowing full well", "when i've already")
TOLD_VERBS = frozenset(["tell", "tells", "told", "promise", "promises", "promised", "say", "says", "said",
                        "assure", "assured", "guarantee", "guaranteed", "explain", "explained"])
# (not "if they don't reply": "…, and I ring again if they don't reply")
ONE_TRIES = ("that's on them", "that's on him", "that's on her", "then i'm done", "that was the end of my",
             "i don't waste another", "i stop being", "the rest can wait", "to the bottom of the pile",
             "give as good as i get", "i'm not there to be", "that's all we've got", "i assume everything's fine",
             "assume they're happy", "i took it that", "wished him luck", "wished her luck", "wished them luck",
             "wished him a good day", "my personal limit", "personal limit of")
# (coach.scoring.angles) to cover oneself; the customer overruled; a blanket deed
COVERS = ("nobody can say", "no one can say", "pin it on me", "coming back on me", "come back on me",
          "comes back on me", "proof i did", "a paper trail", "on record that", "it's on record",
          "see i did my bit", "cover myself", "cover my back", "so i'm covered", "on my appraisal",
          "can't say they weren't", "nobody can claim", "no one can claim", "there's proof", "show my manager",
          "management can see")
# (not "asked me not to": "…; if they've asked me not to ring, I text them instead")
OVERRULINGS = ("for her own good", "for his own good", "for their own good", "against her wishes",
               "against his wishes", "against their wishes", "even when they've told me",
               "even when they tell me", "even when he asks", "even when she asks", "even when they ask",
               "i decided that was better", "they'd rather do it themselves", "i knew she'd be glad",
               "i was sure she'd love")
# (not "whatever they came in for": "I treat everyone with respect, whatever they've come in for"
# is even-handed)
BLANKETS = ("whether i know them or not", "before they've even told me", "without ever finding out",
            "without finding out what")
# saved for a better job; the worst part left out; out of reach
BETTER_JOBS = ("when i work somewhere", "when i'm somewhere", "once i'm somewhere", "when i'm working somewhere",
               "if i worked somewhere", "a five-star place", "a better-paid job", "a better job",
               "a better-run company", "a better-run place", "a proper job", "a real job", "somewhere that pays",
               "somewhere that matters", "somewhere that actually values", "a job that actually deserves",
               "a job that deserves", "on a real salary", "with proper clients", "at a proper resort",
               "when i'm a proper", "on a permanent contract")
LEAVE_OUTS = ("i just don't mention", "i just don't say", "i don't mention that", "just don't tell the",
              "i just don't explain", "i just leave out", "i left out that", "i leave out that", "skip the bit about",
              "i just skip the", "not a lie as such", "without mentioning the", "without mentioning that")
UNAVAILABLES = ("if they can catch me", "on the rare days", "who can get through to me", "who manages to find",
                "if they look hard enough", "doesn't accept calls", "hardly ever in", "which i check on",
                "which i empty at the end", "is only open from", "i work nights and never",
                "when i'm next on the rota")
