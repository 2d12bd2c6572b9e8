"""Negation reaches a pseudo-cleft's whole complement ("What I don't do is … start listing other
options", Language.cleft_openers), and Telugu's bare negative verbs (చేయను, జరగదు) are cues,
so "without greeting … doesn't happen" is emphasis (coach.scoring.negation)."""

from __future__ import annotations

from judgement_support import earned

from coach.packs import Pack
from coach.scoring import detect


def test_a_negated_pseudo_cleft_reaches_its_whole_complement(en_cs: Pack, sv_cs: Pack) -> None:
    text = "What I don't do is the sympathy bit or start listing other options, people are adults."
    assert detect(en_cs, text)["flexibility"].negated
    assert detect(sv_cs, "Det jag inte gör är att börja lista andra alternativ.")["flexibility"].negated
    # emphasis in a cleft still affirms; a negated verb before another clause does not reach it
    assert "follow-up" in earned(en_cs, "What I never forget is to follow up the next day.")
    assert "follow-up" in earned(sv_cs, "Det jag aldrig glömmer är att följa upp dagen efter.")
    assert "follow-up" in earned(en_cs, "What I don't like is a queue, so I always follow up with "
                                        "the people waiting.")


def test_telugu_without_then_a_bare_negative_verb_is_emphasis(te_cs: Pack) -> None:
    # "Billing without greeting the customer doesn't happen with me." / "… I won't bill."
    assert "approachability" in earned(te_cs, "కస్టమర్‌ను పలకరించకుండా బిల్ వేయడం నా దగ్గర జరగదు.")
    assert "approachability" in earned(te_cs, "కస్టమర్‌ను పలకరించకుండా నేను బిల్ వేయను.")
    # the accusative సమస్యను ("the problem") is no negative verb: "I solved the customer's problem"
    assert "problem-resolution" in earned(te_cs, "నేను కస్టమర్ సమస్యను వెంటనే పరిష్కరించాను.")
    # and a bare negative verb still negates: "I don't greet the customer."
    assert detect(te_cs, "నేను కస్టమర్‌ను పలకరించను.")["approachability"].negated


def test_a_fronted_object_is_negated_by_its_clause(en_cs: Pack, sv_cs: Pack) -> None:
    """A sentence that puts its object first ("Uppföljning gör jag inte", verb second) is
    negated by the cue after its subject; emphasis there still affirms."""
    for text in ("Uppföljning hinner jag ärligt talat inte med, vi har för många samtal.",
                 "Men uppföljning gör jag inte."):
        assert detect(sv_cs, text)["follow-up"].negated
    assert detect(en_cs, "Follow-up I don't really have time for.")["follow-up"].negated
    assert "follow-up" in earned(sv_cs, "Uppföljning glömmer jag aldrig.")
    assert "follow-up" in earned(sv_cs, "Uppföljning gör jag alltid.")
    # mid-sentence, a new subject's negation is its own ("…, told her straight I couldn't…")
    assert "realistic-expectations" in earned(
        en_cs, "I rang her before she boarded, told her straight I couldn't give her the car.")


def test_telugu_a_negated_verb_after_a_verbal_noun_reaches_the_deed(te_cs: Pack) -> None:
    # "Calling again and asking how it is, things like that I don't do."
    text = "మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడగడం లాంటివి నేను చేయను."
    assert detect(te_cs, text)["follow-up"].negated
    # "… asking how it is, I could not do": a negative ending (-లేకపోయాను) negates it too
    assert detect(te_cs, "మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడగడం నేను చేయలేకపోయాను.")["follow-up"].negated
    # "… asking how it is, I won't forget that": emphasis, no negation
    assert "follow-up" in earned(te_cs, "మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడగడం నేను మర్చిపోను.")
    # and a verbal noun with no negated verb after it leaves the deed as said
    assert "follow-up" in earned(te_cs, "మళ్ళీ కాల్ చేసి ఎలా ఉంది అని అడగడం నాకు అలవాటు.")
