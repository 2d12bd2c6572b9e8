"""Values YAML 1.1 reads unlike their writer meant: one clear error each (the hostile corpus
holds the files; these check what a file cannot: how many problems, and the CLI line)."""

from __future__ import annotations

import pytest

from coach.errors import PackError
from coach.packs import load_pack_text
from coach.packs.loader import _plain_number

PACK = """\
pack: p
title: T
language: en
version: {version}
criteria:
  e:
    label: E
    keywords: [empathy]
    weight: {weight}
questions:
  - id: q
    prompt: Why?
"""


@pytest.mark.parametrize("version", ["1.0", "true", "[1]"])
def test_a_version_no_type_accepts_is_one_problem(version: str) -> None:
    with pytest.raises(PackError) as info:
        load_pack_text(PACK.format(version=version, weight=1), "p.yaml")
    assert len(info.value.problems) == 1
    assert info.value.problems[0].path == "version"
    assert info.value.problems[0].message.startswith("expected text or a whole number, got ")


@pytest.mark.parametrize(("weight", "written"), [("5e1", "50"), ("2.5e1", "25"), ("1E1", "10")])
def test_an_exponent_yaml_reads_as_text_says_how_to_write_it(weight: str, written: str) -> None:
    with pytest.raises(PackError) as info:
        load_pack_text(PACK.format(version="'1.0'", weight=weight), "p.yaml")
    assert [str(p) for p in info.value.problems] == [
        f"p.yaml:9:13: criteria.e.weight: expected a number, got '{weight}': YAML reads {weight} "
        f"as text; write {written}"]
    assert load_pack_text(PACK.format(version="2", weight=written)).criteria["e"].weight == float(written)


def test_plain_number_writes_what_yaml_reads_as_a_number() -> None:
    assert _plain_number("1e30") == "1.0e+30"
    assert _plain_number("1e-7") == "1.0e-07"
    assert _plain_number("empathy") is None and _plain_number("1.5") is None
    assert load_pack_text(PACK.format(version=1, weight="1.0e+1")).criteria["e"].weight == 10.0
