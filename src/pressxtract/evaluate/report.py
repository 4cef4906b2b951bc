"""The evaluation report: integer counts stored, metrics derived, every miss kept.

Undefined metrics: precision is ``matched / pred``; with no predictions it is 1.0 when there
is no gold either (nothing to find, nothing wrongly found) and 0.0 otherwise. Recall is the
mirror image (``matched / gold``; with no gold, 1.0 if there is no prediction either, else 0.0).
F1 is 0.0 when precision + recall is 0. A field's accuracy is ``None`` when no matched pair
has that field in gold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from ..schema import RECORD_TYPES
from .matching import STRATEGIES


def _ratio(part: int, whole: int, other: int) -> float:
    if whole:
        return part / whole
    return 1.0 if other == 0 else 0.0


@dataclass
class Counts:
    """Gold, predicted and matched record counts."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.pred, self.gold)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold, self.pred)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.gold + other.gold, self.pred + other.pred, self.matched + other.matched)

    def to_dict(self) -> dict:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class FieldCounts:
    """On matched (lenient) pairs: how often a field non-null in gold was predicted right."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True)
class Miss:
    """An unpaired record: a false negative (gold) or a false positive (pred)."""

    doc_id: str
    record_type: str
    index: int
    record: BaseModel


@dataclass(frozen=True)
class Match:
    """A lenient pair; ``wrong`` lists the gold fields the prediction got wrong (strict misses)."""

    doc_id: str
    record_type: str
    gold_index: int
    pred_index: int
    gold: BaseModel
    pred: BaseModel
    wrong: tuple[str, ...]

    @property
    def strict(self) -> bool:
        return not self.wrong


def _by_type() -> dict[str, Counts]:
    return {t: Counts() for t in RECORD_TYPES}


def _field_counts() -> dict[str, dict[str, FieldCounts]]:
    return {t: {f.name: FieldCounts() for f in STRATEGIES[t].fields} for t in RECORD_TYPES}


@dataclass
class Report:
    """Counts per record type for lenient and strict matching, field accuracy, and misses.

    ``documents`` are the gold doc_ids scored, in gold file order (missing ones included).

    ``lenient[t].gold == strict[t].gold`` and likewise ``pred``: both use the same pairs,
    strict only counts fewer of them as matched.
    """

    lenient: dict[str, Counts] = field(default_factory=_by_type)
    strict: dict[str, Counts] = field(default_factory=_by_type)
    fields: dict[str, dict[str, FieldCounts]] = field(default_factory=_field_counts)
    false_negatives: list[Miss] = field(default_factory=list)
    false_positives: list[Miss] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)
    extra_documents: list[str] = field(default_factory=list)

    @property
    def lenient_micro(self) -> Counts:
        return sum(self.lenient.values(), Counts())

    @property
    def strict_micro(self) -> Counts:
        return sum(self.strict.values(), Counts())

    @property
    def strict_misses(self) -> list[Match]:
        """Lenient pairs that fail the strict match."""
        return [m for m in self.matches if not m.strict]

    def to_dict(self) -> dict:
        """Plain values only, ready for ``json.dumps``."""
        return {
            "lenient": {
                "micro": self.lenient_micro.to_dict(),
                "by_type": {t: c.to_dict() for t, c in self.lenient.items()},
            },
            "strict": {
                "micro": self.strict_micro.to_dict(),
                "by_type": {t: c.to_dict() for t, c in self.strict.items()},
            },
            "fields": {
                t: {name: fc.to_dict() for name, fc in by_field.items()}
                for t, by_field in self.fields.items()
            },
            "missing_documents": list(self.missing_documents),
            "extra_documents": list(self.extra_documents),
        }


# --- plain-text views -------------------------------------------------------------------

_SUMMARY_FIELDS = {
    "events": ("name", "venue", "series", "season", "date"),
    "results": (
        "kind",
        "position",
        "status",
        "event",
        "season",
        "class",
        "category",
        "drivers",
        "team",
        "manufacturer",
    ),
    "titles": ("category", "season", "series", "class", "drivers", "team", "manufacturer"),
    "quotes": ("speaker", "role", "kind", "text"),
}
_ENUM_FIELDS = {"kind", "status", "category"}
_TEXT_WIDTH = 60


def _show(value: object, name: str = "") -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, str) and name not in _ENUM_FIELDS:
        if len(value) > _TEXT_WIDTH:
            value = value[: _TEXT_WIDTH - 1] + "…"
        return f'"{value}"'
    return str(value)


def _summary(record_type: str, record: BaseModel) -> str:
    data = record.model_dump(by_alias=True)
    parts = []
    for name in _SUMMARY_FIELDS[record_type]:
        v = data.get(name)
        if v in (None, [], "") or (name == "status" and v == "finished"):
            continue
        parts.append(f"{name}={_show(v, name)}")
    return " ".join(parts)


def _metric_cells(c: Counts) -> str:
    return f"{c.matched:>8} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"


def format_table(report: Report) -> str:
    """Counts and P/R/F1 per type and micro, lenient and strict; field accuracy; documents."""
    lines = [
        f"{'':<8} {'':>5} {'':>5}   {'lenient':<29}   {'strict':<29}",
        f"{'type':<8} {'gold':>5} {'pred':>5} | {'matched':>8} {'P':>6} {'R':>6} {'F1':>6}"
        f" | {'matched':>8} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    rows = [(t, report.lenient[t], report.strict[t]) for t in RECORD_TYPES]
    rows.append(("micro", report.lenient_micro, report.strict_micro))
    for name, lenient, strict in rows:
        if name == "micro":
            lines.append("-" * len(lines[1]))
        counts = f"{name:<8} {lenient.gold:>5} {lenient.pred:>5}"
        lines.append(f"{counts} | {_metric_cells(lenient)} | {_metric_cells(strict)}")

    lines += ["", "Field accuracy on lenient pairs (fields set in gold):"]
    shown = [
        (f"{t}.{name}", fc)
        for t in RECORD_TYPES
        for name, fc in report.fields[t].items()
        if fc.total
    ]
    for label, fc in shown:
        lines.append(f"  {label:<22} {fc.correct:>5}/{fc.total:<5} {fc.accuracy:.3f}")
    if not shown:
        lines.append("  (no matched pairs)")

    lines += [
        "",
        f"Missing documents (all records missed): {', '.join(report.missing_documents) or 'none'}",
        f"Extra documents (ignored): {', '.join(report.extra_documents) or 'none'}",
    ]
    return "\n".join(line.rstrip() for line in lines)


def format_errors(report: Report) -> str:
    """Every false negative, false positive and strict miss, grouped by document.

    ``FN``: gold record not paired; ``FP``: predicted record not paired; ``STRICT``: a lenient
    pair with the gold fields the prediction got wrong.
    """
    by_doc: dict[str, list[str]] = {}
    for t in RECORD_TYPES:
        for miss in report.false_negatives:
            if miss.record_type == t:
                by_doc.setdefault(miss.doc_id, []).append(
                    f"  FN     {t}[{miss.index}]  {_summary(t, miss.record)}"
                )
        for miss in report.false_positives:
            if miss.record_type == t:
                by_doc.setdefault(miss.doc_id, []).append(
                    f"  FP     {t}[{miss.index}]  {_summary(t, miss.record)}"
                )
        for m in report.strict_misses:
            if m.record_type == t:
                gold, pred = m.gold.model_dump(by_alias=True), m.pred.model_dump(by_alias=True)
                wrong = "; ".join(
                    f"{f}: {_show(gold[f], f)} vs {_show(pred[f], f)}" for f in m.wrong
                )
                by_doc.setdefault(m.doc_id, []).append(
                    f"  STRICT {t}[{m.gold_index}] ~ pred {t}[{m.pred_index}]  wrong {wrong}"
                    f"  ({_summary(t, m.gold)})"
                )
    if not by_doc:
        return "No errors."
    order = [d for d in report.documents if d in by_doc]
    order += [d for d in by_doc if d not in order]
    out: list[str] = []
    for doc_id in order:
        note = "  (missing from predictions)" if doc_id in report.missing_documents else ""
        out.append(f"== {doc_id}{note}")
        out.extend(by_doc[doc_id])
    return "\n".join(out)
