"""Word classes in keyword phrases ("could see how {feeling}", "{contact} {time_unit} later"):
a class stands for one answer word of the language's list of that name
(coach.lang.Language.word_classes), matched as written, so that one phrase covers the ways
people say one thing. The matcher gives each class a term of its own (coach.scoring.matcher)."""

from __future__ import annotations

from coach.lang import NUMERAL, Language
from coach.text import phrase_words

from .strength import EXACT


def is_class(word: str) -> bool:
    """A word class named in a keyword phrase ("{feeling}"), not a word."""
    return word[:1] == "{"


class WordClasses:
    """The word classes a rubric's phrases name, each with its term id, and their words."""

    def __init__(self) -> None:
        self.terms: dict[str, int] = {}  # class name -> its term id
        self._forms: dict[str, list[int]] = {}
        self._numerals: list[int] = []

    def index(self, lang: Language) -> None:
        """Index the words of each class named. A class's words are matched as written, never
        by stem: a class lists the forms it means ("cross", not "crossing"). A class the
        language lacks matches nothing (the pack loader reports it at its line)."""
        self._forms, self._numerals = {}, []
        for name, tid in self.terms.items():
            for word in lang.word_classes.get(name, ()):
                if word == NUMERAL:
                    self._numerals.append(tid)
                else:  # (normalised as answers are: Telugu loses its joiners)
                    for form in phrase_words(word)[:1]:
                        self._forms.setdefault(form, []).append(tid)

    def add_matches(self, norm: str, found: dict[int, float]) -> None:
        """Add the class terms an answer word stands for to its keyword-term matches."""
        tids = self._forms.get(norm, ())
        if norm.isdecimal():
            tids = [*tids, *self._numerals]
        for tid in tids:
            found.setdefault(tid, EXACT)
