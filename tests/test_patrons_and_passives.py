"""Round 36: the candidate as a customer named by a relative clause about a place that serves
the public ("The barber I go to…", "Hotellet vi bodde på…", "మేము దిగిన హోటల్…") or visiting one
("Whenever I ring my doctor's surgery, …"): what the place does is service the candidate got, as
is what they were given ("We were given a really warm welcome"); and a passive whose doer, named after "by", is
someone else, with the candidate or someone from their life as its subject ("We were kept in
the loop by the removal company", "she was treated with real compassion by the night nurses").
Books, articles, videos and classes about a keyword ("I read a book about going the extra mile")
are studies; a wish to work somewhere ("I want to work for a company that takes response times
seriously") describes the workplace wished for; the candidate telling their own people to do it
("I told my nephew to go the extra mile for his nan") names their deed, not the candidate's; in
Swedish, the subject after the verb that follows a fronted subordinate clause ("När det är fullt
i kiosken är MIN MORBROR alltid lika artig") is the doer; a describing word written with
hyphens belongs to its person ("the ice-cream man … is always cheerful"). The candidate's own deed beside them still
earns."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


def _not_earned(request: pytest.FixtureRequest, pack_name: str, criterion: str, text: str) -> str | None:
    """The rule that set the criterion's keyword aside in the text, which must not earn it."""
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    return found.set_aside.rule if found.set_aside is not None else None


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "The barber I go to gives me the same standard of cut every single "
                             "time, which is why I keep going back."),
    ("en_cs", "flexibility", "The hostel we stayed at in Porto was really flexible about check-out."),
    ("en_cs", "personalization", "The bookshop I use sends me personalised recommendations every month."),
    ("hotel", "follow-up", "The spa hotel we booked for our anniversary touched base by email a week "
                           "later to check everything had been okay."),
    ("sv_cs", "reliability", "Frisören jag går till i Majorna är otroligt pålitlig, det blir samma "
                             "kvalitet varje gång."),
    ("sv_cs", "product-knowledge", "Killen i cykelbutiken där jag köpte min racer var verkligen "
                                   "expert på ramar."),
    ("te_cs", "exceeding-expectations", "తిరుపతిలో మేము దిగిన హోటల్ వాళ్ళు మా పాప పుట్టినరోజు అని "
                                        "తెలిసి ఫ్రీగా ఒక కేక్ రూమ్ కి పంపించారు, నిజంగా సర్‌ప్రైజ్ అయ్యాం."),
])
def test_a_place_the_candidate_uses_serves_them(request: pytest.FixtureRequest, pack_name: str,
                                                criterion: str, text: str) -> None:
    _not_earned(request, pack_name, criterion, text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "The hotel I work at is busy, but I give every guest the same standard "
                             "every single time."),
    ("en_cs", "flexibility", "When the shop I went to for stock was closed, I was flexible and drove "
                             "to the other branch for the customer."),
    ("en_cs", "follow-up", "Our returns policy was fourteen days, but if someone had been in "
                           "hospital, I'd follow up with them and take it back."),
    ("sv_cs", "reliability", "Hotellet jag jobbar på har många gäster, och jag är alltid pålitlig "
                             "mot dem."),
])
def test_the_candidate_at_work_beside_a_place_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                          criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "We were kept in the loop the whole time by the removal company."),
    ("en_cs", "empathy", "When my mum was in hospital, she was treated with real compassion by the "
                         "night nurses."),
    ("en_cs", "passion", "We were served with real enthusiasm by a young waiter at the taverna."),
    ("en_cs", "timeliness", "We were kept on hold for fifty minutes by the energy company."),
])
def test_a_passive_done_by_someone_else_is_theirs(request: pytest.FixtureRequest, pack_name: str,
                                                  criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "communication", "The customers were kept in the loop by me the whole time."),
    ("en_cs", "empathy", "I was asked by my manager to handle it, and I treated her with real "
                         "compassion."),
    ("en_cs", "passion", "I was trained by a great supervisor, and I serve every table with real "
                         "enthusiasm."),
])
def test_the_candidate_beside_a_passive_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "Last year I read a book about how to delight the customer "
                                        "with little extras."),
    ("en_cs", "empathy", "I've signed up for an evening class on empathy."),
    ("sv_cs", "exceeding-expectations", "Jag läste en bok om att överträffa förväntningarna."),
])
def test_what_the_candidate_reads_about_is_studied(request: pytest.FixtureRequest, pack_name: str,
                                                   criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "I want to work for a company that takes response times seriously."),
    ("en_cs", "approachability", "I want to work somewhere with a friendly, positive atmosphere."),
    ("sv_cs", "timeliness", "Jag vill jobba någonstans där ingen kund ska behöva vänta."),
    ("te_cs", "realistic-expectations", "నిజాయితీకి నిజంగా విలువ ఇచ్చే కంపెనీలో పని చేయాలని నా కోరిక."),
])
def test_a_workplace_wished_for_is_not_a_deed(request: pytest.FixtureRequest, pack_name: str,
                                              criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "I want to work somewhere I can go the extra mile for customers."),
    ("en_cs", "exceeding-expectations", "I'd love to work here, because I always go the extra mile "
                                        "for customers."),
    ("en_cs", "exceeding-expectations", "I lent a customer my own book and went the extra mile to "
                                        "find her the sequel."),
])
def test_the_candidate_beside_a_wish_or_a_book_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                           criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "I told my nephew to go the extra mile for his nan's ninetieth."),
    ("sv_cs", "product-knowledge", "Jag sa åt min pappa att läsa igenom produktbladen innan han "
                                   "köpte en ny värmepump."),
])
def test_what_the_candidate_tells_their_own_people_is_theirs(request: pytest.FixtureRequest,
                                                             pack_name: str, criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "extra-mile", "I want my team to go the extra mile for every guest."),
    ("hotel", "extra-mile", "I told the guest I'd go the extra mile to find her bag, and I did."),
])
def test_the_candidate_telling_their_team_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                      criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "respect", "När det är fullt i kiosken han driver i Gävle är min morbror alltid lika "
                         "artig mot alla."),
    ("sv_cs", "approachability", "När min storasyster kommer hem från nattskiftet är hon alltid på "
                                 "gott humör och hälsar glatt på alla."),
    ("sv_cs", "product-knowledge", "Varje gång det kommer ut en ny mobil läser min kusin på om alla "
                                   "skillnader mellan modellerna."),
])
def test_the_subject_after_a_fronted_clause_is_the_doer(request: pytest.FixtureRequest, pack_name: str,
                                                        criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("sv_cs", "respect", "När det är fullt i butiken är jag alltid lika artig mot alla kunder."),
    ("sv_cs", "respect", "När kunden kom in var jag artig mot henne hela tiden."),
    ("sv_cs", "approachability", "Varje gång en kund kommer in hälsar jag med ett leende och är trevlig."),
])
def test_the_candidate_after_a_fronted_clause_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                          criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "approachability", "When the weather is nice, the ice-cream man on our street is always "
                                 "cheerful and chatty."),
    ("en_cs", "approachability", "The ice-cream man was always cheerful."),
])
def test_a_person_described_with_hyphens_is_the_subject(request: pytest.FixtureRequest, pack_name: str,
                                                        criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


def test_the_candidate_on_a_hyphenated_shift_still_earns(en_cs: Pack) -> None:
    assert "approachability" in earned(en_cs, "On the ice-cream van I was always cheerful with every "
                                              "customer.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "approachability", "We were given a really warm welcome at the guesthouse in Kerala."),
    ("en_cs", "exceeding-expectations", "We were given a complimentary bottle of wine at the restaurant "
                                        "because it was our anniversary."),
    ("en_cs", "personalization", "Whenever I ring my doctor's surgery, the receptionist calls me by my "
                                 "first name, which I really like."),
    ("sv_cs", "personalization", "God service är som när jag går till min frisör. Hon kommer alltid "
                                 "ihåg vad jag heter och frågar hur det gick med flytten."),
])
def test_service_the_candidate_was_given_or_visited_is_received(request: pytest.FixtureRequest,
                                                                pack_name: str, criterion: str,
                                                                text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "sense"


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "exceeding-expectations", "I got a complimentary dessert sent to their table."),
    ("en_cs", "exceeding-expectations", "I got her a complimentary dessert."),
    ("en_cs", "communication", "When I call a customer's bank for them, I always explain everything "
                               "clearly."),
])
def test_service_the_candidate_arranged_still_earns(request: pytest.FixtureRequest, pack_name: str,
                                                    criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "clear-explanation", "When our flight was cancelled, the gate staff were great and we were "
                                   "kept updated every half hour."),
    ("hotel", "extra-mile", "On our honeymoon in Crete we were surprised with a bottle of champagne on "
                            "the house."),
])
def test_the_candidate_as_a_passive_receiver_stays_the_customer(request: pytest.FixtureRequest,
                                                                pack_name: str, criterion: str,
                                                                text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "sense"


def test_the_candidate_acting_after_a_customer_frame_still_earns(hotel: Pack) -> None:
    assert "clear-explanation" in earned(hotel, "When our flight was cancelled, we kept the passengers "
                                                "updated every half hour.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "empathy", "Nobody at the insurance company showed any empathy when our flat flooded."),
    ("hotel", "empathy", "Honestly, nobody at the airline desk in Frankfurt showed one ounce of empathy "
                         "when our bags went missing."),
    ("sv_cs", "empathy", "Ingen på försäkringsbolaget visade någon som helst empati när vår lägenhet "
                         "översvämmades."),
])
def test_a_negative_subject_negates_its_whole_clause(request: pytest.FixtureRequest, pack_name: str,
                                                     criterion: str, text: str) -> None:
    found = detect(request.getfixturevalue(pack_name), text)[criterion]
    assert not found.earned
    assert found.negated


