"""Round 59: a claim shrunk, mocked or belied earns nothing: an ironic opener ("Oh sure, …"), a
scope shrunk after a dash ("…— when I'm sure the van's outside", "…— the ones on the end
display, anyway"), a share that belies it ("…twice out of about ten") and a euphemism for
falling short ("…is very much a work in progress for me"). A dash that adds to the claim, a
story going on after "when", a large share and a plain "naturally" still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'communication', "Oh sure, I always explain things clearly, that's why they keep ringing back."),
    ('sv_cs', 'communication', 'Åh visst, jag förklarar allt med enkla ord, det är därför kunderna ringer tillbaka.'),
    ('en_cs', 'realistic-expectations', "I'm always honest about delivery times — when I'm sure the van's already outside."),
    ('en_cs', 'product-knowledge', 'I know our products inside out — the ones on the end-of-aisle display, anyway.'),
    ('en_cs', 'respect', 'I stay polite with rude customers most of the time; last week I managed it twice out of about ten.'),
    ('en_cs', 'follow-up', 'Following up with customers after a repair is very much a work in progress for me.'),
])
def test_a_claim_shrunk_or_mocked_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'respect', "I stay polite with rude customers — even when they're shouting at me."),
    ('en_cs', 'follow-up', 'I follow up with every customer after a repair — when the job is done, every time.'),
    ('en_cs', 'passion', "My favourite moment was helping a lady find a coat – when we found the right one she hugged me."),
    ('en_cs', 'follow-up', 'I followed up with nine out of ten customers last month, and the tenth asked me not to.'),
    ('en_cs', 'communication', 'Naturally I explain the charges before they sign: I go through every line with them.'),
])
def test_a_claim_kept_whole_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
