"""Speed and memory of coach, every comparison in one run, each figure printed beside its target.

Run from the repository root after `pip install .` into a fresh virtual environment (an
editable install under PYTHONDONTWRITEBYTECODE recompiles coach at every start, which skews
the start-up figures):

    python bench/speed.py                 # the full run (about fifteen minutes on two cores)
    python bench/speed.py --quick         # smaller batches, for a smoke test

What it measures (in-process: one Python process calls coach's functions; end to end: whole
`coach` processes, start-up, reading and writing included, as a user runs them):

- feedback latency (in-process): `score_answer` on distinct 300-word answers with fresh
  vocabulary against the question with the most criteria, after `ready_for_many` (what
  `coach grade` does after loading a pack: compile, then gc.freeze); median and p99 of the
  least disturbed of --rounds passes, and the full garbage collections seen during it;
- `coach grade --format json` end to end on 5,000 such answers, as a user runs it (the default
  --jobs: one worker per CPU) and with --jobs 1, against two naive graders run the same way (a
  process that reads the same file and writes a JSON line per answer): every keyword phrase
  and red flag checked with rapidfuzz `partial_ratio >= 85`, and by an exact substring scan.
  Paired rounds, the order shuffled in each; min/median/max of the times and of the per-round
  ratios; the targets are judged on the median ratio of the default (--jobs 1 is printed for
  comparison). The CPU times are printed too, and the
  load average: on a machine other work keeps busy, workers wait for a CPU;
- engine throughput (in-process): the same answers through score_answer and the baselines;
- memory: peak RSS of `coach grade --format json` on 10,000 and 100,000 answers with fresh
  vocabulary (every answer brings new words, so word caches never stop meeting new words);
- start-up (end to end): `coach score` of one answer on the bundled pack (warm cache), next to
  Python's own start, a one-command Typer app (what `coach score` paid before it read plain
  command lines without Typer) and `coach --version`.

`--only SECTION…` runs some sections (latency, grade, throughput, memory, startup).

Fresh vocabulary: each answer is shuffled sentences from the pack's model answers and the
labelled answers of bench/data, with 5 of its 300 words replaced by words never seen before
(2 invented names, 3 typos of the words there): about what Heaps' law predicts for English
text some thousands of answers into a batch. The files are written in a temporary folder and
deleted afterwards.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"

TARGET_MEDIAN_MS = 1.0
TARGET_P99_MS = 3.0
TARGET_OVER_FUZZY = 3.0  # coach grade at least this many times faster than partial_ratio
TARGET_OVER_EXACT = 2.0  # and at most this many times slower than the substring scan
TARGET_RSS_MB = 150.0
TARGET_SCORE_MS = 200.0
WORDS = 300
FRESH_PER_ANSWER = 5

SECTIONS = ["latency", "grade", "throughput", "memory", "startup"]

_SENTENCE = re.compile(r"[^.!?]+[.!?]")


# -- inputs --------------------------------------------------------------------------------------


def pack_file(pack_id: str) -> Path:
    """The pack file: the source checkout's questions/ first, else the installed bundle."""
    local = ROOT / "questions" / f"{pack_id}.yaml"
    if local.is_file():
        return local
    from coach.packs import resolve_pack

    return resolve_pack(pack_id)


