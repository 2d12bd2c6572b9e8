"""Scoring accuracy of the engine against two keyword baselines, on the labelled sets.

Run from the repository root (after `pip install -e .` or `pip install .`):

    python bench/accuracy.py              # every bench/data/*.yaml whose pack and language exist
    python bench/accuracy.py --errors     # also list the engine's mistakes on the dev split
    python bench/accuracy.py --json       # the figures as JSON

A data set names its pack by id: questions/<id>.yaml, else bench/data/packs/<id>.yaml (evaluation
packs that are not bundled, such as the hotel front-desk rubric of en-hospitality.yaml, written
apart from the bundled packs so the engine is measured on phrases it was not tuned to), else an
installed pack.

Each labelled answer (bench/data/<lang>.yaml) carries the criteria a careful grader credits
(`gold`, over all of the pack's criteria), a holistic grade 1-5 and tags. The unit of
precision and recall is the (answer, criterion) pair over ALL criteria of the pack: the
engine's `detect` says for every criterion whether the answer earns it, whatever the
question. The baselines see exactly the same pairs and the same keyword phrases:

  exact   - a criterion is credited when one of its keyword phrases occurs as a substring of
            the lower-cased answer (whitespace runs collapsed to one space);
  fuzzy   - rapidfuzz `fuzz.partial_ratio(phrase, answer) >= 85` on the same lower-cased text.

Total scores for the Spearman correlation use the pack's own formula for every system:
earned weight over the question's needed weight (full marks at `require`), minus red-flag
penalties (each system finds red flags the way it finds keywords), floored at 0, and scaled
by words / min_words for answers shorter than the pack's optional `min_words`.

Judgement figures (issue "Judgement a candidate can trust"), per split and language:

  answers with any false credit - per tag, the share of ANSWERS (not pairs) with the tag that
            the system credits at least one criterion outside their gold; and the same over the
            union of the wrong-credit tags (negation, distractor, idiom, sense, deflect, stuffing);
  affirm recall - over the gold criteria of `affirm` answers (emphasis built from a negative
            form, "I never close a ticket without..."), the share the system credits;
  stuffing score - the max and mean total score (the pack's formula, as above) of `stuffing`
            answers, bare lists or repetitions of rubric words.

The `dev` split may be tuned on; `holdout` never is. Both are reported.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from correlation import spearman

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"

TARGET_F1 = {"en": 0.92}
TARGET_F1_OTHER = 0.85
TARGET_WRONG = 0.05
TARGET_SPEARMAN = 0.80
FUZZY_CUTOFF = 85
SYSTEMS = ("engine", "exact", "fuzzy")
TAGS = ("exact", "inflection", "typo", "reordered", "negation", "paraphrase", "distractor",
        "star", "short", "idiom", "affirm", "sense", "deflect", "stuffing", "off-topic")
WRONG_TAGS = ("negation", "distractor")
# Tags whose answers invite a false credit; the share of their answers with any is the
# "answers with any false credit" figure (WRONG_TAGS keeps the older pair-level figure as it was).
ANSWER_WRONG_TAGS = ("negation", "distractor", "idiom", "sense", "deflect", "stuffing")
ANSWER_TAGS = (*ANSWER_WRONG_TAGS, "off-topic")  # printed; JSON has every tag

WRONG_DEFINITION = (
    "wrongly credited (negation / distractor): among the (answer, criterion) pairs of answers\n"
    "tagged `negation` (resp. `distractor`), over all of the pack's criteria, whose criterion is\n"
    "NOT in the answer's gold list, the share the system credits (= 1 - specificity on them).\n"
    "The `lured` line narrows this to the pairs where a keyword of the criterion is plausibly\n"
    "present (the fuzzy baseline fires on it), the pairs where a mistake is possible at all.\n"
    "answers with any false credit: among the ANSWERS with the tag, the share with at least one\n"
    "credited criterion outside gold; the union line covers every answer tagged negation,\n"
    "distractor, idiom, sense, deflect or stuffing. affirm recall: the share of the gold criteria\n"
    "of `affirm` answers credited; 'read as negated': those the engine reports as negated (the\n"
    "emphasis mistake proper). stuffing score: total score of `stuffing` answers."
)


# -- loading -------------------------------------------------------------------------------------


@dataclass
class Item:
    """One labelled answer."""

    id: str
    question: str
    split: str
    grade: int
    gold: frozenset[str]
    tags: frozenset[str]
    answer: str


@dataclass
class DataSet:
    """A labelled set with its loaded pack."""

    path: Path
    language: str
    pack: Any
    items: list[Item]


def load_pack_for(pack_id: str, root: Path = ROOT) -> Any:
    """The pack a data set names: the source checkout's questions/ first, then the evaluation
    packs in bench/data/packs/ (rubrics written apart from the bundled ones), then by id."""
    from coach.packs import load_pack

    for folder in (root / "questions", root / "bench" / "data" / "packs"):
        local = folder / f"{pack_id}.yaml"
        if local.is_file():
            return load_pack(local)
    return load_pack(pack_id)


def load_sets(paths: Iterable[Path]) -> tuple[list[DataSet], list[str]]:
    """Load every data set whose pack and language are available; say why others are skipped."""
    from coach.errors import CoachError
    from coach.lang import language_problem

    sets: list[DataSet] = []
    skipped: list[str] = []
    for path in paths:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        language, pack_id = raw.get("language"), raw.get("pack")
        problem = language_problem(language)
        if problem:
            skipped.append(f"{path.name}: {problem}")
            continue
        try:
            pack = load_pack_for(pack_id)
        except CoachError as exc:
            skipped.append(f"{path.name}: pack {pack_id!r} cannot be loaded: "
                           f"{str(exc).splitlines()[0]}")
            continue
        items = [Item(a["id"], a["question"], a["split"], int(a["grade"]), frozenset(a["gold"] or ()),
                      frozenset(a.get("tags") or ()), a["answer"]) for a in raw["answers"]]
        unknown = {c for i in items for c in i.gold} - set(pack.criteria)
        if unknown:
            skipped.append(f"{path.name}: gold names criteria the pack lacks: {sorted(unknown)}")
            continue
        missing_q = {i.question for i in items} - {q.id for q in pack.questions}
        if missing_q:
            skipped.append(f"{path.name}: questions the pack lacks: {sorted(missing_q)}")
            continue
        sets.append(DataSet(path, language, pack, items))
    return sets, skipped


# -- systems -------------------------------------------------------------------------------------


_SPACE = re.compile(r"\s+")


def _lower(text: str) -> str:
    return _SPACE.sub(" ", text.lower()).strip()


def _exact_hit(phrase: str, text: str) -> bool:
    return _lower(phrase) in text


def _fuzzy_hit(phrase: str, text: str) -> bool:
    return fuzz.partial_ratio(_lower(phrase), text, score_cutoff=FUZZY_CUTOFF) >= FUZZY_CUTOFF


@dataclass
class Verdict:
    """What one system makes of one answer: credited criteria and the question's total score."""

    credited: frozenset[str]
    score: int
    negated: frozenset[str] = frozenset()  # the engine's only: criteria it reports as negated


