"""The compiled-pack cache of `coach score` (coach.pack_cache.compiled_pack): used only when it
matches the pack file's bytes, coach's version and its pack-loading code; anything else in its
place is ignored and rewritten, never trusted; and a cached pack scores exactly as the pack."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

import coach
from coach import pack_cache
from coach.errors import PackNotFound, QuestionNotFound
from coach.pack_cache import CompiledPack, cache_file, compiled_pack
from coach.packs import Pack, load_pack, resolve_pack
from coach.scoring import score_answer

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "questions" / "customer-service.yaml"

ANSWERS = [
    "I listened, apologised for the delay and promised to call back by five, and I did.",
    "Honestly it's not my department, so I passed it on to billing and never followed up.",
    "I put myself in their shoes, kept them updated every day and went above and beyond.",
    "",
]


@pytest.fixture
def pack_path(tmp_path: Path) -> Path:
    """A copy of the bundled English pack, free to edit."""
    path = tmp_path / "packs" / "cs.yaml"
    path.parent.mkdir()
    shutil.copyfile(BUNDLED, path)
    return path


def test_second_load_comes_from_the_cache_and_scores_identically(pack_path: Path) -> None:
    first = compiled_pack(str(pack_path))
    assert isinstance(first, Pack)  # nothing cached yet: loaded and validated
    assert cache_file(pack_path).is_file()
    second = compiled_pack(str(pack_path))
    assert isinstance(second, CompiledPack)
    assert (second.id, second.title) == (first.id, first.title)
    for question in first.questions:
        for text in ANSWERS:
            assert score_answer(second, question.id, text).to_dict() == \
                score_answer(first, question.id, text).to_dict()


def test_the_bundled_pack_by_id_is_cached(isolated_home: Path) -> None:
    assert isinstance(compiled_pack("customer-service"), Pack)
    cached = compiled_pack("customer-service")
    assert isinstance(cached, CompiledPack)
    assert cache_file(resolve_pack("customer-service")).parent == isolated_home / "cache"


@pytest.mark.parametrize("damage", [
    b"",
    b"\x00\xff garbage",
    b'{"not": "a header"}\n{}',
    b"[1, 2, 3]",
    b'{"format": 1}\n' + b"x" * 100,
])
def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rewritten(pack_path: Path, damage: bytes) -> None:
    compiled_pack(str(pack_path))
    cache_file(pack_path).write_bytes(damage)
    assert isinstance(compiled_pack(str(pack_path)), Pack)  # not trusted: loaded again
    assert isinstance(compiled_pack(str(pack_path)), CompiledPack)  # and the cache rewritten


def test_a_cache_cut_short_or_edited_is_ignored(pack_path: Path) -> None:
    compiled_pack(str(pack_path))
    target = cache_file(pack_path)
    whole = target.read_bytes()
    target.write_bytes(whole[:-10])
    assert isinstance(compiled_pack(str(pack_path)), Pack)
    # The body edited (a criterion's label), the header left as it was: the checksum says no.
    edited = target.read_bytes().replace(b'"label": "', b'"label": "X', 1)
    assert edited != target.read_bytes()
    target.write_bytes(edited)
    loaded = compiled_pack(str(pack_path))
    assert isinstance(loaded, Pack)
    assert not any(c.label.startswith("X") for c in loaded.criteria.values())


def test_a_cache_of_another_coach_version_is_not_used(pack_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    compiled_pack(str(pack_path))
    assert isinstance(compiled_pack(str(pack_path)), CompiledPack)
    monkeypatch.setattr(coach, "__version__", "999.0")
    assert isinstance(compiled_pack(str(pack_path)), Pack)
    assert isinstance(compiled_pack(str(pack_path)), CompiledPack)  # rewritten for this version
    header = json.loads(cache_file(pack_path).read_bytes().partition(b"\n")[0])
    assert header["coach"] == "999.0"


def test_a_cache_of_other_pack_loading_code_is_not_used(pack_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    compiled_pack(str(pack_path))
    monkeypatch.setattr(pack_cache, "_loader_digest", lambda: "other code")
    assert isinstance(compiled_pack(str(pack_path)), Pack)


def test_a_changed_pack_file_is_loaded_afresh_even_with_the_same_size_and_mtime(pack_path: Path) -> None:
    compiled_pack(str(pack_path))
    assert isinstance(compiled_pack(str(pack_path)), CompiledPack)
    info = pack_path.stat()
    text = pack_path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    old_title = data["title"]
    new_title = old_title[:-1] + ("X" if old_title[-1] != "X" else "Y")  # same length
    pack_path.write_text(text.replace(f"title: {old_title}", f"title: {new_title}", 1), encoding="utf-8")
    os.utime(pack_path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert pack_path.stat().st_size == info.st_size
    loaded = compiled_pack(str(pack_path))
    assert isinstance(loaded, Pack) and loaded.title == new_title
    assert compiled_pack(str(pack_path)).title == new_title


def test_a_pack_made_invalid_raises_as_load_pack_does(pack_path: Path) -> None:
    compiled_pack(str(pack_path))
    pack_path.write_text(pack_path.read_text(encoding="utf-8").replace("criteria:", "criteria: 3\nx:", 1),
                         encoding="utf-8")
    with pytest.raises(Exception) as cached:
        compiled_pack(str(pack_path))
    with pytest.raises(Exception) as direct:
        load_pack(str(pack_path))
    assert type(cached.value) is type(direct.value) and str(cached.value) == str(direct.value)


def test_errors_are_those_of_load_pack() -> None:
    with pytest.raises(PackNotFound) as cached:
        compiled_pack("no-such-pack")
    with pytest.raises(PackNotFound) as direct:
        load_pack("no-such-pack")
    assert str(cached.value) == str(direct.value)
    compiled_pack("customer-service")
    with pytest.raises(QuestionNotFound) as from_cache:
        compiled_pack("customer-service").rubric.question("no-such-question")
    with pytest.raises(QuestionNotFound) as from_pack:
        load_pack("customer-service").question("no-such-question")
    assert str(from_cache.value) == str(from_pack.value)


def test_a_data_folder_that_cannot_be_written_is_no_error(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COACH_HOME", str(blocker))
    assert isinstance(compiled_pack("customer-service"), Pack)
    assert isinstance(compiled_pack("customer-service"), Pack)


def test_the_pack_file_found_without_coach_packs_agrees_with_resolve_pack(
        tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch, pack_path: Path) -> None:
    user = isolated_home / "packs"
    user.mkdir(parents=True)
    shutil.copyfile(BUNDLED, user / "mine.yml")
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copyfile(BUNDLED, extra / "theirs.yaml")
    (extra / "a-folder.yaml").mkdir()
    monkeypatch.setenv("COACH_PACKS_PATH", str(extra))
    for ref in ("customer-service", "customer-service-sv", "mine", "theirs", str(pack_path)):
        assert pack_cache._pack_file(ref) == resolve_pack(ref), ref
    assert pack_cache._pack_file("a-folder") is None  # left to the full lookup, which explains
    assert pack_cache._pack_file(str(tmp_path / "missing.yaml")) is None


def test_score_command_uses_and_survives_the_cache(isolated_home: Path) -> None:
    from typer.testing import CliRunner

    from coach.cli import app

    runner = CliRunner()
    args = ["score", "-q", "missed-promise", ANSWERS[0], "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert list((isolated_home / "cache").glob("pack-*.json"))
    for path in (isolated_home / "cache").glob("pack-*.json"):
        path.write_bytes(b"\x00 not json")
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and again.stdout == first.stdout
    assert runner.invoke(app, args).stdout == first.stdout


@pytest.mark.parametrize("pack_id", ["customer-service", "customer-service-sv", "customer-service-te"])
def test_the_cached_rubric_equals_the_loaded_one(pack_id: str) -> None:
    loaded = compiled_pack(pack_id)
    cached = compiled_pack(pack_id)
    assert isinstance(loaded, Pack) and isinstance(cached, CompiledPack)
    a, b = loaded.rubric, cached.rubric
    assert (a.id, a.language, dict(a.criteria), a.questions, a.red_flags, a.pack_min_words) == \
        (b.id, b.language, dict(b.criteria), b.questions, b.red_flags, b.pack_min_words)


def test_grade_reads_packs_through_the_cache_and_grades_identically(isolated_home: Path) -> None:
    from typer.testing import CliRunner

    from coach.cli import app

    rows = [{"pack": "customer-service", "question": "missed-promise", "answer": text} for text in ANSWERS]
    answers = isolated_home.parent / "answers.jsonl"
    answers.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    args = ["grade", str(answers), "--format", "json", "--jobs", "1"]
    pack_cache._PACKS.clear()
    first = runner.invoke(app, args)  # loads and validates the pack, and caches it compiled
    assert first.exit_code == 0, first.output
    assert list((isolated_home / "cache").glob("pack-*.json"))
    pack_cache._PACKS.clear()  # as a new process: the compiled cache, no YAML or validation
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("coach.packs.load_pack_file", lambda path: pytest.fail("loaded the YAML"))
        again = runner.invoke(app, args)
    assert again.exit_code == 0 and again.stdout == first.stdout
    pack_cache._PACKS.clear()
