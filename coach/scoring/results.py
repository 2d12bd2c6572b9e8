"""What scoring returns: a Score and its parts (criteria, red flags, parts, word counts, the
evidence for each), JSON-ready with `to_dict` and rebuilt from stored data with `from_dict`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field, fields
from typing import TYPE_CHECKING, Any

from coach.records import record

if TYPE_CHECKING:
    from coach.tokens import Tokens

# The rules that can keep a found keyword from earning (coach.scoring.aside).
RULES = ("idiom", "exclusion", "sense", "trait", "thing", "object", "hearsay", "subject", "deflection",
         "stuffing", "definition")


@record(slots=True)
class Evidence:
    """Where in the original answer something was found: text[start:end] == text."""

    start: int
    end: int
    text: str


def evidence_of(tokens: Tokens, first: int, last: int) -> Evidence:
    """The evidence for tokens first..last: their place and text in the original answer."""
    start, end = tokens.span(first)[0], tokens.span(last)[1]
    return Evidence(start, end, tokens.text[start:end])


def fit_to_expected(length: str, advice: str, words: int, expected: int | None) -> tuple[str, str]:
    """The length verdict and advice, following the question's `min_words` where the pack sets
    one: "aim for 150-300 words" above "13 of the 80 words this question expects" would
    contradict itself. Pure, on stored fields, so old attempts read the same way."""
    if not expected or words == 0:
        return length, advice
    if words < expected:
        verdict = "very short" if words < expected / 2 else "short"
        return verdict, f"This question expects at least {expected} words; add a concrete example."
    if length in ("very short", "short") or (length in ("long", "too long") and words <= 2 * expected):
        return "good", f"Long enough: this question expects {expected} words or more."
    return length, advice


@record(slots=True)
class SetAside:
    """Why a keyword match earned nothing: the rule and the words that triggered it."""

    rule: str  # one of RULES
    phrase: str  # the idiom, exclusion, sense phrase, subject or deflection found
    start: int  # where the trigger stands in the answer (character offsets)
    end: int

    def describe(self) -> str:
        """One line for reports: what set the match aside and why."""
        return {
            "idiom": f"“{self.phrase}” is a figure of speech, not a claim",
            "exclusion": f"the pack excludes this use (“{self.phrase}”)",
            "sense": f"about the candidate's own life (“{self.phrase}”), not serving people",
            "trait": f"a trait of the candidate as an employee (“{self.phrase}”), not shown "
                     "serving anyone",
            "thing": f"said of a thing (“{self.phrase}”), not of the service",
            "object": f"said of a task or a colleague (“{self.phrase}”), not the person served",
            "hearsay": f"what others say or expect (“{self.phrase}”), not what the candidate does",
            "subject": f"said of someone else (“{self.phrase}”), not of the candidate",
            "deflection": f"the answer hands the problem off (“{self.phrase}”)",
            "stuffing": "a bare keyword in an answer that lists rubric words",
            "definition": f"what the word means (“{self.phrase}”), not what the candidate does",
        }[self.rule]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready, with the one-line reason (`--json`, `--explain`)."""
        return {"rule": self.rule, "phrase": self.phrase, "start": self.start, "end": self.end,
                "why": self.describe()}


@record(slots=True)
class CriterionResult:
    """One criterion of the question: earned, negated or missed, and the evidence for it."""

    id: str
    label: str
    weight: float
    earned: bool
    negated: bool
    keyword: str | None
    match: int
    evidence: Evidence | None
    negation: Evidence | None
    tip: str
    nearest: str | None = None
    # Set when the keyword was found but a judgement rule kept it from counting.
    set_aside: SetAside | None = None
    # The evidence as token positions (first, last), for whole-answer judgements; not output.
    evidence_tokens: tuple[int, int] | None = field(default=None, repr=False, compare=False)


@record(slots=True)
class RedFlagResult:
    """A red-flag phrase the answer says, and what it costs."""

    phrase: str
    why: str
    penalty: float
    evidence: Evidence


@record(slots=True)
class WordCount:
    """A filler or hedge phrase and how often it occurs."""

    text: str
    count: int


@record(slots=True)
class PartResult:
    """How much of one part of a multi-part question an answer covered."""

    label: str
    criteria: list[str]
    earned_weight: float
    needed_weight: float
    coverage: float  # 0-1: earned over needed weight, capped


