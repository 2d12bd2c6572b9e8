"""Scoring: a rubric and an answer in, a Score out. Pure: no I/O, no printing; imports only
the standard library, rapidfuzz, coach.text, coach.tokens, coach.lang, coach.errors and
coach.records (tests/test_import_rules.py).

  rubric.py    Rubric: criteria, questions, red flags as plain frozen data, and their lookups
  matcher.py   Matcher: the compiled vocabulary (stems, families, typos), built once per rubric
  compiled.py  a phrase compiled to the vocabulary's term ids
  words.py     one answer word against one keyword word: same family, or one slip
  analysis.py  Analysis: one answer's phrase matches, their strength and negation
  shape.py     a match's shape and strength: spelt and ordered as the phrase, swapped roles
  negation.py  the negation rule: cues, their scope, emphasis ("never forget to")
  scope_shapes.py  negation in a pseudo-cleft, of a causative's object, of "too busy to"
  shortfalls.py  a shortcoming owned after a keyword ("… is something I'm working on"), a condition,
               a limit ("as long as nobody shouts"), an effort started and given up
  headings.py  a list whose heading leaves its items out ("Things I skip when it's busy: …")
  hindsight.py a claim the answer shows was never so: a belief reversed, a deed kept for tips,
               taught and not done, or failed by its outcome; tries its own frames and those
               of favours and manner
  late.py      the order of the frames tried only where no set-aside rule applies: those of
               the modules from audience to angles below
  favours.py   a deed kept from all but a favoured few, ticked off for a script or a sale, too late
  manner.py    a claim hedged over and over, done grudgingly, or only under pressure
  audience.py  a deed kept for an audience, played in a role-play, or known without practice
  passives.py  a deed told in the passive that no sentence around ties to the candidate
  wants.py     a claim measured against a low bar, or hoped for
  chances.py   a deed that never came: a near miss, "let alone", the last thing one would do,
               leave asked and refused, few served
  hollow.py    a deed hollowed out: held back or pretended, a virtue gone, sarcasm, kept up
               briefly, in name only
  lesser.py    a deed made less: put last, done in a rare share of cases, what a better worker
               would have done, a share that belies it
  retorts.py   a claim taken back: a denial with its verb left out, a tag that disowns it
  whims.py     a claim kept on a whim (the candidate's mood, customers nice first), done to the
               wrong one or to be rid of the customer, rated low
  twists.py    a claim's word said again after a dash, a manner that empties the deed, a scope
               shrunk after a dash
  shams.py     scare quotes, a deed the customer chased, two-faced service, blame passed, a
               figure gamed, a promise only to oneself
  walkbacks.py a claim climbed down, put on (the expected answer, a look), an ability not used,
               an ironic opener; the finders of a frame before and after a claim
  guesses.py   a claim only guessed, heard said, swallowed by its exception, put off,
               another's deed credited to the candidate, told knowing it false, tried once,
               saved for a better job, honest by omission, or out of reach
  angles.py    a claim made to sell or to collect money owed, to win a bet, for the firm or the
               candidate's own time, drawn from a badge or the stars, beaten against
               expectations set low, not helping spun as empowering, done to cover oneself,
               overruling the customer, or done to all alike whatever they need
  judge.py     the language's judgement data compiled, and its phrases found in an answer
  aside.py     the rules that set a match aside (idioms, exclusions; asks senses and roles)
  senses.py    a keyword in another sense: the candidate's own life, a task in a person's place
  traits.py    a trait the candidate claims bare, or backs with their own life
  hearsay.py   a statement closed by someone else's speech tag ("…, my mum says")
  receipts.py  what the candidate got ("the best explanation I ever got", "a gift from a customer")
  tastes.py    a word of liking said of a thing the rubric never names (a taste, not service)
  scenes.py    the scene of a story: a keyword sentences into a story from the candidate's life
  things.py    a keyword said of a thing: the flexible hose, the machine's reliable, our CRM shows
  quotes.py    names and quotations: an 'Extra Mile' package, words inside quotation marks
  roles.py     who does the work: someone else as the subject, whose manner an adverb says
  doers.py     the doer a frame names: the firm interviewing the candidate, the person an it-cleft puts first
  shared.py    the subject a clause opening with its verb shares with the clause before
  voice.py     whether a rubric's model answers speak as the candidate (interview rubric)
  forms.py     what a word is by its form alone: an adverb, a past form, a name
  endings.py   whose verb it is, where the verb's ending names the person (Telugu)
  owners.py    whose a keyword is: a possessive, a colleague's letter, a relative clause, me served
  served_acts.py  the person served doing it: made to, asking for it, their own purpose
  handoffs.py  the work handed off or left to someone else; the speed of a hand-off
  whole.py     whole-answer judgements: keyword stuffing, answers off the question
  templates.py one sentence frame said over and over (a sign of stuffing)
  cover.py     how much of an answer is the rubric's keywords (for stuffing), and its exact gate
  delivery.py  fillers, hedges and STAR cues
  strength.py  the 0-100 strength scale and MATCH_THRESHOLD
  formula.py   coverage, penalties and length -> the 0-100 score
  results.py   Score and its parts (to_dict / from_dict)
  score.py     score_answer, detect, explain
"""

from __future__ import annotations

from .formula import combine, coverage, length_factor, part_result
from .results import (
    RULES,
    CriterionResult,
    Evidence,
    PartResult,
    RedFlagResult,
    Score,
    SetAside,
    WordCount,
)
from .rubric import (
    HasRubric,
    Rubric,
    RubricCriterion,
    RubricPart,
    RubricQuestion,
    RubricRedFlag,
    rubric_of,
)
from .score import MAX_ANSWER_CHARS, capped, detect, explain, is_behavioural, score_answer
from .strength import MATCH_THRESHOLD
from .whole import STUFFED_CAP

__all__ = [
    "MATCH_THRESHOLD",
    "MAX_ANSWER_CHARS",
    "RULES",
    "STUFFED_CAP",
    "CriterionResult",
    "Evidence",
    "HasRubric",
    "PartResult",
    "RedFlagResult",
    "Rubric",
    "RubricCriterion",
    "RubricPart",
    "RubricQuestion",
    "RubricRedFlag",
    "Score",
    "SetAside",
    "WordCount",
    "capped",
    "combine",
    "coverage",
    "detect",
    "explain",
    "is_behavioural",
    "length_factor",
    "part_result",
    "rubric_of",
    "score_answer",
]
