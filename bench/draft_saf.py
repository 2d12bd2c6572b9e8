"""Benchmark `coach packs draft` on SAF: do drafted-rubric scores track human scores?

Reads ../shared/data/saf/saf_en.csv (relative to the repository root; never copied into
the repository). For each of SAF's 20 questions, a pack is drafted from its reference answer
alone, and every student answer is scored with it. The figures are the Pearson and Spearman
correlations of those scores with the human scores, next to the same figures for a plain
baseline: the share of the reference answer's stemmed content words that the student answer
uses. Drafting settings are tuned on the `training` split only; the figures that count are
those of `unseen_answers` and `unseen_questions`.

A second column drafts with `--graded`: the training split's human scores are the trainer's
graded sample answers, which fit each question's `require` (unseen_answers are new answers
to those questions; unseen_questions have no graded answers, so they are drafted as before).
For a fair comparison the baseline gets the same help: its full-marks share is fitted per
question on the same answers ("overlap fitted").

    python bench/draft_saf.py            # the table
    python bench/draft_saf.py --json     # the same figures as JSON
    python bench/draft_saf.py --tune     # grid search of the settings on `training`
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import sys
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.lang import get_language  # noqa: E402
from coach.packs import load_pack_text  # noqa: E402
from coach.scoring import score_answer  # noqa: E402
from coach.tokens import tokenize  # noqa: E402
from coach.trainer.drafting import draft  # noqa: E402
from coach.trainer.reading import DraftItem, GradedAnswer, slug  # noqa: E402
from coach.trainer.settings import DraftSettings  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from correlation import pearson, spearman  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "saf" / "saf_en.csv"
SPLITS = ("training", "unseen_answers", "unseen_questions")


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


def drafted_scores(rows: list[dict[str, str]], settings: DraftSettings,
                   graded: bool = False) -> list[float]:
    """Each answer's score (0-1) from the pack drafted from its question's reference answer,
    with `require` fitted to the training split's human scores when `graded`.

    Each question is drafted on its own (as a trainer drafting that question would), so a
    question's rubric does not depend on which other questions are in the benchmark.
    """
    samples: dict[str, list[GradedAnswer]] = defaultdict(list)
    if graded:
        for i, row in enumerate(rows):
            if row["split"] == "training":
                samples[key(row)].append(GradedAnswer(i, row["student_answer"], float(row["score"])))
    packs = {}
    for item in questions(rows):
        given = {item.id: samples[item.id]} if samples.get(item.id) else None
        packs[item.id] = load_pack_text(draft([item], "saf", "en", settings=settings,
                                              graded=given).text)
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


def fitted_overlap(rows: list[dict[str, str]], baseline: list[float]) -> list[float]:
    """The baseline given the help `--graded` gives a drafted pack: per question, the overlap
    share that counts as full marks, fitted (least squares) on the training split's scores."""
    by_question: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row["split"] == "training":
            by_question[key(row)].append(i)
    full: dict[str, float] = {}
    for qid, idx in by_question.items():
        full[qid] = min((t / 100 for t in range(2, 101)), key=lambda t: sum(
            (min(1.0, baseline[i] / t) - float(rows[i]["score"])) ** 2 for i in idx))
    return [min(1.0, b / full.get(key(row), 1.0)) for row, b in zip(rows, baseline, strict=True)]


def within(idx: list[int], rows: list[dict[str, str]], scores: list[float]) -> tuple[float, float]:
    """Mean per-question Pearson and Spearman (questions where both sides vary)."""
    by_question: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        by_question[key(rows[i])].append(i)
    rs, rhos = [], []
    for members in by_question.values():
        human = [float(rows[i]["score"]) for i in members]
        mine = [scores[i] for i in members]
        if len(set(human)) > 1 and len(set(mine)) > 1:
            rs.append(pearson(mine, human))
            rhos.append(spearman(mine, human))
    return (sum(rs) / len(rs), sum(rhos) / len(rhos)) if rs else (float("nan"), float("nan"))


SCORERS = ("drafted", "graded", "overlap", "overlap_fitted")
RESAMPLES = 1000


def lead(idx: list[int], mine: list[float], theirs: list[float], human: list[float],
         seed: int = 0) -> dict[str, list[float]]:
    """How far `mine` leads `theirs` in Pearson and Spearman, with a 95% paired bootstrap
    interval (answers resampled with replacement): is the lead more than luck of the sample?"""
    rng = random.Random(seed)
    out: dict[str, list[float]] = {}
    for name, measure in (("pearson", pearson), ("spearman", spearman)):
        def gap(sample: list[int], measure: Any = measure) -> float:
            truth = [human[i] for i in sample]
            return measure([mine[i] for i in sample], truth) - measure([theirs[i] for i in sample],
                                                                       truth)
        draws = sorted(gap([rng.choice(idx) for _ in idx]) for _ in range(RESAMPLES))
        out[name] = [gap(idx), draws[int(0.025 * RESAMPLES)], draws[int(0.975 * RESAMPLES) - 1]]
    return out


