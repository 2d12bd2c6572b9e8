"""JSON on stdout for scripts: unstyled, exact, and harmless in a terminal."""

from __future__ import annotations

import re
import sys
from typing import Any

_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def print_json(data: Any) -> None:
    """JSON to stdout, unstyled (for scripts), with non-ASCII kept readable."""
    import json

    from .streams import unicode_ok

    # On a stream that cannot hold every character (an ASCII locale), escape: still exact.
    text = json.dumps(data, ensure_ascii=not unicode_ok(sys.stdout), indent=2)
    sys.stdout.write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
