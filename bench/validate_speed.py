"""How long `coach packs validate` takes on large and pathological packs, at 1k/2k/4k/16k.

    python bench/validate_speed.py            # 1,000 / 2,000 / 4,000 / 16,000
    python bench/validate_speed.py --quick    # 1,000 / 2,000 only

Each pack is generated in a temporary folder and checked in this process, as the command
does it (load, then warnings for a pack that loads):

- undefined: a question naming N criteria that are not defined (the pack defines N others),
  so every reference is an error that wants a "did you mean";
- duplicates: N keywords, each word a keyword of two criteria that one question is scored on
  (a warning each);
- repeated: one phrase repeated as the only keyword of N criteria (worst case of the warnings).

Validation must grow about linearly: doubling N should about double the time, not
quadruple it.

Then scoring: one 9,000-word answer (one long sentence of common words) against 5 criteria
of N/5 keyword phrases of 12 such words each (the longest allowed), pack compiled first. The
issue's pack (24-word phrases) is now refused; this is the worst it can still do.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

HEAD = "pack: bench\ntitle: Bench\nlanguage: en\n"


def word(i: int) -> str:
    """A made-up word of 6-12 letters, the same for the same i (a vocabulary of distinct words,
    spread over first letters and lengths as real ones are)."""
    rng = random.Random(i)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 12)))


def undefined_pack(n: int) -> str:
    """A question naming n undefined criteria; the pack defines n others."""
    crit = "".join(f"  crit-{i}:\n    label: C\n    keywords: [{word(i)}]\n" for i in range(n))
    refs = ", ".join(f"missing-{i}" for i in range(n))
    return f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n    criteria: [{refs}]\n"


def duplicates_pack(n: int) -> str:
    """n keywords: n/2 words, each a keyword of both criteria of the one question."""
    words = ", ".join(word(i) for i in range(n // 2))
    crit = "".join(f"  {c}:\n    label: C\n    keywords: [{words}]\n" for c in ("first", "second"))
    return f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n"


def repeated_pack(n: int) -> str:
    """One phrase, the only keyword of each of n criteria, all asked in one question."""
    crit = "".join(f"  c-{i}:\n    label: C\n    keywords: [customer service]\n" for i in range(n))
    return f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n"


COMMON = ["the", "customer", "service", "team", "will", "always", "listen", "and", "explain",
          "what", "we", "can", "do", "to", "help", "them", "with", "their", "problem", "today",
          "because", "good", "support", "means", "clear", "answers", "fast", "honest", "follow",
          "up", "after", "every", "call", "so", "people", "feel", "heard"]


def long_phrases_pack(n: int, words: int = 12) -> str:
    """5 criteria of n/5 phrases of `words` common words each."""
    rng = random.Random(n)
    crit = ""
    for c in range(5):
        kws = ", ".join(" ".join(rng.choice(COMMON) for _ in range(words)) for _ in range(n // 5))
        crit += f"  c{c}:\n    label: C\n    keywords: [{kws}]\n"
    return f"{HEAD}criteria:\n{crit}questions:\n  - id: q\n    prompt: Why?\n"


def score_once(n: int) -> float:
    """Seconds to score one 9,000-word answer against long_phrases_pack(n), compiled."""
    from coach.packs import load_pack_text
    from coach.scoring import score_answer

    pack = load_pack_text(long_phrases_pack(n))
    _ = pack.rubric.matcher
    rng = random.Random(1)
    answer = " ".join(rng.choice(COMMON) for _ in range(9_000))
    start = time.perf_counter()
    score_answer(pack, "q", answer)
    return time.perf_counter() - start


def validate_once(path: Path) -> tuple[float, int, int]:
    """Seconds to load and lint one file as `coach packs validate` does; errors, warnings."""
    from coach.errors import LocatedError
    from coach.packs import load_pack_file
    from coach.trainer.lint import lint

    start = time.perf_counter()
    errors = warnings = 0
    try:
        warnings = len(lint(load_pack_file(path)))
    except LocatedError as exc:
        errors = len(exc.problems)
    return time.perf_counter() - start, errors, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 2,000 only")
    args = parser.parse_args(argv)
    sizes = [1_000, 2_000] if args.quick else [1_000, 2_000, 4_000, 16_000]
    makers = {"undefined": undefined_pack, "duplicates": duplicates_pack, "repeated": repeated_pack}
    print(f"{'case':<11}" + "".join(f"{n:>12,}" for n in sizes))
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in makers.items():
            cells = []
            for n in sizes:
                path = Path(tmp) / f"{name}-{n}.yaml"
                path.write_text(make(n), encoding="utf-8")
                seconds, _errors, _warnings = validate_once(path)
                cells.append(f"{seconds:>11.2f}s")
            print(f"{name:<11}" + "".join(cells), flush=True)
    print(f"{'score':<11}" + "".join(f"{score_once(n):>11.2f}s" for n in sizes), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
