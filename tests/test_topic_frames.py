"""A sentence framed as a weakness, a plan or a complaint about a past job ("My biggest
weakness is that I apologise too much", "In five years I want…", "What I disliked was…") says
nothing the candidate does for the people served: its keywords are denied, up to a word of
contrast, and a short question the next sentence answers frames that sentence too."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "My main weakness is that I always want to fix the problem "
                                    "myself, and it takes me ages."),
    ("en_cs", "passion", "Honestly, in five years I see myself running my own studio, something "
                         "I'm really passionate about."),
    ("en_cs", "follow-up", "What I disliked about the call centre was having to call customers "
                           "back after every sale."),
    # a short question, answered by the next sentence
    ("en_cs", "problem-resolution", "Where do I see myself in five years? Running a team and "
                                    "resolving bigger problems with budgets."),
    ("sv_cs", "problem-resolution", "Min största svaghet är att jag alltid vill lösa problemet "
                                    "själv, även hemma."),
    ("sv_cs", "passion", "Om fem år vill jag jobba med något jag brinner för, kanske musik."),
    ("sv_cs", "follow-up", "Det jag tröttnade på var att ringa tillbaka till kunder hela dagarna."),
    ("te_cs", "follow-up", "నా వీక్నెస్ ఏంటంటే, నా సొంత పనుల్లో ఫాలో అప్ చేయడం మర్చిపోతాను."),
    ("te_cs", "passion", "ఐదేళ్ళలో నేను మ్యూజిక్ ఫీల్డ్‌లో ఉంటాను, అదే నా ప్యాషన్."),
    # what the candidate wants from the job
    ("en_cs", "flexibility", "I'm looking for flexibility in this role, ideally Fridays off."),
    ("sv_cs", "flexibility", "Jag letar efter flexibilitet i det här jobbet, helst lediga fredagar."),
    # ... and what it should offer them
    ("en_cs", "empathy", "What I want from a supervisor is empathy when my kids are ill."),
    ("en_cs", "realistic-expectations", "I'd like my employer to be transparent about how the "
                                        "tips are shared."),
    ("en_cs", "problem-resolution", "I want a place where management fixes the rota problems "
                                    "instead of leaving them to us."),
    ("en_cs", "approachability", "I'm hoping for a team that's friendly and upbeat."),
    ("sv_cs", "respect", "Jag vill ha en chef som är respektfull när man behöver byta pass."),
    ("sv_cs", "communication", "Det är viktigt för mig att ledningen kommunicerar tydligt om "
                               "schemat."),
])
def test_a_framed_sentence_is_denied(request: pytest.FixtureRequest, pack_name: str,
                                     criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # past a word of contrast, the candidate's claim again
    ("en_cs", "follow-up", "My weakness is my handwriting, but I always follow up with customers."),
    ("sv_cs", "follow-up", "Min svaghet är min handstil, men jag följer alltid upp med kunderna."),
    ("te_cs", "follow-up", "నా వీక్నెస్ నా హ్యాండ్ రైటింగ్, కానీ ప్రతి కస్టమర్‌కి ఫాలో అప్ చేస్తాను."),
    # the frame in a later sentence, or a frame that does not open its sentence
    ("en_cs", "follow-up", "I always follow up with customers. My weakness is my handwriting."),
    ("en_cs", "follow-up", "I followed up with the customer the next day, and the complaint was "
                           "closed in five working days."),
    # what the candidate wants for the people served is no wish for themselves
    ("en_cs", "empathy", "What I want is for every customer to feel I showed empathy."),
    ("en_cs", "passion", "I want a job where I'm passionate about helping people every day."),
    # a question that is not short does not frame the next sentence
    ("en_cs", "follow-up", "What would I say my biggest weakness is when I think about all the "
                           "jobs I've had? I always follow up with customers, so not that."),
])
def test_outside_the_frame_it_earns(request: pytest.FixtureRequest, pack_name: str,
                                    criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_the_frame_is_reported_as_the_negation(en_cs: Pack) -> None:
    found = detect(en_cs, "In five years I see myself doing something I'm passionate about.")
    result = found["passion"]
    assert result.negated and result.negation is not None and result.negation.text == "In"
