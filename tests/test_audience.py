"""Round 48: a deed kept for an audience or played on a stage earns nothing, in English, Swedish
and Telugu: a claim kept for when a manager, an auditor or a mystery shopper is there ("…
whenever the area manager is on the floor", "…när regionchefen är på besök", "…మేనేజర్
షోరూమ్‌లో ఉన్న రోజు మాత్రం…") and one done only in a role-play, a quiz or a dream ("In our
role-play…", "I rollspelet…", "…రోల్-ప్లేలో…"); nor does a machine's work ("Our booking software
texts…, so the follow-up is taken care of"), a policy quoted ("Enligt vår policy ska vi…") or
knowledge without practice ("I know all the theory about…", "…procedure inside out"). A deed done
even when no one watches, a manager asked for, the real customer after the role-play, a real fire
drill, the candidate stepping in for a broken system, a policy the candidate keeps, knowledge put
to use and regulars' names known by heart still earn. So does a deed followed by a kind one, not
by a misdeed a word of sequel tells ("…, then turned my back", "…, och sedan lade jag på")."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # kept for an audience
    ("en_cs", "follow-up", "I ring customers back the next day whenever the area manager is on "
                           "the floor."),
    ("en_cs", "approachability", "In any week a mystery shopper is due, I greet every customer "
                                 "with a big smile."),
    ("hotel", "apology", "When the duty manager is standing behind me, I apologise to every guest "
                         "for the wait."),
    ("sv_cs", "timeliness", "När regionchefen är på besök svarar jag på varje mejl inom en "
                            "timme."),
    ("te_cs", "respect", "ఓనర్ షాప్‌లో ఉన్న రోజు మాత్రం ప్రతి కస్టమర్‌ను గౌరవంగా పలకరిస్తాను."),
    # played on a stage
    ("en_cs", "empathy", "In the induction role-play, I showed convincing empathy to the "
                         "trainer playing an angry caller."),
    ("en_cs", "communication", "I explained the tariff perfectly in my mock interview last "
                               "month."),
    ("sv_cs", "communication", "I rollspelet på introduktionen lyssnade jag färdigt på den arga "
                               "kunden och förklarade avgiften."),
    ("te_cs", "empathy", "ట్రైనింగ్ రోల్-ప్లేలో ఏడుస్తున్న కస్టమర్ పాత్రతో నేను చాలా సానుభూతిగా "
                         "మాట్లాడాను."),
    # a machine's work
    ("en_cs", "follow-up", "Our booking software texts every customer a reminder the day before, "
                           "so the follow-up is taken care of."),
    ("sv_cs", "timeliness", "Bokningssystemet skickar en påminnelse dagen innan, så kunden får "
                            "alltid ett snabbt besked."),
    # a policy quoted
    ("sv_cs", "timeliness", "Enligt vår policy ska vi alltid svara kunden inom en timme."),
    ("te_cs", "realistic-expectations", "మా బ్యాంక్ పాలసీ ప్రకారం కస్టమర్‌కి ఉన్నది ఉన్నట్టు "
                                        "నిజాయితీగా చెప్పాలి."),
    # knowledge without practice
    ("en_cs", "communication", "I know all the theory about explaining fees in plain words; I got "
                               "a distinction for it."),
    ("hotel", "follow-up", "I know the follow-up procedure inside out: which form to fill in and "
                           "when."),
    ("sv_cs", "follow-up", "Jag kan hela rutinen för hur man följer upp ett klagomål utantill."),
    ("te_cs", "approachability", "కస్టమర్లను నవ్వుతూ పలకరించడం గురించి ఒక బ్లాగ్ పోస్ట్ రాశాను, "
                                 "దానికి చాలా లైక్‌లు వచ్చాయి."),
])
def test_a_deed_for_an_audience_or_a_stage_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I ring customers back the next day, even when the manager isn't "
                           "around."),
    ("en_cs", "follow-up", "If a customer wants the manager, I fetch her, and I follow up with "
                           "the customer myself the next day."),
    ("en_cs", "empathy", "After the role-play in training I did it for real: I told a crying "
                         "customer I could see how upset she was."),
    ("hotel", "clear-explanation", "During the fire drill I went floor by floor telling guests "
                                   "what would happen next."),
    ("sv_cs", "timeliness", "Jag svarar på varje mejl inom en timme, även när chefen är "
                            "ledig."),
    ("en_cs", "follow-up", "The booking system was down, so I followed up with every customer "
                           "myself the next day."),
    ("en_cs", "follow-up", "Our policy is to follow up within two days, and I always follow up "
                           "with every customer myself."),
    ("sv_cs", "timeliness", "Systemet krånglade, så jag ringde tillbaka till varje kund inom en "
                            "timme."),
    ("en_cs", "communication", "I read a book on explaining things simply, and now I explain "
                               "every bill line by line."),
    ("en_cs", "personalization", "I know our regulars' names by heart and greet each one by "
                                 "name."),
])
def test_a_deed_done_for_real_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "approachability", "I greeted her with a warm smile, then turned my back to sort the "
                                 "post."),
    ("sv_cs", "communication", "Jag förklarade avgiften tydligt för honom, och sedan lade jag på "
                               "mitt i hans fråga."),
    ("te_cs", "communication", "ఆ పెద్దాయనకు బిల్లు గురించి ఓపికగా వివరించాను, వెంటనే ఫోన్ "
                               "పెట్టేశాను."),
])
def test_a_deed_undone_by_what_came_next_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_a_deed_followed_by_a_kind_one_still_earns(en_cs: Pack) -> None:
    assert "approachability" in earned(en_cs, "I greeted her with a warm smile, then walked her to "
                                              "the right shelf.")
