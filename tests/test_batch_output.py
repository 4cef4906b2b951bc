"""No torn output, resumable runs: ``OUT`` appears complete or not at all, ``OUT.partial`` holds the
lines so far, and ``--resume`` continues a killed run to the bytes of an uninterrupted run."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from pressxtract.batch import run_batch
from pressxtract.errors import UsageError
from pressxtract.extract import ExtractOptions
from pressxtract.io import PartialOutput, find_sources

OPTIONS = ExtractOptions(lang="de")
OLD = b'{"doc_id": "an earlier run", "error": null}\n'
DRIVERS = ["Dirk Müller", "Joey Hand", "Bill Auberlen", "Maxime Martin", "Marco Wittmann", "Timo Glock",
           "Augusto Farfus", "Jörg Müller", "Andy Priaulx", "Bruno Spengler", "Nick Catsburg", "Jens Klingmann"]
VENUES = ["Road Atlanta", "Sebring", "Laguna Seca", "Lime Rock Park", "Long Beach", "Mosport", "Baltimore",
          "Hockenheim", "Nürburgring", "Spa-Francorchamps", "Zandvoort"]
MONTHS = ["März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"]


def release(i: int) -> str:
    """A small, varied German release (about 60 words)."""
    d1, d2 = DRIVERS[i % len(DRIVERS)], DRIVERS[(i * 5 + 3) % len(DRIVERS)]
    venue, month, year = VENUES[i % len(VENUES)], MONTHS[i % len(MONTHS)], 2005 + i % 15
    return (f"{venue}, {1 + i % 28}. {month} {year}\n"
            f"{d1} gewann mit dem BMW Z4 GTE das Rennen in {venue}. {d2} wurde Zweiter, "
            f"{i % 40 + 3} Sekunden dahinter.\n"
            f"„Das war Rennen Nummer {i} für uns, ein großartiger Tag“, sagte Teamchef Bobby Rahal. "
            f"Das BMW Team RLL führt die Meisterschaft nun mit {i % 30 + 10} Punkten an.\n")


def make_corpus(folder, n: int):
    """``n`` small releases in three sub-folders, plus one document that fails and one empty one."""
    for i in range(n):
        path = folder / f"series{i % 3}" / f"release_{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(release(i), encoding="utf-8")
    (folder / "series0" / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (folder / "series1" / "empty.txt").write_bytes(b"")
    return folder


def interrupt_after(k: int):
    """A progress callback that stops the run like Ctrl-C once ``k`` lines are written."""
    def progress(done: int, total: int) -> None:
        if done == k:
            raise KeyboardInterrupt
    return progress


def complete_lines(path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus") / "in", 12)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The bytes of an uninterrupted run over ``corpus``."""
    out = tmp_path_factory.mktemp("reference") / "out.jsonl"
    run_batch(find_sources([corpus]), out, OPTIONS)
    return out.read_bytes()


