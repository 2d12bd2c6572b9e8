"""The language data the matcher reads to find a keyword in an answer (part of coach.lang.Language)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field

from coach.records import record


@record
class Matching:
    """How words are matched: stems, negation cues, morphology, fillers, classes."""

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
    # Words that answer a question with no, opening the sentence after it ("Follow-up? NOT
    # really my thing", "Uppföljning? NÄ"): the keyword asked about is denied
    # (coach.scoring.scope_shapes.answered_no).
    answer_negatives: frozenset[str] = frozenset()
    # Words that answer it with yes or a reason ("Follow up? ALWAYS, it's the first thing I do",
    # "Why should I follow up? BECAUSE it shows I care"): the keyword asked about is claimed,
    # not only the question said back (coach.scoring.markers.opening_question).
    answer_affirmatives: frozenset[str] = frozenset()
    # Question words that ask for a reason ("WHY do I follow up? It shows I care"): such a
    # question presupposes the habit, so it is no question said back (opening_question).
    reason_questions: frozenset[str] = frozenset()
    # Words right after a quotation that make it a name ("'కరుణ' అనే ఫార్మసీ కౌంటర్", a counter
    # CALLED 'Karuna'): a keyword quoted there names a shop, a team or a slogan
    # (coach.scoring.quotes.a_name).
    namers: frozenset[str] = frozenset()
    # Nouns right before a quotation that make it words mentioned, not said or done ("the WORD
    # 'flexible'", "the RULE 'smile within ten seconds'", "RUTAN ”Uppföljning genomförd”"), and
    # verbs after one that print it on something ("'Passionate about people' was PRINTED on
    # our hoodies") (coach.scoring.quotes.mentioned).
    mention_nouns: frozenset[str] = frozenset()
    print_verbs: frozenset[str] = frozenset()
    # A quotation that labels something rather than says it (coach.scoring.quotes.mentioned):
    # right before a noun of the kind (label_nouns: "the 'empathy shown' BOX", "our 'We apologise
    # for any inconvenience' MACRO"), after a word that makes it stock text (stock_words: "our
    # STANDARD 'We'll keep you updated' email", "vår MALL ”Vi håller dig uppdaterad!”"), or a
    # status a verb of marking set in its clause (marking_verbs: "I MARKED the ticket
    # 'Resolved'"), or right after a word that links a status (marking_links: "I closed the case
    # AS 'Resolved'", "Jag stängde ärendet SOM ”Löst”").
    label_nouns: frozenset[str] = frozenset()
    stock_words: frozenset[str] = frozenset()
    marking_verbs: frozenset[str] = frozenset()
    marking_links: frozenset[str] = frozenset()
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
    # Dismissals that deny a match only as its predicate, after a form of "be" ("Following up is
    # so BORING", "Uppföljning är TRÅKIGT"): as often a describing word elsewhere ("I explain the
    # boring bits"), so no plain cue (coach.scoring.scope._predicate_cue).
    dismissals: frozenset[str] = frozenset()
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
    # Modifiers and relative clauses come before their noun, and postpositions after it (Telugu
    # "మేము దిగిన హోటల్", the hotel we stayed at; "ఎంపతీ మీద మాడ్యూల్", a module on empathy):
    # the rules that read a noun's clause or topic look the other way (coach.scoring.patrons,
    # senses).
    head_final: bool = False
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
