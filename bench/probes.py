"""Fresh probes: sentences written by someone who never saw the engine, one criterion each.

Run from the repository root (after `pip install -e .` or `pip install .`):

    python bench/probes.py            # every bench/data/probes/*.tsv whose pack exists
    python bench/probes.py --errors   # also list the sentences judged wrongly
    python bench/probes.py --json     # the figures as JSON

Each file is named <pack id>.<set>.tsv (the pack found as bench/accuracy.py finds it) and
holds one sentence a line, three tab-separated fields: NO (a trap: it uses a criterion's words
without showing the candidate doing it for the people served) or YES (a plain claim that
shows it), the criterion, the sentence. A set whose name ends in "-dev" was used to find the
rules that judge it; one ending in "-holdout" was only ever counted. The figures: the share of
traps whose criterion the engine credits (`detect`, whatever the question), and the share of
plain claims it credits.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accuracy import ROOT, load_pack_for

PROBES = ROOT / "bench" / "data" / "probes"


@dataclass
class Probe:
    label: str  # "NO" (a trap) or "YES" (a plain claim)
    criterion: str
    text: str


@dataclass
class Result:
    name: str
    traps: int = 0
    traps_credited: int = 0
    claims: int = 0
    claims_credited: int = 0
    wrong: list[Probe] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"set": self.name, "traps": self.traps, "traps_credited": self.traps_credited,
                "claims": self.claims, "claims_credited": self.claims_credited}


def read_probes(path: Path) -> list[Probe]:
    """The probes of one file; a line that is not three tab-separated fields is an error."""
    probes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("NO", "YES"):
            raise SystemExit(f"{path}:{number}: expected NO|YES<TAB>criterion<TAB>sentence")
        probes.append(Probe(*parts))
    return probes


def judge(path: Path) -> Result:
    """Run the engine over one probe file."""
    from coach.scoring import detect

    pack = load_pack_for(path.name.split(".")[0])
    result = Result(path.stem)
    for probe in read_probes(path):
        found = detect(pack, probe.text)
        if probe.criterion not in found:
            raise SystemExit(f"{path}: unknown criterion {probe.criterion!r}")
        credited = found[probe.criterion].earned
        if probe.label == "NO":
            result.traps += 1
            result.traps_credited += credited
        else:
            result.claims += 1
            result.claims_credited += credited
        if credited == (probe.label == "NO"):
            result.wrong.append(probe)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print each probe set's figures (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the sentences judged wrongly")
    args = parser.parse_args(argv)
    results = [judge(path) for path in sorted(PROBES.glob("*.tsv"))]
    if args.json:
        print(json.dumps([r.to_dict() for r in results], indent=2))
        return 0
    print(f"{'set':40} {'traps credited':>20} {'plain claims credited':>24}")
    for r in results:
        traps = f"{r.traps_credited}/{r.traps} ({r.traps_credited / max(r.traps, 1):.1%})"
        claims = f"{r.claims_credited}/{r.claims} ({r.claims_credited / max(r.claims, 1):.1%})"
        print(f"{r.name:40} {traps:>20} {claims:>24}")
        if args.errors:
            for probe in r.wrong:
                print(f"    {probe.label:3} {probe.criterion:24} {probe.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