def sentences(pack: Any) -> list[str]:
    """Realistic sentences: the pack's model answers and the labelled answers in its language."""
    texts = [q.model_answer for q in pack.questions if q.model_answer]
    for path in sorted(DATA.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if raw.get("language") == pack.language:
            texts += [a["answer"] for a in raw["answers"]]
    found: list[str] = []
    for text in texts:
        found += [s.strip() for s in _SENTENCE.findall(" ".join(text.split())) if len(s.split()) >= 4]
    return found


class Answers:
    """~300-word answers of shuffled whole sentences, each with FRESH_PER_ANSWER new words."""

    _SYLLABLES = ("ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve", "zo",
                  "dra", "kle", "pri", "sto", "ven", "mar", "tel", "qui", "hor", "gan")

    def __init__(self, pool: list[str], seed: int) -> None:
        self.pool = pool
        self.rng = random.Random(seed)
        self.names = 0

    def _name(self) -> str:
        """A word never made before (a counter written in syllables)."""
        self.names += 1
        k, word = self.names, ""
        while True:
            word += self._SYLLABLES[k % len(self._SYLLABLES)]
            k //= len(self._SYLLABLES)
            if not k:
                return word + self.rng.choice(("", "s", "ing", "ed", "er", "ness"))

    def _typo(self, word: str) -> str:
        """A slip of the keyboard: a letter dropped, doubled or swapped with the next."""
        rng, at = self.rng, self.rng.randrange(1, len(word) - 1)
        return rng.choice((word[:at] + word[at + 1:], word[:at] + word[at] + word[at:],
                           word[:at] + word[at + 1] + word[at] + word[at + 2:]))

    def make(self, words: int = WORDS) -> str:
        out: list[str] = []
        while len(out) < words:
            out += self.rng.choice(self.pool).split()
        out = out[:words]
        for n, at in enumerate(self.rng.sample(range(len(out)), FRESH_PER_ANSWER)):
            word = out[at]
            out[at] = self._name() if n < 2 or len(word) < 5 or not word.isalpha() else self._typo(word)
        return " ".join(out)


def largest_question(pack: Any) -> Any:
    """The question with the most criteria (then the most keyword phrases)."""
    def size(q: Any) -> tuple[int, int]:
        ids = pack.question_criteria(q)
        return len(ids), sum(len(pack.criteria[c].keywords) for c in ids)

    return max(pack.questions, key=size)


def write_jsonl(path: Path, pack_id: str, questions: list[str], answers: Answers, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"a{i}", "pack": pack_id, "question": questions[i % len(questions)],
                                  "answer": answers.make()}) + "\n")


# -- the naive graders ---------------------------------------------------------------------------


def phrase_table(data: dict[str, Any]) -> dict[str, list[str]]:
    """For every question of a pack (plain YAML data): the lower-cased phrases a keyword
    baseline checks, its criteria's keywords and every red flag."""
    criteria = data["criteria"]
    flags = [f["phrase"].lower() for f in data.get("red_flags") or ()]
    table = {}
    for q in data["questions"]:
        ids = q.get("criteria") or [c for p in q.get("parts") or () for c in p["criteria"]] or list(criteria)
        table[q["id"]] = [k.lower() for c in ids for k in criteria[c]["keywords"]] + flags
    return table


def baseline(kind: str, table: dict[str, list[str]]) -> Callable[[str, str], list[str]]:
    """The phrases of a question found in an answer, by partial_ratio >= 85 or as substrings."""
    if kind == "fuzzy":
        from rapidfuzz import fuzz

        def found(question: str, text: str) -> list[str]:
            lowered = " ".join(text.lower().split())
            return [p for p in table[question] if fuzz.partial_ratio(p, lowered, score_cutoff=85)]
    else:
        def found(question: str, text: str) -> list[str]:
            lowered = " ".join(text.lower().split())
            return [p for p in table[question] if p in lowered]
    return found


def run_baseline(kind: str, answers: Path, pack: Path) -> int:
    """A naive grader as a whole process: the pack's phrases, then one JSON line per answer."""
    find = baseline(kind, phrase_table(yaml.safe_load(pack.read_text(encoding="utf-8"))))
    out = sys.stdout
    with answers.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            out.write(json.dumps({"id": row["id"], "found": find(row["question"], row["answer"])}) + "\n")
    return 0


# -- timing helpers ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """The `share` quantile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


# A small launcher process reports the peak RSS of the command it starts. Measuring a direct
# child of this (large) process would be wrong: Linux charges a child the peak RSS of the
# address space it replaced at exec, which for a child of this process is this process's.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "sys.stderr.write(f'\\nCOACH-BENCH-MAXRSS {usage.ru_maxrss}\\n')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_child(cmd: list[str], measure: bool = False, out: Path | None = None) -> tuple[float, float]:
    """Run a command (stdout to `out` or discarded): (wall seconds, peak RSS in MB or 0)."""
    full = [sys.executable, "-c", _LAUNCHER, *cmd] if measure else cmd
    with (out.open("wb") if out else open(os.devnull, "wb")) as sink:
        start = time.perf_counter()
        proc = subprocess.run(full, stdout=sink, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} failed ({proc.returncode}): {err[-2000:]}")
    found = re.search(r"COACH-BENCH-MAXRSS (\d+)", err) if measure else None
    # Linux reports ru_maxrss in kilobytes, macOS in bytes.
    peak = int(found.group(1)) / (1024 * 1024 if sys.platform == "darwin" else 1024) if found else 0.0
    return wall, peak


def _cpu_since(before: Any) -> float:
    """CPU seconds (user and system) the children that ended since `before` used."""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def spread(values: list[float], unit: str = "s", digits: int = 2) -> str:
    return (f"min {min(values):.{digits}f} / median {statistics.median(values):.{digits}f} / "
            f"max {max(values):.{digits}f} {unit}")


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def coach_command() -> list[str]:
    """How to start the installed `coach` of this interpreter's environment."""
    exe = Path(sys.executable).parent / "coach"
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("coach")
    return [found] if found else [sys.executable, "-m", "coach"]


