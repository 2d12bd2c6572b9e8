"""Untrusted text made inert in Markdown: the one escaping used by every Markdown writer.

A Markdown viewer renders raw HTML, links and images, so an answer or a pack tip holding
`<script>`, `<img onerror=…>`, `[x](javascript:…)` or `![](https://tracker/…)` would run or
load when the report is opened. Here `<`, `>` and `&` become HTML entities (no tag, autolink
or entity survives); `](` (an inline link or image) and a `[` that starts a line (a link
definition) are broken with a backslash, as is every character of emphasis, code, tables
and line-start syntax (CommonMark allows it for any ASCII punctuation). The viewer shows the
text as typed; bare `https://` addresses may still show as links to where they say.
"""

from __future__ import annotations

import re
from typing import Any

from coach.text import sanitize

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Inline syntax: HTML and autolinks, emphasis, code, tables, strikethrough, the escape itself.
# Brackets stay as typed ("[bold]" reads as it did); a link needs "](" right after them.
_INLINE = re.compile(r"[&<>\\`*_|~]")
# Syntax that only means something at the start of a line: headings, lists, setext
# underlines, link definitions; an ordered-list marker is the digits and the dot or bracket.
_LINE_START = re.compile(r"^([ \t]*)(?:([#+=\-\[])|(\d+)([.)]))")
_BREAKS = re.compile(r"\r\n|[\r\n]")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _ENTITIES.get(char, "\\" + char)


def _escape_line(line: str) -> str:
    line = _INLINE.sub(_escape_char, line).replace("](", "]\\(")
    start = _LINE_START.match(line)
    if start is None:
        return line
    indent, mark, digits, dot = start.groups()
    if mark is not None:
        return f"{indent}\\{mark}{line[start.end():]}"
    return f"{indent}{digits}\\{dot}{line[start.end():]}"


def md_inline(value: Any) -> str:
    """Untrusted text for one line of Markdown (a heading, a list item, a table cell):
    sanitised for display, line breaks as spaces, every Markdown and HTML character escaped."""
    return _escape_line(sanitize(_BREAKS.sub(" ", "" if value is None else str(value))))


def md_quote(value: Any) -> str:
    """Untrusted text as a Markdown block quote, line by line, each line escaped like
    `md_inline` (so a line of the answer cannot start a heading, list or fence)."""
    # Line breaks are normalised before sanitising, which would turn a CR into U+FFFD.
    lines = sanitize(_BREAKS.sub("\n", "" if value is None else str(value))).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return "\n".join("> " + _escape_line(line) if line.strip() else ">" for line in lines) or ">"
