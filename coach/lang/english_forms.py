"""English word lists kept apart from the rules in english.py: irregular verb forms (for
matching), the drafting data (synonyms, opposites, the starter pack's text), the people and
verbs judgement reads (third parties, inverters, privative verbs) and the frames that deny a
keyword (failings, lapses, rhetorical questions, denials) or credit someone else."""

from __future__ import annotations

from . import lemma_table

# Standard English irregular verbs (past tense and participle), the forms candidates use when
# telling a story ("I rang her back", "I took ownership", "I kept them updated").
IRREGULAR = lemma_table("""
be was were been
become became
begin began begun
bend bent
bring brought
build built
buy bought
catch caught
choose chose chosen
come came
cut
deal dealt
do did done
draw drew drawn
drive drove driven
eat ate eaten
fall fell fallen
feel felt
fight fought
find found
fly flew flown
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung
have had
hear heard
hide hid hidden
hold held
keep kept
know knew known
lead led
learn learnt
leave left
lend lent
let
lose lost
make made
mean meant
meet met
pay paid
put
read
ring rang rung
rise rose risen
run ran
say said
see saw seen
seek sought
sell sold
send sent
set
shake shook shaken
show showed shown
shut
sit sat
sleep slept
speak spoke spoken
spend spent
stand stood
steal stole stolen
stick stuck
take took taken
teach taught
tell told
think thought
throw threw thrown
understand understood
wake woke woken
wear wore worn
win won
write wrote written
""")


# -- drafting (coach.trainer) -------------------------------------------------------------------

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("decrease", "reduce", "shrink", "smaller", "lower", "drop", "decline", "diminish"),
    ("increase", "grow", "raise", "larger", "bigger", "higher", "rise", "expand"),
    ("fast", "quick", "rapid", "speedy"),
    ("slow", "sluggish"),
    ("large", "big", "huge"),
    ("small", "little", "tiny"),
    ("short", "shorter", "brief"),
    ("long", "longer", "lengthy"),
    ("start", "begin", "initiate"),
    ("stop", "end", "finish", "terminate", "halt"),
    ("send", "transmit"),
    ("receive", "get", "obtain"),
    ("utilize", "employ", "use"),
    ("require", "need", "necessary", "mandatory", "must"),
    ("allow", "enable", "permit", "let"),
    ("avoid", "prevent"),
    ("error", "mistake", "fault"),
    ("fail", "failure", "crash", "breakdown"),
    ("easy", "simple", "straightforward"),
    ("hard", "difficult", "complex", "complicated"),
    ("cheap", "inexpensive"),
    ("expensive", "costly"),
    ("identical", "equal", "same"),
    ("different", "distinct", "differ"),
    ("entire", "whole", "all"),
    ("correct", "right", "accurate"),
    ("wrong", "incorrect"),
    ("delete", "remove", "purge", "erase", "discard", "drop"),
    ("update", "refresh"),
    ("duplicate", "copy"),
    ("choose", "select", "pick"),
    ("multiple", "several", "many"),
    ("fixed", "constant", "static"),
    ("variable", "dynamic", "changing", "flexible"),
    ("double", "twice", "doubled"),
    ("half", "halve", "halved"),
    ("advantage", "benefit", "pro"),
    ("disadvantage", "drawback", "downside", "con"),
    ("problem", "issue"),
    ("goal", "objective", "aim", "purpose"),
    ("secure", "safe"),
    ("speed", "rate", "velocity"),
    ("probability", "likelihood", "chance"),
    ("probable", "likely"),
    ("optional", "not required"),
    ("unfair", "unfairness", "not fair", "inequality"),
    ("efficient", "effective"),
    ("unique", "single", "only one"),
    ("lost", "loss", "dropped"),
)

