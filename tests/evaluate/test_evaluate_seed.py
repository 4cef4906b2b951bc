"""The real seed gold file against itself and against hand-degraded copies, exact counts."""

from __future__ import annotations

import pytest

from pressxtract.evaluate import evaluate, evaluate_documents, format_errors, format_table
from pressxtract.evaluate.normalize import jaccard
from pressxtract.schema import Document

DOC_ID = "de_bmw_rll_alms_2013"
TYPES = ("events", "results", "titles", "quotes")


def counts(report, mode: str) -> dict[str, tuple[int, int, int]]:
    by_type = getattr(report, mode)
    return {t: (by_type[t].gold, by_type[t].pred, by_type[t].matched) for t in TYPES}


def degraded(gold: dict[str, Document], change) -> dict[str, Document]:
    """A deep copy of the gold whose one document ``change`` edits in place."""
    pred = {doc_id: doc.model_copy(deep=True) for doc_id, doc in gold.items()}
    change(pred[DOC_ID])
    return pred


@pytest.fixture
def seed_counts(seed_gold):
    doc = seed_gold[DOC_ID]
    assert [len(getattr(doc, t)) for t in TYPES] == [6, 5, 8, 1]
    return doc


class TestSeedAgainstItself:
    def test_f1_is_one(self, seed_gold_path, seed_counts):
        report = evaluate(seed_gold_path, seed_gold_path)
        for micro in (report.lenient_micro, report.strict_micro):
            assert (micro.gold, micro.pred, micro.matched) == (20, 20, 20)
            assert (micro.precision, micro.recall, micro.f1) == (1.0, 1.0, 1.0)
        assert report.false_negatives == report.false_positives == report.strict_misses == []
        assert all(
            fc.correct == fc.total
            for by_field in report.fields.values()
            for fc in by_field.values()
        )
        assert format_errors(report) == "No errors."
        assert (
            "micro       20    20 |       20  1.000  1.000  1.000 |       20  1.000  1.000  1.000"
            in format_table(report)
        )


class TestSeedDegraded:
    def test_result_removed(self, seed_gold, seed_counts):
        pred = degraded(seed_gold, lambda doc: doc.results.pop(0))
        report = evaluate_documents(seed_gold, pred)
        assert counts(report, "lenient")["results"] == (5, 4, 4)
        assert counts(report, "strict")["results"] == (5, 4, 4)
        assert report.lenient["results"].recall == pytest.approx(4 / 5)
        for micro in (report.lenient_micro, report.strict_micro):
            assert (micro.gold, micro.pred, micro.matched) == (20, 19, 19)
            assert micro.recall == pytest.approx(19 / 20)
            assert micro.precision == 1.0
        assert [(m.record_type, m.index) for m in report.false_negatives] == [("results", 0)]

    def test_driver_renamed(self, seed_gold, seed_counts):
        # "Dirk Müller" is in results[1] (with Edwards), results[2] (driver standing, alone)
        # and titles[5] (with Joey Hand). "Jörg Müller" does not match him: the race result and
        # the title still pair by their other driver but fail strict on drivers; the standing
        # has no driver left in common: one false negative and one false positive.
        def rename(doc):
            for record in (*doc.results, *doc.titles):
                record.drivers = [
                    "Jörg Müller" if d == "Dirk Müller" else d for d in record.drivers
                ]

        report = evaluate_documents(seed_gold, degraded(seed_gold, rename))
        assert counts(report, "lenient") == {
            "events": (6, 6, 6),
            "results": (5, 5, 4),
            "titles": (8, 8, 8),
            "quotes": (1, 1, 1),
        }
        assert counts(report, "strict") == {
            "events": (6, 6, 6),
            "results": (5, 5, 3),
            "titles": (8, 8, 7),
            "quotes": (1, 1, 1),
        }
        assert (report.lenient_micro.matched, report.strict_micro.matched) == (19, 17)
        assert report.lenient_micro.f1 == pytest.approx(0.95)
        assert report.strict_micro.f1 == pytest.approx(0.85)
        assert [(m.record_type, m.index) for m in report.false_negatives] == [("results", 2)]
        assert [(m.record_type, m.index) for m in report.false_positives] == [("results", 2)]
        assert [
            (m.record_type, m.gold_index, m.pred_index, m.wrong) for m in report.strict_misses
        ] == [
            ("results", 1, 1, ("drivers",)),
            ("titles", 5, 5, ("drivers",)),
        ]
        assert (
            report.fields["titles"]["drivers"].correct,
            report.fields["titles"]["drivers"].total,
        ) == (1, 2)

    def test_quote_truncated(self, seed_gold, seed_counts):
        full = seed_gold[DOC_ID].quotes[0].text
        short = full.split(". ")[0]

        def truncate(doc):
            doc.quotes[0].text = short

        assert jaccard(full, short) < 0.5
        report = evaluate_documents(seed_gold, degraded(seed_gold, truncate))
        assert counts(report, "lenient")["quotes"] == (1, 1, 0)
        assert counts(report, "strict")["quotes"] == (1, 1, 0)
        for micro in (report.lenient_micro, report.strict_micro):
            assert (micro.gold, micro.pred, micro.matched) == (20, 20, 19)
            assert micro.f1 == pytest.approx(0.95)
        assert [(m.record_type, m.index) for m in report.false_negatives] == [("quotes", 0)]
        assert [(m.record_type, m.index) for m in report.false_positives] == [("quotes", 0)]

    def test_spurious_title(self, seed_gold, seed_counts):
        spurious = {
            "category": "driver",
            "series": "DTM",
            "season": 2012,
            "drivers": ["Bruno Spengler"],
        }

        def add(doc):
            doc.titles.append(type(doc.titles[0]).model_validate(spurious))

        report = evaluate_documents(seed_gold, degraded(seed_gold, add))
        assert counts(report, "lenient")["titles"] == (8, 9, 8)
        assert counts(report, "strict")["titles"] == (8, 9, 8)
        for micro in (report.lenient_micro, report.strict_micro):
            assert (micro.gold, micro.pred, micro.matched) == (20, 21, 20)
            assert micro.precision == pytest.approx(20 / 21)
            assert micro.recall == 1.0
        assert report.false_negatives == []
        assert [(m.record_type, m.index) for m in report.false_positives] == [("titles", 8)]
