"""English scene data kept apart from english_phrases.py: the frames that make the candidate
the customer or set a story in their own life, their pursuits, and the words that set a
sentence at work (coach.scoring.scenes and aside read them through Language)."""

from __future__ import annotations

# The candidate as the customer, about to tell the service they got (Language.customer_frames).
CUSTOMER_FRAMES = ("as a customer", "the other side of the counter", "the other side of this",
    "the other side of it", "the one complaining", "i was the customer", "i was a customer",
    "i'm a customer too", "i am a customer too", "on the receiving end", "when i'm the customer",
    "when i am the customer", "as a guest myself", "as a customer myself", "when i was a guest",
    "when i was the guest", "i've been that guest", "i've been that customer",
    "i have been that guest", "i have been that customer", "the other side of the desk",
    "is from the other side", "was from the other side", "one from the other side",
    # the service the candidate got: "The best service I've ever had was at my dentist"
    "best service i've ever had", "best service i've had", "best service i ever had",
    "best service i've ever received", "best service i've received",
    "best customer service i've ever had", "best customer service i've had",
    "best service i ever got", "best service i've ever got", "best service i've ever been given",
    "when my own",
    # a stay as a guest: "The hotel we stayed at in Rome went above and beyond"
    "the hotel i stayed at", "the hotel we stayed at", "a hotel i stayed at", "a hotel we stayed at",
    "when i stayed at", "when we stayed at", "i stayed at a hotel", "we stayed at a hotel",
    "i once stayed at", "we once stayed at", "the place we stayed", "the place i stayed",
    "the hotel i stayed in", "the hotel we stayed in", "when i stayed in", "when we stayed in",
    "on our honeymoon", "on my honeymoon",
    # a trip, a parcel, a car or a visit of the candidate's own, and who served them: "When my
    # flight was cancelled, the airline…", "After my car was serviced, the garage called back"
    "when my flight", "when my train", "when my bus", "when my ferry", "when our flight",
    "when our train", "when our ferry", "when my package", "when my parcel", "when my delivery",
    "when my car", "after my car", "when my phone", "when my laptop", "after my operation",
    "after my surgery",
    # the firms that serve the candidate: "My broadband provider…" (not "my bank": "at my bank
    # branch" is where a candidate works)
    "when i emailed my bank", "when i rang my bank", "when i called my bank",
    "my broadband provider", "my internet provider", "my phone company", "my mobile provider",
    "my insurer", "my insurance company",
    "at my gp", "at the gp", "at my dentist", "at the dentist", "my favourite coffee shop",
    "my favourite café", "my favourite cafe", "my favourite restaurant", "my favourite shop",
    "when i was in hospital", "when i was in the hospital")

LIFE_FRAMES = ("i grew up", "growing up", "as a child", "as a kid", "when i was a kid",
    "when i was little", "when i was a child", "as a teenager", "when i was a teenager",
    "when i travel", "when i'm travelling", "when i am travelling", "on holiday",
    "in my free time", "in my spare time", "outside work", "outside of work",
    "as a guest myself", "as a customer myself", "when i'm the customer",
    "when i am the customer", "when i'm a customer", "when i stay in hotels",
    "when i eat out", "when i go shopping", "a hotel stay", "a great hotel stay",
    "when i'm driving", "when i drive", "behind the wheel", "in the army",
    "in the navy", "in the military", "in the forces", "when i came to this country",
    "when i moved to this country", "my results",
    "at home i", "at home we", "at home my", "at home the", "in my personal life", "in my own life", "in my private life",
    "at uni", "at university", "at college", "at school", "when i was travelling",
    "when i was traveling", "on my travels", "while travelling", "on my commute",
    "my a levels", "in my a levels", "my a level", "my gcse", "my exam results", "my local pub",
    "at my local", "after job interviews", "missed a match", "sunday league", "as a retiree",
    # the candidate's own job hunt: "I'd send a follow-up email after this interview"
    # (not "after the interview": "After the interview with the customer I followed up")
    "after this interview", "after my interview", "after my last interview",
    "after every interview", "after each interview", "in interviews", "in job interviews",
    "school gates", "the school gate",
    # the candidate's attendance: "I'm reliable, I've never missed a shift"
    "missed a shift", "late for a shift", "late for work", "called in sick",
    "a sick day", "my attendance",
    # brothers and sisters as the reason for a trait: "I'm patient, I've got
    # three younger brothers"
    "younger brothers", "younger brother", "younger sisters", "younger sister",
    "little brothers", "little sisters", "older brothers", "older sisters",
    "my siblings", "younger siblings", "little siblings", "older siblings",
    # learning to drive is the candidate's own trial, not a customer's
    "learning to drive", "learnt to drive", "learned to drive", "my driving test",
    "driving lessons", "my driving lessons",
    # a pastime said as a verb (a life noun ending in -ing is not one alone: "reading up on")
    "gaming online", "online gaming", "when i'm gaming", "when i am gaming", "while gaming",
    "when i game")

