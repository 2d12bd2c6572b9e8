"""Untrusted YAML in, plain data out: safe tags only, bounded size, depth and alias expansion.

Every value keeps the line and column it came from, so that validation errors can point at
the exact place in the file. Nothing here ever constructs a Python object from a tag.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import LocatedError, Problem
from .fileio import read_text  # text file reading lives in fileio; callers may take it from here

MAX_DEPTH = 50
MAX_NODES = 200_000

# libyaml parses about ten times faster than pure Python: a pack at the size limit loads in
# bounded time. Both loaders are safe here (only composing is used, never constructing).
LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The characters YAML accepts in a stream (YAML 1.1 "printable"); anything else is refused
# up front with our own position, identically for both loaders.
_NOT_YAML = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}

Path_ = tuple[str | int, ...]


@dataclass
class Located:
    """Plain YAML data plus where each value (and each mapping key) starts in the file."""

    data: Any
    file: str
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the value at path, or of its nearest located parent."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if key and probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        """A Problem located at path, with the path written as dotted field names."""
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, dotted(path), message)


def dotted(path: Path_) -> str:
    """('questions', 3, 'criteria') -> 'questions[3].criteria'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index in text."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def load_yaml_file(path: Path, *, error: type[LocatedError] = LocatedError, limit: int | None = None,
                   max_nodes: int = MAX_NODES, what: str = "file") -> Located:
    """Read and parse a YAML file safely; raise `error` with positions on any problem. The
    defaults are a pack's limits; an answers file passes its own."""
    return parse_yaml(read_text(path, limit=limit, what=what), str(path), error=error,
                      max_nodes=max_nodes)


def parse_yaml(text: str, name: str, *, error: type[LocatedError] = LocatedError,
               max_nodes: int = MAX_NODES) -> Located:
    """Parse YAML text into plain data with positions, refusing unsafe or abusive documents."""
    if not text.strip():
        raise error([Problem(name, 1, 1, "", "the file is empty; expected a YAML mapping")])
    bad = _NOT_YAML.search(text)
    if bad:
        line, column = line_column(text, bad.start())
        char = ord(bad.group())
        kind = "a lone surrogate (not valid Unicode)" if 0xD800 <= char <= 0xDFFF else \
            "a control character"
        raise error([Problem(name, line, column, "",
                             f"character U+{char:04X} is {kind} and not allowed in YAML; remove it")])
    try:
        _check_depth(text, name, error, max_nodes)
        documents = list(yaml.compose_all(text, Loader=LOADER))
    except yaml.MarkedYAMLError as exc:
        raise error([_yaml_problem(exc, name)]) from None
    except yaml.YAMLError as exc:
        # Reader errors (and anything unmarked): our pre-scan makes these rare.
        raise error([Problem(name, 1, 1, "", f"invalid YAML: {_unmarked(exc)}")]) from None
    documents = [d for d in documents if d is not None]
    if not documents:
        raise error([Problem(name, 1, 1, "", "the file holds no data; expected a YAML mapping")])
    if len(documents) > 1:
        mark = documents[1].start_mark
        raise error(
            [Problem(name, mark.line + 1, mark.column + 1, "", "expected one YAML document, found several")]
        )
    located = Located(None, name)
    builder = _Builder(located, error, max_nodes)
    located.data = builder.build(documents[0], ())
    if builder.problems:
        raise error(builder.problems)
    return located


class _Dumper(yaml.SafeDumper):
    """Plain data to YAML a person edits: no &id001 anchors; multi-line text as | blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:  # model answers as readable | blocks
        value = "\n".join(line.rstrip() for line in value.strip().splitlines())
        return dumper.represent_scalar(_STD + "str", value, style="|")
    return dumper.represent_scalar(_STD + "str", value)


_Dumper.add_representer(str, _represent_text)


def dump_yaml(data: Any, *, width: int = 100) -> str:
    """Plain data (dicts, lists, strings, numbers) as YAML text for people to read and edit:
    keys in the order given, Unicode as written, multi-line strings as | blocks."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=width)


def _check_depth(text: str, name: str, error: type[LocatedError], max_nodes: int = MAX_NODES) -> None:
    """Refuse deep nesting and huge documents from the event stream, before the (recursive,
    memory-hungry) composer sees them.

    libyaml (PyYAML 6.0.4 and later) has nesting and size limits of its own, and its scanner
    reads up to 1,024 characters ahead, so it may refuse a document with its own message
    before our limit is reached. Whatever libyaml refuses is therefore scanned again with the
    pure-Python parser, which has no limits of its own: coach's limits, messages and positions
    then hold with every PyYAML build; any other error is libyaml's, as before.
    """
    if LOADER is yaml.SafeLoader:
        _scan_events(text, name, error, yaml.SafeLoader, max_nodes)
        return
    try:
        _scan_events(text, name, error, LOADER, max_nodes)
    except yaml.YAMLError as exc:
        with contextlib.suppress(yaml.YAMLError):
            _scan_events(text, name, error, yaml.SafeLoader, max_nodes)
        raise exc from None


