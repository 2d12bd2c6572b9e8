"""The core's English sentences (scoring notes, length advice, why a match was set aside, the
commonest errors) in the screen language.

The core writes them in English because they also go into JSON and the history, which never
change language. On screen they are matched against the templates below, one per sentence the
core writes (tests/test_i18n.py checks that every sentence the core produces has one), and the
template's translation is filled with the same values. A sentence with no template stays English.
"""

from __future__ import annotations

import re
from functools import cache

from coach.i18n import ENGLISH, N_, _, current, ngettext

TEMPLATES = (
    # coach/scoring/score.py: notes
    N_("The answer is empty: nothing to score."),
    N_("Scored for length: {words} of the {min_words} words this question expects, so the score is "
       "{share} of what the keywords earned."),
    N_("Only the first {scored} of {total} characters were scored."),
    N_("Only the first {scored} of {total} characters were scored; only they are kept in your history."),
    N_("Capped at {cap}: {reason}."),
    N_("This may not answer the question: it shares few words with the question, its model answer or "
       "its examples, and earns no criterion."),
    N_("This may not answer the question: it shares few words with the question, its model answer or "
       "its examples."),
    # coach/scoring/judge.py: why an answer counts as stuffed (inside "Capped at …")
    N_("{hollow} of the {earned} criteria its keywords name are bare keywords (or one keyword over and "
       "over), not said in sentences about what you did"),
    N_("{repeats} of its {clauses} clauses repeat an earlier one word for word"),
    # coach/scoring/score.py: length advice
    N_("Write an answer to get feedback."),
    N_("Aim for {low}-{high} words (one to two minutes spoken)."),
    N_("Add a concrete example; {low}-{high} words is typical."),
    N_("A good length for a spoken answer."),
    N_("Slightly long; tighten it to keep the interviewer with you."),
    N_("Cut it down toward {high} words; long answers ramble."),
    # coach/scoring/results.py: fit_to_expected (a question's min_words leads)
    N_("This question expects at least {expected} words; add a concrete example."),
    N_("Long enough: this question expects {expected} words or more."),
    # coach/scoring/results.py: SetAside.describe
    N_("“{phrase}” is a figure of speech, not a claim"),
    N_("the pack excludes this use (“{phrase}”)"),
    N_("about the candidate's own life (“{phrase}”), not serving people"),
    N_("said of someone else (“{phrase}”), not of the candidate"),
    N_("the answer hands the problem off (“{phrase}”)"),
    N_("a bare keyword in an answer that lists rubric words"),
    # coach/practice.py: notices at the end of a session
    N_("your unsent answer to {question} is kept as a draft; it comes back the next time this question "
       "is asked"),
    N_("the history cannot be written, so your unsent answer to {question} could not be kept; here it "
       "is:\n{draft}"),
    # coach/practice.py: why a rating did not reschedule
    N_("the history cannot be written"),
    N_("the question was reviewed again since"),
    # Errors the core raises most (shown by coach.cli.main, one line each)
    N_("no pack {pack} (looked in bundled, user and COACH_PACKS_PATH folders); {hint}"),
    N_("pack {pack} has no question {question}; {hint}"),
    N_("did you mean {names}?"),
    N_("known packs: {names}"),
    N_("no pack {pack}: --pack takes a pack id, like customer-service"),
    N_("it has: {names}"),
    N_("--since {value}: expected a date like 2026-01-31, a time like 2026-01-31T09:00, or a period like "
       "7d, 2w, 3m, today"),
    N_("--since {value}: too far in the past (dates start at year 1 and periods must end after it)"),
    N_("{path}: no such file"),
)

# Words the core gives as values (Score.length, STAR parts, FSRS ratings, difficulties, a pack
# file's status and origin in `packs list`).
WORDS = {
    "empty": N_("empty"), "very short": N_("very short"), "short": N_("short"),
    "good": N_("good"), "long": N_("long"), "too long": N_("too long"),
    "situation": N_("situation"), "task": N_("task"), "action": N_("action"), "result": N_("result"),
    "Again": N_("Again"), "Hard": N_("Hard"), "Good": N_("Good"), "Easy": N_("Easy"),
    "easy": N_("easy"), "medium": N_("medium"), "hard": N_("hard"),
    "broken": N_("broken"), "unreadable": N_("unreadable"), "skipped": N_("skipped"),
    "bundled": N_("bundled"), "user": N_("user"),
}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in TEMPLATES:
        pieces = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces))
        out.append((re.compile(regex, re.DOTALL), template))
    return tuple(out)


def template_of(text: str) -> tuple[str, dict[str, str]] | None:
    """The template a core sentence was written from, and its values; None if it has none."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(text)
        if found:
            return template, found.groupdict()
    return None


def core_text(text: str) -> str:
    """A sentence of the scoring core in the screen language (unchanged in English)."""
    if current() == ENGLISH:
        return text
    found = template_of(text)
    if found is None:
        return text
    template, values = found
    return _(template).format(**{k: core_text(v) for k, v in values.items()})


def waiting_time(text: str) -> str:
    """coach.schedule.next_review's words ("now", "in 3 days") in the screen language."""
    if text == "now":
        return _("now")
    found = re.fullmatch(r"in (\d+) (day|hour|minute)s?", text)
    if found is None:
        return text
    count, unit = int(found.group(1)), found.group(2)
    if unit == "day":
        return ngettext("in {count} day", "in {count} days", count).format(count=count)
    if unit == "hour":
        return ngettext("in {count} hour", "in {count} hours", count).format(count=count)
    return ngettext("in {count} minute", "in {count} minutes", count).format(count=count)


def word(value: str) -> str:
    """A word the core gives as a value ("short", "situation", "Hard") in the screen language."""
    known = WORDS.get(value)
    return value if known is None else _(known)