LIFE_NOUNS = frozenset([
    "dreamt", "dreamed", "simulator", "roleplay",
    "football", "basketball", "tennis", "golf", "rugby", "cricket", "netball", "hockey",
    "volleyball", "badminton", "swimming", "cycling", "marathon", "marathons",
    "triathlon", "climbing", "hiking", "skiing", "surfing", "boxing", "karate", "yoga",
    "gym", "fitness", "sport", "sports", "workout", "workouts", "lifting", "weightlifting",
    "powerlifting", "deadlift", "deadlifts", "bodybuilding", "guitar", "piano", "drums",
    "gaming", "photography", "studies", "exams", "lectures", "coursework", "homework",
    "salary", "wages", "paycheck", "payslip", "income", "hobby", "hobbies", "cooking", "baking",
    "reading", "travelling", "traveling", "music", "art", "dancing", "singing", "fishing",
    "gardening", "painting", "knitting", "recruiter", "recruiters", "tutor",
    "lecturer", "lecturers", "professor", "interviewer", "dissertation", "thesis",
    "friends", "podcasts", "band", "gig", "gigs", "concert",
    "concerts", "certification", "certifications", "qualification", "qualifications",
    "timetable", "timetables", "uni", "university", "college", "semester", "revision", "commute",
    "film", "films", "movies", "tv", "netflix",
    # the candidate's own paperwork and recovery ("following up on my visa application")
    "visa", "physio", "physiotherapy", "cv",
    # more pastimes and the candidate's private world, none of them a customer's
    "crosswords", "crossword", "puzzles", "sudoku", "chess", "lego", "anime", "comics",
    "novels", "poetry", "youtube", "tiktok", "instagram", "vlog", "vlogging", "blog",
    "blogging", "camping", "kayaking", "sailing", "crochet", "sewing", "pottery",
    "choir", "orchestra", "violin", "cello", "trumpet", "saxophone", "karaoke",
    "festival", "festivals", "meditation", "meditate", "meditating", "pilates", "crossfit", "jogging",
    "neighbours", "neighbors", "housemates", "flatmates", "roommates", "boyfriend",
    "girlfriend", "animals", "pets", "puppy", "kitten",
    # A general list of pursuits, from sport, the arts, faith and study (not from the labelled
    # answers); words as often a workplace or a customer's ("pool", "club", "course",
    # "keyboard", "volunteering", "guides") are left out.
    "aerobics", "archery", "athletics", "baseball", "bouldering", "bowling", "canoeing",
    "cheerleading", "darts", "fencing", "gymnastics", "handball", "judo", "jitsu",
    "kickboxing", "lacrosse", "mountaineering", "orienteering", "paddleboarding", "paintball",
    "parkour", "parkrun", "powerlifting", "rowing", "rounders", "skateboarding", "snooker",
    "snowboarding", "softball", "taekwondo", "trampolining", "weightlifting", "wrestling",
    "zumba", "showjumping", "dressage", "ballet", "salsa", "tango", "ballroom", "calligraphy",
    "ceramics", "embroidery", "quilting", "scrapbooking", "sketching", "origami", "woodwork",
    "woodworking", "djing", "songwriting", "busking", "ukulele", "clarinet", "flute", "harp",
    "musicals", "opera", "improv", "juggling", "astronomy", "birdwatching", "stargazing",
    "geocaching", "cosplay", "poker", "bingo", "quizzes", "quiz", "relay", "jigsaw", "jigsaws", "journaling",
    "podcasting", "homebrewing", "foraging", "allotment", "beekeeping", "church", "mosque",
    "synagogue", "temple", "gurdwara", "scouts", "brownies", "diploma", "gcses",
    "masters", "phd", "degree",
    # the candidate's own money: "I follow up on my finances" (not "pay": "it would pay for
    # itself" sets no scene; nor "savings": a bank's "flexible savings account" is a product)
    "finances",
    # the candidate's own timetable at work: "a strict policy about shift swaps"
    "shifts", "swaps", "rota", "rotas",
    # and the singulars a story uses: "the extra mile in my last exam", "I solved the puzzle"
    # (not "house", "essay", "game": the customer's house, a student's essay)
    "exam", "lecture", "puzzle", "race", "races", "hike", "hikes",
    # studies and stage: "passionate about psychology", "composed … amateur dramatics"
    "psychology", "dramatics", "drama", "theatre", "theater", "acting", "ultramarathon",
    "ultramarathons", "podcast", "radio", "audiobook", "audiobooks",
    "module", "modules", "seminar", "seminars", "textbook", "textbooks"])

