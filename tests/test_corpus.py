"""The bundled corpus: one valid gold line per document, quotes that occur in their texts, a sound split."""

import json
import re
from collections import Counter

import pytest

from pressxtract.evaluate.reader import read_documents
from pressxtract.io import find_sources

from .conftest import CORPUS

LANGS = ("de", "en", "fr")
MIN_DOCS = {"de": 45, "en": 20, "fr": 12}


@pytest.fixture(scope="module")
def sources():
    return {s.doc_id: s for s in find_sources([CORPUS])}


@pytest.fixture(scope="module")
def gold():
    return {lang: read_documents(CORPUS / "gold" / f"{lang}.jsonl") for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_every_document_has_exactly_one_gold_line(lang, sources, gold):
    docs = {d for d in sources if d.startswith(f"{lang}/")}
    assert len(docs) >= MIN_DOCS[lang]
    assert set(gold[lang]) == docs


@pytest.mark.parametrize("lang", LANGS)
def test_documents_are_150_to_900_words(lang, sources):
    for doc_id, source in sources.items():
        if doc_id.startswith(f"{lang}/"):
            words = len(source.path.read_text(encoding="utf-8").split())
            assert 150 <= words <= 900, (doc_id, words)


@pytest.mark.parametrize("lang", LANGS)
def test_quote_texts_occur_in_their_documents(lang, sources, gold):
    for doc_id, document in gold[lang].items():
        text = re.sub(r"\s+", " ", sources[doc_id].path.read_text(encoding="utf-8"))
        for quote in document.quotes:
            words = re.sub(r"\s+", " ", quote.text)
            # a statement interrupted by its attribution is joined by one space: each part must occur
            assert words in text or _parts_occur(words, text), (doc_id, quote.text[:60])


def _parts_occur(words: str, text: str) -> bool:
    tokens = words.split(" ")
    for cut in range(1, len(tokens)):
        left, right = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if left in text and (right in text or _parts_occur(right, text)):
            return True
    return False


def test_splits_cover_every_document_and_test_is_at_least_35_percent(sources):
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    assert set(splits) == set(sources)
    assert set(splits.values()) == {"dev", "test"}
    for lang in LANGS:
        counts = Counter(v for k, v in splits.items() if k.startswith(f"{lang}/"))
        assert counts["test"] / sum(counts.values()) >= 0.35, lang


def test_parallel_groups_exist_and_share_a_split(sources):
    groups = json.loads((CORPUS / "parallel.json").read_text(encoding="utf-8"))
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    assert len(groups) >= 8
    for group in groups:
        assert all(doc_id in sources for doc_id in group)
        assert len({d.split("/")[0] for d in group}) == len(group) >= 2
        assert len({splits[d] for d in group}) == 1


def test_gold_against_itself_is_perfect(gold):
    from pressxtract.evaluate import evaluate_documents

    for lang in LANGS:
        report = evaluate_documents(gold[lang], gold[lang]).to_dict()
        assert report["lenient"]["micro"]["f1"] == 1.0
        assert report["strict"]["micro"]["f1"] == 1.0
