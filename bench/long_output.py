"""Time and size of output for huge inputs: the report of one answer that is a single word
of growing length, and `coach grade --format table` peak memory on many rows.

Run from the repository root:

    python bench/long_output.py            # answers up to 20 MB, 50,000 table rows
    python bench/long_output.py --quick    # up to 2 MB, 5,000 rows

The report renders only the scored 60,000 characters, so its time and size should stay flat
as the answer grows; the table streams, so its peak memory should not grow with the rows.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

from coach.output import feedback
from coach.packs import load_pack
from coach.scoring import score_answer

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"


def report_times(sizes: list[int]) -> None:
    pack = load_pack(str(MINI))
    print("report of a one-word answer (coach score), width 100:")
    for size in sizes:
        answer = "I show empathy. " + "a" * size
        start = time.perf_counter()
        result = score_answer(pack, "meaning", answer)
        scored = time.perf_counter() - start
        out = io.StringIO()
        console = Console(file=out, width=100, markup=False, highlight=False)
        start = time.perf_counter()
        console.print(feedback.score_report(result, prompt="p", title="t", answer=answer))
        shown = time.perf_counter() - start
        print(f"  {size:>12,} chars: score {scored:6.3f} s, render {shown:6.3f} s, "
              f"{len(out.getvalue()):>9,} chars of output")


def table_memory(counts: list[int]) -> None:
    print("coach grade --format table, peak RSS of the process:")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            source = Path(folder) / f"a{count}.jsonl"
            with source.open("w", encoding="utf-8") as handle:
                for i in range(count):
                    handle.write(json.dumps({"id": f"r{i}", "question": "meaning",
                                             "answer": "I show empathy and reply quickly."}) + "\n")
            code = ("import resource, sys; from coach.cli import main; sys.argv = ['coach', 'grade', "
                    f"{str(source)!r}, '-p', {str(MINI)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
                    "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))")
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            took = time.perf_counter() - start
            peak = int(done.stderr.split()[-1]) / 1024
            print(f"  {count:>8,} rows: {took:6.1f} s, peak RSS {peak:6.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    quick = parser.parse_args().quick
    report_times([60_000, 200_000, 2_000_000] if quick else [60_000, 200_000, 2_000_000, 20_000_000])
    table_memory([500, 5_000] if quick else [500, 5_000, 50_000])


if __name__ == "__main__":
    main()
