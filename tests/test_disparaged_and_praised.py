"""Round 41: a virtue run down or put below something else ("Bending the rules for customers is
for pushovers", "consistency comes second to getting out on time", "My lunch break matters more
to me than doing little extras"), kept only if there's time, praised in the firm interviewing
the candidate ("I love that your company follows up…", "Jag älskar att ni lovar svar inom en
timme"), an effort started and given up ("I started explaining…, then lost patience") and an
ironic comparison ("I'm about as flexible as a brick wall") earn nothing, in English, Swedish and
Telugu where the language has the shape. The same words said plainly still earn: a negated
put-down, a deed the candidate claims as the firm's too, an effort someone else cut short."""

from __future__ import annotations

import pytest
from judgement_support import assert_aside, earned, result

from coach.packs import Pack


# The virtue run down after its copula, or in a Telugu sentence after it.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "Bending the rules for customers is for pushovers; the policy is there "
                             "for a reason."),
    ("en_cs", "passion", "Passion for service is just a buzzword; nobody enjoys returning socks."),
    ("en_cs", "timeliness", "Rushing to answer customers quickly is a mug's game; they'll wait if "
                            "they want it."),
    ("en_cs", "personalization", "Remembering customers' names and usual orders is a waste of brain "
                                 "space in a busy shop."),
    ("hotel", "composure", "Staying polite when a guest is screaming at you is for pushovers."),
    ("sv_cs", "flexibility", "Att böja på reglerna för kundernas skull är för mesar, regler är regler."),
    ("te_cs", "approachability", "ఎప్పుడూ నవ్వుతూ ఫ్రెండ్లీగా ఉండటం పుష్‌ఓవర్ల లక్షణం; కస్టమర్లు కాస్త "
                                 "భయపడితేనే మాట వింటారు."),
])
def test_a_virtue_run_down_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                         criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Following up with customers is never a waste of time."),
    ("en_cs", "follow-up", "I follow up with every customer the next day, and the paperwork after "
                           "it is a waste of time."),
    ("sv_cs", "flexibility", "Att böja på reglerna för en kund i kris är aldrig för mesar."),
])
def test_a_put_down_denied_or_of_something_else_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Put below something else, or kept only if there's time.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "I keep my standards up at weekends; on weeknights, consistency comes "
                             "second to getting out on time."),
    ("en_cs", "exceeding-expectations", "My lunch break matters more to me than doing little extras "
                                        "for customers."),
    ("en_cs", "follow-up", "I'll follow up with customers if there's time at the end of the month."),
    ("hotel", "honesty", "Keeping the guest happy matters more to me than being honest about whether "
                         "the room will be ready."),
    ("sv_cs", "communication", "Först löser jag ärendet, och om det finns tid över kanske jag "
                               "förklarar för kunden vad jag gjorde."),
])
def test_a_virtue_put_below_something_else_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_nothing_above_it_still_earns(hotel: Pack) -> None:
    assert "honesty" in earned(hotel, "Nothing matters more to me than being honest with guests "
                                      "about when their room will be ready.")


# The firm interviewing the candidate praised for it.
@pytest.mark.parametrize(("pack_name", "criterion", "text", "subject"), [
    ("en_cs", "follow-up", "I really like that your company follows up with every customer a week "
                           "after delivery.", "your company"),
    ("en_cs", "problem-resolution", "I admire how your team resolves complaints on the first call.",
     "your team"),
    ("en_cs", "approachability", "I love how friendly your staff are with every guest.", "your staff"),
    ("sv_cs", "timeliness", "Jag älskar att ni lovar svar inom en timme, det ser jag upp till.", "ni"),
    ("sv_cs", "empathy", "Jag har alltid beundrat hur empatiska era kundtjänstmedarbetare är.",
     "era kundtjänstmedarbetare"),
    ("te_cs", "empathy", "మీ బ్యాంక్ ఖాతాదారుల పట్ల చూపే సానుభూతి గురించి చాలా విన్నాను, అది నాకు ఎంతో "
                         "నచ్చింది.", "మీ బ్యాంక్"),
])
def test_the_firm_praised_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                        criterion: str, text: str, subject: str) -> None:
    assert_aside(request.getfixturevalue(pack_name), text, criterion, "subject", subject)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "Your hotel is known for going the extra mile, and I did the same at my "
                            "last job when I arranged flowers for a guest's anniversary."),
    ("sv_cs", "exceeding-expectations", "Jag gillar att ni uppmuntrar personalen att överraska "
                                        "kunderna, och i bokhandeln gjorde jag just det."),
    ("en_cs", "follow-up", "I told the customer our team would look into it, and I followed up with "
                           "her myself the next day."),
])
def test_the_firm_praised_and_the_same_claimed_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# An effort started and given up.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "I started explaining the warranty to the customer in plain words, "
                               "then lost patience and just handed him the leaflet."),
    ("en_cs", "product-knowledge", "I began reading up on the new range of running shoes, but gave "
                                   "up after a page."),
    ("en_cs", "approachability", "I tried greeting every guest with a big smile for a while, but "
                                 "gave up after a few days."),
    ("sv_cs", "communication", "Jag började förklara för kunden varför fakturan var högre än vanligt, "
                               "men gav upp halvvägs."),
])
def test_an_effort_given_up_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I started following up with every customer last year and I never "
                           "stopped."),
    ("en_cs", "communication", "I started explaining the warranty to the customer in plain words, "
                               "but her husband stopped me to ask about the price."),
])
def test_an_effort_kept_or_cut_short_by_another_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# An ironic comparison.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "When a customer asks for something off the menu, I'm about as flexible "
                             "as a brick wall."),
    ("hotel", "clear-explanation", "My explanations are about as clear as the hotel pool after a "
                                   "kids' birthday party."),
    ("sv_cs", "respect", "Mot otrevliga kunder är jag ungefär lika artig som en parkeringsvakt en "
                         "fredagskväll."),
    ("sv_cs", "problem-resolution", "Jag löser problem ungefär som en hamster i ett hjul: mycket "
                                    "rörelse, men ingen kommer någonstans."),
])
def test_an_ironic_comparison_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                            criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


