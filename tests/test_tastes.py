"""A word of liking said of a thing the rubric never names ("passionate about motorbikes",
"Min största passion är ridning") is a taste, not a passion for serving; liked service, its
trades and the people served still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned
from test_emphasis_deflection import assert_set_aside


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I'm really passionate about motorbikes, I rebuilt my first one at sixteen."),
    ("en_cs", "My biggest passion is horse riding."),
    ("en_cs", "I'm passionate about my own personal development."),
    ("en_cs", "I'm passionate about progressing."),
    ("sv_cs", "Jag brinner för inredning."),
    ("sv_cs", "Min största passion är ridning."),
])
def test_a_thing_liked_outside_the_rubric_is_another_sense(request: pytest.FixtureRequest,
                                                           pack_name: str, text: str) -> None:
    assert "passion" not in earned(request.getfixturevalue(pack_name), text)


def test_the_taste_is_named_as_another_sense(request: pytest.FixtureRequest) -> None:
    assert_set_aside(request.getfixturevalue("en_cs"), "I'm passionate about skincare.", "passion", "sense")


@pytest.mark.parametrize(("pack_name", "text"), [
    ("en_cs", "I'm passionate about helping people."),
    ("en_cs", "I'm passionate about excellent customer service."),
    ("en_cs", "I'm passionate about hospitality."),
    ("en_cs", "I'm passionate about this job."),
    ("en_cs", "I'm passionate about it."),
    ("en_cs", "Helping people is my passion in life."),
    ("sv_cs", "Jag brinner för att hjälpa folk."),
    ("sv_cs", "Jag brinner för service."),
])
def test_liked_service_still_earns(request: pytest.FixtureRequest, pack_name: str, text: str) -> None:
    assert "passion" in earned(request.getfixturevalue(pack_name), text)


def test_a_pursuit_in_the_phrase_slot_is_another_sense(request: pytest.FixtureRequest) -> None:
    pack = request.getfixturevalue("en_cs")
    assert_set_aside(pack, "I find knitting really rewarding, it calms me down.", "passion", "sense")
    assert "passion" in earned(pack, "I find it really rewarding when a customer leaves happy.")


@pytest.mark.parametrize("text", ["నాకు ట్రావెల్ అంటే చాలా ప్యాషన్.", "నాకు ఫోటోగ్రఫీ అంటే ఆసక్తి.",
                                  # the one who likes it after the topic
                                  "నా యూట్యూబ్ ఛానల్ అంటే నాకు చాలా ప్యాషన్."])
def test_a_thing_liked_first_in_telugu_is_another_sense(te_cs: object, text: str) -> None:
    assert "passion" not in earned(te_cs, text)


@pytest.mark.parametrize("text", [
    "నాకు కస్టమర్ సర్వీస్ అంటే చాలా ప్యాషన్.",
    "నాకు జనాలకి సహాయం చేయడం అంటే ప్యాషన్.",
    "కస్టమర్లకి సహాయం చేయడం నా ప్యాషన్.",
    "కస్టమర్ సర్వీస్ అంటే నాకు చాలా ప్యాషన్.",
])
def test_service_liked_first_in_telugu_still_earns(te_cs: object, text: str) -> None:
    assert "passion" in earned(te_cs, text)


# respect for someone the topic word names, fused after an honorific too ("I have great
# respect for Ilaiyaraaja"); respect for customers still earns
@pytest.mark.parametrize("text", ["నాకు ఇళయరాజా గారంటే చాలా గౌరవం, ఆయన పాటలు లేకుండా నా రోజు మొదలవదు.",
                                  "నాకు ఇళయరాజా అంటే చాలా గౌరవం.",
                                  # fused to the one respected, and past a word of degree
                                  "నాకు మా తాతగారంటే చాలా గౌరవం, ఆయన టీచర్‌గా పని చేశారు.",
                                  "సచిన్ అంటే నాకు అపారమైన గౌరవం."])
def test_respect_for_someone_named_first_in_telugu_is_another_sense(te_cs: object, text: str) -> None:
    assert "respect" not in earned(te_cs, text)


@pytest.mark.parametrize("text", ["నాకు కస్టమర్లంటే చాలా గౌరవం.", "కస్టమర్ అంటే నాకు చాలా గౌరవం."])
def test_respect_for_customers_in_telugu_still_earns(te_cs: object, text: str) -> None:
    assert "respect" in earned(te_cs, text)
