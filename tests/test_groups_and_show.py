"""Round 37: a group that leaves the candidate out as its clause's subject ("Everyone on reception
EXCEPT ME stays professional", "MOST OF MY TEAM show real empathy", "Alla i receptionen UTOM JAG
…"), a deed kept only for show or hardly ever ("…, ONLY WHEN THE MANAGER was watching", "ONCE IN
A BLUE MOON I'd offer…", "bara när chefen stod bredvid"), a weakness "on" a skill ("I'm quite
WEAK ON empathy") and a team or a person of a sport or pastime as the subject ("Our DARTS TEAM put
it right in the second leg", "The REFEREE explained every decision in plain English"). The
candidate's own deed beside a group still earns, as does "nobody but me"."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "Everyone on the tills except me manages to stay professional with rude shoppers."),
    ("en_cs", "empathy", "Nearly everyone at the pharmacy is really empathetic with the patients."),
    ("en_cs", "realistic-expectations", "Everybody else at the garage tells customers straight when "
                                        "a repair will take longer."),
    ("hotel", "follow-up", "Everyone on the front desk apart from me touches base with unhappy guests "
                           "before they check out."),
    ("sv_cs", "approachability", "Alla i receptionen utom jag var vänliga och välkomnande mot patienterna."),
    ("sv_cs", "exceeding-expectations", "Nästan alla i mitt gamla team gjorde det lilla extra för "
                                        "medlemmarna."),
    ("en_cs", "respect", "I was only polite to the difficult callers, and only when the supervisor "
                         "was listening in."),
    ("hotel", "options", "Once in a blue moon I'd offer a guest another room, but mostly I said we "
                         "were full."),
    ("hotel", "extra-mile", "I went above and beyond maybe twice in three years."),
    ("hotel", "empathy", "Compared with my colleague Ama I'm quite weak on empathy."),
    ("sv_cs", "respect", "Jag var artig mot kunderna bara när chefen stod i kassan bredvid."),
    ("hotel", "problem-resolution", "Our snooker team put it right in the return match and won the cup."),
    ("hotel", "composure", "The bowling club captain stays composed even with the whole lane watching."),
    ("en_cs", "communication", "The referee explained each decision in plain English to both benches."),
    ("en_cs", "exceeding-expectations", "Our netball squad went beyond everyone's expectations this season."),
    ("sv_cs", "respect", "Domaren i söndagens match var otroligt respektfull mot båda lagen."),
])
def test_others_show_and_rarity_earn_nothing(request: pytest.FixtureRequest, pack_name: str,
                                            criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Nobody but me follows up with the customers."),
    ("en_cs", "follow-up", "Most of my colleagues and I always follow up with customers."),
    ("en_cs", "respect", "Everyone else on the desk was rude, but I stayed polite with the guest."),
    ("en_cs", "follow-up", "When the manager was away, I followed up with every customer myself."),
    ("sv_cs", "approachability", "Alla i kassan var stressade, men jag hälsade glatt på kunderna ändå."),
    ("en_cs", "communication", "Our football club's shop is busy, and I explain the kit options in plain "
                               "English to every parent."),
    ("en_cs", "respect", "As a referee myself, I stay polite with every customer at the sports shop."),
])
def test_the_candidate_beside_a_group_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                   criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