OPPOSITES: tuple[tuple[str, str], ...] = (
    ("same", "different"), ("possible", "impossible"), ("dependent", "independent"),
    ("necessary", "unnecessary"), ("fixed", "variable"), ("static", "dynamic"),
    ("reliable", "unreliable"), ("fair", "unfair"), ("efficient", "inefficient"),
    ("secure", "insecure"), ("required", "optional"), ("ordered", "unordered"),
    ("confirmed", "unconfirmed"), ("connected", "connectionless"), ("finite", "infinite"),
)

STARTER_TEXT = {
    "empathy_keywords": "put myself in their shoes\nempathy\nunderstand how they feel",
    "empathy_tip": "Show that you understand how the customer feels.",
    "follow_keywords": "follow up\ncheck back\ncall them back",
    "follow_tip": "Say how you check afterwards that the problem stayed solved.",
    "red_flag": "not my job",
    "prompt": "A customer is upset about a late delivery. What do you do?",
    "model_answer": "I put myself in their shoes and say I understand how frustrating it is.\n"
                    "I find out where the parcel is, and I follow up the next day.",
    "good_answer": "I'd show empathy, sort out the delivery, and follow up the next day.",
    "negated_answer": "Empathy is not my thing and I never follow up.",
}

# Not the candidate's team (a manager or colleague who fixes it is the team at work, as graders
# credit it): people from the candidate's own life, and unnamed others (Language.third_parties).
THIRD_PARTIES = frozenset(["friend", "friends", "mum", "mom", "dad", "mother", "father", "parents",
                           "sister", "brother", "flatmate", "roommate", "girlfriend",
                           "boyfriend", "partner", "neighbour", "neighbor", "husband", "wife",
                           "someone", "somebody", "anyone", "anybody", "grandad", "granddad",
                           "grandma", "granny", "nan", "gran", "grandparents", "cousin",
                           "cousins", "uncle", "aunt", "auntie", "kids", "son", "daughter",
                           "employer", "employers", "landlord", "landlady", "neighbours",
                           "neighbors", "housemate", "housemates", "flatmates", "roommates",
                           "teacher", "teachers", "tutor", "trainer", "instructor", "lecturer", "lecturers", "professor",
                           "headteacher", "headmaster", "headmistress",
                           "coach",
                           "classmate", "classmates", "family", "relatives",
                           "grandmother", "grandfather", "grandpa", "grandson",
                           "granddaughter", "grandchildren", "nephew", "nephews", "niece",
                           "nieces", "children", "mate", "mates", "stepdad", "stepmum",
                           "fiance", "fiancé", "fiancee", "fiancée", "godson", "goddaughter",
                           # pets, as "my …" only, like everyone above ("the dog" at a vet's
                           # is a customer's)
                           "dog", "dogs", "cat", "cats", "horse", "pony", "rabbit",
                           "hamster", "puppy", "kitten", "spaniel", "labrador", "terrier",
                           "collie", "parrot", "budgie", "tortoise", "goldfish", "pet", "pets",
                           "retriever", "poodle", "beagle", "husky", "dachshund", "greyhound",
                           # the firm above the candidate's branch, and a personal trainer
                           "head office", "pt", "tour guide", "tour guides", "customer services",
                           "customer service team",
                           "complaints team", "returns team", "back office", "it team",
                           "tech team", "technical team", "support team", "finance team",
                           "accounts team", "sales team", "quality team", "other hotels",
                           "reservations",
                           # others in general, in a remark about the world ("Social workers have
                           # to be so empathetic", "Tech companies release new features…")
                           "workers", "politicians", "celebrities", "influencers", "companies",
                           "corporations", "supermarkets", "businesses", "brands", "youngsters",
                           "teenagers", "millennials", "young people", "most people"])

