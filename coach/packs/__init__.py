"""Question packs: YAML in, a validated `Pack` out, or one PackError listing every problem.

Nothing else in coach reads pack files, and pydantic is used nowhere else (a ruff rule).
  models.py   the pack schema (pydantic models; also the JSON Schema of `coach packs schema`)
  pack.py     Pack: a loaded pack and its lookups; `Pack.rubric` is what scoring reads
  loader.py   YAML -> validated Pack, pydantic's errors worded and located FILE:LINE:COL
  checks.py   cross-references pydantic cannot express (undefined criteria, duplicates)
  lookup.py   a pack id -> its file, searching the pack folders in order
"""

from __future__ import annotations

from .loader import load_pack_file, load_pack_text
from .lookup import declared_id, iter_pack_files, load_pack, resolve_pack
from .models import ID_PATTERN, Criterion, Example, PackModel, Part, Question, RedFlag
from .pack import Pack

__all__ = [
    "ID_PATTERN",
    "Criterion",
    "Example",
    "Pack",
    "PackModel",
    "Part",
    "Question",
    "RedFlag",
    "declared_id",
    "iter_pack_files",
    "load_pack",
    "load_pack_file",
    "load_pack_text",
    "resolve_pack",
]
