"""The screen language: `_()` and `ngettext` bound to one gettext catalogue, chosen once per command.

Which language a screen speaks, first rule that applies:
1. `coach --lang CODE` (explicit);
2. on a screen about one pack (score, practice, packs show/test, questions --pack, history show),
   the pack's language;
3. the environment, read as gettext reads it: the first set of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
   (LANGUAGE may list several, "sv:en");
4. English.
A language without a catalogue (no coach/locale/CODE) falls through to the next rule. Only text a
person reads is translated: JSON, CSV, stored data, ids and keys stay English. stdlib only, so
`coach --version` stays fast; a catalogue is read only when a language other than English is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import gettext

DOMAIN = "coach"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
ENGLISH = "en"
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_state: dict[str, object] = {}


def _translation() -> gettext.NullTranslations | None:
    """The screen language's catalogue; None for English (gettext is then never imported)."""
    found: Any = _state.get("translation")  # set by _activate only
    return found


def _(message: str) -> str:
    """The message in the screen language (unchanged when it has no translation)."""
    found = _translation()
    return message if found is None else found.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted message the screen language's plural rule picks for `count`."""
    found = _translation()
    if found is None:  # English, as gettext.NullTranslations picks it
        return singular if count == 1 else plural
    return found.ngettext(singular, plural, count)


def N_(message: str) -> str:  # the conventional name extractors look for
    """Marks a message for the catalogue without translating it yet (tables built at import)."""
    return message


@cache
def available() -> tuple[str, ...]:
    """The screen languages coach has: English and every language with a compiled catalogue."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (ENGLISH, *found)


def normalise(value: str) -> str | None:
    """A language code from a locale name: "sv_SE.UTF-8" -> "sv", "te-IN" -> "te"; None for C/POSIX."""
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if code in ("", "c", "posix") else code


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The first available language the environment asks for, or None (then English)."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name)
        if value:  # the first variable that is set decides, as in gettext
            for part in value.split(":"):
                code = normalise(part)
                # (English is always there: no need to list the catalogues for it, or for C)
                if code is not None and (code == ENGLISH or code in available()):
                    return code
            return None
    return None


def current() -> str:
    """The language the screen speaks now."""
    code = _state.get("code")
    return code if isinstance(code, str) else ENGLISH


def _activate(code: str) -> None:
    _state["code"] = code
    if code == ENGLISH:
        _state["translation"] = None
        return
    import gettext  # only for a language other than English: `coach --version` stays fast

    _state["translation"] = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def requested(args: Sequence[str]) -> str | None:
    """The available language `coach --lang CODE` asks for, read from the command line before
    it is parsed (help and usage errors are built before the option's callback runs, and
    `coach --help --lang sv` names it after --help); None if no valid one is given. Only the
    root options are read: the first word that is not an option is the command."""
    words = iter(args)
    for word in words:
        if word == "--lang":
            value = next(words, "")
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        elif word.startswith("-") and word != "--":
            continue
        else:
            return None
        return value if normalise(value) in available() else None
    return None


def start(explicit: str | None = None) -> None:
    """Choose the screen language at the start of a command: `explicit` (from --lang, already
    checked against `available()`), else the environment, else English."""
    _state["explicit"] = explicit is not None
    _activate(normalise(explicit) or ENGLISH if explicit is not None else from_environment() or ENGLISH)


def for_pack(language: str) -> None:
    """A screen about one pack speaks the pack's language, unless --lang chose one; a pack in a
    language without a catalogue leaves the screen as it was (environment, else English)."""
    if not _state.get("explicit") and language in available():
        _activate(language)


def reset() -> None:
    """Back to English with no choice made (the end of a run: nothing carries over to the next)."""
    _state.clear()


# -- numbers on screen -------------------------------------------------------------------------

def _number_format() -> tuple[str, str, str, int]:
    """The screen language's way of writing numbers (coach.lang's `Language.numbers`): decimal
    mark, group separator, percent pattern, and the size of the groups after the first three
    digits (2 in Indian usage: 1,00,000). Looked up once per language, and never for English."""
    code = current()
    found = _state.get(f"numbers:{code}")
    if isinstance(found, tuple):
        return found
    numbers: tuple[str, str, str, int] = (".", ",", "{}%", 3)
    if code != ENGLISH:
        from coach.lang import supported

        if code in supported():
            from coach.lang import get_language

            numbers = get_language(code).numbers
    _state[f"numbers:{code}"] = numbers
    return numbers


def number(value: float, digits: int = 0) -> str:
    """`value` with `digits` decimals as the screen language writes it: 5.0 is "5,0" in
    Swedish; 12345 is "12,345" in English, "12 345" in Swedish, "12,345" in Telugu."""
    decimal, group, _percent, rest = _number_format()
    whole, _point, fraction = f"{abs(value):.{digits}f}".partition(".")
    head, groups = whole[:-3], [whole[-3:]]
    while head:
        groups.insert(0, head[-rest:])
        head = head[:-rest]
    sign = "-" if value < 0 and (whole + fraction).strip("0") else ""
    return sign + group.join(groups) + (decimal + fraction if fraction else "")


def percent(value: float) -> str:
    """A whole percentage as the screen language writes it: "94%", in Swedish "94 %"."""
    return _number_format()[2].format(number(value))


# -- catalogue extraction (pybabel; see babel.cfg) ---------------------------------------------

def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Any]:
    """Babel's extraction method for coach/cli.py: its `_()` strings as Babel's Python method
    finds them, then every help text of the command line (command docstrings, option help,
    Typer's own help lines), taken from the command tree Click renders, so `--help` has no
    string the catalogues miss. The other modules use Babel's Python method only."""
    from babel.messages.extract import extract_python

    yield from extract_python(fileobj, keywords, comment_tags, options)
    from coach.cli import app
    from coach.clibase import help_texts

    for text in help_texts(app):
        yield 0, "", text, []