def test_a_negative_subject_with_without_still_affirms(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "Nobody on our team ever leaves a customer without following up.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "reliability", "Our broadband provider is anything but dependable; it drops out every evening."),
    ("sv_cs", "reliability", "Elbolaget är allt annat än pålitligt."),
])
def test_a_quality_denied_by_its_opposite_is_negated(request: pytest.FixtureRequest, pack_name: str,
                                                     criterion: str, text: str) -> None:
    assert detect(request.getfixturevalue(pack_name), text)[criterion].negated


def test_far_from_perfect_still_lets_a_claim_earn(en_cs: Pack) -> None:
    assert "reliability" in earned(en_cs, "I'm far from perfect, but I'm always dependable with customers.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("te_cs", "empathy", "డిగ్రీ లో సాఫ్ట్ స్కిల్స్ క్లాస్ లో ఎంపతీ మీద ఒక మాడ్యూల్ చేశాం."),
    ("te_cs", "exceeding-expectations", "extra mile వెళ్ళడం గురించి యూట్యూబ్ లో ఒక మోటివేషనల్ వీడియో చూశాను."),
    ("te_cs", "passion", "ఎప్పటికైనా నాకు నిజంగా ప్యాషన్ ఉన్న పని చేస్తూ బతకాలని నా కల."),
])
def test_telugu_topics_studied_and_dreams_are_not_deeds(request: pytest.FixtureRequest, pack_name: str,
                                                        criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "sense"


def test_a_fronted_place_before_the_candidates_own_verb_is_no_relative_clause(en_cs: Pack) -> None:
    assert "follow-up" in earned(en_cs, "At the council contact centre I ring residents a week after a "
                                        "repair to check it's still working.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "timeliness", "At my cousin's dental practice, emergency patients are always seen immediately."),
    ("sv_cs", "timeliness", "På min brors jobb besvaras alla mejl inom en timme, det är tydligen en regel där."),
])
def test_a_relatives_workplace_put_first_is_theirs(request: pytest.FixtureRequest, pack_name: str,
                                                   criterion: str, text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


def test_the_candidate_at_a_customers_home_still_earns(en_cs: Pack) -> None:
    assert "timeliness" in earned(en_cs, "At the customer's house I fixed the boiler immediately.")


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "clear-explanation", "I'd really like to get better at communicating in plain language."),
    ("hotel", "problem-resolution", "I want to be the kind of supervisor who sees every guest complaint "
                                    "through to a proper resolution."),
    ("sv_cs", "personalization", "Jag har tänkt börja föra anteckningar om kunderna, men det har inte "
                                 "blivit av än."),
])
def test_a_plan_or_aspiration_is_no_deed(request: pytest.FixtureRequest, pack_name: str, criterion: str,
                                         text: str) -> None:
    assert detect(request.getfixturevalue(pack_name), text)[criterion].negated


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("en_cs", "product-knowledge", "My old flatmate, a guy named Kwame, was a real expert on cameras."),
    ("hotel", "apology", "Our duty manager at the Leeds hotel, a chap named Graham, was brilliant at "
                         "saying sorry to guests."),
])
def test_a_subject_set_off_by_a_named_apposition_is_someone_else(request: pytest.FixtureRequest,
                                                                 pack_name: str, criterion: str,
                                                                 text: str) -> None:
    assert _not_earned(request, pack_name, criterion, text) == "subject"


def test_the_candidate_beside_a_named_colleague_still_earns(hotel: Pack) -> None:
    assert "apology" in earned(hotel, "I worked with a chap named Graham, and I was always quick to say "
                                      "sorry to guests.")
