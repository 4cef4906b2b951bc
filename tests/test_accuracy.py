"""Regression floors, well below the measured figures in the README (which `make demo` reproduces).

The floors guard against a change that breaks extraction; they are not the accuracy claims.
"""

import json

import pytest

from pressxtract.evaluate import evaluate_documents
from pressxtract.evaluate.reader import read_documents
from pressxtract.extract import ExtractOptions, extract_text
from pressxtract.io import find_sources

from .conftest import CORPUS, SEED_GOLD, SEED_TXT


def test_seed_every_result_and_title_is_found(seed_text):
    document = extract_text(seed_text, doc_id="de_bmw_rll_alms_2013", options=ExtractOptions(lang="de"))
    report = evaluate_documents(read_documents(SEED_GOLD), {document.doc_id: document}).to_dict()
    assert report["lenient"]["micro"]["f1"] >= 0.95
    for kind in ("results", "titles"):
        assert report["lenient"]["by_type"][kind]["recall"] == 1.0, kind


@pytest.mark.parametrize("lang, floor", [("de", 0.6), ("en", 0.6), ("fr", 0.6)])
def test_dev_split_floor(lang, floor):
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    gold = {k: v for k, v in read_documents(CORPUS / "gold" / f"{lang}.jsonl").items() if splits[k] == "dev"}
    sources = [s for s in find_sources([CORPUS]) if s.doc_id in gold]
    pred = {}
    for source in sources:
        document = extract_text(source.path.read_text(encoding="utf-8"), doc_id=source.doc_id,
                                options=ExtractOptions(lang=lang))
        pred[source.doc_id] = document
    assert evaluate_documents(gold, pred).to_dict()["lenient"]["micro"]["f1"] >= floor


def test_seed_file_is_the_shared_one():
    # the seed stays in ../shared: the project never carries a copy of it
    assert not list(CORPUS.rglob(SEED_TXT.name))
