"""The hostile corpus: every file in tests/hostile/ with the outcome it must have.

Pack files state their expected problem on the first line (`# expect: LINE:COLUMN fragment`,
or `# expect: ok`); files that cannot hold a comment (empty, binary, UTF-16) are listed in
tests/hostile/packs/MANIFEST. Each pack is checked through the loader with both YAML
loaders (libyaml and pure Python, so messages do not depend on how PyYAML was built) and
through the command line: exit code 1, the located message on stderr, no traceback.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coach import yamlio
from coach.cli import app
from coach.errors import CoachError, FileProblem, LocatedError
from coach.packs import load_pack_file

HOSTILE = Path(__file__).parent / "hostile"
PACKS = HOSTILE / "packs"


@dataclass(frozen=True)
class Expect:
    path: Path
    position: str | None  # "LINE:COLUMN", or None when the error names only the file
    fragment: str | None  # None: the pack must load

    def __str__(self) -> str:
        return self.path.name


def _expectations() -> list[Expect]:
    manifest: dict[str, Expect] = {}
    for line in (PACKS / "MANIFEST").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, position, fragment = line.split(maxsplit=2)
            manifest[name] = Expect(PACKS / name, None if position == "-" else position, fragment)
    found = []
    for path in sorted(PACKS.glob("*.yaml")):
        if path.name in manifest:
            found.append(manifest.pop(path.name))
            continue
        first = path.read_bytes().removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
        match = re.fullmatch(r"# expect: (?:(ok)|(\d+:\d+) (.+))\r?", first)
        assert match, f"{path.name}: first line must be '# expect: LINE:COLUMN fragment' or '# expect: ok'"
        found.append(Expect(path, match.group(2), None if match.group(1) else match.group(3)))
    assert not manifest, f"MANIFEST names missing files: {sorted(manifest)}"
    return found


CASES = _expectations()
LOADERS = [pytest.param(yaml.SafeLoader, id="pure")]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))


def test_corpus_is_substantial() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c.fragment is None) >= 3


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_pack_loader(case: Expect, loader: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "LOADER", loader)
    if case.fragment is None:
        assert load_pack_file(case.path).id == "hostile"
        return
    with pytest.raises(CoachError) as info:
        load_pack_file(case.path)
    error = info.value
    assert isinstance(error, (LocatedError, FileProblem))
    lines = str(error).splitlines()
    prefix = f"{case.path}:{case.position}: " if case.position else f"{case.path}: "
    assert any(line.startswith(prefix) and case.fragment in line for line in lines), \
        f"expected {prefix}…{case.fragment}… in:\n" + "\n".join(lines)
    if isinstance(error, LocatedError):
        # Every problem of every broken pack is located: FILE:LINE:COLUMN: message.
        assert all(re.match(rf"{re.escape(str(case.path))}:\d+:\d+: \S", line) for line in lines)


@pytest.mark.parametrize("case", [c for c in CASES if c.fragment], ids=str)
def test_cli_reports_without_traceback(case: Expect) -> None:
    result = CliRunner().invoke(app, ["score", "--pack", str(case.path), "-q", "q", "an answer"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stdout == ""
    prefix = f"coach: {case.path}:{case.position}: " if case.position else f"coach: {case.path}: "
    assert any(line.startswith(prefix) and case.fragment in line for line in result.stderr.splitlines())


def test_code_never_runs_in_a_real_process(tmp_path: Path) -> None:
    """`!!python/object/apply:sys.exit [42]` would exit 42 if it ran; it must exit 1."""
    marker = Path("/tmp/coach-pwned")
    marker.unlink(missing_ok=True)
    for name in ("python_object_apply.yaml", "python_object_new.yaml", "tag_directive.yaml"):
        done = subprocess.run([sys.executable, "-m", "coach", "score", "--pack", str(PACKS / name),
                               "-q", "q", "answer"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1, done.stderr
        assert "is not allowed; packs hold plain data only" in done.stderr
        assert "Traceback" not in done.stderr and "pwned" not in done.stdout
    assert not marker.exists()


def test_generated_abuse_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases too big to keep as files: a flat list of 300,000 values, 5,000 broken fields,
    and a pack over the (configurable) size limit, refused before it is parsed."""
    from coach.packs import load_pack_text

    with pytest.raises(LocatedError, match=r"^p:1:\d+: the document holds more than 200,000 values; refused$"):
        load_pack_text("a: [" + ",".join(["x"] * 300_000) + "]\n", "p")
    text = (PACKS / "bom_crlf_ok.yaml").read_text(encoding="utf-8-sig")
    with pytest.raises(LocatedError) as info:
        load_pack_text(text + "".join(f"field{i}: {i}\n" for i in range(5_000)), "p")
    lines = str(info.value).splitlines()
    assert len(lines) == 101 and lines[-1].endswith("… and 4,900 more problems; fix these first")
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * 2000 + "\n" + text, encoding="utf-8")
    monkeypatch.setenv("COACH_MAX_PACK_BYTES", "1000")
    monkeypatch.setattr(yamlio, "parse_yaml", lambda *a, **k: pytest.fail("parsed an oversized pack"))
    result = CliRunner().invoke(app, ["score", "--pack", str(big), "-q", "q", "answer"])
    assert result.exit_code == 1
    assert f"coach: {big}: file is 2," in result.stderr
    assert "over the 1,000-byte limit (set COACH_MAX_PACK_BYTES to raise it)" in result.stderr


class _StrictLoader(yaml.SafeLoader):
    """Stands in for a libyaml that refuses nesting early with its own message (PyYAML 6.0.4 on),
    so the test holds whichever PyYAML is installed."""

    depth = 0

    def get_event(self) -> yaml.Event:
        event = super().get_event()
        self.depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
        if self.depth > 10:
            raise yaml.parser.ParserError(None, None, "exceeded maximum nesting depth", event.start_mark)
        return event


def test_a_yaml_library_that_refuses_early_does_not_change_coachs_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.packs import load_pack_text

    monkeypatch.setattr(yamlio, "LOADER", _StrictLoader)
    with pytest.raises(LocatedError) as info:
        load_pack_text("pack: " + "[" * 60 + "]" * 60 + "\n", "p")
    assert str(info.value) == "p:1:56: nesting deeper than 50 levels is not allowed"
    # Where coach's own limits are not crossed, the library's refusal stands, located.
    with pytest.raises(LocatedError, match=r"^p:1:\d+: invalid YAML: exceeded maximum nesting depth"):
        load_pack_text("pack: " + "[" * 20 + "]" * 20 + "\n", "p")
