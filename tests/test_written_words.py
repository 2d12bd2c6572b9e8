"""Round 37: a quoted keyword in a sentence that names a document about the job (a job advert,
an appraisal, a handbook, a checklist, slides) is words written, not the candidate's deed: "The
job ad listed 'knowledge of hotel policies'", "'Aktivt lyssnande' stod i min medarbetarbedömning".
So is a keyword written there in the passive ("Empathy was written … on the job advert"). The
candidate's own words to a customer, quoted, still earn."""

from __future__ import annotations

import pytest
from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "policy-knowledge", "The job advert I answered listed 'good knowledge of hotel policies' "
                                  "as essential."),
    ("hotel", "options", "'Offer alternatives' was a bullet point in the handbook I skimmed."),
    ("en_cs", "product-knowledge", "My appraisal said \"improve product knowledge\" in big letters."),
    ("sv_cs", "communication", "\"Aktivt lyssnande\" stod som mål i min medarbetarbedömning i våras."),
    ("te_cs", "approachability", "నా అప్రైజల్ ఫామ్‌లో \"స్నేహపూర్వకత\" అని ఒక కాలమ్ ఉంది."),
    ("en_cs", "empathy", "Empathy was written in bold on the job advert I answered."),
])
def test_quoted_words_of_a_document_are_written(request: pytest.FixtureRequest, pack_name: str,
                                                criterion: str, text: str) -> None:
    assert criterion not in earned(request.getfixturevalue(pack_name), text)


@pytest.mark.parametrize(("pack_name", "criterion", "text"), [
    ("hotel", "empathy", "I told the guest 'I can imagine how frustrating that is' and rebooked her taxi."),
    ("hotel", "empathy", "Whatever the checklist says, I tell the guest 'I can imagine how frustrating "
                         "that is' because I mean it."),
])
def test_the_candidates_quoted_words_still_earn(request: pytest.FixtureRequest, pack_name: str,
                                                criterion: str, text: str) -> None:
    assert criterion in earned(request.getfixturevalue(pack_name), text)


def test_a_keyword_opening_the_answer_reads_no_subject_from_its_last_word(en_cs: Pack) -> None:
    # (walking back from the answer's first word once read index -1, the last word: "advert" as
    # the subject of "Empathy", with an evidence span that ran backwards)
    found = detect(en_cs, "Empathy was written three times on the job advert.")["empathy"]
    assert not found.earned and found.set_aside is not None
    assert found.set_aside.start < found.set_aside.end
    assert found.set_aside.phrase.startswith("Empathy")