# Colleagues and the people and firms beside a front line, as a subject (Language.colleagues;
# coach.scoring.roles).
COLLEAGUES = frozenset(["colleague", "colleagues", "coworker", "coworkers",
                       "workmate", "workmates", "manager", "supervisor", "boss", "pharmacist",
                       "chef", "receptionist", "technician", "engineer", "greeter", "greeters",
                       # more of the people a front line works beside
                       "porter", "porters", "concierge", "housekeeper", "housekeepers",
                       "waiter", "waiters", "waitress", "barista", "baristas", "cashier",
                       "cashiers", "bartender", "mechanic", "cleaner", "teammate",
                       "teammates", "trainee", "nurse", "doctor", "auditor", "auditors",
                       "bartenders", "sommelier", "chambermaid", "maid", "maids",
                       # departments that do their own part ("Housekeeping usually follow up")
                       "housekeeping", "billing", "maintenance", "helpdesk",
                       # a general list of the roles beside a front line and of a person
                       # named by what they are ("the previous agent", "one of the chefs",
                       # "a guy called Rob", "the lady on the next till")
                       "chefs", "agent", "agents", "adviser", "advisers", "advisor",
                       "advisors", "assistant", "assistants", "clerk", "clerks", "teller",
                       "tellers", "operator", "operators", "rep", "reps", "representative",
                       "courier", "couriers", "driver", "drivers", "fitter", "fitters",
                       "installer", "electrician", "plumber", "optician", "optometrist",
                       "dentist", "vet", "guard", "guards", "steward", "stewardess", "cook",
                       "cooks", "servers", "server", "runner", "apprentice",
                       "intern", "director", "owner", "leader", "lead", "guy",
                       "guys", "bloke", "lady", "woman", "man", "girl", "lad",
                       # the employer doing it: "the company gives every customer a gift"
                       "company", "management", "staff",
                       # a firm serving the candidate: "my bank rang me back the same day"
                       "bank", "supplier", "airline", "insurer",
                       # more roles by name, and plurals: "the hygienist explained every step"
                       "hygienist", "hygienists", "receptionists", "nurses", "doctors",
                       "dentists", "pharmacists", "managers", "supervisors", "mechanics",
                       "cleaners", "barber", "barbers", "hairdresser", "hairdressers",
                       "stylist", "stylists", "attendant", "attendants", "conductor",
                       "salesman", "saleswoman", "salesperson", "therapist", "physio",
                       # the people who serve the candidate in an emergency or a repair ("the
                       # police officer was really empathetic"); not a teacher or a lifeguard,
                       # whose work is the candidate's own studies and summer jobs
                       "officer", "officers", "policeman", "policewoman", "paramedic",
                       "paramedics", "firefighter", "firefighters", "librarian", "midwife",
                       "surgeon", "carer", "carers", "caretaker", "pilot", "locksmith",
                       "builder", "builders", "gardener", "postman", "usher", "bouncer",
                       "hostess",
                       # a hotel's front of house ("the doorman stayed calm", "our GM")
                       "doorman", "doormen", "bellboy", "bellboys", "bellhop", "bellhops",
                       "valet", "valets", "gm"])

# Words that, negated, make emphasis rather than negation (Language.inverters): "never FORGET to
# follow up", "not OPTIONAL", "no SUBSTITUTE for".
INVERTERS = frozenset(["forget", "forgot", "forgotten", "fail", "neglect", "hesitate", "skip",
    "overlook", "ignore", "miss", "underestimate", "overstate",
    "overemphasise", "overemphasize", "stress", "emphasise", "emphasize",
    "optional", "negotiable", "substitute", "replacement", "replace", "lack",
    "more", "better", "greater", "beat", "beats", "compare", "exaggerate",
    "excuse", "shortcut", "compromise", "extra", "luxury", "afterthought",
    "bonus",
    # "I never stop listening", "never get tired of helping", "never quit on"
    "stop", "tire", "tired", "quit", "cease",
    # "never a waste of time", "I never shy away from", "never avoid"
    "waste", "shy", "avoid",
    # "it never hurts to go the extra mile", "it doesn't hurt to check back"
    "hurt", "hurts",
    # "I don't lose my patience", "never lost my temper"
    "lose", "lost",
    # "empathy isn't something you can fake": it has to be real
    "fake", "faked",
    # "it's impossible to overdo empathy"
    "overdo", "overdoing", "overdone",
    # "nothing makes me happier than helping someone"
    "happier", "prouder"])

