"""The trainer's one door into the engine: a rubric the engine can score with.

`scoring_pack` builds a validated Pack from drafted plain data only so that the engine can
score with it; once the engine scores a plain rubric, it becomes that rubric (the only place
to change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.packs import Pack


def scoring_pack(data: dict[str, Any]) -> Pack:
    """The drafted pack (plain data, the shape of a pack file) as the engine takes it."""
    from coach.packs import Pack, PackModel

    return Pack(PackModel.model_validate(data))
