"""The practice history: one SQLite file in the data folder, with ordered named migrations.

Durability rules (issue 6):

* WAL journal, synchronous=FULL and a busy timeout, so two sessions can write at once and a
  process killed at any moment loses nothing it had committed.
* One transaction per attempt: the attempt row and its scheduling card are written together
  and committed the moment the answer is scored (all or nothing).
* A damaged or foreign file raises StoreCorrupt naming the file and `coach history --repair`;
  the file is never deleted or overwritten. `move_aside()` moves it aside under a timestamped name.
* A folder that cannot be written raises StoreUnavailable, which practice turns into one
  warning and carries on without saving.

Progress is keyed on (pack id, question id), so rewording a question keeps its history.
sqlite3 is used nowhere else in coach (a ruff rule).
  migrations.py  the schema as ordered, named migrations (after simonw/llm's llm/migrations.py)
  database.py    opening safely: WAL, busy timeout, lock, refusing damaged or foreign files
  records.py     Attempt, StoredCriterion and CardRow, what the history holds
  queries.py     Store: attempts, cards and settings, read and written
  deliveries.py  the delivery reports of spoken answers, stored with their attempts
  drafts.py      unsent answers, one per (pack, question), until answered or discarded
  rows.py        checking single rows, and fixing or quarantining damaged ones
  repair.py      whole-file care: check, repair_rows, move_aside
"""

from __future__ import annotations

from .database import StoreCorrupt, StoreUnavailable, db_path, now_iso
from .queries import Store
from .records import Attempt, CardRow, Delivery, StoredCriterion, StoredPause, criteria_summary
from .repair import check, move_aside, repair_rows

__all__ = [
    "Attempt",
    "CardRow",
    "Delivery",
    "Store",
    "StoreCorrupt",
    "StoreUnavailable",
    "StoredCriterion",
    "StoredPause",
    "check",
    "criteria_summary",
    "db_path",
    "move_aside",
    "now_iso",
    "repair_rows",
]