def _formula(pack: Any, question: Any, earned: set[str], penalty: float, answer: str) -> int:
    """The pack's scoring formula, as the engine applies it (with the pack's optional
    `min_words` length scaling), for the baselines."""
    from coach.scoring import length_factor
    from coach.tokens import tokenize

    ids = pack.question_criteria(question)
    weights = sorted(pack.criteria[c].weight for c in ids)
    needed = sum(weights[: question.require]) if question.require else sum(weights)
    got = sum(pack.criteria[c].weight for c in ids if c in earned)
    raw = 100.0 * min(1.0, got / needed) if needed else 0.0
    factor = length_factor(len(tokenize(answer)), pack.min_words(question))
    return max(0, min(100, round(max(0.0, raw - penalty) * factor)))


def baseline(hit: Callable[[str, str], bool]) -> Callable[[Any, Item], Verdict]:
    """A keyword baseline: a criterion is credited when `hit` finds any of its phrases."""

    def run(pack: Any, item: Item) -> Verdict:
        text = _lower(item.answer)
        credited = {cid for cid, c in pack.criteria.items() if any(hit(p, text) for p in c.keywords)}
        penalty = sum(f.penalty for f in pack.red_flags if hit(f.phrase, text))
        question = pack.question(item.question)
        return Verdict(frozenset(credited), _formula(pack, question, credited, penalty, item.answer))

    return run