def _scan_events(text: str, name: str, error: type[LocatedError], loader: type,
                 max_nodes: int = MAX_NODES) -> None:
    """One pass over the parser's events, counting values (as written) and nesting."""
    depth = 0
    values = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.NodeEvent):
            values += 1
            if values > max_nodes:
                raise error([_event_problem(name, event, f"the document holds more than "
                                                         f"{max_nodes:,} values; refused")])
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise error([_event_problem(name, event, f"nesting deeper than {MAX_DEPTH} "
                                                         "levels is not allowed")])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _event_problem(name: str, event: yaml.Event, message: str) -> Problem:
    """A problem where a parser event starts (the parser always marks its events; the types
    allow none, and then the top of the file is named)."""
    mark = event.start_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(name, line, column, "", message)


def _too_many(max_nodes: int) -> str:
    # Only aliases make the built data larger than the values written (which the event scan
    # has already bounded), so this message can blame them.
    return f"the document expands to more than {max_nodes:,} values (too many aliases?); refused"


def _unmarked(exc: yaml.YAMLError) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason) if reason else str(exc).splitlines()[0]


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str) -> Problem:
    """A scanner/parser error as a Problem; wording made the same for libyaml and pure Python."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "invalid YAML"
    context = exc.context or ""
    if "\\t" in problem or "tab" in problem:
        problem = "a tab character is not allowed here; indent YAML with spaces"
    elif "end of stream" in problem and "quoted scalar" in context and exc.context_mark:
        start = exc.context_mark
        line, column = start.line + 1, start.column + 1
        problem = "unterminated quoted string: the closing quote is missing"
    elif "undefined alias" in problem:
        problem = "undefined alias: no anchor (&name) of that name comes before it"
    elif ("escape" in problem or "hexdecimal" in problem or "hexadecimal" in problem) \
            and exc.context_mark:
        start = exc.context_mark  # the opening quote: both loaders agree on it
        line, column = start.line + 1, start.column + 1
        problem = f"invalid escape sequence in a double-quoted string ({problem})"
    elif context:
        problem = f"{problem} ({context})"
    return Problem(name, line, column, "", f"invalid YAML: {problem}")


class _Builder:
    """Turns a composed node graph into plain data, with limits on aliases and tags."""

    def __init__(self, located: Located, error: type[LocatedError], max_nodes: int = MAX_NODES) -> None:
        self.located = located
        self.error = error
        self.max_nodes = max_nodes
        self.problems: list[Problem] = []
        self.nodes = 0
        self.active: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def fail(self, node: yaml.Node, path: Path_, message: str) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.located.file, mark.line + 1, mark.column + 1, dotted(path), message)
        )

    def build(self, node: yaml.Node, path: Path_) -> Any:
        # Aliases can nest collections without nesting events (a: &a [x], b: &b [*a], ...),
        # so depth is checked again here, where it would otherwise become a RecursionError.
        if len(path) > MAX_DEPTH:
            mark = node.start_mark
            raise self.error(
                [Problem(self.located.file, mark.line + 1, mark.column + 1, "",
                         f"nesting deeper than {MAX_DEPTH} levels (through aliases) is not allowed")]
            )
        self.nodes += 1
        if self.nodes > self.max_nodes:
            mark = node.start_mark
            raise self.error([Problem(self.located.file, mark.line + 1, mark.column + 1, dotted(path),
                                      _too_many(self.max_nodes))])
        if id(node) in self.active:
            self.fail(node, path, "an alias refers to a collection that contains it; refused")
            return None
        self.located.values.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode) and node.tag == _STD + "seq":
                return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
            if isinstance(node, yaml.MappingNode) and node.tag == _STD + "map":
                return self.mapping(node, path)
            self.fail(node, path, f"YAML tag {node.tag!r} is not allowed; packs hold plain data only")
            return None
        finally:
            self.active.discard(id(node))

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, path, f"YAML tag {node.tag!r} is not allowed; packs hold plain data only")
            return None
        if node.tag == _STD + "str":
            bad = _SURROGATE.search(node.value)
            if bad:
                self.fail(node, path, "invalid escape sequence in a double-quoted string "
                                      f"(U+{ord(bad.group()):04X} is a lone surrogate, not a character)")
                return None
            return node.value
        if node.tag == _STD + "timestamp":
            return node.value
        if node.tag == _STD + "int" and len(node.value) > 100:
            self.fail(node, path, f"number {node.value[:20]}… is too long ({len(node.value)} digits)")
            return None
        try:
            value = self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError, ArithmeticError) as exc:
            self.fail(node, path, f"invalid value {node.value[:40]!r}: {exc}")
            return None
        return value

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                self.fail(key_node, path, "merge keys (<<) are not supported; write the fields out")
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _SCALAR_TAGS:
                self.fail(key_node, path, "a mapping key must be a plain name")
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in result:
                first = self.located.keys.get(child, (0, 0))
                self.fail(key_node, child, f"duplicate key {key!r} (first given on line {first[0]})")
                continue
            self.located.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, child)
        return result
