"""Beyond one machine: ``--engine dask`` writes the bytes a local run writes, on a real (local) cluster."""

from __future__ import annotations

import sys

import distributed  # the test extra installs dask[distributed]
import pytest

from pressxtract.batch import run_batch
from pressxtract.cli import main
from pressxtract.engines.dask_cluster import DaskEngine
from pressxtract.errors import UsageError
from pressxtract.extract import ExtractOptions
from pressxtract.io import find_sources

from .test_batch_output import interrupt_after, make_corpus

OPTIONS = ExtractOptions(lang="de")


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes on loopback, no dashboard."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, worker_dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("dask") / "in", 40)


def test_dask_run_writes_the_bytes_of_a_local_run(cluster, corpus, tmp_path):
    sources = find_sources([corpus])
    run_batch(sources, tmp_path / "local.jsonl", OPTIONS)
    run_batch(sources, tmp_path / "dask.jsonl", OPTIONS, engine="dask", scheduler=cluster.scheduler_address)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_cli_dask_engine_resumes_a_local_run(cluster, corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    sources = find_sources([corpus])
    with pytest.raises(KeyboardInterrupt):
        run_batch(sources, out, OPTIONS, progress=interrupt_after(7))
    code = main(["extract", str(corpus), "-o", str(out), "--lang", "de", "--resume", "--no-progress",
                 "--engine", "dask", "--scheduler", cluster.scheduler_address])
    run_batch(sources, tmp_path / "local.jsonl", OPTIONS)
    assert code == 1  # the corpus holds one binary document
    assert out.read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_unreachable_scheduler_is_a_usage_error(corpus):
    engine = DaskEngine("tcp://127.0.0.1:9", connect_timeout=0.5)
    with pytest.raises(UsageError, match="E026"):
        next(engine.lines(find_sources([corpus]), OPTIONS))


def test_dask_engine_without_dask_installed_is_a_usage_error(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    code = main(["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert code == 2
    assert capsys.readouterr().err.strip() == "pressxtract: error: [E025] --engine dask needs dask.distributed, " \
        "which is not installed: pip install 'pressxtract[dask]'"
    assert not (tmp_path / "out.jsonl.partial").exists()


@pytest.mark.parametrize("args", [["--engine", "dask"], ["--scheduler", "tcp://127.0.0.1:8786"]],
                         ids=["dask-without-scheduler", "scheduler-without-dask"])
def test_engine_options_that_do_not_fit_are_usage_errors(corpus, tmp_path, capsys, args):
    assert main(["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), *args]) == 2
    assert "[E029]" in capsys.readouterr().err
