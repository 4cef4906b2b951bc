"""Shared fixtures for the evaluator tests: record builders and the seed gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressxtract.evaluate.reader import read_documents
from pressxtract.schema import Document

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT.parent / "shared" / "seed"
SEED_GOLD = SEED_DIR / "de_bmw_rll_alms_2013.gold.jsonl"
DATA = Path(__file__).parent / "data"


def make_doc(doc_id: str = "d", **records: list[dict]) -> Document:
    """A document from plain dicts, e.g. ``make_doc("d", events=[{"venue": "Sebring"}])``."""
    return Document.model_validate({"doc_id": doc_id, **records})


@pytest.fixture
def doc():
    return make_doc


@pytest.fixture
def seed_gold_path() -> Path:
    if not SEED_GOLD.exists():
        pytest.skip(f"seed gold not found: {SEED_GOLD}")
    return SEED_GOLD


@pytest.fixture
def seed_gold(seed_gold_path) -> dict[str, Document]:
    return read_documents(seed_gold_path)


@pytest.fixture
def data_dir() -> Path:
    return DATA
