"""Round 40: claims that show the opposite of the deed. A goal still ahead ("Going above and
beyond is something I'm hoping to learn", "… är något jag ska jobba med nästa år"), someone
else the candidate relies on ("I rely on the courier company to deliver quickly", "Jag räknar
från att kvällsteamet…"), a boast a colon or dash then belies ("My follow-up was legendary: I
phoned him back exactly never"), a word mentioned in quotes ("the word 'flexible'") and a deed
done only for show ("…, but only because my bonus was on the line"), a claim limited to the
candidate's ease ("as long as they don't raise their voice") and work given to someone else ("…
is the duty manager's job", "I leave the follow-up calls to the care team") earn nothing, in English,
Swedish and Telugu where the language has the shape. The same shapes said plainly still earn:
a long subject the candidate's own clause opens, customers relying on the candidate, a story
after a colon with no boast, the candidate's own words quoted after a colon, a purpose."""

from __future__ import annotations

import pytest
from judgement_support import earned, result

from coach.packs import Pack


# A goal still ahead, after the keyword or after a long subject the keyword opens.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "Going above and beyond is something I'm hoping to learn on "
                                        "the customer excellence course I've booked for the spring."),
    ("en_cs", "personalization", "Remembering names is my big goal for this year; right now I "
                                 "forget them all by lunchtime."),
    ("en_cs", "communication", "Listening before I explain is something I'm working on; my trainer "
                               "says I interrupt."),
    ("hotel", "follow-up", "Checking back with guests afterwards is on my list of things to start "
                           "doing once I'm a supervisor."),
    ("sv_cs", "respect", "Att vara lika artig mot alla, även de som skäller, är något jag ska jobba "
                         "med nästa år enligt mitt utvecklingssamtal."),
])
def test_a_goal_still_ahead_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                          criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I always follow up with the customer the next day, and patience is "
                           "something I'm working on."),
    ("en_cs", "communication", "I'm polite and I explain every charge clearly, which is something "
                               "my manager praised."),
    ("sv_cs", "follow-up", "Jag följer alltid upp med kunden dagen efter, och tålamod är något jag "
                           "jobbar med."),
])
def test_a_goal_beside_a_deed_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                          criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Relying on someone else to do it.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "I rely on the courier company to deliver quickly, because once the box "
                            "leaves our warehouse it's out of my hands."),
    ("en_cs", "reliability", "I rely on the morning shift to keep standards consistent, because by "
                             "the late shift I'm just getting through the queue."),
    ("hotel", "options", "When we're fully booked, I expect the reservations office to come up with "
                         "alternatives for the guest."),
    ("sv_cs", "follow-up", "Jag utgår från att kvällsteamet hör av sig till kunderna efteråt och "
                           "kollar att allt fungerar."),
])
def test_relying_on_someone_else_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "My regulars know they can rely on me: I keep my promises every single "
                             "time."),
    ("en_cs", "timeliness", "I rely on my own checklist, so I answer every email within 24 hours."),
    ("sv_cs", "timeliness", "Jag räknar med att svara alla kunder samma dag, och det gör jag."),
])
def test_customers_relying_on_the_candidate_still_earn(request: pytest.FixtureRequest, pack_name: str,
                                                       criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A boast belied after a colon or dash: sarcasm with no hedge.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "My follow-up was impeccable: she found out her refund had been declined "
                           "from her bank statement two months later."),
    ("en_cs", "flexibility", "Flexibility is my middle name: when she asked to swap the size, I read "
                             "her the policy twice."),
    ("sv_cs", "product-knowledge", "Min produktkunskap var imponerande: jag sålde en vinterjacka som "
                                   "helt vattentät och kunden kom tillbaka dyblöt."),
    ("te_cs", "product-knowledge", "నా ప్రోడక్ట్ నాలెడ్జ్ అద్భుతం: కస్టమర్ ఫ్రిజ్ గురించి అడిగితే "
                                   "బాక్స్ మీద చూసి చదివాను."),
])
def test_a_boast_belied_after_a_break_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "My follow-up is thorough: I ring every customer the next day to check "
                           "the repair worked."),
    ("en_cs", "exceeding-expectations", "I went the extra mile for her: I drove the parcel to her "
                                        "house myself after my shift."),
    ("sv_cs", "product-knowledge", "Min produktkunskap är bred: jag kan förklara skillnaden mellan "
                                   "alla våra mobilabonnemang."),
])
def test_a_story_after_a_colon_without_a_boast_still_earns(request: pytest.FixtureRequest,
                                                           pack_name: str, criterion: str,
                                                           text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Words mentioned in quotes, and Swedish ”…” quotations.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", 'The job spec used the word "flexible" four times, and every time it '
                             "meant working Sundays."),
    ("en_cs", "passion", '"Passionate about people" was printed on the back of our hoodies, right '
                         "above the logo."),
    ("sv_cs", "empathy", "I platsannonsen från Telia stod det ”empatisk” två gånger, så jag skrev in "
                         "samma ord i mitt personliga brev."),
])
def test_a_word_mentioned_in_quotes_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", 'First words: "I understand how frustrating that must be, I\'d feel the '
                         'same."'),
    ("en_cs", "empathy", 'I said "I completely understand how frustrating that must be" and '
                         "offered her a seat."),
])
def test_the_candidates_own_words_quoted_still_earn(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A deed done only for show.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "respect", "I stayed polite and fair with the guy shouting about his parcel, but only "
                         "because my mystery-shopper bonus was on the line that month."),
    ("hotel", "apology", "I apologised to the couple in room 12 only because my supervisor made me."),
    ("sv_cs", "approachability", "Jag log och hälsade alla välkomna in i butiken, men det var bara "
                                 "för att vi hade mystery shoppers den månaden."),
])
def test_a_deed_done_only_for_show_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                 criterion: str, text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "Whatever shift I'm on, people get the same level of service from me; I "
                             "don't cut corners just because it's quiet."),
    ("sv_cs", "follow-up", "Två dagar senare ringde jag upp henne och följde upp att internet "
                           "fungerade, bara för att vara säker."),
])
def test_a_motive_denied_or_a_purpose_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# Someone else's job: the keyword given to whoever owns the duty noun after it.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "clear-explanation", "Explaining the cancellation charges to guests is the duty "
                                   "manager's job in our hotel."),
    ("en_cs", "flexibility", "Finding workarounds for customers is really the branch manager's "
                             "responsibility in our shop."),
    ("sv_cs", "flexibility", "Att hitta undantag för kunderna är chefens ansvar hos oss."),
    ("te_cs", "empathy", "కోపంగా ఉన్న కస్టమర్‌ల ఫీలింగ్స్ అర్థం చేసుకోవడం మా సూపర్‌వైజర్ పని అని నేను "
                         "అనుకుంటాను."),
])
def test_someone_elses_job_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                         criterion: str, text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "deflection"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "Following up is my job, so I ring every customer the next day."),
    ("te_cs", "timeliness", "రష్ టైంలో కూడా వీలైనంత త్వరగా వాళ్ళ పని పూర్తి చేస్తాను, వాళ్ళ టైం కూడా "
                            "విలువైనదే కదా."),
])
def test_the_candidates_own_job_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                            criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A limit that keeps the claim only where it costs the candidate nothing.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "I'm very understanding of how customers feel, as long as they don't raise "
                         "their voice or ask for a manager."),
    ("en_cs", "exceeding-expectations", "I'll go the extra mile for a customer, except on Saturdays "
                                        "or when I'm stuck on the tills."),
    ("hotel", "extra-mile", "I'll go above and beyond for a guest as long as it doesn't mean staying "
                            "a minute past the end of my shift."),
    ("sv_cs", "approachability", "Jag hälsar glatt på alla som kommer in, utom när jag sitter med "
                                 "kassaräkningen."),
    ("te_cs", "respect", "ప్రతి కస్టమర్‌ని గౌరవంగా చూస్తాను, చెప్పులు వేసుకుని లుంగీలో వచ్చేవాళ్ళని "
                         "తప్ప."),
])
def test_a_claim_limited_to_the_candidates_ease_earns_nothing(request: pytest.FixtureRequest,
                                                              pack_name: str, criterion: str,
                                                              text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "flexibility", "When a dish isn't on the menu I'm flexible and find a workaround, as "
                             "long as the kitchen can do it."),
    ("en_cs", "realistic-expectations", "I never promise a same-day repair unless I know the part is "
                                        "in stock, I'd rather tell them it's unlikely."),
    ("sv_cs", "flexibility", "Om någon inte hinner hämta paketet under öppettiderna brukar jag vara "
                             "flexibel och ordna det, så länge det funkar med rutinerna."),
    ("sv_cs", "empathy", "Jag sa att jag förstod att det var frustrerande att vänta så länge när man "
                         "har hantverkare bokade."),
])
def test_an_honest_limit_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                     criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# The keyword as what the candidate leaves to someone at work.
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I leave the follow-up calls to the customer care team, who get a list "
                           "from us every Friday."),
    ("hotel", "policy-knowledge", "I leave the policy side to the duty manager; if a guest asks about "
                                  "refunds, I call her over."),
])
def test_work_left_to_someone_at_work_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.set_aside is not None and found.set_aside.rule == "deflection"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "follow-up", "I left her my direct number and followed up with her myself the next "
                           "morning."),
    ("en_cs", "follow-up", "I never leave the follow-up to chance: I ring every customer the next day."),
])
def test_leaving_nothing_to_others_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                               criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


# A deed undone straight after (Language.lapses).
@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "problem-resolution", "I resolved his problem by issuing a replacement, then cancelled it "
                                    "the next morning when I saw the shrinkage figures."),
    ("hotel", "honesty", "I told her honestly that we couldn't guarantee an early check-in, then "
                         "promised it anyway when she threatened a bad review."),
])
def test_a_deed_undone_straight_after_earns_nothing(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    found = result(request.getfixturevalue(pack_name), text, criterion)
    assert not found.earned and found.negated


def test_a_cancellation_before_the_fix_still_earns(en_cs: Pack) -> None:
    text = "I cancelled the duplicate order first, then resolved the double charge the same day."
    assert "problem-resolution" in earned(en_cs, text)


# A Swedish limit with its own subject ("om det inte gäller…").
def test_a_swedish_limit_with_its_subject_earns_nothing(sv_cs: Pack) -> None:
    text = ("Jag tar ansvar för problemet hela vägen, om det inte gäller fakturor, för dem skickar "
            "jag alltid vidare till ekonomi.")
    assert "problem-resolution" not in earned(sv_cs, text)
