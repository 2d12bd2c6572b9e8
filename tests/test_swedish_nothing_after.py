"""Swedish "inget"/"ingenting" after a match negates it as "not" does ("Uppföljning är inget jag
hinner med", follow-up is nothing I have time for); a privative verb put before the match in
verb-second order makes emphasis with it ("kostar ett vänligt leende ingenting", a friendly
smile costs nothing), as it does in plain order ("ett vänligt leende kostar ingenting")."""

from __future__ import annotations

import pytest

from coach.packs import Pack
from coach.scoring import detect


def test_nothing_after_negates(sv_cs: Pack) -> None:
    result = detect(sv_cs, "Uppföljning är inget jag hinner med, ärligt.")["follow-up"]
    assert result.negated and not result.earned


@pytest.mark.parametrize("text", [
    "Ett vänligt leende kostar ingenting.",
    "Sist men inte minst kostar ett vänligt leende ingenting.",
])
def test_costs_nothing_is_emphasis(sv_cs: Pack, text: str) -> None:
    result = detect(sv_cs, text)["approachability"]
    assert result.earned and not result.negated