# -- the sections --------------------------------------------------------------------------------


def latency(pack: Any, question: Any, answers: Answers, rounds: int, count: int) -> None:
    from coach.pack_cache import ready_for_many
    from coach.scoring import score_answer

    texts = [answers.make() for _ in range(count + 300)]
    ready_for_many(pack)
    for text in texts[:300]:  # word caches fill as in a real session
        score_answer(pack, question.id, text)
    full: list[float] = []
    started = [0.0]

    def watch(phase: str, info: dict[str, Any]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                full.append((time.perf_counter() - started[0]) * 1000)

    passes: list[list[float]] = []
    gc.callbacks.append(watch)
    try:
        for _ in range(rounds):
            times = []
            for text in texts[300:]:
                t0 = time.perf_counter_ns()
                score_answer(pack, question.id, text)
                times.append((time.perf_counter_ns() - t0) / 1e6)
            passes.append(times)
    finally:
        gc.callbacks.remove(watch)
    # The least disturbed pass (lowest median): a neighbour's burst on a shared machine slows a
    # whole pass; every pass's median is printed too.
    times = min(passes, key=statistics.median)
    median, p99 = statistics.median(times), percentile(times, 0.99)
    print(f"\n## Feedback latency (in-process): a {WORDS}-word answer, question {question.id!r}, "
          f"{len(times):,} distinct answers with fresh words")
    print(f"  median {median:.3f} ms   target <= {TARGET_MEDIAN_MS:g} ms: "
          f"{verdict(median <= TARGET_MEDIAN_MS)}")
    print(f"  p99    {p99:.3f} ms   target < {TARGET_P99_MS:g} ms: {verdict(p99 < TARGET_P99_MS)}")
    print(f"  (max {max(times):.2f} ms; pass medians "
          f"{', '.join(f'{statistics.median(p):.3f}' for p in passes)} ms; full garbage collections "
          f"during the {rounds} passes: {len(full)}"
          + (f", longest {max(full):.1f} ms)" if full else ")"))


DEFAULT_GRADE = "coach grade (default jobs)"


def load() -> str:
    """The machine's load average (1, 5, 15 minutes): other work sharing the CPUs."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def end_to_end(coach: list[str], answers_file: Path, pack: Path, count: int, rounds: int,
               rng: random.Random, tmp: Path) -> None:
    me = [sys.executable, str(Path(__file__).resolve())]
    commands = {
        DEFAULT_GRADE: [*coach, "grade", str(answers_file), "--format", "json"],
        "coach grade --jobs 1": [*coach, "grade", str(answers_file), "--format", "json", "--jobs", "1"],
        "partial_ratio >= 85 grader": [*me, "--baseline", "fuzzy", str(answers_file), str(pack)],
        "exact substring grader": [*me, "--baseline", "exact", str(answers_file), str(pack)],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    outputs = {name: tmp / f"out-{i}.json" for i, name in enumerate(commands)}
    started = load()
    for _ in range(rounds):
        order = list(commands)
        rng.shuffle(order)  # paired: all four in each round, in a new order each time
        for name in order:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls[name].append(run_child(commands[name], out=outputs[name])[0])
            cpu[name].append(_cpu_since(before))
    same = outputs["coach grade --jobs 1"].read_bytes() == outputs[DEFAULT_GRADE].read_bytes()
    print(f"\n## coach grade end to end: {count:,} answers of {WORDS} words to the question with the most "
          f"criteria, fresh words, JSON Lines in, --format json out; {rounds} paired rounds "
          f"(load average {started} before, {load()} after, on {os.cpu_count()} CPUs)")
    for name, values in walls.items():
        print(f"  {name:28} {spread(values)}   ({count / statistics.median(values):6,.0f} answers/s; "
              f"CPU time median {statistics.median(cpu[name]):.2f} s)")
    print(f"  (default jobs: one worker per CPU; output byte-identical to --jobs 1: {same})")
    fuzzy, exact = walls["partial_ratio >= 85 grader"], walls["exact substring grader"]
    for name in (DEFAULT_GRADE, "coach grade --jobs 1"):
        own = walls[name]
        over = [f / c for f, c in zip(fuzzy, own, strict=True)]
        under = [c / e for c, e in zip(own, exact, strict=True)]
        # The targets are judged as a user runs coach (its default workers); one worker is
        # printed beside it so that a reader sees what the parallel split contributes.
        judged = name == DEFAULT_GRADE
        print(f"  {name}: partial_ratio / coach {spread(over, 'x')}   "
              + (f"target >= {TARGET_OVER_FUZZY:g}x: {verdict(statistics.median(over) >= TARGET_OVER_FUZZY)}"
                 if judged else "(one worker, for comparison)"))
        print(f"  {' ' * len(name)}  coach / substring     {spread(under, 'x')}   "
              + (f"target <= {TARGET_OVER_EXACT:g}x: {verdict(statistics.median(under) <= TARGET_OVER_EXACT)}"
                 if judged else "(one worker, for comparison)"))
    # CPU time depends less on what else the machine runs than wall time does (not at all on
    # waiting for a CPU): the work each grader does, whatever the number of workers.
    cpu_of = {name: statistics.median(values) for name, values in cpu.items()}
    print("  CPU time (user + system, all processes), median ratios: coach / substring "
          + ", ".join(f"{name} {cpu_of[name] / cpu_of['exact substring grader']:.2f}x"
                      for name in (DEFAULT_GRADE, "coach grade --jobs 1"))
          + "; partial_ratio / coach --jobs 1 "
          f"{cpu_of['partial_ratio >= 85 grader'] / cpu_of['coach grade --jobs 1']:.2f}x")


def throughput(pack: Any, question: Any, texts: list[str], data: dict[str, Any]) -> None:
    from coach.scoring import score_answer

    table = phrase_table(data)
    fuzzy, exact = baseline("fuzzy", table), baseline("exact", table)
    rates: dict[str, float] = {}
    for name, func in (("engine (score_answer)", lambda t: score_answer(pack, question.id, t)),
                       ("partial_ratio >= 85", lambda t: fuzzy(question.id, t)),
                       ("exact substring scan", lambda t: exact(question.id, t))):
        start = time.perf_counter()
        for text in texts:
            func(text)
        rates[name] = len(texts) / (time.perf_counter() - start)
    print(f"\n## Engine throughput (in-process, one core): {len(texts):,} of the same answers")
    for name, value in rates.items():
        print(f"  {name:24} {value:8,.0f} answers/s")
    print(f"  engine / partial_ratio {rates['engine (score_answer)'] / rates['partial_ratio >= 85']:.1f}x; "
          f"substring scan / engine {rates['exact substring scan'] / rates['engine (score_answer)']:.1f}x")


def memory(coach: list[str], files: list[tuple[Path, int]]) -> None:
    print("\n## Memory: peak RSS of `coach grade --format json`, answers with fresh words")
    peaks: dict[tuple[int, int], float] = {}
    for jobs in (1, 2):
        for path, count in files:
            peak = run_child([*coach, "grade", str(path), "--format", "json", "--jobs", str(jobs)],
                             measure=True)[1]
            peaks[(jobs, count)] = peak
            print(f"  --jobs {jobs}, {count:>7,} answers: {peak:6.1f} MB")
    worst = max(peaks.values())
    (_, small), (_, big) = files[0], files[-1]
    growth = max(peaks[(j, big)] - peaks[(j, small)] for j in (1, 2))
    print(f"  largest {worst:.1f} MB   target < {TARGET_RSS_MB:g} MB: {verdict(worst < TARGET_RSS_MB)}; "
          f"growth {small:,} -> {big:,} answers: {growth:+.1f} MB (flat: {verdict(growth < 10)})")
    print("  (wait4 reports the largest single process of the command and its workers, not their sum)")


_FLOOR_APP = (
    "import typer\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def score(question: str = typer.Option(..., '-q'), text: str = typer.Argument(None),\n"
    "          json_out: bool = typer.Option(False, '--json')) -> None:\n"
    "    pass\n"
    "app()\n"
)


def startup(coach: list[str], runs: int, question: str) -> None:
    answer = ("I apologised, told the customer exactly when the replacement would arrive and called "
              "back the next morning to check it had.")
    commands = {
        "coach score (one answer)": [*coach, "score", "-q", question, answer],
        "coach score --json": [*coach, "score", "-q", question, answer, "--json"],
        "coach --version": [*coach, "--version"],
        "floor: a one-command Typer app": [sys.executable, "-c", _FLOOR_APP, "-q", question, answer],
        "floor: Python itself (-c pass)": [sys.executable, "-c", "pass"],
    }
    run_child(commands["coach score (one answer)"])  # writes the compiled-pack cache once
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls[name].append(run_child(cmd)[0] * 1000)
            cpu[name].append(_cpu_since(before) * 1000)
    print(f"\n## Start-up (end to end), {runs} interleaved runs each: wall time (CPU time); "
          f"load average {load()}")
    for name in commands:
        print(f"  {name:32} median {statistics.median(walls[name]):6.1f} ms "
              f"({statistics.median(cpu[name]):6.1f})   min {min(walls[name]):6.1f} ms")
    score = statistics.median(walls["coach score (one answer)"])
    python = statistics.median(walls["floor: Python itself (-c pass)"])
    print(f"  coach score median {score:.0f} ms   target < {TARGET_SCORE_MS:g} ms: "
          f"{verdict(score < TARGET_SCORE_MS)}; {score - python:.0f} ms above Python's own start "
          "(a plain `coach score` line is read without Typer: the Typer floor is for comparison)")


def machine() -> str:
    cpu = platform.processor()
    info = Path("/proc/cpuinfo")
    if info.exists():
        cpu = next((line.split(":", 1)[1].strip() for line in info.read_text().splitlines()
                    if line.startswith("model name")), cpu)
    from importlib.metadata import version

    import coach

    return (f"coach {coach.__version__}, Python {platform.python_version()}, "
            f"rapidfuzz {version('rapidfuzz')}, PyStemmer {version('PyStemmer')}, "
            f"{platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs ({cpu})")


def main(argv: list[str] | None = None) -> int:
    """Measure everything and print the figures beside their targets."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pack", default="customer-service", help="bundled pack to measure")
    parser.add_argument("--answers", type=int, default=5_000, help="end-to-end batch (5,000)")
    parser.add_argument("--big", type=int, default=100_000, help="large batch for memory (100,000)")
    parser.add_argument("--rounds", type=int, default=5, help="paired end-to-end rounds (5)")
    parser.add_argument("--runs", type=int, default=15, help="start-up runs of each command (15)")
    parser.add_argument("--quick", action="store_true", help="small batches: a smoke test")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS, metavar="SECTION",
                        help=f"run only these sections ({', '.join(SECTIONS)})")
    parser.add_argument("--baseline", nargs=3, metavar=("KIND", "ANSWERS", "PACK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline:
        kind, answers_file, pack_path = args.baseline
        return run_baseline(kind, Path(answers_file), Path(pack_path))
    if args.quick:
        args.answers, args.big, args.rounds, args.runs = 500, 2_000, 2, 3

    from coach.packs import load_pack_file

    print(machine())
    source = pack_file(args.pack)
    pack = load_pack_file(source)
    question = largest_question(pack)
    pool = sentences(pack)
    ids = pack.question_criteria(question)
    print(f"pack {pack.id}: question {question.id!r} has {len(ids)} criteria, "
          f"{sum(len(pack.criteria[c].keywords) for c in ids)} keyword phrases, and the pack "
          f"{len(pack.red_flags)} red flags; {len(pool)} source sentences")
    rng = random.Random(args.seed)
    answers = Answers(pool, args.seed)

    only = set(args.only)
    if "latency" in only:
        latency(pack, question, answers, rounds=3, count=min(args.answers, 3000))
    coach = coach_command()
    with tempfile.TemporaryDirectory(prefix="coach-speed-") as folder:
        tmp = Path(folder)
        os.environ["COACH_HOME"] = str(tmp / "home")  # the children's data folder (pack cache)
        e2e = tmp / "answers-e2e.jsonl"
        write_jsonl(e2e, pack.id, [question.id], answers, args.answers)
        # Every measured run finds the compiled-pack cache written (as every run after a user's
        # first does): the first run also validates the pack, with YAML and pydantic loaded.
        run_child([*coach, "score", "-q", question.id, "warm the compiled-pack cache"])
        if "grade" in only:
            end_to_end(coach, e2e, source, args.answers, args.rounds, rng, tmp)
        if "throughput" in only:
            texts = [json.loads(line)["answer"] for line in e2e.read_text(encoding="utf-8").splitlines()]
            throughput(pack, question, texts, yaml.safe_load(source.read_text(encoding="utf-8")))
        if "memory" in only:
            small, big = tmp / "answers-10k.jsonl", tmp / "answers-big.jsonl"
            n_small = min(10_000, args.big // 2)
            ask = [q.id for q in pack.questions]
            write_jsonl(small, pack.id, ask, answers, n_small)
            write_jsonl(big, pack.id, ask, answers, args.big)
            memory(coach, [(small, n_small), (big, args.big)])
        if "startup" in only:
            startup(coach, args.runs, question.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
