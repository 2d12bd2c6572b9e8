"""Starting a pack: the commented starter pack of `coach packs new` (its sample text comes
from the language: `Language.starter`) and the pack format's JSON Schema (`coach packs schema`).

Pure: functions return text or data; coach/cli_packs.py prints it.
"""

from __future__ import annotations

from typing import Any

_STARTER_TEMPLATE = """\
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
      - {empathy_keywords}
    weight: 1                           # optional, default 1; 2 = counts double
    tip: {empathy_tip}
  follow-up:
    label: Follow-up
    keywords:
      - {follow_keywords}
    tip: {follow_tip}

# Optional: phrases that cost points (default penalty 10) unless negated.
red_flags:
  - phrase: {red_flag}
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
      - answer: {good_answer}
        earns: [empathy, follow-up]
        min_score: 100
      - answer: {negated_answer}
        earns: []
        max_score: 0
"""

# The sample text a language gives (`Language.starter`), by key: keyword lists and the model
# answer one item or line a line; every value is written into the YAML as a plain scalar.
STARTER_KEYS = ("empathy_keywords", "empathy_tip", "follow_keywords", "follow_tip", "red_flag",
                "prompt", "model_answer", "good_answer", "negated_answer")


def starter_pack(pack_id: str, language: str, file_name: str) -> str:
    """The text of a commented starter pack that validates and passes calibration, in the
    pack's language when the language gives the sample text, else with English placeholders."""
    from coach.lang import get_language, supported

    lang = get_language(language)
    own = all(key in lang.starter for key in STARTER_KEYS)
    values = {key: (lang.starter if own else get_language("en").starter)[key] for key in STARTER_KEYS}
    for key in ("empathy_keywords", "follow_keywords"):
        values[key] = "\n      - ".join(values[key].splitlines())
    values["model_answer"] = "\n      ".join(values["model_answer"].splitlines())
    if not own:
        values["model_answer"] += "\n      (Replace the English placeholders with text in your language.)"
    title = pack_id.replace("-", " ").capitalize()
    return _STARTER_TEMPLATE.format(id=pack_id, title=title, language=language, language_name=lang.name,
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
                    "single words. Matching tolerates inflection, small typos and word order. "
                    "A word class in braces stands for any of the language's words of that "
                    "class: 'could see how {feeling}' (docs/packs.md lists the classes).",
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
    from coach.packs import PackModel

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


