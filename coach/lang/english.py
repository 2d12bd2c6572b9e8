"""English: Snowball (Porter2) stems, negation cues, fillers, hedges and STAR cues."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import snowballstemmer

from . import Language, english_frames, english_life, english_things, english_undone
from .english_forms import (
    COLLEAGUES,
    CREDITS,
    DIRECTIVES,
    DISMISSALS,
    INSTRUCTING_VERBS,
    INVERTERS,
    IRREGULAR,
    OPPOSITES,
    PRIVATIVE_VERBS,
    STARTER_TEXT,
    SYNONYMS,
    THIRD_PARTIES,
    WORK_OTHERS,
)
from .english_frames import DENIALS, FAILINGS, FORMERS, LAPSES, RHETORICAL_QUESTIONS, SHORTCOMINGS, TURNS
from .english_handoffs import DEFLECTIONS, EXPECTATION_VERBS, HANDOFFS, REFUSALS
from .english_life import CUSTOMER_FRAMES, LIFE_FRAMES, LIFE_NOUNS, ROTA_WORDS, SCENE_WORK, STUDY_NOUNS
from .english_phrases import (
    CLAUSE_IDIOMS,
    CONDITIONAL_SAYINGS,
    FIXED_IDIOMS,
    HEARSAY,
    IDIOMS,
    OTHER_SENSES,
    WORD_CLASSES,
)
from .english_things import DOCUMENT_NOUNS, MENTION_NOUNS, PRINT_VERBS, THINGS

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=8192)  # small: the matcher keeps each answer word's stem (scoring.matcher)
def stem(word: str) -> str:
    """Porter2 stem of a normalised word (memoised: the same words recur in every answer)."""
    return _stemmer.stemWord(word)


_PRONOUNS = frozenset(
    ["my", "your", "his", "her", "their", "our", "its", "the", "a", "an", "this", "that", "these", "those", "them", "him", "me", "us", "customer's", "customers'", "client's", "person's", "someone's"]
)


LANGUAGE = Language(
    code="en", name="English", stem=stem,
    function_words=frozenset(
        ["a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "i", "me", "you", "we", "they", "he", "she", "it", "them", "us", "him", "myself", "yourself", "himself", "herself", "themselves", "ourselves", "itself", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "and", "or", "that", "this", "these", "those", "so", "it's", "i'm", "i'd", "i'll", "i've", "we're", "they're", "you're", "there", "up", "out", "off", "over", "just", "very", "really"]
    )
    | _PRONOUNS,
    interchangeable=(
        _PRONOUNS,
        frozenset(["i", "we", "you", "he", "she", "they", "someone"]),
        frozenset(["is", "are", "was", "were", "be", "been", "being", "am"]),
    ),
    answer_negatives=frozenset(["no", "nah", "nope", "not", "never", "hardly", "rarely", "only"]), answer_affirmatives=frozenset(["yes", "yeah", "yep", "always", "definitely", "absolutely", "of", "sure", "certainly", "every", "because"]), reason_questions=frozenset(["why"]),
    negation_cues=frozenset(
        ["not", "no", "zero", "never", "nothing", "nobody", "none", "nor", "neither", "without", "hardly", "barely", "rarely", "seldom", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "couldnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "aint", "refuse", "refused", "refuses",
         # typed as in a chat: "idk the cancellation policy", "i nvr follow up"
         "idk", "dunno", "nvr", "idc",
         *PRIVATIVE_VERBS,
         # "impossible to follow up" is "cannot follow up"; "impossible without empathy" is
         # emphasis (a negated privative, coach.scoring.negation.affirmed)
         "impossible", "unable", "unthinkable", "unimaginable"]
    ),
    negation_endings=("n't",),
    not_negating_next=frozenset(
        ["only", "just", "merely", "simply", "matter", "doubt", "problem", "wonder", "exception-free"]
    ),
    scope_breakers=frozenset(
        ["but", "although", "though", "however", "yet", "whereas", "while", "because", "since", "instead", "rather", "so",
         # "I won't close a case until I've followed up": what comes after is done first
         "until", "till", "before"]
    ),
    # ("no" too: it negates its noun phrase, "we've got no room tonight and explain why")
    narrow_cues=frozenset(["without", "no", "zero", *PRIVATIVE_VERBS]),
    coordinators=frozenset(["and", "then", "or"]), negation_before=4, negation_after=2,
    subject_opens_statement=True,
    negation_after_cues=frozenset(
        # (a dismissal said of it: "Following up is a complete WASTE of time")
        ["overrated", "pointless", "unnecessary", "overkill", "irrelevant", "waste", "not", "isn't", "wasn't", "aren't", "weren't", "doesn't", "don't", "didn't", "won't", "wouldn't", "isnt", "wasnt", "doesnt", "dont", "didnt", "never"]
    ),
    dismissals=DISMISSALS,
    two_typos=False, word_prefixes=frozenset(["non", "anti", "pseudo"]),
    agreeing_subjects=frozenset(["he", "she"]),
    receiving_verbs=frozenset(["feel", "feels", "felt", "feeling"]),
    surprise_words=frozenset(["expect", "expected", "expecting"]),
    below_me=("than me", "than i am", "than i was", "than i do", "than i did", "than i ever",
              "than myself"),
    receipt_verbs=frozenset(["got", "gotten", "received", "given"]),
    perfect_receipts=(frozenset(["had"]), frozenset(["i've", "we've", "have", "ever"])),
    agent_prepositions=frozenset(["by"]),
    hyphen_intensifiers=frozenset(["super", "ultra", "extra", "hyper", "mega", "über", "well", "really",
                                   "very", "truly"]),
    derivational_suffixes=(
        "ly", "al", "ally", "able", "ible", "ability", "ent", "ant", "ence", "ance", "ness",
        "ity", "ive", "ful", "ic", "ical", "ion", "ation", "ations", "ment", "ist", "ous",
    ),
    inflectional_suffixes=("", "s", "es", "ed", "d", "ing", "'s", "s'", "ies", "ied", "e"),
    distinct_words=frozenset(
        ["optional", "optionally", "option", "respective", "respectively", "irrespective", "careful", "carefully", "carefree", "careless", "general", "generally", "personnel", "timeline", "timelines", "approaching", "adapter", "adapters", "adaptor", "adaptors",
         # a person, not the verb ("the advisor there remembered my name" is not "advise")
         "advisor", "advisors", "adviser", "advisers", "greeter", "greeters",
         # people in a doctor's care: the adjective "patient" has no plural ("patients'
         # relatives" are not "patient")
         "patients", "patients'",
         # how often, not a customer's usual ("usually a part on back order")
         "usually",
         # an adjective, not the verb ("helped by a lovely assistant" is no "love helping")
         "lovely", "lovelier", "loveliest",
         # the first part of a hyphenated word, no slip for a keyword ("inter-library" is not
         # "integrity")
         "inter", "intra", "multi", "anti", "semi", "ultra", "micro", "mini", "mega", "hyper"]
    ),
    fillers=("um", "umm", "uh", "uhh", "er", "erm", "hmm", "you know", "i mean", "like",
             "basically", "literally", "actually", "kind of", "sort of", "stuff like that"),
    hedges=("i guess", "i suppose", "i think", "maybe", "probably", "perhaps", "hopefully",
            "i'd try", "i would try", "sort of", "kind of", "not sure", "i feel like"),
    star_cues={
        "situation": ("when i was", "when i worked", "at my last job", "at my previous job",
                      "in my previous role", "in my last role", "once", "one day", "last year",
                      "a few months ago", "a customer came", "a customer called", "there was a time",
                      "i was working", "we had a customer", "a customer who"),
        "task": ("my job was", "i had to", "i needed to", "my role was", "my responsibility",
                 "i was responsible", "the goal was", "my task", "i wanted to make sure",
                 "it was up to me", "i was asked to", "needed to be"),
        "action": ("i decided", "i explained", "i offered", "i called", "i listened", "i apologised",
                   "i apologized", "i asked", "i took", "i made sure", "i arranged", "i went",
                   "so i", "i checked", "i contacted", "i stayed", "i spoke", "i suggested",
                   "i found", "i set up", "i escalated"),
        "result": ("as a result", "in the end", "ended up", "the result", "thanked me",
                   "came back", "turned out", "outcome", "afterwards", "which meant",
                   "left happy", "left a review", "became a regular", "was resolved", "we kept",
                   "since then", "learned", "i learnt"),
    },
    behavioural_prompts=("tell me about a time", "describe a time", "give me an example",
                         "give an example", "describe a situation", "tell me about a situation",
                         "share an example", "think of a time"),
    length_words=(50, 150, 300, 400),
    stop_words=frozenset(
        ["about", "above", "after", "again", "against", "all", "also", "although", "always", "am", "among", "an", "another", "any", "anyone", "anything", "are", "aren't", "around", "as", "at", "back", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "else", "enough", "etc", "even", "ever", "every", "few", "first", "for", "from", "further", "get", "gets", "getting", "give", "given", "go", "goes", "going", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "instead", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "least", "less", "let", "like", "made", "make", "makes", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "need", "needs", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own", "per", "perhaps", "possible", "quite", "rather", "really", "said", "same", "say", "says", "see", "seen", "should", "shouldn't", "since", "so", "some", "something", "sometimes", "still", "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "therefore", "these", "they", "thing", "things", "this", "those", "though", "through", "thus", "to", "too", "two", "under", "until", "up", "upon", "us", "use", "used", "uses", "using", "usually", "very", "via", "was", "wasn't", "way", "we", "well", "were", "weren't", "what", "when", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "wouldn't", "yes", "yet", "you", "your", "yours", "e.g", "i.e", "ie", "eg"]
    ),
    grader_words=frozenset(
        ["actual", "alternative", "alternatively", "apparent", "calculation",
         "considered", "correct", "correctly", "decimal", "example", "examples", "following",
         "fully", "given", "justification", "justifications", "mention", "mentioned",
         "mentions", "places", "rounded", "stated", "stating", "sufficient", "valid"]
    ),
    number_words={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10},
    word_classes=WORD_CLASSES,
    ask_words=frozenset(["name", "state", "list", "give", "describe", "mention", "identify",
                         "explain", "provide", "outline", "discuss", "compare", "suggest"]),
    length_units=frozenset(["sentence", "sentences", "word", "words", "line", "lines", "minute",
                            "minutes", "times", "seconds", "paragraph", "paragraphs"]),
    choice_phrases=("of the following",),
    clause_idioms=CLAUSE_IDIOMS,
    conditional_sayings=CONDITIONAL_SAYINGS,
    idioms=IDIOMS,
    fixed_idioms=FIXED_IDIOMS,
    opinion_verbs=frozenset(["think", "thought", "believe", "believed", "reckon", "reckoned", "find",
                             "found", "love", "loved", "enjoy", "enjoyed", "hope", "guess", "wonder"]),
    inverters=INVERTERS,
    excess=("too", "to"),
    life_groups=frozenset(["club", "clubs", "class", "classes", "group", "society", "league",
                           "troop", "squad", "choir", "crew"]), pursuit_people=english_life.PURSUIT_PEOPLE,
    pursuit_groups=english_life.PURSUIT_GROUPS, document_nouns=DOCUMENT_NOUNS,
    group_members=frozenset(["everyone", "everybody", "anyone", "anybody", "people", "all"]),
    partitive=("of", frozenset(["some", "most", "all", "none", "each", "either", "neither",
                                "several"])),
    privative_cues=frozenset(["without", *PRIVATIVE_VERBS]),
    faults=frozenset(["overpromise", "sugarcoat", "sugarcoating", "sugar-coat", "jargon", "interrupt",
                      "patronise", "patronize", "condescend", "condescending", "argue"]),
    comparatives=frozenset(["more", "better", "greater", "higher", "bigger", "harder", "happier",
                           "prouder"]),
    # Matched as collocations: their function words as written ("my studies", not "their
    # studies"); single everyday words are avoided, since a customer's story may hold them.
    other_senses=OTHER_SENSES,
    hearsay=HEARSAY,
    life_frames=LIFE_FRAMES,
    customer_frames=CUSTOMER_FRAMES,
    customer_turns=frozenset(["now", "we", "we're", "we'd", "our", "work", "job", "shift",
                              "myself"]),
    # Unambiguous only: "schedule", "hours", "training", "running" and "pay" also belong in a
    # customer's story ("flexible with her schedule", "quickly pay attention"); the
    # collocations above ("my hours", "for the money") cover those.
    life_nouns=LIFE_NOUNS,
    study_nouns=STUDY_NOUNS, study_settings=english_life.STUDY_SETTINGS,
    study_openers=english_life.STUDY_OPENERS, field_openers=english_life.FIELD_OPENERS,
    life_roles=english_life.LIFE_ROLES, role_openers=english_life.ROLE_OPENERS,
    served_people=english_life.SERVED_PEOPLE, patron_verbs=english_life.PATRON_VERBS,
    service_places=english_life.SERVICE_PLACES, wish_frames=english_life.WISH_FRAMES,
    means_prepositions=frozenset(["in", "using"]),
    topic_prepositions=frozenset(["on", "about", "in"]), time_order=frozenset(["next", "following", "last",
                                                                              "previous", "same", "later", "earlier"]),
    life_objects=english_frames.LIFE_OBJECTS, mental_verbs=english_frames.MENTAL_VERBS,
    particles=frozenset(["back", "away", "down", "around", "through", "forward", "off", "up", "out"]),
    people_words=frozenset([
        "customer", "customers", "client", "clients", "guest", "guests", "caller", "callers",
        "patient", "patients", "people", "person", "shopper", "shoppers", "passenger",
        "passengers", "visitor", "visitors", "buyer", "buyers", "user", "users", "member",
        "members", "man", "woman", "men", "women", "lady", "gentleman", "mr", "mrs", "ms",
        "miss", "sir", "madam", "family", "couple", "everyone", "everybody", "anyone",
        "student", "students", "parent", "parents", "resident", "residents", "tenant",
        "tenants", "diner", "diners", "owner", "complainant", "each", "both", "all"]),
    life_times=frozenset(["when", "while", "whenever"]),
    scene_work=SCENE_WORK,
    scene_self=frozenset(["i", "my", "me", "myself", "mine", "i'm", "i've", "i'd", "i'll"]),
    scene_mine=frozenset(["my"]), scene_conditionals=frozenset(["if"]),
    scene_comparisons=frozenset(["than"]), scene_leaving=frozenset(["after"]),
    fronting_prepositions=frozenset(["at", "in", "on", "during"]),
    service_heads=frozenset(["service", "services", "care", "support", "experience",
                             "satisfaction"]),
    things=THINGS,
    thing_pronouns=frozenset(["it", "it's", "it'll", "it'd"]),
    empty_subjects=frozenset(["it", "it's", "it'd"]),
    contrasts=frozenset(["but", "however", "yet", "although", "though", "whereas"]),
    source_prepositions=frozenset(["from"]),
    cleft_openers=frozenset(["what"]),
    automatic_words=frozenset(["automatically", "automatic", "automated"]),
    possession_verbs=frozenset(["got", "have", "has", "had"]),
    existentials=frozenset(["there's", "there"]),
    naming_words=frozenset(["called", "named", "titled", "labelled", "labeled", "reads", "saying", "says"]),
    place_prepositions=frozenset(["in", "on"]),
    place_links=frozenset(["in", "on", "at", "near", "outside", "inside", "opposite"]),
    figure_words=frozenset(["percent", "cent", "percentage"]),
    progressive_endings=("ing",), purpose_verbs=frozenset(["stop", "stops", "stopped", "paused"]),
    causatives=frozenset(["made", "make", "makes", "making", "taught", "teach", "teaches",
                          "teaching", "helped", "helps", "help"]),
    copulas=frozenset(["am", "i'm", "im", "is", "are", "was", "were", "be", "been", "we're", "being"]),
    liking_words=frozenset(["passion", "passions", "passionate", "enthusiasm", "enthusiastic", "pride",
                            "proud", "keen", "respect"]),
    liking_prepositions=frozenset(["about", "for", "of"]),
    trades=frozenset(["retail", "hospitality", "sales", "catering", "nursing", "care", "teaching"]),
    degree_words=frozenset(["bit", "little", "kind", "sort", "pretty", "quite", "rather", "so", "just",
                            "complete", "total", "utter", "such"]),
    fused_copulas=frozenset(["it's", "that's", "he's", "she's", "they're", "you're", "there's",
                             "what's", "who's"]),
    trait_verbs=frozenset(["have", "i've", "ive", "got", "has"]),  # (not "I'd": "I'd give them options")
    trait_words=frozenset(["person", "people", "nature", "general", "guy", "girl", "one", "good", "like",
                           "great", "naturally", "quite", "pretty", "fault",  # "honest to a fault"
                           "loads", "lots", "plenty", "bags",  # "I've got loads of empathy"
                           # "… is sort of my whole personality", "… is just my thing"
                           "personality", "character", "whole", "sort", "kind", "thing",
                           "employee", "worker", "staff", "member",  # "as an employee I'm flexible"
                           "too", "also", "important"]),  # "a good listener too", "… is important to me"
    complementizers=frozenset(["that"]),
    literal_markers=frozenset(["literally", "physically"]), example_markers=frozenset(["like", "such"]),
    habit_subjects=frozenset(["he'd", "she'd", "they'd", "he'll", "she'll", "they'll"]),
    list_words=frozenset(["name", "list", "state", "give", "mention", "identify", "enumerate"]),
    topic_closers=("aside", "apart"),
    job_questions=english_frames.JOB_QUESTIONS,
    jargon_heads=frozenset(["led", "wise", "driven", "centric", "centred", "centered", "focused",
                            "focussed", "oriented", "orientated", "minded", "first", "based",
                            "exceeding", "enabled", "powered", "forward"]),
    request_verbs=frozenset(["wanted", "wants", "demanded", "demands", "requested", "requests",
                             "asked", "asks", "insisted", "begged", "expected", "expects",
                             "ordered", "orders", "hoped"]),
    granted_pronouns=frozenset(["one"]),
    articles=frozenset(["a", "an", "the", "this", "that", "these", "those"]),
    exceptives=english_life.EXCEPTIVES,
    group_subjects=english_frames.GROUP_SUBJECTS, undone=english_undone.UNDONE,
    speech_verbs=english_life.SPEECH_VERBS,
    genitive_endings=("'s", "s'"),
    lapses=LAPSES, failings=FAILINGS, pro_verbs=frozenset(["do", "does", "did"]),
    resumptives=frozenset(["that", "that's", "this", "those", "these", "it", "it's", "which"]),
    leave_questions=("can i", "could i", "may i", "should i", "shall i"), addressees=frozenset(["you"]),
    question_remarks=("good question", "great question", "tough question", "tricky question", "interesting question", "hard question"),
    shortcomings=SHORTCOMINGS, mention_nouns=MENTION_NOUNS, print_verbs=PRINT_VERBS,
    label_nouns=english_things.LABEL_NOUNS, stock_words=english_things.STOCK_WORDS,
    marking_verbs=english_things.MARKING_VERBS, marking_links=frozenset(["as"]),
    written_tags=("it said in", "it said on", "it says in", "it says on"),
    noun_prepositions=frozenset(["between", "among", "with", "for", "in", "at", "on", "from", "across",
                                 "towards", "toward", "within", "of"]), rhetorical_questions=RHETORICAL_QUESTIONS,
    outright_refusals=english_frames.OUTRIGHT_REFUSALS,
    denials=DENIALS, credits=CREDITS, former_times=FORMERS, present_turns=TURNS, topic_frames=english_frames.TOPIC_FRAMES,
    bystanders=english_frames.BYSTANDERS, media=english_frames.MEDIA,
    unreal_conditions=english_frames.UNREAL_CONDITIONS, unreal_modals=english_frames.UNREAL_MODALS,
    unreal_results=english_frames.UNREAL_RESULTS, unreal_auxiliaries=english_frames.UNREAL_AUXILIARIES,
    perception_verbs=english_frames.PERCEPTION_VERBS, perception_links=english_frames.PERCEPTION_LINKS,
    character_nouns=frozenset(["person", "people", "guy", "girl", "character", "personality", "type"]),
    work_traits=frozenset(["reliable", "dependable", "flexible", "punctual", "adaptable",
                           "versatile", "hardworking", "trustworthy", "consistent"]),
    rota_words=ROTA_WORDS,
    # What the candidate wants from a job ("I need SOMETHING reliable, my last job kept cutting
    # my shifts"): a work trait wished for is the job's, not the candidate's service.
    wish_verbs=frozenset(["need", "needed", "want", "wanted", "prefer", "looking", "after", "like"]),
    wished_things=frozenset(["something", "somewhere", "job", "role", "work", "position"]),
    life_prepositions=frozenset(["about", "for", "around", "with", "on", "at", "in", "from", "to"]),
    third_parties=THIRD_PARTIES,  # (people from the candidate's own life, and unnamed others)
    served_subjects=frozenset([
        "customer", "customers", "client", "clients", "guest", "guests", "caller", "callers",
        "patient", "patients", "shopper", "shoppers", "passenger", "passengers", "visitor",
        "visitors", "buyer", "buyers", "user", "users", "man", "woman", "men", "women", "lady",
        "gentleman", "guy", "bloke", "couple", "family", "diner", "diners", "resident",
        "residents", "tenant", "tenants", "he", "she", "they", "he's", "she's", "they're",
        "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "they've"]),
    colleagues=COLLEAGUES,
    collective_people=frozenset(["couple", "couples", "family", "families", "group", "groups"]),
    person_pronouns=(frozenset(["he", "he's", "he'd", "he'll", "him", "his", "himself"]),
                     frozenset(["she", "she's", "she'd", "she'll", "her", "hers", "herself"])),
    plural_subjects=frozenset(["they", "they're", "they'd", "they'll", "they've"]),
    object_pronouns=frozenset(["him"]),
    gendered_people=(frozenset(["man", "men", "gentleman", "gentlemen", "guy", "bloke", "lad",
                                "boy", "chap", "fella", "sir", "mr", "husband", "dad", "father",
                                "son", "grandad", "granddad", "grandfather", "grandpa",
                                "brother", "uncle", "nephew", "boyfriend", "grandson"]),
                     frozenset(["woman", "women", "lady", "ladies", "girl", "madam", "mrs",
                                "ms", "miss", "wife", "mum", "mom", "mother", "daughter",
                                "gran", "granny", "grandma", "grandmother", "nan", "sister",
                                "aunt", "auntie", "niece", "girlfriend", "granddaughter"])),
    linking_verbs=frozenset(["stay", "stays", "stayed", "staying", "remain", "remains", "remained",
                             "seem", "seems", "seemed", "become", "becomes", "became", "kept",
                             "meant", "supposed",  # "… is meant to be reliable"
                             # and "go" that carries an idiom from its subject: "she WENT above
                             # and beyond" is hers, as "she was so patient" is
                             "went", "goes", "go"]),
    own_subjects=frozenset(["i", "i'd", "i'll", "i've", "i'm", "we", "we'd", "we'll", "we've",
                            "we're", "me", "myself", "us", "ourselves"]),
    deflections=DEFLECTIONS, refusals=REFUSALS, negative_subjects=frozenset(["nobody", "noone"]),
    handoffs=HANDOFFS,
    work_others=WORK_OTHERS, duty_nouns=frozenset(["job", "responsibility", "department", "remit"]),
    # Not "get"/"have": "I got the technician to prioritise it" is the candidate driving the fix.
    delegators=frozenset(["let", "lets", "letting"]),
    leaving_verbs=frozenset(["leave", "leaves", "leaving", "left"]),
    informing_verbs=frozenset(["know"]),
    passing_verbs=frozenset(["go", "goes", "went", "gone", "going", "passed", "sent", "forwarded"]),
    passing_to="to",
    makers=frozenset(["make", "makes", "made", "making"]),
    expectation_verbs=EXPECTATION_VERBS,
    instructing_verbs=INSTRUCTING_VERBS,
    served_objects=frozenset(["them", "him", "her"]),
    infinitive_subject=("for", "to"),
    directives=DIRECTIVES,
    delegated_modals=frozenset(["would", "will", "'ll", "'d", "can", "could", "should", "might",
                                "shall"]),
    adverb_endings=("ly",),
    pace_adverbs=frozenset(["quickly", "promptly", "immediately", "swiftly", "rapidly",
                            "instantly", "speedily", "efficiently", "early", "timely"]),
    own_words=frozenset(["own"]), own_means=frozenset(["time", "expense", "pocket", "initiative", "accord",
                                                       "car", "van", "money", "cash", "phone", "back"]),
    modal_adverbs=frozenset(["then", "just", "also", "still", "always", "usually", "normally",
                             "soon", "later", "again", "quickly", "since", "already", "even",
                             # degree words, as "really" is by its ending: "the app is VERY
                             # reliable" is the app's, as "the app is really reliable" is
                             "very", "quite", "pretty", "super",
                             # "opened another till STRAIGHT away": the keyword qualifies the verb
                             "straight"]),
    # Tips are imperatives ("Show that you…", "Name how…"): drop the asking verb, or say "I".
    first_person=(
        (r"^(?:show|say|explain|describe|mention|tell|make it clear|share|state),?"
         r"(?: (?:with|in|using) [^,:]*[,:])? (?:that|how|what|when|why|where) you ", "I "),
        (r"^(?:show|say|explain|describe|mention|tell|share|state),? (?:with|in|using) [^,:]*[,:] ",
         "I "),
        (r"^", "I "),
    ),
    person_swaps=((r"\byou're\b", "I'm"), (r"\byou've\b", "I've"), (r"\byou'd\b", "I'd"),
                  (r"\byou'll\b", "I'll"), (r"\byourself\b", "myself"), (r"\byours\b", "mine"),
                  (r"\byour\b", "my"), (r"\byou are\b", "I am"), (r"\byou were\b", "I was"),
                  (r"\byou\b", "I")),
    third_person=frozenset(["their", "them", "they", "his", "him", "he", "her", "she", "theirs",
                            "themselves", "himself", "herself"]),
    first_person_objects=frozenset(["me", "my", "mine", "myself", "us", "our", "ours", "ourselves"]),
    own_objects=frozenset(["me", "us"]),
    verb_followers=frozenset(["me", "us", "you", "him", "her", "them", "it", "everyone",
                              "everybody", "everything", "someone", "something", "up", "out",
                              "off", "back", "over", "round", "around", "through", "away", "every", "all"]),
    result_links=frozenset(["so"]),
    subordinators=frozenset(["if", "when", "whenever", "once", "unless", "as", "since", "after",
                             "while", "because", "before", "until", "where"]),
    relative_adverbs=frozenset(["when", "where"]), addressee_possessives=frozenset(["your"]),
    firm_possessives=frozenset(["your"]), firm_words=english_life.FIRM_WORDS, same_claims=english_life.SAME_CLAIMS,
    cleft_frames=("it was", "it's", "it is", "twas"), cleft_relatives=frozenset(["who", "that"]),
    passive_auxiliaries=english_life.PASSIVE_AUXILIARIES,
    participle_endings=("ed",), present_endings=("s",),
    # the irregular simple past, which opens a clause that shares its subject: "Our vet squeezed
    # the dog in, really WENT above and beyond"
    past_forms=frozenset(["went", "gave", "took", "came", "got", "rang", "said", "sat", "stood",
                          "ran", "bought", "spent", "felt", "thought", "wrote", "drove", "threw",
                          "drew", "saw", "knew", "grew", "flew", "lent", "lost", "spoke", "forgot",
                          "chose", "began", "did", "had"]),
    participles=frozenset(["told", "given", "shown", "kept", "left", "made", "sent", "taken",
                           "brought", "heard", "seen", "understood", "done", "paid", "found",
                           "held", "met", "put", "sold", "spoken", "taught", "treated", "offered",
                           "known", "led", "fed", "caught", "won", "hurt", "let"]),
    relative_pronouns=frozenset(["who", "who's"]),
    anyone_nouns=frozenset(["one", "ones", "someone", "somebody", "person", "people", "type",
                            "kind", "sort", "guy", "girl", "lot", "bunch", "everyone"]),
    manner_prepositions=frozenset(["with", "towards", "toward"]),
    oversight_words=frozenset(["sure", "ensured", "coached", "trained", "taught", "reminded", "monitored",
                               "checked"]),
    staff_words=frozenset(["team", "staff", "juniors", "trainees", "starters", "hires", "crew", "receptionists",
                           "waiters", "waitresses", "servers", "cashiers", "agents", "baristas", "colleagues",
                           "assistants", "advisers", "advisors"]),
)


LANGUAGE = replace(LANGUAGE, lemmas=IRREGULAR)

LANGUAGE = replace(LANGUAGE, synonyms=SYNONYMS, opposites=OPPOSITES, negated_form="not {}",
                   starter=STARTER_TEXT)
