"""How long choosing a session's questions takes on a huge pack (issue 14: a first session's
varied order, near-duplicates spread), so the ordering stays bounded whatever the pack.

    python bench/select_speed.py [--questions 20000]

Two synthetic packs: varied prompts and tags, and every question the same (every pair a
near-duplicate, the worst case for spreading). For --count 5 and 1000 it prints the time to
build the near-duplicate measure (tokenising and stemming every prompt) and to order.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time


def pack_text(kind: str, n: int) -> str:
    if kind == "varied":
        questions = "".join(f"  - id: q{i}\n    prompt: How do you handle customer problem number {i % 7}?\n"
                            f"    tags: [t{i % 3}, common]\n" for i in range(n))
    else:
        questions = "".join(f"  - id: q{i}\n    prompt: How do you handle an angry customer?\n"
                            "    tags: [same]\n" for i in range(n))
    return (f"pack: big-{kind}\ntitle: Big\nlanguage: en\ncriteria:\n  e:\n    label: E\n"
            f"    keywords: [empathy]\nquestions:\n{questions}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["COACH_HOME"] = home
        from coach.packs.loader import load_pack_text
        from coach.practice import select
        from coach.store import Store
        from coach.variety import Likeness

        with Store.open() as store:
            for kind in ("varied", "same"):
                pack = load_pack_text(pack_text(kind, args.questions), "big.yaml")
                start = time.perf_counter()
                Likeness(pack.questions, pack.language)
                build = time.perf_counter() - start
                for count in (5, 1000):
                    start = time.perf_counter()
                    select(pack, store=store, count=count)
                    took = time.perf_counter() - start
                    print(f"{kind:>6} pack, {args.questions} questions, --count {count:>4}: "
                          f"{took:.2f} s (building the measure alone: {build:.2f} s)")


if __name__ == "__main__":
    main()
