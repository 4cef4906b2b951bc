"""Scoring predicted documents against gold documents, document by document."""

from __future__ import annotations

from pathlib import Path

from ..schema import RECORD_TYPES, Document
from .matching import pair_records
from .reader import read_documents
from .report import Match, Miss, Report


def evaluate_documents(gold: dict[str, Document], pred: dict[str, Document]) -> Report:
    """Score ``pred`` against ``gold``, both keyed by ``doc_id``.

    A gold document absent from ``pred`` has all its records counted as missed; a predicted
    document absent from ``gold`` is ignored and listed in ``Report.extra_documents``.
    """
    report = Report()
    empty = Document(doc_id="")
    for doc_id, gold_doc in gold.items():
        report.documents.append(doc_id)
        pred_doc = pred.get(doc_id)
        if pred_doc is None:
            report.missing_documents.append(doc_id)
            pred_doc = empty
        for record_type in RECORD_TYPES:
            _score(
                report,
                doc_id,
                record_type,
                getattr(gold_doc, record_type),
                getattr(pred_doc, record_type),
            )
    report.extra_documents.extend(d for d in pred if d not in gold)
    return report


def _score(report: Report, doc_id: str, record_type: str, gold: list, pred: list) -> None:
    pairs = pair_records(record_type, gold, pred)
    strict_matched = sum(p.strict for p in pairs)
    for counts, matched in ((report.lenient, len(pairs)), (report.strict, strict_matched)):
        c = counts[record_type]
        c.gold += len(gold)
        c.pred += len(pred)
        c.matched += matched

    fields = report.fields[record_type]
    for pair in sorted(pairs, key=lambda p: p.gold_index):
        for name in pair.check.checked:
            fields[name].total += 1
            fields[name].correct += name not in pair.check.wrong
        report.matches.append(
            Match(
                doc_id,
                record_type,
                pair.gold_index,
                pair.pred_index,
                gold[pair.gold_index],
                pred[pair.pred_index],
                pair.check.wrong,
            )
        )

    paired_gold = {p.gold_index for p in pairs}
    paired_pred = {p.pred_index for p in pairs}
    report.false_negatives.extend(
        Miss(doc_id, record_type, i, r) for i, r in enumerate(gold) if i not in paired_gold
    )
    report.false_positives.extend(
        Miss(doc_id, record_type, i, r) for i, r in enumerate(pred) if i not in paired_pred
    )


def evaluate(gold_path: str | Path, pred_path: str | Path) -> Report:
    """Read two JSONL files and score the predictions against the gold.

    Raises:
        UsageError: a file does not exist or cannot be read.
        InputFormatError: a line of either file is malformed (message names ``file:line``).
    """
    return evaluate_documents(read_documents(gold_path), read_documents(pred_path))