@pytest.fixture
def interrupted(corpus, tmp_path):
    """An earlier complete OUT, then a run into it stopped after 5 lines: (out, sources)."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(OLD)
    sources = find_sources([corpus])
    with pytest.raises(KeyboardInterrupt):
        run_batch(sources, out, OPTIONS, progress=interrupt_after(5))
    return out, sources


def test_complete_run_leaves_only_out(corpus, tmp_path, reference):
    out = tmp_path / "out.jsonl"
    run_batch(find_sources([corpus]), out, OPTIONS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    assert out.read_bytes() == reference


def test_interrupted_run_leaves_earlier_out_untouched(interrupted):
    out, _ = interrupted
    assert out.read_bytes() == OLD


def test_interrupted_run_leaves_its_complete_lines_in_the_partial_file(interrupted, reference):
    out, _ = interrupted
    partial = out.with_name("out.jsonl.partial").read_bytes()
    assert partial == b"".join(reference.splitlines(keepends=True)[:5])


def test_resume_continues_to_the_bytes_of_an_uninterrupted_run(interrupted, reference):
    out, sources = interrupted
    summary = run_batch(sources, out, OPTIONS, resume=True)
    assert out.read_bytes() == reference
    assert (summary.resumed, summary.total) == (5, len(sources))


def test_resume_counts_errors_of_kept_lines(interrupted, reference):
    out, sources = interrupted
    summary = run_batch(sources, out, OPTIONS, resume=True)
    assert summary.errors == sum(json.loads(line)["error"] is not None for line in reference.splitlines())


def test_resume_drops_a_torn_last_line(interrupted, reference):
    out, sources = interrupted
    with open(out.with_name("out.jsonl.partial"), "ab") as f:
        f.write(b'{"doc_id": "series1/release_00')
    run_batch(sources, out, OPTIONS, resume=True)
    assert out.read_bytes() == reference


def test_resume_without_a_partial_file_is_a_full_run(corpus, tmp_path, reference):
    out = tmp_path / "out.jsonl"
    summary = run_batch(find_sources([corpus]), out, OPTIONS, resume=True)
    assert out.read_bytes() == reference and summary.resumed == 0


def test_run_without_resume_starts_over(interrupted, reference):
    out, sources = interrupted
    summary = run_batch(sources, out, OPTIONS)
    assert out.read_bytes() == reference and summary.resumed == 0


def test_resume_with_other_options_is_refused_and_keeps_the_partial_file(interrupted):
    out, sources = interrupted
    partial = out.with_name("out.jsonl.partial")
    before = partial.read_bytes()
    with pytest.raises(UsageError, match=r"E023.*other settings \(options\)"):
        run_batch(sources, out, ExtractOptions(lang="de", max_chars=5000), resume=True)
    assert partial.read_bytes() == before and out.read_bytes() == OLD


def test_resume_after_the_inputs_changed_is_refused(interrupted):
    out, sources = interrupted
    with pytest.raises(UsageError, match=r"E023.*documents were added, removed or renamed"):
        run_batch(sources[1:], out, OPTIONS, resume=True)


def test_second_run_into_the_same_out_is_refused_while_the_first_writes(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    first = PartialOutput(out, description={})
    first.open()
    try:
        with pytest.raises(UsageError, match="E024"):
            run_batch(find_sources([corpus]), out, OPTIONS)
    finally:
        first.close()


def test_output_that_is_a_directory_is_refused_before_any_work(corpus, tmp_path):
    with pytest.raises(UsageError, match=r"E002.*directory"):
        run_batch(find_sources([corpus]), tmp_path, OPTIONS, progress=interrupt_after(1))


def test_stream_sink_gets_every_line_and_the_library_prints_nothing(corpus, reference, capsys):
    sink = io.StringIO()
    run_batch(find_sources([corpus]), sink, OPTIONS)
    assert sink.getvalue().encode("utf-8") == reference
    assert capsys.readouterr() == ("", "")


def test_resume_into_a_stream_is_refused(corpus):
    with pytest.raises(UsageError, match=r"E029.*--resume"):
        run_batch(find_sources([corpus]), io.StringIO(), OPTIONS, resume=True)


def test_partial_files_of_the_run_are_never_its_inputs(tmp_path):
    folder = make_corpus(tmp_path / "in", 4)
    out = folder / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch(find_sources([folder], glob="*"), out, OPTIONS, progress=interrupt_after(2))
    run_batch(find_sources([folder], glob="*"), out, OPTIONS, resume=True)
    doc_ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(doc_ids) == 6 and not any("partial" in d for d in doc_ids)


def test_kill_9_mid_run_then_resume_gives_the_uninterrupted_bytes(tmp_path):
    corpus = make_corpus(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"
    out.write_bytes(OLD)
    partial = tmp_path / "out.jsonl.partial"
    command = [sys.executable, "-m", "pressxtract.cli", "extract", str(corpus), "-o", str(out), "--lang", "de",
               "--no-progress"]
    run = subprocess.Popen(command + ["--workers", "2"], start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while complete_lines(partial) < 30:
            assert run.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run wrote nothing for two minutes"
            time.sleep(0.005)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the run and its worker processes, as kill -9 would
        run.wait()
    assert out.read_bytes() == OLD
    assert 30 <= complete_lines(partial) < 202

    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=300, check=False)
    reference = tmp_path / "reference.jsonl"
    run_batch(find_sources([corpus]), reference, OPTIONS)
    assert resumed.returncode == 1, resumed.stderr  # the binary document's error line
    assert "pressxtract: resumed: kept" in resumed.stderr and "Traceback" not in resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not partial.exists()


def test_ctrl_c_mid_run_exits_130_with_a_resume_hint_and_no_traceback(tmp_path):
    corpus = make_corpus(tmp_path / "in", 120)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    run = subprocess.Popen([sys.executable, "-m", "pressxtract.cli", "extract", str(corpus), "-o", str(out),
                            "--lang", "de", "--no-progress", "--workers", "2"],
                           start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           # as from a terminal: a test run started in the background (`pytest &`) ignores SIGINT,
                           # and an ignored signal stays ignored in its children
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while complete_lines(partial) < 5 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C sends: the run and its workers
        stderr = run.communicate(timeout=120)[1]
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130, stderr
    hint = f"the lines written so far are in {partial}: continue with --resume"
    assert stderr.strip() == f"pressxtract: interrupted; {hint}"
    assert not out.exists() and complete_lines(partial) >= 5
