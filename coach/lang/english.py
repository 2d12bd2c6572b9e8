"""English: Snowball (Porter2) stems, negation cues, fillers, hedges and STAR cues."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from . import Language

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter2 stem of a normalised word (memoised: the same words recur in every answer)."""
    return _stemmer.stemWord(word)


_PRONOUNS = frozenset(
    ["my", "your", "his", "her", "their", "our", "its", "the", "a", "an", "this", "that", "these", "those", "them", "him", "me", "us", "customer's", "customers'", "client's", "person's", "someone's"]
)

LANGUAGE = Language(
    code="en",
    name="English",
    stem=stem,
    function_words=frozenset(
        ["a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "i", "me", "you", "we", "they", "he", "she", "it", "them", "us", "him", "myself", "yourself", "himself", "herself", "themselves", "ourselves", "itself", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "and", "or", "that", "this", "these", "those", "so", "it's", "i'm", "i'd", "i'll", "i've", "we're", "they're", "you're", "there", "up", "out", "off", "over", "just", "very", "really"]
    )
    | _PRONOUNS,
    interchangeable=(
        _PRONOUNS,
        frozenset(["i", "we", "you", "he", "she", "they", "someone"]),
        frozenset(["is", "are", "was", "were", "be", "been", "being", "am"]),
    ),
    negation_cues=frozenset(
        ["not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "without", "hardly", "barely", "rarely", "seldom", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "couldnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "aint", "refuse", "refused", "refuses"]
    ),
    negation_endings=("n't",),
    not_negating_next=frozenset(
        ["only", "just", "merely", "simply", "matter", "doubt", "problem", "wonder", "exception-free"]
    ),
    scope_breakers=frozenset(
        ["but", "although", "though", "however", "yet", "whereas", "while", "because", "instead", "rather", "so"]
    ),
    negation_before=4,
    negation_after=2,
    negation_after_cues=frozenset(
        ["not", "isn't", "wasn't", "aren't", "weren't", "doesn't", "don't", "didn't", "won't", "wouldn't", "isnt", "wasnt", "doesnt", "dont", "didnt", "never"]
    ),
    derivational_suffixes=(
        "ly", "al", "ally", "able", "ible", "ability", "ent", "ant", "ence", "ance", "ness",
        "ity", "ive", "ful", "ic", "ical", "ion", "ation", "ations", "ment", "ist", "ous",
    ),
    inflectional_suffixes=("", "s", "es", "ed", "d", "ing", "'s", "s'", "ies", "ied", "e"),
    distinct_words=frozenset(
        ["respective", "respectively", "irrespective", "careful", "carefully", "carefree", "careless", "general", "generally", "personnel", "timeline", "timelines", "approaching", "adapter", "adapters", "adaptor", "adaptors"]
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
)
