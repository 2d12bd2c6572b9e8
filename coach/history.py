"""What the history says: statistics, score timelines, criteria gained or lost. Pure functions.

Takes stored attempts and cards (coach/store/) and returns typed results (`Stats`,
`TimelineRow`) that `coach history`, `coach stats` and `coach export` render or write; `stored_score`
turns a stored result back into the Score it was, so it is shown as `coach score` shows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from coach.records import record

from .errors import CoachError

if TYPE_CHECKING:
    from .scoring import Score
    from .store import Attempt, CardRow, StoredCriterion

RECENT_DAYS = 30
_RELATIVE = re.compile(r"^(\d+)\s*([dwmy])$")


class SinceError(CoachError, ValueError):
    """A --since value that is neither a date nor a relative period."""


def parse_since(value: str, now: datetime | None = None) -> str:
    """--since as an ISO UTC timestamp: 2026-01-31, 2026-01-31T09:00, 7d, 2w, 3m, 1y, today, yesterday."""
    try:
        cutoff = _parse_since(value, now or datetime.now(UTC))
        datetime.fromisoformat(cutoff).astimezone()  # export shows it in local time
        return cutoff
    except (OverflowError, ValueError) as exc:  # 99999999d, 0001-01-01: past what a date can hold
        if isinstance(exc, SinceError):
            raise
        raise SinceError(f"--since {value!r}: too far in the past (dates start at year 1 and "
                         "periods must end after it)") from None


def _parse_since(value: str, now: datetime) -> str:
    text = value.strip().lower()
    local_midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    if text in ("today", "yesterday"):
        start = local_midnight - timedelta(days=1 if text == "yesterday" else 0)
        return start.astimezone(UTC).isoformat(timespec="microseconds")
    match = _RELATIVE.match(text)
    if match:
        n, unit = int(match.group(1)), match.group(2)
        days = n * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]
        return (now - timedelta(days=days)).isoformat(timespec="microseconds")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise SinceError(f"--since {value!r}: expected a date like 2026-01-31, a time like "
                         "2026-01-31T09:00, or a period like 7d, 2w, 3m, today") from None
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # a plain date or time means local time
    return parsed.astimezone(UTC).isoformat(timespec="microseconds")


def stored_score(data: dict[str, Any]) -> Score:
    """A result as stored with an attempt as a Score again (coach.scoring.Score.from_dict)."""
    from .scoring import Score

    return Score.from_dict(data)


def local_day(created: str) -> date:
    """The local calendar day an attempt was made."""
    return datetime.fromisoformat(created).astimezone().date()


def changes(before: Sequence[StoredCriterion] | None,
            after: Sequence[StoredCriterion]) -> dict[str, list[str]]:
    """Criteria gained and lost between two attempts at the same question (ids)."""
    if before is None:
        return {"gained": [], "lost": []}
    was = {c.id for c in before if c.earned}
    now = {c.id for c in after if c.earned}
    return {"gained": sorted(now - was), "lost": sorted(was - now)}


@record(slots=True)
class TimelineRow:
    """One attempt at a question in its timeline: the change of score and of criteria since
    the attempt before it (None and nothing for the first)."""

    id: int
    created: str
    score: int
    change: int | None
    gained: list[str]
    lost: list[str]
    # Criterion id -> label, as stored with the attempts, for the criteria gained or lost:
    # what a person reads (the ids stay in the JSON, which scripts read).
    labels: dict[str, str] = field(default_factory=dict, compare=False)

    def label(self, criterion: str) -> str:
        """A gained or lost criterion's label (its id when none was stored)."""
        return self.labels.get(criterion) or criterion

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (`coach history show --json`)."""
        data = asdict(self)
        del data["labels"]
        return data


def timeline(attempts: Sequence[Attempt]) -> list[TimelineRow]:
    """Every attempt at one question, oldest first, with the criteria gained or lost each time."""
    rows: list[TimelineRow] = []
    previous: Attempt | None = None
    for attempt in attempts:
        delta = changes(previous.criteria if previous else None, attempt.criteria)
        labels = {c.id: c.label for c in (previous.criteria if previous else ())}
        labels.update((c.id, c.label) for c in attempt.criteria)
        changed = set(delta["gained"]) | set(delta["lost"])
        rows.append(TimelineRow(attempt.id, attempt.created, attempt.score,
                                None if previous is None else attempt.score - previous.score,
                                delta["gained"], delta["lost"],
                                {cid: label for cid, label in labels.items() if cid in changed}))
        previous = attempt
    return rows


def streaks(days: set[date], today: date) -> dict[str, int]:
    """Day streaks: current (ending today, or yesterday if not practised yet today) and longest."""
    longest = run = 0
    last: date | None = None
    for day in sorted(days):
        run = run + 1 if last is not None and day - last == timedelta(days=1) else 1
        longest = max(longest, run)
        last = day
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return {"current": current, "longest": longest}


@record(slots=True)
class CriterionRate:
    """How often one criterion was earned: all time, and in the last RECENT_DAYS days (None
    when it was not met then)."""

    id: str
    label: str
    tip: str
    seen: int
    earned: int
    rate: float
    recent_seen: int
    recent_earned: int
    recent_rate: float | None

    @property
    def current(self) -> float:
        """The recent rate when there is one, else the all-time rate."""
        return self.recent_rate if self.recent_rate is not None else self.rate


@record(slots=True)
class WeakSpot:
    """One of the (at most three) criteria most worth working on, with its tip."""

    id: str
    label: str
    rate: float
    recent_rate: float | None
    tip: str


@record(slots=True)
class Day:
    """One local calendar day of practice."""

    date: str
    attempts: int
    average: float
    best: int


@record(slots=True)
class ScorePoint:
    """One attempt's score, for the chart of every attempt."""

    id: int
    created: str
    score: int


