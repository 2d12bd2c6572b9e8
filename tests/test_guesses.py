"""Round 60: a claim the candidate does not stand behind earns nothing, in English, Swedish and
Telugu: only guessed with nothing remembered ("I must have… at some point"), heard said ("Legend
has it I…", "Apparently I…; I was off sick"), swallowed by its exception ("…, unless…, which is
nearly always"), put off ("…once I get round to it"), another's deed credited to the candidate
("…thanked me for…, but it was Lena who…"), done as to a child, a literal sense of the
idiom's word; and (round 63) told knowing it false ("I tell every caller…, although I know…") or
tried once ("I call every customer back once; then I'm done"); and (round 64) saved for a better
job, honest with its worst part left out ("…; I just don't mention the fee"), made by a candidate
out of reach ("…, if they can catch me in the ten minutes a day…") or said softly as "a shade less". The same
words where the candidate stands by the claim still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    # guessed, nothing remembered
    ('en_cs', 'follow-up', 'I must have rung a customer back to check on things at some point, surely.'),
    ('en_cs', 'respect', "I'm sure I stayed polite with a difficult caller once or twice, I just can't picture it."),
    ('en_cs', 'exceeding-expectations', "I'd imagine I've gone beyond what a shopper asked for at some point."),
    ('sv_cs', 'follow-up', 'Jag måste ha följt upp med någon kund någon gång, rent statistiskt.'),
    ('sv_cs', 'empathy', 'Jag har säkert sagt att jag förstår hur kunden känner, men jag kan inte komma på ett enda tillfälle.'),
    ('te_cs', 'empathy', 'ఎప్పుడో ఒకసారి ఏదో ఒక కస్టమర్ బాధను అర్థం చేసుకునే ఉంటాను, ఏ సందర్భమో గుర్తు లేదు.'),
    # heard said
    ('en_cs', 'follow-up', 'Legend has it I once called a shopper a week after her refund to check it had arrived.'),
    ('en_cs', 'realistic-expectations', "Apparently I never overpromise on delivery dates; I was off sick the week they said it."),
    ('sv_cs', 'respect', 'Tydligen var jag väldigt artig mot en otrevlig kund i våras, men själv minns jag inte den dagen.'),
    # an exception that swallows the rule
    ('en_cs', 'personalization', "I greet every customer by name, unless I don't know it, which is nearly always."),
    ('sv_cs', 'communication', 'Jag låter alltid kunden prata färdigt, såvida jag inte vet vad hen ska säga, vilket jag oftast gör.'),
    # put off
    ('en_cs', 'follow-up', "Following up with callers is something I'll get round to one of these days."),
    ('en_cs', 'timeliness', "Speeding up my response times is something I'll get round to once the backlog clears."),
    ('sv_cs', 'follow-up', 'Uppföljningen av kunderna tar jag när det lugnar ner sig.'),
    # another's deed credited to the candidate
    ('en_cs', 'personalization', "The regular thanked me for remembering her usual order, but it was Lena who'd written it down."),
    ('sv_cs', 'follow-up', 'Jag blev månadens medarbetare för min uppföljning, fast det var Amir som ringde alla samtal.'),
    # as to a child; a literal sense
    ('en_cs', 'communication', 'I explained the charges very clearly, each time a bit louder, until he stopped asking.'),
    ('sv_cs', 'communication', 'Jag förklarade villkoren väldigt tydligt för honom, långsamt, som för ett barn.'),
    ('en_cs', 'respect', 'I always keep a respectful distance from the counter because of my hay fever.'),
    # told knowing it false; tried once
    ('en_cs', 'timeliness', 'I tell every caller their refund will go through within the hour, although I know finance only runs refunds on Thursdays.'),
    ('sv_cs', 'timeliness', 'Jag säger alltid till kunden att en tekniker ringer inom en timme, fast jag vet att kön är flera dagar lång.'),
    ('en_cs', 'follow-up', "I call every customer back once; then I'm done."),
    ('sv_cs', 'timeliness', 'Jag svarar snabbt på de fem första mejlen varje morgon, resten får vänta till veckan därpå.'),
    # saved for a better job; the worst part left out; out of reach; less, said softly
    ('en_cs', 'respect', "I'll be courteous to every customer once I'm at a five-star place; here most of them don't deserve it."),
    ('sv_cs', 'empathy', 'Empati får jag visa när jag hamnar på en arbetsplats som förtjänar det; här stänger jag bara ärendet.'),
    ('en_cs', 'realistic-expectations', "I'm always upfront about delivery times; I just don't mention the cancellation fee."),
    ('en_cs', 'approachability', "I'm very approachable, if they can catch me in the ten minutes a day I'm on the floor."),
    ('en_cs', 'respect', 'I was perhaps a shade less courteous than usual with him: I told the whole queue he could not read.'),
])
def test_a_claim_not_stood_behind_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ('en_cs', 'follow-up', "I can't remember every one, but I ring every customer back the next day to check."),
    ('en_cs', 'follow-up', 'I must have called her back five times that afternoon to check the refund had gone through.'),
    ('en_cs', 'empathy', 'Apparently I am the patient one, and I did tell Mr Ahmed I understood how he felt.'),
    ('en_cs', 'personalization', "I greet every regular by name, unless it's their first visit, which is rare."),
    ('en_cs', 'follow-up', "I don't leave follow-up until things calm down: I call back the next morning, every time."),
    ('en_cs', 'follow-up', 'The customer thanked me for following up, but it was the least I could do.'),
    ('sv_cs', 'follow-up', 'Jag ringer alltid tillbaka dagen efter för att följa upp, även när det är som mest att göra.'),
    ('en_cs', 'product-knowledge', "I can tell a customer exactly which primer they need, and I'll advise against the cheap one when I know it won't do the job."),
    ('en_cs', 'follow-up', "I follow up until it's solved: an email, then a call, then a visit if I have to."),
    ('en_cs', 'follow-up', "I don't save proper follow-up for a better-paid job: I ring every customer the next day to check."),
])
def test_a_claim_stood_by_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
