"""Scoring predictions against gold JSONL (SPEC §4). Reads JSONL only; never imports spaCy."""

from .evaluator import evaluate, evaluate_documents
from .reader import read_documents
from .report import Report, format_errors, format_table

__all__ = [
    "Report",
    "evaluate",
    "evaluate_documents",
    "format_errors",
    "format_table",
    "read_documents",
]
