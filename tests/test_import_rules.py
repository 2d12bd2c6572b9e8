"""The import rules that keep the layout (README, Development): scoring imports nothing above
it, no import circle among coach's modules, and each heavy library stays in the module that
owns it. Read from the source with ast, so a rule holds whether or not the code runs."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coach"

# What coach/scoring may import from coach (the modules below it), and from outside the
# standard library (snowballstemmer reaches it only through coach.lang).
SCORING_MAY_IMPORT = ("coach.scoring", "coach.text", "coach.tokens", "coach.lang", "coach.errors", "coach.records")
SCORING_THIRD_PARTY = frozenset({"rapidfuzz"})

# A library -> the modules allowed to import it (paths relative to the repository root).
OWNERS = {
    "rich": ("coach/output/*",),
    "yaml": ("coach/yamlio.py", "coach/packs/*"),
    "sqlite3": ("coach/store/*",),
    "pydantic": ("coach/packs/*",),
    "typer": ("coach/cli*.py", "coach/clibase.py"),
    "prompt_toolkit": ("coach/editor.py",),
    "pocketsphinx": ("coach/voice/engines.py",),
    "faster_whisper": ("coach/voice/engines.py",),
    "sounddevice": ("coach/voice/record.py",),
}


@dataclass(frozen=True)
class Import:
    """One imported module, as an absolute dotted name, and whether it runs at import time."""

    module: str
    top_level: bool  # at module (or class) level, not in a function or an `if TYPE_CHECKING:`
    line: int


def module_name(path: Path, root: Path) -> str:
    """coach/scoring/__init__.py -> coach.scoring; coach/text.py -> coach.text."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(source: str, name: str, is_package: bool, known: set[str]) -> list[Import]:
    """Every import in a module's source, resolved to absolute module names. `from p import n`
    names the module p.n when that is a module of `known`, else p."""
    package = name if is_package else name.rpartition(".")[0]
    found: list[Import] = []

    def resolve(node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = package.split(".")
        if node.level > 1:
            base = base[: len(base) - node.level + 1]
        return ".".join(base + ([node.module] if node.module else []))

    def visit(nodes: list[ast.stmt], top: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.extend(Import(alias.name, top, node.lineno) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = resolve(node)
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.append(Import(full if full in known else base, top, node.lineno))
            elif isinstance(node, ast.If) and _type_checking(node.test):
                visit(node.body, False)
                visit(node.orelse, top)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(node.body, False)
            else:
                for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                    inner = getattr(node, field, None)
                    if isinstance(inner, list):
                        visit([n for n in inner if isinstance(n, ast.stmt)], top)
                        for item in inner:  # except handlers and match cases hold statements
                            if not isinstance(item, ast.stmt) and hasattr(item, "body"):
                                visit(item.body, top)

    visit(ast.parse(source).body, True)
    return found


def read_package(package: Path) -> dict[str, tuple[Path, list[Import]]]:
    """Every module of the package: its path and its imports."""
    root = package.parent
    paths = {module_name(p, root): p for p in sorted(package.rglob("*.py"))}
    known = set(paths)
    return {name: (path, imports(path.read_text("utf-8"), name, path.name == "__init__.py", known))
            for name, path in paths.items()}


def import_edges(modules: dict[str, tuple[Path, list[Import]]]) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports at import time. Importing a.b.c from
    outside a.b runs a.b's __init__ first, so that counts as importing a.b too."""
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, (_path, found) in modules.items():
        for item in found:
            if not item.top_level or item.module not in modules or item.module == name:
                continue
            edges[name].add(item.module)
            parts = item.module.split(".")
            for cut in range(1, len(parts)):
                parent = ".".join(parts[:cut])
                if parent in modules and not (name == parent or name.startswith(parent + ".")):
                    edges[name].add(parent)
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the modules along it (first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


MODULES = read_package(PACKAGE)


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# -- the rules -----------------------------------------------------------------------------------


def test_scoring_imports_nothing_above_it() -> None:
    """coach/scoring takes a rubric: it never imports packs, store, output, CLI or pydantic,
    not even for type checking or inside a function."""
    stdlib = sys.stdlib_module_names
    wrong = []
    for name, (path, found) in MODULES.items():
        if not (name == "coach.scoring" or name.startswith("coach.scoring.")):
            continue
        for item in found:
            top = item.module.split(".")[0]
            if top == "coach":
                allowed = any(item.module == ok or item.module.startswith(ok + ".")
                              for ok in SCORING_MAY_IMPORT)
            else:
                allowed = top in stdlib or top == "__future__" or top in SCORING_THIRD_PARTY
            if not allowed:
                wrong.append(f"{_relative(path)}:{item.line}: {item.module}")
    assert len([n for n in MODULES if n.startswith("coach.scoring.")]) >= 5  # the rule sees them
    assert wrong == []


def test_no_import_circle_among_coach_modules() -> None:
    """Imports that run at import time form no circle (imports inside functions and under
    `if TYPE_CHECKING:` do not count: they run later, or never)."""
    assert find_cycle(import_edges(MODULES)) is None


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_heavy_libraries_are_imported_only_by_their_owners(library: str) -> None:
    users = sorted({_relative(path) for _name, (path, found) in MODULES.items()
                    for item in found if item.module.split(".")[0] == library})
    strays = [user for user in users if not any(fnmatch(user, owner) for owner in OWNERS[library])]
    assert users, f"no module imports {library}: is the rule still needed, or its name wrong?"
    assert strays == []


# -- the checker itself: each rule can fail ------------------------------------------------------


def _modules(sources: dict[str, str]) -> dict[str, tuple[Path, list[Import]]]:
    known = set(sources)
    return {name: (Path(name.replace(".", "/") + ".py"),
                   imports(text, name, name == "pkg" or name.endswith(".sub"), known))
            for name, text in sources.items()}


def test_the_checker_resolves_relative_imports_and_tells_top_level_from_deferred() -> None:
    source = ("from __future__ import annotations\nfrom typing import TYPE_CHECKING\n"
              "from . import b\nfrom .c import thing\nimport json\n"
              "if TYPE_CHECKING:\n    from ..other import Name\n"
              "try:\n    import rich\nexcept ImportError:\n    import yaml\n"
              "class K:\n    from .d import x\n"
              "def f():\n    import sqlite3\n")
    found = imports(source, "pkg.sub.a", False, {"pkg.sub.b", "pkg.sub.c", "pkg.sub.d", "pkg.other"})
    assert [(i.module, i.top_level) for i in found] == [
        ("__future__", True), ("typing", True), ("pkg.sub.b", True), ("pkg.sub.c", True),
        ("json", True), ("pkg.other", False), ("rich", True), ("yaml", True), ("pkg.sub.d", True),
        ("sqlite3", False)]


def test_the_checker_finds_a_circle_only_through_imports_that_run_at_import_time() -> None:
    circle = _modules({"pkg.a": "from pkg import b\n", "pkg.b": "import pkg.c\n",
                       "pkg.c": "from .a import x\n"})
    assert find_cycle(import_edges(circle)) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]
    deferred = _modules({"pkg.a": "from pkg import b\n", "pkg.b": "def f():\n    import pkg.a\n"})
    assert find_cycle(import_edges(deferred)) is None
    # Importing pkg.sub.x from outside pkg.sub runs pkg/sub/__init__ first.
    through_init = _modules({"pkg.sub": "from pkg.z import y\n", "pkg.sub.x": "",
                             "pkg.z": "from pkg.sub.x import q\n"})
    assert find_cycle(import_edges(through_init)) == ["pkg.sub", "pkg.z", "pkg.sub"]
