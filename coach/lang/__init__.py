"""Language data for matching: one small module per language, looked up by ISO 639-1 code.

Adding a language means adding one module here that builds a `Language` and listing it in
`_MODULES`; see docs/packs.md ("Adding a language").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

from coach.records import record

from .fields_people import People

_MODULES = {"en": "english", "sv": "swedish", "te": "telugu"}
NUMERAL = "#"  # in a word class (Language.word_classes): any numeral written in digits


@record
class Language(People):
    """Everything the matcher needs to know about one language, as plain data and one stemmer.

    Its fields come in three groups, each documented where it is declared: matching
    (coach/lang/fields_matching.py), what a match is about (fields_meaning.py) and who does it,
    with the wording drafts list (fields_people.py). The groups only say where a field is
    written down: a language module builds one Language with all of them.
    """


def in_first_person(tip: str, lang: Language) -> str:
    """A criterion's tip as the candidate would say it ("Show that you listen" -> "I listen")."""
    import re

    text = tip.strip()
    for pattern, replacement in lang.first_person:
        changed, count = re.subn(pattern, replacement, text, count=1, flags=re.IGNORECASE)
        if count:
            if changed.startswith(replacement) and len(changed) > len(replacement):
                rest = changed[len(replacement):]
                changed = replacement + rest[:1].lower() + rest[1:]
            text = changed
            break
    for pattern, replacement in lang.person_swaps:
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def lemma_table(table: str) -> dict[str, str]:
    """Lines of 'lemma form form …' ("go went gone") -> every form mapped to its lemma, for
    irregular verbs whose forms no stemmer joins to the lemma a keyword phrase is written with."""
    lemmas: dict[str, str] = {}
    for line in table.strip().splitlines():
        base, *forms = line.split()
        for form in forms:
            lemmas.setdefault(form, base)
    return lemmas


def supported() -> list[str]:
    """The language codes packs may declare."""
    return sorted(_registry())


# Languages register themselves in this entry-point group, each as `code = "module:LANGUAGE"`
# (coach's own three in pyproject.toml, besides `_MODULES`), the way pytest and llm find their
# plugins: another package adds a language without any change here.
ENTRY_POINTS = "coach.languages"


def _bundled(module: str) -> Callable[[], Language]:
    """How to load one of coach's own languages (its module here)."""
    return lambda: importlib.import_module(f"{__name__}.{module}").LANGUAGE


@cache
def _registry() -> dict[str, Callable[[], Language]]:
    """Language code -> how to load its Language: the bundled modules, then the languages
    installed packages register under ENTRY_POINTS (scanned once, on the first lookup; never
    at import, so `coach --version` stays fast). A bundled code is never replaced: a pack in
    `en` scores the same whatever else is installed. The bundled table also serves a source
    tree run without an install, which has no entry points."""
    from importlib.metadata import entry_points

    found = {code: _bundled(module) for code, module in _MODULES.items()}
    for point in entry_points(group=ENTRY_POINTS):
        found.setdefault(point.name, point.load)
    return found


@cache
def get_language(code: str) -> Language:
    """The Language for an ISO 639-1 code; KeyError when no installed language has it."""
    from coach.errors import CoachError

    # A bundled code is never replaced (see _registry): load it without scanning the installed
    # packages' entry points (importlib.metadata), which costs `coach score` more than the module.
    load = _bundled(_MODULES[code]) if code in _MODULES else _registry()[code]
    try:
        language = load()
    except Exception as exc:  # a broken plugin: say which, without a traceback
        raise CoachError(f"language {code!r} (entry point group {ENTRY_POINTS!r}) failed to "
                         f"load: {exc}") from None
    if not isinstance(language, Language) or language.code != code:
        raise CoachError(f"language {code!r} (entry point group {ENTRY_POINTS!r}) is not a "
                         f"coach.lang.Language with code {code!r}")
    return language


def language_problem(code: str) -> str | None:
    """Why a pack cannot use this language, or None when it can."""
    if code in _registry():
        return None
    return f"language {code!r} is not supported yet (supported: {', '.join(supported())})"