@record(slots=True)
class Due:
    """A question due for review."""

    pack: str
    question: str
    due: str


@record(slots=True)
class Streak:
    """Day streaks: the current one and the longest."""

    current: int
    longest: int


@record(slots=True)
class PaceWeek:
    """The spoken answers of one week (starting Monday, local time): how many, their median
    words per minute, their long pauses and how many ran over the time limit."""

    week: str
    attempts: int
    words_per_minute: float
    long_pauses: int
    over_limit: int


def pace(attempts: Sequence[Attempt]) -> tuple[PaceWeek, ...]:
    """Pace over time: per week with spoken answers, the median words per minute."""
    from statistics import median

    weeks: dict[date, list[Attempt]] = {}
    for attempt in attempts:
        if attempt.delivery is not None:
            day = local_day(attempt.created)
            weeks.setdefault(day - timedelta(days=day.weekday()), []).append(attempt)
    return tuple(PaceWeek(week.isoformat(), len(spoken),
                          round(median(a.delivery.words_per_minute for a in spoken if a.delivery), 1),
                          sum(len(a.delivery.pauses) for a in spoken if a.delivery),
                          sum(1 for a in spoken if a.delivery and a.delivery.over_limit_seconds > 0))
                 for week, spoken in sorted(weeks.items()))


@record(slots=True)
class Stats:
    """What `coach stats` and `coach export` show; `to_dict` is the `stats --json` document."""

    pack: str | None
    attempts: int
    questions: int
    average: float | None
    best: int | None
    recent_attempts: int
    recent_average: float | None
    criteria: tuple[CriterionRate, ...]
    weakest: tuple[WeakSpot, ...]
    daily: tuple[Day, ...]
    scores: tuple[ScorePoint, ...]
    due: tuple[Due, ...]
    streak: Streak
    pace: tuple[PaceWeek, ...] = ()  # spoken answers only (practice --speak)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, in the documented order of fields."""
        return asdict(self)


def _criteria_rates(attempts: Sequence[Attempt]) -> dict[str, dict[str, Any]]:
    rates: dict[str, dict[str, Any]] = {}
    for attempt in attempts:
        for crit in attempt.criteria:
            entry = rates.setdefault(crit.id, {"label": crit.label, "tip": crit.tip, "seen": 0,
                                               "earned": 0})
            entry["seen"] += 1
            entry["earned"] += 1 if crit.earned else 0
            entry["label"], entry["tip"] = crit.label, crit.tip or entry["tip"]
    return rates


def stats(attempts: Sequence[Attempt], cards: Sequence[CardRow], *, now: datetime | None = None,
          pack: str | None = None) -> Stats:
    """`coach stats`: totals, per-criterion earn rates (all time, last 30 days), daily scores,
    due questions and streaks."""
    now = now or datetime.now(UTC)
    recent_from = now - timedelta(days=RECENT_DAYS)
    recent = [a for a in attempts if datetime.fromisoformat(a.created) >= recent_from]
    all_rates, recent_rates = _criteria_rates(attempts), _criteria_rates(recent)
    criteria: list[CriterionRate] = []
    for cid, entry in sorted(all_rates.items()):
        last = recent_rates.get(cid)
        criteria.append(CriterionRate(
            cid, entry["label"], entry["tip"], entry["seen"], entry["earned"],
            round(entry["earned"] / entry["seen"], 3),
            last["seen"] if last else 0, last["earned"] if last else 0,
            round(last["earned"] / last["seen"], 3) if last else None))
    weakest = sorted((c for c in criteria if c.current < 1),
                     key=lambda c: (c.current, c.rate, c.id))[:3]
    daily: dict[date, list[int]] = {}
    for attempt in attempts:
        daily.setdefault(local_day(attempt.created), []).append(attempt.score)
    from .schedule import parse_due

    scores = [a.score for a in attempts]
    return Stats(
        pack=pack,
        attempts=len(attempts),
        questions=len({(a.pack, a.question) for a in attempts}),
        average=round(sum(scores) / len(scores), 1) if scores else None,
        best=max(scores) if scores else None,
        recent_attempts=len(recent),
        recent_average=round(sum(a.score for a in recent) / len(recent), 1) if recent else None,
        criteria=tuple(criteria),
        weakest=tuple(WeakSpot(c.id, c.label, c.rate, c.recent_rate, c.tip) for c in weakest),
        daily=tuple(Day(day.isoformat(), len(s), round(sum(s) / len(s), 1), max(s))
                    for day, s in sorted(daily.items())),
        scores=tuple(ScorePoint(a.id, a.created, a.score) for a in attempts),
        due=tuple(Due(c.pack, c.question, c.due) for c in cards if parse_due(c.due) <= now),
        streak=Streak(**streaks(set(daily), now.astimezone().date())),
        pace=pace(attempts),
    )
