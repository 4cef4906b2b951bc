"""Shared fixtures: repository paths, the seed, per-language pipelines, an evidence checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT.parent / "shared" / "seed"
SEED_TXT = SEED_DIR / "de_bmw_rll_alms_2013.txt"
SEED_GOLD = SEED_DIR / "de_bmw_rll_alms_2013.gold.jsonl"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_TXT.exists():
        pytest.skip("the seed (../shared/seed) is not beside this checkout")
    return SEED_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.exists():
        pytest.skip("the seed (../shared/seed) is not beside this checkout")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def extract():
    """``extract(text, lang)`` → the document line as a JSON dict."""
    from pressxtract.extract import ExtractOptions, extract_text
    from pressxtract.schema import to_json_dict

    def run(text: str, lang: str | None = "de") -> dict:
        return to_json_dict(extract_text(text, options=ExtractOptions(lang=lang)))

    return run


def assert_evidence(text: str, document: dict) -> None:
    """Every record's evidence span lies in the text and is non-empty; entities cover their text."""
    for field in ("events", "results", "titles", "quotes"):
        for record in document[field]:
            for span in record.get("evidence") or []:
                assert 0 <= span["start"] < span["end"] <= len(text), (field, record, span)
    for entity in document["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
