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

from coach.errors import Problem
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
    # coach/scoring/whole.py: why an answer counts as stuffed (inside "Capped at …")
    N_("{hollow} of the {earned} criteria its keywords name are bare keywords (or one keyword over and "
       "over, or one sentence frame said again and again), not said in sentences about what you did"),
    N_("{repeats} of its {clauses} clauses repeat an earlier one word for word"),
    N_("{claims} of its {sentences} sentences only claim a keyword, with nothing said about what you did"),
    N_("{share} of its words that carry meaning are the rubric's keywords, with little said about "
       "what you did"),
    N_("it names the keywords of {criteria} criteria in {words} words that carry meaning, more than a "
       "real answer does, with little said about what you did"),
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
    N_("a trait of the candidate as an employee (“{phrase}”), not shown serving anyone"),
    N_("said of a thing (“{phrase}”), not of the service"),
    N_("said of a task or a colleague (“{phrase}”), not the person served"),
    N_("what others say or expect (“{phrase}”), not what the candidate does"),
    N_("said of someone else (“{phrase}”), not of the candidate"),
    N_("the answer hands the problem off (“{phrase}”)"),
    N_("a bare keyword in an answer that lists rubric words"),
    N_("what the word means (“{phrase}”), not what the candidate does"),
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
    # before the next one, which would match them too
    N_("pack {pack} has no question with tag {tags} and difficulty {difficulty}; its tags: {names}"),
    N_("pack {pack} has no question with tag {tags}; its tags: {names}"),
    N_("pack {pack} has no question with difficulty {difficulty}; its tags: {names}"),
    N_("pack {pack} has no question {question}; {hint}"),
    N_("did you mean {names}?"),
    N_("known packs: {names}"),
    N_("no pack {pack}: --pack takes a pack id, like customer-service"),
    N_("it has: {names}"),
    N_("--since {value}: expected a date like 2026-01-31, a time like 2026-01-31T09:00, or a period like "
       "7d, 2w, 3m, today"),
    N_("--since {value}: too far in the past (dates start at year 1 and periods must end after it)"),
    N_("{path}: no such file"),
    # The rarer core errors: files (coach/fileio.py), the history (coach/store/), the external
    # editor, practice, installing and drafting packs, a language plugin
    N_("{path}: cannot write here ({error})"),
    N_("{path}: is a folder; give a file name"),
    N_("{path}: is not a regular file (a device, pipe or socket); coach writes only regular files; "
       "to write to standard output, use -o -"),
    N_("{path}: is not a regular file (a device, pipe or socket); coach writes only regular files"),
    N_("{path}: already exists; use --force to overwrite it or -o to pick another name"),
    N_("{path}: already exists; use --force to overwrite it"),
    N_("{path}: cannot write the {what} ({error})"),
    N_("{path}: is a folder, not a {what}"),
    N_("{path}: is a folder, not an {what}"),
    N_("{path}: cannot read: {error}"),
    N_("{path}: {what} is {size} bytes, over the {limit}-byte limit (set COACH_MAX_PACK_BYTES to raise it)"),
    N_("{path}: {what} is {size} bytes, over the {limit}-byte limit"),
    N_("{path}: {what} is over the {limit}-byte limit (set COACH_MAX_PACK_BYTES to raise it)"),
    N_("{path}: {what} is over the {limit}-byte limit"),
    N_("{path}: the file is {encoding} text; save it as UTF-8"),
    N_("{path}: looks binary (NUL byte at offset {offset}); expected UTF-8 text"),
    N_("{path}: not UTF-8 text (byte {byte} at offset {offset}); save the file as UTF-8"),
    N_("{path}: the history database is damaged or is not a coach history file ({error}); run `coach "
       "history --repair` to move it aside and start a fresh one (the old file is kept)"),
    N_("{path}: the history database stayed locked by another coach for {seconds} seconds ({error}); "
       "try again"),
    N_("{path}: cannot save practice history ({error})"),
    N_("{path}: was written by a newer coach (migrations {names}); upgrade coach to read it"),
    N_("{path}: attempt #{id} is damaged ({error}); run `coach history --repair` to fix or quarantine it"),
    N_("${variable} ({value}) cannot be read as a command ({error}); set it to your editor's command, "
       "for example `export EDITOR=nano`"),
    N_("--editor needs your editor's command in $VISUAL or $EDITOR (for example `export EDITOR=nano`, "
       "or `export VISUAL='code --wait'`)"),
    N_("cannot run your editor {name} (from ${variable}): {error}"),
    N_("your editor {name} (from ${variable}) exited with status {status}; the answer was not sent "
       "(nothing was written)"),
    N_("your editor {name} (from ${variable}) exited with status {status}; the answer was not sent"),
    # practice --speak: recording (coach/voice/record.py) and keeping recordings (practice_speak.py)
    N_("recording needs the sounddevice package, which is not installed: {command}"),
    N_("recording needs the PortAudio library, which is not installed: {command} (Debian, Ubuntu; "
       "libportaudio2)"),
    N_("recording cannot start: sounddevice cannot be loaded ({error})"),
    N_("no microphone found: the system has no audio input device ({error}); connect one, or check "
       "that `arecord -l` lists it"),
    N_("no microphone found: {device} cannot record; connect one, or check that `arecord -l` lists it"),
    N_("the microphone cannot record at {rate} Hz mono ({error})"),
    N_("{path}: the recording could not be kept ({error}); the answer is saved without it"),
    N_("{path}: pack id {pack} is the id of a bundled pack, which would hide yours; change `pack:` to "
       "a new id"),
    N_("{path}: a pack with id {pack} is already installed at {other}; use --force to replace it"),
    N_("no key terms found in any model answer: nothing to draft"),
    N_("{where}: not a valid pack ({count} problem(s); `coach packs validate` shows them)"),
    N_("language {code} (entry point group {group}) failed to load: {error}"),
    N_("language {code} (entry point group {group}) is not a coach.lang.Language with code {other}"),
)

