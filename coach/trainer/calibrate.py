"""Rubric calibration: run a pack's example answers through the engine and compare with the
trainer's expectations (`earns`, `min_score`, `max_score`).

Pure: returns a `Calibration` that the CLI renders; nothing here prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from coach.records import record
from coach.text import safe_cut

if TYPE_CHECKING:
    from coach.packs import Pack

EXCERPT_CHARS = 90


@record(slots=True)
class Disagreement:
    """One example whose outcome for one criterion differs from what the trainer expects."""

    question: str
    example: int  # 0-based index in the question's examples
    line: int | None  # line of the example in the pack file, when known
    criterion: str
    kind: str  # "false credit" (credited, not expected) or "missed credit" (expected, not credited)
    excerpt: str  # the answer around the evidence, or its beginning
    phrase: str | None  # the phrase that matched, or the nearest one that did not
    strength: float  # that phrase's match strength (0-100)
    evidence: str | None  # the words of the answer it matched
    negated_by: str | None = None  # for a missed credit: the negation cue that cancelled it
    set_aside: str | None = None  # for a missed credit: the judgement rule that set it aside


@record(slots=True)
class TipMiss:
    """A criterion whose tip, said in the first person, does not earn the criterion: a
    candidate who follows the advice word for word would still miss it."""

    criterion: str
    tip: str  # the tip as the candidate would say it


@record(slots=True)
class ScoreMiss:
    """An example whose total score falls outside the trainer's min_score/max_score."""

    question: str
    example: int
    line: int | None
    score: int
    min_score: float | None
    max_score: float | None
    excerpt: str


@dataclass(slots=True)
class CriterionTally:
    """How the examples went for one criterion."""

    id: str
    label: str
    checked: int = 0
    agreed: int = 0
    false_credit: list[Disagreement] = field(default_factory=list)
    missed_credit: list[Disagreement] = field(default_factory=list)


