"""Round 52: deeds hollowed out earn nothing, in English, Swedish and Telugu: held back or
pretended ("I stopped short of…", "I pretended to listen", "a far cry from respectful",
"…ఉన్నట్టు నటించాను"), a virtue gone ("Empathy was in short supply"), sarcasm ("Yeah, right,
like I'm going to…", "Som om jag skulle…"), kept up only briefly ("…for about thirty seconds,
then…") and tried in vain ("…, all to no avail"). A second verb of the candidate's after a
holdback, a negation that turns the frame round, a clause of the candidate's own after sarcasm
and a span that tells how long a deed took still leave the claim."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'empathy', 'I stopped short of telling the caller I understood how worried she was.'),
    ('en_cs', 'communication', 'I pretended to listen while I typed up the next ticket.'),
    ('en_cs', 'follow-up', 'I went through the motions of following up by sending the standard survey.'),
    ('en_cs', 'respect', 'My tone with the old man was a far cry from respectful.'),
    ('sv_cs', 'empathy', 'Jag låtsades förstå hur frustrerad hon var, men jag väntade bara på nästa samtal.'),
    ('te_cs', 'empathy', 'ఆ కస్టమర్ బాధ చెప్తుంటే సానుభూతి ఉన్నట్టు నటించాను, కానీ నా దృష్టి స్క్రీన్ మీదే ఉంది.'),
    ('en_cs', 'empathy', 'Empathy was in short supply on my Saturday shifts.'),
    ('en_cs', 'follow-up', 'Follow-up went out of the window once the ticket was closed.'),
    ('sv_cs', 'empathy', 'Empatin var en bristvara på mina fredagspass.'),
    ('te_cs', 'empathy', 'శుక్రవారం షిఫ్ట్\u200cలలో నాలో సానుభూతి కరువైపోయేది.'),
    ('en_cs', 'exceeding-expectations', "Yeah, right, like I'm going to go the extra mile for a one-pound coffee."),
    ('en_cs', 'follow-up', "As if I'd follow up with someone who shouted at me all morning!"),
    ('sv_cs', 'flexibility', 'Som om jag skulle göra ett undantag bara för att kvittot var borta!'),
    ('en_cs', 'follow-up', 'Follow up with every customer after closing time? Yeah, right.'),
    ('en_cs', 'respect', 'I stayed respectful with the caller for about thirty seconds, then told him what I thought.'),
    ('en_cs', 'follow-up', 'My plan to follow up with every customer lasted about a week before I dropped it.'),
    ('sv_cs', 'flexibility', 'Jag var flexibel i ungefär en minut, sedan sa jag blankt nej.'),
    ('te_cs', 'flexibility', 'ఆ ఫ్యామిలీతో ఫ్లెక్సిబుల్\u200cగా ఉన్నాను, పది నిమిషాలు మాత్రమే; తర్వాత రూమ్ ఖాళీ చేయించాను.'),
    ('en_cs', 'problem-resolution', 'I tried for an hour to resolve the double charge, all to no avail.'),
])
def test_a_hollowed_deed_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'realistic-expectations', 'I stopped short of promising Friday and told her straight away the part might take until Tuesday.'),
    ('en_cs', 'communication', "I don't just go through the motions of explaining: I walk every customer through the bill line by line."),
    ('en_cs', 'empathy', "As if I'd jump straight to the policy when a customer is upset; I always tell them I understand why they're frustrated first."),
    ('en_cs', 'empathy', 'I show empathy to every caller, and my patience has never worn thin.'),
    ('en_cs', 'empathy', 'I told her I could see how frightening that was and sat with her for a minute before we blocked the card.'),
    ('en_cs', 'follow-up', 'I rang her back the next morning and stayed on the line for about an hour, then checked in again on Friday.'),
    ('sv_cs', 'realistic-expectations', 'Jag avstod från att lova en tid jag inte kunde hålla och sa ärligt att det tar två veckor.'),
])
def test_a_deed_done_around_the_same_frames_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
