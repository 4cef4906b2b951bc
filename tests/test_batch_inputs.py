"""Bad input in a batch: every ``.txt`` gets exactly one line (records, records + warning, or an error),
the batch goes on, nothing reaches the user as a traceback, and offsets stay exact on CRLF and BOM files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pressxtract.batch import run_batch
from pressxtract.errors import LimitError
from pressxtract.extract import ExtractOptions
from pressxtract.io import check_text, find_sources

from .conftest import assert_evidence

RELEASE = (
    "München, 19. Oktober 2013\n"
    "Dirk Müller und Joey Hand gewannen mit dem BMW Z4 GTE das Petit Le Mans in Road Atlanta.\n"
    "„Das war ein fantastisches Rennen für uns alle“, sagte Teamchef Bobby Rahal.\n"
    "Das BMW Team RLL holte 2011 den Titel in der GT-Klasse der American Le Mans Series.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
MB = 1_000_000
OPTIONS = ExtractOptions(lang="de")


def write(folder, name, data: bytes | str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_lines(path) -> list[dict]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.split(b"\n")[:-1]]


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    """A folder of every kind of bad input, some of it changed after discovery, run once.

    Returns the folder, the ``.txt`` names found, and the output lines by ``doc_id``.
    """
    folder = tmp_path_factory.mktemp("messy") / "in"
    write(folder, "ok.txt", RELEASE)
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", b"  \n\t\r\n   \n")
    write(folder, "nul.txt", b"Dirk M\x00ller gewann.")
    write(folder, "png.txt", PNG)
    write(folder, "latin1.txt", RELEASE.encode("cp1252"))
    write(folder, "bom.txt", "\ufeff" + RELEASE)
    write(folder, "crlf.txt", RELEASE.replace("\n", "\r\n"))
    write(folder, "separator.txt", RELEASE + "\u2028Zeile\u2029Absatz\x85Ende " + RELEASE)
    write(folder, "huge.txt", b"Rennen " * (30 * MB // 7 + 1))  # 30 MB, over --max-bytes (20 MB)
    write(folder, "longline.txt", b"x" * (2 * MB))  # 2 MB without a space, over --max-chars (1 M)
    write(folder, "punct.txt", RELEASE + "=" * 5000 + "\n" + RELEASE)
    write(folder, "vanishes.txt", RELEASE)
    write(folder, "becomes_dir.txt", RELEASE)
    write(folder, "becomes_fifo.txt", RELEASE)
    write(folder, "sub/deep.txt", RELEASE)
    write(folder, "image.png", PNG)
    write(folder, "notes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    os.symlink("self.txt", folder / "self.txt")  # a file symlink loop
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink("..", folder / "sub" / "up")  # a folder symlink loop
    sources = find_sources([folder])
    (folder / "vanishes.txt").unlink()
    (folder / "becomes_dir.txt").unlink()
    (folder / "becomes_dir.txt").mkdir()
    (folder / "becomes_fifo.txt").unlink()
    os.mkfifo(folder / "becomes_fifo.txt")
    out = folder.parent / "out.jsonl"
    summary = run_batch(sources, out, OPTIONS)
    lines = read_lines(out)
    return {"folder": folder, "sources": sources, "summary": summary, "lines": lines,
            "by_id": {line["doc_id"]: line for line in lines}}


def test_every_txt_found_gets_exactly_one_line_in_doc_id_order(messy):
    assert [line["doc_id"] for line in messy["lines"]] == [s.doc_id for s in messy["sources"]]
    assert sorted(messy["by_id"]) == sorted([
        "ok", "empty", "blank", "nul", "png", "latin1", "bom", "crlf", "separator", "huge", "longline", "punct",
        "vanishes", "becomes_dir", "becomes_fifo", "sub/deep", "self", "dangling"])


def test_non_text_files_beside_the_texts_are_not_documents(messy):
    assert not any(line["path"].endswith((".png", ".pdf")) for line in messy["lines"])


def test_folder_symlink_loop_is_visited_once(messy):
    assert [d for d in messy["by_id"] if d.startswith("sub/")] == ["sub/deep"]


@pytest.mark.parametrize(
    ("doc_id", "kind", "code"),
    [
        ("nul", "decode", "E005"),
        ("png", "decode", "E005"),
        ("huge", "limit", "E006"),
        ("longline", "limit", "E020"),
        ("punct", "limit", "E021"),
        ("vanishes", "decode", "E009"),
        ("becomes_dir", "decode", "E022"),
        ("becomes_fifo", "decode", "E022"),
        ("self", "decode", "E009"),
        ("dangling", "decode", "E009"),
    ],
    ids=["nul-bytes", "png-renamed-txt", "30mb-file", "2mb-line-without-spaces", "5000-equals-signs",
         "vanished-after-discovery", "became-a-folder", "became-a-fifo", "symlink-to-itself", "dangling-symlink"],
)
def test_bad_input_is_an_error_line_with_kind_and_coded_message(messy, doc_id, kind, code):
    line = messy["by_id"][doc_id]
    assert line["error"]["kind"] == kind
    assert line["error"]["message"].startswith(f"[{code}]")
    assert [line[field] for field in ("events", "results", "titles", "quotes", "entities")] == [[]] * 5


@pytest.mark.parametrize(("doc_id", "code"), [("empty", "W002"), ("blank", "W002"), ("latin1", "W001")],
                         ids=["empty", "whitespace-only", "invalid-utf8"])
def test_doubtful_input_is_a_line_with_a_warning_and_no_error(messy, doc_id, code):
    line = messy["by_id"][doc_id]
    assert line["error"] is None
    assert any(w.startswith(f"[{code}]") for w in line["warnings"])


def test_cp1252_fallback_still_extracts_records(messy):
    assert messy["by_id"]["latin1"]["entities"] == messy["by_id"]["ok"]["entities"]


@pytest.mark.parametrize("doc_id", ["ok", "bom", "crlf", "separator", "sub/deep"])
def test_good_input_gets_records_and_no_error(messy, doc_id):
    line = messy["by_id"][doc_id]
    assert line["error"] is None and line["warnings"] == []
    assert line["entities"] and line["quotes"]


def test_summary_counts_lines_and_errors(messy):
    assert messy["summary"].total == len(messy["lines"])
    assert messy["summary"].errors == sum(line["error"] is not None for line in messy["lines"])


def test_unicode_line_separators_never_split_an_output_line(messy):
    out = messy["folder"].parent / "out.jsonl"
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(messy["lines"])


@pytest.mark.parametrize(("name", "prefix", "newline"), [("bom", "\ufeff", "\n"), ("crlf", "", "\r\n"),
                                                          ("bom-crlf", "\ufeff", "\r\n")])
def test_offsets_count_in_the_decoded_text_of_bom_and_crlf_files(tmp_path, name, prefix, newline):
    path = write(tmp_path, f"{name}.txt", prefix + RELEASE.replace("\n", newline))
    text = RELEASE.replace("\n", newline)  # decoded: BOM dropped, line ends kept
    run_batch(find_sources([path]), tmp_path / "out.jsonl", OPTIONS)
    [line] = read_lines(tmp_path / "out.jsonl")
    assert_evidence(text, line)
    records = [r for field in ("events", "results", "titles", "quotes") for r in line[field]]
    spans = [span for r in records for span in r["evidence"] or []]
    assert line["entities"] and spans
    assert all(text[e["start"] : e["end"]] == e["text"] for e in line["entities"])
    assert all(text[s["start"] : s["end"]].strip() for s in spans)


def test_unreadable_file_is_an_error_line(tmp_path, monkeypatch):
    write(tmp_path / "in", "a.txt", RELEASE)
    locked = write(tmp_path / "in", "b.txt", RELEASE)
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):  # chmod 000 does not stop root, who runs CI here
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    sources = find_sources([tmp_path / "in"])
    monkeypatch.setattr(os, "open", refusing_open)
    run_batch(sources, tmp_path / "out.jsonl", OPTIONS)
    monkeypatch.undo()
    lines = read_lines(tmp_path / "out.jsonl")
    assert lines[0]["error"] is None
    assert lines[1]["error"]["message"] == f"[E009] Cannot read {locked}: Permission denied"


def test_file_growing_past_max_bytes_after_discovery_is_refused_without_reading_it_all(tmp_path):
    path = write(tmp_path, "grows.txt", RELEASE)
    sources = find_sources([path])
    path.write_bytes(b"Rennen " * 1000)
    run_batch(sources, tmp_path / "out.jsonl", ExtractOptions(lang="de", max_bytes=len(RELEASE.encode()) + 10))
    [line] = read_lines(tmp_path / "out.jsonl")
    assert line["error"]["kind"] == "limit" and line["error"]["message"].startswith("[E006]")


def test_30mb_file_under_a_raised_max_bytes_is_refused_by_max_chars(tmp_path):
    path = write(tmp_path, "huge.txt", b"Rennen " * (30 * MB // 7 + 1))
    run_batch(find_sources([path]), tmp_path / "out.jsonl", ExtractOptions(lang="de", max_bytes=40 * MB))
    [line] = read_lines(tmp_path / "out.jsonl")
    assert line["error"]["message"].startswith("[E020] Document is longer than --max-chars")


def test_cli_on_bad_input_exits_1_with_one_summary_line_and_no_traceback(messy, tmp_path):
    out = tmp_path / "out.jsonl"
    result = subprocess.run([sys.executable, "-m", "pressxtract.cli", "extract", str(messy["folder"]), "-o", str(out),
                             "--lang", "de", "--no-progress"], capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "documents have errors" in result.stderr
    # the vanished file and the one that became a folder are no longer documents; the fifo is one
    assert len(read_lines(out)) == len(messy["lines"]) - 2


@pytest.mark.parametrize("text", ["a" * 10, "a. " + "=" * 5, "„" + "a" * 8 + "“"],
                         ids=["max-chars", "max-punct-run", "quotes-around-letters"])
def test_limits_allow_exactly_their_value(text):
    check_text(text, max_chars=10, max_punct_run=5)


@pytest.mark.parametrize(("text", "code"), [("a" * 11, "E020"), ("a " + "=_-" * 2, "E021")],
                         ids=["over-max-chars", "over-max-punct-run-with-underscores"])
def test_limits_refuse_one_more(text, code):
    with pytest.raises(LimitError, match=code):
        check_text(text, max_chars=10, max_punct_run=5)