def engine(pack: Any, item: Item) -> Verdict:
    """The coach engine: `detect` over all criteria, `score_answer` for the total."""
    from coach.scoring import detect, score_answer

    results = detect(pack, item.answer)
    credited = {cid for cid, r in results.items() if r.earned}
    negated = {cid for cid, r in results.items() if r.negated}
    return Verdict(frozenset(credited), score_answer(pack, item.question, item.answer).score,
                   frozenset(negated))


RUNNERS: dict[str, Callable[[Any, Item], Verdict]] = {
    "engine": engine, "exact": baseline(_exact_hit), "fuzzy": baseline(_fuzzy_hit),
}


# -- metrics -------------------------------------------------------------------------------------


@dataclass
class Counts:
    """Confusion counts over (answer, criterion) pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, said: bool) -> None:
        if gold and said:
            self.tp += 1
        elif said:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Every figure for one system on one split of one data set."""

    n: int = 0
    overall: Counts = field(default_factory=Counts)
    tags: dict[str, Counts] = field(default_factory=dict)
    wrong: dict[str, list[int]] = field(default_factory=dict)  # tag -> [credited, pairs]
    lured: dict[str, list[int]] = field(default_factory=dict)
    spearman: float = float("nan")
    answers_fp: dict[str, list[int]] = field(default_factory=dict)  # tag|"union" -> [with FP, answers]
    stuffing_scores: list[int] = field(default_factory=list)
    affirm_negated: list[int] = field(default_factory=lambda: [0, 0])  # [read as negated, gold]

    def answer_fp_rate(self, tag: str = "union") -> float:
        """Share of the tag's answers with at least one false credit (0 when there are none)."""
        hit, n = self.answers_fp.get(tag, [0, 0])
        return hit / n if n else 0.0

    @property
    def affirm_recall(self) -> float:
        """Share of the gold criteria of `affirm` answers that the system credits."""
        return self.tags["affirm"].recall if "affirm" in self.tags else 0.0

    def wrong_rate(self, tag: str | None = None, lured: bool = False) -> float:
        table = self.lured if lured else self.wrong
        keys = [tag] if tag else list(WRONG_TAGS)
        credited = sum(table.get(k, [0, 0])[0] for k in keys)
        pairs = sum(table.get(k, [0, 0])[1] for k in keys)
        return credited / pairs if pairs else 0.0

    def to_dict(self) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, Any]:
            return {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4), "tp": c.tp, "fp": c.fp, "fn": c.fn}

        stuffed = self.stuffing_scores
        return {"answers": self.n, **counts(self.overall),
                "per_tag": {t: counts(self.tags[t]) for t in sorted(self.tags)},
                "wrongly_credited": {**{t: {"credited": v[0], "pairs": v[1],
                                            "share": round(v[0] / v[1], 4) if v[1] else 0.0}
                                        for t, v in self.wrong.items()},
                                     "combined": round(self.wrong_rate(), 4),
                                     "lured_combined": round(self.wrong_rate(lured=True), 4)},
                "answers_with_false_credit": {
                    t: {"answers": v[1], "with_false_credit": v[0], "share": round(self.answer_fp_rate(t), 4)}
                    for t, v in sorted(self.answers_fp.items())},
                "affirm_recall": round(self.affirm_recall, 4),
                "affirm_read_as_negated": {"criteria": self.affirm_negated[0],
                                           "gold": self.affirm_negated[1]},
                "stuffing_score": {"answers": len(stuffed), "max": max(stuffed) if stuffed else None,
                                   "mean": round(sum(stuffed) / len(stuffed), 2) if stuffed else None},
                "spearman": round(self.spearman, 4)}


