"""Document-level scoring: missing and extra documents, metrics, field accuracy, report views."""

from __future__ import annotations

import json

import pytest

from pressxtract.evaluate import Report, evaluate, evaluate_documents, format_errors, format_table
from pressxtract.evaluate.report import Counts

EVENT = {"venue": "Sebring", "season": 2013}
QUOTE = {"text": "Wir sind sehr zufrieden mit dem Ergebnis", "speaker": "Jens Marquardt"}


class TestMissingDocuments:
    def test_all_records_of_a_missing_document_are_misses(self, doc):
        gold = {
            "a": doc("a", events=[EVENT]),
            "b": doc("b", events=[EVENT, {"venue": "Daytona"}], quotes=[QUOTE]),
        }
        pred = {"a": doc("a", events=[EVENT])}
        report = evaluate_documents(gold, pred)
        assert report.missing_documents == ["b"]
        assert (
            report.lenient_micro.gold,
            report.lenient_micro.pred,
            report.lenient_micro.matched,
        ) == (4, 1, 1)
        assert report.lenient_micro.recall == pytest.approx(1 / 4)
        assert report.lenient_micro.precision == 1.0
        assert [(m.doc_id, m.record_type, m.index) for m in report.false_negatives] == [
            ("b", "events", 0),
            ("b", "events", 1),
            ("b", "quotes", 0),
        ]


class TestExtraDocuments:
    def test_extra_documents_are_ignored_and_listed(self, doc):
        gold = {"a": doc("a", events=[EVENT])}
        pred = {"a": doc("a", events=[EVENT]), "z": doc("z", events=[EVENT, EVENT], quotes=[QUOTE])}
        report = evaluate_documents(gold, pred)
        assert report.extra_documents == ["z"]
        assert (
            report.lenient_micro.gold,
            report.lenient_micro.pred,
            report.lenient_micro.matched,
        ) == (1, 1, 1)
        assert report.false_positives == []
        assert report.strict_micro.f1 == 1.0


class TestMetrics:
    @pytest.mark.parametrize(
        ("counts", "precision", "recall", "f1"),
        [
            pytest.param(Counts(4, 5, 3), 3 / 5, 3 / 4, 2 / 3, id="plain"),
            pytest.param(Counts(0, 0, 0), 1.0, 1.0, 1.0, id="nothing-to-find-nothing-found"),
            pytest.param(Counts(3, 0, 0), 0.0, 0.0, 0.0, id="no-predictions"),
            pytest.param(Counts(0, 2, 0), 0.0, 0.0, 0.0, id="no-gold"),
        ],
    )
    def test_derived_metrics(self, counts, precision, recall, f1):
        assert (counts.precision, counts.recall, counts.f1) == pytest.approx(
            (precision, recall, f1)
        )

    def test_micro_sums_counts_over_types(self, doc):
        gold = {"a": doc("a", events=[EVENT, {"venue": "Daytona"}], quotes=[QUOTE])}
        pred = {"a": doc("a", events=[EVENT], quotes=[QUOTE, {"text": "Etwas ganz anderes"}])}
        micro = evaluate_documents(gold, pred).lenient_micro
        assert (micro.gold, micro.pred, micro.matched) == (3, 3, 2)


class TestFieldAccuracy:
    def test_fields_counted_on_lenient_pairs_where_gold_is_set(self, doc):
        gold = {
            "a": doc(
                "a",
                events=[
                    {"venue": "Sebring", "season": 2013, "series": "ALMS"},
                    {"venue": "Daytona"},
                ],
            )
        }
        pred = {
            "a": doc(
                "a",
                events=[
                    {"venue": "Sebring", "season": 2013, "series": "WEC"},
                    {"venue": "Le Mans"},
                ],
            )
        }
        report = evaluate_documents(gold, pred)
        fields = report.fields["events"]
        assert (fields["venue"].correct, fields["venue"].total) == (1, 1)
        assert (fields["series"].correct, fields["series"].total) == (0, 1)
        assert fields["name"].total == 0 and fields["name"].accuracy is None
        assert report.strict["events"].matched == 0
        assert [(m.gold_index, m.pred_index, m.wrong) for m in report.strict_misses] == [
            (0, 0, ("series",))
        ]


class TestReportViews:
    @pytest.fixture
    def report(self, data_dir) -> Report:
        return evaluate(data_dir / "two_docs.gold.jsonl", data_dir / "two_docs.pred.jsonl")

    def test_counts_from_fixture_files(self, report):
        lenient, strict = report.lenient, report.strict
        assert (lenient["events"].gold, lenient["events"].pred, lenient["events"].matched) == (
            3,
            2,
            2,
        )
        assert (lenient["results"].gold, lenient["results"].pred, lenient["results"].matched) == (
            2,
            1,
            1,
        )
        assert (lenient["titles"].gold, lenient["titles"].pred, lenient["titles"].matched) == (
            1,
            2,
            1,
        )
        assert (lenient["quotes"].gold, lenient["quotes"].pred, lenient["quotes"].matched) == (
            1,
            1,
            1,
        )
        assert [strict[t].matched for t in ("events", "results", "titles", "quotes")] == [
            1,
            1,
            1,
            1,
        ]
        assert report.missing_documents == ["en/missing"]
        assert report.extra_documents == ["fr/extra"]

    def test_to_dict_is_json_with_the_contract_keys(self, report):
        data = json.loads(json.dumps(report.to_dict()))
        assert set(data) == {"lenient", "strict", "fields", "missing_documents", "extra_documents"}
        assert data["lenient"]["micro"] == {
            "gold": 7,
            "pred": 6,
            "matched": 5,
            "precision": pytest.approx(5 / 6),
            "recall": pytest.approx(5 / 7),
            "f1": pytest.approx(10 / 13),
        }
        assert data["strict"]["micro"]["matched"] == 4
        assert set(data["lenient"]["by_type"]) == {"events", "results", "titles", "quotes"}
        assert data["fields"]["results"]["class"] == {"correct": 1, "total": 1, "accuracy": 1.0}
        assert data["fields"]["events"]["series"] == {"correct": 0, "total": 1, "accuracy": 0.0}

    def test_format_table(self, report):
        lines = format_table(report).splitlines()
        rows = {line.split()[0]: line.split() for line in lines if line.split()}
        assert rows["events"][:6] == ["events", "3", "2", "|", "2", "1.000"]
        assert rows["micro"][:5] == ["micro", "7", "6", "|", "5"]
        assert rows["micro"][-4:] == ["4", "0.667", "0.571", "0.615"]
        assert "events.series" in rows and rows["events.series"][1:] == ["0/1", "0.000"]
        assert lines[-2] == "Missing documents (all records missed): en/missing"
        assert lines[-1] == "Extra documents (ignored): fr/extra"

    def test_format_errors_groups_by_document(self, report):
        text = format_errors(report)
        assert text.splitlines() == [
            "== de/bmw_2013",
            '  STRICT events[0] ~ pred events[0]  wrong series: "American Le Mans Series" vs "WEC"'
            '  (venue="Road Atlanta" series="American Le Mans Series" season=2013)',
            '  FP     titles[1]  category=team season=2013 team="BMW Team RLL"',
            "== en/missing  (missing from predictions)",
            '  FN     events[0]  venue="Sebring" season=2013',
            '  FN     results[0]  kind=race position=1 event="Sebring" season=2013'
            " drivers=[Dirk Müller]",
        ]

    def test_no_errors(self, doc):
        gold = {"a": doc("a", events=[EVENT])}
        assert format_errors(evaluate_documents(gold, gold)) == "No errors."
