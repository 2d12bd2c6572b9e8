"""What the history says: statistics, score timelines, criteria gained or lost. Pure functions.

Takes stored attempts and cards (coach/store/) and returns plain JSON-ready data that
`coach history`, `coach stats` and `coach export` print, render or write; `stored_score`
turns a stored result back into the Score it was, so it is shown as `coach score` shows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .errors import CoachError

if TYPE_CHECKING:
    from .scoring import Score
    from .store import Attempt, CardRow

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


def changes(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list[str]]:
    """Criteria gained and lost between two attempts at the same question (ids)."""
    if before is None:
        return {"gained": [], "lost": []}
    was = {c["id"] for c in before["criteria"] if c["earned"]}
    now = {c["id"] for c in after["criteria"] if c["earned"]}
    return {"gained": sorted(now - was), "lost": sorted(was - now)}


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One attempt at a question in its timeline: the change of score and of criteria since
    the attempt before it (None and nothing for the first)."""

    id: int
    created: str
    score: int
    change: int | None
    gained: list[str]
    lost: list[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (`coach history show --json`)."""
        return asdict(self)


def timeline(attempts: Sequence[Attempt]) -> list[TimelineRow]:
    """Every attempt at one question, oldest first, with the criteria gained or lost each time."""
    rows: list[TimelineRow] = []
    previous: Attempt | None = None
    for attempt in attempts:
        delta = changes({"criteria": previous.criteria} if previous else None,
                        {"criteria": attempt.criteria})
        rows.append(TimelineRow(attempt.id, attempt.created, attempt.score,
                                None if previous is None else attempt.score - previous.score,
                                delta["gained"], delta["lost"]))
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


def _criteria_rates(attempts: Sequence[Attempt]) -> dict[str, dict[str, Any]]:
    rates: dict[str, dict[str, Any]] = {}
    for attempt in attempts:
        for crit in attempt.criteria:
            key = crit["id"]
            entry = rates.setdefault(key, {"id": key, "label": crit["label"], "tip": crit.get("tip", ""),
                                           "seen": 0, "earned": 0})
            entry["seen"] += 1
            entry["earned"] += 1 if crit["earned"] else 0
            entry["label"], entry["tip"] = crit["label"], crit.get("tip", "") or entry["tip"]
    return rates


def stats(attempts: Sequence[Attempt], cards: Sequence[CardRow], *, now: datetime | None = None,
          pack: str | None = None) -> dict[str, Any]:
    """`coach stats`: totals, per-criterion earn rates (all time, last 30 days), daily scores,
    due questions and streaks."""
    now = now or datetime.now(UTC)
    recent_from = now - timedelta(days=RECENT_DAYS)
    recent = [a for a in attempts if datetime.fromisoformat(a.created) >= recent_from]
    all_rates, recent_rates = _criteria_rates(attempts), _criteria_rates(recent)
    criteria = []
    for cid, entry in sorted(all_rates.items()):
        last = recent_rates.get(cid)
        criteria.append({
            **entry, "rate": round(entry["earned"] / entry["seen"], 3),
            "recent_seen": last["seen"] if last else 0,
            "recent_earned": last["earned"] if last else 0,
            "recent_rate": round(last["earned"] / last["seen"], 3) if last else None,
        })

    def current(c: dict[str, Any]) -> float:  # the last 30 days when there are any, else all time
        return c["recent_rate"] if c["recent_rate"] is not None else c["rate"]

    weakest = sorted((c for c in criteria if current(c) < 1),
                     key=lambda c: (current(c), c["rate"], c["id"]))[:3]
    daily: dict[date, list[int]] = {}
    for attempt in attempts:
        daily.setdefault(local_day(attempt.created), []).append(attempt.score)
    from .schedule import parse_due

    due = [{"pack": c.pack, "question": c.question, "due": c.due} for c in cards
           if parse_due(c.due) <= now]
    scores = [a.score for a in attempts]
    return {
        "pack": pack,
        "attempts": len(attempts),
        "questions": len({(a.pack, a.question) for a in attempts}),
        "average": round(sum(scores) / len(scores), 1) if scores else None,
        "best": max(scores) if scores else None,
        "recent_attempts": len(recent),
        "recent_average": round(sum(a.score for a in recent) / len(recent), 1) if recent else None,
        "criteria": criteria,
        "weakest": [{"id": c["id"], "label": c["label"], "rate": c["rate"],
                     "recent_rate": c["recent_rate"], "tip": c["tip"]} for c in weakest],
        "daily": [{"date": day.isoformat(), "attempts": len(s), "average": round(sum(s) / len(s), 1),
                   "best": max(s)} for day, s in sorted(daily.items())],
        "scores": [{"id": a.id, "created": a.created, "score": a.score} for a in attempts],
        "due": due,
        "streak": streaks(set(daily), now.astimezone().date()),
    }