def evaluate(data: DataSet, verdicts: dict[str, dict[str, Verdict]], split: str | None
             ) -> dict[str, Report]:
    """Figures for every system over one split (None: the whole set)."""
    items = [i for i in data.items if split is None or i.split == split]
    criteria = list(data.pack.criteria)
    reports: dict[str, Report] = {}
    for system in SYSTEMS:
        report = Report(n=len(items))
        scores: list[float] = []
        for item in items:
            verdict = verdicts[system][item.id]
            fuzzy = verdicts["fuzzy"][item.id].credited
            scores.append(verdict.score)
            false_credit = int(bool(verdict.credited - item.gold))
            for tag in [*item.tags, *(["union"] if item.tags & set(ANSWER_WRONG_TAGS) else [])]:
                cell = report.answers_fp.setdefault(tag, [0, 0])
                cell[0] += false_credit
                cell[1] += 1
            if "stuffing" in item.tags:
                report.stuffing_scores.append(verdict.score)
            if "affirm" in item.tags:
                report.affirm_negated[0] += len(verdict.negated & item.gold)
                report.affirm_negated[1] += len(item.gold)
            for cid in criteria:
                gold, said = cid in item.gold, cid in verdict.credited
                report.overall.add(gold, said)
                for tag in item.tags:
                    report.tags.setdefault(tag, Counts()).add(gold, said)
                if not gold:
                    for tag in WRONG_TAGS:
                        if tag in item.tags:
                            cell = report.wrong.setdefault(tag, [0, 0])
                            cell[0] += said
                            cell[1] += 1
                            if cid in fuzzy:
                                lured = report.lured.setdefault(tag, [0, 0])
                                lured[0] += said
                                lured[1] += 1
        report.spearman = spearman(scores, [float(i.grade) for i in items])
        reports[system] = report
    return reports


# -- output --------------------------------------------------------------------------------------


def _ok(flag: bool) -> str:
    return "met" if flag else "NOT MET"


def print_split(name: str, data: DataSet, reports: dict[str, Report]) -> None:
    """One split's tables, with targets and whether the engine meets them."""
    target_f1 = TARGET_F1.get(data.language, TARGET_F1_OTHER)
    e, x, f = (reports[s] for s in SYSTEMS)
    print(f"\n== {data.path.name} ({data.language}, pack {data.pack.id}) - {name}: "
          f"{e.n} answers x {len(data.pack.criteria)} criteria = "
          f"{e.n * len(data.pack.criteria)} pairs")
    print(f"{'':28}{'engine':>9}{'exact':>9}{'fuzzy':>9}   target")
    for label, get in (("precision", lambda r: r.overall.precision),
                       ("recall", lambda r: r.overall.recall)):
        print(f"{label:28}" + "".join(f"{get(r):9.3f}" for r in (e, x, f)))
    better_f1 = e.overall.f1 > max(x.overall.f1, f.overall.f1)
    print(f"{'micro-F1':28}" + "".join(f"{r.overall.f1:9.3f}" for r in (e, x, f))
          + f"   >= {target_f1:.2f}: {_ok(e.overall.f1 >= target_f1)}, "
            f"beats baselines: {_ok(better_f1)}")
    for tag in WRONG_TAGS:
        cells = [r.wrong.get(tag, [0, 0]) for r in (e, x, f)]
        print(f"{'wrongly credited, ' + tag:28}" + "".join(f"{r.wrong_rate(tag):9.1%}" for r in (e, x, f))
              + f"   ({cells[0][0]}/{cells[0][1]} pairs for the engine)")
    combined = [r.wrong_rate() for r in (e, x, f)]
    print(f"{'wrongly credited, both':28}" + "".join(f"{v:9.1%}" for v in combined)
          + f"   <= {TARGET_WRONG:.0%}: {_ok(combined[0] <= TARGET_WRONG)}, "
            f"beats baselines: {_ok(combined[0] < min(combined[1:]))}")
    lured = [r.wrong_rate(lured=True) for r in (e, x, f)]
    print(f"{'  of lured pairs only':28}" + "".join(f"{v:9.1%}" for v in lured)
          + f"   ({sum(v[1] for v in e.lured.values())} pairs; no target, for insight)")
    rho = [r.spearman for r in (e, x, f)]
    print(f"{'Spearman (score vs grade)':28}" + "".join(f"{v:9.3f}" for v in rho)
          + f"   >= {TARGET_SPEARMAN:.2f}: {_ok(rho[0] >= TARGET_SPEARMAN)}, "
            f"beats baselines: {_ok(rho[0] > max(rho[1:]))}")
    print("  answers with any false credit (share of the tag's answers; answers)")
    for tag in (*ANSWER_TAGS, "union"):
        if tag not in e.answers_fp:
            continue
        label = "union of wrong-credit tags" if tag == "union" else tag
        print(f"  {label:26}" + "".join(f"{r.answer_fp_rate(tag):9.1%}" for r in (e, x, f))
              + f"   ({e.answers_fp[tag][1]})")
    if "affirm" in e.tags:
        print(f"{'affirm recall':28}" + "".join(f"{r.affirm_recall:9.3f}" for r in (e, x, f))
              + f"   ({e.tags['affirm'].tp + e.tags['affirm'].fn} gold criteria of affirm answers)")
        wrong, gold = e.affirm_negated
        print(f"  {'of them read as negated':26}{wrong / gold if gold else 0.0:9.3f}"
              f"   (engine only: {wrong} of {gold}; the rest of the misses are phrases not found)")
    if e.stuffing_scores:
        for label, get in (("max", max), ("mean", lambda s: sum(s) / len(s))):
            print(f"{'stuffing score, ' + label:28}"
                  + "".join(f"{get(r.stuffing_scores):9.1f}" for r in (e, x, f))
                  + f"   ({len(e.stuffing_scores)} answers)")
    print("  per tag (F1 over the pairs of answers with the tag; answers)")
    for tag in TAGS:
        if tag not in e.tags:
            continue
        n_answers = sum(1 for i in data.items if tag in i.tags and (name == "all" or i.split == name))
        print(f"  {tag:26}" + "".join(f"{r.tags[tag].f1:9.3f}" for r in (e, x, f)) + f"   ({n_answers})")


