"""Round 42: a list whose heading says the candidate leaves its items out ("Things I skip when
the shop is rammed: small talk, follow-up calls", "Not my job: explaining the bill", "Det första
som ryker: artigheten", "… నేను స్కిప్ చేసేవి: …") earns nothing for its items, in English,
Swedish and Telugu. The same items under a heading that keeps them ("What I never skip: …"), or
after a colon that only opens a story, still earn. A resolution or plan not yet begun ("Next time
a guest has a problem, I'm going to deal with it myself", "Mitt nyårslöfte är att…", "…
రాసుకోబోతున్నాను") earns nothing; a habit told with a time in it still earns. Refused outright
("…when pigs fly", "Flexible on returns? Over my dead body.", "Över min döda kropp") or asked
as who has time for it, the deed earns nothing; a plain "no" after a question says the same only
of a short one, as before. A quotation that labels something (a template, a box, a status set
on a ticket: "our standard 'We'll keep you updated' email", "I marked the ticket 'Resolved'",
"vår mall ”Vi håller dig uppdaterad!”") earns nothing; a status set only after the candidate's
own deed, or their own words quoted, still earn. The unreal past with an irregular verb ("Had
I rung him back the next day…") and Telugu's "… మాట్లాడి ఉంటే, …" (had I spoken …) earn nothing. What the person served wanted or hoped for, the subject
described by a place ("The couple in 214 wanted an apology", "Paret hoppades på lite
flexibilitet"), is their wish, not the candidate's deed, unless the candidate then grants it ("…,
and I gave her one"). A boast belied after its colon by a hand-off ("I solved her billing problem in
record time: I transferred her to another department") or by a misdeed ("I was perfectly
courteous to him: I only rolled my eyes when he turned his back") earns nothing; a boast the
story after the colon backs up still earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


# A heading that leaves the items out.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Stuff I leave out when the queue hits the door: small talk, empathy and "
                         "anything else that slows the till."),
    ("en_cs", "timeliness", "What goes out the window on a Saturday: answering emails promptly."),
    ("en_cs", "communication", "Not my job on the helpdesk: explaining what the error codes mean."),
    ("hotel", "follow-up", "What gets dropped when the hotel is full: follow-up calls and thank-you "
                           "notes."),
    ("sv_cs", "approachability", "Sådant jag skippar när det är fullt i butiken: att hälsa och le."),
    ("te_cs", "follow-up", "రద్దీ ఎక్కువగా ఉన్నప్పుడు నేను స్కిప్ చేసేవి: ఫాలో-అప్ కాల్స్, "
                           "ఫీడ్‌బ్యాక్ ఫారమ్స్."),
    ("te_cs", "follow-up", "పని ఎక్కువైనప్పుడు నేను మానేసేవి: ఫాలో-అప్ కాల్స్, ఫీడ్‌బ్యాక్ ఫారమ్స్."),
])
def test_a_heading_that_leaves_the_items_out_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


# A heading that keeps them, or a colon that opens a story or a quotation.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "What I never skip, however busy it gets: a follow-up call the next day "
                           "to check the repair worked."),
    ("en_cs", "timeliness", "What I dropped when I was promoted: nothing, I still answer every email "
                            "promptly."),
    ("en_cs", "realistic-expectations", "I didn't know the answer, and I told her so: \"I won't "
                                        "guess, I'll only promise what I can check.\""),
    ("hotel", "follow-up", "Things I do on every shift: follow-up calls to guests who complained "
                           "the day before."),
    ("en_cs", "follow-up", "No: I follow up with every customer the next day."),
    ("en_cs", "personalization", "Treat people as people, not as ticket numbers: use their name and "
                                 "remember what they told you last time."),
])
def test_a_heading_that_keeps_the_items_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A resolution or a plan not yet begun.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "Next time a customer has a problem with a delivery, I'm going "
                                    "to deal with it myself instead of passing it on."),
    ("en_cs", "personalization", "I keep meaning to learn the regulars' names, maybe after "
                                 "Christmas."),
    ("en_cs", "empathy", "This year I'm going to work on understanding how customers feel before "
                         "I quote the policy."),
    ("hotel", "policy-knowledge", "I'm planning to properly learn the booking system at some "
                                  "point next month."),
    ("sv_cs", "reliability", "Mitt nyårslöfte är att faktiskt hålla det jag lovar kunderna."),
    ("sv_cs", "exceeding-expectations", "En dag vill jag bli en sådan butiksanställd som "
                                        "överraskar kunderna med något litet extra."),
    ("te_cs", "personalization", "వచ్చే నెల నుంచి రెగ్యులర్ కస్టమర్ల పేర్లు ఒక నోట్‌బుక్‌లో "
                                 "రాసుకోబోతున్నాను."),
    ("te_cs", "flexibility", "కొత్త బ్రాంచ్‌లో కస్టమర్ల స్పెషల్ రిక్వెస్ట్‌ల విషయంలో ఫ్లెక్సిబుల్‌గా "
                             "ఉండాలనుకుంటున్నాను."),
])
def test_a_plan_not_begun_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "When a customer has a problem with a delivery, I deal with it "
                                    "myself instead of passing it on."),
    ("en_cs", "follow-up", "This year I followed up with every customer whose order was late."),
    ("sv_cs", "reliability", "Jag håller alltid det jag lovar kunderna, varje pass."),
    ("en_cs", "follow-up", "I hope to see her again soon, and I always follow up the next day."),
])
def test_a_deed_told_with_a_time_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Refused outright, or asked as who has the time.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'll put myself in that customer's shoes when pigs fly; he shouted at my "
                         "whole team."),
    ("en_cs", "flexibility", "Make an exception for a shopper who lost the receipt a month ago? Fat "
                             "chance."),
    ("en_cs", "follow-up", "Who has time to check back with every caller once the fault is fixed?"),
    ("hotel", "options", "Offer a late check-out alternative to the guest who was rude to my "
                         "colleague? Over my dead body."),
    ("sv_cs", "follow-up", "Ringa tillbaka till varenda kund dagen efter, även en fredag "
                           "eftermiddag när alla andra har gått hem? Inte en chans i världen."),
    ("te_cs", "empathy", "రోజుకి వంద కాల్స్ వస్తుంటే ప్రతి కస్టమర్ బాధ ఏంటో అర్థం చేసుకోడానికి "
                         "నాకు టైమ్ ఎక్కడుంది?"),
])
def test_a_deed_refused_outright_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Do I follow up with every caller once the fault is fixed? Always, the "
                           "next morning."),
    ("en_cs", "flexibility", "I'm flexible with returns, and I'll make an exception for a regular "
                             "who lost the receipt."),
])
def test_a_deed_not_refused_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A quotation that labels something.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "I sent him our standard 'We'll keep you updated' email and closed "
                               "the chat."),
    ("en_cs", "problem-resolution", "I marked the ticket 'Resolved' so it would leave my queue, "
                                    "though her router was still dead."),
    ("hotel", "apology", "I pasted our 'We apologise for any inconvenience' macro into the reply "
                         "and hit send."),
    ("sv_cs", "communication", "Jag skickade vår mall \"Vi håller dig uppdaterad!\" och hörde "
                               "sedan inte av mig på en månad."),
    ("sv_cs", "problem-resolution", "Jag stängde ärendet som \"Löst\" innan kunden ens hade fått "
                                    "sina pengar."),
    ("te_cs", "empathy", "కస్టమర్‌కి మా స్టాండర్డ్ 'మీ ఇబ్బందికి సానుభూతి తెలియజేస్తున్నాం' మెసేజ్ "
                         "పంపి కేస్ క్లోజ్ చేశాను."),
    ("te_cs", "empathy", "'సానుభూతి చూపించాను' అని ఫారమ్‌లో టిక్ చేశాను."),
])
def test_a_quotation_that_labels_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "I only marked the ticket 'Resolved' after I'd got the refund "
                                    "through and she'd confirmed it."),
    ("en_cs", "communication", "I told her, 'I'll keep you updated every day until it arrives', "
                               "and I did."),
])
def test_a_status_after_the_deed_or_words_said_still_earn(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# The unreal past.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Had I rung her back the next day to check, we'd have caught the fault "
                           "before she cancelled."),
    ("te_cs", "respect", "ఆ రోజు ఆ ముసలాయనతో నేను కాస్త మర్యాదగా మాట్లాడి ఉంటే, ఆయన అకౌంట్ "
                         "క్లోజ్ చేసేవారు కాదు."),
])
def test_the_unreal_past_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_a_call_back_the_next_day_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I rang her back the next day to check, and we caught the "
                                        "fault before she cancelled.")


# What the person served wanted or hoped for.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "apology", "The couple in room 214 wanted an apology for the noise; what they got "
                         "from me was a leaflet about earplugs."),
    ("sv_cs", "flexibility", "Paret hoppades på lite flexibilitet med utcheckningen, men de fick "
                             "lämna rummet klockan elva som alla andra."),
])
def test_what_the_person_served_hoped_for_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_a_request_granted_still_earns(hotel: Pack) -> None:
    assert "apology" in earned(hotel, "A guest asked for an apology for her lost booking, and I "
                                      "gave her one straight away, without blaming the system.")


# A boast belied by a hand-off after it.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "I solved his refund problem in record time: I transferred him "
                                    "to another department."),
    ("hotel", "problem-resolution", "I owned that problem completely: I told the guest whose "
                                    "department it was and gave him their extension."),
    ("sv_cs", "problem-resolution", "Jag löste hans dubbeldebitering snabbt: jag gav honom numret "
                                    "till en annan avdelning."),
])
def test_a_boast_belied_by_a_hand_off_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


# A boast belied by a misdeed after its colon.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "I was perfectly courteous to the man who complained: I only rolled my "
                         "eyes when he turned his back."),
    ("en_cs", "follow-up", "My follow-up was very thorough: one text, three weeks later, to the "
                           "wrong number."),
    ("sv_cs", "communication", "Jag förklarade villkoren väldigt pedagogiskt för kunden: jag läste "
                               "upp hela avtalet ord för ord i tjugo minuter."),
])
def test_a_boast_belied_by_a_misdeed_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "When a booking was lost, I took ownership: I checked both "
                                    "systems, found him a room and confirmed it all before he'd "
                                    "finished his coffee."),
    ("en_cs", "follow-up", "My follow-up is thorough: I ring every customer two days after a "
                           "repair to check it still works."),
])
def test_a_boast_backed_up_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
