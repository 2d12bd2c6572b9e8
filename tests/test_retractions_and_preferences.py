"""Round 43: a claim taken back or limited by the short sentence after it ("I'm polite to every
guest. Well, every guest who's polite to me first.", "Jag förklarar alltid villkoren med enkla
ord. Eller, jag hänvisar till avtalet", "… అంటే, నా షిఫ్ట్ ముగిసే వరకు") earns nothing, in
English, Swedish and Telugu. A claim the next sentence goes on with, or an honest limit, still
earns. A preference that puts the deed last ("I'd rather hide in the stockroom than say hello to
every customer", "Jag skulle hellre städa personalrummet än ringa tillbaka", "… అడగడం కంటే …
ఇష్టపడతాను") earns nothing; one that puts it first, or puts missing it last, still earns. A
frequency too rare to be a habit ("exactly once in six years", "en enda gång på sju år", "…
పదింటిలో ఒక్కసారి") earns nothing; a habit told with its frequency still earns. Below the
others ("the least patient person on the team", "sämre än alla andra", "అందరికంటే తక్కువ
మర్యాదగా") earns nothing. In Telugu, the doer named after a verb made a noun of its doer ("…
త్వరగా తీర్చేది శ్రీను", the one who settles them quickly is Srinu) does the deed, unless it is
the candidate ("… చూసేది నేనే") or the word is a topic marker ("గౌరవం అనేది …")."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack


# Taken back or limited by the sentence after it.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "I'm polite to every single customer. Well, every customer who's polite "
                         "to me first."),
    ("en_cs", "exceeding-expectations", "I always go above and beyond for my customers. At least, "
                                        "that's what it says on my CV."),
    ("en_cs", "flexibility", "I'm really flexible with customers. As long as what they want is "
                             "already in the policy."),
    ("hotel", "composure", "I stay completely calm with angry guests. Until they raise their voice, "
                           "anyway."),
    ("en_cs", "approachability", "I always greet every customer with a big smile. Once I've "
                                 "finished my phone call, that is."),
    ("en_cs", "realistic-expectations", "I never promise anything I can't deliver. Unless the "
                                        "customer is really upset, then I tell them it'll be there "
                                        "tomorrow."),
    ("sv_cs", "communication", "Jag förklarar alltid villkoren med enkla ord. Eller, jag hänvisar "
                               "till avtalet, det blir enklast så."),
    ("te_cs", "problem-resolution", "ఫిర్యాదు వస్తే పూర్తిగా పరిష్కారమయ్యే వరకు నేనే బాధ్యత "
                                    "తీసుకుంటాను. అంటే, నా షిఫ్ట్ ముగిసే వరకు."),
])
def test_a_claim_taken_back_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I always follow up with customers. Every single time, the next morning."),
    ("en_cs", "flexibility", "I'm flexible about swapping a dish. As long as the kitchen can do it, "
                             "I'll ask."),
    ("te_cs", "communication", "మిగతావాళ్ళకి సుమారు ఎంత టైమ్ పడుతుందో చెప్తాను. నిజం చెప్పాలంటే, "
                               "లైన్‌లో నిలబడడం ఎవరికీ ఇష్టం ఉండదు కదా."),
])
def test_a_claim_the_next_sentence_keeps_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A preference that puts the deed last.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I'd sooner clean out the staff fridge than ring a customer back to ask "
                           "if they're happy."),
    ("hotel", "options", "I'd sooner hand back my name badge than start offering guests "
                         "alternatives every time they don't like the view."),
    ("sv_cs", "follow-up", "Jag skulle hellre städa personalrummet i ett år än ringa tillbaka och "
                           "fråga om kunden blev nöjd."),
    ("te_cs", "follow-up", "సమస్య తీరాక మళ్ళీ కాల్ చేసి కనుక్కోవడం కంటే నేను ఆ నంబర్‌ను బ్లాక్ "
                           "చేయడానికే ఇష్టపడతాను."),
])
def test_a_deed_put_last_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I'd rather ring a customer back the next day than leave them "
                           "wondering."),
    ("hotel", "extra-mile", "I'd rather give up my lunch break than miss a chance to surprise a "
                            "guest."),
    ("en_cs", "follow-up", "I rang her that afternoon rather than wait, and I followed up the next "
                           "day."),
])
def test_a_deed_put_first_still_earns(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Too rare to be a habit.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "I've gone the extra mile exactly once in six years at the "
                                        "garden centre."),
    ("hotel", "apology", "I apologise to guests roughly once a quarter, whether it's needed or "
                         "not."),
    ("sv_cs", "flexibility", "Jag har bett om ett undantag för en kund en enda gång på sju år."),
    ("te_cs", "realistic-expectations", "డెలివరీ ఆలస్యం అవుతుందని నేను ముందే నిజాయితీగా చెప్పేది "
                                        "పదింటిలో ఒక్కసారి."),
])
def test_a_deed_too_rare_to_be_a_habit_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_a_habit_with_its_frequency_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "I follow up with every customer the next day, and I've done "
                                        "it for six years.")


# Below the others.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "realistic-expectations", "I'm the worst in the office at being honest about "
                                        "waiting lists."),
    ("hotel", "follow-up", "I follow up with guests far less often than anyone else at reception."),
    ("sv_cs", "personalization", "Jag kommer ihåg kundernas namn sämre än alla andra i butiken."),
    ("te_cs", "respect", "మా టీమ్‌లో అందరికంటే తక్కువ మర్యాదగా మాట్లాడేది నేనే."),
])
def test_a_deed_below_the_others_earns_nothing(
        request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


def test_the_least_i_can_do_still_earns(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "The least I can do is follow up with every customer the "
                                        "next day.")


def test_telugu_the_doer_named_after_the_verb_does_the_deed(te_cs: Pack) -> None:
    assert "timeliness" not in earned(te_cs, "మా ఆఫీస్‌లో అర్జెంట్ కంప్లైంట్లు త్వరగా తీర్చేది శ్రీను; "
                                             "నేను పార్సెల్స్ తూకం వేస్తాను.")
    assert "approachability" not in earned(te_cs, "మా బ్యాంక్‌లో వచ్చిన వాళ్ళను నవ్వుతూ పలకరించేది "
                                                  "రిసెప్షన్‌లో దివ్య.")
    assert "respect" in earned(te_cs, "గౌరవం అనేది ఆప్షనల్ కాదు, ప్రతి ఒక్కరికీ ఇవ్వాలి.")
