"""Pearson and Spearman correlation for the benchmarks (a few lines instead of scipy).

Shared by bench/accuracy.py and bench/draft_saf.py, which run as scripts: bench/ is then
on sys.path, so they import this module as `correlation`.
"""

from __future__ import annotations

import math


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson's r; NaN for fewer than two pairs, 0 when either side is constant."""
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def ranks(values: list[float]) -> list[float]:
    """Ranks from 1, ties sharing their average rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho: Pearson's r of the ranks (ties averaged)."""
    return pearson(ranks(xs), ranks(ys))