# Others at work, departments and outside firms, as the subject that takes the work over
# (Language.work_others; coach.scoring.handoffs).
WORK_OTHERS = frozenset(["who", "he", "she", "they", "team", "manager", "leader",
                         "supervisor", "colleague", "colleagues", "engineer", "engineers",
                         "department", "technician", "technicians", "staff", "office",
                         "mechanic", "pharmacist", "chef", "kitchen", "warehouse",
                         # departments, as the subject that takes the work over
                         "accounts", "housekeeping", "security", "maintenance", "reception",
                         "concierge", "billing", "finance", "hr", "management", "support",
                         "helpdesk", "desk", "porter", "porters", "shift",
                         # outside firms the problem can be left to
                         "airline", "airlines", "courier", "couriers", "supplier", "suppliers",
                         "bank", "insurer", "insurers", "council", "police", "agency", "agent",
                         "landlord", "contractor", "contractors", "vendor", "manufacturer",
                         "carrier", "operator", "site", "website",
                         # whoever is on: "goes straight to whoever's supervising"
                         "whoever"])

# Verbs that negate what they govern unless negated themselves: "I forgot to follow up", "I
# avoided calling back"; "I never forget to follow up" affirms (coach.scoring.negation).
PRIVATIVE_VERBS = ("forget", "forgets", "forgot", "forgotten", "forgetting", "fail", "fails",
                   "failed", "failing", "neglect", "neglects", "neglected", "neglecting", "avoid",
                   "avoids", "avoided", "avoiding", "skip", "skips", "skipped", "skipping",
                   "lose", "loses", "lost", "losing", "fake", "fakes", "faked", "faking",
                   "lack", "lacks", "lacked", "lacking",
                   # "I dodge the follow-up calls" (but "I never dodge a complaint" affirms)
                   "dodge", "dodges", "dodged", "dodging", "evade", "evades", "evaded", "evading",
                   "shirk", "shirks", "shirked", "shirking",
                   # "I struggle to stay polite" (but "I never struggle to …" affirms)
                   "struggle", "struggles", "struggled", "struggling")

# Words that deny the keyword their copula says them of (Language.dismissals): "Following up
# is such a DRAG", "Our communication there was TERRIBLE".
DISMISSALS = frozenset(["boring", "tedious", "dull", "chore", "overhyped", "drag", "hassle",
                        "nuisance", "terrible", "awful", "dreadful", "appalling", "shocking",
                        "abysmal", "patchy",
                        # judged bad, whoever's it is: "Communication between the managers was
                        # a DISASTER" (after a copula only: "I felt bad for him" earns)
                        "bad", "poor", "rubbish", "disaster", "nightmare", "mess", "joke",
                        "non-existent", "nonexistent", "lacking", "useless", "horrendous",
                        "atrocious", "myth", "limited"])
# Openings that credit someone with what the sentence tells (Language.credits).
CREDITS = ("thanks to", "all thanks to", "credit to", "all credit to", "all the credit to",
           "it was all thanks to")
# Verbs that send the person served off to act (Language.directives): "advise them to".
DIRECTIVES = frozenset(["advise", "advised", "advising", "ask", "asked", "asking", "tell",
                        "told", "telling", "encourage", "encouraged", "suggest", "suggested",
                        "recommend", "recommended", "remind", "reminded", "invite", "invited",
                        "direct", "directed", "instruct", "instructed"])
# Verbs of telling someone else what to do (Language.instructing_verbs): "I'd TELL new starters
# to always follow up".
INSTRUCTING_VERBS = frozenset(["tell", "tells", "told", "telling", "advise", "advises", "advised",
                               "remind", "reminds", "reminded", "encourage", "encourages",
                               "encouraged", "teach", "teaches", "taught", "train", "trains",
                               "trained", "instruct", "instructs", "instructed"])
