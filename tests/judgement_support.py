"""What the judgement tests share: three small packs built for them (English, Swedish, Telugu),
so they do not depend on the bundled packs' keyword lists, and the assertions they make. The
packs are fixtures in conftest.py (en_rules_pack, sv_rules_pack, te_rules_pack)."""

from __future__ import annotations

from coach.packs import Pack
from coach.scoring import CriterionResult, detect, score_answer

EN_PACK = """\
pack: en-judge
title: Judgement
language: en
criteria:
  flexibility:
    label: Flexibility
    keywords: [flexible, made an exception, adapt]
    exclude: [flexible landlord, around the bank holiday opening]
  empathy:
    label: Empathy
    keywords: [empathy, put myself in their shoes]
  honesty:
    label: Honesty
    keywords: [honest, transparent]
  follow-up:
    label: Follow-up
    keywords: [follow up, check back, call them back]
    ownership: true
  problem-resolution:
    label: Problem resolution
    keywords: [fix the issue, resolve]
    ownership: true
  exceeding-expectations:
    label: Exceeding expectations
    keywords: [exceed expectations, above and beyond, extra mile]
  patience:
    label: Patience
    keywords: [patient, patience]
  respect:
    label: Respect
    keywords: [respect, respectfully]
  fairness:
    label: Fairness
    keywords: [fair]
  reliability:
    label: Reliability
    keywords: [trust, reliable]
  expectations:
    label: Managing expectations
    keywords: [expected]
questions:
  - id: upset
    prompt: Tell me about a time you looked after an upset customer.
    criteria: [follow-up, patience, empathy]
    model_answer: >-
      A customer was upset about a late delivery. I stayed patient, listened, put myself in
      their shoes, apologised and followed up the next day to check the parcel arrived.
"""

SV_PACK = """\
pack: sv-judge
title: Bedömning
language: sv
criteria:
  flexibility:
    label: Flexibilitet
    keywords: [flexibel, gjorde ett undantag]
    exclude: [flexibla arbetstider]
  empathy:
    label: Empati
    keywords: [empati, visa förståelse]
  honesty:
    label: Ärlighet
    keywords: [ärlig, ärlighet]
  follow-up:
    label: Uppföljning
    keywords: [följa upp, ringa tillbaka]
    ownership: true
  problem-resolution:
    label: Problemlösning
    keywords: [lösa problemet]
    ownership: true
  respect:
    label: Respekt
    keywords: [respekt]
  exceeding-expectations:
    label: Överträffa förväntningar
    keywords: [överträffa förväntningarna]
  patience:
    label: Tålamod
    keywords: [tålamod, tålmodig]
questions:
  - id: upset
    prompt: Berätta om en gång du hjälpte en upprörd kund.
    criteria: [follow-up, patience, empathy]
    model_answer: >-
      En kund var upprörd över en sen leverans. Jag var tålmodig, lyssnade, visade förståelse
      och ringde tillbaka dagen efter för att följa upp att paketet kommit fram.
"""

TE_PACK = """\
pack: te-judge
title: పరీక్ష
language: te
criteria:
  empathy:
    label: సానుభూతి
    keywords: [సానుభూతి, కస్టమర్ స్థానంలో]
  honesty:
    label: నిజాయితీ
    keywords: [నిజాయితీ, నిజం]
  respect:
    label: గౌరవం
    keywords: [గౌరవం]
  exceeding-expectations:
    label: అంచనాలు
    keywords: [అంచనాలను మించి]
  follow-up:
    label: ఫాలో అప్
    keywords: [ఫాలో అప్]
    ownership: true
  problem-resolution:
    label: పరిష్కారం
    keywords: [పరిష్కరించ]
    ownership: true
  patience:
    label: ఓపిక
    keywords: [ఓపిక, ఓపికగా]
  flexibility:
    label: సౌలభ్యం
    keywords: [ఫ్లెక్సిబుల్, మినహాయింపు]
    exclude: [నా షిఫ్టుల]
questions:
  - id: upset
    prompt: కోపంగా ఉన్న కస్టమర్‌కి సహాయం చేసిన సందర్భం గురించి చెప్పండి.
    criteria: [follow-up, patience, empathy]
    model_answer: >-
      డెలివరీ ఆలస్యం అయినందుకు ఒక కస్టమర్ కోపంగా ఉన్నారు. నేను ఓపికగా విన్నాను, కస్టమర్
      స్థానంలో ఆలోచించాను, క్షమాపణ చెప్పాను, మరుసటి రోజు ఫాలో అప్ చేశాను.
"""


def earned(pack: Pack, text: str) -> set[str]:
    return {cid for cid, r in detect(pack, text).items() if r.earned}


def result(pack: Pack, text: str, cid: str) -> CriterionResult:
    return detect(pack, text)[cid]


def assert_aside(pack: Pack, text: str, cid: str, rule: str, trigger: str) -> None:
    """The criterion's keyword was found but set aside by `rule`, triggered by `trigger`."""
    r = result(pack, text, cid)
    assert not r.earned and not r.negated, r
    assert r.set_aside is not None, r
    assert r.set_aside.rule == rule
    assert r.set_aside.phrase == trigger
    assert text[r.set_aside.start : r.set_aside.end] == trigger
    assert r.evidence is not None  # the match is still shown, with its reason


def assert_affirmed(pack: Pack, text: str, cid: str) -> None:
    """Emphasis: the criterion is earned and not reported as negated."""
    r = result(pack, text, cid)
    assert r.earned and not r.negated, r
    assert r.negation is None and r.set_aside is None


def assert_negated(pack: Pack, text: str, cid: str, cue: str) -> None:
    r = result(pack, text, cid)
    assert r.negated and not r.earned, r
    assert r.negation is not None and r.negation.text == cue


def fillers(pack: Pack, text: str) -> dict[str, int]:
    return {f.text: f.count for f in score_answer(pack, "upset", text).fillers}
