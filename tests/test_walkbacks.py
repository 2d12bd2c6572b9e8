"""Round 58: a claim walked back or put on earns nothing, in English, Swedish and Telugu: climbed
down in the same breath ("…within the hour — well, within the day"), taken back as a joke
("Kidding!"), made worthless by faint praise or a confidence ("…, which isn't saying much",
"…; between you and me, I hardly ever do"), framed as the answer the interviewer wants or a
look ("You probably want to hear that…", "I come across as…") or an ability not used ("I
can…; I just find it quicker to…"). The same words where the candidate stands by the claim
still earn, and so do two sentences round 57 had taken (a quotation tagged "I'd say", a deed
after a complaint)."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # climbed down
    ('en_cs', 'timeliness', 'I reply to every booking enquiry within ten minutes — well, within the hour — well, by the end of the day.'),
    ('sv_cs', 'timeliness', 'Jag svarar på alla mejl inom en timme – nåja, inom dagen – nåja, inom veckan.'),
    ('te_cs', 'reliability', 'కస్టమర్‌కి ఇచ్చిన మాట ఎప్పుడూ నిలబెట్టుకుంటాను — అంటే, చాలాసార్లు — సరే, గుర్తుంటే.'),
    # a joke
    ('en_cs', 'passion', 'Helping customers is my absolute passion. Kidding, it is the staff discount.'),
    ('sv_cs', 'follow-up', 'Jag följer alltid upp med ett personligt samtal efter varje reparation. Skämtar bara, vi hör av oss när de klagar.'),
    # faint praise, a confidence
    ('en_cs', 'empathy', "I'm more empathetic with callers than the rest of the night shift, which isn't saying much."),
    ('en_cs', 'follow-up', 'I ring every customer back the next day; between you and me, I hardly ever do.'),
    ('sv_cs', 'respect', 'Jag bemöter alla gäster med respekt, men mellan oss sagt får de otrevliga vänta på sina handdukar.'),
    ('te_cs', 'communication', 'బిల్ ఎందుకు ఎక్కువ వచ్చిందో కస్టమర్లకు చాలా స్పష్టంగా వివరిస్తాను — అది పెద్ద పనేం కాదు.'),
    # the expected answer, a look
    ('en_cs', 'follow-up', 'You probably want to hear that I follow up with every customer after a repair.'),
    ('en_cs', 'reliability', 'I come across as very dependable because of the neat uniform and the clipboard.'),
    ('sv_cs', 'problem-resolution', 'Ni vill säkert höra att jag tar ansvar för problemet ända tills det är löst.'),
    # an ability not used
    ('en_cs', 'communication', 'I can explain a broadband contract in plain English; I just find it quicker to read out the terms.'),
])
def test_a_claim_walked_back_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'timeliness', 'I reply to every email within the hour — and I mean the hour, not the day.'),
    ('en_cs', 'communication', 'I explained it clearly, well enough that she could explain it to her husband.'),
    ('en_cs', 'follow-up', 'You probably want to hear that I follow up, and I do: I ring every customer the next day.'),
    ('en_cs', 'communication', "I'd love to say I always listened first, and now I genuinely do: I let every caller finish."),
    ('en_cs', 'approachability', "I don't just look approachable: I walk over and say hello to everyone who comes in."),
    ('en_cs', 'empathy', '"Empathy", I\'d say, is what makes the job.'),
    ('en_cs', 'timeliness', 'I apologised straight away after she complained, and fixed it.'),
])
def test_a_claim_stood_by_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