def print_errors(data: DataSet, verdicts: dict[str, Verdict]) -> None:
    """The engine's false positives and negatives on the dev split (never the holdout)."""
    from coach.scoring import detect

    print(f"\n-- engine mistakes on {data.path.name}, dev split only --")
    for item in data.items:
        if item.split != "dev":
            continue
        said = verdicts[item.id].credited
        fp, fn = sorted(said - item.gold), sorted(item.gold - said)
        if not fp and not fn:
            continue
        results = detect(data.pack, item.answer)
        parts = []
        for cid in fp:
            r = results[cid]
            parts.append(f"+{cid} [{r.keyword!r} ~ {r.evidence.text if r.evidence else ''!r}]")
        for cid in fn:
            r = results[cid]
            extra = " negated" if r.negated else (f" nearest {r.nearest!r} {r.match}" if r.nearest else "")
            parts.append(f"-{cid}{extra}")
        print(f"{item.id} ({item.question}, {','.join(sorted(item.tags))}): " + "; ".join(parts))


def main(argv: list[str] | None = None) -> int:
    """Run every system over every available data set and print (or dump) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="data sets (default: bench/data/*.yaml)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the engine's dev-split mistakes")
    args = parser.parse_args(argv)

    files = args.files or sorted(DATA.glob("*.yaml"))
    sets, skipped = load_sets(files)
    out: dict[str, Any] = {"skipped": skipped, "sets": {}}
    for data in sets:
        verdicts = {s: {i.id: RUNNERS[s](data.pack, i) for i in data.items} for s in SYSTEMS}
        per_split = {split: evaluate(data, verdicts, None if split == "all" else split)
                     for split in ("dev", "holdout", "all")}
        out["sets"][data.path.name] = {
            "language": data.language, "pack": data.pack.id,
            **{split: {s: r.to_dict() for s, r in reports.items()} for split, reports in per_split.items()},
        }
        if not args.json:
            for split in ("dev", "holdout", "all"):
                print_split(split, data, per_split[split])
            if args.errors:
                print_errors(data, verdicts["engine"])
    if args.json:
        json.dump(out, sys.stdout, indent=2)
        print()
    else:
        print("\n" + WRONG_DEFINITION)
        for line in skipped:
            print(f"skipped {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
