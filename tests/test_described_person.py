"""A one-word keyword that describes the person named right after it, after an article or a
possessive, is that person's quality ("I'm lucky to have a really flexible manager", "en
väldigt flexibel chef"), not the candidate's; a self-description ("I'm a reliable colleague")
and a word for anyone ("a patient person") are not read so."""

from __future__ import annotations

from test_emphasis_deflection import assert_set_aside

from coach.packs import Pack
from coach.scoring import detect


def test_someone_elses_quality(en_cs: Pack, sv_cs: Pack) -> None:
    assert_set_aside(en_cs, "I'm lucky to have a really flexible manager, she lets me take five "
                     "minutes.", "flexibility", "subject")
    assert_set_aside(sv_cs, "Jag har tur som har en väldigt flexibel chef.", "flexibility", "subject")


def test_the_candidates_own_quality_still_earns(en_cs: Pack) -> None:
    assert detect(en_cs, "I'm a reliable colleague: customers know I'll do what I say.")[
        "reliability"].earned
    assert detect(en_cs, "I'm flexible with customers when the standard answer doesn't fit.")[
        "flexibility"].earned


def test_consistent_bare_is_a_work_trait(en_cs: Pack) -> None:
    # "consistent" joins reliable and dependable: said bare, it says the candidate turns up
    text = "I haven't missed a single class this term, I'm very consistent like that."
    assert_set_aside(en_cs, text, "reliability", "trait")
    assert detect(en_cs, "I'm consistent with every customer, whatever the queue.")["reliability"].earned


def test_swedish_employer_and_truck(sv_cs: Pack) -> None:
    assert_set_aside(sv_cs, "Jag vill ha en arbetsgivare som är pålitlig.", "reliability", "subject")
    assert_set_aside(sv_cs, "Men vår annars så pålitliga lastbil gick sönder på onsdagen.",
                     "reliability", "thing")
