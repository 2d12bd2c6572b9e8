"""Trainer tools behind `coach packs`: listing, warnings, starter packs, schema and adding.

Pure: functions return data (or raise CoachError); coach/cli_packs.py prints it.
"""

from __future__ import annotations

import heapq
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .errors import CoachError, FileProblem, LocatedError, Problem

if TYPE_CHECKING:
    from .packs import Pack


# -- listing -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One pack file found in the pack folders: loaded, or broken with its first error."""

    id: str
    title: str | None
    language: str | None
    questions: int | None
    origin: str  # bundled | user | COACH_PACKS_PATH
    path: str
    # ok | broken | shadowed (an earlier folder has a pack with the same id) | unreadable (a
    # folder that cannot be read) | skipped (a *.yaml entry that is not a file: a folder, FIFO,
    # symlink loop); `error` says why for all but ok and shadowed
    status: str
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The entry as `coach packs list --json` prints it."""
        return asdict(self)


def list_packs() -> list[PackEntry]:
    """Every pack file in lookup order; a broken file is listed with its first error, then
    what was left out: folders that cannot be read and `*.yaml` entries that are not files."""
    from .packs import _declared_id, load_pack_file

    entries: list[PackEntry] = []
    seen: set[str] = set()
    files, skipped = paths.scan_pack_folders()
    for origin, path in files:
        try:
            pack = load_pack_file(path)
        except LocatedError as exc:
            first = exc.problems[0] if exc.problems else None
            entries.append(PackEntry(_declared_id(path) or path.stem, None, None, None, origin,
                                     str(path), "broken", str(first) if first else str(exc)))
            continue
        except CoachError as exc:
            entries.append(PackEntry(_declared_id(path) or path.stem, None, None, None, origin,
                                     str(path), "broken", str(exc)))
            continue
        status = "shadowed" if pack.id in seen else "ok"
        seen.add(pack.id)
        entries.append(PackEntry(pack.id, pack.title, pack.language, len(pack.questions), origin,
                                 str(path), status))
    for left in skipped:
        entries.append(PackEntry(left.path.name if left.folder else left.path.stem, None, None, None,
                                 left.origin, str(left.path),
                                 "unreadable" if left.folder else "skipped", left.reason))
    return entries


# -- warnings ------------------------------------------------------------------------------------


def lint(pack: Pack) -> list[Problem]:
    """Things a trainer wants to know that do not stop a pack from loading, in file order.

    - a keyword phrase listed under two criteria (an answer saying it earns both);
    - two phrases of one criterion so alike that one never matters (whenever an answer says
      the longer one, the shorter one matches too);
    - a question without a model answer, or without examples;
    - a criterion whose tip, said in the first person, does not earn it;
    - a criterion that no question uses.
    """
    from .yamlio import load_yaml_file

    located = load_yaml_file(pack.source) if pack.source else None

    def at(path: tuple[str | int, ...], message: str, key: bool = False) -> Problem:
        if located is not None:
            return located.problem(path, message, key=key)
        from .yamlio import dotted

        return Problem("<pack>", 1, 1, dotted(path), message)

    found = _phrase_warnings(pack, at)
    for qi, question in enumerate(pack.questions):
        if not question.model_answer.strip():
            found.append(at(("questions", qi, "id"), f"question {question.id!r} has no model_answer; "
                            "add one so candidates can compare (and `coach packs draft` can use it)"))
        if not question.examples:
            found.append(at(("questions", qi, "id"), f"question {question.id!r} has no examples; add "
                            "a few answers with `earns` so `coach packs test` can calibrate it"))
    from .calibrate import tip_misses

    for miss in tip_misses(pack):
        found.append(at(("criteria", miss.criterion, "tip"),
                        f"the tip, said by a candidate (“{miss.tip}”), does not earn criterion "
                        f"{miss.criterion!r}; reword the tip or add a keyword phrase it uses"))
    used: set[str] = set()
    for question in pack.questions:
        used.update(pack.question_criteria(question))
    for cid in pack.criteria:
        if cid not in used:
            found.append(at(("criteria", cid), f"criterion {cid!r} is not used by any question",
                            key=True))
    return sorted(found, key=lambda p: (p.line, p.column))  # stable: same place, found order


def _phrase_warnings(pack: Pack, at: Any) -> list[Problem]:
    """Duplicate phrases across criteria and redundant phrases within one, as the engine sees them.

    Phrase B is covered by phrase A when A, matched against B's own words, matches at full
    threshold: then any answer saying B also earns A's criterion (reported across criteria
    only when a question is scored on both, once per phrase, naming the first such criterion).

    Near-linear in the number of phrases: phrases with the same words are matched once, and
    B is matched only against the phrases whose rarest word it holds (a phrase lacking any of
    its words cannot match). A phrase is compared with at most _MAX_COVERERS others that
    cover it, so a pack repeating one phrase thousands of times is still checked quickly.
    """
    from .engine import MATCH_THRESHOLD
    from .text import tokenize

    compiled = pack.compiled
    order = {cid: n for n, cid in enumerate(compiled.phrases)}
    # Two criteria only compete for an answer when some question is scored on both: a drafted
    # pack of twenty questions may well say "packet" in two questions' criteria.
    asked_in: dict[str, set[int]] = {}
    for qi, question in enumerate(pack.questions):
        for cid in pack.question_criteria(question):
            asked_in.setdefault(cid, set()).add(qi)
    everywhere = set(range(len(pack.questions)))
    # Phrases that tokenise alike (same words, clauses and sentences) match alike, both as the
    # phrase sought and as the text searched: one group, matched once.
    groups: dict[tuple[Any, ...], list[tuple[int, int]]] = {}
    for cid, phrases in compiled.phrases.items():
        for bi, phrase in enumerate(phrases):
            tokens = tokenize(phrase.text)
            key = (tuple(tokens.norms), tuple(tokens.clauses), tuple(tokens.sentences))
            groups.setdefault(key, []).append((order[cid], bi))
    members = list(groups.values())  # each in pack order
    cids = list(compiled.phrases)

    def phrase_of(member: tuple[int, int]) -> Any:
        return compiled.phrases[cids[member[0]]][member[1]]

    reps = [phrase_of(group[0]) for group in members]
    frequency: dict[int, int] = {}
    for rep in reps:
        for tid in set(rep.content):
            frequency[tid] = frequency.get(tid, 0) + 1
    by_rarest: dict[int, list[int]] = {}
    anywhere: list[int] = []
    for gi, rep in enumerate(reps):
        if rep.content:
            by_rarest.setdefault(min(rep.content, key=lambda t: (frequency[t], t)), []).append(gi)
        else:
            anywhere.append(gi)
    covers: list[set[int]] = [set() for _ in members]  # group -> the groups that cover it
    for gi, rep in enumerate(reps):
        analysis = compiled.analyse(rep.text)
        present = analysis.positions
        candidates = set(anywhere)
        for tid in present:
            candidates.update(by_rarest.get(tid, ()))
        for hi in candidates:
            other = reps[hi]
            if not all(tid in present for tid in other.content):
                continue
            plain, _ = analysis.best([other])
            if plain is not None and plain.strength >= MATCH_THRESHOLD:
                covers[gi].add(hi)
    group_of = {member: gi for gi, group in enumerate(members) for member in group}
    pairs: dict[tuple[int, int], bool] = {}

    def competes(a: int, b: int) -> bool:
        """Is some question scored on both criteria (by their number)?"""
        key = (a, b) if a < b else (b, a)
        if key not in pairs:
            pairs[key] = not asked_in.get(cids[a], everywhere).isdisjoint(
                asked_in.get(cids[b], everywhere))
        return pairs[key]

    found: list[tuple[tuple[int, int], Problem]] = []
    for gi, group in enumerate(members):
        coverers = list(heapq.merge(*(members[hi] for hi in sorted(covers[gi]))))
        by_criterion: dict[int, list[tuple[int, int]]] = {}
        for them in coverers:
            by_criterion.setdefault(them[0], []).append(them)
        for me in group:
            cid, bi = cids[me[0]], me[1]
            text = compiled.phrases[cid][bi].text
            # Across criteria: the first earlier phrase of a competing criterion, if they cover
            # each other (the earlier one is not reported: its own warning names this one).
            for examined, them in enumerate(coverers):
                if them >= me or examined >= _MAX_COVERERS:
                    break
                if them[0] != me[0] and gi in covers[group_of[them]] and competes(me[0], them[0]):
                    other_cid = cids[them[0]]
                    line = at(("criteria", other_cid, "keywords", them[1]), "").line
                    found.append((me, at(("criteria", cid, "keywords", bi),
                                         f"{text!r} is also a keyword of {other_cid!r} "
                                         f"({phrase_of(them).text!r}, line {line}); an answer "
                                         "saying it earns both criteria")))
                    break
            # Within the criterion: the first phrase that makes this one redundant.
            for examined, them in enumerate(by_criterion.get(me[0], ())):
                if examined >= _MAX_COVERERS:
                    break
                other = phrase_of(them).text
                if them == me:
                    continue
                if gi not in covers[group_of[them]]:
                    same = f"{text!r} never matters: any answer that says it also matches {other!r}"
                elif them[1] < bi:
                    same = f"{text!r} matches the same answers as {other!r}; one of them is enough"
                else:
                    continue
                found.append((me, at(("criteria", cid, "keywords", bi), same)))
                break
    return [problem for _me, problem in sorted(found, key=lambda item: item[0])]  # pack order


# A phrase is compared with at most this many phrases that cover it (in pack order): enough
# for any real pack, and a bound for one repeating a phrase thousands of times.
_MAX_COVERERS = 200


# -- starter pack --------------------------------------------------------------------------------


_STARTER = """\
# A coach question pack. Check it with:   coach packs validate {file}
# Calibrate it (run the examples):      coach packs test {file}
# Install it for practice:              coach packs add {file}
#
# Editor completion and checks: run `coach packs schema > pack.schema.json` once, then keep
# the next line as the first line of the file (YAML language server, e.g. VS Code's YAML):
# yaml-language-server: $schema=pack.schema.json
#
# The trainer's guide (keywords, weights, require, red flags, calibration): docs/packs.md

