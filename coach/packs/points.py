"""A model answer's talking points: per criterion, the phrases of the model answer that earn
it, as the scoring core finds them (the model answer scored against its own rubric), so a
candidate sees what a strong answer says and a trainer sees a criterion it never earns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coach.records import record
from coach.scoring import MATCH_THRESHOLD, Evidence, explain

if TYPE_CHECKING:
    from .models import Question
    from .pack import Pack


@record(slots=True)
class TalkingPoint:
    """One criterion of a question and the spans of its model answer that earn it (none when
    the model answer does not earn it), in order and never overlapping."""

    criterion: str
    label: str
    spans: tuple[Evidence, ...]

    @property
    def earned(self) -> bool:
        """Does the model answer earn this criterion?"""
        return bool(self.spans)

    def to_dict(self) -> dict[str, Any]:
        """`packs show --json`: offsets into the question's model_answer."""
        return {"criterion": self.criterion, "label": self.label, "earned": self.earned,
                "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in self.spans]}


def talking_points(pack: Pack, question: Question) -> list[TalkingPoint]:
    """Every criterion of the question, in the order reports show them, with the spans of its
    model answer that earn it: each keyword phrase's best match in the answer (the engine's
    `explain`) that is strong enough, not negated and not set aside by a judgement rule.
    Empty for a question without a model answer."""
    text = question.model_answer
    if not text.strip():
        return []
    found: dict[str, list[tuple[int, int]]] = {}
    for row in explain(pack, question.id, text):
        evidence = row["evidence"]
        if evidence and row["strength"] >= MATCH_THRESHOLD and not row["negated"] and not row["set_aside"]:
            found.setdefault(row["criterion"], []).append((evidence["start"], evidence["end"]))
    return [TalkingPoint(cid, pack.criteria[cid].label, _merged(text, found.get(cid, [])))
            for cid in pack.question_criteria(question)]


def _merged(text: str, spans: list[tuple[int, int]]) -> tuple[Evidence, ...]:
    """Overlapping or touching spans as one ("follow up" inside "follow up the next day")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(Evidence(start, end, text[start:end]) for start, end in out)