@record(slots=True)
class Score:
    """The full result of scoring one answer to one question."""

    pack: str
    question: str
    score: int
    earned_weight: float
    needed_weight: float
    penalty: float
    criteria: list[CriterionResult]
    red_flags: list[RedFlagResult]
    words: int
    length: str
    length_advice: str
    fillers: list[WordCount]
    hedges: list[WordCount]
    star: dict[str, Evidence | None] | None
    truncated: bool = False
    scored_chars: int = 0
    empty: bool = False
    notes: list[str] = field(default_factory=list)
    # The pack's optional `min_words`: the score was multiplied by words / min_words (< 1).
    length_factor: float = 1.0
    min_words: int | None = None
    # Set for a question in parts: the score is the mean of their coverage.
    parts: list[PartResult] = field(default_factory=list)
    # Why the score was capped as keyword stuffing (coach.scoring.judge), if it was.
    stuffing: str | None = None
    # The answer shares almost nothing with the question: it never rates Good or Easy.
    off_topic: bool = False
    # The share of the answer's content words that the question's texts use (None: too short).
    topic_share: float | None = None

    @property
    def earned(self) -> list[CriterionResult]:
        """The criteria the answer earned."""
        return [c for c in self.criteria if c.earned]

    @property
    def missed(self) -> list[CriterionResult]:
        """The criteria the answer did not earn (negated ones included)."""
        return [c for c in self.criteria if not c.earned]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (the shape `--json` prints): every field in order, nested
        results as dicts (a set-aside with its reason), evidence tokens left out."""
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Score:
        """A result as stored with an attempt (`to_dict`, checked by coach.store's row checks)
        as a Score again. Fields an older coach did not store take their defaults; a set-aside
        rule this coach does not know is dropped (the criterion then shows as not found)."""
        criteria = [CriterionResult(
            id=str(c.get("id", "")), label=c["label"], weight=float(c.get("weight", 1.0)),
            earned=c["earned"], negated=c["negated"], keyword=c.get("keyword"), match=c["match"],
            evidence=_stored_evidence(c.get("evidence")), negation=_stored_evidence(c.get("negation")),
            tip=c.get("tip") or "", nearest=c.get("nearest"),
            set_aside=_stored_set_aside(c.get("set_aside")))
            for c in data["criteria"]]
        flags = [RedFlagResult(str(f.get("phrase", "")), f.get("why") or "", f["penalty"],
                               _stored_span(f["evidence"]))
                 for f in data["red_flags"]]
        star = data.get("star")
        return cls(
            pack=str(data.get("pack", "")), question=str(data.get("question", "")), score=data["score"],
            earned_weight=float(data.get("earned_weight", 0.0)),
            needed_weight=float(data.get("needed_weight", 0.0)), penalty=float(data.get("penalty", 0.0)),
            criteria=criteria, red_flags=flags, words=data["words"], length=data["length"],
            length_advice=data["length_advice"],
            fillers=[WordCount(i["text"], i["count"]) for i in data["fillers"]],
            hedges=[WordCount(i["text"], i["count"]) for i in data["hedges"]],
            star=None if star is None else {str(k): _stored_span(v) if v else None for k, v in star.items()},
            truncated=bool(data.get("truncated", False)),
            scored_chars=data["scored_chars"] if isinstance(data.get("scored_chars"), int) else 0,
            empty=bool(data.get("empty", False)), notes=list(data.get("notes", [])),
            parts=[PartResult(p.get("label") or "", list(p.get("criteria") or []),
                              float(p.get("earned_weight", 0.0)), float(p.get("needed_weight", 0.0)),
                              float(p["coverage"])) for p in data.get("parts") or []],
            off_topic=bool(data.get("off_topic", False)))


# Values written as they are. Everything in a Score is one of these, a list or dict of them, or
# one of the result dataclasses above (walked field by field below).
_ATOMS = frozenset({str, int, float, bool, type(None)})
_NOT_OUTPUT = frozenset({"evidence_tokens"})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_WRITERS: dict[type, Callable[[Any], dict[str, Any]]] = {}  # filled by compile_writers


def _plain(value: Any) -> Any:
    """A result as plain data: what dataclasses.asdict gives, without its deep copy of every
    value (immutable here: strings, numbers, None) and with the `to_dict` of a SetAside.
    About a fifth of `coach grade --format json` went to asdict's copies. A value that is an
    atom (most are) is taken as it is, without a call."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [v if type(v) in _ATOMS else _plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _ATOMS else _plain(v) for k, v in value.items()}
    if kind is tuple:
        return tuple(v if type(v) in _ATOMS else _plain(v) for v in value)
    if kind is SetAside:
        return value.to_dict()
    write = _WRITERS.get(kind)
    if write is not None:
        return write(value)
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value) if f.name not in _NOT_OUTPUT)
    return {name: v if type(v := getattr(value, name)) in _ATOMS else _plain(v) for name in names}


def compile_writers() -> None:
    """Before writing many results (`coach grade`, coach.pack_cache.ready_for_many): compile,
    for each record a Score holds, a function that writes it as _plain does, each field read
    once by name. It takes half the instructions of _plain's comprehension (~135 thousand
    less per `--format json` row), and compiling them all costs some 7 million once: worth it
    over a batch, not for one `coach score --json`."""
    for kind in (Score, CriterionResult, Evidence, RedFlagResult, WordCount, PartResult):
        if kind not in _WRITERS:
            _WRITERS[kind] = _writer(kind)


def _writer(kind: type) -> Callable[[Any], dict[str, Any]]:
    names = [f.name for f in fields(kind) if f.name not in _NOT_OUTPUT]
    reads = "".join(f"    x{i} = record.{name}\n" for i, name in enumerate(names))
    items = ", ".join(f"{name!r}: x{i} if type(x{i}) in atoms else walk(x{i})"
                      for i, name in enumerate(names))
    scope: dict[str, Any] = {"atoms": _ATOMS, "walk": _plain}
    exec(f"def write(record):\n{reads}    return {{{items}}}\n", scope)
    return scope["write"]  # type: ignore[no-any-return]


def _stored_evidence(data: Any) -> Evidence | None:
    return _stored_span(data) if isinstance(data, dict) else None


def _stored_span(data: Any) -> Evidence:
    """Stored evidence (checked by coach.store's row checks); anything else, an empty span."""
    if isinstance(data, dict) and {"start", "end", "text"} <= data.keys():
        return Evidence(int(data["start"]), int(data["end"]), str(data["text"]))
    return Evidence(0, 0, "")


def _stored_set_aside(value: Any) -> SetAside | None:
    if not (isinstance(value, dict) and value.get("rule") in RULES):
        return None
    return SetAside(value["rule"], str(value.get("phrase", "")), int(value.get("start", 0)),
                    int(value.get("end", 0)))
