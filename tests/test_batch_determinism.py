"""Determinism: the same input and options give byte-identical output whatever the workers, the
process or the hash seed; a worker that dies costs one error line, not the run."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pressxtract.batch import run_batch
from pressxtract.engines.local import LocalEngine
from pressxtract.extract import ExtractOptions, extract_text
from pressxtract.io import find_sources

from .conftest import CORPUS
from .test_batch_output import make_corpus

OPTIONS = ExtractOptions(lang="de")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated releases, a bad and an empty document, and up to four real releases of the corpus."""
    folder = make_corpus(tmp_path_factory.mktemp("determinism") / "in", 40)
    for path in sorted((CORPUS / "de").glob("*.txt"))[:4]:
        shutil.copy(path, folder / path.name)
    return folder


def run(corpus, out: Path, **kwargs) -> bytes:
    run_batch(find_sources([corpus]), out, OPTIONS, **kwargs)
    return out.read_bytes()


def test_one_and_two_workers_write_the_same_bytes(corpus, tmp_path):
    assert run(corpus, tmp_path / "w1.jsonl", workers=1) == run(corpus, tmp_path / "w2.jsonl", workers=2)


def test_runs_with_different_hash_seeds_write_the_same_bytes(corpus, tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "pressxtract.cli", "extract", str(corpus), "-o", str(out),
                        "--lang", "de", "--no-progress"], env=env, capture_output=True, timeout=300, check=False)
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1]


def test_a_document_that_kills_its_worker_gets_a_crash_line_and_the_run_goes_on(tmp_path, monkeypatch):
    folder = make_corpus(tmp_path / "in", 30)
    (folder / "series2" / "boom.txt").write_text("Dieses Dokument bringt seinen Prozess zum Absturz.")
    sources = find_sources([folder])
    expected = [line.text for line in LocalEngine(workers=1).lines(sources, OPTIONS)]
    extract_text("Warm.", options=OPTIONS)  # forked workers inherit the built pipeline

    from pressxtract.engines import base

    real = base.extract_source

    def crashing(source, options):
        if source.doc_id.endswith("boom"):
            os._exit(3)  # as a segfault or the OOM killer would end the worker
        return real(source, options)

    monkeypatch.setattr(base, "extract_source", crashing)
    engine = LocalEngine(workers=2, chunk_size=4, mp_context=multiprocessing.get_context("fork"))
    lines = list(engine.lines(sources, OPTIONS))
    boom = [s.doc_id for s in sources].index("series2/boom")
    assert [line.text for i, line in enumerate(lines) if i != boom] == expected[:boom] + expected[boom + 1 :]
    assert lines[boom].error and '"kind": "crash"' in lines[boom].text and "[E028]" in lines[boom].text
