"""The strength scale of a match, 0-100: how well an answer word stands for a keyword word,
and the strength at which a keyword phrase's match counts."""

from __future__ import annotations

# Word-match qualities: the same word, the same stem or family, one typo, two typos.
EXACT, STEM, FUZZY1, FUZZY2 = 100.0, 95.0, 85.0, 78.0

# A phrase match at or above this strength counts.
MATCH_THRESHOLD = 70