# A pack file's problems (coach/packs/, coach/yamlio.py; `packs validate` and errors loading a
# pack): the message after FILE:LINE:COLUMN: field.path, which stay as they are.
PROBLEMS = (
    N_("the file holds no data (only null); expected a mapping with pack, title, language, criteria "
       "and questions"),
    N_("the top level is {kind}; expected a mapping with pack, title, language, criteria and questions"),
    N_("the value {value}"),
    N_("unknown field {field}; {hint}"),
    N_("expected one of: {names}"),
    N_("missing required field {field}"),
    N_("the keyword list is empty; give at least one keyword phrase"),
    N_("a question in parts needs at least two parts; with one, list its criteria and `require` on the "
       "question itself"),
    N_("the part has no criteria; list at least one criterion id"),
    N_("{field} is empty; give at least one"),
    N_("{value} is not an ISO 639-1 language code like 'en'"),
    N_("{value} is not a valid id: use lowercase letters, digits and hyphens"),
    N_("must not be empty"),
    N_("{value} is not one of: easy, medium, hard"),
    N_("expected {expected}, got {got}: YAML reads {text} as text; write {number}"),
    N_("expected {expected}, got {got} (quote it)"),
    N_("expected {expected}, got {got}"),
    N_("input should be greater than or equal to {limit}"),
    N_("input should be greater than {limit}"),
    N_("input should be less than or equal to {limit}"),
    N_("… and {count} more problems; fix these first"),
    N_("invalid YAML: a tab in the indentation; YAML indents with spaces only, so replace the tab with "
       "spaces"),
    N_("invalid YAML: a tab character is not allowed here; indent YAML with spaces"),
    N_("invalid YAML: unterminated quoted string: the closing quote is missing"),
    N_("invalid YAML: undefined alias: no anchor (&name) of that name comes before it"),
    N_("invalid YAML: invalid escape sequence in a double-quoted string ({problem})"),
    N_("invalid YAML: {problem}"),
    N_("keyword {phrase} has no words to match"),
    N_("exclusion {phrase} has no words to match"),
    N_("red flag {phrase} has no words to match"),
    N_("only one question can be the starting one; {id} already is (start: true on line {line})"),
    N_("duplicate question id {id} (first on line {line})"),
    N_("require is {require} but the question has only {count} criteria"),
    N_("require is {require} but the pack has only {count} criteria"),
    N_("require is {require} but the part has only {count} criteria"),
    N_("criterion {id} is not one of this question's criteria"),
    N_("min_score {low} is above max_score {high}"),
    N_("a question in parts sets `require` in each part, not for the whole question"),
    N_("criterion {id} is already in part {part}; a criterion belongs to one part"),
    N_("{ids} in no part; every criterion of the question belongs to one part"),
    N_("criterion {id} is not defined under criteria; did you mean {name}?"),
    N_("criterion {id} is not defined under criteria"),
    N_("the phrase has {count} words; at most {limit} are allowed: keep the few words an answer would "
       "say, or split it into shorter phrases"),
    N_("language {code} is not supported yet (supported: {codes})"),
    N_("the file is empty; expected a YAML mapping"),
    N_("character U+{code} is a lone surrogate (not valid Unicode) and not allowed in YAML; remove it"),
    N_("character U+{code} is a control character and not allowed in YAML; remove it"),
    N_("the file holds no data; expected a YAML mapping"),
    N_("expected one YAML document, found several"),
    N_("the document holds more than {count} values; refused"),
    N_("the document expands to more than {count} values (too many aliases?); refused"),
    N_("nesting deeper than {depth} levels (through aliases) is not allowed"),
    N_("nesting deeper than {depth} levels is not allowed"),
    N_("YAML tag {tag} is not allowed; packs hold plain data only"),
    N_("duplicate key {key} (first given on line {line})"),
    N_("number {digits}… is too long ({count} digits)"),
    N_("invalid value {value}: {error}"),
    N_("a mapping key must be a plain name"),
    N_("merge keys (<<) are not supported; write the fields out"),
    N_("an alias refers to a collection that contains it; refused"),
    N_("string should have at most {count} characters"),
    # PyYAML's commonest problems (after "invalid YAML: ")
    N_("mapping values are not allowed in this context"),
    N_("mapping values are not allowed here"),
    N_("did not find expected ',' or ']' (while parsing a flow sequence)"),
    N_("did not find expected key (while parsing a block mapping)"),
    N_("could not find expected ':' (while scanning a simple key)"),
    N_("found character that cannot start any token (while scanning for the next token)"),
    # coach/trainer/lint.py: warnings worth a look
    N_("question {id} has no model_answer; add one so candidates can compare (and `coach packs draft` "
       "can use it)"),
    N_("question {id} has no examples; add a few answers with `earns` so `coach packs test` can "
       "calibrate it"),
    N_("the tip, said by a candidate (“{tip}”), does not earn criterion {id}; reword the tip or add a "
       "keyword phrase it uses"),
    N_("criterion {id} is not used by any question"),
    N_("{phrase} is also a keyword of {id} ({other}, line {line}); an answer saying it earns both "
       "criteria"),
    N_("{phrase} never matters: any answer that says it also matches {other}"),
    N_("{phrase} matches the same answers as {other}; one of them is enough"),
    N_("{phrase} names a fault: a candidate who says they do it would earn {id}, and one who "
       "denies it would read as negated; write it with its negation, as a candidate denies it"),
)

