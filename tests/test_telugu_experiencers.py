"""Telugu names the one who remembers, knows or likes in the dative ("మా మేనేజర్‌కి ప్రతి కస్టమర్
పేరు గుర్తుంటుంది", our manager remembers every customer's name): a colleague or "she" so
marked, opening the clause, is that verb's subject, not the candidate (Language.
experiencer_endings); the candidate's own నాకు, and "them" or a person further on in the clause
("వాళ్ళకి అర్థమయ్యే భాషలో", in words they understand), leave the credit."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("text", "cid"), [
    ("మా మేనేజర్‌కి ప్రతి రెగ్యులర్ కస్టమర్ పేరు గుర్తుంటుంది.", "personalization"),
    ("నా కొలీగ్ సుధ చాలా మంచిది. ఆమెకు ప్రతి రెగ్యులర్ కస్టమర్ పేరు గుర్తుంటుంది.", "personalization"),
    ("మా కొలీగ్‌కి కస్టమర్లకు సహాయం చేయడం అంటే చాలా ఇష్టం.", "passion"),
    # he, in the dative: "Our manager is very good. He remembers every customer's name."
    ("మా మేనేజర్ చాలా మంచివాడు. ఆయనకు ప్రతి కస్టమర్ పేరు గుర్తుంటుంది.", "personalization"),
    ("మా సూపర్వైజర్ చాలా మంచివాడు. అతనికి ప్రతి కస్టమర్ పేరు గుర్తుంటుంది.", "personalization"),
])
def test_a_colleague_in_the_dative_is_the_one_who_remembers(te_cs: Pack, text: str, cid: str) -> None:
    found = detect(te_cs, text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "subject"


@pytest.mark.parametrize(("text", "cid"), [
    ("నాకు ప్రతి రెగ్యులర్ కస్టమర్ పేరు గుర్తుంటుంది.", "personalization"),
    ("నాకు కస్టమర్లకు సహాయం చేయడం అంటే చాలా ఇష్టం.", "passion"),
    ("ఫారం ఎలా నింపాలో ఓపిగ్గా, వాళ్ళకి అర్థమయ్యే భాషలో చెప్పడం.", "communication"),
    ("రెండింటిలో ఏది ఆమెకు better అనేది clear గా explain చేశా.", "communication"),
])
def test_the_candidate_or_the_person_served_in_the_dative_leaves_the_credit(te_cs: Pack, text: str,
                                                                           cid: str) -> None:
    assert cid in earned(te_cs, text)
