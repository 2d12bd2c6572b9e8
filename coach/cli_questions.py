"""`coach questions`: find and browse questions by pack, tag and text, with the last score and
the next review of each.

Loaded by cli.py only when it runs (see `LazyGroup`). The history is opened read-only: no
history yet means no scores and no due dates, and nothing is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .cli import single_app
from .cli_complete import complete_pack

if TYPE_CHECKING:
    from .packs import Pack


def _packs(ref: str | None) -> list[Pack]:
    """--pack, else every pack the folders hold (broken ones named on stderr and left out)."""
    from .cli import DEFAULT_PACK
    from .errors import CoachError
    from .packs import declared_id, iter_pack_files, load_pack, load_pack_file

    if ref is not None:
        return [load_pack(ref)]
    packs: list[Pack] = []
    seen: set[str] = set()
    broken = 0
    # The default pack first, then the others in lookup order.
    files = sorted(iter_pack_files(), key=lambda found: declared_id(found[1]) != DEFAULT_PACK)
    for _origin, path in files:
        try:
            pack = load_pack_file(path)
        except CoachError:
            broken += 1
            continue
        if pack.id not in seen:  # a pack shadowed by an earlier one with its id is not used
            seen.add(pack.id)
            packs.append(pack)
    if broken:
        from .output.messages import message, plural

        message(f"{plural(broken, 'pack file')} could not be loaded and {'is' if broken == 1 else 'are'} "
                "left out; run `coach packs list` to see why")
    return packs


def questions(
    pack: Annotated[str | None, typer.Option("--pack", "-p", metavar="PACK", autocompletion=complete_pack,
                                             help="Only this pack (id or YAML path; default: every pack).")]
    = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", metavar="TAG",
                                                  help="Only questions with this tag "
                                                       "(repeat for any of several).")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", metavar="TEXT",
                                               help="Only questions whose id, prompt or tags hold "
                                                    "every word of TEXT (any case).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the questions as JSON.")] = False,
) -> None:
    """List questions with their tags, difficulty, last score and when they are next due.

    Examples:

      coach questions

      coach questions --pack customer-service --tag behavioural

      coach questions --search "angry customer" --json
    """
    from .browse import known_tags, question_rows
    from .cli_history import _existing_store, _text_option, _warn_damaged

    packs = _packs(_text_option(pack))
    scores: dict[tuple[str, str], int] = {}
    cards = []
    store = _existing_store()
    if store is not None:
        only = packs[0].id if pack is not None and packs else None
        with store:
            scores = store.latest_scores(only)
            cards = store.cards(only)
            _warn_damaged(store)
    tags = [_text_option(t) or "" for t in tag or []]
    rows = question_rows(packs, scores, cards, tags=tags, search=_text_option(search))
    if json_out:
        from .output.jsonout import print_json

        print_json(rows)
        return
    if not rows:
        from .output.messages import message

        hint = ""
        if tags:
            where = "this pack" if pack else "these packs"
            hint = f"; tags in {where}: {', '.join(known_tags(packs)) or 'none'}"
        message(f"no questions match{hint}")
        return
    from .output.questions import questions_table
    from .output.terminal import console

    console().print(questions_table(rows, {p.id: p.title for p in packs}))


questions_app = single_app(questions, "questions")
