"""Where the verb says its subject is things (Telugu's neuter plural -ాయి), the match is what
things do or are ("రూల్స్ అన్నీ వెబ్‌సైట్‌లో clear గా ఉంటాయి", "the rules are all clear on the
website"), unless the candidate stands before it in the sentence ("అన్నీ నాకు గుర్తుంటాయి", "I
remember them all": the candidate is the one who remembers)."""

from __future__ import annotations

import pytest
from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize("text, cid", [
    ("రూల్స్ అన్నీ వెబ్‌సైట్‌లో clear గా ఉంటాయి.", "communication"),
    ("మా స్టోర్‌లో కొత్త మెషీన్లు పెట్టారు. అవి చాలా త్వరగా బిల్ చేస్తాయి.", "timeliness"),
])
def test_what_things_do_is_no_service(te_cs: Pack, text: str, cid: str) -> None:
    assert_set_aside(te_cs, text, cid, "thing")


@pytest.mark.parametrize("text, cid", [
    ("నేను బిల్లులు త్వరగా పూర్తి చేస్తాను.", "timeliness"),
    ("ఫారమ్ నింపాల్సిన వాళ్లకు ముందే ఫారమ్ ఇచ్చేస్తాను, దాంతో ఒక్కొక్కరికీ నాలుగైదు నిమిషాలు ఆదా "
     "అవుతాయి.", "timeliness"),
])
def test_the_candidates_own_still_earns(te_cs: Pack, text: str, cid: str) -> None:
    assert detect(te_cs, text)[cid].earned