def figures(rows: list[dict[str, str]], settings: DraftSettings) -> dict[str, dict[str, float]]:
    """Pearson and Spearman per split (pooled, and mean within question) for each scorer."""
    baseline = overlap_scores(rows)
    scores = {"drafted": drafted_scores(rows, settings),
              "graded": drafted_scores(rows, settings, graded=True),
              "overlap": baseline, "overlap_fitted": fitted_overlap(rows, baseline)}
    by_split: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_split[row["split"]].append(i)
    out: dict[str, dict[str, float]] = {}
    for split in SPLITS:
        idx = by_split.get(split, [])
        if not idx:
            continue
        human = [float(rows[i]["score"]) for i in idx]
        out[split] = {"answers": len(idx)}
        for name in SCORERS:
            mine = [scores[name][i] for i in idx]
            r, rho = within(idx, rows, scores[name])
            out[split] |= {f"{name}_pearson": pearson(mine, human),
                           f"{name}_spearman": spearman(mine, human),
                           f"{name}_within_pearson": r, f"{name}_within_spearman": rho}
        if split != "training":
            truth = [float(row["score"]) for row in rows]
            for name, theirs in (("drafted", "overlap"), ("graded", "overlap"),
                                 ("graded", "overlap_fitted")):
                out[split][f"{name}_vs_{theirs}"] = lead(idx, scores[name], scores[theirs], truth)
    return out


def tune(rows: list[dict[str, str]]) -> DraftSettings:
    """Grid search on the training split only (mean of Pearson and Spearman)."""
    train = [r for r in rows if r["split"] == "training"]
    human = [float(r["score"]) for r in train]
    best = (-2.0, DraftSettings())
    grid = itertools.product((40, 60), (0.5, 0.6, 0.7), (0.7, 0.8, 0.9), (1.0, 1.3, 1.6),
                             (0.25, 0.5, 1.0))
    for max_criteria, require, power, max_weight, choice in grid:
        settings = DraftSettings(max_criteria=max_criteria, require_share=require,
                                 require_power=power, weighted=max_weight > 1,
                                 max_weight=max_weight, choice_power=choice)
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
    settings = tune(rows) if args.tune else DraftSettings()
    result = figures(rows, settings)
    if args.json:
        print(json.dumps({"settings": asdict(settings), "splits": result}, indent=2))
        return 0
    print(f"SAF ({args.data.name}): Pearson r and Spearman ρ of scores with the human scores")
    print(f"  settings: {settings}")
    print("  drafted: `coach packs draft` from the reference answer alone; +graded: with the "
          "training split's\n  scores as --graded sample answers; overlap: stemmed word overlap "
          "with the reference;\n  overlap fitted: its full-marks share fitted on the same "
          "training scores")
    for title, suffix in (("pooled over questions", ""), ("mean within question", "_within")):
        print(f"\n{title}")
        print(f"{'split':17} {'answers':>7} | {'drafted r':>9} {'ρ':>6} | {'+graded r':>9} "
              f"{'ρ':>6} | {'overlap r':>9} {'ρ':>6} | {'fitted r':>8} {'ρ':>6}")
        for split, f in result.items():
            tag = {"training": "  (tuned and fitted on)",
                   "unseen_questions": "  (no graded answers)"}.get(split, "")
            cells = " | ".join(f"{f[f'{n}{suffix}_pearson']:9.3f} {f[f'{n}{suffix}_spearman']:6.3f}"
                               for n in SCORERS)
            print(f"{split:17} {f['answers']:7} | {cells}{tag}")
    print(f"\nlead over the baseline (pooled), with a 95% bootstrap interval ({RESAMPLES} paired "
          "resamples of answers)")
    for split, f in result.items():
        for pair in ("drafted_vs_overlap", "graded_vs_overlap", "graded_vs_overlap_fitted"):
            if pair not in f or (split == "unseen_questions" and pair != "drafted_vs_overlap"):
                continue
            cells = "  ".join(f"{m} {v[0]:+.3f} [{v[1]:+.3f}, {v[2]:+.3f}]"
                              for m, v in (("r", f[pair]["pearson"]), ("ρ", f[pair]["spearman"])))
            print(f"{split:17} {pair.replace('_vs_', ' − ').replace('_', ' '):24} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
