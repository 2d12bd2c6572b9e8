"""Unsent answers: one draft per (pack id, question id), kept until that question is answered,
the draft is discarded, or a newer draft replaces it (issue 14: never lose what was typed).
"""

from __future__ import annotations

from coach.records import record

from .database import Database, now_iso


@record(slots=True)
class Draft:
    """An answer typed but not sent, and when it was kept (ISO 8601 UTC)."""

    pack: str
    question: str
    text: str
    saved: str


def save_draft(store: Database, pack: str, question: str, text: str) -> None:
    """Keep `text` as the question's draft, replacing any older one."""
    with store.transaction() as db:
        db.execute("INSERT INTO drafts (pack, question, text, saved) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (pack, question) DO UPDATE SET text = excluded.text, "
                   "saved = excluded.saved", (pack, question, text, now_iso()))


def get_draft(store: Database, pack: str, question: str) -> Draft | None:
    """The question's draft, or None (also for a file opened read-only before migration 5)."""
    if "drafts" not in store.tables:
        return None
    with store._errors():
        row = store.db.execute("SELECT pack, question, text, saved FROM drafts WHERE pack = ? AND "
                               "question = ?", (pack, question)).fetchone()
    # A row edited by hand into something that is not text is no draft to offer.
    if row is None or not all(isinstance(value, str) for value in row):
        return None
    return Draft(*row)


def delete_draft(store: Database, pack: str, question: str) -> None:
    """Forget the question's draft (answered, or discarded on purpose); no draft is no error."""
    with store.transaction() as db:
        db.execute("DELETE FROM drafts WHERE pack = ? AND question = ?", (pack, question))


def drafts(store: Database) -> list[Draft]:
    """Every kept draft, oldest first."""
    if "drafts" not in store.tables:
        return []
    with store._errors():
        rows = store.db.execute("SELECT pack, question, text, saved FROM drafts ORDER BY saved").fetchall()
    return [Draft(*row) for row in rows if all(isinstance(value, str) for value in row)]
