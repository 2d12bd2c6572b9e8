"""Round 39: words that only name or ask. A keyword inside a name written in title case in
mid-sentence ("the Empathy First team", "a café called The Friendly Bean", "the Keep Them in
the Loop campaign") is the name of a team, a shop or a campaign, not the candidate's service.
Capitals for emphasis ("I was ALWAYS polite") and a keyword beside a person's name still earn.
A yes/no question about the candidate's own deed that nothing answers yes ("Did I take
ownership, or did I just pass it on? I couldn't tell you.") and a deed in doubt ("Whether I
responded promptly, I'm not sure") claim nothing, in English, Swedish and Telugu; answered yes
("Absolutely, I rang her", "I did, the next morning") or asking leave ("whether I could offer
her an exception") they still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Back at the call centre I sat on the Empathy First team, which was just "
                         "the name of the billing queue."),
    ("en_cs", "approachability", "My first job was at a café called The Friendly Bean, though I "
                                 "mostly washed dishes out the back."),
    ("en_cs", "communication", "Twelve months I spent on the Keep Them in the Loop campaign "
                               "committee, which designed posters."),
    ("en_cs", "passion", "Our team was called the Passionate Helpers, a name none of us liked."),
    ("sv_cs", "communication", "Där satt jag i teamet Kommunikation & Media, men jag gjorde bara "
                               "Excel-rapporter."),
])
def test_a_keyword_inside_a_title_case_name_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I told Mrs Patel I understood her frustration and put myself in her shoes."),
    ("en_cs", "respect", "I was ALWAYS polite to Mr Jones, even when he shouted."),
    ("en_cs", "communication", "At Marks and Spencer I kept them in the loop about the delivery."),
    ("sv_cs", "communication", "På ICA Maxi förklarade jag villkoren för kunden med enkla ord."),
])
def test_a_keyword_beside_a_name_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A yes/no question about the candidate's own deed, not answered yes, and a deed in doubt.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Honestly, was I ever sympathetic to the guests at the front desk? I can't "
                         "point to a single time."),
    ("en_cs", "problem-resolution", "Thinking about the boiler complaint, did I take ownership, or did "
                                    "I just pass it on? I really couldn't tell you."),
    ("hotel", "apology", "Had I ever actually said sorry to the guest whose suitcase went to the wrong "
                         "room? I'm not sure I did."),
    ("en_cs", "timeliness", "Whether I responded promptly to emails in that job, I'm honestly not sure."),
    ("sv_cs", "communication", "Förklarade jag verkligen villkoren med enkla ord för pensionären, eller "
                               "lät det som grekiska? Jag har ingen aning."),
    ("te_cs", "follow-up", "ఏసీ రిపేర్ అయిన తర్వాత, ఆ కస్టమర్‌కి మళ్ళీ కాల్ చేసి సరిగా "
                           "పనిచేస్తోందా అని ఫాలో అప్ చేశానా? గుర్తుకు రావట్లేదు."),
])
def test_a_question_or_doubt_about_the_candidates_own_deed_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "When the boiler was fixed, did I follow up with the customer? Absolutely, "
                           "I rang her the next morning."),
    ("en_cs", "follow-up", "After the repair, did I follow up with the customer? I did, the next "
                           "morning, and she was delighted."),
    ("en_cs", "flexibility", "I asked my manager whether I could offer her an exception to the "
                             "returns policy, and he agreed."),
    ("sv_cs", "communication", "Förklarade jag villkoren för kunden? Ja, med enkla ord och i lugn och ro."),
    ("te_cs", "follow-up", "ఏసీ రిపేర్ అయిన తర్వాత, ఆ కస్టమర్‌కి మళ్ళీ కాల్ చేసి ఫాలో అప్ "
                           "చేశానా? అవును, మరుసటి రోజే కాల్ చేశాను."),
])
def test_a_question_answered_yes_or_asking_leave_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)