# Words that set a sentence at work, for the scene of a story (coach.scoring.scenes): the
# people served and worked with, the workplace and its tasks, and the team's "we" and "our"
# ("team" alone is not one: "my netball team").
SCENE_WORK = frozenset(["customer", "customers", "client", "clients", "guest", "guests",
    "caller", "callers", "shopper", "shoppers", "passenger", "passengers", "visitor", "visitors",
    "diner", "diners", "patient", "patients", "regulars", "customer's", "guest's", "client's",
    "colleague", "colleagues", "manager", "supervisor", "boss", "staff", "company",
    "shop", "store", "till", "counter", "branch", "hotel", "restaurant", "cafe", "café", "bar",
    "bakery", "pharmacy", "kiosk", "desk", "helpdesk", "reception", "office", "floor",
    "store's", "shop's", "hotel's", "job", "work", "shift", "shifts", "queue", "order",
    "orders", "booking", "bookings", "refund", "complaint", "ticket", "tickets", "service",
    "interview", "role", "position", "our", "we", "we're", "we'd", "we've", "worked",
    # a part of the workplace ("the music department", "the football section")
    "department", "section", "aisle", "showroom", "warehouse", "stockroom",
    # the question's own scene ("In this situation I'd…") and its places
    "situation", "hotels", "shops", "stores", "restaurants"])

# The working time and terms a candidate offers (Language.rota_words): "I'm flexible with
# weekends" is a work trait, not service.
ROTA_WORDS = frozenset(["weekend", "weekends", "evenings", "nights", "mornings", "shift",
                        "shifts", "hours", "rota", "rotas", "overtime", "availability",
                        "lates", "earlies", "nightshifts", "timetable", "schedule",
                        "deadlines", "timekeeping", "attendance", "tasks", "duties",
                        # and the terms of the job: "I'm flexible on dress code"
                        "dress", "uniform"])

# What the candidate studies (Language.study_nouns): "a module ON active listening".
STUDY_NOUNS = frozenset(["module", "modules", "lecture", "lectures", "seminar", "seminars",
                         "essay", "essays", "dissertation", "thesis", "exam", "exams", "degree", "assignment",
                         "assignments", "coursework",
                         # training about it: "We were TRAINED ON managing expectations", "a
                         # WORKSHOP ON empathy"
                         "training", "trained", "workshop", "workshops", "course", "courses",
                         "induction", "slide", "slides", "webinar", "webinars", "presentation",
                         # reading or watching about it: "I read a BOOK ABOUT going the extra mile",
                         # "an evening CLASS ON empathy"
                         "class", "classes", "book", "books", "article", "articles", "video", "videos",
                         "chapter", "talk", "talks", "blog", "ebook", "audiobook"])

# Where the candidate studies, opening a sentence (Language.study_settings, study_openers): "IN
# my IT COURSE we measured response time", "AT catering COLLEGE you had to…". Not an
# internship, which is work.
STUDY_SETTINGS = frozenset(["course", "courses", "module", "modules", "class", "classes", "lesson",
                            "lessons", "lecture", "lectures", "seminar", "seminars", "degree",
                            "college", "uni", "university"])
STUDY_OPENERS = frozenset(["in", "on", "at", "during"])
FIELD_OPENERS = frozenset(["in"])

# Roles of the candidate's own life (Language.life_roles), and the people served who make a
# sentence about work again ("As a mum myself, I knew how the CUSTOMER felt"). Not "player"
# ("a team player"), "student" ("As a student I worked at Tesco…"), "coach" or "rep", jobs too.
LIFE_ROLES = frozenset([
    "captain", "vice-captain", "goalkeeper", "goalie", "striker", "defender", "midfielder",
    "parent", "mum", "mom", "mother", "dad", "father", "stepmum", "stepdad", "grandparent",
    "grandmother", "grandfather", "godparent", "godmother", "godfather", "sibling", "gamer",
    "flatmate", "roommate", "housemate", "treasurer", "landlord", "landlady", "chorister",
    "club"])  # ("As CLUB secretary…")
ROLE_OPENERS = frozenset(["as", "being"])
SERVED_PEOPLE = frozenset([
    "customer", "customers", "customer's", "guest", "guests", "guest's", "client", "clients",
    "patient", "patients", "caller", "callers", "passenger", "passengers", "visitor", "visitors",
    "diner", "diners", "shopper", "shoppers"])


# The candidate as a customer of a place, by a relative clause (Language.patron_verbs,
# service_places; coach.scoring.patrons): "The barber I GO to gives me…", "the hotel we BOOKED".
# Not "work", "run" or "manage": the candidate's own workplace.
PATRON_VERBS = frozenset(["go", "goes", "went", "been", "use", "used", "stay", "stayed", "book",
    "booked", "order", "ordered", "buy", "bought", "shop", "shopped", "visit", "visited", "eat",
    "ate", "rent", "rented", "hire", "hired", "bank", "banked", "tried", "joined", "rang", "ring",
    "call", "called", "phone", "phoned"])
