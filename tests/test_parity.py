"""Parallel releases (``corpus/parallel.json``): each language version gives the same records as the others.

Each pair of versions of a group is scored with ``pressxtract.evaluate.evaluate_documents`` (the group's first
version as gold, document ids renamed so they pair up), after ``bench/parity.py`` has made the two comparable:
names written in the document's language become the knowledge base's canonical name, and quotes are compared
by speaker (their words are a translation). The issue's target is a pooled lenient micro F1 of 0.9; ``FLOOR``
sits a little below what the pipeline measures today so that a regression fails. Parity groups include test
documents: they are measured here, never tuned on.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FLOOR = 0.82  # measured 0.859 on 96 groups (2026-11-28, twenty-ninth session); target 0.9
PAIR_FLOOR = 0.35  # no single pair may collapse (a test pair of round 52 came in at 0.39 and is not tuned on)


def _parity_module():
    spec = importlib.util.spec_from_file_location("bench_parity", ROOT / "bench" / "parity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def parity():
    return _parity_module()


@pytest.fixture(scope="module")
def documents(parity):
    groups = json.loads((CORPUS / "parallel.json").read_text(encoding="utf-8"))
    return parity.extract_groups(CORPUS, groups)


@pytest.fixture(scope="module")
def table(parity, documents):
    return parity.parity(CORPUS, documents=documents)


def test_every_version_is_extracted_in_its_own_language(documents):
    for doc_id, document in documents.items():
        assert document.error is None, (doc_id, document.error)
        assert document.lang == doc_id.split("/")[0]


def test_pooled_parity_reaches_the_floor(table):
    assert table["micro_f1"] >= FLOOR, table["micro_f1"]


def test_no_pair_collapses(table):
    low = [(row["gold"], row["pred"], round(row["f1"], 3)) for row in table["pairs"] if row["f1"] < PAIR_FLOOR]
    assert not low


def test_identical_documents_have_perfect_parity(parity, documents):
    """The harness itself: a version against itself scores 1.0."""
    from pressxtract.evaluate import evaluate_documents

    forms = parity.canonical_names()
    for doc_id, document in documents.items():
        same = parity.comparable(document, forms)
        report = evaluate_documents({doc_id: same}, {doc_id: same}).to_dict()
        assert report["lenient"]["micro"]["f1"] in (0.0, 1.0)  # 0.0 only for a document with no records
        assert report["lenient"]["micro"]["gold"] == 0 or report["lenient"]["micro"]["f1"] == 1.0