# The id: lowercase letters, digits, hyphens; progress is keyed on it.
pack: {id}
title: {title}
# {language_name}; supported: {supported}
language: {language}
description: What this pack is for, in a sentence or two.

# Criteria are what a careful grader looks for. A criterion is earned when one of its
# keyword phrases is found in the answer (any inflection, small typos, any order within a
# few words) and is not negated. Give 2-4 word phrases a real candidate would say, plus
# strong single words; avoid words common in answers that do NOT show the criterion.
criteria:
  empathy:
    label: Empathy
    keywords:
      - {kw_empathy}
    weight: 1                           # optional, default 1; 2 = counts double
    tip: {tip_empathy}
  follow-up:
    label: Follow-up
    keywords:
      - {kw_follow}
    tip: {tip_follow}

# Optional: phrases that cost points (default penalty 10) unless negated.
red_flags:
  - phrase: {flag}
    why: Deflects ownership.
    penalty: 10

questions:
  - id: first-question                  # unique in the pack
    prompt: {prompt}
    criteria: [empathy, follow-up]      # optional; default: every criterion
    require: 2                          # optional: earning this many gives full marks
    difficulty: easy                    # easy | medium | hard
    time_limit: 120                     # seconds, optional
    # A question with several parts can instead list `parts`, each with its own criteria and
    # require; the score is then the mean over parts (see docs/packs.md, "Questions in parts").
    model_answer: |
      {model_answer}
    # Calibration cases: `earns` lists exactly the criteria a careful grader credits.
    examples:
      - answer: {example_good}
        earns: [empathy, follow-up]
        min_score: 100
      - answer: {example_negated}
        earns: []
        max_score: 0
