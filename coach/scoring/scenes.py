"""The scene a story is set in: the candidate's own life (a pursuit, family, friends) or work
(the people served, colleagues, the workplace). A keyword told in a story from the
candidate's life is about that life, sentences after the words that set the scene: "I referee
under-twelves football on Saturdays. … I've learnt to stay respectful even when someone's
screaming at me" is no Respect for customers. Language data (coach.lang: Language.scene_work
and the life words) drives it. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .forms import verb_form
from .receipts import received_by_me
from .senses import someone_elses

if TYPE_CHECKING:
    from .analysis import Analysis, PhraseMatch

# How many sentences before a keyword's own a scene reaches: a story from the candidate's
# life is told in a few sentences, and an answer turns to work soon after (chosen on the
# dev splits of bench/data: further back reaches the work story that follows a comparison).
LOOKBACK = 3

# Where a sentence is set ("work" or "life") and the words that set it (text, first, last).
Scene = tuple[str, tuple[str, int, int]]


class Scenes:
    """One answer's scenes, found as keywords ask: whether the answer names anything of the
    candidate's life at all, each sentence's scene, and the story each keyword's clause is
    told in (it depends on that clause's place in its sentence alone)."""

    __slots__ = ("of_sentence", "possible", "story")

    def __init__(self, possible: bool) -> None:
        self.possible = possible
        self.of_sentence: dict[int, Scene | None] = {}
        self.story: dict[int, tuple[str, int, int] | None] = {}


def life_scene(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The words that set the keyword's story in the candidate's own life: the nearest sentence
    that sets a scene, up to LOOKBACK before the keyword's own, sets it in their life, and the
    keyword's own sentence does not set it at work, or its own sentence sets it in a clause
    before the keyword's; or, with no scene before it, the sentence right after it does. (In
    the keyword's clause or after it, a life noun is the older rules' to judge,
    senses.about_own_life and trait_from_life, which know it as the keyword's object or cause:
    "I love helping people find the right sports shoes" is a product, "I followed up, which my
    dad taught me to do" a habit.)"""
    if not analysis.language.scene_work:
        return None
    scenes = analysis.scenes
    if scenes is None:
        # (no word of the candidate's life in the answer, most answers: no scene to find)
        scenes = analysis.scenes = Scenes(
            not analysis.matcher.rules.scene_life.isdisjoint(analysis.topical)
            or bool(analysis.context("@frame")))
    if not scenes.possible:
        return None
    clause = analysis.tokens.clauses[match.first]
    if clause not in scenes.story:
        scenes.story[clause] = _story(analysis, scenes, match.first)
    return scenes.story[clause]


def _story(analysis: Analysis, scenes: Scenes, first: int) -> tuple[str, int, int] | None:
    """life_scene for a keyword at token `first`."""
    tokens = analysis.tokens
    low, end = own = tokens.sentence_range(first)
    opens = tokens.clause_range(first)[0]  # (the keyword's clause)
    for back in range(LOOKBACK + 1):
        scene = _scene_at(analysis, scenes, low, end)
        # In its own sentence the scene counts when set in a clause before the keyword's ("My
        # parents renewed their vows and we threw a party, it was such a memorable evening").
        if scene is not None and (scene[0] == "work" or back or scene[1][2] < opens or (
                low <= scene[1][2] < first and _fronted_before_me(analysis, low, scene[1][2], first))):
            if scene[0] == "life" and not back and contrast_between(analysis, scene[1][2] + 1, first):
                return None  # a contrast turns from it: "Jag är blyg på fritiden, MEN här ler jag…"
            return scene[1] if scene[0] == "life" else None
        if low == 0:
            break
        end = low
        low = tokens.sentence_range(low - 1)[0]
    # No scene before it: a keyword right before a story from the candidate's life introduces
    # that story ("Going above and beyond is sort of my thing. For my sister's thirtieth I
    # organised a surprise weekend…"), unless its own sentence names the work.
    if own[1] < len(tokens.sentences) and _scene_at(analysis, scenes, *own) is None:
        scene = _scene_at(analysis, scenes, *tokens.sentence_range(own[1]))
        if scene is not None and scene[0] == "life":
            return scene[1]
    return None


def _fronted_before_me(analysis: Analysis, low: int, pos: int, first: int) -> bool:
    """Does the word at pos stand in a phrase put first in its sentence (from `low`), with no
    verb, right before the candidate as the subject of the keyword's clause ("As captain of my
    NETBALL team I always make sure…")? In a language whose statements open with their subject
    (Language.subject_opens_statement): elsewhere the verb comes before the subject."""
    lang = analysis.language
    if not lang.subject_opens_statement:
        return False
    norms = analysis.tokens.norms
    subject = next((k for k in range(pos + 1, first) if norms[k] in lang.own_subjects), None)
    return subject is not None and not any(
        norms[k] in lang.own_subjects or verb_form(lang, norms[k]) or norms[k] in lang.copulas
        for k in range(low, subject) if k != pos)


def _scene_at(analysis: Analysis, scenes: Scenes, low: int, end: int) -> Scene | None:
    """The scene of the sentence of tokens low..end, found once an answer."""
    sentence = analysis.tokens.sentences[low]
    found = scenes.of_sentence
    if sentence not in found:
        found[sentence] = _scene(analysis, sentence, low, end)
    return found[sentence]


def _scene(analysis: Analysis, sentence: int, low: int, high: int) -> Scene | None:
    """Where a sentence is set: ("work", …) when it names the work (Language.scene_work, but
    not "our family"), else ("life", (words, first, last)) when it names the candidate's own
    pursuit or someone from their life, or says one of the language's own-life frames; None
    when it sets no scene."""
    lang = analysis.language
    norms = analysis.tokens.norms
    rules = analysis.matcher.rules
    work, life_words = rules.scene_work, rules.scene_life
    words = norms[low:high]
    if not work.isdisjoint(words):
        for pos in range(low, high):
            if norms[pos] in work:
                after = norms[pos + 1] if pos + 1 < high else ""
                if after not in lang.life_nouns and after not in rules.third_parties and \
                        not _compared(analysis, pos, low) and not _label(analysis, pos, low, high):
                    return "work", (norms[pos], pos, pos)  # (not "our family")
    life: tuple[str, int, int] | None = None
    if not life_words.isdisjoint(words):  # (most sentences name nothing of the kind)
        for pos in range(low, high):
            word = norms[pos]
            if word in life_words and word not in work and _of_my_life(analysis, pos, low):
                life = (word, pos, pos)
                break
    if life is None:
        life = analysis.context_in_sentence("@frame", sentence)
    return None if life is None else ("life", life)


def _label(analysis: Analysis, pos: int, low: int, high: int) -> bool:
    """Is the word at pos a label opening its sentence, a colon after it ("SITUATION: my best
    mate's car broke down", the parts of a STAR answer), rather than a word of what it says?"""
    tokens = analysis.tokens
    return pos == low and pos + 1 < high and ":" in tokens.gap(pos)


def _of_my_life(analysis: Analysis, pos: int, low: int) -> bool:
    """Is the word at pos a pursuit of the candidate's (a life noun in a clause of their own,
    not a progressive form that is as often a verb, "reading up on") or someone from their life
    ("my dad"), not in a comparison ("if that was my mum") or someone else's ("her lecture")?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    c_low, c_end = analysis.tokens.clause_range(pos)
    word = _uncased(norms[pos].removesuffix("'s"), analysis)  # "my sister's thirtieth"
    if word in analysis.matcher.rules.third_parties or word in lang.life_groups:
        # A person or a group is from the candidate's life as "my …" only, one word between at
        # most ("my best friend", "my book club"; "ask the neighbours to keep it down": guests).
        if lang.scene_mine.isdisjoint(norms[max(c_low, pos - 2):pos]):
            return False
    elif word in lang.life_nouns and not word.endswith(lang.progressive_endings):
        if lang.scene_self.isdisjoint(norms[c_low:c_end]):
            return False
    else:
        return False
    return not someone_elses(analysis, pos) and \
        lang.scene_conditionals.isdisjoint(norms[max(low, c_low - 2):c_low + 2])


def _uncased(word: str, analysis: Analysis) -> str:
    """The person from the candidate's life a case-marked word names (Language.case_endings:
    "పాపతో" -> "పాప"; not someone at work, "మా సీనియర్‌ని అడిగి", asking our senior), or the
    word itself."""
    rules = analysis.matcher.rules
    for ending in analysis.language.case_endings:
        base = word[: -len(ending)]
        if word.endswith(ending) and base in rules.third_parties and base not in rules.scene_work:
            return base
    return word


def _compared(analysis: Analysis, pos: int, low: int) -> bool:
    """Is the work word at pos (in a sentence from token `low`) only a comparison ("ruder than
    any customer", Language.scene_comparisons), behind the candidate ("after work",
    Language.scene_leaving, one or two words before it, or Language.scene_leaving_after right
    after it), or wished for ("I wanted to work and save up", "jag ville jobba";
    Language.wish_verbs, right before it or before a small word)?"""
    lang = analysis.language
    norms = analysis.tokens.norms
    before = norms[max(low, pos - 2):pos]
    if not lang.scene_comparisons.isdisjoint(before) or not lang.scene_leaving.isdisjoint(before):
        return True
    if pos + 1 < len(norms) and norms[pos + 1] in lang.scene_leaving_after:
        return True  # ("కస్టమర్ తర్వాత", after the customer)
    return bool(before) and (before[-1] in lang.wish_verbs or (
        len(before) == 2 and before[0] in lang.wish_verbs and before[1] in lang.function_words))


def customer_scene(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The words that make the candidate the customer of the story a keyword is told in
    (Language.customer_frames: "from the other side of the counter", "when I was the one
    complaining"), in its sentence before it or up to LOOKBACK sentences before, with no word
    of Language.customer_turns between ("So NOW at the tyre centre I…"): someone else's service
    to the candidate, or the candidate's own doing as the customer in the sentences after the
    frame ("I've been that guest! … I stayed calm when I rang down"). Not where the candidate is
    the subject of the keyword's clause beside the frame ("As a customer I hate waiting, so I
    serve people fast") or supposed at work ("If I were on the desk I'd explain…")."""
    lang = analysis.language
    if not lang.customer_frames:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.clause_range(match.first)[0]
    own = analysis.matcher.rules.own
    sentence = tokens.sentences[match.first]
    frame = None
    # (the whole answer's frames, found once: a keyword asks for its own sentence and three
    # before, so per-sentence lookups would repeat the same sentences many times)
    for hit in analysis.context("@customer"):
        if hit[2] < match.first and tokens.sentences[hit[1]] >= sentence - LOOKBACK:
            frame = hit  # (the nearest one before the keyword, and not holding it: "a small shop
            # where I WENT above and beyond" is no visit)
    if frame is None:
        return None
    # (the candidate as the subject of the keyword's clause; not their possessive, "MITT elbolag",
    # nor a subordinate clause's subject with its "själv": "När JAG SJÄLV ringde…", nor the
    # frame's own "I": "The hotel I STAYED AT went above and beyond")
    mine = any(norms[k] in own and norms[k] not in lang.first_person_objects
               and not frame[1] <= k <= frame[2]
               and not _subordinate_subject(analysis, k, low)
               and not (k > low and _subordinate_subject(analysis, k - 1, low))
               and not received_by_me(analysis, k, match.first)
               for k in range(low, match.first))  # (nor the subject of a passive: "…, WE WERE kept
    # updated every half hour" is done to them)
    if mine and (tokens.sentences[frame[1]] == sentence or _supposed_at_work(analysis, match.first)):
        return None  # (the candidate's own deed: said beside the frame, or supposed at work: "IF
        # I WERE ON THE DESK I'd explain…")
    party = lang.customer_turns.intersection(norms[frame[1]:frame[2] + 1])
    if any(norms[k] in lang.customer_turns and not _subordinate_subject(analysis, k, 0)
           and not (party and (norms[k] in party or norms[k] in lang.first_person_objects))
           and not received_by_me(analysis, k, match.first)
           for k in range(frame[2] + 1, match.first)):
        return None  # (not the frame's own party: "When WE stayed at a hotel … in OUR room")
    return frame


def _supposed_at_work(analysis: Analysis, first: int) -> bool:
    """Does the sentence before token `first` suppose the candidate at work: a conditional
    (Language.scene_conditionals), the candidate, and a work word ("If I were on the DESK")?"""
    tokens = analysis.tokens
    norms = tokens.norms
    lang = analysis.language
    rules = analysis.matcher.rules
    low = tokens.sentence_range(first)[0]
    return any(norms[k] in lang.scene_conditionals and k + 1 < first and norms[k + 1] in rules.own
               for k in range(low, first)) and not rules.scene_work.isdisjoint(norms[low:first])


def _subordinate_subject(analysis: Analysis, pos: int, low: int) -> bool:
    """Is the word at pos (after token `low`) right after a subordinator, the subordinate
    clause's subject ("WHEN WE moved flats the removals crew went way above and beyond"): not
    the keyword's doer, nor a turn of the story back to work?"""
    return pos > low and analysis.tokens.norms[pos - 1] in analysis.language.subordinators


def contrast_between(analysis: Analysis, low: int, high: int) -> bool:
    """Does a word of contrast (Language.contrasts: "but", "men", "కానీ") stand in tokens
    low..high-1, parting what is before it from what is after ("I'm quite shy outside work, BUT
    here I look up and say hi")?"""
    contrasts = analysis.language.contrasts
    return bool(contrasts) and not contrasts.isdisjoint(analysis.tokens.norms[low:high])


# How far into its sentence the place of study may stand ("In my second-year IT COURSE").
_STUDY_REACH = 5


def study_opening(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The words that open the keyword's sentence in a course of the candidate's studies or a
    pursuit ("IN MY IT COURSE we measured response time", "AT CATERING COLLEGE you had to…",
    "IN GOLF, courtesy means…", "I STATISTIKKURSEN räknade vi…"; Language.study_openers,
    study_settings, and life_nouns after field_openers): what the sentence says was learnt or
    done there, not service. The candidate's own ("my") or one named bare, not one with an
    article ("In THIS class…") or a word of the work before it ("In my CUSTOMER service
    course…"), nor past a word of contrast ("In my course we studied it, but at work I…")."""
    lang = analysis.language
    settings = lang.study_settings
    if not settings:
        return None
    tokens = analysis.tokens
    norms = tokens.norms
    low = tokens.sentence_range(match.first)[0]
    if norms[low] not in lang.study_openers:
        return None
    ends = tuple(settings) if lang.compounds else ()
    work = analysis.matcher.rules.scene_work
    # (a pursuit as a field only after "in", "i": "IN golf", not "PÅ gymmet", a workplace too)
    fields = lang.life_nouns if norms[low] in lang.field_openers else frozenset()
    for pos in range(low + 1, min(match.first, low + _STUDY_REACH)):
        word = norms[pos]
        if word in lang.articles or word in work:
            return None  # (not "In THIS class of service", nor "In my CUSTOMER service course")
        if word in settings or word in fields or (ends and word.endswith(ends)):
            if contrast_between(analysis, pos + 1, match.first):
                return None
            return " ".join(norms[low : pos + 1]), low, pos
    return None


# How many words may stand between the word that casts the candidate in a role and the role
# ("AS the club's TREASURER", "BEING club TREASURER").
_ROLE_REACH = 3


def _role_words(analysis: Analysis) -> list[int]:
    """Where the answer names a role of Language.life_roles (role_opening), found once an
    answer: the word, or in a language with compounds its end right after an opener or a field
    opener ("som LAGKAPTEN", "i roddKLUBBEN"; not "på nattklubben", a workplace)."""
    found = analysis.phrase_starts.get("role")
    if found is not None:
        return found
    lang = analysis.language
    roles, norms = lang.life_roles, analysis.tokens.norms
    ends = tuple(roles) if lang.compounds and roles else ()
    markers = tuple(lang.role_markers)
    found = analysis.phrase_starts["role"] = [
        pos for pos, word in enumerate(norms) if word in roles or (
            ends and word.endswith(ends) and pos > 0
            and (norms[pos - 1] in lang.role_openers or norms[pos - 1] in lang.field_openers))
        or (markers and word.endswith(markers) and _unmarked(word, markers) in roles)]
    return found


def _unmarked(word: str, markers: tuple[str, ...]) -> str:
    """A word without the role marker fused to its end ("కెప్టెన్‌గా" → "కెప్టెన్", as captain)."""
    for marker in markers:
        if word.endswith(marker):
            return word[: -len(marker)].rstrip("\u200c")
    return word


def role_opening(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The words that cast the candidate, before the keyword in its sentence, in a role of their
    own life ("AS CAPTAIN of our netball team, I put myself in their shoes", "What I like about
    BEING TREASURER of the chess club is getting the accounts problem solved", "SOM LAGKAPTEN…",
    "ట్రెజరర్ గా ఉన్నప్పుడు", "కెప్టెన్‌గా"; Language.life_roles after role_openers or before
    role_markers, or with a marker fused to it; a compound's end right after an opener or a
    field opener: "som LAGKAPTEN", "i roddKLUBBEN"): what they do there is not service. Not past a
    word of contrast, nor in a sentence that names the people served ("As a mum myself, I knew
    how the CUSTOMER felt")."""
    lang = analysis.language
    roles = _role_words(analysis)
    if not roles:
        return None  # (most answers: no role word)
    tokens = analysis.tokens
    norms = tokens.norms
    low, high = tokens.sentence_range(match.first)
    here = roles[bisect_left(roles, low):bisect_left(roles, match.first)]
    if not here or not lang.served_people.isdisjoint(norms[low:high]):
        return None
    for pos in here:
        opener = next((k for k in range(max(low, pos - _ROLE_REACH), pos)
                       if norms[k] in lang.role_openers), None)
        fused = norms[pos] not in lang.life_roles and bool(lang.role_markers)  # ("కెప్టెన్‌గా")
        if opener is None and not fused and not (
                pos + 1 < match.first and norms[pos + 1] in lang.role_markers):
            continue
        if contrast_between(analysis, pos + 1, match.first):
            return None
        start = pos if opener is None else opener
        return " ".join(norms[start : pos + 1]), start, pos
    return None


def wanted(analysis: Analysis, match: PhraseMatch) -> tuple[str, int, int] | None:
    """The candidate as the one who wants, before the keyword, and a verb of wanting after it in
    its sentence ("నాకు ఫ్లెక్సిబుల్ వర్కింగ్ అవర్స్ కావాలి", I want flexible working hours;
    Language.want_experiencers, want_verbs): what they want from the job, not service. Not past
    a word of contrast. Or a verb of wanting anywhere in the sentence and what is wanted, a boss,
    a team or a job, after the keyword (Language.wish_heads: "…చెప్పే బాస్ నాకు కావాలి", "నాకు
    కావాల్సింది … సానుభూతి ఉన్న మేనేజర్")."""
    lang = analysis.language
    if not lang.want_verbs:
        return None
    norms = analysis.tokens.norms
    low, high = analysis.tokens.sentence_range(match.first)
    head = next((k for k in range(match.last + 1, high) if norms[k] in lang.wish_heads), None)
    if head is not None and not lang.want_verbs.isdisjoint(norms[low:high]):
        return norms[head], match.first, head  # (a boss, a team or a job wanted, named after the
        # keyword: "…నిజాయితీగా చెప్పే బాస్ నాకు కావాలి", I want a boss who honestly tells…)
    me = next((k for k in range(match.first - 1, low - 1, -1) if norms[k] in lang.want_experiencers),
              None)
    verb = next((k for k in range(match.last + 1, high) if norms[k] in lang.want_verbs), None)
    if me is None or verb is None or contrast_between(analysis, me + 1, verb):
        return None
    return f"{norms[me]} … {norms[verb]}", me, verb