SERVICE_PLACES = frozenset(["shop", "shops", "store", "café", "cafe", "restaurant", "takeaway",
    "hotel", "hostel", "guesthouse", "b&b", "bar", "pub", "gym", "salon", "barber", "barbers",
    "hairdresser", "hairdressers", "dentist", "dentists", "doctor", "doctors", "gp", "surgery",
    "clinic", "hospital", "pharmacy", "chemist", "vet", "vets", "garage", "mechanic", "bank",
    "provider", "company", "firm", "insurer", "airline", "agency", "agent", "agents", "plumber",
    "electrician", "bakery", "butcher", "supermarket", "bookshop", "venue", "spa", "resort",
    "website", "site", "centre", "center", "nursery", "dealership", "cinema", "launderette",
    "optician", "opticians", "library", "school", "college", "university", "courier", "place",
    "app", "operator", "retailer", "practice", "studio", "lettings", "landlord"])
# The firm interviewing the candidate and its words, after "your" (Language.firm_words): "I
# love that YOUR TEAM follows up…", "YOUR JOB AD says…".
FIRM_WORDS = frozenset(["team", "teams", "staff", "brand", "brands", "people", "employees",
    "crew", "chain", "group", "branches", "stores", "shops", "hotels", "restaurants", "cafes",
    "baristas", "ad", "advert", "advertisement", "posting", "website", "reputation", "reviews",
    "service", "business", "organisation", "organization", "resort", "airline", "bank"])
# The candidate claiming the firm's deed too (Language.same_claims): "Your hotel is known for going
# the extra mile, and I DID THE SAME at my last job".
SAME_CLAIMS = ("i did the same", "i do the same", "i've done the same", "i have done the same",
    "i did exactly that", "i did just that", "i do exactly that", "i live it", "i live by it",
    "i live by that", "so do i", "so did i", "i did too", "i do too", "that's what i did",
    "that's exactly what i did", "that's what i do", "i've always done that", "just as i did",
    "just as i do", "i've always done the same", "i try to do the same",
    "something i've always done", "which is what i do", "which is what i did", "that's how i work")
# (not "and I did", "like I do" or "me too", which run on into other deeds: "My manager followed
# up, AND I DID the paperwork", "…, and the customer thanked ME TOO")
# A wish to work somewhere (Language.wish_frames): "I want to work for a company that…".
# And what the candidate wants to get: a job, a workplace or a team, right after their own word
# of wanting ("I'D LOVE A TEAM that goes the extra mile for each other"; not a person wanted, "a
# manager who…", whom the subject rules read).
WISH_FRAMES = ("want to work", "wanted to work", "like to work", "love to work", "hope to work",
                    "hoping to work", "looking to work", "looking for a company", "looking for a job",
                    "looking for a place", "want a job", "want a role", "wanna work",
                    *(f"{want} {head}" for want in ("i'd love a", "i would love a", "i want a", "i need a",
                                                     "i'm looking for a", "i am looking for a", "i'd like a",
                                                     "i would like a", "i hope my")
                      for head in ("job", "team", "workplace", "company", "role", "place", "shifts",
                                   "hours")))

# A sport's or pastime's groups after a life noun ("our darts TEAM", "the chess club PRESIDENT")
# and its people ("the REFEREE"), as a clause's subject (Language.pursuit_groups, pursuit_people).
PURSUIT_GROUPS = frozenset(["team", "teams", "club", "crew", "squad", "side", "captain", "president",
                            "coach", "league", "society", "players", "committee"])
PURSUIT_PEOPLE = frozenset(["referee", "referees", "ref", "umpire", "umpires", "goalkeeper", "goalie",
                            "opponents", "opposition", "teammates", "team-mates", "linesman",
                            "quizmaster", "skipper"])
# Who is left out of a group, the candidate named (Language.exceptives): "everyone BUT ME".
EXCEPTIVES = ("but me", "except me", "other than me", "apart from me", "but us", "except us",
              "other than us", "apart from us", "but myself", "except myself")
# Verbs of saying (Language.speech_verbs).
SPEECH_VERBS = frozenset(["said", "says", "say", "told", "tells", "tell", "telling", "reckons", "reckoned",
                          "thinks", "thought", "called", "calls", "taught", "teaches", "wrote",
                          "writes", "written", "writing", "write"])
# The auxiliaries of a passive (Language.passive_auxiliaries).
PASSIVE_AUXILIARIES = frozenset(["am", "is", "are", "was", "were", "be", "been", "being", "get",
                                 "gets", "got", "getting", "i'm", "you're", "he's", "she's",
                                 "they're", "we're", "it's"])
