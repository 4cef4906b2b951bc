import os

import pytest

from pressxtract.errors import DecodeError, UsageError
from pressxtract.io import Source, decode, find_sources, read_source


def test_doc_id_is_relative_path_without_suffix(tmp_path):
    (tmp_path / "corpus" / "de").mkdir(parents=True)
    (tmp_path / "corpus" / "de" / "bmw_2013.txt").write_text("x")
    (tmp_path / "corpus" / "notes.md").write_text("x")
    sources = find_sources([tmp_path / "corpus"])
    assert [s.doc_id for s in sources] == ["de/bmw_2013"]


def test_file_given_directly_gets_its_stem(tmp_path):
    f = tmp_path / "release.txt"
    f.write_text("x")
    assert find_sources([f]) == [Source("release", f)]


def test_glob_option_selects_other_files(tmp_path):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    assert [s.doc_id for s in find_sources([tmp_path], glob="*.md")] == ["a"]


def test_sources_are_sorted_by_doc_id(tmp_path):
    for name in ("c", "a", "b"):
        (tmp_path / f"{name}.txt").write_text("x")
    assert [s.doc_id for s in find_sources([tmp_path])] == ["a", "b", "c"]


def test_symlink_loop_ends(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    assert [s.doc_id for s in find_sources([tmp_path])] == ["d/a"]


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="E001"):
        find_sources([tmp_path / "nope"])


def test_bom_is_dropped_and_nothing_else_changes():
    text, warnings = decode("\ufeffZeile 1\r\nZeile 2".encode("utf-8"))
    assert text == "Zeile 1\r\nZeile 2"
    assert warnings == []


def test_invalid_utf8_falls_back_to_cp1252_with_warning():
    text, warnings = decode("Müller".encode("cp1252"))
    assert text == "Müller"
    assert len(warnings) == 1 and "cp1252" in warnings[0]


def test_nul_bytes_are_not_text():
    with pytest.raises(DecodeError, match="E005"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_too_large_file_is_a_document_error(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("x" * 100)
    with pytest.raises(DecodeError, match="E006"):
        read_source(Source("big", f), max_bytes=10)