# Someone else put first by an it-cleft.
@pytest.mark.parametrize(("pack_name", "criterion", "text", "subject"), [
    ("en_cs", "product-knowledge", "It was Ahmed who knew all the running shoes by heart and "
                                   "advised the customer; I only took the payment.", "Ahmed"),
    ("en_cs", "follow-up", "It was my colleague who followed up with the customer the next day.",
     "my colleague"),
    ("sv_cs", "product-knowledge", "Det var Ahmed som kunde alla löparskor utantill, jag skötte bara "
                                   "betalningen.", "Ahmed"),
])
def test_someone_else_clefted_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                            criterion: str, text: str, subject: str) -> None:
    assert_aside(request.getfixturevalue(pack_name), text, criterion, "subject", subject)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "It was me who followed up with the customer the next day."),
    ("en_cs", "follow-up", "It was the first time that I followed up with a customer in writing."),
    ("sv_cs", "follow-up", "Det var jag som följde upp med kunden dagen efter."),
])
def test_the_candidate_clefted_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                           criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Negations typed as in a chat.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "policy-knowledge", "idk the cancellation policy tbh, i just say computer says no"),
    ("en_cs", "follow-up", "i nvr follow up lol, once its solved its solved"),
])
def test_a_chat_negation_negates(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                 text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.negated


def test_a_chat_negation_after_a_break_leaves_the_claim(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "idk, i always follow up the next day tho")


def test_a_colleagues_deed_claimed_too_still_earns(en_cs: Pack) -> None:
    text = "My old supervisor always went the extra mile for customers, and I did the same."
    assert "exceeding-expectations" in earned(en_cs, text)
    alone = result(en_cs, "My old supervisor always went the extra mile for customers.",
                   "exceeding-expectations")
    assert not alone.earned and alone.set_aside is not None and alone.set_aside.rule == "subject"


def test_someone_named_after_a_telugu_verb_earns_nothing(te_cs: Pack) -> None:
    found = result(te_cs, "డిలే అయిన ఫ్లైట్ ప్యాసెంజర్లకి ప్రతి అరగంటకీ అప్‌డేట్ ఇచ్చింది నా కొలీగ్, కానీ "
                          "థ్యాంక్స్ నాకు వచ్చాయి.", "communication")
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "subject"
    assert "communication" in earned(te_cs, "డిలే అయిన ఫ్లైట్ ప్యాసెంజర్లకి ప్రతి అరగంటకీ నేనే అప్‌డేట్ "
                                            "ఇచ్చాను.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "The guest thanked me for following up so quickly, but it was my "
                           "colleague who made the call."),
    ("sv_cs", "approachability", "Kunderna skrev i enkäten att receptionen var så varm och "
                                 "välkomnande, fast det var min kollega som stod där."),
])
def test_someone_else_clefted_after_the_claim_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_the_candidate_before_a_later_cleft_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I followed up the next day, but it was my manager who had "
                                        "told me the part had arrived.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "options", "If the room type is gone I say no first, and I only look for "
                         "alternatives if the guest pushes really hard."),
    ("en_cs", "follow-up", "I only follow up with a customer when my manager checks the log."),
])
def test_only_then_a_condition_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                             criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_only_then_an_honest_condition_still_earns(en_cs: Pack) -> None:
    assert "realistic-expectations" in earned(en_cs, "I only promise a delivery date if I know the "
                                                     "warehouse can meet it, and I tell the customer "
                                                     "honestly when it can't.")


def test_another_deed_after_a_colleagues_still_earns_nothing(en_cs: Pack) -> None:
    assert "follow-up" not in earned(en_cs, "My manager followed up with the customer, and I did the "
                                            "paperwork.")