@dataclass(slots=True)
class Calibration:
    """The outcome of calibrating one pack."""

    pack: str
    source: str | None
    examples: int
    criteria: list[CriterionTally]
    score_misses: list[ScoreMiss]
    questions_without_examples: list[str]
    tips_not_earning: list[TipMiss] = field(default_factory=list)

    @property
    def disagreements(self) -> int:
        """Examples-criterion pairs that disagree, plus scores out of their bounds. Tips that do
        not earn their criterion are counted apart (a warning, as in `packs validate`)."""
        return sum(len(t.false_credit) + len(t.missed_credit) for t in self.criteria) + \
            len(self.score_misses)

    @property
    def ok(self) -> bool:
        """Did every example agree with the trainer's expectations?"""
        return self.disagreements == 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (what `coach packs test --json` prints)."""
        data = asdict(self)
        data["ok"] = self.ok
        data["disagreements"] = self.disagreements
        return data


def excerpt(text: str, start: int | None = None, end: int | None = None,
            width: int = EXCERPT_CHARS) -> str:
    """A one-line excerpt of `text` around text[start:end] (or its beginning), cut safely."""
    flat = " ".join(text.split())
    if start is None or end is None:
        cut = safe_cut(flat, width)
        return cut + ("…" if len(cut) < len(flat) else "")
    # Map the span into the flattened text by flattening the prefix the same way.
    prefix = " ".join(text[:start].split())
    if text[:start] and text[start - 1].isspace() and prefix:
        prefix += " "
    span = " ".join(text[start:end].split())
    begin = len(prefix)
    room = max(0, width - len(span))
    left = max(0, begin - room // 2)
    # Do not start inside a grapheme cluster: move left to the cluster's start.
    while left > 0 and safe_cut(flat, left) != flat[:left]:
        left -= 1
    piece = safe_cut(flat[left:], max(width, len(span)))
    return ("…" if left > 0 else "") + piece + ("…" if left + len(piece) < len(flat) else "")


def calibrate(pack: Pack) -> Calibration:
    """Score every example of every question and tally agreement per criterion."""
    from coach.scoring import explain, score_answer

    tallies = {cid: CriterionTally(cid, c.label) for cid, c in pack.criteria.items()}
    used: set[str] = set()
    misses: list[ScoreMiss] = []
    without: list[str] = []
    count = 0
    lines = _example_lines(pack)
    for qi, question in enumerate(pack.questions):
        if not question.examples:
            without.append(question.id)
        for ei, example in enumerate(question.examples):
            count += 1
            line = lines.get((qi, ei))
            result = score_answer(pack, question, example.answer)
            if example.min_score is not None or example.max_score is not None:
                low = example.min_score if example.min_score is not None else 0
                high = example.max_score if example.max_score is not None else 100
                if not low <= result.score <= high:
                    misses.append(ScoreMiss(question.id, ei, line, result.score, example.min_score,
                                            example.max_score, excerpt(example.answer)))
            if "earns" not in example.model_fields_set:
                continue  # the trainer only bounded the score
            expected = set(example.earns)
            rows: list[dict[str, Any]] | None = None
            for crit in result.criteria:
                tally = tallies[crit.id]
                used.add(crit.id)
                tally.checked += 1
                want = crit.id in expected
                if crit.earned == want:
                    tally.agreed += 1
                    continue
                if crit.earned:
                    ev = crit.evidence
                    tally.false_credit.append(Disagreement(
                        question.id, ei, line, crit.id, "false credit",
                        excerpt(example.answer, ev.start if ev else None, ev.end if ev else None),
                        crit.keyword, float(crit.match), ev.text if ev else None))
                    continue
                if rows is None:
                    rows = explain(pack, question, example.answer)
                near = _nearest(rows, crit.id)
                span: dict[str, Any] | None = near["evidence"] if near else None
                negated = crit.negation.text if crit.negated and crit.negation else None
                if (crit.negated or crit.set_aside) and crit.evidence is not None:
                    span = {"start": crit.evidence.start, "end": crit.evidence.end,
                            "text": crit.evidence.text}
                found = crit.negated or crit.set_aside is not None  # shown with its own match
                tally.missed_credit.append(Disagreement(
                    question.id, ei, line, crit.id, "missed credit",
                    excerpt(example.answer, span["start"] if span else None,
                            span["end"] if span else None),
                    (crit.keyword if found else (near["phrase"] if near else None)),
                    float(crit.match if found else (near["strength"] if near else 0)),
                    span["text"] if span else None, negated,
                    crit.set_aside.describe() if crit.set_aside else None))
    criteria = [t for cid, t in tallies.items() if cid in used]
    return Calibration(pack.id, str(pack.source) if pack.source else None, count, criteria, misses,
                       without, tip_misses(pack))


def tip_misses(pack: Pack) -> list[TipMiss]:
    """The criteria whose tip, said in the first person ("Show that you listen" -> "I
    listen"), does not earn the criterion itself."""
    from coach.lang import get_language, in_first_person
    from coach.scoring import detect

    lang = get_language(pack.language)
    misses: list[TipMiss] = []
    for cid, criterion in pack.criteria.items():
        if not criterion.tip.strip():
            continue
        said = in_first_person(criterion.tip, lang)
        if not detect(pack, said, [cid])[cid].earned:
            misses.append(TipMiss(cid, said))
    return misses


def _nearest(rows: list[dict[str, Any]], cid: str) -> dict[str, Any] | None:
    """The criterion's phrase that came closest to matching (highest strength), if any did."""
    best = None
    for row in rows:
        if row["criterion"] == cid and row["evidence"] is not None and \
                (best is None or row["strength"] > best["strength"]):
            best = row
    return best


def _example_lines(pack: Pack) -> dict[tuple[int, int], int]:
    """Line numbers of each example in the pack file, when the pack came from a file."""
    if pack.source is None:
        return {}
    from coach.yamlio import load_yaml_file

    try:
        located = load_yaml_file(pack.source)
    except Exception:  # the file changed or vanished since loading: lines are a nicety
        return {}
    out: dict[tuple[int, int], int] = {}
    for qi, question in enumerate(pack.questions):
        for ei in range(len(question.examples)):
            out[(qi, ei)] = located.where(("questions", qi, "examples", ei))[0]
    return out
