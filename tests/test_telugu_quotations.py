"""Telugu closes a quotation with అని (or -ని on the quoted verb) and names the speaker on the
verb after it: a keyword in someone else's words ("… మించిపోయింది అని అందరూ చెప్పుకున్నారు",
everyone said it exceeded …; "నేను ఎప్పుడూ నిజాయితీగా ఉంటానని మా మేనేజర్ అంటారు", my manager
says I'm always honest) is hearsay; the candidate's own words ("… అని అడిగాను", I asked) and a
reply after the candidate's own deed ("కాల్ చేసి అడిగితే …") are not (Language.quotatives)."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("text", "cid"), [
    ("ఆ కస్టమర్ expectations ని మించిపోయింది అని అందరూ చెప్పుకున్నారు.", "exceeding-expectations"),
    ("నేను ఎప్పుడూ నిజాయితీగా ఉంటానని మా మేనేజర్ అంటారు.", "realistic-expectations"),
    # "Go the extra mile, our trainer used to say every day"
    ("గో ది ఎక్స్‌ట్రా మైల్ అని మా ట్రైనర్ రోజూ చెప్పేవారు.", "exceeding-expectations"),
])
def test_someone_elses_words_are_hearsay(te_cs: Pack, text: str, cid: str) -> None:
    found = detect(te_cs, text)[cid]
    assert not found.earned
    assert found.set_aside is not None and found.set_aside.rule == "hearsay"


@pytest.mark.parametrize(("text", "cid"), [
    ("నేను మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడిగాను.", "follow-up"),
    ("నేను ఎప్పుడూ ఫాలో అప్ చేస్తానని కస్టమర్‌కి చెప్పాను.", "follow-up"),
])
def test_the_candidates_own_words_still_earn(te_cs: Pack, text: str, cid: str) -> None:
    assert cid in earned(te_cs, text)


def test_what_made_them_feel_so_is_no_quotation(te_cs: Pack) -> None:
    """"… దొరికిందని వాళ్ళు చాలా సంతోషపడ్డారు" (they were glad they got …): no verb of saying."""
    text = ("ఆ జంటకు నేను కేక్ పెట్టించి వ్యక్తిగతంగా విష్ చేశాను. అంచనాలకు మించి ఏదో "
            "దొరికిందని వాళ్ళు చాలా సంతోషపడ్డారు.")
    assert "exceeding-expectations" in earned(te_cs, text)
