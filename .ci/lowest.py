"""Print pip constraints that pin every direct dependency to the lowest version its range allows.

CI installs with these once, so that each lower bound in pyproject.toml is tested as well as
the newest versions; made from pyproject.toml each run, so it cannot drift from the ranges.
"""

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml").read_text())["project"]
requirements = project["dependencies"] + [r for extra in project.get("optional-dependencies", {}).values()
                                          for r in extra]
pins: dict[str, str] = {}  # one pin a package, however many extras list it
for requirement in requirements:
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*>=\s*([^,;\s]+)", requirement)
    if not match:
        sys.exit(f"lowest.py: {requirement!r} has no lower bound (>=); give every dependency one")
    name, version = match.group(1).lower().replace("_", "-"), match.group(2)
    if pins.setdefault(name, version) != version:
        sys.exit(f"lowest.py: {name} has two lower bounds ({pins[name]}, {version}); give it one")
for name, version in pins.items():
    print(f"{name}=={version}")
