"""A sentence that opens in a course of the candidate's studies or a pursuit ("In my IT course
we measured response time", "At catering college…", "In golf, courtesy means…", "I
statistikkursen räknade vi…") tells what was learnt or done there, not service: its keywords
earn nothing, up to a word of contrast."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "In my networking module we measured response time on a home router."),
    ("en_cs", "flexibility", "On my criminology course, police discretion was the topic I liked best."),
    ("en_cs", "timeliness", "At cookery college you had to plate up immediately or lose marks."),
    ("sv_cs", "reliability", "I statistikkursen räknade vi på hur tillförlitlig en mätning är."),
    ("sv_cs", "product-knowledge", "På musikskolan fick vi lära oss alla skalor utantill."),
    # a pursuit named bare or as the candidate's own
    ("en_cs", "respect", "In judo, respect means you bow before you step onto the mat."),
    ("en_cs", "approachability", "In music, a cheerful tune is usually written in a major key."),
    # a piece of coursework on it
    ("en_cs", "empathy", "I once wrote an assignment on empathy in primates and got a distinction."),
    ("sv_cs", "empathy", "Jag skrev en hemtenta om empati hos schimpanser."),
])
def test_a_sentence_set_in_class_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    pack = request.getfixturevalue(pack_name)
    assert criterion not in earned(pack, text)
    aside = detect(pack, text)[criterion].set_aside
    assert aside is not None and aside.rule == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # past a word of contrast, or a course that does not open the sentence
    ("en_cs", "follow-up", "In my course we only studied theory, but at work I always follow up with "
                           "customers."),
    ("en_cs", "follow-up", "I always follow up with customers, which I also learned in my course."),
    ("sv_cs", "follow-up", "I kursen läste vi mest teori, men på jobbet ringer jag alltid tillbaka till "
                           "kunderna."),
    # "in" opening a sentence set at work, or a course in the work's own subject
    ("en_cs", "follow-up", "In my last job I always followed up with customers the next day."),
    ("en_cs", "follow-up", "In my customer service course we learned to follow up, and I always do."),
])
def test_outside_the_class_it_earns(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                    text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_the_report_names_the_course(en_cs: Pack) -> None:
    aside = detect(en_cs, "In my networking module we measured response time.")["timeliness"].set_aside
    assert aside is not None and aside.phrase == "In my networking module"