# Typer's usage errors (its copy of Click writes them in English, without gettext).
USAGE = (
    N_("No such option: {option} (Possible options: {options})"),
    N_("No such option: {option}"),
    N_("No such command {name}."),
    N_("Missing command."),
    N_("Missing option {name}."),
    N_("Missing argument {name}."),
    N_("Missing parameter {name}."),
    N_("Missing parameter: {name}"),
    N_("Invalid value for {name}: {message}"),
    N_("Invalid value: {message}"),
    N_("Got unexpected extra argument(s) ({arguments})"),
    N_("Option {option} requires an argument."),
    N_("Option {option} requires {count} arguments."),
    N_("Option {option} does not take a value."),
    N_("Value error, {message}"),
    N_("{value} is not one of {choices}."),
    N_("{value} is not a valid integer."),
    N_("{value} is not a valid float."),
    N_("{value} is not in the range {range}."),
    N_("Input should be a valid integer, unable to parse string as an integer"),
    N_("Input should be a valid number, unable to parse string as a number"),
    N_("Input should be greater than or equal to {limit}"),
    N_("Input should be greater than {limit}"),
    N_("Input should be less than or equal to {limit}"),
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
    # in pack problems ("expected a whole number, got true (a boolean)")
    "text": N_("text"), "a whole number": N_("a whole number"), "a number": N_("a number"),
    "true or false": N_("true or false"), "a list": N_("a list"), "a mapping": N_("a mapping"),
    "text or a whole number": N_("text or a whole number"), "nothing (null)": N_("nothing (null)"),
    "true (a boolean)": N_("true (a boolean)"), "false (a boolean)": N_("false (a boolean)"),
}


# The fields of a template that hold one of WORDS (what a pack problem expected and got).
_WORD_FIELDS = frozenset({"expected", "got", "kind"})


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in (*TEMPLATES, *PROBLEMS, *USAGE):
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
    return _(template).format(**{k: word(v) if k in _WORD_FIELDS and v in WORDS else core_text(v)
                               for k, v in values.items()})


def problem_text(problem: Problem, kind: str = "") -> str:
    """FILE:LINE:COLUMN: field.path: message, the message (after `kind`, "warning: ") in the
    screen language; the place and the field's path stay as written."""
    where = f"{problem.file}:{problem.line}:{problem.column}:"
    path = f" {problem.path}:" if problem.path else ""
    return f"{where}{path} {kind}{core_text(problem.message)}"


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