"""

_STARTER_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "kw_empathy": "put myself in their shoes\n      - empathy\n      - understand how they feel",
        "tip_empathy": "Show that you understand how the customer feels.",
        "kw_follow": "follow up\n      - check back\n      - call them back",
        "tip_follow": "Say how you check afterwards that the problem stayed solved.",
        "flag": "not my job",
        "prompt": "A customer is upset about a late delivery. What do you do?",
        "model_answer": "I put myself in their shoes and say I understand how frustrating it is.\n"
                        "      I find out where the parcel is, and I follow up the next day.",
        "example_good": "I'd show empathy, sort out the delivery, and follow up the next day.",
        "example_negated": "Empathy is not my thing and I never follow up.",
    },
    "sv": {
        "kw_empathy": "empati\n      - sätta mig in i kundens situation\n"
                      "      - förstå hur kunden känner sig",
        "tip_empathy": "Visa att du förstår hur kunden känner sig.",
        "kw_follow": "följa upp\n      - höra av mig igen\n      - ringa tillbaka",
        "tip_follow": "Berätta hur du kontrollerar efteråt att problemet är löst.",
        "flag": "inte mitt jobb",
        "prompt": "En kund är upprörd över en sen leverans. Vad gör du?",
        "model_answer": "Jag visar empati och säger att jag förstår hur frustrerande det är.\n"
                        "      Jag tar reda på var paketet är och följer upp dagen efter.",
        "example_good": "Jag visar empati, löser leveransen och följer upp dagen efter.",
        "example_negated": "Jag har ingen empati och jag följer aldrig upp.",
    },
    "te": {
        "kw_empathy": "సానుభూతి\n      - కస్టమర్ బాధను అర్థం చేసుకోవడం",
        "tip_empathy": "కస్టమర్ ఎలా భావిస్తున్నారో మీకు అర్థమైందని చూపించండి.",
        "kw_follow": "ఫాలో అప్\n      - మళ్ళీ ఫోన్ చేసి",
        "tip_follow": "సమస్య పరిష్కారమైందో లేదో తర్వాత ఎలా తెలుసుకుంటారో చెప్పండి.",
        "flag": "నా పని కాదు",
        "prompt": "డెలివరీ ఆలస్యమైందని కస్టమర్ కోపంగా ఉన్నారు. మీరు ఏం చేస్తారు?",
        "model_answer": "నేను సానుభూతి చూపిస్తాను, పార్శిల్ ఎక్కడ ఉందో కనుక్కుంటాను,\n"
                        "      మరుసటి రోజు ఫాలో అప్ చేస్తాను.",
        "example_good": "నేను సానుభూతితో మాట్లాడి, మరుసటి రోజు ఫాలో అప్ చేస్తాను.",
        "example_negated": "సానుభూతి అవసరం లేదు.",
    },
}


def starter_pack(pack_id: str, language: str, file_name: str) -> str:
    """The text of a commented starter pack that validates and passes calibration."""
    from .lang import get_language, supported

    words = _STARTER_TEXT.get(language, _STARTER_TEXT["en"])
    values = dict(words)
    if language not in _STARTER_TEXT:
        values["model_answer"] += "\n      (Replace the English placeholders with text in your language.)"
    title = pack_id.replace("-", " ").capitalize()
    return _STARTER.format(id=pack_id, title=title, language=language,
                           language_name=get_language(language).name,
                           supported=", ".join(supported()), file=file_name, **values)


# -- JSON Schema ---------------------------------------------------------------------------------


_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "PackModel": {
        "pack": "The pack id: lowercase letters, digits and hyphens. Progress is keyed on it.",
        "title": "The pack's name as shown in listings.",
        "language": "ISO 639-1 code of the pack's language (en, sv, te); picks stemming and "
                    "negation cues.",
        "description": "What the pack is for.",
        "version": "Optional version of the pack, for the trainer's own bookkeeping.",
        "criteria": "Criterion id -> criterion. Ids: lowercase letters, digits, hyphens.",
        "red_flags": "Phrases that cost points when an answer says them (and does not negate them).",
        "questions": "The interview questions.",
    },
    "Criterion": {
        "label": "The criterion's name as shown to candidates.",
        "keywords": "Phrases that earn the criterion: 2-4 words a candidate would say, or strong "
                    "single words. Matching tolerates inflection, small typos and word order.",
        "weight": "How much the criterion counts (default 1).",
        "tip": "Advice shown when an answer misses the criterion.",
        "description": "Notes for trainers; not shown in feedback.",
    },
    "RedFlag": {
        "phrase": "The phrase that costs points.",
        "why": "Why it is a red flag, shown to the candidate.",
        "penalty": "Points taken off the score (default 10).",
    },
    "Question": {
        "id": "Unique within the pack; progress is keyed on it.",
        "prompt": "The question as asked.",
        "criteria": "Criterion ids this question is scored on (default: all of the pack's).",
        "require": "Earning this many criteria gives full marks.",
        "tags": "Free labels for filtering practice.",
        "difficulty": "easy, medium or hard.",
        "time_limit": "Seconds allowed in timed practice.",
        "behavioural": "True for 'Tell me about a time…' questions, where a STAR story is expected "
                       "(default: guessed from the prompt).",
        "model_answer": "A strong answer, shown after practice and used by `coach packs draft`.",
        "examples": "Calibration cases run by `coach packs test`.",
        "parts": "For a question with several parts: each part's criteria and `require`. The "
                 "score is the mean over parts, so every part counts.",
    },
    "Part": {
        "label": "What this part of the question asks for, shown in feedback.",
        "criteria": "Criterion ids of this part (each of the question's criteria in one part).",
        "require": "Earning this many of the part's criteria gives the part full marks.",
    },
    "Example": {
        "answer": "An answer as a candidate would give it.",
        "earns": "Exactly the criteria (of the question's) a careful grader credits.",
        "min_score": "Lowest acceptable total score (0-100).",
        "max_score": "Highest acceptable total score (0-100).",
        "note": "Why this example is here, for other trainers.",
    },
}


def pack_schema() -> dict[str, Any]:
    """The JSON Schema of the pack format, with a description on every field."""
    from .packs import PackModel

    schema = PackModel.model_json_schema()
    defs = schema.get("$defs", {})
    for name, fields in _DESCRIPTIONS.items():
        target = schema if name == "PackModel" else defs.get(name)
        if not target:
            continue
        for field_name, text in fields.items():
            prop = target.get("properties", {}).get(field_name)
            if prop is not None:
                prop.setdefault("description", text)
    schema["title"] = "coach question pack"
    schema["description"] = "A question pack for coach: criteria, red flags and questions."
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


# -- adding --------------------------------------------------------------------------------------


def add_pack(source: Path, *, force: bool = False) -> tuple[Pack, Path, Path | None]:
    """Validate a pack file and copy it into the user packs folder.

    Returns the pack, where it now lives, and the file it replaced (if any). Refuses an id
    that another user pack already has unless `force`, and always refuses a bundled pack's
    id (the bundled pack would hide the copy).
    """
    from .packs import _declared_id, iter_pack_files, load_pack_text
    from .yamlio import read_text

    # One read (bounded, whatever the file is): the bytes validated are the bytes installed,
    # even when the source changes between reads (a FIFO, a file being rewritten).
    text = read_text(source)
    pack = load_pack_text(text, str(source))
    folder = paths.user_packs_dir()
    target = folder / f"{pack.id}.yaml"
    replaced: Path | None = None
    for origin, path in iter_pack_files():
        if _declared_id(path) != pack.id and path.stem != pack.id:
            continue
        if origin == "bundled":
            raise CoachError(f"{source}: pack id {pack.id!r} is the id of a bundled pack, which "
                             "would hide yours; change `pack:` to a new id")
        if origin == "user" and path.resolve() != source.resolve():
            if not force:
                raise CoachError(f"{source}: a pack with id {pack.id!r} is already installed at "
                                 f"{path}; use --force to replace it")
            replaced = path
    from .fileio import atomic_write

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"cannot write to {folder}: {exc.strerror}") from None
    atomic_write(target, text, what="pack")
    if replaced is not None and replaced.resolve() != target.resolve():
        try:
            replaced.unlink()
        except OSError as exc:
            raise FileProblem(f"{replaced}: cannot remove the replaced pack: {exc.strerror}") from None
    from .packs import Pack as _Pack

    return _Pack(pack.model, target), target, replaced
