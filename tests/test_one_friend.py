"""One friend of the candidate's is their own life, as "my friends" and "my best friend" are in
English: Swedish "min bästa vän", Telugu "నా బెస్ట్ ఫ్రెండ్" (Language.other_senses)."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_swedish(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "När min bästa vän fyllde trettio ordnade jag en överraskningsfest på "
                     "en hyrd segelbåt.", "problem-resolution", "sense")
    # a customer's friend is no friend of the candidate's
    assert detect(sv_cs, "Kundens vän hade tappat kvittot, så jag ordnade ett nytt åt dem.")[
        "problem-resolution"].earned


def test_telugu(te_cs: Pack) -> None:
    # "For my best friend's birthday I planned a surprise beyond expectations"
    assert_set_aside(te_cs, "నా బెస్ట్ ఫ్రెండ్ పుట్టినరోజుకి నేను అంచనాలకు మించి ఒక సర్‌ప్రైజ్ "
                     "ప్లాన్ చేశాను.", "exceeding-expectations", "sense")
