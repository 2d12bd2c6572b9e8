"""What `coach score` loads for one answer (its start-up is most of its time): with the
compiled-pack cache warm, one matcher and neither YAML, the pack loader nor the export reports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_coach_score_builds_one_matcher_and_imports_no_export_report(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from coach.scoring import rubric\n"
        "built = []\n"
        "real = rubric.Matcher.__init__\n"
        "def counted(self, r):\n"
        "    built.append(r.id)\n"
        "    real(self, r)\n"
        "rubric.Matcher.__init__ = counted\n"
        "from coach.cli import main\n"
        "try:\n"
        "    main(['score', '-q', 'angry-customer', 'I listened and apologised.'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(built, sorted(m for m in ('yaml', 'coach.output.export', 'coach.packs.loader') "
        "if m in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, "COACH_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    for _ in range(2):  # the first run writes the cache
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, check=True)
    assert "/100" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "['customer-service'] []"
