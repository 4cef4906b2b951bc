"""One-to-one pairing: highest score first, ties by gold order then prediction order."""

from __future__ import annotations

from pressxtract.evaluate import evaluate_documents
from pressxtract.evaluate.matching import pair_records
from pressxtract.schema import Event

SEBRING = {"venue": "Sebring", "season": 2013, "series": "American Le Mans Series"}


def pairs_of(gold: list[Event], pred: list[Event]) -> list[tuple[int, int]]:
    return [(p.gold_index, p.pred_index) for p in pair_records("events", gold, pred)]


class TestOneToOnePairing:
    def test_two_identical_preds_for_one_gold(self, doc):
        gold = {"d": doc("d", events=[SEBRING])}
        pred = {"d": doc("d", events=[SEBRING, SEBRING])}
        report = evaluate_documents(gold, pred)
        counts = report.lenient["events"]
        assert (counts.gold, counts.pred, counts.matched) == (1, 2, 1)
        assert [(m.gold_index, m.pred_index) for m in report.matches] == [(0, 0)]
        assert [(m.doc_id, m.record_type, m.index) for m in report.false_positives] == [
            ("d", "events", 1)
        ]
        assert report.false_negatives == []

    def test_two_identical_golds_for_one_pred(self, doc):
        report = evaluate_documents(
            {"d": doc("d", events=[SEBRING, SEBRING])}, {"d": doc("d", events=[SEBRING])}
        )
        assert report.lenient["events"].matched == 1
        assert [m.index for m in report.false_negatives] == [1]
        assert report.false_positives == []

    def test_each_record_used_once(self):
        gold = [Event(venue="Sebring"), Event(venue="Sebring International Raceway")]
        pred = [Event(venue="Sebring"), Event(venue="Sebring")]
        assert pairs_of(gold, pred) == [(0, 0), (1, 1)]


class TestHighestScoreFirst:
    def test_better_pred_wins_over_earlier_pred(self):
        gold = [Event(**SEBRING)]
        pred = [Event(venue="Sebring", season=2013), Event(**SEBRING)]  # scores 2 and 3
        assert pairs_of(gold, pred) == [(0, 1)]

    def test_better_gold_wins_over_earlier_gold(self):
        gold = [Event(venue="Sebring"), Event(**SEBRING)]
        pred = [Event(**SEBRING)]  # scores 1 and 3
        assert pairs_of(gold, pred) == [(1, 0)]

    def test_highest_couple_taken_before_gold_order(self):
        # g0 matches p0 (score 1) and p1 (score 1); g1 matches p0 (score 3) only.
        gold = [Event(venue="Sebring"), Event(**SEBRING)]
        pred = [Event(**SEBRING), Event(venue="Sebring", season=2012)]
        assert pairs_of(gold, pred) == [(1, 0), (0, 1)]

    def test_ties_by_gold_then_pred_order(self):
        gold = [Event(venue="Sebring"), Event(venue="Sebring")]
        pred = [Event(venue="Sebring"), Event(venue="Sebring")]
        assert pairs_of(gold, pred) == [(0, 0), (1, 1)]

    def test_score_decides_strict_outcome(self, doc):
        gold = {"d": doc("d", events=[SEBRING])}
        pred = {"d": doc("d", events=[{"venue": "Sebring", "season": 2013}, SEBRING])}
        report = evaluate_documents(gold, pred)
        assert report.strict["events"].matched == 1
        assert [m.index for m in report.false_positives] == [0]
