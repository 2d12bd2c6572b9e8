"""Benchmark `coach packs draft` on SAF: do drafted-rubric scores track human scores?

Reads ../shared/data/saf/saf_en.csv (relative to the repository root; never copied into
the repository). For each of SAF's 20 questions, a pack is drafted from its reference answer
alone, and every student answer is scored with it. The figures are the Pearson and Spearman
correlations of those scores with the human scores, next to the same figures for a plain
baseline: the share of the reference answer's stemmed content words that the student answer
uses. Drafting settings are tuned on the `training` split only; the figures that count are
those of `unseen_answers` and `unseen_questions`.

    python bench/draft_saf.py            # the table
    python bench/draft_saf.py --json     # the same figures as JSON
    python bench/draft_saf.py --tune     # grid search of the settings on `training`
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.draft import DraftItem, DraftSettings, draft_pack_text, slug  # noqa: E402
from coach.engine import score_answer  # noqa: E402
from coach.lang import get_language  # noqa: E402
from coach.packs import load_pack_text  # noqa: E402
from coach.text import tokenize  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from correlation import pearson, spearman  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "saf" / "saf_en.csv"
SPLITS = ("training", "unseen_answers", "unseen_questions")
# The best settings of `--tune` (grid search on the training split only); the defaults are
# what `coach packs draft` writes for trainers (weights 1-1.3 by centrality, chosen on
# training: they show the trainer which terms matter and leave fewer tied scores).
TUNED = DraftSettings(max_criteria=60, require_share=0.6, require_power=0.8, weighted=False)


# -- data and scorers ------------------------------------------------------------------------------


def load_rows(path: Path = DATA) -> list[dict[str, str]]:
    """SAF's rows, as dicts of the CSV's columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def key(row: dict[str, str]) -> str:
    """A question's id: SAF reuses question numbers (training has three different 2.1), so the
    id also carries the question's first words."""
    return slug(f"{row['module']}-{row['question_id']}-{' '.join(row['question'].split()[:3])}")


def questions(rows: list[dict[str, str]]) -> list[DraftItem]:
    """One draft item per SAF question: its text and its reference answer."""
    items: dict[str, DraftItem] = {}
    for row in rows:
        qid = key(row)
        items.setdefault(qid, DraftItem(qid, row["question"], row["reference_answer"]))
    return list(items.values())


def drafted_scores(rows: list[dict[str, str]], settings: DraftSettings) -> list[float]:
    """Each answer's score (0-1) from the pack drafted from its question's reference answer.

    Each question is drafted on its own (as a trainer drafting that question would), so a
    question's rubric does not depend on which other questions are in the benchmark.
    """
    packs = {}
    for item in questions(rows):
        packs[item.id] = load_pack_text(draft_pack_text([item], "saf", "en", settings=settings))
    out = []
    for row in rows:
        qid = key(row)
        out.append(score_answer(packs[qid], qid, row["student_answer"]).score / 100)
    return out


def overlap_scores(rows: list[dict[str, str]]) -> list[float]:
    """Baseline: share of the reference's distinct stemmed content words found in the answer."""
    lang = get_language("en")
    stop = lang.function_words | lang.stop_words

    def stems(text: str) -> set[str]:
        return {lang.stem(w) for w in tokenize(text).norms if w not in stop}

    out = []
    for row in rows:
        ref = stems(row["reference_answer"])
        out.append(len(ref & stems(row["student_answer"])) / len(ref) if ref else 0.0)
    return out


def figures(rows: list[dict[str, str]], settings: DraftSettings) -> dict[str, dict[str, float]]:
    """Pearson and Spearman per split, for the drafted pack and the baseline."""
    drafted = drafted_scores(rows, settings)
    baseline = overlap_scores(rows)
    by_split: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_split[row["split"]].append(i)
    out: dict[str, dict[str, float]] = {}
    for split in SPLITS:
        idx = by_split.get(split, [])
        if not idx:
            continue
        human = [float(rows[i]["score"]) for i in idx]
        d = [drafted[i] for i in idx]
        b = [baseline[i] for i in idx]
        out[split] = {"answers": len(idx), "drafted_pearson": pearson(d, human),
                      "drafted_spearman": spearman(d, human), "overlap_pearson": pearson(b, human),
                      "overlap_spearman": spearman(b, human)}
    return out


def tune(rows: list[dict[str, str]]) -> DraftSettings:
    """Grid search on the training split only (mean of Pearson and Spearman)."""
    train = [r for r in rows if r["split"] == "training"]
    human = [float(r["score"]) for r in train]
    best = (-2.0, DraftSettings())
    grid = itertools.product((20, 40, 60), (0.3, 0.4, 0.6, 0.9), (0.8, 1.0), (True, False))
    for max_criteria, require, power, weighted in grid:
        settings = DraftSettings(max_criteria=max_criteria, require_share=require,
                                 require_power=power, weighted=weighted)
        scores = drafted_scores(train, settings)
        value = (pearson(scores, human) + spearman(scores, human)) / 2
        print(f"{settings}  {value:.3f}", file=sys.stderr)
        if value > best[0]:
            best = (value, settings)
    return best[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--tune", action="store_true", help="grid-search settings on training")
    parser.add_argument("--data", type=Path, default=DATA, help="path to saf_en.csv")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"SAF data not found at {args.data}; skipping the draft benchmark "
              "(it needs ../shared/data/saf/ beside the repository).")
        return 0
    rows = load_rows(args.data)
    runs = {"default": DraftSettings(), "tuned": tune(rows) if args.tune else TUNED}
    results = {name: figures(rows, settings) for name, settings in runs.items()}
    if args.json:
        print(json.dumps({name: {"settings": asdict(runs[name]), "splits": result}
                          for name, result in results.items()}, indent=2))
        return 0
    print(f"SAF ({args.data.name}): Pearson r and Spearman ρ of scores with the human scores")
    for name, settings in runs.items():
        print(f"  {name}: {settings}")
    print(f"{'split':17} {'answers':>7} | {'default r':>9} {'ρ':>6} | {'tuned r':>7} {'ρ':>6} | "
          f"{'overlap r':>9} {'ρ':>6}")
    for split in results["default"]:
        d, t = results["default"][split], results["tuned"][split]
        tag = "  (tuned on)" if split == "training" else ""
        print(f"{split:17} {d['answers']:7} | {d['drafted_pearson']:9.3f} {d['drafted_spearman']:6.3f} | "
              f"{t['drafted_pearson']:7.3f} {t['drafted_spearman']:6.3f} | "
              f"{d['overlap_pearson']:9.3f} {d['overlap_spearman']:6.3f}{tag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
